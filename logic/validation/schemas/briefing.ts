/**
 * data/briefing.ts: the late-2022 facts. Each is dated before the class's present, sourced beyond the article, and
 * when it restates a timeline event, dated in that event's year.
 */
import { z } from 'zod'
import { articleWrittenBy, timelineEvents } from '../../../data/timeline'
import { dateBefore } from '../../kit'
import { citesSource, date, oneOf, records, slug, text } from '../rules'

export const briefingList = records(z.object({
  id: slug,
  date: date.refine(value => dateBefore(value, articleWrittenBy), {
    error: issue => `${String(issue.input)} is not before ${articleWrittenBy}: the class decides as of late 2022`,
  }),
  displayDate: text,
  text,
  event: oneOf(() => timelineEvents.map(event => event.id), 'data/timeline.ts').optional(),
  source: citesSource,
}).superRefine((fact, ctx) => {
  const event = timelineEvents.find(candidate => candidate.id === fact.event)
  if (event && !event.start.startsWith(fact.date.slice(0, 4))) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: `${fact.date}, but the timeline event "${event.id}" it restates starts ${event.start}`,
    })
  }
}))
