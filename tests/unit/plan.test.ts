import type { DeckSlide } from '../../scripts/lib/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { parts } from '../../data/article'
import { CLASS_MINUTES, classPlan, MIN_OPEN_DEBATE, OPENING_STATEMENTS, preClassTasks } from '../../data/plan'
import { planMinutes, segmentMinutes, stageClock } from '../../logic/plan'
import { slideTiming } from '../../logic/slide-timing'
import { loadDeck } from '../../scripts/lib/deck'

let slides: DeckSlide[] = []
beforeAll(async () => {
  slides = (await loadDeck()).slides
}, 30_000)

describe('the flipped class plan', () => {
  it('adds up to fifty minutes, half of them the role-play, and gives each segment its share', () => {
    expect(classPlan.reduce((sum, segment) => sum + segmentMinutes(segment), 0)).toBe(CLASS_MINUTES)
    const minutes = Object.fromEntries(classPlan.map(segment => [
      segment.id,
      segmentMinutes(segment),
    ]))
    expect(minutes).toEqual({
      'opening': 3,
      'argument': 12,
      'critique': 8,
      'role-play': 25,
      'epilogue': 2,
    })
  })

  it('runs the role-play as seven one-minute statements, at least eight minutes of debate, a decision and a debrief', () => {
    const rolePlay = classPlan.find(segment => segment.id === 'role-play')!
    const clock = stageClock(rolePlay.stages!)
    expect(clock.map(({ stage }) => stage.id)).toEqual([
      'setup',
      'statements',
      'debate',
      'decision',
      'debrief',
    ])
    expect(clock.at(-1)!.to).toBe(25)
    expect(rolePlay.stages!.find(stage => stage.id === 'statements')!.minutes).toBe(OPENING_STATEMENTS)
    expect(rolePlay.stages!.find(stage => stage.id === 'debate')!.minutes).toBeGreaterThanOrEqual(MIN_OPEN_DEBATE)
  })

  it('puts the epilogue last, after the role-play', () => {
    const ids = classPlan.map(segment => segment.id)
    expect(ids.at(-1)).toBe('epilogue')
    expect(ids.indexOf('epilogue')).toBeGreaterThan(ids.indexOf('role-play'))
  })

  it('sends students to the article, the late-2022 fact sheet, their role brief and the checks before class', () => {
    expect(preClassTasks.map(task => task.id)).toEqual([
      'article',
      'fact-sheet',
      'role-brief',
      'checks',
    ])
    expect(preClassTasks.find(task => task.id === 'fact-sheet')!.task).toContain('Kazakhstan, late 2022')
  })
})

describe('the plan and the slides', () => {
  it('is the one source of the parts’ minutes', () => {
    for (const part of parts)
      expect(part.minutes, part.id).toBe(planMinutes(part.id))
  })

  it('names slides that exist, are taught in class, and belong to the segment’s parts', () => {
    for (const segment of classPlan) {
      for (const title of segment.slides) {
        const slide = slides.find(s => s.title === title)
        expect(slide, `${segment.id}: "${title}"`).toBeDefined()
        expect(slideTiming(slide!.frontmatter), `${segment.id}: "${title}"`).toMatchObject({ kind: 'class' })
        expect(segment.parts.map(entry => entry.part), `${segment.id}: "${title}"`).toContain(slide!.part)
      }
    }
  })

  it('shows the epilogue after the debrief, and every slide of a part together', () => {
    const debrief = slides.findIndex(slide => slide.title === 'Debrief')
    const since = slides.findIndex(slide => slide.file === 'pages/timeline-since.md')
    expect(since).toBeGreaterThan(debrief)
    const order = slides.slice(1).map(slide => slide.part).filter((part, i, all) => part !== all[i - 1])
    expect(order).toEqual(parts.map(part => part.id))
  })
})
