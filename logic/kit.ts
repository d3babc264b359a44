/**
 * The classroom kit's rules over plain data: the late-2022 facts, the seats at the table, the answer key as the
 * instructor guide prints it. Pure, so each rule is a unit test.
 */
import type { BriefingFact } from '../data/briefing'
import type { OptionLetter, Seat } from '../data/roles'
import type { Citation } from '../data/sources'
import type { TimelineEvent } from '../data/timeline'
import { citationErrors } from '../data/sources'

/** True when a data date ("2022", "2022-07", "2022-07-05") falls before `limit` (a day, "2023-01-01"). */
export function dateBefore(date: string, limit: string): boolean {
  // A year or month runs to its end, so compare its last possible day.
  const end = date.length === 4
    ? `${date}-12-31`
    : date.length === 7
      ? `${date}-31`
      : date
  return end < limit
}

/** The first day the class may not know about: it decides as of late 2022. */
export const hindsightFrom = '2023-01-01'

/** Every problem in the briefing facts, naming the fact. */
export function briefingErrors(facts: readonly BriefingFact[], events: readonly TimelineEvent[]): string[] {
  const errors: string[] = []
  const ids = new Set<string>()
  for (const fact of facts) {
    if (ids.has(fact.id))
      errors.push(`${fact.id}: id is used twice`)
    ids.add(fact.id)
    if (!dateBefore(fact.date, hindsightFrom))
      errors.push(`${fact.id}: dated ${fact.date}, after late 2022`)
    if (!fact.source.sources?.length)
      errors.push(`${fact.id}: names no source beyond the article`)
    errors.push(...citationErrors(fact.source).map(error => `${fact.id}: ${error}`))
    if (fact.event) {
      const event = events.find(candidate => candidate.id === fact.event)
      if (!event)
        errors.push(`${fact.id}: restates timeline event "${fact.event}", which does not exist`)
      else if (!event.start.startsWith(fact.date.slice(0, 4)))
        errors.push(`${fact.id}: dated ${fact.date}, but timeline event ${event.id} starts ${event.start}`)
    }
  }
  return errors
}

/** Every problem in the seats: facts, questions, red lines, and an option no seat argues for. */
export function seatErrors(seats: readonly Seat[], facts: readonly BriefingFact[], options: readonly OptionLetter[] = ['A', 'B', 'C']): string[] {
  const errors: string[] = []
  const ids = new Set(seats.map(seat => seat.id))
  if (seats.filter(seat => !seat.argues).length !== 1)
    errors.push('the table needs exactly one chair (a seat that argues for no option)')
  for (const seat of seats) {
    if (seat.facts.length < 4 || seat.facts.length > 6)
      errors.push(`${seat.id}: has ${seat.facts.length} facts, needs four to six`)
    for (const id of seat.facts) {
      if (!facts.some(fact => fact.id === id))
        errors.push(`${seat.id}: cites fact "${id}", which data/briefing.ts does not have`)
    }
    if (new Set(seat.facts).size !== seat.facts.length)
      errors.push(`${seat.id}: cites a fact twice`)
    if (!ids.has(seat.question.to) || seat.question.to === seat.id)
      errors.push(`${seat.id}: must put its question to another seat, not "${seat.question.to}"`)
    if (!seat.question.text.trim().endsWith('?'))
      errors.push(`${seat.id}: its question does not end with a question mark`)
    if (!seat.redLine.trim() || !seat.who.trim())
      errors.push(`${seat.id}: needs who it is and a red line`)
  }
  for (const option of options) {
    if (!seats.some(seat => seat.argues === option))
      errors.push(`option ${option}: no seat argues for it`)
  }
  return errors
}

/** A seat's facts, in the order the card prints them. */
export function seatFacts(seat: Seat, facts: readonly BriefingFact[]): BriefingFact[] {
  return seat.facts.map(id => facts.find(fact => fact.id === id)!).filter(Boolean)
}

/** Facts grouped under their topics, oldest first within each, for the fact sheet. */
export function factsByTopic<Topic extends string>(facts: readonly BriefingFact[], topics: readonly { id: Topic, title: string }[]) {
  return topics.map(topic => ({
    ...topic,
    facts: facts.filter(fact => fact.topic === topic.id).toSorted((a, b) => a.date.localeCompare(b.date)),
  }))
}

/**
 * The few fields of a knowledge check the instructor guide prints. An adapter, so a change in how questions are
 * stored touches this function and nothing in the guide.
 */
export interface KeyQuestion {
  prompt: string
  options: readonly { id: string, text: string }[]
  correct: readonly string[]
  explanation: string
  citation: Citation
}

export interface KeyEntry {
  number: number
  prompt: string
  /** "B", "A, C" */
  letters: string
  /** The text of each correct option. */
  answers: string[]
  reasoning: string
  citation: Citation
}

export function answerKey(questions: readonly KeyQuestion[]): KeyEntry[] {
  return questions.map((question, index) => {
    const correct = question.options.flatMap((option, position) => question.correct.includes(option.id)
      ? [
          {
            letter: String.fromCharCode(65 + position),
            text: option.text,
          },
        ]
      : [])
    return {
      number: index + 1,
      prompt: question.prompt,
      letters: correct.map(option => option.letter).join(', '),
      answers: correct.map(option => option.text),
      reasoning: question.explanation,
      citation: question.citation,
    }
  })
}
