import type { MapStory } from '../../data/places'
import { describe, expect, it } from 'vitest'
import { cities, countries, stories } from '../../data/places'

describe('the map data', () => {
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
