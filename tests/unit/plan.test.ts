import type { RolePlayStage } from '../../data/plan'
import type { DeckSlide } from '../../scripts/lib/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { parts } from '../../data/article'
import { CLASS_MINUTES, preClassTasks } from '../../data/plan'
import { planMinutes, stageClock } from '../../logic/plan'
import { loadDeck } from '../../scripts/lib/deck'

let slides: DeckSlide[] = []
beforeAll(async () => {
  slides = (await loadDeck()).slides
}, 30_000)

// The plan's own rules (its minutes, the role-play's stages, the epilogue last) are its schema's (logic/validation/schemas/plan.ts).
describe('the flipped class plan', () => {
  it('sends students to the article, the late-2022 fact sheet, their role brief and the checks before class', () => {
    expect(preClassTasks.map(task => task.id)).toEqual([
      'article',
      'fact-sheet',
      'role-brief',
      'checks',
    ])
    expect(preClassTasks.find(task => task.id === 'fact-sheet')!.task).toContain('Kazakhstan, late 2022')
  })

  it('clocks the role-play: each stage starts where the one before it ends', () => {
    const stage = (id: RolePlayStage['id'], minutes: number) => ({
      id,
      label: id,
      minutes,
      instructions: '',
    })
    expect(stageClock([
      stage('setup', 2),
      stage('statements', 7),
      stage('debate', 9),
    ]).map(({ stage, from, to }) => [stage.id, from, to])).toEqual([
      ['setup', 0, 2],
      ['statements', 2, 9],
      ['debate', 9, 18],
    ])
  })
})

describe('the plan and the slides', () => {
  it('gives the deck\'s parts the whole class, each part what its segments give it', () => {
    expect(parts.reduce((sum, part) => sum + planMinutes(part.id), 0)).toBe(CLASS_MINUTES)
    expect(planMinutes('thesis')).toBe(4)
    expect(planMinutes('reference')).toBe(0)
  })

  it('shows every slide of a part together, the parts in their order: the epilogue after the role-play\'s debrief', () => {
    const order = slides.slice(1).map(slide => slide.part).filter((part, i, all) => part !== all[i - 1])
    expect(order).toEqual(parts.map(part => part.id))
  })
})
