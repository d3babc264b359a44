/** Sources by id, and a citation as the short labelled parts of a source line. */
import type { Citation, CitationPart, Source } from '../data/sources'
import { sources } from '../data/sources'
import { formatParagraphs, paragraphUrl } from './article'

export function sourceById(id: string): Source | undefined {
  return sources.find(source => source.id === id)
}
/** A citation as short labelled parts, for a source line under a fact: "Article ¶7", "TASS". */
export function citationParts(citation: Citation): CitationPart[] {
  const parts: CitationPart[] = []
  if (citation.paragraphs?.length) {
    parts.push({
      label: `Article ${formatParagraphs(citation.paragraphs)}`,
      url: paragraphUrl(Math.min(...citation.paragraphs)),
    })
  }
  for (const id of citation.sources ?? []) {
    const source = sourceById(id)
    parts.push(source
      ? { label: source.publisher, url: source.url }
      : { label: id })
  }
  return parts
}
