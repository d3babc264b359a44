/** data/sources.ts: every source once, with a title, a publisher and a web address; further reading says why. */
import { z } from 'zod'
import { paragraphs, records, slug, text } from '../rules'

export const sourceList = records(z.object({
  id: slug,
  title: text,
  publisher: text,
  url: z.string().regex(/^https?:\/\/\S+$/, 'is not a web link (http:// or https://)'),
  readFor: z.object({ paragraphs, why: text }).optional(),
}))
