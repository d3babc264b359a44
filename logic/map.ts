import type { GeoProjection } from 'd3-geo'
/**
 * Pure geometry for the region map: countries from the Natural Earth topology (with Crimea drawn as
 * Ukraine's), the Caspian as the gap the countries leave, a conic equal-area projection fitted to the
 * frame, and labels placed so that none collide. No Vue, no DOM: the component only renders the result.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { CountryId, LonLat, MapCity, MapCountry, MapStory } from '../data/places'
import { geoBounds, geoConicEqualArea, geoContains, geoPath } from 'd3-geo'
import { feature, merge } from 'topojson-client'
import { stories } from '../data/places'

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id: string }

export const ukraineId = '804'
export const russiaId = '643'
/** Crimea's extent (lon/lat), generous by a little; used to find the peninsula in Russia's geometry. */
export const crimeaBox = {
  west: 32,
  south: 44,
  east: 36.8,
  north: 46.4,
} as const

export function countryFeatures(topology: Topology): CountryFeature[] {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>
  const collection = feature(topology, countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>
  return collection.features.map(f => ({
    ...f,
    id: String(f.id),
  }))
}

function polygonInBox(rings: Position[][], box: typeof crimeaBox): boolean {
  const [[west, south], [east, north]] = geoBounds({ type: 'Polygon', coordinates: rings })
  return west >= box.west && east <= box.east && south >= box.south && north <= box.north
}

/**
 * Natural Earth draws Crimea inside Russia. Move that polygon to Ukraine, its internationally
 * recognised territory, so no projection or frame can show it as Russian.
 */
export function withCrimeaAsUkraine(features: readonly CountryFeature[]): CountryFeature[] {
  const russia = features.find(f => f.id === russiaId)
  const ukraine = features.find(f => f.id === ukraineId)
  if (!russia || !ukraine || russia.geometry.type !== 'MultiPolygon')
    return [...features]
  const russiaPolygons = russia.geometry.coordinates
  const crimea = russiaPolygons.filter(rings => polygonInBox(rings, crimeaBox))
  if (!crimea.length)
    return [...features]
  const ukrainePolygons = ukraine.geometry.type === 'Polygon'
    ? [ukraine.geometry.coordinates]
    : ukraine.geometry.coordinates
  return features.map((f) => {
    if (f === russia) {
      return {
        ...f,
        geometry: {
          type: 'MultiPolygon',
          coordinates: russiaPolygons.filter(rings => !crimea.includes(rings)),
        } as MultiPolygon,
      }
    }
    if (f === ukraine) {
      return {
        ...f,
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            ...ukrainePolygons,
            ...crimea,
          ],
        } as MultiPolygon,
      }
    }
    return f
  })
}

/**
 * The Caspian Sea as Natural Earth's 110m countries leave it: a hole in the merged land that contains
 * `inside`. The hole's ring is wound as a hole, so it is reversed to become the sea's own polygon.
 */
export function waterHoleAt(topology: Topology, inside: LonLat): Feature<Polygon> | undefined {
  const countries = topology.objects.countries as GeometryCollection
  const land = merge(topology, countries.geometries as Parameters<typeof merge>[1])
  for (const polygon of land.coordinates) {
    for (const hole of polygon.slice(1)) {
      const sea: Feature<Polygon> = {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [...hole].reverse(),
          ],
        },
      }
      if (geoContains(sea, inside as [number, number]))
        return sea
    }
  }
}

export interface Frame {
  width: number
  height: number
  /** Space kept free between the fitted countries and the edge, for labels. */
  padding: number
}

/** Conic equal-area, standard parallels through Kazakhstan, centred on Central Asia, fitted to the frame. */
export function fitProjection(fitted: readonly Feature<Geometry>[], frame: Frame): GeoProjection {
  const { width, height, padding } = frame
  return geoConicEqualArea()
    .parallels([42, 52])
    .rotate([-66, 0])
    .fitExtent([
      [padding, padding],
      [width - padding, height - padding],
    ], {
      type: 'FeatureCollection',
      features: [...fitted],
    } as FeatureCollection)
    .clipExtent([
      [0, 0],
      [width, height],
    ])
}

/** Every vertex of a geometry, for tests and fitting checks. */
export function vertices(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates]
    case 'MultiPoint':
    case 'LineString': return geometry.coordinates
    case 'MultiLineString':
    case 'Polygon': return geometry.coordinates.flat()
    case 'MultiPolygon': return geometry.coordinates.flat(2)
    case 'GeometryCollection': return geometry.geometries.flatMap(vertices)
  }
}

export interface Box { x: number, y: number, width: number, height: number }

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function boxInside(box: Box, frame: { width: number, height: number }, margin = 0): boolean {
  return box.x >= margin && box.y >= margin && box.x + box.width <= frame.width - margin && box.y + box.height <= frame.height - margin
}

/** A generous width for one line of Inter text; overestimating only costs a little space. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return Math.ceil(text.length * fontSize * (bold ? 0.62 : 0.57))
}

export interface LabelRequest {
  id: string
  /** One line per '\n'. */
  text: string
  /** The point the label names, in frame pixels. */
  x: number
  y: number
  width: number
  height: number
  /** Higher first: placed earlier, so it keeps its preferred spot. */
  priority: number
  /** 'area' labels centre on their point; 'point' labels sit beside a marker. */
  kind: 'area' | 'point'
}

export interface PlacedMapLabel extends LabelRequest {
  box: Box
  /** Centre of the placed label. */
  cx: number
  cy: number
  /** True when the label had to leave its preferred spot (the component then draws a leader line). */
  moved: boolean
}

function candidates(request: LabelRequest): Array<[number, number]> {
  const { width: w, height: h } = request
  if (request.kind === 'point') {
    const gap = 6
    const side = w / 2 + gap
    return [
      [side, 0],
      [-side, 0],
      [0, -h / 2 - gap],
      [0, h / 2 + gap],
      [side, -h / 2 - 2],
      [side, h / 2 + 2],
      [-side, -h / 2 - 2],
      [-side, h / 2 + 2],
    ]
  }
  const offsets: Array<[number, number]> = [
    [0, 0],
  ]
  for (const ring of [1, 2, 3]) {
    const dx = ring * (w / 2 + 4)
    const dy = ring * (h + 2)
    offsets.push([0, -dy], [0, dy], [dx, 0], [-dx, 0], [dx, -dy], [-dx, -dy], [dx, dy], [-dx, dy])
  }
  return offsets
}

/**
 * Greedy placement: by priority, each label takes the first candidate spot that stays inside the frame
 * and overlaps no placed label and no obstacle (city markers). A label with no free spot is dropped and
 * reported, never drawn on top of another.
 */
export function placeLabels(requests: readonly LabelRequest[], frame: { width: number, height: number }, obstacles: readonly Box[] = [], margin = 2): { placed: PlacedMapLabel[], dropped: string[] } {
  const placed: PlacedMapLabel[] = []
  const dropped: string[] = []
  const order = [...requests].sort((a, b) => b.priority - a.priority)
  for (const request of order) {
    const spot = candidates(request).find(([dx, dy]) => {
      const box = {
        x: request.x + dx - request.width / 2,
        y: request.y + dy - request.height / 2,
        width: request.width,
        height: request.height,
      }
      return boxInside(box, frame, margin) && !placed.some(other => boxesOverlap(box, other.box)) && !obstacles.some(obstacle => boxesOverlap(box, obstacle))
    })
    if (!spot) {
      dropped.push(request.id)
      continue
    }
    const [dx, dy] = spot
    const cx = request.x + dx
    const cy = request.y + dy
    placed.push({
      ...request,
      cx,
      cy,
      box: {
        x: cx - request.width / 2,
        y: cy - request.height / 2,
        width: request.width,
        height: request.height,
      },
      moved: request.kind === 'area' && (dx !== 0 || dy !== 0),
    })
  }
  return { placed, dropped }
}

export interface MapModel {
  width: number
  height: number
  /** Every other country in the frame, drawn as unnamed context. */
  context: string[]
  countries: Array<{ id: CountryId, name: string, d: string }>
  caspian?: string
  cities: Array<MapCity & { x: number, y: number }>
  labels: PlacedMapLabel[]
  dropped: string[]
  /** Carried in the model so the renderer needs no runtime import of this module (keeps d3 out of its chunk). */
  fonts: typeof labelFont
  cityRadius: number
}

export const labelFont = { country: 14, city: 13, water: 13 } as const
export const cityRadius = 4

/** Everything the component draws, in frame pixels. */
export function buildMapModel(topology: Topology, data: { countries: readonly MapCountry[], cities: readonly MapCity[], caspian: { name: string, labelAt: LonLat }, fitIds: readonly string[] }, frame: Frame): MapModel {
  const features = withCrimeaAsUkraine(countryFeatures(topology))
  const sea = waterHoleAt(topology, data.caspian.labelAt)
  const fitted: Feature<Geometry>[] = features.filter(f => data.fitIds.includes(f.id))
  if (sea)
    fitted.push(sea)
  const projection = fitProjection(fitted, frame)
  // Draw only what the frame shows, at a tenth of a pixel: the full outlines of Russia and the rest of the world,
  // at full precision, tripled the size of the exported PDF and the time to print it, for nothing visible.
  const path = geoPath(projection.clipExtent([
    [-2, -2],
    [frame.width + 2, frame.height + 2],
  ])).digits(1)
  const project = (at: LonLat) => projection(at as [number, number]) ?? [Number.NaN, Number.NaN]
  const named = new Set<string>(data.countries.map(c => c.id))
  const cities = data.cities.map((city) => {
    const [x, y] = project(city.at)
    return { ...city, x, y }
  })
  const line = (size: number) => Math.round(size * 1.3)
  const requests: LabelRequest[] = [
    ...data.countries.map((country, index) => {
      const [x, y] = project(country.labelAt)
      return {
        id: country.id,
        text: country.name,
        x,
        y,
        width: textWidth(country.name, labelFont.country, true),
        height: line(labelFont.country),
        priority: 100 - index,
        kind: 'area' as const,
      }
    }),
    ...cities.map((city) => {
      return {
        id: `city-${city.id}`,
        text: city.name,
        x: city.x,
        y: city.y,
        width: textWidth(city.name, labelFont.city),
        height: line(labelFont.city),
        priority: 50,
        kind: 'point' as const,
      }
    }),
  ]
  if (sea) {
    const [x, y] = project(data.caspian.labelAt)
    const lines = data.caspian.name.split(' ')
    const width = Math.max(...lines.map(text => textWidth(text, labelFont.water)))
    requests.push({
      id: 'caspian',
      text: lines.join('\n'),
      x,
      y,
      width,
      height: lines.length * line(labelFont.water),
      priority: 60,
      kind: 'area',
    })
  }
  const markers = cities.map(city => ({
    x: city.x - cityRadius,
    y: city.y - cityRadius,
    width: 2 * cityRadius,
    height: 2 * cityRadius,
  }))
  const { placed, dropped } = placeLabels(requests, frame, markers)
  return {
    width: frame.width,
    height: frame.height,
    context: features.filter(f => !named.has(f.id)).map(f => path(f) ?? '').filter(Boolean),
    countries: data.countries.map(country => ({ id: country.id, name: country.name, d: path(features.find(f => f.id === country.id)!) ?? '' })),
    caspian: sea
      ? path(sea) ?? undefined
      : undefined,
    cities,
    labels: placed,
    dropped,
    fonts: labelFont,
    cityRadius,
  }
}

export function storyById(id: string): MapStory | undefined {
  return stories.find(story => story.id === id)
}
