/**
 * data/relations.ts: actors, the sourced ties between them, and the diagram views that step through them. Every actor
 * and kind a tie or a view names has its entry in the data's lists (the types say only that it is a known id), a view
 * is filed under its own id, and every view selects at least one tie.
 */
import type { RelationsView } from '../../../data/relations'
import { z } from 'zod'
import { actors, tieKinds, ties } from '../../../data/relations'
import { tieMatches, viewTies } from '../../mermaid'
import { citation, mermaidLabel, mermaidSafeId, oneOf, paragraph, records, text } from '../rules'

/** A tie label this long still fits the diagram's edge at 12px. */
const MAX_TIE_LABEL = 52

const actorId = oneOf(() => actors.map(actor => actor.id), 'data/relations.ts (actors)')
const tieKind = oneOf(() => tieKinds.map(kind => kind.id), 'data/relations.ts (tieKinds)')

export const actorList = records(z.object({
  id: z.string(),
  name: z.string(),
}))

export const tieList = records(z.object({
  id: mermaidSafeId,
  from: actorId,
  to: actorId,
  kind: tieKind,
  label: mermaidLabel.refine(label => label.length <= MAX_TIE_LABEL, `is longer than ${MAX_TIE_LABEL} characters`),
  status: z.string(),
  source: citation,
}).superRefine((tie, ctx) => {
  if (tie.from === tie.to) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `ties "${tie.from}" to itself`,
    })
  }
  if (tie.status === 'proposed' && !tie.source.paragraphs?.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['source', 'paragraphs'],
      message: 'a proposed tie must cite the paragraph where the author proposes it',
    })
  }
}))

/** Each view selects ties among known actors and kinds, at least one of them, and each of its steps highlights one. */
export const viewMap = z.record(z.string(), z.object({
  id: z.string(),
  title: text,
  description: text,
  actors: z.array(actorId),
  kinds: z.array(tieKind),
  paragraphs: z.array(paragraph),
  context: z.union([
    z.boolean(),
    z.array(oneOf(() => ties.map(tie => tie.id), 'data/relations.ts (ties)')),
  ]),
  steps: z.array(z.object({
    label: text,
    kinds: z.array(tieKind).optional(),
    status: z.string().optional(),
  })),
}).superRefine((view, ctx) => {
  // The fields viewTies reads, checked above; the cast only restores their literal types.
  const selected = viewTies(view as unknown as RelationsView, ties)
  if (!selected.length) {
    ctx.addIssue({
      code: 'custom',
      message: `selects no tie: none among ${view.actors.join(', ')} of the kinds ${view.kinds.join(', ')} cites its paragraphs or is context it takes`,
    })
    return
  }
  view.steps.forEach((step, index) => {
    if (!selected.some(tie => tieMatches(tie, step as RelationsView['steps'][number]))) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', index],
        message: `"${step.label}" highlights no tie`,
      })
    }
  })
})).superRefine((map, ctx) => {
  for (const [key, view] of Object.entries(map)) {
    if (view.id !== key) {
      ctx.addIssue({
        code: 'custom',
        path: [key, 'id'],
        message: `is "${view.id}", but the view is filed under "${key}": its diagram's drawings are found by its id`,
      })
    }
  }
})
