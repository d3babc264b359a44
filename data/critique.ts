/**
 * Reading the article critically: the author's checkable claims set against the checked facts,
 * and the strongest objections to his recommendation, each fairly stated with the author's likely reply.
 * Every row carries a Citation; a fact beyond the article comes only from a source recorded in data/sources.ts.
 */
import type { Citation } from './sources'

/** How a claim fares against the evidence; 'does not follow' judges an inference, not a fact. */
export type ClaimVerdict = 'supported' | 'partly supported' | 'understated' | 'errs' | 'contested' | 'unverified' | 'undated' | 'does not follow'

export const verdictsThatHold: readonly ClaimVerdict[] = ['supported', 'partly supported']

export interface ClaimCheck {
  id: string
  /** The author's claim, paraphrased: only what he says, never our remark on it (that goes in `evidence`). */
  claim: string
  /** The article paragraphs the claim is made in. */
  paragraphs: readonly number[]
  /** What the checked sources say, in a sentence or two. */
  evidence: string
  verdict: ClaimVerdict
  citation: Citation
}

export interface Objection {
  id: string
  /** A short heading for the card. */
  title: string
  /** The objection, stated as its strongest advocate would put it. */
  objection: string
  /** How the author could answer, from his own paragraphs. */
  authorReply: string
  /** The paragraphs the reply draws on. */
  replyParagraphs: readonly number[]
  citation: Citation
}

export const claimChecks: readonly ClaimCheck[] = [
  {
    id: 'quasi-states',
    claim: 'Tokayev refused to recognise the breakaway regions and called them “quasi-states”.',
    paragraphs: [1],
    evidence: 'At the St Petersburg forum on 17 June 2022, with Putin on stage, he said Kazakhstan does not recognise them.',
    verdict: 'supported',
    citation: {
      paragraphs: [1],
      sources: ['kyivpost-spief'],
    },
  },
  {
    // Only the premise of ¶4: the autonomy he infers from it is judged in `reasoningTests` ('eaeu-autonomy').
    id: 'eaeu-integral',
    claim: 'Astana has always been integral to the idea behind the EAEU.',
    paragraphs: [4],
    evidence: 'Nazarbayev proposed a “Eurasian Union” in 1994; the treaty was signed in Astana in 2014. The autonomy he infers is judged separately.',
    verdict: 'supported',
    citation: {
      paragraphs: [4],
      sources: ['sultanov-eurasian', 'mid-eaeu'],
    },
  },
  {
    id: 'bri-55',
    claim: 'China invests in at least 55 major BRI projects in petrochemicals, energy and mining.',
    paragraphs: [7],
    // The number exists; the three-sector framing is the author's and narrower than the source.
    evidence: 'Kazinform (2019): 55 joint projects worth $27 billion, across many sectors (metallurgy, machine-building, agro-processing, logistics…). How many are in his three is unknown.',
    verdict: 'partly supported',
    citation: {
      paragraphs: [7],
      sources: ['inform-bri-projects'],
    },
  },
  {
    id: 'csto-ally',
    claim: 'Russia is Kazakhstan’s military ally under the CSTO.',
    paragraphs: [7],
    evidence: 'Kazakhstan signed the Collective Security Treaty (1992) and the CSTO Charter (2002).',
    verdict: 'supported',
    citation: {
      paragraphs: [7],
      sources: ['kremlin-cst', 'zakonpravo-csto-charter'],
    },
  },
  {
    id: 'interpreter',
    claim: 'Tokayev “long served as an interpreter in China”.',
    paragraphs: [7],
    evidence: 'A career Soviet diplomat: studied Chinese, served at the Beijing embassy c. 1985–1991.',
    verdict: 'understated',
    citation: {
      paragraphs: [7],
      sources: ['budapest-tokayev'],
    },
  },
  {
    id: 'cold-war-famines',
    claim: 'The Soviet famines in Kazakhstan happened “during the Cold War”.',
    paragraphs: [8],
    evidence: 'The famine (Asharshylyk) was in 1930–1933, before the Cold War began.',
    verdict: 'errs',
    citation: {
      paragraphs: [8],
      sources: ['wiki-kazakh-famine'],
    },
  },
  {
    id: 'famine-memory',
    claim: 'Kazakhstan has “arguably not developed a strong cultural memory of resentment”.',
    paragraphs: [8],
    evidence: '31 May remembers victims of repression and famine; a famine memorial was built in Almaty in 2017.',
    verdict: 'contested',
    citation: {
      paragraphs: [8],
      sources: ['cap-famine-memory'],
    },
  },
  {
    id: 'aid-decline',
    claim: 'U.S. aid to Kazakhstan has been declining for the past decade.',
    paragraphs: [11],
    evidence: 'A long fall: ≈$90m in FY2002; $21–23m in FY2008–10 (a narrower measure). No 2012–2022 series was checked.',
    verdict: 'unverified',
    citation: {
      paragraphs: [11],
      sources: ['state-aid-fy2002', 'state-aid-fy2010'],
    },
  },
  {
    // A gap in the text itself, shown against the claim it weakens: a reader needs the date to weigh "now".
    id: 'undated',
    claim: 'Washington should begin “now”.',
    paragraphs: [13],
    evidence: 'The text gives no date; its last event is 17 June 2022. Cite as 2022.',
    verdict: 'undated',
    citation: {
      paragraphs: [1],
      sources: ['kyivpost-spief'],
    },
  },
]

export const objections: readonly Objection[] = [
  {
    id: 'csto-intervention',
    title: 'Russia’s security hold',
    objection: 'In January 2022 Tokayev himself called in CSTO troops, mostly Russian, during the unrest. That is not the autonomy the author describes.',
    authorReply: 'The troops left within two weeks, and the author already counts Russia as a CSTO ally (¶7) while arguing for relative autonomy (¶3).',
    replyParagraphs: [3, 7],
    citation: {
      sources: ['tass-csto-request', 'armradio-csto-withdrawal'],
    },
  },
  {
    id: 'oil-through-russia',
    title: 'Russia’s economic hold',
    objection: 'About 80% of Kazakh oil exports cross Russia in the CPC pipeline; in July 2022, possibly after the article, a Russian court ordered it suspended (a fine replaced the order within days). Moscow holds a lever.',
    authorReply: 'Tokayev ordered work on routes that bypass Russia; U.S. connectivity and infrastructure aid (¶11) could serve exactly that aim.',
    replyParagraphs: [11],
    citation: {
      sources: ['rferl-cpc', 'astanatimes-cpc'],
    },
  },
  {
    id: 'human-rights',
    title: 'Human rights',
    objection: 'The January 2022 unrest left 238 dead by the official count. Rewarding that government with aid costs U.S. credibility and leverage on rights.',
    authorReply: 'The author separates principle from the situation on the ground: Washington cannot always choose democracies as partners (¶12).',
    replyParagraphs: [12],
    citation: {
      sources: ['iwpr-bloody-january'],
    },
  },
  {
    id: 'china-weight',
    title: 'China’s economic weight',
    // The figures stay China's alone: no source in data/sources.ts gives a U.S. figure of the same year and scope to set beside them.
    objection: '55 Kazakh-Chinese projects worth $27 billion (2019), and in September 2022, possibly after the article, Xi’s first trip abroad since the pandemic went to Kazakhstan. Can U.S. aid make a difference beside that?',
    authorReply: 'The author does not ask Astana to choose: U.S. ties should complement the multi-vector policy (¶10) and offer alternatives to the BRI (¶11).',
    replyParagraphs: [10, 11],
    citation: {
      sources: ['inform-bri-projects', 'reuters-xi-visit'],
    },
  },
]

/** One half of a step in the author's reasoning, judged on its own. */
export interface ReasoningPart {
  /** What the author says, paraphrased or quoted (short, in quotation marks). */
  text: string
  verdict: ClaimVerdict
  /** Why: the checked fact, or what his own text does or does not show. */
  because: string
}

/**
 * A step of the author's reasoning, judged in two halves: the premise he states and the inference he draws from it.
 * A true premise does not make the inference sound, and a reader must be able to say which half fails.
 */
export interface ReasoningTest {
  id: string
  paragraphs: readonly number[]
  premise: ReasoningPart
  inference: ReasoningPart
  citation: Citation
}

export const reasoningTests: readonly ReasoningTest[] = [
  {
    id: 'most-vocal',
    paragraphs: [1],
    premise: {
      text: 'Tokayev refused to recognise the breakaway regions, the “quasi-states”.',
      verdict: 'supported',
      because: 'He said so beside Putin on 17 June 2022.',
    },
    inference: {
      text: 'So Kazakhstan has “arguably been the most vocal and direct” in opposing the war.',
      verdict: 'contested',
      because: 'On 2 March 2022 it abstained on the UN General Assembly resolution deploring Russia’s aggression (ES-11/1).',
    },
    citation: {
      paragraphs: [1],
      sources: ['kyivpost-spief', 'asiafinancial-unga', 'wiki-unga-es11-1'],
    },
  },
  {
    id: 'eaeu-autonomy',
    paragraphs: [4],
    premise: {
      text: 'Astana has always been integral to the idea behind the EAEU.',
      verdict: 'supported',
      because: 'Nazarbayev proposed a “Eurasian Union” in 1994; the treaty was signed in Astana in 2014.',
    },
    inference: {
      text: 'So it “enjoys a significant degree of autonomy in its policy options”.',
      verdict: 'does not follow',
      because: 'Authoring an idea is not autonomy in a union he says Russia dominates; he names no EAEU choice Astana made against Moscow.',
    },
    citation: {
      paragraphs: [4],
      sources: ['sultanov-eurasian', 'mid-eaeu'],
    },
  },
  {
    id: 'moscow-weakened',
    paragraphs: [9],
    premise: {
      text: 'A regional “power grab” followed “Moscow’s fundamental weakening”.',
      verdict: 'contested',
      because: 'In 2022 most CSTO troops sent in were Russian (January), and a Russian court could order the CPC, ~80% of Kazakh oil exports, suspended (July, possibly after the article).',
    },
    inference: {
      text: 'So Washington should “seize the opportunity”: “as long as the West is willing, Astana will follow suit”.',
      verdict: 'does not follow',
      because: 'Only if Moscow’s hold has loosened; and Astana’s interest rests on “growing public discontent with China’s influence”, for which he gives no evidence.',
    },
    citation: {
      paragraphs: [9],
      sources: ['tass-csto-request', 'rferl-cpc'],
    },
  },
]
