import type { TimedSlide } from '../../scripts/lib/deck-checks'
import { describe, expect, it } from 'vitest'
import { minutesErrors, slideMinutes, slideTiming } from '../../scripts/lib/deck-checks'

describe('a slide’s timing in its frontmatter', () => {
  it('reads minutes for a slide taught in class, and marks self-study and lecturer-only slides', () => {
    expect(slideTiming({ minutes: 1.5, layout: 'default' })).toEqual({ kind: 'class', minutes: 1.5 })
    expect(slideTiming({ selfStudy: true })).toEqual({ kind: 'selfStudy' })
    expect(slideTiming({ lecturerOnly: true })).toEqual({ kind: 'lecturerOnly' })
    expect(slideMinutes({ selfStudy: true })).toBe(0)
    expect(slideMinutes({ minutes: 2 })).toBe(2)
  })

  it('refuses a slide with neither, both, or minutes that are not a time', () => {
    expect(slideTiming({ layout: 'default' })).toMatch(/neither minutes/)
    expect(slideTiming({ minutes: 1, selfStudy: true })).toMatch(/both minutes: and selfStudy/)
    expect(slideTiming({ minutes: 'one' })).toMatch(/not a positive number/)
    expect(slideMinutes({})).toBeUndefined()
  })
})

describe('the minutes against the agenda', () => {
  const agenda = [
    {
      id: 'opening' as const,
      title: 'Opening',
      minutes: 2,
    },
    {
      id: 'thesis' as const,
      title: 'The thesis',
      minutes: 3,
    },
  ]
  const slide = (no: number, part: string, frontmatter: Record<string, unknown>): TimedSlide => ({
    no,
    title: `Slide ${no}`,
    part,
    file: `pages/${part}.md`,
    frontmatter,
  })

  it('accept slides whose minutes add up per part, leaving out the cover', () => {
    expect(minutesErrors([
      slide(1, '', {}),
      slide(2, 'opening', { minutes: 1.5 }),
      slide(3, 'opening', { minutes: 0.5 }),
      slide(4, 'thesis', { minutes: 3 }),
      slide(5, 'thesis', { selfStudy: true }),
      slide(6, 'thesis', { lecturerOnly: true }),
    ], agenda)).toEqual([])
  })

  it('name the slide and its file when it has neither or both, and each part with both sums', () => {
    expect(minutesErrors([
      slide(2, 'opening', { minutes: 1 }),
      slide(3, 'thesis', { layout: 'default' }),
      slide(4, 'thesis', { minutes: 4 }),
      slide(5, 'thesis', { minutes: 1, selfStudy: true }),
    ], agenda)).toEqual([
      'slide 3 "Slide 3" (pages/thesis.md) has neither minutes: N (taught in class) nor selfStudy: true in its frontmatter',
      'slide 5 "Slide 5" (pages/thesis.md) has both minutes: and selfStudy: true; keep one',
      'part "opening" (Opening): its slides\' minutes add up to 1, the agenda gives it 2',
      'part "thesis" (The thesis): its slides\' minutes add up to 4, the agenda gives it 3',
    ])
  })
})
