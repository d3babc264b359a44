/**
 * data/glossary.ts: each term once, defined briefly enough for the box a `<Term id>` opens, and sourced; `<Term id>`
 * on the slides refers to these ids.
 */
import { z } from 'zod'
import { citation, records, slug, text } from '../rules'

/** The longest definition, in characters, that the definition box (components/Term.vue) shows whole. */
const MAX_DEFINITION = 280

export const glossaryList = records(z.object({
  id: slug,
  term: text,
  definition: text.refine(definition => definition.length <= MAX_DEFINITION, {
    error: issue => `is ${String(issue.input).length} characters, over the ${MAX_DEFINITION} a definition box holds`,
  }),
  citation,
}))
