import { describe, expect, it } from 'vitest'
import { decisionQuestion, learningObjectives } from '../../data/article'
import { claimChecks, objections } from '../../data/critique'
import { discussionQuestions, rolePlay } from '../../data/discussion'
import { claimsThat } from '../../logic/critique'

const ACTION_VERBS = [
  'State',
  'Explain',
  'Place',
  'Tell',
  'Defend',
  'Describe',
  'Compare',
  'Evaluate',
  'Identify',
  'Name',
]

describe('the module plan', () => {
  it('has four or five learning objectives, each starting with a testable action verb', () => {
    expect(learningObjectives.length).toBeGreaterThanOrEqual(4)
    expect(learningObjectives.length).toBeLessThanOrEqual(5)
    for (const objective of learningObjectives)
      expect(ACTION_VERBS, objective).toContain(objective.split(' ')[0])
  })

  it('states the decision question in one sentence ending with a question mark', () => {
    expect(decisionQuestion.trim()).toMatch(/\?$/)
    expect(decisionQuestion.slice(0, -1)).not.toMatch(/[.?!]\s/)
  })
})

describe('the critique data', () => {
  it('covers every weak point a careful reader should question, the text’s missing date among them', () => {
    const questioned = claimsThat('question').map(check => check.id)
    expect(questioned).toEqual(expect.arrayContaining([
      'interpreter',
      'cold-war-famines',
      'famine-memory',
      'aid-decline',
      'undated',
    ]))
  })

  it('marks every event after the article as such where an objection uses it', () => {
    // Xi's visit (September 2022) came after the article was written; an objection may use it only if it says so.
    for (const objection of objections) {
      if (objection.citation.sources?.includes('reuters-xi-visit'))
        expect(objection.objection, objection.id).toMatch(/after the article/)
    }
  })

  it('splits the claims into those that hold and those to question, with none lost', () => {
    expect(claimsThat('hold').length + claimsThat('question').length).toBe(claimChecks.length)
  })

  it('states the four strongest objections, each with the author’s reply', () => {
    expect(objections.map(o => o.id)).toEqual([
      'csto-intervention',
      'oil-through-russia',
      'human-rights',
      'china-weight',
    ])
    for (const objection of objections)
      expect(objection.authorReply.length).toBeGreaterThan(20)
  })
})

describe('the discussion data', () => {
  it('asks four or five questions, each pointing to paragraphs to reread', () => {
    expect(discussionQuestions.length).toBeGreaterThanOrEqual(4)
    expect(discussionQuestions.length).toBeLessThanOrEqual(5)
  })

  it('seats a chair and at least seven other seats at the role-play', () => {
    expect(rolePlay.roles.some(role => role.title.includes('chair'))).toBe(true)
    expect(rolePlay.roles.length).toBeGreaterThanOrEqual(8)
    expect(rolePlay.options.length).toBeGreaterThanOrEqual(2)
  })
})
