/**
 * The deck's timeline: dated, sourced events on four tracks, and the three eras they fall in.
 * Every date and figure comes from the source recorded with it: an entry of data/sources.ts, or the article, cited
 * by paragraph.
 * The article is undated: it cites Tokayev's remark of 17 June 2022 and was written before 2023. So an event after
 * `articleWrittenAfter` and before `articleWrittenBy` may postdate it, and one from 2023 on certainly does
 * (logic/timeline.ts, `articleRelation`). Only events on or before `articleWrittenAfter` are context the author
 * could have known; the rest belong on the "Since the article" slide.
 */
import type { Citation } from './sources'

/** A date as written in the data: a year ("1992"), a month ("2022-07") or a day ("2022-02-24"). */
export type TimelineDate = string

export type TrackId = 'kz-russia' | 'kz-china' | 'kz-west' | 'domestic'

/** Marker shapes, so a track is told apart by shape (and label) as well as by colour. */
export type TrackShape = 'square' | 'triangle' | 'diamond' | 'circle'

export interface TimelineTrack {
  id: TrackId
  label: string
  shape: TrackShape
}

export interface TimelineEvent {
  /** Stable id, used by tests, notes and anchors; never renumbered. */
  id: string
  start: TimelineDate
  /** Last day (or month, or year) of an event that lasts; inclusive. */
  end?: TimelineDate
  /** How the date reads on the slide, when that differs from `start`/`end`. */
  displayDate?: string
  headline: string
  /** One or two short sentences. */
  text: string
  track: TrackId
  source: Citation
}

export interface TimelineEra {
  id: string
  label: string
  start: TimelineDate
  end: TimelineDate
  displayDate?: string
}

/** Track order is row order on the slide, top to bottom. */
export const tracks: readonly TimelineTrack[] = [
  { id: 'kz-russia', label: 'Kazakhstan–Russia', shape: 'square' },
  { id: 'kz-china', label: 'Kazakhstan–China', shape: 'triangle' },
  { id: 'kz-west', label: 'Kazakhstan–U.S./West', shape: 'diamond' },
  { id: 'domestic', label: 'Inside Kazakhstan', shape: 'circle' },
]

/** The last dated event the article cites (Tokayev at the St Petersburg forum, ¶1): it was written on or after this day. */
export const articleWrittenAfter: TimelineDate = '2022-06-17'

/**
 * The first day the article had certainly been written by: it is cited as 2022 (data/article.ts, `year`). The class
 * decides as of the article, so it is also the first day the briefing (data/briefing.ts) may not reach.
 */
export const articleWrittenBy: TimelineDate = '2023-01-01'

/**
 * How an event stands to the undated article, by its start: 'before' on or before `articleWrittenAfter` (the author
 * could know it), 'after' from `articleWrittenBy` on, and 'may postdate' in between (logic/timeline.ts decides it).
 */
export type ArticleRelation = 'before' | 'may postdate' | 'after'

/** Which events a timeline shows. */
export interface TimelineSelection {
  tracks?: readonly TrackId[]
  /** Keep only events in these relations to the article (by their start). */
  relations?: readonly ArticleRelation[]
  /** Keep events that start on or after this date. */
  from?: TimelineDate
  /** Keep events that start on or before this date (a year or month includes all of it). */
  to?: TimelineDate
}

/** One event per click, or one era per click. */
export type StepBy = 'event' | 'era'

/** A timeline the deck shows: the events it selects and how a lecturer clicks through them. */
export interface TimelineView {
  id: string
  selection: TimelineSelection
  stepBy: StepBy
}

/**
 * The deck's timelines, shown with <Timeline view="…" />. Each selects by its relation to the article, which is
 * reckoned from `articleWrittenAfter` and `articleWrittenBy` above, so "before" and "since the article" can never
 * overlap or leave an event out.
 */
export const timelineViews = {
  'context': {
    id: 'context',
    selection: {
      relations: ['before'],
    },
    stepBy: 'era',
  },
  'us-track': {
    id: 'us-track',
    selection: {
      tracks: ['kz-west'],
      relations: ['before'],
    },
    stepBy: 'event',
  },
  'since-article': {
    id: 'since-article',
    selection: {
      relations: ['may postdate', 'after'],
    },
    stepBy: 'event',
  },
} as const satisfies Record<string, TimelineView>

export type TimelineViewId = keyof typeof timelineViews

export const timelineEvents: readonly TimelineEvent[] = [
  {
    id: 'famine',
    start: '1930',
    end: '1933',
    displayDate: '1930–1933',
    headline: 'Kazakh famine (Asharshylyk)',
    text: 'About 1.5–2.3 million deaths (estimates vary); 38–42% of all ethnic Kazakhs died.',
    track: 'domestic',
    source: {
      paragraphs: [8],
      sources: ['wiki-kazakh-famine'],
    },
  },
  {
    id: 'nazarbayev-elected',
    start: '1990-04-24',
    headline: 'Nazarbayev elected President of the Kazakh SSR',
    text: 'Elected by the republic’s Supreme Soviet.',
    track: 'domestic',
    source: {
      sources: ['wiki-1990-election'],
    },
  },
  {
    id: 'independence',
    start: '1991-12-16',
    headline: 'Kazakhstan declares independence',
    text: 'The last Soviet republic to do so.',
    track: 'domestic',
    source: {
      sources: ['state-us-kz-2014'],
    },
  },
  {
    id: 'us-recognition',
    start: '1991-12-25',
    headline: 'The United States recognises Kazakhstan',
    text: 'Nine days after the declaration of independence.',
    track: 'kz-west',
    source: {
      sources: ['state-us-kz-2014'],
    },
  },
  {
    id: 'multi-vector',
    start: '1992',
    headline: 'Balance among the great powers set as policy',
    text: 'Nazarbayev’s guiding principle; the label “multi-vector” came later.',
    track: 'domestic',
    source: {
      paragraphs: [7],
      sources: ['ia-multivector'],
    },
  },
  {
    id: 'cst-signed',
    start: '1992-05-15',
    headline: 'Collective Security Treaty signed in Tashkent',
    text: 'Kazakhstan is among the signatories.',
    track: 'kz-russia',
    source: {
      sources: ['kremlin-cst'],
    },
  },
  {
    id: 'denuclearisation',
    start: '1993',
    end: '1995',
    displayDate: '1993–1995',
    headline: 'Kazakhstan gives up Soviet nuclear weapons',
    text: 'With U.S. help the last warheads leave in 1995: the cornerstone of U.S.–Kazakh relations.',
    track: 'kz-west',
    source: {
      sources: ['state-us-kz-2014'],
    },
  },
  {
    id: 'eurasian-union-idea',
    start: '1994-03-29',
    headline: 'Nazarbayev proposes a “Eurasian Union”',
    text: 'In a speech at Moscow State University, Kazakhstan’s president proposes the integration idea behind the later EAEU.',
    track: 'kz-russia',
    source: {
      paragraphs: [4],
      sources: ['sultanov-eurasian'],
    },
  },
  {
    id: 'csto-charter',
    start: '2002-10-07',
    headline: 'CSTO Charter signed in Chișinău',
    text: 'In force 2003; Russia and Kazakhstan among the members: a military alliance.',
    track: 'kz-russia',
    source: {
      paragraphs: [7],
      sources: ['zakonpravo-csto-charter'],
    },
  },
  {
    id: 'bri-astana',
    start: '2013-09-07',
    headline: 'Xi announces the Silk Road Economic Belt in Astana',
    text: 'The overland half of the Belt and Road Initiative, launched at Nazarbayev University.',
    track: 'kz-china',
    source: {
      paragraphs: [7],
      sources: ['usc-xi-astana'],
    },
  },
  {
    id: 'eaeu-treaty',
    start: '2014-05-29',
    headline: 'Eurasian Economic Union treaty signed in Astana',
    text: 'Belarus, Kazakhstan and Russia; in force from 1 January 2015.',
    track: 'kz-russia',
    source: {
      paragraphs: [4],
      sources: ['mid-eaeu'],
    },
  },
  {
    id: 'c5plus1',
    start: '2015-11-01',
    headline: 'First C5+1 ministerial, Samarkand',
    text: 'The United States and the five Central Asian states meet as a group.',
    track: 'kz-west',
    source: {
      sources: ['state-c5plus1-2015'],
    },
  },
  {
    id: 'tokayev',
    start: '2019-03-20',
    headline: 'Tokayev succeeds Nazarbayev',
    text: 'Nazarbayev’s resignation takes effect; Tokayev wins the June 2019 election with 70.96%.',
    track: 'domestic',
    source: {
      paragraphs: [6],
      sources: ['wiki-nazarbayev-resignation', 'wiki-2019-election'],
    },
  },
  {
    id: 'nur-sultan',
    start: '2019-03-23',
    headline: 'Capital renamed Nur-Sultan',
    text: 'Its official name until 17–19 September 2022: where the article says “Astana”, the capital was then Nur-Sultan, if the article was written before that.',
    track: 'domestic',
    source: {
      sources: ['panarmenian-nur-sultan'],
    },
  },
  {
    id: 'kabul',
    start: '2021-08-15',
    end: '2021-08-30',
    displayDate: '15–30 Aug 2021',
    headline: 'Kabul falls; the U.S. leaves Afghanistan',
    text: 'The Taliban enter Kabul; the last U.S. aircraft leaves on 30 August.',
    track: 'kz-west',
    source: {
      paragraphs: [10],
      sources: ['arkansas-kabul'],
    },
  },
  {
    id: 'qantar',
    start: '2022-01-02',
    end: '2022-01-19',
    displayDate: '2–19 Jan 2022',
    headline: 'January unrest; CSTO troops sent in',
    text: 'Tokayev asks the CSTO for help; about 2,000–2,500 mostly Russian troops, gone by 19 January. Official toll: 238 dead.',
    track: 'kz-russia',
    source: {
      sources: ['tass-csto-request', 'armradio-csto-withdrawal', 'iwpr-bloody-january'],
    },
  },
  {
    id: 'recognition',
    start: '2022-02-21',
    headline: 'Russia recognises the “DPR” and “LPR”',
    text: 'Moscow recognises the two breakaway regions of eastern Ukraine.',
    track: 'kz-russia',
    source: {
      sources: ['armenpress-recognition'],
    },
  },
  {
    id: 'invasion',
    start: '2022-02-24',
    headline: 'Russia invades Ukraine',
    text: 'The full-scale invasion that opens the article.',
    track: 'kz-russia',
    source: {
      paragraphs: [1],
      sources: ['armenpress-recognition'],
    },
  },
  {
    id: 'unga-abstention',
    start: '2022-03-02',
    headline: 'Kazakhstan abstains on the UN vote deploring Russia’s aggression',
    text: 'General Assembly resolution ES-11/1: 141 for, 5 against, 35 abstentions, Kazakhstan and China among them.',
    track: 'kz-russia',
    source: {
      paragraphs: [1],
      sources: ['asiafinancial-unga', 'wiki-unga-es11-1'],
    },
  },
  {
    id: 'spief',
    start: '2022-06-17',
    headline: 'Tokayev, beside Putin, rejects the “quasi-states”',
    text: 'At the St Petersburg forum: no recognition of Luhansk and Donetsk (nor Taiwan, Kosovo, South Ossetia, Abkhazia).',
    track: 'kz-russia',
    source: {
      paragraphs: [1],
      sources: ['kyivpost-spief'],
    },
  },
  {
    id: 'cpc-court',
    start: '2022-07-05',
    end: '2022-07-11',
    displayDate: '5–11 Jul 2022',
    headline: 'Russian court orders the CPC oil pipeline suspended',
    text: 'A 30-day suspension ordered in Novorossiysk; loadings went on, and on appeal a fine replaced it within days.',
    track: 'kz-russia',
    source: {
      sources: ['rferl-cpc', 'astanatimes-cpc'],
    },
  },
  {
    id: 'xi-visit',
    start: '2022-09-14',
    headline: 'Xi’s first trip abroad since the pandemic: Kazakhstan',
    text: 'A state visit to Kazakhstan.',
    track: 'kz-china',
    source: {
      sources: ['reuters-xi-visit'],
    },
  },
  {
    id: 'astana-renamed',
    start: '2022-09-17',
    displayDate: '17 Sep 2022',
    headline: 'Capital renamed back to Astana',
    text: 'Decree signed 17 September, in effect 19 September.',
    track: 'domestic',
    source: {
      sources: ['tass-astana-rename'],
    },
  },
  {
    id: 'blinken-astana',
    start: '2023-02-28',
    headline: 'Blinken’s first visit to Kazakhstan',
    text: 'C5+1 ministerial in Astana; $25m more for the Economic Resilience Initiative for Central Asia.',
    track: 'kz-west',
    source: {
      sources: ['interfax-blinken'],
    },
  },
  {
    id: 'c5plus1-summit',
    start: '2023-09-19',
    headline: 'First C5+1 presidential summit, New York',
    text: 'Tokayev and the other Central Asian presidents meet President Biden in New York: C5+1 at the highest level.',
    track: 'kz-west',
    source: {
      sources: ['inform-c5plus1-summit', 'akipress-c5plus1-summit'],
    },
  },
]

export const eras: readonly TimelineEra[] = [
  {
    id: 'soviet',
    label: 'Soviet',
    // Soviet rule began before 1930; the band opens where the deck's first event does.
    start: '1930',
    end: '1991-12-15',
    displayDate: 'to Dec 1991',
  },
  {
    id: 'nazarbayev',
    label: 'Nazarbayev',
    // As president of independent Kazakhstan; he led the Kazakh SSR from 1990 (see that event).
    start: '1991-12-16',
    end: '2019-03-19',
    displayDate: 'Dec 1991 – Mar 2019',
  },
  {
    id: 'tokayev',
    label: 'Tokayev',
    // Still in office; the band closes at the deck's last dated event with Tokayev as president.
    start: '2019-03-20',
    end: '2023-09-19',
    displayDate: 'from Mar 2019',
  },
]
