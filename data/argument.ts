/**
 * The argument map of the article's thesis: the claim, the reasons for it, the evidence for each reason,
 * the author's own qualification, and the recommendation that follows. Every node cites its paragraphs.
 * A ground he gives without any evidence (¶9's "growing public discontent with China's influence") is an
 * 'assertion', never 'evidence': the map must not lend it a weight the text does not.
 * Wording is ours (paraphrase); short quoted phrases are the author's.
 */
import type { Citation } from './sources'

export type ArgumentRole = 'claim' | 'reason' | 'evidence' | 'assertion' | 'qualification' | 'recommendation'

export const argumentRoles: readonly { id: ArgumentRole, label: string }[] = [
  { id: 'claim', label: 'Claim' },
  { id: 'reason', label: 'Reason' },
  { id: 'evidence', label: 'Evidence' },
  // An assertion the author gives no evidence for; the short label keeps the diagram's column narrow.
  { id: 'assertion', label: 'Unsupported' },
  { id: 'qualification', label: 'Qualification' },
  { id: 'recommendation', label: 'Recommendation' },
]

export interface ArgumentNode {
  id: string
  role: ArgumentRole
  /**
   * Completes "<Role>: …" in a few words (the diagram and the outline prefix the role). Mermaid wraps a label at
   * about 25 characters, and two-line labels in the busiest column would shrink the map's text below 12px.
   */
  text: string
  source: Citation
}

export type ArgumentLinkKind = 'supports' | 'qualifies' | 'leads-to'

export interface ArgumentLink {
  from: string
  to: string
  kind: ArgumentLinkKind
}

export interface ArgumentMap {
  title: string
  description: string
  nodes: readonly ArgumentNode[]
  links: readonly ArgumentLink[]
  /** The clicks of the slide, in order: each highlights the nodes of its roles. */
  steps: readonly { label: string, roles: readonly ArgumentRole[] }[]
}

export const thesisArgument: ArgumentMap = {
  title: 'Argument map of the thesis',
  description: 'Evidence, and one assertion he gives no evidence for, supports four reasons; the reasons support the claim that U.S. policy toward Kazakhstan is undefined and must change; the claim leads to the recommendation.',
  nodes: [
    {
      id: 'claim',
      role: 'claim',
      text: 'U.S. policy toward Kazakhstan is undefined and must change',
      source: {
        paragraphs: [2, 9],
      },
    },
    {
      id: 'diverging',
      role: 'reason',
      text: 'diverging from Moscow',
      source: {
        paragraphs: [1, 3],
      },
    },
    {
      id: 'between',
      role: 'reason',
      text: 'balances Russia and China',
      source: {
        paragraphs: [7, 9],
      },
    },
    {
      id: 'strategic',
      role: 'reason',
      text: 'matters to U.S. strategy',
      source: {
        paragraphs: [9, 10],
      },
    },
    {
      id: 'open',
      role: 'reason',
      text: 'open to the West',
      source: {
        paragraphs: [9, 12],
      },
    },
    {
      id: 'quasi-states',
      role: 'evidence',
      text: '“quasi-states”',
      source: {
        paragraphs: [1],
        sources: ['kyivpost-spief'],
      },
    },
    {
      id: 'autonomy',
      role: 'evidence',
      text: 'EAEU role',
      source: {
        paragraphs: [3, 4],
      },
    },
    {
      id: 'market',
      role: 'evidence',
      text: 'free market',
      source: {
        paragraphs: [5],
      },
    },
    {
      id: 'rule-of-law',
      role: 'evidence',
      text: 'rule of law',
      source: {
        paragraphs: [6],
      },
    },
    {
      id: 'consciousness',
      role: 'evidence',
      text: 'cultural shift',
      source: {
        paragraphs: [8],
      },
    },
    {
      id: 'two-neighbours',
      role: 'evidence',
      text: 'BRI and CSTO',
      source: {
        paragraphs: [7],
      },
    },
    {
      id: 'geography',
      role: 'evidence',
      text: 'its location',
      source: {
        paragraphs: [9],
      },
    },
    {
      id: 'afghanistan',
      role: 'evidence',
      text: 'Kabul, 2021',
      source: {
        paragraphs: [10],
      },
    },
    {
      id: 'discontent',
      role: 'assertion',
      text: 'China discontent',
      source: {
        paragraphs: [9],
      },
    },
    {
      id: 'autocracy',
      role: 'qualification',
      text: 'autocratic',
      source: {
        paragraphs: [1, 12],
      },
    },
    {
      id: 'recommend',
      role: 'recommendation',
      text: 'more diplomacy and aid, now',
      source: {
        paragraphs: [2, 11, 13],
      },
    },
  ],
  links: [
    { from: 'quasi-states', to: 'diverging', kind: 'supports' },
    { from: 'autonomy', to: 'diverging', kind: 'supports' },
    { from: 'market', to: 'diverging', kind: 'supports' },
    { from: 'rule-of-law', to: 'diverging', kind: 'supports' },
    { from: 'consciousness', to: 'diverging', kind: 'supports' },
    { from: 'two-neighbours', to: 'between', kind: 'supports' },
    { from: 'geography', to: 'strategic', kind: 'supports' },
    { from: 'afghanistan', to: 'strategic', kind: 'supports' },
    { from: 'discontent', to: 'open', kind: 'supports' },
    { from: 'diverging', to: 'claim', kind: 'supports' },
    { from: 'between', to: 'claim', kind: 'supports' },
    { from: 'strategic', to: 'claim', kind: 'supports' },
    { from: 'open', to: 'claim', kind: 'supports' },
    { from: 'autocracy', to: 'claim', kind: 'qualifies' },
    { from: 'claim', to: 'recommend', kind: 'leads-to' },
  ],
  steps: [
    {
      label: 'The claim',
      roles: ['claim'],
    },
    {
      label: 'The reasons',
      roles: ['reason'],
    },
    {
      label: 'The evidence, and one unsupported assertion',
      roles: ['evidence', 'assertion'],
    },
    {
      label: 'The qualification',
      roles: ['qualification'],
    },
    {
      label: 'The recommendation',
      roles: ['recommendation'],
    },
  ],
}
