import { describe, expect, it } from 'vitest'
import { clickCount, clickMarkers, expectedClicks, timelineClicks, timelineTags } from '../../scripts/lib/deck-checks'

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
