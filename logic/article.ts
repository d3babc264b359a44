/** Looking things up in the article's data: parts by id, paragraphs as the deck cites and links them. */
import type { Part } from '../data/article'
import { article, paragraphOpenings, parts } from '../data/article'

/**
 * A link to paragraph `n` of the published article: browsers that support text fragments scroll to it and mark
 * it; others open the article at the top.
 */
export function paragraphUrl(n: number): string {
  const opening = paragraphOpenings[n - 1]
  if (!opening)
    throw new Error(`The article has no paragraph ¶${n}`)
  // encodeURIComponent leaves "-" alone, but in a text fragment a bare "-" marks a prefix or suffix.
  return `${article.url}#:~:text=${encodeURIComponent(opening).replaceAll('-', '%2D')}`
}
export function partById(id: string): Part | undefined {
  return parts.find(part => part.id === id)
}
/**
 * Slides grouped under their parts, in deck order: each run of slides of one part is a group. A slide that names no
 * part (the cover) stays with the part before it, or opens the first part. Every part a slide names exists: the
 * build checks it (logic/validation/slides.ts).
 */
export function groupByPart<S extends { part: string }, P extends { id: string }>(slides: readonly S[], partList: readonly P[]): { part: P, slides: S[] }[] {
  const groups: { part: P, slides: S[] }[] = []
  for (const slide of slides) {
    const id = slide.part || groups.at(-1)?.part.id || partList[0].id
    if (groups.at(-1)?.part.id !== id) {
      groups.push({
        part: partList.find(candidate => candidate.id === id)!,
        slides: [],
      })
    }
    groups.at(-1)!.slides.push(slide)
  }
  return groups
}

/** "¶7", "¶3–¶5", "¶1, ¶9–¶10": how the deck cites paragraphs. */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const sorted = [
    ...new Set(paragraphs),
  ].sort((a, b) => a - b)
  const runs: string[] = []
  let start = sorted[0]
  for (let i = 1; i <= sorted.length; i++) {
    if (sorted[i] !== sorted[i - 1] + 1) {
      const end = sorted[i - 1]
      runs.push(start === end
        ? `¶${start}`
        : `¶${start}–¶${end}`)
      start = sorted[i]
    }
  }
  return runs.join(', ')
}
