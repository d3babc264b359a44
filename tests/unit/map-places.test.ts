import type { MapCity, MapCountry, MapStory } from '../../data/places'
import { describe, expect, it } from 'vitest'
import { assertValidPlaces, cities, countries, maxCaptionLength, placesErrors, stories } from '../../data/places'

describe('the map data', () => {
  it('is valid as shipped', () => {
    expect(placesErrors()).toEqual([])
    expect(() => assertValidPlaces()).not.toThrow()
  })

  it('names the eight countries of the lesson once each', () => {
    expect(countries.map(c => c.name).sort()).toEqual([
      'Afghanistan',
      'China',
      'Kazakhstan',
      'Kyrgyzstan',
      'Russia',
      'Tajikistan',
      'Turkmenistan',
      'Uzbekistan',
    ])
  })

  it('gives every city a checked source', () => {
    for (const city of cities)
      expect(city.citation.sources?.length, city.id).toBeGreaterThan(0)
  })

  it('never highlights Afghanistan as a neighbour of Kazakhstan', () => {
    const neighbours = stories.find(s => s.id === 'where')!.steps.find(s => s.id === 'neighbours')!
    expect(neighbours.highlight).not.toContain('004')
    expect(neighbours.highlight).not.toContain('762')
  })

  it('cites paragraphs 9 and 10 in the geography story', () => {
    const geography: MapStory = stories.find(s => s.id === 'geography')!
    const paragraphs = geography.steps.flatMap(s => s.citation.paragraphs ?? [])
    expect(paragraphs).toEqual(expect.arrayContaining([9, 10]))
  })
})

describe('placesErrors', () => {
  const country: MapCountry = {
    id: '398',
    name: 'Kazakhstan',
    labelAt: [67, 48],
  }
  const city: MapCity = {
    id: 'astana',
    name: 'Astana',
    at: [71.43, 51.17],
    country: '398',
    capital: true,
    citation: {
      sources: ['wiki-astana'],
    },
  }
  const story: MapStory = {
    id: 's',
    title: 't',
    description: 'd',
    steps: [
      {
        id: 'one',
        caption: 'c',
        highlight: [],
        kind: 'context',
        citation: {
          sources: ['natural-earth'],
        },
      },
    ],
  }

  it('lists every error at once, each naming its id', () => {
    const errors = placesErrors({
      countries: [
        country,
        country,
        {
          ...country,
          id: '12' as never,
          labelAt: [200, 0],
        },
      ],
      cities: [
        {
          ...city,
          id: 'nowhere',
          at: [0, 95],
          country: '643',
          citation: {
            sources: ['nope' as never],
          },
        },
      ],
      stories: [
        {
          ...story,
          steps: [
            {
              ...story.steps[0],
              caption: 'x'.repeat(maxCaptionLength + 1),
              highlight: ['156'],
              citation: {
                paragraphs: [14],
              },
            },
          ],
        },
        { ...story, id: 'empty', steps: [] },
      ],
    })
    expect(errors).toEqual([
      'country "398" is listed twice',
      'country "12" is not a zero-padded ISO 3166-1 numeric id',
      'country "12" label has coordinates [200, 0] outside [-180..180, -90..90]',
      'city "nowhere" has coordinates [0, 95] outside [-180..180, -90..90]',
      'city "nowhere" lies in unknown country "643"',
      'city "nowhere" cites unknown source "nope"',
      `story "s" step "one" caption is ${maxCaptionLength + 1} characters, over ${maxCaptionLength}`,
      'story "s" step "one" highlights unknown country "156"',
      'story "s" step "one" cites ¶14, which the article does not have (¶1–¶13)',
      'story "empty" has no steps',
    ])
  })

  it('throws one error listing them all', () => {
    expect(() => assertValidPlaces({
      countries: [country],
      cities: [
        { ...city, country: '004' },
      ],
      stories: [story],
    }))
      .toThrow(/1 error\(s\):\n- city "astana" lies in unknown country "004"/)
  })
})
