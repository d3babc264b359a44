import { describe, expect, it } from 'vitest'
import { parts } from '../../data/article'
import { questions } from '../../data/questions'
import { questionErrors } from '../../logic/quiz'

describe('the knowledge-check questions', () => {
  it('pass validation with no errors', () => {
    expect(questionErrors(questions)).toEqual([])
  })

  it('number at least ten, with at least two for each tested part', () => {
    expect(questions.length).toBeGreaterThanOrEqual(10)
    for (const part of ['thesis', 'russia', 'case', 'dilemma'])
      expect(questions.filter(question => question.part === part).length, part).toBeGreaterThanOrEqual(2)
  })

  it('give every single-choice question exactly one correct answer and every multiple-choice question a non-empty set', () => {
    for (const question of questions) {
      if (question.kind === 'single')
        expect(question.correct, question.id).toHaveLength(1)
      else
        expect(question.correct.length, question.id).toBeGreaterThan(0)
      expect(question.explanation.trim().length, question.id).toBeGreaterThan(40)
    }
  })

  it('test only paragraphs of the part they follow', () => {
    for (const question of questions) {
      const part = parts.find(p => p.id === question.part)!
      for (const paragraph of question.citation.paragraphs ?? [])
        expect(part.paragraphs, question.id).toContain(paragraph)
    }
  })

  it('do not always put the correct answer in the same place', () => {
    const firstCorrect = new Set(questions.filter(q => q.kind === 'single').map(q => q.options.findIndex(o => o.id === q.correct[0])))
    expect(firstCorrect.size).toBeGreaterThanOrEqual(3)
  })
})
