/**
 * The decision memo each student writes after the role-play, and the rubric it is graded by. The memo template
 * (/memo) and the instructor guide (/guide) both print from here.
 */

export interface MemoSection {
  id: string
  title: string
  /** What to write, to the student. */
  prompt: string
  /** Ruled lines to leave on the template. */
  lines: number
}

export interface RubricCriterion {
  id: string
  criterion: string
  strong: string
  adequate: string
  weak: string
}

export const memoSections: readonly MemoSection[] = [
  {
    id: 'recommendation',
    title: 'Recommendation',
    prompt: 'Tick one option and state it, with its terms, in one sentence.',
    lines: 2,
  },
  {
    id: 'reasons',
    title: 'Reasons',
    prompt: 'Two or three reasons, each resting on a paragraph of the article (¶N) or a fact from the fact sheet with its source.',
    lines: 5,
  },
  {
    id: 'objection',
    title: 'The strongest objection',
    prompt: 'The best case against your recommendation, as its strongest advocate at the table would put it.',
    lines: 3,
  },
  {
    id: 'answer',
    title: 'Your answer to it',
    prompt: 'Why your recommendation still stands, or what you change because of the objection.',
    lines: 3,
  },
  {
    id: 'conditions',
    title: 'Conditions, if any',
    prompt: 'What Washington asks of Astana, how it will know, and when it will review; or why you attach none.',
    lines: 3,
  },
]

/** Each criterion scores 3 (strong), 2 (adequate) or 1 (weak). */
export const memoRubric: readonly RubricCriterion[] = [
  {
    id: 'recommendation',
    criterion: 'Recommendation',
    strong: 'One option, its terms and who acts, in the first sentence.',
    adequate: 'One option, but its terms are vague.',
    weak: 'No clear option, or several at once.',
  },
  {
    id: 'evidence',
    criterion: 'Reasons and evidence',
    strong: 'Each reason cites ¶N or a sourced late-2022 fact; the author’s claims are kept apart from facts.',
    adequate: 'Reasons are sound but some lack a citation.',
    weak: 'Assertions without evidence, or the author’s claims stated as fact.',
  },
  {
    id: 'objection',
    criterion: 'The strongest objection',
    strong: 'States the best opposing case fairly (e.g. Russia’s leverage through the CSTO and the CPC, human rights, China’s weight).',
    adequate: 'States a real objection, but not the strongest.',
    weak: 'A straw man, or no objection.',
  },
  {
    id: 'answer',
    criterion: 'Answer to the objection',
    strong: 'Meets the objection with evidence, or changes the recommendation because of it.',
    adequate: 'Answers it in part.',
    weak: 'Restates the recommendation.',
  },
  {
    id: 'conditions',
    criterion: 'Conditions',
    strong: 'Specific, checkable, with a review date; or a reasoned choice to attach none.',
    adequate: 'Conditions named but not checkable.',
    weak: 'None, with no reason; or conditions Astana could not meet.',
  },
  {
    id: 'hindsight',
    criterion: 'As of late 2022',
    strong: 'Uses only what was known by the end of 2022.',
    adequate: 'One slip into later events.',
    weak: 'Argues from what happened later.',
  },
]

export const rubricLevels = [
  { key: 'strong', label: 'Strong (3)' },
  { key: 'adequate', label: 'Adequate (2)' },
  { key: 'weak', label: 'Weak (1)' },
] as const
