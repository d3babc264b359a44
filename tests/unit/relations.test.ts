import type { ArgumentMap } from '../../data/argument'
import type { RelationsView, Tie } from '../../data/relations'
import { describe, expect, it } from 'vitest'
import { thesisArgument } from '../../data/argument'
import { actors, ties, views } from '../../data/relations'
import { argumentErrors, assertValidArgument, assertValidRelations, groupTiesBySteps, relationsErrors, viewTies } from '../../logic/mermaid'

function tie(overrides: Partial<Tie>): Tie {
  return {
    id: 'ru-kz-x',
    from: 'ru',
    to: 'kz',
    kind: 'security',
    label: 'x',
    status: 'existing',
    source: {
      paragraphs: [7],
    },
    ...overrides,
  }
}

describe('the relations data', () => {
  it('has no errors', () => {
    expect(relationsErrors()).toEqual([])
    expect(() => assertValidRelations()).not.toThrow()
  })

  it('cites an article paragraph for every tie the author proposes', () => {
    for (const t of ties.filter(t => t.status === 'proposed'))
      expect(t.source.paragraphs?.length, t.id).toBeGreaterThan(0)
  })

  it('selects for the triangle only ties among Russia, Kazakhstan and China, with Kazakhstan in each', () => {
    for (const t of viewTies(views.triangle))
      expect([t.from, t.to], t.id).toContain('kz')
  })

  it('gives every step of every view at least one tie to highlight', () => {
    for (const view of Object.values(views)) {
      const groups = groupTiesBySteps(viewTies(view), view.steps)
      expect(groups.map(g => g.label)).toEqual(view.steps.map(s => s.label))
      for (const group of groups)
        expect(group.ties.length, `${view.id}: ${group.label}`).toBeGreaterThan(0)
    }
  })
})

describe('relationsErrors', () => {
  it('reports every error at once, each naming the offending id', () => {
    const bad = [
      tie({ id: 'dup' }),
      tie({ id: 'dup' }),
      tie({ id: 'to-mars', to: 'mars' as never }),
      tie({ id: 'odd-kind', kind: 'sport' as never }),
      tie({ id: 'no-source', source: {} }),
      tie({
        id: 'bad-para',
        source: {
          paragraphs: [99],
        },
      }),
      tie({
        id: 'proposed-uncited',
        status: 'proposed',
        source: {
          sources: ['arkansas-kabul'],
        },
      }),
      tie({
        id: 'long-label',
        label: 'x'.repeat(80),
      }),
      tie({ id: 'Bad_Id' }),
    ]
    const errors = relationsErrors(actors, bad, {})
    for (const id of [
      'dup',
      'to-mars',
      'odd-kind',
      'no-source',
      'bad-para',
      'proposed-uncited',
      'long-label',
      'Bad_Id',
    ])
      expect(errors.some(e => e.includes(`"${id}"`)), id).toBe(true)
    expect(errors.some(e => e.includes('"mars"'))).toBe(true)
  })

  it('names a view whose selection is empty', () => {
    const view: RelationsView = {
      ...views.triangle,
      id: 'empty',
      actors: ['af', 'ca'],
    }
    expect(relationsErrors(actors, ties, { empty: view })).toContain('view "empty": Empty selection: no tie among actors [af, ca] of kinds [security, economy, politics, culture, energy]')
  })

  it('throws one error listing them all from the assert', () => {
    expect(() => assertValidRelations(actors, [
      tie({ id: 'a', to: 'nowhere' as never }),
    ], {})).toThrow(/Invalid relations data:\n- tie "a": unknown actor "nowhere"/)
  })
})

describe('argumentErrors', () => {
  it('finds no error in the thesis map', () => {
    expect(argumentErrors(thesisArgument)).toEqual([])
  })

  it('names unknown nodes, uncited nodes and missing roles', () => {
    const bad: ArgumentMap = {
      ...thesisArgument,
      nodes: thesisArgument.nodes.filter(n => n.role !== 'recommendation').map(n => n.id === 'open'
        ? {
            ...n,
            source: {
              sources: ['arkansas-kabul'] as const,
            },
          }
        : n),
      links: [
        ...thesisArgument.links,
        { from: 'ghost', to: 'claim', kind: 'supports' },
      ],
    }
    const errors = argumentErrors(bad)
    expect(errors).toContain('argument node "open": must cite the article paragraph(s) it maps')
    expect(errors.some(e => e.includes('unknown node "ghost"'))).toBe(true)
    expect(errors.some(e => e.includes('unknown node "recommend"'))).toBe(true)
    expect(errors).toContain('argument map has no recommendation')
    expect(() => assertValidArgument(bad)).toThrow('Invalid argument map')
  })
})
