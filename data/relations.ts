/**
 * Who is tied to whom, and how: the actors of the article and the ties between them, each with its source.
 * `status: 'proposed'` marks a tie the author recommends (¶2, ¶9–¶11, ¶13); everything else exists today.
 * A tie cited only to sources in data/sources.ts (no article paragraph) is our context, not the author's claim.
 */
import type { Citation } from './sources'

export type ActorId = 'kz' | 'ru' | 'cn' | 'us' | 'af' | 'ca' | 'eaeu' | 'csto' | 'bri'
export type ActorKind = 'state' | 'region' | 'institution'

export interface Actor {
  id: ActorId
  name: string
  kind: ActorKind
}

export const actors: readonly Actor[] = [
  { id: 'kz', name: 'Kazakhstan', kind: 'state' },
  { id: 'ru', name: 'Russia', kind: 'state' },
  { id: 'cn', name: 'China', kind: 'state' },
  { id: 'us', name: 'United States', kind: 'state' },
  { id: 'af', name: 'Afghanistan', kind: 'state' },
  { id: 'ca', name: 'Other Central Asia', kind: 'region' },
  { id: 'eaeu', name: 'EAEU', kind: 'institution' },
  { id: 'csto', name: 'CSTO', kind: 'institution' },
  { id: 'bri', name: 'BRI', kind: 'institution' },
]

/** The dimensions of a relationship; the article names security, economy, politics, culture and energy. */
export type TieKind = 'security' | 'economy' | 'politics' | 'culture' | 'energy' | 'development'

export const tieKinds: readonly { id: TieKind, label: string }[] = [
  { id: 'security', label: 'Security' },
  { id: 'economy', label: 'Economy' },
  { id: 'politics', label: 'Politics and diplomacy' },
  { id: 'culture', label: 'Culture' },
  { id: 'energy', label: 'Energy and resources' },
  { id: 'development', label: 'Development and aid' },
]

export type TieStatus = 'existing' | 'proposed'

export interface Tie {
  /** Stable id: lowercase words joined by hyphens. */
  id: string
  from: ActorId
  to: ActorId
  kind: TieKind
  /** The edge label: short, in the deck's words, faithful to the source. */
  label: string
  status: TieStatus
  source: Citation
}

export const ties: readonly Tie[] = [
  // Kazakhstan between Russia and China (¶3–¶7). The institutions are named in the labels: as nodes they
  // pushed the diagram to five columns, too wide to read at 12px on a slide.
  {
    id: 'ru-kz-csto-ally',
    from: 'ru',
    to: 'kz',
    kind: 'security',
    label: 'CSTO military ally',
    status: 'existing',
    source: {
      paragraphs: [7],
      sources: ['zakonpravo-csto-charter'],
    },
  },
  {
    id: 'ru-kz-eaeu',
    from: 'ru',
    to: 'kz',
    kind: 'economy',
    label: 'EAEU: Russia-led, Astana has leeway, he argues',
    status: 'existing',
    source: {
      paragraphs: [4],
    },
  },
  {
    id: 'ru-kz-trade',
    from: 'ru',
    to: 'kz',
    kind: 'economy',
    label: 'important trade partner',
    status: 'existing',
    source: {
      paragraphs: [7],
    },
  },
  {
    id: 'ru-kz-politics',
    from: 'ru',
    to: 'kz',
    kind: 'politics',
    label: 'fellow autocracy, not in its camp, he says',
    status: 'existing',
    source: {
      paragraphs: [6],
    },
  },
  {
    id: 'ru-kz-culture',
    from: 'ru',
    to: 'kz',
    kind: 'culture',
    label: 'neocolonial pattern, loosening',
    status: 'existing',
    source: {
      paragraphs: [3, 8],
    },
  },
  {
    id: 'kz-ru-cpc-oil',
    from: 'kz',
    to: 'ru',
    kind: 'energy',
    label: '~80% of oil exports via Russia',
    status: 'existing',
    source: {
      sources: ['rferl-cpc'],
    },
  },
  {
    id: 'kz-cn-multivector',
    from: 'kz',
    to: 'cn',
    kind: 'politics',
    label: 'multi-vector diplomacy',
    status: 'existing',
    source: {
      paragraphs: [7],
      sources: ['ia-multivector'],
    },
  },
  {
    id: 'cn-kz-transport',
    from: 'cn',
    to: 'kz',
    kind: 'economy',
    label: 'major transport investor',
    status: 'existing',
    source: {
      paragraphs: [7],
    },
  },
  {
    id: 'cn-kz-bri',
    from: 'cn',
    to: 'kz',
    kind: 'energy',
    // The 2019 source counts 55 joint projects across many sectors; the three-sector framing is the author's (¶7).
    label: 'BRI: 55+ energy, mining projects, says the author',
    status: 'existing',
    source: {
      paragraphs: [7],
      sources: ['inform-bri-projects'],
    },
  },

  // The United States today and as the author proposes (¶9–¶11)
  {
    // Our context for ¶2's "energy cooperation", which drops out after the thesis: a U.S. stake that exists today.
    id: 'us-kz-cpc-stake',
    from: 'us',
    to: 'kz',
    kind: 'energy',
    label: 'Chevron, ExxonMobil: CPC pipeline shares',
    status: 'existing',
    source: {
      sources: ['rferl-cpc'],
    },
  },
  {
    id: 'us-kz-undefined',
    from: 'us',
    to: 'kz',
    kind: 'politics',
    label: 'undefined policy',
    status: 'existing',
    source: {
      paragraphs: [2, 9],
    },
  },
  {
    id: 'us-kz-aid-declining',
    from: 'us',
    to: 'kz',
    kind: 'development',
    // No source in data/sources.ts gives a consistent aid series for the decade, so the label says whose claim this is.
    label: 'aid declining (author’s claim)',
    status: 'existing',
    source: {
      paragraphs: [11],
    },
  },
  {
    id: 'us-af-withdrawal',
    from: 'us',
    to: 'af',
    kind: 'security',
    label: 'withdrew in 2021',
    status: 'existing',
    source: {
      paragraphs: [10],
      sources: ['arkansas-kabul'],
    },
  },
  {
    id: 'us-kz-diplomacy',
    from: 'us',
    to: 'kz',
    kind: 'politics',
    label: 'more diplomacy',
    status: 'proposed',
    source: {
      paragraphs: [9, 11, 13],
    },
  },
  {
    id: 'us-kz-security',
    from: 'us',
    to: 'kz',
    kind: 'security',
    label: 'regional security',
    status: 'proposed',
    source: {
      paragraphs: [10],
    },
  },
  {
    id: 'us-ca-cooperation',
    from: 'us',
    to: 'ca',
    kind: 'politics',
    label: 'regional cooperation',
    status: 'proposed',
    source: {
      paragraphs: [10],
    },
  },
  {
    id: 'us-kz-development',
    from: 'us',
    to: 'kz',
    kind: 'development',
    label: 'aid as BRI alternative',
    status: 'proposed',
    source: {
      paragraphs: [11, 13],
    },
  },
  {
    id: 'kz-ru-bridge',
    from: 'kz',
    to: 'ru',
    kind: 'politics',
    label: 'a bridge, balancing',
    status: 'proposed',
    source: {
      paragraphs: [11],
    },
  },
  {
    id: 'kz-cn-bridge',
    from: 'kz',
    to: 'cn',
    kind: 'politics',
    label: 'a bridge, balancing',
    status: 'proposed',
    source: {
      paragraphs: [11],
    },
  },
]

/** One click of a diagram: the ties it highlights (by kind, by status, or both). */
export interface DiagramStep {
  label: string
  kinds?: readonly TieKind[]
  status?: TieStatus
}

/** A diagram of the deck: which ties it selects and the steps a lecturer clicks through. */
export interface RelationsView {
  id: string
  /** Becomes the SVG's <title>. */
  title: string
  /** Becomes the SVG's <desc>, before the generated summary of the ties. */
  description: string
  direction: 'LR' | 'TB'
  /** In layout order: nodes are declared in this order, and Mermaid's layout keeps ties from earlier to later actors pointing forward. */
  actors: readonly ActorId[]
  kinds: readonly TieKind[]
  /** Ties citing one of these article paragraphs are selected. */
  paragraphs: readonly number[]
  /** Also select ties with no article paragraph (our context, cited to data/sources.ts): all of them, or only these ids. */
  context: boolean | readonly string[]
  steps: readonly DiagramStep[]
}

export const views = {
  triangle: {
    id: 'triangle',
    title: 'Kazakhstan between Russia and China',
    description: 'Russia on the left, Kazakhstan in the middle, China on the right, tied by security, economy, politics, culture and energy.',
    direction: 'LR',
    actors: ['ru', 'kz', 'cn'],
    kinds: [
      'security',
      'economy',
      'politics',
      'culture',
      'energy',
    ],
    paragraphs: [3, 4, 5, 6, 7],
    context: true,
    steps: [
      {
        label: 'Security',
        kinds: ['security'],
      },
      {
        label: 'Economy',
        kinds: ['economy'],
      },
      {
        label: 'Politics and diplomacy',
        kinds: ['politics'],
      },
      {
        label: 'Culture',
        kinds: ['culture'],
      },
      {
        label: 'Energy and resources',
        kinds: ['energy'],
      },
    ],
  },
  engagement: {
    id: 'engagement',
    title: 'The U.S. engagement the author proposes',
    description: 'Today\'s U.S. ties to Kazakhstan and the region, with the U.S. stake in the CPC oil pipeline, and the ties the author proposes (dashed).',
    direction: 'LR',
    actors: ['us', 'kz', 'af', 'ca', 'ru', 'cn'],
    // Energy is ¶2's field that the later paragraphs drop; the view keeps the U.S. stake in Kazakh oil in sight.
    kinds: [
      'security',
      'politics',
      'development',
      'energy',
    ],
    paragraphs: [9, 10, 11],
    context: ['us-kz-cpc-stake'],
    steps: [
      { label: 'Today (solid)', status: 'existing' },
      {
        label: 'Proposed (dashed): diplomacy, security',
        status: 'proposed',
        kinds: ['politics', 'security'],
      },
      {
        label: 'Proposed (dashed): development',
        status: 'proposed',
        kinds: ['development'],
      },
    ],
  },
} as const satisfies Record<string, RelationsView>

export type ViewId = keyof typeof views
