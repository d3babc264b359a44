import { describe, expect, it } from 'vitest'
import { thesisArgument } from '../../data/argument'
import { stories } from '../../data/places'
import { views } from '../../data/relations'
import { eras, timelineEvents, timelineViews } from '../../data/timeline'
import { figureStep, figureStepCounts } from '../../logic/figure-steps'
import { articleRelation, timelineViewSteps } from '../../logic/timeline'

describe('a figure’s step', () => {
  it('is 0 before the first click and k after k clicks, highlighting that step', () => {
    expect(figureStep(0, 3, false)).toEqual({ step: 0, highlighted: 0 })
    expect(figureStep(1, 3, false)).toEqual({ step: 1, highlighted: 1 })
    expect(figureStep(3, 3, false)).toEqual({ step: 3, highlighted: 3 })
  })

  it('stays within the figure’s steps whatever the slide’s clicks', () => {
    expect(figureStep(-1, 3, false).step).toBe(0)
    expect(figureStep(7, 3, false).step).toBe(3)
    expect(figureStep(2, 0, false).step).toBe(0)
  })

  it('is the last step in print, with nothing highlighted, whatever the clicks', () => {
    expect(figureStep(0, 4, true)).toEqual({ step: 4, highlighted: 0 })
    expect(figureStep(2, 4, true)).toEqual({ step: 4, highlighted: 0 })
  })
})

describe('the figures’ step counts, from their data', () => {
  it('name every figure once, by the id its component carries', () => {
    expect(Object.keys(figureStepCounts).sort()).toEqual([
      ...Object.keys(timelineViews),
      ...Object.keys(views),
      'argument',
      ...stories.map(story => story.id),
    ].sort())
  })

  it('give a diagram one step per step of its view, the argument map one per step of the argument', () => {
    for (const view of Object.values(views))
      expect(figureStepCounts[view.id], view.id).toBe(view.steps.length)
    expect(figureStepCounts.argument).toBe(thesisArgument.steps.length)
  })

  it('give a map story one step per entry after its first, which shows before any click', () => {
    for (const story of stories)
      expect(figureStepCounts[story.id], story.id).toBe(story.steps.length - 1)
  })

  it('give a timeline one step per event, or per era', () => {
    expect(figureStepCounts['since-article']).toBe(timelineViewSteps(timelineViews['since-article']).events.length)
    expect(figureStepCounts['us-track']).toBe(timelineViewSteps(timelineViews['us-track']).events.length)
    expect(figureStepCounts.context).toBe(eras.length)
  })
})

describe('the timeline views', () => {
  it('put every event either in the context before the article or since it, never both', () => {
    const before = timelineViewSteps(timelineViews.context).events
    const since = timelineViewSteps(timelineViews['since-article']).events
    expect(before[0].start).toBe('1930')
    expect(before.at(-1)!.id).toBe('spief')
    expect(before.every(event => articleRelation(event.start) === 'before')).toBe(true)
    expect(since.every(event => articleRelation(event.start) !== 'before')).toBe(true)
    expect(before.length + since.length).toBe(timelineEvents.length)
  })

  it('keep the U.S. track to the Kazakhstan–U.S./West events before the article', () => {
    const { events } = timelineViewSteps(timelineViews['us-track'])
    expect(events.map(event => event.id)).toEqual(timelineEvents
      .filter(event => event.track === 'kz-west' && articleRelation(event.start) === 'before')
      .map(event => event.id))
  })

  it('reveal events in date order, each step at or after the one before', () => {
    for (const view of Object.values(timelineViews)) {
      const { steps, total } = timelineViewSteps(view)
      expect([...steps].sort((a, b) => a - b), view.id).toEqual(steps)
      expect(steps[0], view.id).toBe(1)
      expect(total, view.id).toBe(steps.at(-1))
    }
  })
})
