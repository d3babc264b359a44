import type { Topology } from 'topojson-specification'
import type { LabelRequest } from '../../logic/map'
import { geoContains } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import atlas from 'world-atlas/countries-110m.json'
import { caspian, cities, countries, wholeCountryIds } from '../../data/places'
import { boxesOverlap, boxInside, buildMapModel, countryFeatures, fitProjection, placeLabels, russiaId, ukraineId, vertices, waterHoleAt, withCrimeaAsUkraine } from '../../logic/map'

const topology = atlas as unknown as Topology
const frame = { width: 560, height: 372, padding: 14 }
const fitIds: readonly string[] = wholeCountryIds
const simferopol: [number, number] = [34.1, 44.95]
const kerch: [number, number] = [36.47, 45.36]

function setup() {
  const features = withCrimeaAsUkraine(countryFeatures(topology))
  const sea = waterHoleAt(topology, caspian.labelAt)!
  const projection = fitProjection([
    ...features.filter(f => fitIds.includes(f.id)),
    sea,
  ], frame)
  const inFrame = ([lon, lat]: number[]) => {
    const [x, y] = projection([lon, lat])!
    return x >= 0 && x <= frame.width && y >= 0 && y <= frame.height
  }
  return { features, sea, projection, inFrame }
}

describe('crimea', () => {
  it('is drawn inside Russia by the raw atlas, which is why the map corrects it', () => {
    const raw = countryFeatures(topology)
    expect(geoContains(raw.find(f => f.id === russiaId)!, simferopol)).toBe(true)
  })

  it('belongs to Ukraine, not Russia, in the features the map draws', () => {
    const { features } = setup()
    const russia = features.find(f => f.id === russiaId)!
    const ukraine = features.find(f => f.id === ukraineId)!
    for (const point of [simferopol, kerch]) {
      expect(geoContains(russia, point)).toBe(false)
      expect(geoContains(ukraine, point)).toBe(true)
    }
  })

  it('leaves the rest of Russia in Russia', () => {
    const { features } = setup()
    const russia = features.find(f => f.id === russiaId)!
    expect(geoContains(russia, [37.62, 55.75])).toBe(true)
    expect(geoContains(russia, [73.4, 54.99])).toBe(true)
  })

  it('falls at most with its eastern tip inside the frame, where it is drawn as Ukraine’s', () => {
    const { inFrame, features } = setup()
    expect(inFrame(simferopol)).toBe(false)
    const drawnAt = features.filter(f => geoContains(f, kerch)).map(f => f.id)
    expect(drawnAt).toEqual([ukraineId])
  })
})

describe('the projection', () => {
  it('fits every whole-framed country and the Caspian inside the frame', () => {
    const { features, sea, inFrame } = setup()
    for (const id of fitIds) {
      const outside = vertices(features.find(f => f.id === id)!.geometry).filter(p => !inFrame(p))
      expect(outside, `country ${id}`).toEqual([])
    }
    expect(vertices(sea.geometry).filter(p => !inFrame(p))).toEqual([])
  })

  it('puts every country label anchor and every city inside the frame', () => {
    const { inFrame } = setup()
    for (const country of countries)
      expect(inFrame([...country.labelAt]), country.id).toBe(true)
    for (const city of cities)
      expect(inFrame([...city.at]), city.id).toBe(true)
  })

  it('places each country label anchor inside that country and each city inside its country', () => {
    const { features } = setup()
    for (const country of countries)
      expect(geoContains(features.find(f => f.id === country.id)!, [...country.labelAt]), country.id).toBe(true)
    for (const city of cities)
      expect(geoContains(features.find(f => f.id === city.country)!, [...city.at]), city.id).toBe(true)
  })

  it('shows Kazakhstan’s borders with Russia and with China inside the frame', () => {
    const { features, inFrame } = setup()
    const kazakhstan = vertices(features.find(f => f.id === '398')!.geometry)
    expect(kazakhstan.every(inFrame)).toBe(true)
    expect(kazakhstan.length).toBeGreaterThan(10)
  })
})

describe('the caspian', () => {
  it('is found as the water Natural Earth’s countries leave between them', () => {
    const { sea } = setup()
    expect(geoContains(sea, [51, 42])).toBe(true)
    expect(geoContains(sea, [60, 45])).toBe(false)
    expect(geoContains(sea, [0, 0])).toBe(false)
  })

  it('is absent where no hole contains the point', () => {
    expect(waterHoleAt(topology, [67, 48])).toBeUndefined()
  })
})

describe('label placement', () => {
  const label = (id: string, x: number, y: number, priority = 1, kind: LabelRequest['kind'] = 'area'): LabelRequest =>
    ({
      id,
      text: id,
      x,
      y,
      width: 60,
      height: 18,
      priority,
      kind,
    })
  const box = { width: 300, height: 200 }

  it('keeps a label on its anchor when nothing is in the way', () => {
    const { placed } = placeLabels([
      label('a', 150, 100),
    ], box)
    expect(placed[0]).toMatchObject({ cx: 150, cy: 100, moved: false })
  })

  it('moves the lower-priority label off a collision and marks it as moved', () => {
    const { placed } = placeLabels([
      label('low', 150, 100, 1),
      label('high', 150, 100, 2),
    ], box)
    const [high, low] = placed
    expect(high).toMatchObject({ id: 'high', cx: 150, cy: 100 })
    expect(low.moved).toBe(true)
    expect(boxesOverlap(high.box, low.box)).toBe(false)
  })

  it('never lets labels overlap one another, obstacles, or the frame edge, even when crowded', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => label(`l${i}`, 140 + (i % 5) * 5, 90 + (i % 3) * 4, i % 4))
    const obstacle = { x: 145, y: 95, width: 8, height: 8 }
    const { placed, dropped } = placeLabels(crowd, box, [obstacle])
    expect(placed.length + dropped.length).toBe(crowd.length)
    for (const [i, a] of placed.entries()) {
      expect(boxInside(a.box, box)).toBe(true)
      expect(boxesOverlap(a.box, obstacle)).toBe(false)
      for (const b of placed.slice(i + 1))
        expect(boxesOverlap(a.box, b.box), `${a.id} and ${b.id}`).toBe(false)
    }
  })

  it('reports a label that fits nowhere instead of drawing it over another', () => {
    const tiny = { width: 70, height: 24 }
    const { placed, dropped } = placeLabels([
      label('first', 35, 12, 2),
      label('second', 35, 12, 1),
    ], tiny)
    expect(placed.map(p => p.id)).toEqual(['first'])
    expect(dropped).toEqual(['second'])
  })

  it('sets a point label beside its marker, not on it', () => {
    const { placed } = placeLabels([
      label('city', 100, 100, 1, 'point'),
    ], box)
    expect(placed[0].cx).toBeGreaterThan(100)
    expect(placed[0].cy).toBe(100)
  })
})

describe('the map model', () => {
  const model = buildMapModel(topology, { countries, cities, caspian, fitIds }, frame)

  it('draws a path for every named country and the Caspian', () => {
    expect(model.countries.map(c => c.id)).toEqual(countries.map(c => c.id))
    for (const country of model.countries)
      expect(country.d.length, country.id).toBeGreaterThan(20)
    expect(model.caspian).toBeTruthy()
  })

  it('places every country, city and water label without dropping any or letting two collide', () => {
    expect(model.dropped).toEqual([])
    expect(model.labels).toHaveLength(countries.length + cities.length + 1)
    for (const [i, a] of model.labels.entries()) {
      expect(boxInside(a.box, frame), a.id).toBe(true)
      for (const b of model.labels.slice(i + 1))
        expect(boxesOverlap(a.box, b.box), `${a.id} and ${b.id}`).toBe(false)
    }
  })
})
