/** The clicks a slide's Markdown and its components declare, predicted from the slide as Slidev parses it. */
import type { TrackId } from '../../data/timeline'
import type { ArticleRelation, StepBy, TimelineSelection } from '../../logic/timeline'
import { eras, timelineEvents } from '../../data/timeline'
import { revealSteps, selectEvents } from '../../logic/timeline'

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
