/**
 * data/roles.ts: the seats at the NSC table. One chair; every other seat argues for an option, and every option has a
 * seat; each seat has four to six facts from the briefing, a red line, and a question for another seat.
 */
import type { OptionLetter } from '../../../data/roles'
import { z } from 'zod'
import { briefingFacts } from '../../../data/briefing'
import { oneOf, paragraphs, question, records, slug, text } from '../rules'

/** The decision's options, as `rolePlay.options` letters them. */
const options: readonly OptionLetter[] = ['A', 'B', 'C']

export const seatList = records(z.object({
  id: slug,
  title: text,
  who: text,
  interests: z.array(text).min(1, 'has no interests'),
  paragraphs,
  facts: z.array(oneOf(() => briefingFacts.map(fact => fact.id), 'data/briefing.ts')).min(4, 'has fewer than four facts').max(6, 'has more than six facts').refine(ids => new Set(ids).size === ids.length, 'names a fact twice'),
  redLine: text,
  question: z.object({
    to: z.string(),
    text: question,
  }),
  argues: z.string().optional(),
})).superRefine((seats, ctx) => {
  const ids = seats.map(seat => seat.id)
  seats.forEach((seat, index) => {
    if (!ids.includes(seat.question.to) || seat.question.to === seat.id) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'question', 'to'],
        message: `"${seat.question.to}" is not another seat`,
      })
    }
  })
  const chairs = seats.filter(seat => !seat.argues).length
  if (chairs !== 1)
    ctx.addIssue({ code: 'custom', message: `the table has ${chairs} chairs (seats that argue for no option), not one` })
  for (const option of options) {
    if (!seats.some(seat => seat.argues === option))
      ctx.addIssue({ code: 'custom', message: `no seat argues for option ${option}` })
  }
})
