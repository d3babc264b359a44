/** data/timeline.ts: dated, sourced events, and eras that have both ends and do not overlap. */
import { z } from 'zod'
import { spanOf } from '../../timeline'
import { citation, date, endAfterStart, records, slug, text } from '../rules'

export const timelineList = records(z.object({
  id: slug,
  start: date,
  end: date.optional(),
  headline: text,
  text,
  source: citation,
}).superRefine(endAfterStart))

export const eraList = records(z.object({
  id: slug,
  label: text,
  start: date,
  end: date,
}).superRefine(endAfterStart)).superRefine((eras, ctx) => {
  const spans = eras.map((era, index) => ({
    era,
    index,
    ...spanOf(era),
  })).sort((a, b) => a.from - b.from)
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from < spans[i - 1].to) {
      ctx.addIssue({
        code: 'custom',
        path: [spans[i].index, 'start'],
        message: `overlaps the era "${spans[i - 1].era.id}"`,
      })
    }
  }
})
