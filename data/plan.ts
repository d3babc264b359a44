/**
 * The flipped 50-minute class, as data: what students do before class, and the segments of class time with the
 * deck parts each covers. A part's minutes are what its segments give it (logic/plan.ts), and the build checks that
 * its slides' frontmatter `minutes` add up to them (logic/validation/slides.ts), so there is one source of timing.
 * Shape: the ISD case method and CFR Model Diplomacy (reading, recall and the role brief before class; argument,
 * critique and decision in class; the epilogue after the decision, so students judge without hindsight).
 */
import type { PartId } from './article'

export interface PreClassTask {
  id: string
  /** What the student does, in a short imperative phrase. */
  task: string
  /** Where to find it, and why it matters before class. */
  detail: string
}

export const preClassTasks: readonly PreClassTask[] = [
  {
    id: 'article',
    task: 'Read the article',
    detail: 'All thirteen paragraphs (¶1–¶13); note the author’s thesis and his three dimensions of autonomy.',
  },
  {
    id: 'fact-sheet',
    task: 'Read the one-page fact sheet “Kazakhstan, late 2022”',
    detail: 'The checked facts the meeting may use: nothing after late 2022, so the decision is taken without hindsight.',
  },
  {
    id: 'role-brief',
    task: 'Read your role brief',
    detail: 'Who you are at the NSC table, what your agency wants, its red lines and the paragraphs to lean on.',
  },
  {
    id: 'checks',
    task: 'Take the knowledge checks in /study',
    detail: 'Each option explains why it is right or wrong, with the paragraph to reread.',
  },
]

/** A stretch of the role-play, in the order it runs. */
export interface RolePlayStage {
  id: 'setup' | 'statements' | 'debate' | 'decision' | 'debrief'
  label: string
  minutes: number
  /** What the lecturer (or the chair) does in this stage, for the instructor guide. */
  instructions: string
}

export interface ClassSegment {
  id: 'opening' | 'argument' | 'critique' | 'role-play' | 'epilogue'
  title: string
  /** The deck parts this segment teaches, with the minutes each gets; the segment's minutes are their sum. */
  parts: readonly { part: PartId, minutes: number }[]
  /** The role-play's stages, whose minutes add up to the segment's. */
  stages?: readonly RolePlayStage[]
}

/** Seats that make an opening statement of one minute each (the chair opens and closes, and does not make one). */
export const OPENING_STATEMENTS = 7
export const MIN_OPEN_DEBATE = 8
export const CLASS_MINUTES = 50

export const classPlan: readonly ClassSegment[] = [
  {
    id: 'opening',
    title: 'Opening: the decision question',
    parts: [
      { part: 'opening', minutes: 3 },
    ],
  },
  {
    id: 'argument',
    title: 'The argument: the map of his case, the triangle, the map',
    parts: [
      { part: 'thesis', minutes: 4 },
      { part: 'russia', minutes: 4 },
      { part: 'case', minutes: 3 },
      { part: 'dilemma', minutes: 1 },
    ],
  },
  {
    id: 'critique',
    title: 'Reading critically: claims tested, the strongest objections',
    parts: [
      { part: 'critique', minutes: 8 },
    ],
  },
  {
    id: 'role-play',
    title: 'The NSC role-play: statements, open debate, a decision, a debrief',
    parts: [
      { part: 'practice', minutes: 25 },
    ],
    stages: [
      {
        id: 'setup',
        label: 'Seats and the question',
        minutes: 2,
        instructions: 'Seat the table of eight, one person per role card (read before class); the chair reads the decision and the three options.',
      },
      {
        id: 'statements',
        label: `Opening statements, ${OPENING_STATEMENTS} × 1 minute`,
        minutes: OPENING_STATEMENTS,
        instructions: 'Each seat but the chair speaks for one minute, in the order of the cards; the chair keeps time strictly.',
      },
      {
        id: 'debate',
        label: 'Open debate',
        minutes: 9,
        instructions: 'Each seat puts the question on its card to the seat it names; the chair calls on any seat that stays quiet.',
      },
      {
        id: 'decision',
        label: 'The chair decides',
        minutes: 2,
        instructions: 'The chair calls the option (A, B or C) and writes the decision and its terms in one sentence.',
      },
      {
        id: 'debrief',
        label: 'Debrief',
        minutes: 5,
        instructions: 'Step out of role: compare the decision with ¶12–¶13 and the strongest objections, using the debrief questions below.',
      },
    ],
  },
  {
    id: 'epilogue',
    title: 'Epilogue: what happened after late 2022',
    parts: [
      { part: 'epilogue', minutes: 2 },
    ],
  },
]
