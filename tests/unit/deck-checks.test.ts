import type { TimedSlide } from '../../logic/deck-checks'
import { describe, expect, it } from 'vitest'
import { clickCount, clickMarkers, expectedClicks, minutesErrors, minutesInWords, noteMinutes, timelineClicks, timelineTags } from '../../logic/deck-checks'

describe('reading minutes written in words', () => {
  it('reads halves, wholes and one and a half, in either word order', () => {
    expect(minutesInWords('About half a minute; this slide opens the part.')).toBe(0.5)
    expect(minutesInWords('About a minute.')).toBe(1)
    expect(minutesInWords('About one minute.')).toBe(1)
    expect(minutesInWords('About one and a half minutes.')).toBe(1.5)
    expect(minutesInWords('About a minute and a half.')).toBe(1.5)
    expect(minutesInWords('Opening, about two minutes; context.')).toBe(2)
    expect(minutesInWords('Fifteen minutes, drawing on the whole article.')).toBe(15)
    expect(minutesInWords('Allow 3 minutes.')).toBe(3)
  })

  it('takes the first time stated and ignores words that only look like one', () => {
    expect(minutesInWords('About one minute, then two minutes of questions.')).toBe(1)
    expect(minutesInWords('A 50-minute class.')).toBeUndefined()
    expect(minutesInWords('No time is given.')).toBeUndefined()
  })
})

describe('a slide’s minutes in its notes', () => {
  it('come from the first paragraph only', () => {
    expect(noteMinutes('Article paragraph two. About one minute.\n\nTwo minutes to prepare, six to debate.')).toBe(1)
    expect(noteMinutes('Article paragraph two.\n\nAbout one minute.')).toBeUndefined()
  })

  it('are zero when the notes say the slide is skipped in class', () => {
    expect(noteMinutes('Skip in class; for self-study. If you are ahead, about half a minute.')).toBe(0)
    expect(noteMinutes('About half a minute; skip in class if you are behind.')).toBe(0.5)
  })
})

describe('the minutes against the agenda', () => {
  const agenda = [
    {
      id: 'opening' as const,
      title: 'Opening',
      paragraphs: [],
      minutes: 2,
    },
    {
      id: 'thesis' as const,
      title: 'The thesis',
      paragraphs: [1, 2],
      minutes: 3,
    },
  ]
  const slide = (no: number, part: string, note: string): TimedSlide => ({ no, title: `Slide ${no}`, part, note })

  it('accept slides whose minutes add up per part, leaving out the cover', () => {
    expect(minutesErrors([
      slide(1, '', 'Welcome the class.'),
      slide(2, 'opening', 'About one and a half minutes.'),
      slide(3, 'opening', 'About half a minute.'),
      slide(4, 'thesis', 'About three minutes.'),
      slide(5, 'thesis', 'Skip in class; for self-study.'),
    ], agenda)).toEqual([])
  })

  it('name a slide that states no minutes, and each part with both sums', () => {
    expect(minutesErrors([
      slide(2, 'opening', 'About one minute.'),
      slide(3, 'thesis', 'Article paragraph one.'),
      slide(4, 'thesis', 'About four minutes.'),
    ], agenda)).toEqual([
      'slide 3 "Slide 3" states no minutes in the first paragraph of its notes (write "About one minute." or "Skip in class.")',
      'part "opening" (Opening): its slides\' notes add up to 1 minutes, the agenda gives it 2',
      'part "thesis" (The thesis): its slides\' notes add up to 4 minutes, the agenda gives it 3',
    ])
  })
})

describe('click counting', () => {
  it('counts v-click attributes and elements and the items of a v-clicks list, but not v-after', () => {
    const md = '<v-clicks>\n\n- a\n- b\n  - nested\n\n</v-clicks>\n<div v-click>x</div>\n<p v-after>y</p>\n<v-click>\n\nz\n\n</v-click>'
    expect(clickCount(md)).toBe(4)
  })

  it('counts plain and numbered [click] markers', () => {
    expect(clickMarkers('[click] one [click:3] two [click] three')).toBe(3)
  })

  it('reads a timeline tag\'s selection and reveal mode from the Markdown', () => {
    expect(timelineTags('<Timeline :tracks="[\'kz-west\']" to="2022-08" step-by="era" />')).toEqual([
      {
        selection: {
          tracks: ['kz-west'],
          from: undefined,
          to: '2022-08',
        },
        stepBy: 'era',
      },
    ])
    expect(timelineTags('<Timeline from="2022-09" />')).toEqual([
      {
        selection: { tracks: undefined, from: '2022-09', to: undefined },
        stepBy: 'event',
      },
    ])
    expect(timelineTags('<ArgumentMap />')).toEqual([])
  })

  it('counts the reveal steps of a timeline: one per event, or one per era', () => {
    expect(timelineClicks('<Timeline from="2022-09" />')).toBe(4)
    expect(timelineClicks('<Timeline :tracks="[\'kz-west\']" to="2022-08" />')).toBe(4)
    expect(timelineClicks('<Timeline to="2022-08" step-by="era" />')).toBe(3)
    expect(timelineClicks('<ArgumentMap />')).toBe(0)
  })

  it('takes frontmatter clicks over what the Markdown declares', () => {
    expect(expectedClicks('<RegionMap story="where" />', 2)).toBe(2)
    expect(expectedClicks('<div v-click>x</div>\n<Timeline from="2022-09" />')).toBe(5)
  })
})
