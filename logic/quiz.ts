/**
 * Knowledge checks without Vue: validating the questions, grading an answer, the saved answer's shape in
 * localStorage, and finding the slide that presents the paragraph a question tests.
 */
import type { Question, QuestionPart } from '../data/questions'
import { parts } from '../data/article'
import { citationErrors } from '../data/sources'

const questionParts: readonly QuestionPart[] = ['thesis', 'russia', 'case', 'dilemma']

/** Every problem in the question set, each naming the question it concerns; empty when the set is sound. */
export function questionErrors(list: readonly Question[]): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  list.forEach((question, index) => {
    const name = question.id
      ? `question "${question.id}"`
      : `question #${index + 1}`
    if (!question.id)
      errors.push(`${name} has no id`)
    else if (seen.has(question.id))
      errors.push(`${name} is defined twice`)
    seen.add(question.id)
    if (!questionParts.includes(question.part))
      errors.push(`${name} belongs to unknown part "${question.part}"`)
    if (!question.prompt?.trim())
      errors.push(`${name} has no prompt`)
    if (question.options.length < 2)
      errors.push(`${name} has fewer than two options`)
    const optionIds = question.options.map(option => option.id)
    for (const option of question.options) {
      if (!option.id || optionIds.indexOf(option.id) !== optionIds.lastIndexOf(option.id))
        errors.push(`${name} has a missing or repeated option id "${option.id}"`)
      if (!option.text?.trim())
        errors.push(`${name} has an option "${option.id}" without text`)
    }
    const correct = question.correct
    if (question.kind === 'single' && correct.length !== 1)
      errors.push(`${name} is single choice but has ${correct.length} correct answers (needs exactly one)`)
    if (question.kind === 'multiple' && correct.length === 0)
      errors.push(`${name} is multiple choice but has no correct answer`)
    if (new Set(correct).size !== correct.length)
      errors.push(`${name} lists a correct answer twice`)
    for (const id of correct) {
      if (!optionIds.includes(id))
        errors.push(`${name} marks "${id}" correct, which is not one of its options`)
    }
    if (!question.explanation?.trim())
      errors.push(`${name} has no explanation`)
    if (!question.citation?.paragraphs?.length)
      errors.push(`${name} does not name the paragraph it tests`)
    for (const error of citationErrors(question.citation))
      errors.push(`${name} ${error}`)
    const partParagraphs = parts.find(part => part.id === question.part)?.paragraphs ?? []
    for (const paragraph of question.citation?.paragraphs ?? []) {
      if (partParagraphs.length && !partParagraphs.includes(paragraph))
        errors.push(`${name} tests ¶${paragraph}, which is outside its part "${question.part}"`)
    }
  })
  return errors
}

export function assertValidQuestions(list: readonly Question[]): void {
  const errors = questionErrors(list)
  if (errors.length)
    throw new Error(`Invalid knowledge-check questions:\n- ${errors.join('\n- ')}`)
}

/** "A", "B", … as options are lettered on the slide and in the answer key. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}

/** The letters of the correct options, in option order: "B", "A, C". */
export function correctLetters(question: Question): string {
  return question.options
    .flatMap((option, index) => question.correct.includes(option.id)
      ? [
          optionLetter(index),
        ]
      : [])
    .join(', ')
}

export type Verdict = 'correct' | 'partly' | 'incorrect'

export interface Grade {
  verdict: Verdict
  /** Correct options the student did not choose. */
  missed: string[]
  /** Options the student chose that are not correct. */
  wrong: string[]
}

/** Correct only when the chosen set is exactly the correct set; "partly" when some but not all are right. */
export function gradeAnswer(question: Question, selected: readonly string[]): Grade {
  const missed = question.correct.filter(id => !selected.includes(id))
  const wrong = selected.filter(id => !question.correct.includes(id))
  const hits = question.correct.length - missed.length
  const verdict: Verdict = !missed.length && !wrong.length
    ? 'correct'
    : question.kind === 'multiple' && hits > 0
      ? 'partly'
      : 'incorrect'
  return { verdict, missed, wrong }
}

/** The feedback sentence a student reads first (the explanation follows it). */
export function verdictText(question: Question, grade: Grade): string {
  if (grade.verdict === 'correct')
    return 'Correct.'
  if (grade.verdict === 'partly') {
    const parts = [
      grade.missed.length
        ? `you missed ${grade.missed.length} correct option${grade.missed.length > 1
          ? 's'
          : ''}`
        : '',
      grade.wrong.length
        ? `${grade.wrong.length} of your choices ${grade.wrong.length > 1
          ? 'are'
          : 'is'} not correct`
        : '',
    ].filter(Boolean)
    return `Partly correct: ${parts.join(', and ')}.`
  }
  return question.kind === 'single'
    ? 'Not correct.'
    : 'Not correct: none of your choices is a correct option.'
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
export const storagePrefix = 'kazakhstan-policy-deck:knowledge-check:v1:'
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
    selected = [
      ...new Set(selected),
    ]
    if (question.kind === 'single')
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

/** The selection after the student picks `optionId`: replaces it for single choice, toggles it for multiple. */
export function toggleOption(question: Question, selected: readonly string[], optionId: string): string[] {
  if (question.kind === 'single')
    return [optionId]
  const next = selected.includes(optionId)
    ? selected.filter(id => id !== optionId)
    : [...selected, optionId]
  return question.options.map(option => option.id).filter(id => next.includes(id))
}

/** How far a student has got: checked answers and correct ones, from whatever storage holds. */
export function quizProgress(list: readonly Question[], read: (key: string) => string | null): { answered: number, correct: number, total: number } {
  let answered = 0
  let correct = 0
  for (const question of list) {
    const state = parseAnswer(read(storageKey(question.id)), question)
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
