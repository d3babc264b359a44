/**
 * data/critique.ts: claims set against evidence, objections with the author's reply, and reasoning tests. A claim
 * questioned, and every objection, rest on a source beyond the article; only an inference can fail to follow.
 */
import { z } from 'zod'
import { citation, citesSource, paragraphs, records, slug, text } from '../rules'

export const claimList = records(z.object({
  id: slug,
  claim: text,
  paragraphs,
  evidence: text,
  verdict: z.string(),
  citation,
}).superRefine((check, ctx) => {
  if (check.verdict !== 'supported' && !check.citation.sources?.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['citation', 'sources'],
      message: `a claim judged "${check.verdict}" needs a source beyond the article`,
    })
  }
}))

export const objectionList = records(z.object({
  id: slug,
  title: text,
  objection: text,
  authorReply: text,
  replyParagraphs: paragraphs,
  citation: citesSource,
}))

const reasoningPart = z.object({
  text,
  because: text,
  verdict: z.string(),
})

export const reasoningList = records(z.object({
  id: slug,
  paragraphs,
  premise: reasoningPart.refine(part => part.verdict !== 'does not follow', {
    error: 'is a fact to check: only an inference can fail to follow',
    path: ['verdict'],
  }),
  inference: reasoningPart,
  citation,
}))
