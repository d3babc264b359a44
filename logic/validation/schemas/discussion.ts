/** data/discussion.ts: discussion questions that are questions, and a role-play with a decision and three or more roles. */
import { z } from 'zod'
import { paragraphs, question, records, slug, text } from '../rules'

export const discussionList = records(z.object({
  id: slug,
  question,
  paragraphs,
  followUp: text,
}))

export const rolePlaySchema = z.record(z.string(), z.object({
  setting: text,
  decision: question,
  options: z.array(text).min(2, 'offers fewer than two options'),
  roles: z.array(z.object({
    id: z.string(),
  })).min(3, 'needs at least three roles'),
}))
