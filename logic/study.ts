/**
 * The reading view and the handout group slides by the part of the argument they belong to.
 * Pure: takes plain slide records, so it is tested without Slidev.
 */
import type { Part } from '../data/article'

export interface StudySlideInfo {
  no: number
  title: string
  part: string
  paragraphs: readonly number[]
  noteHTML: string
}

export interface StudyPartGroup {
  part: Part
  slides: StudySlideInfo[]
}

/**
 * Slides grouped by part, in deck order. The cover (no part) opens the first part. A slide naming a part that
 * does not exist is a data error, reported with the slide number rather than silently dropped.
 */
export function groupSlidesByPart(slides: readonly StudySlideInfo[], parts: readonly Part[]): StudyPartGroup[] {
  const unknown = slides.filter(slide => slide.part && !parts.some(part => part.id === slide.part))
  if (unknown.length)
    throw new Error(`Slides name unknown parts: ${unknown.map(slide => `slide ${slide.no} ("${slide.part}")`).join(', ')}`)
  const groups: StudyPartGroup[] = []
  for (const slide of slides) {
    const partId = slide.part || groups.at(-1)?.part.id || parts[0].id
    let group = groups.at(-1)
    if (!group || group.part.id !== partId) {
      group = {
        part: parts.find(part => part.id === partId)!,
        slides: [],
      }
      groups.push(group)
    }
    group.slides.push(slide)
  }
  return groups
}

/** Stable anchor ids, so the table of contents and links from quizzes can point into the page. */
export const partAnchor = (partId: string) => `part-${partId}`
export const slideAnchor = (no: number) => `slide-${no}`

/** Where the reading view remembers the last slide a student read, so they can pick up there. */
export const lastReadKey = 'kazakhstan-policy-deck:study:last-read:v1'

/** The remembered slide number, if it is one the deck still has. */
export function parseLastRead(stored: string | null, slideCount: number): number | undefined {
  const no = Number(stored)
  return Number.isInteger(no) && no >= 1 && no <= slideCount
    ? no
    : undefined
}
