import type { DeckSlide } from '../../scripts/lib/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { questions } from '../../data/questions'
import { componentAttributes } from '../../logic/validation/slides'
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

describe('the check slides and the answer key', () => {
  let slides: DeckSlide[] = []
  beforeAll(async () => {
    slides = (await loadDeck()).slides
  }, 30_000)
  // A check slide names its question in its frontmatter; <KnowledgeCheck /> on it asks that question.
  const checks = () => slides.filter(slide => slide.frontmatter.question !== undefined)

  it('give every question exactly one check slide, in the order of the questions', () => {
    expect(checks().map(slide => slide.frontmatter.question)).toEqual(questions.map(question => question.id))
  })

  it('mark every check a self-study slide with a student text and lecturer notes that say so', () => {
    for (const slide of checks()) {
      const name = `slide ${slide.no} (${slide.file})`
      expect(slide.frontmatter.selfStudy, name).toBe(true)
      expect(slide.frontmatter.minutes, name).toBeUndefined()
      expect(slide.note.trim(), name).toMatch(/^Self-study slide: not shown in class\./)
      const study = String(slide.frontmatter.study ?? '').trim()
      const sentences = study.split(/(?<=[.?!])\s+(?=[A-Z0-9“"])/).filter(Boolean)
      expect(sentences.length, name).toBeGreaterThanOrEqual(2)
      expect(sentences.length, name).toBeLessThanOrEqual(3)
      expect(study, name).not.toMatch(/\bthe class\b|\[click\]|\bminutes?\b|^(Tell|Ask)\b/im)
      // No answer before the student has tried: the key's text and its feedback stay out of the student text.
      const question = questions.find(q => q.id === slide.frontmatter.question)!
      const key = question.options.find(option => option.id === question.key)!
      expect(study, name).not.toContain(key.text.slice(0, 30))
      expect(study, name).not.toMatch(/\bRight\b|\bthe answer is\b/i)
    }
  })

  it('write the student text as the last frontmatter key of every check slide', () => {
    for (const slide of checks()) {
      // `part` comes last from the slide's import in slides.md, after the slide's own keys.
      const keys = Object.keys(slide.frontmatter).filter(key => key !== 'part')
      expect(keys.at(-1), `slide ${slide.no} (${slide.file}): ${keys.join(', ')}`).toBe('study')
    }
  })

  it('keep every answer-key slide for the lecturer only', () => {
    const keySlides = slides.filter(slide => componentAttributes(slide.content, 'AnswerKey').length)
    expect(keySlides.length).toBeGreaterThan(0)
    for (const slide of keySlides)
      expect(slide.frontmatter.lecturerOnly, `slide ${slide.no} "${slide.title}"`).toBe(true)
    // Every question's reasoning is on one of them.
    const shown = keySlides
      .flatMap(slide => componentAttributes(slide.content, 'AnswerKey'))
      .filter(({ detail }) => detail === 'explanations')
      .flatMap(({ part, kind }) => questions.filter(q => q.part === part && (!kind || q.kind === kind)).map(q => q.id))
    expect(shown.sort()).toEqual(questions.map(question => question.id).sort())
  })
})
