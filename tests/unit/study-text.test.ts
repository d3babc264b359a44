/**
 * Every slide a student sees carries its own student text (frontmatter `study`), written to a reader alone:
 * what the slide says, why it matters, which paragraph to reread. The knowledge checks and the answer key are
 * left out (their text is the question itself), and so is any slide marked `lecturerOnly`.
 */
import type { DeckSlide } from '../../scripts/lib/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { citedParagraphs, maxStudyWords, studySentenceCount, studyTextProblems } from '../../logic/study-text'
import { loadDeck } from '../../scripts/lib/deck'

function isStudentSlide(slide: DeckSlide) {
  return !/^pages\/(?:check-[^/]*|answer-key)\.md$/.test(slide.file) && slide.frontmatter.lecturerOnly !== true
}

let slides: DeckSlide[] = []
beforeAll(async () => {
  slides = (await loadDeck()).slides.filter(isStudentSlide)
}, 30_000)

describe('a student text', () => {
  const fine = 'The author argues that Kazakhstan keeps room for its own policy inside the EAEU. Reread ¶4.'

  it('passes when it is written to a reader and names the slide’s paragraph', () => {
    expect(studyTextProblems(fine, [4])).toEqual([])
  })

  it('is missing when the slide has none, or only blanks', () => {
    expect(studyTextProblems(undefined)).toEqual(['has no study text'])
    expect(studyTextProblems('  \n')).toEqual(['has no study text'])
  })

  it.each([
    ['Tell the class that the EAEU matters (¶4).', 'a prompt to the class'],
    ['Ask them which tie matters most (¶4).', 'a prompt to the class'],
    ['About one minute on ¶4.', 'a timing cue'],
    ['[click] Then the EAEU (¶4).', 'a click marker'],
    ['Skip in class; reread ¶4.', 'a facilitation cue'],
    ['Discuss ¶4 in pairs.', 'a facilitation cue'],
    ['Most students miss ¶4.', 'speaks of students'],
    ['The correct answer is B (¶4).', 'gives away an answer'],
  ])('flags a lecturer direction: %s', (text, reason) => {
    expect(studyTextProblems(text, [4]).join('\n')).toContain(reason)
  })

  it('is flagged when it runs long', () => {
    const long = `${'word '.repeat(maxStudyWords)}¶4. Reread it.`
    expect(studyTextProblems(long, [4])).toEqual([`runs to ${maxStudyWords + 3} words, over ${maxStudyWords}`])
  })

  it('is flagged when it has fewer than two sentences or more than five', () => {
    expect(studyTextProblems('Reread ¶4.', [4])).toEqual(['has 1 sentences, not 2–5'])
    expect(studyTextProblems('One. Two. Three. Four. Five. Reread ¶4.', [4])).toEqual(['has 6 sentences, not 2–5'])
  })

  it('counts sentences as a reader would, not at the stops of “U.S.”', () => {
    expect(studySentenceCount('U.S. policy is “undefined”. Why? Reread ¶9 (U.S. aid).')).toBe(3)
  })

  it('must send the reader to one of the paragraphs the slide presents', () => {
    expect(studyTextProblems('The author argues it. Reread ¶9.', [4])).toEqual(['names none of the slide\'s paragraphs (¶4) to reread'])
    expect(studyTextProblems('The author argues it. Reread ¶14.')).toEqual(['cites ¶14, which the article does not have'])
  })

  it('reads a range of paragraphs by its ends', () => {
    expect(citedParagraphs('Reread ¶3–¶8 and ¶12.')).toEqual([3, 8, 12])
  })
})

describe('the deck’s student texts', () => {
  it('are checked on every slide a student sees, the cover included', () => {
    expect(slides.length).toBeGreaterThan(30)
    expect(slides[0].no).toBe(1)
    expect(slides.some(slide => slide.file.startsWith('pages/check-'))).toBe(false)
  })

  it('exist on every such slide, fit for a reader alone', () => {
    const problems = slides.flatMap(slide =>
      studyTextProblems(slide.frontmatter.study, slide.paragraphs)
        .map(problem => `${slide.file}, slide ${slide.no} "${slide.title}": ${problem}`))
    expect(problems).toEqual([])
  })
})
