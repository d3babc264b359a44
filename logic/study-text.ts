/**
 * The student text of a slide (frontmatter `study`): written to a reader alone, never the lecturer's script.
 * Pure: checks one text, so the rule is tested without Slidev and the deck test only feeds it slides.
 */

/** Longest student text, in words: a phone screen, not a page. */
export const maxStudyWords = 120

/** A student text says what the slide says, why it matters and where to reread: two to five sentences. */
export const studySentences = { min: 2, max: 5 } as const

/** Phrases that belong to the lecturer's script (timing, clicks, prompts, facilitation), each with why. */
export const lecturerDirections: readonly { pattern: RegExp, reason: string }[] = [
  { pattern: /\b(tell|ask)\b[^.?!]+\b(class|them|students?|pairs?|groups?)\b/i, reason: 'a prompt to the class' },
  { pattern: /\bthe class\b/i, reason: 'speaks of the class' },
  { pattern: /\bstudents\b/i, reason: 'speaks of students instead of to one' },
  { pattern: /\bminutes?\b/i, reason: 'a timing cue' },
  { pattern: /\[click(?::\d+)?\]/i, reason: 'a click marker' },
  { pattern: /\bskip\b[^.?!]+\bin class\b/i, reason: 'a facilitation cue' },
  { pattern: /\b(point out|read [^.?!]* aloud|hand out|in pairs|form groups)\b/i, reason: 'a facilitation cue' },
  { pattern: /\b(the (correct|right) (answer|option)|the answer is)\b/i, reason: 'gives away an answer' },
]

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
  const problems = lecturerDirections
    .filter(({ pattern }) => pattern.test(text))
    .map(({ pattern, reason }) => `contains a lecturer direction (${reason}): "${text.match(pattern)![0]}"`)
  const words = studyWordCount(text)
  if (words > maxStudyWords)
    problems.push(`runs to ${words} words, over ${maxStudyWords}`)
  const sentences = studySentenceCount(text)
  if (sentences < studySentences.min || sentences > studySentences.max)
    problems.push(`has ${sentences} sentences, not ${studySentences.min}–${studySentences.max}`)
  const cited = citedParagraphs(text)
  for (const n of cited.filter(n => n < 1 || n > 13))
    problems.push(`cites ¶${n}, which the article does not have`)
  if (paragraphs.length && !cited.some(n => paragraphs.includes(n)))
    problems.push(`names none of the slide's paragraphs (${paragraphs.map(n => `¶${n}`).join(', ')}) to reread`)
  return problems
}
