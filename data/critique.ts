/**
 * Reading the article critically: the author's checkable claims set against the checked facts,
 * and the strongest objections to his recommendation, each fairly stated with the author's likely reply.
 * Every row carries a Citation; facts come only from facts.md (see data/sources.ts).
 */
import type { Citation } from './sources'
import { citationErrors } from './sources'

/** How a claim fares against the evidence. */
export type Verdict = 'supported' | 'partly supported' | 'understated' | 'errs' | 'contested' | 'unverified' | 'undated'

export const verdictsThatHold: readonly Verdict[] = ['supported', 'partly supported']

export interface ClaimCheck {
  id: string
  /** The author's claim, paraphrased. */
  claim: string
  /** The article paragraphs the claim is made in. */
  paragraphs: readonly number[]
  /** What the checked sources say, in a sentence or two. */
  evidence: string
  verdict: Verdict
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
      sources: ['yahoo-spief'],
    },
  },
  {
    id: 'eaeu-integral',
    claim: 'Astana has always been integral to the idea behind the EAEU.',
    paragraphs: [4],
    evidence: 'Nazarbayev proposed a “Eurasian Union” in Moscow in 1994; the EAEU treaty was signed in Astana in 2014.',
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
    evidence: 'Kazinform (2019): 55 Kazakh-Chinese projects worth $27 billion, in more sectors than these three.',
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
    claim: 'Kazakhstan has no strong memory of the famine, unlike Ukraine’s Holodomor.',
    paragraphs: [8],
    evidence: '31 May honours repression and famine victims; a famine memorial was built in Almaty in 2017.',
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
    evidence: 'A long fall is documented (≈$90m in FY2002; $21–23m in FY2008–10, a narrower measure); no 2012–2022 series was checked.',
    verdict: 'unverified',
    citation: {
      paragraphs: [11],
      sources: ['state-aid-fy2002', 'state-aid-fy2010'],
    },
  },
  {
    // A gap in the text itself, shown against the claim it weakens: a reader needs the date to weigh "now".
    id: 'undated',
    claim: 'Washington should begin “now”, yet the text gives no date.',
    paragraphs: [13],
    evidence: 'Written after Tokayev’s remark of 17 June 2022: cite it as The Diplomatic Pouch, 2022.',
    verdict: 'undated',
    citation: {
      paragraphs: [1],
      sources: ['yahoo-spief'],
    },
  },
]

export const objections: readonly Objection[] = [
  {
    id: 'csto-intervention',
    title: 'Russia’s security hold',
    objection: 'In January 2022 Tokayev himself called in CSTO troops, mostly Russian, to end the unrest. That is not the autonomy the author describes.',
    authorReply: 'The troops left within two weeks, and the author already counts Russia as a CSTO ally (¶7) while arguing for relative autonomy (¶3).',
    replyParagraphs: [3, 7],
    citation: {
      sources: ['tass-csto-request', 'armradio-csto-withdrawal'],
    },
  },
  {
    id: 'oil-through-russia',
    title: 'Russia’s economic hold',
    objection: 'About 80% of Kazakh oil exports cross Russia in the CPC pipeline; in July 2022 a Russian court ordered it suspended. Moscow can punish a tilt West.',
    authorReply: 'Tokayev ordered routes that bypass Russia; U.S. connectivity and infrastructure aid (¶11) could serve exactly that aim.',
    replyParagraphs: [11],
    citation: {
      sources: ['ada-cpc-bypass', 'archy-oil-bypass'],
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
    // The figures stay China's alone: facts.md has no U.S. figure of the same year and scope to set beside them.
    objection: '55 Kazakh-Chinese projects worth $27 billion (2019), and after the article, in September 2022, Xi’s first trip abroad since the pandemic went to Kazakhstan. Can U.S. aid make a difference beside that?',
    authorReply: 'The author does not ask Astana to choose: U.S. ties should complement the multi-vector policy (¶10) and offer alternatives to the BRI (¶11).',
    replyParagraphs: [10, 11],
    citation: {
      sources: ['inform-bri-projects', 'reuters-xi-visit'],
    },
  },
]

/** Rows of the claims table that hold up, or those a careful reader should question. */
export function claimsThat(kind: 'hold' | 'question', checks: readonly ClaimCheck[] = claimChecks): ClaimCheck[] {
  return checks.filter(check => verdictsThatHold.includes(check.verdict) === (kind === 'hold'))
}

function paragraphErrors(id: string, paragraphs: readonly number[]): string[] {
  if (paragraphs.length === 0)
    return [`${id}: names no article paragraph`]
  return paragraphs
    .filter(p => !Number.isInteger(p) || p < 1 || p > 13)
    .map(p => `${id}: cites ¶${p}, which the article does not have`)
}

/** Every problem in the critique data, each naming the offending id; empty when sound. */
export function critiqueErrors(checks: readonly ClaimCheck[] = claimChecks, objectionList: readonly Objection[] = objections): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  for (const item of [
    ...checks,
    ...objectionList,
  ]) {
    if (seen.has(item.id))
      errors.push(`${item.id}: id is used twice`)
    seen.add(item.id)
    errors.push(...citationErrors(item.citation).map(error => `${item.id}: ${error}`))
  }
  for (const check of checks) {
    errors.push(...paragraphErrors(check.id, check.paragraphs))
    if (!check.claim.trim() || !check.evidence.trim())
      errors.push(`${check.id}: needs both a claim and evidence`)
    if (check.verdict !== 'supported' && !(check.citation.sources?.length))
      errors.push(`${check.id}: a claim questioned needs an external source`)
  }
  for (const objection of objectionList) {
    errors.push(...paragraphErrors(objection.id, objection.replyParagraphs))
    if (!objection.objection.trim() || !objection.authorReply.trim())
      errors.push(`${objection.id}: needs both the objection and the author’s reply`)
    if (!(objection.citation.sources?.length))
      errors.push(`${objection.id}: an objection needs an external source`)
  }
  return errors
}

export function assertValidCritique(checks: readonly ClaimCheck[] = claimChecks, objectionList: readonly Objection[] = objections): void {
  const errors = critiqueErrors(checks, objectionList)
  if (errors.length)
    throw new Error(`Invalid critique data:\n${errors.join('\n')}`)
}
