/** data/glossary.ts: each term once, defined and sourced; `<Term id>` on the slides refers to these ids. */
import { z } from 'zod'
import { citation, records, slug, text } from '../rules'

export const glossaryList = records(z.object({
  id: slug,
  term: text,
  definition: text,
  citation,
}))
