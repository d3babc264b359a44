/**
 * What a U.S. policymaker could know in late 2022: the facts the fact sheet prints and the role cards cite.
 * Each is dated, sourced (entries of data/sources.ts, by id) and, where the timeline holds the same event, linked to
 * it, so a date is written once. Nothing here is dated 2023 or later: the class decides without hindsight.
 */
import type { Citation } from './sources'
import type { TimelineDate } from './timeline'

export type BriefingTopic = 'security' | 'economy' | 'politics' | 'us-ties'

export interface BriefingFact {
  id: string
  /** When it happened or the time the figure describes; a year, month or day, as in the timeline. */
  date: TimelineDate
  /** How the date reads on paper. */
  displayDate: string
  topic: BriefingTopic
  /** One sentence, no more than its source says. */
  text: string
  /** The timeline event this fact restates, if the timeline has it. */
  event?: string
  source: Citation
}

export const briefingTopics: readonly { id: BriefingTopic, title: string }[] = [
  { id: 'security', title: 'Security and Russia' },
  { id: 'economy', title: 'Energy and the economy' },
  { id: 'politics', title: 'Politics at home and abroad' },
  { id: 'us-ties', title: 'The United States and Kazakhstan' },
]

export const briefingFacts = [
  {
    id: 'size',
    date: '2022',
    displayDate: '2022',
    topic: 'politics',
    text: 'About 2.72 million km², the ninth-largest country and the largest landlocked one; about 20 million people.',
    source: {
      sources: ['kazakhstan-pl-about'],
    },
  },
  {
    id: 'denuclearisation',
    date: '1993',
    displayDate: '1993–1995',
    topic: 'us-ties',
    text: 'Kazakhstan gave up the Soviet nuclear weapons on its soil; with U.S. help the last warheads left in 1995, the cornerstone of U.S.–Kazakh relations.',
    event: 'denuclearisation',
    source: {
      sources: ['state-us-kz-2014'],
    },
  },
  {
    id: 'multi-vector',
    date: '1992',
    displayDate: '1992',
    topic: 'politics',
    text: 'Nazarbayev made balance among the great powers the guiding principle of foreign policy, later called “multi-vector”.',
    event: 'multi-vector',
    source: {
      sources: ['ia-multivector'],
    },
  },
  {
    id: 'csto',
    date: '2002-10-07',
    displayDate: 'Oct 2002',
    topic: 'security',
    text: 'Kazakhstan is a member of the Russian-led Collective Security Treaty Organization, whose Charter was signed in Chișinău.',
    event: 'csto-charter',
    source: {
      sources: ['zakonpravo-csto-charter'],
    },
  },
  {
    id: 'eaeu',
    date: '2014-05-29',
    displayDate: 'May 2014',
    topic: 'economy',
    text: 'The Eurasian Economic Union treaty (Belarus, Kazakhstan, Russia) was signed in Astana; it has been in force since 1 January 2015.',
    event: 'eaeu-treaty',
    source: {
      sources: ['mid-eaeu'],
    },
  },
  {
    id: 'bri',
    date: '2013-09-07',
    displayDate: 'Sep 2013',
    topic: 'economy',
    text: 'Xi Jinping announced the Silk Road Economic Belt, the overland half of the Belt and Road Initiative, in Astana.',
    event: 'bri-astana',
    source: {
      sources: ['usc-xi-astana'],
    },
  },
  {
    id: 'bri-projects',
    date: '2019',
    displayDate: '2019',
    topic: 'economy',
    text: 'Kazinform reported 55 joint Kazakh-Chinese projects worth $27 billion, across metallurgy, oil and gas processing, chemicals, machine-building, agro-processing and logistics.',
    source: {
      sources: ['inform-bri-projects'],
    },
  },
  {
    id: 'cpc-share',
    date: '2022-07',
    displayDate: '2022',
    topic: 'economy',
    text: 'About 80% of Kazakhstan’s oil exports run through the Caspian Pipeline Consortium pipeline across Russia to Novorossiysk; U.S. companies Chevron and ExxonMobil hold shares in it.',
    source: {
      sources: ['rferl-cpc'],
    },
  },
  {
    id: 'cpc-court',
    date: '2022-07-05',
    displayDate: '5–11 Jul 2022',
    topic: 'economy',
    event: 'cpc-court',
    text: 'A Russian court ordered the CPC to suspend operations for 30 days over oil-spill paperwork, weeks after Tokayev’s St Petersburg remarks; loadings went on, and on 11 July an appeals court replaced the order with a fine.',
    source: {
      sources: ['rferl-cpc', 'astanatimes-cpc'],
    },
  },
  {
    id: 'c5plus1',
    date: '2015-11-01',
    displayDate: 'Nov 2015',
    topic: 'us-ties',
    text: 'The first C5+1 ministerial (the United States and the five Central Asian states) met in Samarkand.',
    event: 'c5plus1',
    source: {
      sources: ['state-c5plus1-2015'],
    },
  },
  {
    id: 'aid',
    date: '2010',
    displayDate: '2002–2010',
    topic: 'us-ties',
    text: 'U.S. aid fell over the long run: about $90m from all agencies in FY2002; $21–23m of foreign-operations aid (a narrower measure) in FY2008–2010.',
    source: {
      sources: ['state-aid-fy2002', 'state-aid-fy2010'],
    },
  },
  {
    id: 'tokayev',
    date: '2019-03-20',
    displayDate: 'Mar 2019',
    topic: 'politics',
    text: 'Tokayev, a career diplomat who served at the Soviet embassy in Beijing and speaks Chinese, succeeded Nazarbayev; he won the June 2019 election with 70.96%.',
    event: 'tokayev',
    source: {
      sources: ['wiki-nazarbayev-resignation', 'wiki-2019-election', 'budapest-tokayev'],
    },
  },
  {
    id: 'kabul',
    date: '2021-08-15',
    displayDate: 'Aug 2021',
    topic: 'security',
    text: 'The Taliban entered Kabul; the last U.S. aircraft left on 30 August, completing the U.S. withdrawal from Afghanistan.',
    event: 'kabul',
    source: {
      sources: ['arkansas-kabul'],
    },
  },
  {
    id: 'qantar',
    date: '2022-01-02',
    displayDate: 'Jan 2022',
    topic: 'security',
    text: 'During nationwide unrest Tokayev asked the CSTO for help; about 2,000–2,500 mostly Russian troops arrived and left by 19 January. Official toll: 238 dead.',
    event: 'qantar',
    source: {
      sources: ['tass-csto-request', 'armradio-csto-withdrawal', 'iwpr-bloody-january'],
    },
  },
  {
    id: 'invasion',
    date: '2022-02-24',
    displayDate: 'Feb 2022',
    topic: 'security',
    text: 'Three days after recognising the “DPR” and “LPR”, Russia launched its full-scale invasion of Ukraine.',
    event: 'invasion',
    source: {
      sources: ['armenpress-recognition'],
    },
  },
  {
    id: 'unga-abstention',
    date: '2022-03-02',
    displayDate: 'Mar 2022',
    topic: 'politics',
    event: 'unga-abstention',
    text: 'Kazakhstan abstained, with China and India, on UN General Assembly resolution ES-11/1 deploring Russia’s aggression (141 for, 5 against, 35 abstentions).',
    source: {
      sources: ['asiafinancial-unga', 'wiki-unga-es11-1'],
    },
  },
  {
    id: 'spief',
    date: '2022-06-17',
    displayDate: 'Jun 2022',
    topic: 'politics',
    text: 'At the St Petersburg forum, with Putin on stage, Tokayev said Kazakhstan does not recognise the “quasi-state territories” of Luhansk and Donetsk.',
    event: 'spief',
    source: {
      sources: ['kyivpost-spief'],
    },
  },
  {
    id: 'xi-visit',
    date: '2022-09-14',
    displayDate: 'Sep 2022',
    topic: 'politics',
    text: 'Xi Jinping’s first trip abroad since the pandemic was a state visit to Kazakhstan.',
    event: 'xi-visit',
    source: {
      sources: ['reuters-xi-visit'],
    },
  },
  {
    id: 'capital-name',
    date: '2022-09-17',
    displayDate: 'Sep 2022',
    topic: 'politics',
    text: 'The capital, named Nur-Sultan since March 2019, was renamed Astana again by a decree of 17 September (in effect 19 September).',
    event: 'astana-renamed',
    source: {
      sources: ['panarmenian-nur-sultan', 'tass-astana-rename'],
    },
  },
  {
    id: 'famine-memory',
    date: '2017',
    displayDate: '2017',
    topic: 'politics',
    text: 'Kazakhstan marks 31 May as its day of remembrance of the victims of political repression and famine; a famine memorial was built in Almaty in 2017.',
    source: {
      sources: ['cap-famine-memory'],
    },
  },
] as const satisfies readonly BriefingFact[]

export type BriefingFactId = (typeof briefingFacts)[number]['id']
