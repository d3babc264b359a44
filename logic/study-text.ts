/**
 * The student text of a slide (frontmatter `study`) is written to a reader alone, never the lecturer's script: the
 * phrases that give the lecturer's script away. logic/validation/slides.ts holds the other rules for the text.
 */

/**
 * Lecturer direction that must never reach a student, each with why: addressing a class ("tell the class", "ask
 * them"), timing ("About two minutes", any "minutes"), click markers, "skip in class", facilitation, the answer.
 * The one list behind both the build's check of every student text and the browser test of what /study renders.
 */
const lecturerDirectionPatterns: readonly { pattern: RegExp, reason: string }[] = [
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

/**
 * Each piece of lecturer direction in a text, as written there, with why; empty when the text speaks only to a
 * reader. A phrase counts once, under the first pattern it meets: "Tell the class" is not also "the class".
 */
export function lecturerDirections(text: string): { phrase: string, reason: string }[] {
  const found: { phrase: string, reason: string }[] = []
  for (const { pattern, reason } of lecturerDirectionPatterns) {
    const phrase = pattern.exec(text)?.[0]
    if (phrase && !found.some(earlier => earlier.phrase.toLowerCase().includes(phrase.toLowerCase())))
      found.push({ phrase, reason })
  }
  return found
}

/** "slide 7 \"Title\": \"Tell the class\", \"minutes\"" for each slide whose student text holds lecturer direction. */
export function lecturerDirectionOffenders(slides: readonly { no: number, title: string, text: string }[]): string[] {
  return slides.flatMap((slide) => {
    const found = lecturerDirections(slide.text)
    return found.length
      ? [`slide ${slide.no} "${slide.title}": ${found.map(({ phrase }) => `"${phrase}"`).join(', ')}`]
      : []
  })
}
