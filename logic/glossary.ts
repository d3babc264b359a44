/**
 * The glossary without Vue: validation, lookup, splitting the list across slides, finding the terms slides mark,
 * and keeping a term's definition box inside the slide.
 */
import type { GlossaryEntry } from '../data/glossary'
import { citationErrors } from '../data/sources'

/** Every problem in the glossary, each naming the entry it concerns; empty when the glossary is sound. */
export function glossaryErrors(entries: readonly GlossaryEntry[]): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    const name = entry.id
      ? `glossary entry "${entry.id}"`
      : `glossary entry #${index + 1}`
    if (!entry.id)
      errors.push(`${name} has no id`)
    else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id))
      errors.push(`${name} has an id that is not lower-case-with-hyphens`)
    else if (seen.has(entry.id))
      errors.push(`${name} is defined twice`)
    seen.add(entry.id)
    if (!entry.term?.trim())
      errors.push(`${name} has no term`)
    if (!entry.definition?.trim())
      errors.push(`${name} has no definition`)
    for (const error of citationErrors(entry.citation))
      errors.push(`${name} ${error}`)
  })
  return errors
}

export function assertValidGlossary(entries: readonly GlossaryEntry[]): void {
  const errors = glossaryErrors(entries)
  if (errors.length)
    throw new Error(`Invalid glossary:\n- ${errors.join('\n- ')}`)
}

export function glossaryEntry(entries: readonly GlossaryEntry[], id: string): GlossaryEntry | undefined {
  return entries.find(entry => entry.id === id)
}

/** Alphabetical by term, as a reader looks terms up. */
export function sortedGlossary(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
}

/** Page `page` (1-based) of `pages` near-equal pages of the sorted glossary; earlier pages take the extra entry. */
export function glossaryPage(entries: readonly GlossaryEntry[], page: number, pages: number): GlossaryEntry[] {
  const sorted = sortedGlossary(entries)
  const size = Math.ceil(sorted.length / Math.max(1, pages))
  return sorted.slice((page - 1) * size, page * size)
}

/** The ids of every `<Term id="…">` in a Markdown text, in order of appearance (repeats kept). */
export function termUses(markdown: string): string[] {
  return [
    ...markdown.matchAll(/<Term\s(?:[^>]*\s)?id\s*=\s*(["'])(.*?)\1/g),
  ].map(match => match[2])
}

/** Term ids used in the texts that the glossary does not define, each with where it was used. */
export function unknownTermUses(texts: Record<string, string>, entries: readonly GlossaryEntry[]): string[] {
  const ids = new Set(entries.map(entry => entry.id))
  return Object.entries(texts).flatMap(([file, text]) =>
    termUses(text).filter(id => !ids.has(id)).map(id => `${file} uses <Term id="${id}">, which the glossary does not define`))
}

interface Box { left: number, right: number, top: number, bottom: number }

/**
 * How far to move a definition box (in screen pixels) so it stays inside the slide: sideways shift, and whether
 * to open it above the term instead of below.
 */
export function tipPlacement(tip: Box, frame: Box, termTop: number, gap = 6): { shiftX: number, above: boolean } {
  let shiftX = 0
  if (tip.right > frame.right)
    shiftX = frame.right - tip.right
  if (tip.left + shiftX < frame.left)
    shiftX = frame.left - tip.left
  const height = tip.bottom - tip.top
  const above = tip.bottom > frame.bottom && termTop - gap - height >= frame.top
  return { shiftX, above }
}
