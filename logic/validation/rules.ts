/**
 * The rules every dataset shares, written once: text that says something, paragraphs the article has, citations
 * that resolve, real dates, unique ids, references into other datasets. The schemas in ./schemas/ build on these.
 *
 * Zod (4.6.7, the version Slidev already installs, so the tree gains no package): a schema per dataset states the
 * rules beside the shape, and each failure comes back with the path to the field, which `formatIssue` turns into
 * the one error format. It runs only at build and in the tests; no component validates.
 */
import { z } from 'zod'
import { article } from '../../data/article'
import { sources } from '../../data/sources'
import { isTimelineDate, spanOf } from '../timeline'

/** A string with something in it besides spaces. */
export const text = z.string().refine(value => value.trim() !== '', 'is empty')

/** A question, as a reader expects one. */
export const question = text.refine(value => value.trim().endsWith('?'), 'does not end with a question mark')

/** A paragraph of the article, counted from data/article.ts. */
export const paragraph = z.number().refine(
  value => Number.isInteger(value) && value >= 1 && value <= article.paragraphCount,
  {
    error: issue => `¶${String(issue.input)} is not in the article (¶1–¶${article.paragraphCount})`,
  },
)

/** The article paragraphs a record rests on: at least one. */
export const paragraphs = z.array(paragraph).min(1, 'names no article paragraph')

/** An id listed in `ids` (read when checked, so a dataset can refer to one defined after it). */
export function oneOf(ids: () => readonly string[], where: string) {
  return z.string().refine(id => ids().includes(id), {
    error: issue => `"${String(issue.input)}" is not in ${where}`,
  })
}

export const sourceId = oneOf(() => sources.map(source => source.id), 'data/sources.ts')

/** Where a fact comes from: article paragraphs, sources in data/sources.ts, or both, but not neither. */
export const citation = z.object({
  paragraphs: z.array(paragraph).optional(),
  sources: z.array(sourceId).optional(),
}).refine(
  value => (value.paragraphs?.length ?? 0) + (value.sources?.length ?? 0) > 0,
  'names neither an article paragraph nor a source in data/sources.ts',
)

/** A citation that names at least one article paragraph: for what paraphrases the author. */
export const citesArticle = citation.superRefine((value, ctx) => {
  if (!value.paragraphs?.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['paragraphs'],
      message: 'names no article paragraph',
    })
  }
})

/** A citation that names at least one source beyond the article: for a fact the article does not give. */
export const citesSource = citation.superRefine((value, ctx) => {
  if (!value.sources?.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: 'names no source beyond the article',
    })
  }
})

/** A year, month or day as the data writes dates: "1992", "2022-07", "2022-02-24". */
export const date = z.string().refine(isTimelineDate, {
  error: issue => `"${String(issue.input)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
})

/** Adds an issue on `end` when a record's end comes before its start. */
export function endAfterStart(value: { start: string, end?: string }, ctx: z.RefinementCtx): void {
  if (value.end !== undefined && isTimelineDate(value.start) && isTimelineDate(value.end) && spanOf({ start: value.start, end: value.end }).to <= spanOf({ start: value.start }).from) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `"${value.end}" is before the start "${value.start}"`,
    })
  }
}

/** A list of records whose ids are unique; each repeat is reported on its own id. */
export function records<T extends z.ZodType<{ id: string }>>(record: T) {
  return z.array(record).superRefine((list, ctx) => {
    const seen = new Set<string>()
    list.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `"${item.id}" is used twice`,
        })
      }
      seen.add(item.id)
    })
  })
}

/** Lower-case words joined by hyphens: the deck's ids, safe in URLs, anchors and Mermaid. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not lower-case words joined by hyphens')

export interface Issue {
  path: readonly PropertyKey[]
  message: string
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | undefined)?.id
  return typeof id === 'string' && id
    ? id
    : undefined
}

/**
 * The one error format: `dataset › record › field: message`, the record named by its id (or its key, or its
 * position), list items inside it by id where they have one: `map stories › where › steps[kabul].caption: is empty`.
 */
export function formatIssue(dataset: string, data: unknown, issue: Issue): string {
  const [first, ...rest] = issue.path
  if (first === undefined)
    return `${dataset}: ${issue.message}`
  let at = (data as Record<PropertyKey, unknown>)?.[first]
  const record = idOf(at) ?? (typeof first === 'number'
    ? `#${first + 1}`
    : String(first))
  let field = ''
  for (const key of rest) {
    const next = (at as Record<PropertyKey, unknown> | undefined)?.[key]
    field += typeof key === 'number'
      ? `[${idOf(next) ?? key}]`
      : `${field
        ? '.'
        : ''}${String(key)}`
    at = next
  }
  return `${dataset} › ${record}${field
    ? ` › ${field}`
    : ''}: ${issue.message}`
}

/** An id Mermaid takes as a node or link name: a slug that starts with a letter. */
export const mermaidSafeId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'is not lower-case words joined by hyphens, starting with a letter')

/** Text Mermaid prints on one line: no line break, and none of the characters its syntax reserves. */
export const mermaidLabel = text.regex(/^[^\n;|`]*$/, 'holds a line break or one of ; | `')
