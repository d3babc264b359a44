/** Checks on the slides as Slidev parses them: each names the slide and the file it is written in (or the part). */
import type { Part } from '../../data/article'
import type { TrackId } from '../../data/timeline'
import type { ArticleRelation, StepBy, TimelineSelection } from '../../logic/timeline'
import { article, partById, parts } from '../../data/article'
import { eras, timelineEvents } from '../../data/timeline'
import { revealSteps, selectEvents } from '../../logic/timeline'

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

/** Clicks a slide's Markdown declares: each `v-click` attribute or `<v-click>` element, and each top-level item inside `<v-clicks>`. */
export function clickCount(content: string): number {
  const withoutStyles = content.replace(/<style[\s\S]*?<\/style>/g, '')
  const singles = withoutStyles.match(/\sv-click(?=[\s>/=])|<v-click(?=[\s>])/g)?.length ?? 0
  const lists = [
    ...withoutStyles.matchAll(/<v-clicks>([\s\S]*?)<\/v-clicks>/g),
  ]
    .reduce((sum, [, inner]) => sum + (inner.match(/^(?:-|\d+\.) /gm)?.length ?? 0), 0)
  return singles + lists
}

/** `[click]` and `[click:N]` markers in a slide's notes. */
export function clickMarkers(note: string): number {
  return note.match(/\[click(?::\d+)?\]/g)?.length ?? 0
}

/** What a `<Timeline>` tag in a slide's Markdown asks for. */
export interface TimelineTag {
  selection: TimelineSelection
  stepBy: StepBy
}

/** Every `<Timeline>` tag on a slide, read from its Markdown, so checks use the selection the slide really makes. */
export function timelineTags(content: string): TimelineTag[] {
  return [
    ...content.matchAll(/<Timeline\b([^>]*)>/g),
  ].map(([, attributes]) => {
    const attribute = (name: string) => attributes.match(new RegExp(`(?:^|\\s)${name}="([^"]*)"`))?.[1]
    const tracks = [
      ...(attribute(':tracks') ?? '').matchAll(/'([^']+)'/g),
    ].map(([, id]) => id as TrackId)
    const relations = [
      ...(attribute(':relations') ?? '').matchAll(/'([^']+)'/g),
    ].map(([, relation]) => relation as ArticleRelation)
    return {
      selection: {
        tracks: tracks.length
          ? tracks
          : undefined,
        from: attribute('from'),
        to: attribute('to'),
        ...(relations.length
          ? { relations }
          : {}),
      },
      stepBy: (attribute('step-by') ?? attribute('stepBy') ?? 'event') as StepBy,
    }
  })
}

/** Clicks the `<Timeline>` components on a slide register: one per reveal step of the events each selects. */
export function timelineClicks(content: string): number {
  let clicks = 0
  for (const { selection, stepBy } of timelineTags(content)) {
    const steps = revealSteps(selectEvents(timelineEvents, selection), stepBy, eras)
    clicks += Math.max(0, ...steps)
  }
  return clicks
}

/**
 * The clicks a slide has: its frontmatter `clicks` when set (a component such as a diagram follows them),
 * otherwise its `v-click`s and the steps of its timelines.
 */
export function expectedClicks(content: string, frontmatterClicks?: unknown): number {
  if (typeof frontmatterClicks === 'number')
    return frontmatterClicks
  return clickCount(content) + timelineClicks(content)
}
