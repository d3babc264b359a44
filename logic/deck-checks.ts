/** Checks on the slides as Slidev parses them: each names the slide and the file it is written in (or the part). */
import type { Part } from '../data/article'
import type { TrackId } from '../data/timeline'
import type { ArticleRelation, StepBy, TimelineSelection } from './timeline'
import { article, partById, parts } from '../data/article'
import { eras, timelineEvents } from '../data/timeline'
import { revealSteps, selectEvents } from './timeline'

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

// Small counts only: a slide's time in class is a few minutes, the role-play fifteen.
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
}
const NUMBER = `half an?|\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}`
const MINUTES = new RegExp(`\\b(${NUMBER})(\\s+and\\s+a\\s+half)?\\s+minutes?\\b(\\s+and\\s+a\\s+half)?`, 'i')
const SKIPPED = /\bskip(?:ped)? in class\b/i

/**
 * The first length of time in minutes that a text states, as a lecturer writes it: "half a minute", "a minute",
 * "one and a half minutes", "a minute and a half", "two minutes", "15 minutes". Undefined when it states none.
 */
export function minutesInWords(text: string): number | undefined {
  const match = MINUTES.exec(text)
  if (!match)
    return undefined
  const [, amount, halfBefore, halfAfter] = match
  const word = amount.toLowerCase()
  if (word.startsWith('half'))
    return 0.5
  const whole = NUMBER_WORDS[word] ?? Number(word)
  return whole + (halfBefore || halfAfter
    ? 0.5
    : 0)
}

/**
 * A slide's time in class, from the first paragraph of its notes: the minutes it states, or 0 when it says the
 * slide is skipped in class. Only the first paragraph counts, so that notes can mention other times later
 * ("two minutes to prepare") without changing the slide's own. Undefined when the paragraph says neither.
 */
export function noteMinutes(note: string): number | undefined {
  const first = note.trim().split(/\n\s*\n/)[0] ?? ''
  const skipped = first.search(SKIPPED)
  const stated = first.search(MINUTES)
  if (skipped >= 0 && (stated < 0 || skipped < stated))
    return 0
  return minutesInWords(first)
}

export interface TimedSlide {
  no: number
  title: string
  part: string
  note: string
}

/**
 * The notes' minutes against the agenda: every slide but the cover states its time (or that it is skipped in
 * class), and the slides of each part add up to that part's minutes in data/article.ts.
 */
export function minutesErrors(slides: readonly TimedSlide[], agenda: readonly Part[] = parts): string[] {
  const errors: string[] = []
  const sums = new Map<string, number>()
  for (const slide of slides) {
    if (slide.no === 1)
      continue
    const minutes = noteMinutes(slide.note)
    if (minutes === undefined) {
      errors.push(`slide ${slide.no} "${slide.title}" states no minutes in the first paragraph of its notes (write "About one minute." or "Skip in class.")`)
      continue
    }
    sums.set(slide.part, (sums.get(slide.part) ?? 0) + minutes)
  }
  for (const part of agenda) {
    const sum = sums.get(part.id) ?? 0
    if (sum !== part.minutes)
      errors.push(`part "${part.id}" (${part.title}): its slides' notes add up to ${sum} minutes, the agenda gives it ${part.minutes}`)
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
