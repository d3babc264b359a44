/**
 * What each timeline slide asks <Timeline> for, read from its Markdown, so the timeline and export tests check
 * the data a slide selects rather than a copy of it.
 */
import type { TrackId } from '../../data/timeline'
import type { StepBy, TimelineSelection } from '../../logic/timeline'
import type { DeckSlide } from '../../scripts/deck'

export interface TimelineSlide {
  slide: DeckSlide
  selection: TimelineSelection
  stepBy: StepBy
}

/** The props a slide gives <Timeline>. */
export function timelineProps(slide: DeckSlide): TimelineSlide {
  const tag = /<Timeline\b([^>]*)\/>/.exec(slide.content)![1]
  const attr = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag)?.[1]
  const tracks = attr(':tracks')
  return {
    slide,
    selection: {
      from: attr('from'),
      to: attr('to'),
      tracks: tracks
        ? JSON.parse(tracks.replaceAll('\'', '"')) as TrackId[]
        : undefined,
    },
    stepBy: (attr('step-by') ?? 'event') as StepBy,
  }
}
