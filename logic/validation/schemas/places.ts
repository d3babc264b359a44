/** data/places.ts: countries the atlas has, cities inside them, and map stories whose steps fit beside the map. */
import type { Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json'
import { z } from 'zod'
import { countries, maxCaptionLength } from '../../../data/places'
import { countryFeatures } from '../../map'
import { citation, oneOf, records, slug, text } from '../rules'

const atlasIds = countryFeatures(atlas as unknown as Topology).map(feature => feature.id)

const lonLat = z.tuple([
  z.number(),
  z.number(),
]).refine(
  ([lon, lat]) => lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90,
  'is outside [-180..180, -90..90] as [longitude, latitude]',
)
const countryId = oneOf(() => countries.map(country => country.id), 'the map\'s countries')

export const countryList = records(z.object({
  id: oneOf(() => atlasIds, 'the atlas (world-atlas countries-110m)'),
  name: text,
  labelAt: lonLat,
}))

export const cityList = records(z.object({
  id: slug,
  name: text,
  at: lonLat,
  country: countryId,
  citation,
}))

export const storyList = records(z.object({
  id: slug,
  title: text,
  description: text,
  steps: records(z.object({
    id: slug,
    caption: text.refine(caption => caption.length <= maxCaptionLength, {
      error: issue => `is ${String(issue.input).length} characters, over the ${maxCaptionLength} the panel beside the map holds`,
    }),
    highlight: z.array(countryId),
    citation,
  })).min(1, 'has no steps'),
}))
