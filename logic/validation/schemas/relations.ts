/** data/relations.ts: actors, the sourced ties between them, and the diagram views that step through them. */
import type { RelationsView } from '../../../data/relations'
import { z } from 'zod'
import { ties } from '../../../data/relations'
import { tieMatches, viewTies } from '../../mermaid'
import { citation, mermaidId, mermaidText, records } from '../rules'

/** A tie label this long still fits the diagram's edge at 12px. */
const MAX_TIE_LABEL = 52

export const actorList = records(z.object({
  id: z.string(),
  name: z.string(),
}))

export const tieList = records(z.object({
  id: mermaidId,
  from: z.string(),
  to: z.string(),
  label: mermaidText.refine(label => label.length <= MAX_TIE_LABEL, `is longer than ${MAX_TIE_LABEL} characters`),
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

/** Each view selects ties, and each of its steps highlights at least one of them. */
export const viewMap = z.record(z.string(), z.custom<RelationsView>().superRefine((view, ctx) => {
  let selected
  try {
    selected = viewTies(view, ties)
  }
  catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message })
    return
  }
  view.steps.forEach((step, index) => {
    if (!selected.some(tie => tieMatches(tie, step))) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', index],
        message: `"${step.label}" highlights no tie`,
      })
    }
  })
}))
