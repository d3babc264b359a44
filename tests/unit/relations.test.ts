import { describe, expect, it } from 'vitest'
import { views } from '../../data/relations'
import { groupTiesBySteps, viewTies } from '../../logic/mermaid'

describe('the relations data', () => {
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
