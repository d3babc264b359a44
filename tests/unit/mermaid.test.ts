import type { Tie } from '../../data/relations'
import { beforeAll, describe, expect, it } from 'vitest'
import { thesisArgument } from '../../data/argument'
import { ties, views } from '../../data/relations'
import { diagramCode, diagramDrawings, diagramIds, diagramStepKeys, drawingKey } from '../../logic/diagram-drawings'
import { figureStepCounts } from '../../logic/figure-steps'
import { relationsToMermaid, selectTies, tieMatches, viewTies } from '../../logic/mermaid'
import { parseFlowchart } from '../support/mermaid-parse'

// Loading Mermaid takes seconds on a busy machine: do it once, outside the tests' own time limit.
beforeAll(() => parseFlowchart('flowchart LR\n  a --> b'), 60_000)

const small: Tie[] = [
  {
    id: 'ru-kz-ally',
    from: 'ru',
    to: 'kz',
    kind: 'security',
    label: 'CSTO ally',
    status: 'existing',
    source: {
      paragraphs: [7],
    },
  },
  {
    id: 'us-kz-aid',
    from: 'us',
    to: 'kz',
    kind: 'development',
    label: 'more "aid"',
    status: 'proposed',
    source: {
      paragraphs: [11],
    },
  },
]

describe('relationsToMermaid', () => {
  it('writes the exact flowchart for a small tie set', () => {
    expect(relationsToMermaid(small, {
      title: 'Small',
      description: 'Two ties.',
      actors: ['us', 'ru', 'kz'],
      focus: {
        kinds: ['security'],
      },
    })).toBe(`flowchart LR
  accTitle: Small
  accDescr: Two ties. 2 ties, 1 of them proposed by the author (dashed).
  us["United States"]:::state
  ru["Russia"]:::state
  kz["Kazakhstan"]:::state
  ru ru_kz_ally@-->|"CSTO ally"| kz
  us us_kz_aid@-.->|"more #quot;aid#quot;"| kz
  classDef state stroke:#111827,stroke-width:2px
  classDef region stroke:#111827,stroke-width:1px,stroke-dasharray:2 2
  classDef institution stroke:#111827,stroke-width:1px
  classDef security stroke:#b91c1c,stroke-width:2px
  class ru_kz_ally security
  classDef development stroke:#be185d,stroke-width:2px
  class us_kz_aid development
  classDef focus stroke-width:4px,color:#111827,font-weight:bold
  classDef dim stroke-width:1px,stroke-opacity:0.4,color:#4b5563,font-weight:normal
  class ru_kz_ally focus
  class us_kz_aid dim
`)
  })

  it('produces text Mermaid parses, with the labels, title, description and a dashed proposed tie', async () => {
    const parsed = await parseFlowchart(relationsToMermaid(small, { title: 'Small', description: 'Two ties.' }))
    expect(parsed.title).toBe('Small')
    expect(parsed.description).toContain('Two ties.')
    expect(parsed.edges.map(edge => [edge.start, edge.end, edge.stroke])).toEqual([
      ['ru', 'kz', 'normal'],
      ['us', 'kz', 'dotted'],
    ])
    expect(parsed.edges[0].text).toBe('CSTO ally')
    // Mermaid keeps the #quot; entity encoded until it draws; the quoted word survives parsing.
    expect(parsed.edges[1].text).toContain('aid')
  })

  it('dims the ties outside the current step and thickens those inside it', async () => {
    const parsed = await parseFlowchart(relationsToMermaid(small, {
      title: 'T',
      description: 'D',
      focus: { status: 'proposed' },
    }))
    expect(parsed.edges.map(edge => edge.classes.at(-1))).toEqual(['dim', 'focus'])
  })

  it('draws only the ties among the given actors and of the given kinds, in data order, and may draw none', () => {
    expect(selectTies(small, {}).map(tie => tie.id)).toEqual(['ru-kz-ally', 'us-kz-aid'])
    expect(selectTies(small, {
      actors: ['kz', 'ru'],
    }).map(tie => tie.id)).toEqual(['ru-kz-ally'])
    expect(selectTies(small, {
      kinds: ['development', 'security'],
    }).map(tie => tie.id)).toEqual(['ru-kz-ally', 'us-kz-aid'])
    expect(selectTies(small, {
      actors: ['kz', 'us'],
      kinds: ['security'],
    })).toEqual([])
  })
})

describe('the deck\'s diagrams, every drawing the build makes (logic/diagram-drawings.ts)', () => {
  it('lists each diagram at each step, none highlighted first, in both schemes, each under its own key', () => {
    const keys = diagramDrawings().map(drawing => drawing.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const id of diagramIds) {
      for (const scheme of ['light', 'dark'] as const) {
        expect(keys).toContain(drawingKey(id, 0, scheme))
        expect(keys).toContain(drawingKey(id, figureStepCounts[id], scheme))
        expect(keys).not.toContain(drawingKey(id, figureStepCounts[id] + 1, scheme))
      }
    }
  })

  it('names every step\'s drawing of one diagram in one scheme, each one the build makes', () => {
    const keys = diagramDrawings().map(drawing => drawing.key)
    const steps = diagramStepKeys('triangle', 'dark')
    expect(steps).toEqual(Array.from({ length: figureStepCounts.triangle + 1 }, (_, step) => drawingKey('triangle', step, 'dark')))
    for (const key of steps)
      expect(keys).toContain(key)
  })

  for (const view of Object.values(views)) {
    const selected = viewTies(view)
    for (const scheme of ['light', 'dark'] as const) {
      it(`parses the ${view.id} diagram at every step in the ${scheme} scheme, with the data's edge labels`, async () => {
        for (let highlighted = 0; highlighted <= view.steps.length; highlighted++) {
          const parsed = await parseFlowchart(diagramCode(view.id, highlighted, scheme))
          expect(parsed.title).toBe(view.title)
          expect(parsed.edges.map(edge => edge.text)).toEqual(selected.map(tie => tie.label))
          const focused = parsed.edges.filter(edge => edge.classes.includes('focus')).length
          expect(focused).toBe(highlighted
            ? selected.filter(tie => tieMatches(tie, view.steps[highlighted - 1])).length
            : 0)
        }
      })
    }
  }

  it('parses the argument map at every step in both schemes', async () => {
    for (let highlighted = 0; highlighted <= thesisArgument.steps.length; highlighted++) {
      for (const scheme of ['light', 'dark'] as const) {
        const parsed = await parseFlowchart(diagramCode('argument', highlighted, scheme))
        expect(parsed.title).toBe(thesisArgument.title)
        expect(parsed.edges).toHaveLength(thesisArgument.links.length)
      }
    }
  })

  it('draws every proposed tie dashed and every existing tie solid', async () => {
    const all = Object.values(views).flatMap(view => viewTies(view))
    for (const view of Object.values(views)) {
      const parsed = await parseFlowchart(relationsToMermaid(viewTies(view), view))
      for (const edge of parsed.edges) {
        const tie = all.find(t => t.label === edge.text && t.from === edge.start && t.to === edge.end)!
        expect(edge.stroke).toBe(tie.status === 'proposed'
          ? 'dotted'
          : 'normal')
      }
    }
    expect(ties.some(tie => tie.status === 'proposed')).toBe(true)
  })
})
