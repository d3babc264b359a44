/**
 * The seats at the role-play's NSC table, written once: the role-play slide lists them (through data/discussion.ts)
 * and the role cards print each one in full. Facts are ids into data/briefing.ts, so every fact a seat uses is dated
 * before 2023 and sourced there.
 */
import type { BriefingFactId } from './briefing'

/** The decision's options, as lettered in `rolePlay.options`. */
export type OptionLetter = 'A' | 'B' | 'C'

export interface Seat {
  id: string
  /** The seat at the table. */
  title: string
  /** Who you are, in one or two sentences, to the student who takes the seat. */
  who: string
  /** What this seat wants out of the meeting, in short phrases. */
  interests: readonly string[]
  /** Paragraphs of the article this seat will lean on. */
  paragraphs: readonly number[]
  /** Four to six facts as of late 2022 (ids in data/briefing.ts). */
  facts: readonly BriefingFactId[]
  /** What this seat cannot accept, in one sentence. */
  redLine: string
  /** The question this seat must put to another seat during the debate. */
  question: { to: string, text: string }
  /** The option this seat comes to the table arguing for; the chair argues for none. */
  argues?: OptionLetter
}

export const seats: readonly Seat[] = [
  {
    id: 'nsa',
    title: 'National Security Adviser (chair)',
    who: 'You chair the meeting and take one recommendation to the President. You speak last and decide only after every seat has been heard.',
    interests: ['one clear recommendation for the President', 'every agency heard'],
    paragraphs: [2, 13],
    facts: [
      'invasion',
      'qantar',
      'spief',
      'unga-abstention',
      'xi-visit',
    ],
    redLine: 'No recommendation leaves the room without its terms and a date to review it.',
    question: { to: 'intelligence', text: 'How confident are you that Moscow’s hold on Kazakhstan has weakened, and what would change your mind?' },
  },
  {
    id: 'state',
    title: 'State Department, Central Asia',
    who: 'You run U.S. diplomacy with the five Central Asian states. You think the author is right that U.S. policy has been undefined (¶2, ¶9).',
    interests: ['help Astana keep its balancing position', 'reach to the other Central Asian states'],
    paragraphs: [10, 11],
    facts: [
      'multi-vector',
      'c5plus1',
      'spief',
      'xi-visit',
      'denuclearisation',
    ],
    redLine: 'No policy that asks Astana to choose a camp against Moscow or Beijing (¶10).',
    question: { to: 'rights', text: 'Which condition would you attach that Astana could accept without losing face before Moscow?' },
    argues: 'A',
  },
  {
    id: 'usaid',
    title: 'USAID',
    who: 'You manage U.S. development aid. The author says that aid has declined for a decade and should grow (¶11).',
    interests: ['reverse the decline in aid', 'connectivity and high-tech projects as alternatives to the BRI'],
    paragraphs: [11],
    facts: [
      'aid',
      'bri',
      'bri-projects',
      'xi-visit',
      'tokayev',
    ],
    redLine: 'No aid package too small to offer an alternative to Chinese projects.',
    question: { to: 'treasury', text: 'How would conditions on aid stop sanctions evasion that aid itself does not pay for?' },
    argues: 'A',
  },
  {
    id: 'energy',
    title: 'Energy and Commerce',
    who: 'You speak for U.S. energy and trade interests. ¶2 asks for energy and economic cooperation; U.S. companies already have a stake in Kazakh oil.',
    interests: ['secure Kazakh oil exports and the U.S. stake in the CPC', 'routes that bypass Russia'],
    paragraphs: [2, 5],
    facts: [
      'cpc-share',
      'cpc-court',
      'eaeu',
      'bri-projects',
      'spief',
    ],
    redLine: 'Nothing that gives Moscow a pretext to order the CPC pipeline suspended again.',
    question: { to: 'defense', text: 'If Russia can order the pipeline suspended, what can Washington do about it besides wait?' },
    argues: 'A',
  },
  {
    id: 'treasury',
    title: 'Treasury, sanctions',
    who: 'You enforce the sanctions on Russia. ¶12 asks which kind of autocratic regime Washington prefers: one that helps Moscow evade sanctions, or one that sees itself as distinct from the Kremlin’s “Russkyi mir” and seeks the West.',
    interests: ['no sanctions evasion for Russia through Kazakhstan', 'enforcement that stays credible'],
    paragraphs: [12],
    facts: [
      'eaeu',
      'invasion',
      'unga-abstention',
      'cpc-share',
      'csto',
    ],
    redLine: 'No new money without a commitment on sanctions enforcement.',
    question: { to: 'energy', text: 'Inside a customs union with Russia, how do we know U.S. trade does not leak to Moscow?' },
    argues: 'B',
  },
  {
    id: 'rights',
    title: 'Democracy and human rights',
    who: 'You speak for democracy and human rights policy. ¶1 calls Kazakhstan a consolidated authoritarian regime; ¶12 sets that principle aside.',
    interests: ['accountability for January 2022', 'conditions on aid'],
    paragraphs: [1, 6, 12],
    facts: [
      'qantar',
      'tokayev',
      'unga-abstention',
      'aid',
    ],
    redLine: 'No aid to the security forces without an accounting for January 2022.',
    question: { to: 'state', text: 'What does Washington get for its support if Astana never reforms?' },
    argues: 'B',
  },
  {
    id: 'defense',
    title: 'Defense, regional security',
    who: 'You plan U.S. security in the region. Since the withdrawal from Afghanistan, the author says, U.S. capacity there has fallen (¶10).',
    interests: ['capacity in the region after Afghanistan', 'no provocation of Russia on its CSTO ally'],
    paragraphs: [7, 10],
    facts: [
      'kabul',
      'csto',
      'qantar',
      'denuclearisation',
      'size',
    ],
    redLine: 'No step that Moscow could read as pulling a CSTO member out of its alliance.',
    question: { to: 'state', text: 'If unrest returns, whose troops will Astana call, and what does that say about our leverage?' },
    argues: 'C',
  },
  {
    id: 'intelligence',
    title: 'Intelligence',
    who: 'You speak for the intelligence community. ¶9 rests on Moscow’s “fundamental weakening”: you say whether the evidence shows it, and argue from that estimate.',
    interests: ['an honest estimate of Russia’s hold on Kazakhstan', 'no policy built on a premise not yet shown'],
    paragraphs: [1, 9],
    facts: [
      'qantar',
      'cpc-court',
      'unga-abstention',
      'spief',
      'famine-memory',
    ],
    redLine: 'No decision that treats Russia’s weakening as settled before the evidence shows it.',
    question: { to: 'usaid', text: 'If Moscow can still threaten the oil route, what would more aid change in Astana’s choices?' },
    argues: 'C',
  },
]

/** The debrief after the decision: what to ask the table, and what a strong answer contains. */
export interface DebriefQuestion {
  question: string
  strongAnswer: string
}

export const debrief: readonly DebriefQuestion[] = [
  {
    question: 'Which option did the chair choose, and which seat’s argument decided it?',
    strongAnswer: 'Names the option and its terms, and traces the decision to an argument made at the table with its evidence (a fact card or ¶N), not to who spoke loudest.',
  },
  {
    question: 'Is Moscow’s “fundamental weakening” (¶9) shown by the facts of 2022?',
    strongAnswer: 'Weighs both ways: Tokayev’s refusal to recognise the “quasi-states” (June 2022) against the CSTO troops of January 2022, the court order against the CPC in July and the abstention at the UN in March; concludes the premise is the author’s, not established.',
  },
  {
    question: 'What does the CPC pipeline tell us about the limits of U.S. leverage?',
    strongAnswer: 'About 80% of Kazakh oil exports cross Russia; a Russian court could order the pipeline suspended, though loadings went on and the order was replaced by a fine. U.S. companies hold a stake, so energy ties are an interest and a vulnerability at once.',
  },
  {
    question: 'Did anyone attach conditions, and could Washington check them?',
    strongAnswer: 'Separates ¶12 (which sets democracy against autocracy aside) from conditions, which the author never discusses; proposes a condition that can be observed (sanctions enforcement, an accounting for January 2022) and a date to review it.',
  },
  {
    question: 'Where does your decision part from the author’s recommendation (¶13), and why?',
    strongAnswer: 'States the author’s recommendation accurately (stronger diplomacy and more development aid, begun now) and names the fact or objection that moved the group toward or away from it.',
  },
]
