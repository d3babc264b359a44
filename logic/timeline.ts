/**
 * Pure functions over the timeline data: dates, order, selection and click steps.
 * Layout (the compressed axis and the label placement) lives in timeline-layout.ts.
 */
import type { ArticleRelation, StepBy, TimelineDate, TimelineEra, TimelineEvent, TimelineSelection, TimelineView } from '../data/timeline'
import { articleWrittenAfter, articleWrittenBy, eras as timelineEras, timelineEvents } from '../data/timeline'

export type { ArticleRelation, StepBy, TimelineSelection }

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Whether a string is a real calendar year, month or day in the data's format. */
export function isTimelineDate(value: unknown): value is TimelineDate {
  if (typeof value !== 'string')
    return false
  const match = DATE_PATTERN.exec(value)
  if (!match)
    return false
  const [, , month, day] = match.map(Number)
  if (match[2] !== undefined && (month < 1 || month > 12))
    return false
  if (match[3] !== undefined && (day < 1 || day > daysInMonth(Number(match[1]), month)))
    return false
  return true
}

function dayOfYearFraction(year: number, month: number, day: number): number {
  const start = Date.UTC(year, 0, 1)
  const length = Date.UTC(year + 1, 0, 1) - start
  return (Date.UTC(year, month - 1, day) - start) / length
}

/**
 * A date as a fractional year. `edge: 'start'` gives the first instant of the year, month or day;
 * `edge: 'end'` the first instant after it, so an `end` of "1933" covers all of 1933.
 */
export function toYear(date: TimelineDate, edge: 'start' | 'end' = 'start'): number {
  const match = DATE_PATTERN.exec(date)
  if (!match || !isTimelineDate(date))
    return Number.NaN
  const year = Number(match[1])
  if (match[2] === undefined) {
    return edge === 'start'
      ? year
      : year + 1
  }
  const month = Number(match[2])
  if (match[3] === undefined) {
    return edge === 'start'
      ? year + dayOfYearFraction(year, month, 1)
      : month === 12
        ? year + 1
        : year + dayOfYearFraction(year, month + 1, 1)
  }
  const day = Number(match[3])
  const at = year + dayOfYearFraction(year, month, day)
  if (edge === 'start')
    return at
  const next = new Date(Date.UTC(year, month - 1, day + 1))
  return next.getUTCFullYear() + dayOfYearFraction(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())
}

/** Where an event or era begins and ends on the time line, in fractional years (end exclusive). */
export function spanOf(item: { start: TimelineDate, end?: TimelineDate }): { from: number, to: number } {
  return {
    from: toYear(item.start, 'start'),
    to: toYear(item.end ?? item.start, 'end'),
  }
}

/** Events in date order: by start, then the shorter first, then by id so the order is stable. */
export function sortEvents<T extends TimelineEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    const sa = spanOf(a)
    const sb = spanOf(b)
    return sa.from - sb.from || sa.to - sb.to || a.id.localeCompare(b.id)
  })
}

/** How an event starting on `date` stands to the undated article (ArticleRelation in data/timeline.ts says what each means). */
export function articleRelation(
  date: TimelineDate,
  bounds: { writtenAfter: TimelineDate, writtenBy: TimelineDate } = { writtenAfter: articleWrittenAfter, writtenBy: articleWrittenBy },
): ArticleRelation {
  const at = toYear(date, 'start')
  if (Number.isNaN(at))
    throw new TypeError(`"${date}" is not a timeline date`)
  if (at < toYear(bounds.writtenAfter, 'end'))
    return 'before'
  return at >= toYear(bounds.writtenBy, 'start')
    ? 'after'
    : 'may postdate'
}

/** The words a slide or table puts beside an event that is not 'before' the article; empty for one that is. */
export function articleRelationNote(relation: ArticleRelation): string {
  return {
    'before': '',
    'may postdate': 'May postdate the article.',
    'after': 'After the article.',
  }[relation]
}

/** The events a slide shows, in date order. */
export function selectEvents<T extends TimelineEvent>(events: readonly T[], selection: TimelineSelection = {}): T[] {
  const from = selection.from
    ? toYear(selection.from, 'start')
    : -Infinity
  const to = selection.to
    ? toYear(selection.to, 'end')
    : Infinity
  return sortEvents(events).filter((event) => {
    const start = toYear(event.start)
    return start >= from && start < to
      && (!selection.tracks?.length || selection.tracks.includes(event.track))
      && (!selection.relations?.length || selection.relations.includes(articleRelation(event.start)))
  })
}

/**
 * The click step at which each event appears (1-based): one event per click, or one era per click.
 * Events are expected in date order.
 */
export function revealSteps(events: readonly TimelineEvent[], stepBy: StepBy = 'event', eras: readonly TimelineEra[] = []): number[] {
  if (stepBy === 'event')
    return events.map((_, index) => index + 1)
  const keys = events.map((event) => {
    const at = toYear(event.start)
    return eras.find((era) => {
      const span = spanOf(era)
      return at >= span.from && at < span.to
    })?.id ?? `outside:${event.id}`
  })
  const steps: number[] = []
  let step = 0
  keys.forEach((key, index) => {
    if (index === 0 || key !== keys[index - 1])
      step++
    steps.push(step)
  })
  return steps
}

/** A timeline view's events in date order, and the step at which each appears. */
export function timelineViewSteps(view: TimelineView): { events: TimelineEvent[], steps: number[], total: number } {
  const events = selectEvents(timelineEvents, view.selection)
  const steps = revealSteps(events, view.stepBy, timelineEras)
  return {
    events,
    steps,
    total: Math.max(0, ...steps),
  }
}

/** Short English month names, January first: shared by date labels and axis ticks. */
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** "1992", "Jul 2022", "24 Feb 2022": a data date as the slide shows it. */
export function formatTimelineDate(date: TimelineDate): string {
  const match = DATE_PATTERN.exec(date)
  if (!match)
    return date
  const [, year, month, day] = match
  if (month === undefined)
    return year
  const name = MONTH_NAMES[Number(month) - 1]
  return day === undefined
    ? `${name} ${year}`
    : `${Number(day)} ${name} ${year}`
}

/** The date line of an event: its `displayDate`, or its start (and end) formatted. */
export function eventDateLabel(event: Pick<TimelineEvent, 'start' | 'end' | 'displayDate'>): string {
  if (event.displayDate)
    return event.displayDate
  return event.end
    ? `${formatTimelineDate(event.start)} – ${formatTimelineDate(event.end)}`
    : formatTimelineDate(event.start)
}

export type EventState = 'later' | 'shown' | 'current'

/** How an event at reveal step `step` looks when `shown` steps are revealed and step `current` is highlighted. */
export function eventState(step: number, shown: number, current: number): EventState {
  if (step > shown)
    return 'later'
  return step === current
    ? 'current'
    : 'shown'
}
