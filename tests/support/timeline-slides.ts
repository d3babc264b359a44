import type { TimelineSelection, TimelineViewId } from '../../data/timeline'
/**
 * Which timeline view a slide shows: its <Timeline view="…"> names one of data/timeline.ts, and the view holds the
 * selection, so the tests check the data a slide shows rather than a copy of it.
 */
import type { DeckSlide } from '../../scripts/lib/deck'
import { timelineViews } from '../../data/timeline'
import { componentAttributes } from '../../logic/validation/slides'

export interface TimelineSlide {
  slide: DeckSlide
  view: TimelineViewId
  selection: TimelineSelection
}

/** The view a slide gives its (one) <Timeline>. */
export function timelineProps(slide: DeckSlide): TimelineSlide {
  const view = componentAttributes(slide.content, 'Timeline')[0]?.view
  if (!view || !(view in timelineViews))
    throw new Error(`slide ${slide.no} (${slide.file}) has no <Timeline view="…"> naming a view of data/timeline.ts`)
  const id = view as TimelineViewId
  return { slide, view: id, selection: timelineViews[id].selection }
}
