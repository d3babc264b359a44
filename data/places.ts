/**
 * The region map's content: the countries it names (by ISO 3166-1 numeric id, the `id` of world-atlas
 * features), the cities it marks, and the highlight steps a slide walks through with clicks.
 * Ids are the atlas's (`natural-earth` in data/sources.ts); each step cites the sources of what it says, and each city
 * the encyclopaedia article its coordinates come from.
 */
import type { Citation } from './sources'

/** [longitude, latitude] in degrees, as d3-geo expects. */
export type LonLat = readonly [number, number]

export const countryIds = [
  '398',
  '643',
  '156',
  '417',
  '860',
  '795',
  '762',
  '004',
] as const
export type CountryId = (typeof countryIds)[number]

export interface MapCountry {
  id: CountryId
  name: string
  /** Where the name sits; for Russia and China a point inside the framed part of the country. */
  labelAt: LonLat
}

export const countries: readonly MapCountry[] = [
  {
    id: '398',
    name: 'Kazakhstan',
    labelAt: [67.5, 48.2],
  },
  {
    id: '643',
    name: 'Russia',
    labelAt: [56, 54.6],
  },
  {
    id: '156',
    name: 'China',
    labelAt: [85.5, 40],
  },
  {
    id: '417',
    name: 'Kyrgyzstan',
    labelAt: [74.6, 41.5],
  },
  {
    id: '860',
    name: 'Uzbekistan',
    labelAt: [63.8, 41.6],
  },
  {
    id: '795',
    name: 'Turkmenistan',
    labelAt: [59, 39],
  },
  {
    id: '762',
    name: 'Tajikistan',
    labelAt: [71, 38.7],
  },
  {
    id: '004',
    name: 'Afghanistan',
    labelAt: [65, 33.3],
  },
]

/** The country every step keeps in focus. */
export const focusCountry: CountryId = '398'

/**
 * The countries the map must show whole: Kazakhstan, its Central Asian neighbours and Afghanistan. Russia and China
 * are framed only around Kazakhstan.
 */
export const wholeCountryIds: readonly CountryId[] = [
  '398',
  '417',
  '860',
  '795',
  '762',
  '004',
]

export interface MapCity {
  id: string
  name: string
  at: LonLat
  country: CountryId
  capital: boolean
  /** Where the coordinates were checked (rounded to 0.01°, ample for a 1:110m map). */
  citation: Citation
}

export const cities: readonly MapCity[] = [
  {
    id: 'astana',
    name: 'Astana',
    at: [71.43, 51.17],
    country: '398',
    capital: true,
    citation: {
      sources: ['wiki-astana'],
    },
  },
  {
    id: 'almaty',
    name: 'Almaty',
    at: [76.9, 43.28],
    country: '398',
    capital: false,
    citation: {
      sources: ['wiki-almaty'],
    },
  },
  {
    id: 'kabul',
    name: 'Kabul',
    at: [69.17, 34.53],
    country: '004',
    capital: true,
    citation: {
      sources: ['wiki-kabul'],
    },
  },
]

/** The Caspian is water between countries in Natural Earth; this is where its name goes. */
export const caspian = {
  name: 'Caspian Sea',
  labelAt: [51, 42] as LonLat,
}

export interface MapStep {
  id: string
  /** One or two sentences, shown beside the map as the text alternative of this step. */
  caption: string
  /** Countries highlighted in this step, besides Kazakhstan, which is always in focus. */
  highlight: readonly CountryId[]
  /** Whether the Caspian Sea is highlighted. */
  caspian?: boolean
  /** 'article' paraphrases the author; 'context' is ours, from the sources it cites (data/sources.ts). */
  kind: 'article' | 'context'
  citation: Citation
}

export interface MapStory {
  id: string
  /** The map's accessible title and its longer description. */
  title: string
  description: string
  /** The map at each step: entry 0 before the first click, entry k after k clicks (logic/figure-steps.ts). */
  steps: readonly MapStep[]
}

const size: Citation = {
  sources: ['kazakhstan-pl-about', 'kazarchives-capital'],
}
const borders: Citation = {
  sources: ['natural-earth'],
}

export const stories = [
  {
    id: 'where',
    title: 'Kazakhstan and its neighbours',
    description: 'Map of Central Asia: Kazakhstan between Russia to the north and China to the east, with Kyrgyzstan, Uzbekistan and Turkmenistan to the south, the Caspian Sea to the west, and Afghanistan beyond Uzbekistan, Tajikistan and Turkmenistan. Cities: Astana, Almaty, Kabul.',
    steps: [
      {
        id: 'kazakhstan',
        caption: 'Kazakhstan: about 2.72 million km², the ninth-largest country and the largest landlocked one. In 1997 the capital moved from Almaty to Akmola (now Astana; Nur-Sultan 2019 – Sep 2022).',
        highlight: [],
        kind: 'context',
        citation: size,
      },
      {
        id: 'neighbours',
        caption: 'Its land borders: Russia, China, Kyrgyzstan, Uzbekistan and Turkmenistan. To the west lies its shore on the Caspian Sea.',
        highlight: ['643', '156', '417', '860', '795'],
        caspian: true,
        kind: 'context',
        citation: borders,
      },
      {
        id: 'afghanistan',
        caption: 'Afghanistan is one ring away: Kazakhstan does not border it. Uzbekistan, Tajikistan and Turkmenistan lie in between.',
        highlight: ['004', '860', '762', '795'],
        kind: 'context',
        citation: borders,
      },
    ],
  },
  {
    id: 'geography',
    title: 'Where the article turns to geography',
    description: 'Map of Central Asia for article paragraphs 9 and 10: Kazakhstan between Russia and China; Afghanistan to the south beyond Uzbekistan, Tajikistan and Turkmenistan; the Caspian Sea to the west.',
    steps: [
      {
        id: 'between',
        caption: 'The author calls Kazakhstan’s position strategically important to the U.S. in its rivalry with China; it sits between Russia and China.',
        highlight: ['643', '156'],
        kind: 'article',
        citation: {
          paragraphs: [9, 7],
        },
      },
      {
        id: 'afghanistan',
        caption: 'Since the U.S. withdrawal from Afghanistan (last U.S. aircraft left Kabul on 30 August 2021), U.S. capacity to operate in the region has decreased, the author argues.',
        highlight: ['004'],
        kind: 'article',
        citation: {
          paragraphs: [10],
          sources: ['arkansas-kabul'],
        },
      },
      {
        id: 'routes',
        caption: 'About 80% of Kazakh oil exports cross Russia in the CPC pipeline. In July 2022, possibly after the article, Tokayev ordered work on routes that bypass Russia.',
        highlight: ['643'],
        caspian: true,
        kind: 'context',
        citation: {
          sources: ['rferl-cpc', 'astanatimes-cpc'],
        },
      },
    ],
  },
] as const satisfies readonly MapStory[]

export type MapStoryId = (typeof stories)[number]['id']

/** Captions longer than this would overflow the panel beside the map. */
export const maxCaptionLength = 200
