import type { DeckSlide } from '../../scripts/lib/deck'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { learningObjectives } from '../../data/article'
import { questions } from '../../data/questions'
import { keyLength, keyLengthReport, objectiveCoverage, optionLetter } from '../../logic/quiz'
import { loadDeck } from '../../scripts/lib/deck'

/** Every sentence the deck itself asserts about a question: the key, every feedback, the reasoning. */
const assertions = questions.flatMap(question => [
  question.reasoning,
  question.options.find(option => option.id === question.key)!.text,
  ...question.options.map(option => option.feedback),
])

describe('the knowledge-check questions', () => {
  it('number at least twelve, with at least two for each tested part', () => {
    expect(questions.length).toBeGreaterThanOrEqual(12)
    for (const part of ['thesis', 'russia', 'case', 'dilemma'])
      expect(questions.filter(question => question.part === part).length, part).toBeGreaterThanOrEqual(2)
  })

  it('assess every learning objective with at least two questions, telling claim from context included', () => {
    const coverage = objectiveCoverage(questions)
    expect(coverage).toHaveLength(learningObjectives.length)
    coverage.forEach((count, i) => expect(count, `objective ${i + 1}: ${learningObjectives[i]}`).toBeGreaterThanOrEqual(2))
    expect(learningObjectives[3]).toMatch(/claims from context/)
  })

  it('ask for judgement in at least three questions, and not only for recall', () => {
    const judgement = questions.filter(question => question.kind === 'judgement')
    expect(judgement.length).toBeGreaterThanOrEqual(3)
    // The three judgements the module needs: context against claim, a fact against a claim, the thesis against the conclusion.
    expect(judgement.some(q => /context/i.test(q.prompt))).toBe(true)
    expect(judgement.filter(q => /weakens/i.test(q.prompt)).length).toBeGreaterThanOrEqual(2)
    expect(judgement.some(q => q.citation.paragraphs?.includes(2) && q.citation.paragraphs.includes(13))).toBe(true)
  })

  it('give every option its own feedback, which says whether it is right', () => {
    for (const question of questions) {
      const feedback = question.options.map(option => option.feedback)
      expect(new Set(feedback).size, question.id).toBe(feedback.length)
      for (const option of question.options) {
        expect(option.feedback.length, `${question.id} ${option.id}`).toBeGreaterThan(40)
        // Only the key's feedback opens with "Right.", so a student who chose it is not told otherwise.
        expect(option.feedback.startsWith('Right.'), `${question.id} ${option.id}`).toBe(option.id === question.key)
      }
      expect(question.reasoning.length, question.id).toBeGreaterThan(80)
    }
  })

  it('do not give the key away by its length', () => {
    const report = keyLengthReport(questions)
    // The key may be the longest option (ties count) no more often than chance, plus a small margin…
    expect(report.longestRate, `key longest in ${report.longest.join(', ')}`).toBeLessThanOrEqual(report.chance + 0.1)
    // …nor the shortest, the opposite cue…
    expect(report.shortestRate, `key shortest in ${report.shortest.join(', ')}`).toBeLessThanOrEqual(report.chance + 0.1)
    // …and never by a margin a reader would notice (a fifth longer than every other option).
    expect(report.wide).toEqual([])
  })

  it('write the options of each question to similar length', () => {
    for (const question of questions) {
      const lengths = question.options.map(option => option.text.length)
      expect(Math.max(...lengths) / Math.min(...lengths), question.id).toBeLessThanOrEqual(1.35)
      expect(keyLength(question).ratio, question.id).toBeLessThanOrEqual(1.1)
    }
  })

  it('spread the key over the letters, each letter the key of at least two questions', () => {
    const letters = questions.map(q => optionLetter(q.options.findIndex(o => o.id === q.key)))
    for (const letter of ['A', 'B', 'C', 'D'])
      expect(letters.filter(l => l === letter).length, `key ${letter}`).toBeGreaterThanOrEqual(2)
  })

  it('use no absurd distractor and no "all/none of the above"', () => {
    const texts = questions.flatMap(q => q.options.map(o => o.text))
    for (const text of texts)
      expect(text).not.toMatch(/applied to join NATO|parliamentary democracy|(all|none) of the above/i)
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
    for (const file of new Set(checks().map(slide => slide.file))) {
      const blocks = [
        ...readFileSync(file, 'utf8').matchAll(/^---\n([\s\S]*?)\n---$/gm),
      ].map(match => match[1])
      expect(blocks.length, file).toBeGreaterThan(0)
      for (const block of blocks) {
        const keys = [
          ...block.matchAll(/^(\w+):/gm),
        ].map(match => match[1])
        expect(keys.at(-1), `${file}: ${keys.join(', ')}`).toBe('study')
      }
    }
  })

  it('keep every answer-key slide for the lecturer only', () => {
    const keySlides = slides.filter(slide => slide.content.includes('<AnswerKey'))
    expect(keySlides.length).toBeGreaterThan(0)
    for (const slide of keySlides)
      expect(slide.frontmatter.lecturerOnly, `slide ${slide.no} "${slide.title}"`).toBe(true)
    // Every question's reasoning is on one of them.
    const shown = keySlides
      .flatMap(slide => [
        ...slide.content.matchAll(/<AnswerKey part="(\w+)"(?: kind="(\w+)")? detail="explanations"/g),
      ])
      .flatMap(([, part, kind]) => questions.filter(q => q.part === part && (!kind || q.kind === kind)).map(q => q.id))
    expect(shown.sort()).toEqual(questions.map(question => question.id).sort())
  })
})
