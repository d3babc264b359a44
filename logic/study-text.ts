/**
 * The student text of a slide (frontmatter `study`): written to a reader alone, never the lecturer's script.
 * Pure: checks one text, so the rule is tested without Slidev and the deck test only feeds it slides.
 */
import { article } from '../data/article'

/** Longest student text, in words: a phone screen, not a page. */
export const maxStudyWords = 120

/** A student text says what the slide says, why it matters and where to reread: two to five sentences. */
export const studySentences = { min: 2, max: 5 } as const

/**
 * Lecturer direction that must never reach a student, each with why: addressing a class ("tell the class", "ask
 * them"), timing ("About two minutes", any "minutes"), click markers, "skip in class", facilitation, the answer.
 * The one list behind both the unit test of every study text and the browser test of what /study renders.
 */
export const lecturerDirectionPatterns: readonly { pattern: RegExp, reason: string }[] = [
  { pattern: /\b(?:tell|ask|remind|invite) (?:the class|them|students|the students|the room|pairs|groups|each pair|each group)\b/i, reason: 'a prompt to the class' },
  { pattern: /\babout (?:half an?|an?|one|two|three|four|five|ten|fifteen|\d+)(?: and a half)? minutes?\b/i, reason: 'a timing cue' },
  { pattern: /\bminutes?\b/i, reason: 'a timing cue' },
  { pattern: /\[click(?::\d+)?\]/i, reason: 'a click marker' },
  { pattern: /\bskip\b[^.?!]+\bin class\b/i, reason: 'a facilitation cue' },
  { pattern: /\bnot shown in class\b/i, reason: 'a facilitation cue' },
  { pattern: /\bthe class\b/i, reason: 'speaks of the class' },
  { pattern: /\bstudents\b/i, reason: 'speaks of students instead of to one' },
  { pattern: /\bfacilitat\w*/i, reason: 'a facilitation cue' },
  { pattern: /\b(?:point out|read [^.?!]* aloud|hand out|in pairs|form groups)\b/i, reason: 'a facilitation cue' },
  { pattern: /\banswer key\b/i, reason: 'gives away an answer' },
  { pattern: /\b(?:the (?:correct|right) (?:answer|option)|the answer is)\b/i, reason: 'gives away an answer' },
]

/** Each piece of lecturer direction in a text, as written there; empty when the text speaks only to a reader. */
export function lecturerDirections(text: string): string[] {
  const found: string[] = []
  for (const { pattern } of lecturerDirectionPatterns) {
    const match = pattern.exec(text)
    if (match && !found.some(phrase => phrase.toLowerCase().includes(match[0].toLowerCase())))
      found.push(match[0])
  }
  return found
}

/** "slide 7 \"Title\": \"Tell the class\", \"minutes\"" for each slide whose student text holds lecturer direction. */
export function lecturerDirectionOffenders(slides: readonly { no: number, title: string, text: string }[]): string[] {
  return slides.flatMap((slide) => {
    const phrases = lecturerDirections(slide.text)
    return phrases.length
      ? [`slide ${slide.no} "${slide.title}": ${phrases.map(phrase => `"${phrase}"`).join(', ')}`]
      : []
  })
}

export function studyWordCount(text: string): number {
  return text.split(/\s+/).filter(word => /\w/.test(word)).length
}

/** Sentences in a text; the full stops of "U.S." and "e.g." do not end one. */
export function studySentenceCount(text: string): number {
  const masked = text.replace(/\b(U\.S|e\.g|i\.e)\./g, '$1')
  return masked.split(/[.?!][”"’)]*(?:\s+|$)/).filter(sentence => /\w/.test(sentence)).length
}

/** Paragraph numbers the text cites as ¶N (¶3–¶8 cites 3 and 8). */
export function citedParagraphs(text: string): number[] {
  return [
    ...text.matchAll(/¶(\d+)/g),
  ].map(match => Number(match[1]))
}

/**
 * Every problem with one slide's student text; empty when it is fit for a student.
 * `paragraphs` are the article paragraphs the slide presents: the text must send the reader to one of them.
 */
export function studyTextProblems(text: unknown, paragraphs: readonly number[] = []): string[] {
  if (typeof text !== 'string' || !text.trim())
    return ['has no study text']
  const problems = lecturerDirectionPatterns
    .filter(({ pattern }) => pattern.test(text))
    .map(({ pattern, reason }) => `contains a lecturer direction (${reason}): "${text.match(pattern)![0]}"`)
  const words = studyWordCount(text)
  if (words > maxStudyWords)
    problems.push(`runs to ${words} words, over ${maxStudyWords}`)
  const sentences = studySentenceCount(text)
  if (sentences < studySentences.min || sentences > studySentences.max)
    problems.push(`has ${sentences} sentences, not ${studySentences.min}–${studySentences.max}`)
  const cited = citedParagraphs(text)
  for (const n of cited.filter(n => n < 1 || n > article.paragraphCount))
    problems.push(`cites ¶${n}, which the article does not have`)
  if (paragraphs.length && !cited.some(n => paragraphs.includes(n)))
    problems.push(`names none of the slide's paragraphs (${paragraphs.map(n => `¶${n}`).join(', ')}) to reread`)
  return problems
}
