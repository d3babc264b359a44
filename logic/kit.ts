/**
 * The classroom kit over plain data: dates against the class's cut-off (data/timeline.ts), the seats' facts, the answer key as the instructor guide
 * prints it. Pure, so each is a unit test; logic/validation/ checks the facts and seats themselves (every fact a seat
 * names is in the briefing, every key is among its options, every slide's part exists), so nothing here checks again.
 */
import type { BriefingFact } from '../data/briefing'
import type { Seat } from '../data/roles'
import type { Citation } from '../data/sources'

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

/** A seat's facts, in the order the card prints them. */
export function seatFacts(seat: Seat, facts: readonly BriefingFact[]): BriefingFact[] {
  return seat.facts.map(id => facts.find(fact => fact.id === id)!)
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
  /** The id of the one correct option. */
  key: string
  reasoning: string
  citation: Citation
}

export interface KeyEntry {
  number: number
  prompt: string
  /** "B" */
  letter: string
  answer: string
  reasoning: string
  citation: Citation
}

export function answerKey(questions: readonly KeyQuestion[]): KeyEntry[] {
  return questions.map((question, index) => {
    const position = question.options.findIndex(option => option.id === question.key)
    return {
      number: index + 1,
      prompt: question.prompt,
      letter: String.fromCharCode(65 + position),
      answer: question.options[position].text,
      reasoning: question.reasoning,
      citation: question.citation,
    }
  })
}

/** A slide as the instructor guide prints it: its speaker notes, the lecturer's script. */
export interface ScriptSlide {
  no: number
  title: string
  part: string
  /** Minutes in class (frontmatter `minutes`); undefined for a self-study slide. */
  minutes?: number
  noteHTML: string
}
