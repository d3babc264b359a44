import type { DeckSlide } from '../../scripts/lib/deck'
/**
 * What each timeline slide asks <Timeline> for, read from its Markdown (by the same parser the click check uses),
 * so the timeline and export tests check the data a slide selects rather than a copy of it.
 */
import type { TimelineTag } from '../../scripts/lib/deck-checks'
import { timelineTags } from '../../scripts/lib/deck-checks'

export interface TimelineSlide extends TimelineTag {
  slide: DeckSlide
}

/** The props a slide gives its (one) <Timeline>. */
export function timelineProps(slide: DeckSlide): TimelineSlide {
  const [tag] = timelineTags(slide.content)
  if (!tag)
    throw new Error(`slide ${slide.no} (${slide.file}) has no <Timeline>`)
  return { slide, ...tag }
}
