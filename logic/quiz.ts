/**
 * Knowledge checks without Vue: measuring whether the key can be spotted by its form,
 * grading an answer, the saved answer's shape in localStorage, and finding the slide that presents the paragraph a
 * question tests.
 */
import type { Question, QuestionOption } from '../data/questions'
import { learningObjectives } from '../data/article'

/** "A", "B", … as options are lettered on the slide and in the answer key. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}

/** The key's option. */
export function keyOption(question: Question): QuestionOption {
  const option = question.options.find(o => o.id === question.key)
  if (!option)
    throw new Error(`question "${question.id}" has no option "${question.key}"`)
  return option
}

/** The key's letter as the slide shows it: "B". */
export function keyLetter(question: Question): string {
  return optionLetter(question.options.findIndex(option => option.id === question.key))
}

/** How the key's length compares with the other options of one question. */
export interface KeyLength {
  id: string
  /** The key is at least as long as every other option (a tie counts: a reader cannot tell it apart either). */
  longest: boolean
  /** The key is at most as long as every other option. */
  shortest: boolean
  /** The key's length over the longest other option's: above 1 when the key is the longest. */
  ratio: number
}

export function keyLength(question: Question): KeyLength {
  const key = keyOption(question).text.trim().length
  const others = question.options.filter(o => o.id !== question.key).map(o => o.text.trim().length)
  return {
    id: question.id,
    longest: key >= Math.max(...others),
    shortest: key <= Math.min(...others),
    ratio: key / Math.max(...others),
  }
}

/**
 * Whether a test-wise student could find the key by its length: how often it is the longest (and the shortest),
 * against what chance gives (the mean of 1 / number of options), and which keys are longer than every other option
 * of their question by a wide margin.
 */
export function keyLengthReport(list: readonly Question[], wideMargin = 1.2) {
  const lengths = list.map(keyLength)
  const chance = list.reduce((sum, question) => sum + 1 / question.options.length, 0) / list.length
  return {
    chance,
    longestRate: lengths.filter(l => l.longest).length / list.length,
    shortestRate: lengths.filter(l => l.shortest).length / list.length,
    longest: lengths.filter(l => l.longest).map(l => l.id),
    shortest: lengths.filter(l => l.shortest).map(l => l.id),
    wide: lengths.filter(l => l.ratio > wideMargin).map(l => l.id),
  }
}

/** How many questions assess each learning objective, objective 1 first. */
export function objectiveCoverage(list: readonly Question[], objectiveCount = learningObjectives.length): number[] {
  return Array.from({ length: objectiveCount }, (_, i) => list.filter(q => q.objectives.includes(i + 1)).length)
}

export type Verdict = 'correct' | 'incorrect'

export interface Grade {
  verdict: Verdict
  /** The option the student chose, if any: its feedback is what the student reads first. */
  chosen?: QuestionOption
}

/** Correct when the one chosen option is the key. */
export function gradeAnswer(question: Question, selected: readonly string[]): Grade {
  const chosen = question.options.find(option => option.id === selected[0])
  return {
    verdict: chosen?.id === question.key
      ? 'correct'
      : 'incorrect',
    chosen,
  }
}

/** The verdict a student reads first (the chosen option's feedback and the reasoning follow it). */
export function verdictText(grade: Grade): string {
  return grade.verdict === 'correct'
    ? 'Correct.'
    : 'Not correct.'
}

/** A student's answer to one question, as remembered between visits. */
export interface AnswerState {
  selected: string[]
  /** True once the student has pressed Check for the current selection. */
  checked: boolean
  /** How many times the student has checked an answer, kept across retries until a reset. */
  attempts: number
}

export const emptyAnswer = (): AnswerState => ({ selected: [], checked: false, attempts: 0 })

/** localStorage key for one question; the prefix keeps this deck's answers apart from other sites on the host. */
// v2: the questions were rewritten (new options, one answer each); answers saved under v1 meant other options.
export const storagePrefix = 'kazakhstan-policy-deck:knowledge-check:v2:'
export function storageKey(questionId: string): string {
  return `${storagePrefix}${questionId}`
}

export function serialiseAnswer(state: AnswerState): string {
  return JSON.stringify({ selected: state.selected, checked: state.checked, attempts: state.attempts })
}

/** Reads a saved answer back, keeping only what still fits the question; anything unreadable is a fresh start. */
export function parseAnswer(raw: string | null | undefined, question: Question): AnswerState {
  if (!raw)
    return emptyAnswer()
  try {
    const data = JSON.parse(raw) as Partial<AnswerState>
    const known = question.options.map(option => option.id)
    let selected = Array.isArray(data.selected)
      ? data.selected.filter(id => typeof id === 'string' && known.includes(id))
      : []
    // One answer per question: an answer saved when a question allowed several keeps only the first.
    selected = selected.slice(0, 1)
    const attempts = Number.isInteger(data.attempts) && (data.attempts as number) > 0
      ? data.attempts as number
      : 0
    return { selected, checked: data.checked === true && selected.length > 0, attempts }
  }
  catch {
    return emptyAnswer()
  }
}

/** The selection after the student picks `optionId`: one answer per question, so it replaces any earlier choice. */
export function toggleOption(question: Question, optionId: string): string[] {
  return question.options.some(option => option.id === optionId)
    ? [optionId]
    : []
}

/** How far a student has got: checked answers and correct ones, from whatever storage holds. */
export function quizProgress(list: readonly Question[], read: (key: string) => string | null): { answered: number, correct: number, total: number } {
  return tallyAnswers(list, question => parseAnswer(read(storageKey(question.id)), question))
}

/** How many of these questions are answered (checked), and how many of those correctly. */
export function tallyAnswers(list: readonly Question[], answerOf: (question: Question) => AnswerState): { answered: number, correct: number, total: number } {
  let answered = 0
  let correct = 0
  for (const question of list) {
    const state = answerOf(question)
    if (!state.checked)
      continue
    answered++
    if (gradeAnswer(question, state.selected).verdict === 'correct')
      correct++
  }
  return { answered, correct, total: list.length }
}

/** What the quiz needs to know about a slide to link to it. */
export interface SlideSummary {
  no: number
  title: string
  paragraphs: readonly number[]
  /** Knowledge-check slides carry the paragraphs they test; they are never the slide a question sends a student to. */
  isCheck: boolean
}

/** A slide to review, with the tested paragraphs it presents. */
export interface ReviewSlide {
  paragraphs: number[]
  slide: SlideSummary
}

/**
 * For each tested paragraph, the most focused slide presenting it (fewest paragraphs, then earliest), never a check
 * slide; paragraphs served by the same slide share one entry. Paragraphs no slide presents are left out.
 */
export function slidesForParagraphs(slides: readonly SlideSummary[], paragraphs: readonly number[]): ReviewSlide[] {
  const review: ReviewSlide[] = []
  for (const paragraph of [
    ...new Set(paragraphs),
  ].sort((a, b) => a - b)) {
    const candidates = slides
      .filter(slide => !slide.isCheck && slide.paragraphs.includes(paragraph))
      .sort((a, b) => a.paragraphs.length - b.paragraphs.length || a.no - b.no)
    const slide = candidates[0]
    if (!slide)
      continue
    const same = review.find(entry => entry.slide.no === slide.no)
    if (same) {
      same.paragraphs.push(paragraph)
    }
    else {
      review.push({
        paragraphs: [paragraph],
        slide,
      })
    }
  }
  return review
}
