/**
 * Every drawing the deck's Mermaid diagrams can show: each diagram (the relationship views and the argument map) at
 * each highlighted step (0: none, as before the first click and in print), in each colour scheme. The build draws
 * them all with Mermaid in Chromium (scripts/lib/diagram-render.ts, through setup/vite-plugins.ts), so no page of the
 * deck runs Mermaid: a click or a printed page shows a finished drawing.
 */
import type { MermaidConfig } from 'mermaid'
import type { ColorScheme } from '../data/palette'
import type { ViewId } from '../data/relations'
import { thesisArgument } from '../data/argument'
import { views } from '../data/relations'
import { figureStepCounts } from './figure-steps'
import { argumentToMermaid, relationsToMermaid, viewTies } from './mermaid'
import { mermaidTheme } from './mermaid-theme'

/** A Mermaid diagram of the deck, by the id its figure carries as `data-figure`. */
export type DiagramId = ViewId | 'argument'

export interface DiagramSource {
  /** `figure.highlighted.scheme`, e.g. `triangle.2.dark`. */
  key: string
  /** Mermaid's flowchart text. */
  code: string
  /** Mermaid's configuration for this scheme. */
  config: MermaidConfig
}

const SCHEMES: readonly ColorScheme[] = ['light', 'dark']

/** The key of one drawing: what the diagram components ask for and what the build renders. */
export function drawingKey(id: DiagramId, highlighted: number, scheme: ColorScheme): string {
  return `${id}.${highlighted}.${scheme}`
}

/** The keys of a diagram's drawings in one scheme, one per step (0 first): the steps a presenter may click to. */
export function diagramStepKeys(id: DiagramId, scheme: ColorScheme): string[] {
  return Array.from({ length: figureStepCounts[id] + 1 }, (_, highlighted) => drawingKey(id, highlighted, scheme))
}

/** The Mermaid text of a diagram with its `highlighted`-th step in focus (0: none). */
export function diagramCode(id: DiagramId, highlighted: number, scheme: ColorScheme): string {
  if (id === 'argument') {
    return argumentToMermaid(thesisArgument, {
      focus: highlighted
        ? thesisArgument.steps[highlighted - 1].roles
        : null,
      scheme,
    })
  }
  const view = views[id]
  return relationsToMermaid(viewTies(view), {
    ...view,
    focus: highlighted
      ? view.steps[highlighted - 1]
      : null,
    scheme,
  })
}

export const diagramIds: readonly DiagramId[] = [
  ...Object.keys(views) as ViewId[],
  'argument',
]

/** Every drawing, each diagram's steps in order, light before dark. */
export function diagramDrawings(): DiagramSource[] {
  return diagramIds.flatMap(id => Array.from({ length: figureStepCounts[id] + 1 }, (_, highlighted) =>
    SCHEMES.map(scheme => ({
      key: drawingKey(id, highlighted, scheme),
      code: diagramCode(id, highlighted, scheme),
      config: mermaidTheme(scheme === 'dark'),
    }))).flat())
}
