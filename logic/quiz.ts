/**
 * Knowledge checks without Vue: finding a question and its key, grading an answer, the saved answer's shape in
 * localStorage, and finding the slide that presents the paragraph a question tests. The questions themselves are
 * checked at build (logic/validation/schemas/questions.ts), so each has its key among its options.
 */
import type { Question, QuestionOption } from '../data/questions'
import { questions } from '../data/questions'
import { recordById } from './records'

/** "A", "B", … as options are lettered on the slide and in the answer key. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}

/** The question a check slide or a reading view names. */
export function questionById(id: string, list: readonly Question[] = questions): Question {
  return recordById(list, id, 'data/questions.ts')
}

/** The key's option. */
/** A question's number, on its check slide and in the answer key: its place in data/questions.ts, from 1. */
export function questionNumber(question: Question, list: readonly Question[] = questions): number {
  return list.indexOf(question) + 1
}

/** The questions an `<AnswerKey>` lists: those of its part and kind, when it names them (all when it names neither). */
export function answerKeyQuestions(filter: { part?: string, kind?: string }, list: readonly Question[] = questions): Question[] {
  return list.filter(question => (!filter.part || question.part === filter.part) && (!filter.kind || question.kind === filter.kind))
}

export function keyOption(question: Question): QuestionOption {
  return question.options.find(o => o.id === question.key)!
}

/** The key's letter as the slide shows it: "B". */
export function keyLetter(question: Question): string {
  return optionLetter(question.options.findIndex(option => option.id === question.key))
}

export type AnswerVerdict = 'correct' | 'incorrect'

export interface Grade {
  verdict: AnswerVerdict
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
