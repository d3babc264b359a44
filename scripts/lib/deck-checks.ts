/** Checks on the slides as Slidev parses them: each names the slide and the file it is written in (or the part). */
import type { Part } from '../../data/article'
import { article, partById, parts } from '../../data/article'

export interface CheckedSlide {
  no: number
  title: string
  part: string
  paragraphs: readonly number[]
  file: string
}

export function deckErrors(slides: readonly CheckedSlide[]): string[] {
  const errors: string[] = []
  for (const slide of slides) {
    const where = `slide ${slide.no} (${slide.file})`
    if (slide.no > 1 && !slide.part)
      errors.push(`${where} belongs to no part: set part: in its src: import in slides.md`)
    else if (slide.part && !partById(slide.part))
      errors.push(`${where} names the unknown part "${slide.part}"`)
    for (const paragraph of slide.paragraphs) {
      if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > article.paragraphCount)
        errors.push(`${where} cites ¶${paragraph}, which the article does not have`)
    }
    if (!slide.title.trim())
      errors.push(`${where} has no # title`)
  }
  return errors
}

/**
 * How a slide is used in class, read from its frontmatter: `minutes: N` for a slide taught in class,
 * `selfStudy: true` for one students read on their own, `lecturerOnly: true` for one students never see (the
 * answer key). Minutes are data, never read back from the notes' prose.
 */
export type SlideTiming
  = | { kind: 'class', minutes: number }
    | { kind: 'selfStudy' }
    | { kind: 'lecturerOnly' }

export interface TimedSlide {
  no: number
  title: string
  part: string
  file: string
  frontmatter: Readonly<Record<string, unknown>>
}

/** The slide's timing, or why its frontmatter gives none (neither key, both, or minutes that are not a time). */
export function slideTiming(frontmatter: Readonly<Record<string, unknown>>): SlideTiming | string {
  const { minutes, selfStudy, lecturerOnly } = frontmatter
  const hasMinutes = minutes !== undefined
  const outOfClass = selfStudy === true || lecturerOnly === true
  if (hasMinutes && outOfClass) {
    return `has both minutes: and ${selfStudy === true
      ? 'selfStudy'
      : 'lecturerOnly'}: true; keep one`
  }
  if (hasMinutes) {
    if (typeof minutes !== 'number' || !(minutes > 0))
      return `has minutes: ${String(minutes)}, which is not a positive number`
    return { kind: 'class', minutes }
  }
  if (lecturerOnly === true)
    return { kind: 'lecturerOnly' }
  if (selfStudy === true)
    return { kind: 'selfStudy' }
  return 'has neither minutes: N (taught in class) nor selfStudy: true in its frontmatter'
}

/** Minutes a slide takes in class: 0 for a self-study or lecturer-only slide, undefined when its frontmatter says neither. */
export function slideMinutes(frontmatter: Readonly<Record<string, unknown>>): number | undefined {
  const timing = slideTiming(frontmatter)
  if (typeof timing === 'string')
    return undefined
  return timing.kind === 'class'
    ? timing.minutes
    : 0
}

/**
 * The slides' frontmatter minutes against the agenda: every slide but the cover (shown while students arrive) says
 * how it is used in class, and the slides of each part add up to that part's minutes.
 */
export function minutesErrors(slides: readonly TimedSlide[], agenda: readonly Pick<Part, 'id' | 'title' | 'minutes'>[] = parts): string[] {
  const errors: string[] = []
  const sums = new Map<string, number>()
  for (const slide of slides) {
    if (slide.no === 1)
      continue
    const timing = slideTiming(slide.frontmatter)
    if (typeof timing === 'string') {
      errors.push(`slide ${slide.no} "${slide.title}" (${slide.file}) ${timing}`)
      continue
    }
    if (timing.kind === 'class')
      sums.set(slide.part, (sums.get(slide.part) ?? 0) + timing.minutes)
  }
  for (const part of agenda) {
    const sum = sums.get(part.id) ?? 0
    if (sum !== part.minutes)
      errors.push(`part "${part.id}" (${part.title}): its slides' minutes add up to ${sum}, the agenda gives it ${part.minutes}`)
  }
  return errors
}
