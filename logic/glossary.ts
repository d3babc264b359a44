/**
 * The glossary without Vue: lookup, splitting the list across slides, keeping a term's definition box inside the
 * slide, and linking terms in speaker notes to the appendix glossary.
 */
import type { GlossaryEntry } from '../data/glossary'
import { glossary } from '../data/glossary'
import { recordById } from './records'

/** The entry a `<Term id>` names. */
export function glossaryEntry(id: string, entries: readonly GlossaryEntry[] = glossary): GlossaryEntry {
  return recordById(entries, id, 'data/glossary.ts')
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

/** The anchor of a term's entry in the appendix glossary of the reading view and the handout. */
export const glossaryAnchor = (id: string) => `appendix-term-${id}`

/** What linking needs of an entry. */
export interface LinkableTerm {
  id: string
  term: string
  expansion?: string
  aliases?: readonly string[]
}

/** The names a text may call a term by: the term, its expansion without quotation marks, and its aliases. */
export function termNames(entry: LinkableTerm): string[] {
  const names = [
    entry.term,
    entry.expansion?.replace(/^["“‘']+|["”’']+$/g, ''),
    ...(entry.aliases ?? []),
  ]
  return [
    ...new Set(names.map(name => name?.trim()).filter((name): name is string => !!name)),
  ]
}

const fold = (text: string) => text.replace(/\s+/g, ' ').toLowerCase()
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Elements whose text is never linked: links cannot nest, and code or controls are not prose. */
const UNLINKED = new Set([
  'a',
  'button',
  'code',
  'kbd',
  'pre',
  'samp',
  'script',
  'style',
  'textarea',
])

/**
 * The HTML with the first use of each term linked to `href(id)`: matched case-insensitively as whole words (a
 * plural "s" allowed), longest name first, only in text, never inside a tag, a link, code or a control.
 */
export function linkGlossaryTerms(
  html: string,
  entries: readonly LinkableTerm[],
  href: (id: string) => string = id => `#${glossaryAnchor(id)}`,
): string {
  const byName = new Map<string, string>()
  for (const entry of entries) {
    for (const name of termNames(entry))
      byName.set(fold(escapeHtml(name)), entry.id)
  }
  const names = [
    ...byName.keys(),
  ].sort((a, b) => b.length - a.length)
  if (!names.length)
    return html
  const pattern = names.map(name => escapeRegExp(name).replace(/\s+/g, '\\s+') + (/\p{L}$/u.test(name)
    ? 's?'
    : '')).join('|')
  const finder = new RegExp(`(?<![\\p{L}\\p{N}&#])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu')
  const linked = new Set<string>()
  let skipDepth = 0
  return html.split(/(<!--[\s\S]*?-->|<[^>]*>)/).map((piece, index) => {
    if (index % 2 === 1) {
      const tag = /^<(\/?)([a-z][\w-]*)/i.exec(piece)
      if (tag && UNLINKED.has(tag[2].toLowerCase()) && !piece.endsWith('/>')) {
        skipDepth = Math.max(0, skipDepth + (tag[1]
          ? -1
          : 1))
      }
      return piece
    }
    if (skipDepth > 0)
      return piece
    return piece.replace(finder, (match) => {
      const id = byName.get(fold(match)) ?? byName.get(fold(match).replace(/s$/, ''))
      if (!id || linked.has(id))
        return match
      linked.add(id)
      return `<a class="study-term-link" href="${href(id)}">${match}</a>`
    })
  }).join('')
}
