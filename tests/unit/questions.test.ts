import type { DeckSlide } from '../../scripts/lib/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { questions } from '../../data/questions'
import { loadDeck } from '../../scripts/lib/deck'

/** Every sentence the deck itself asserts about a question: the key, every feedback, the reasoning. */
const assertions = questions.flatMap(question => [
  question.reasoning,
  question.options.find(option => option.id === question.key)!.text,
  ...question.options.map(option => option.feedback),
])

// The rules every question and the quiz as a whole must meet (options, feedback, key, coverage) are the questions
// schema's (logic/validation/schemas/questions.ts); these hold what the deck's own questions say.
describe('the knowledge-check questions', () => {
  it('ask the three judgements the module needs: context against claim, a fact against a claim, the thesis against the conclusion', () => {
    const judgement = questions.filter(question => question.kind === 'judgement')
    expect(judgement.some(q => /context/i.test(q.prompt))).toBe(true)
    expect(judgement.filter(q => /weakens/i.test(q.prompt)).length).toBeGreaterThanOrEqual(2)
    expect(judgement.some(q => q.citation.paragraphs?.includes(2) && q.citation.paragraphs.includes(13))).toBe(true)
  })

  it('use none of the absurd distractors once written for them', () => {
    const texts = questions.flatMap(q => q.options.map(o => o.text))
    for (const text of texts)
      expect(text).not.toMatch(/applied to join NATO|parliamentary democracy/i)
  })

  it('never say ¶12 rejects or argues against conditional aid: it sets the principle aside and discusses no conditions', () => {
    for (const text of assertions)
      expect(text).not.toMatch(/(rejects|argues against|opposes)[^.]*condition/i)
    expect(assertions.join(' ')).toMatch(/never discusses conditions/)
  })

  it('attribute ¶7’s "at least 55" to the author or to its source, never state it as fact', () => {
    const mentions = assertions.filter(text => /\b55\b/.test(text))
    expect(mentions.length).toBeGreaterThan(0)
    for (const text of mentions)
      expect(text).toMatch(/author|his |¶7|source|report|Kazinform/)
  })
})

// Which slides check which question, how a check slide is taken and what the answer key explains are rules of the
// slides (logic/validation/slides.ts); this holds how check slides are written.
describe('the check slides', () => {
  let slides: DeckSlide[] = []
  beforeAll(async () => {
    slides = (await loadDeck()).slides
  }, 30_000)

  it('write the student text as the last frontmatter key of every check slide', () => {
    const checks = slides.filter(slide => slide.frontmatter.question !== undefined)
    expect(checks.length).toBeGreaterThan(0)
    for (const slide of checks) {
      // `part` comes last from the slide's import in slides.md, after the slide's own keys.
      const keys = Object.keys(slide.frontmatter).filter(key => key !== 'part')
      expect(keys.at(-1), `slide ${slide.no} (${slide.file}): ${keys.join(', ')}`).toBe('study')
    }
  })
})
