/**
 * One step convention for every figure of the deck (timelines, the map, the diagrams and the argument map):
 * a figure with n steps takes n clicks; before the first click it is at step 0, after k clicks at step k, and in
 * print at its last step, n. Each figure's data says what a step shows; this module only counts.
 */
import { thesisArgument } from '../data/argument'
import { stories } from '../data/places'
import { views as relationViews } from '../data/relations'
import { timelineViews } from '../data/timeline'
import { timelineViewSteps } from './timeline'

export interface FigureStep {
  /** How far the figure has gone: 0 before the first click, k after k clicks, the last step in print. */
  step: number
  /** The step to highlight as the one being presented: the step itself, or 0 (none) in print, where all reads alike. */
  highlighted: number
}

/** Where a figure of `total` steps stands after `clicks` clicks on its slide, or in print. */
export function figureStep(clicks: number, total: number, print: boolean): FigureStep {
  const last = Math.max(0, total)
  if (print)
    return { step: last, highlighted: 0 }
  const step = Math.min(Math.max(0, Math.floor(clicks)), last)
  return { step, highlighted: step }
}

/**
 * Every figure the deck can show, by the id its component carries as `data-figure`, with its number of steps (its
 * clicks). A map story lists the map as it stands at each step, step 0 first, so it has one step fewer than entries.
 */
export const figureStepCounts: Readonly<Record<string, number>> = Object.fromEntries([
  ...Object.values(timelineViews).map(view => [view.id, timelineViewSteps(view).total]),
  ...Object.values(relationViews).map(view => [view.id, view.steps.length]),
  ['argument', thesisArgument.steps.length],
  ...stories.map(story => [story.id, story.steps.length - 1]),
])
