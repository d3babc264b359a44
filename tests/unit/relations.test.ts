import { describe, expect, it } from 'vitest'
import { views } from '../../data/relations'
import { groupTiesBySteps, viewTies } from '../../logic/mermaid'

describe('the relations data', () => {
  it('selects for the triangle only ties among Russia, Kazakhstan and China, with Kazakhstan in each', () => {
    for (const t of viewTies(views.triangle))
      expect([t.from, t.to], t.id).toContain('kz')
  })

  it('groups the ties under the first step that highlights each, the rest last', () => {
    const ties = viewTies(views.engagement)
    const groups = groupTiesBySteps(ties, [
      { label: 'Proposed', status: 'proposed' },
      {
        label: 'Security',
        kinds: ['security'],
      },
      {
        label: 'Nothing',
        kinds: ['culture'],
      },
    ])
    expect(groups.map(group => group.label)).toEqual([
      'Proposed',
      'Security',
      'Nothing',
      'Other ties',
    ])
    expect(groups[0].ties).toEqual(ties.filter(tie => tie.status === 'proposed'))
    expect(groups[1].ties).toEqual(ties.filter(tie => tie.status !== 'proposed' && tie.kind === 'security'))
    expect(groups[2].ties).toEqual([])
    expect(groups.flatMap(group => group.ties)).toHaveLength(ties.length)
  })
})
