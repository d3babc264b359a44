import { describe, expect, it } from 'vitest'
import { decisionQuestion, learningObjectives, parts } from '../../data/article'
import { assertValidCritique, claimChecks, claimsThat, critiqueErrors, objections } from '../../data/critique'
import { assertValidDiscussion, discussionErrors, discussionQuestions, rolePlay } from '../../data/discussion'

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

  it('gives the parts minutes that add up to about fifty', () => {
    const total = parts.reduce((sum, part) => sum + part.minutes, 0)
    expect(total).toBeGreaterThanOrEqual(48)
    expect(total).toBeLessThanOrEqual(52)
  })
})

describe('the critique data', () => {
  it('is valid as shipped', () => {
    expect(critiqueErrors()).toEqual([])
    expect(() => assertValidCritique()).not.toThrow()
  })

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

  it('reports every error at once, naming each offending id', () => {
    const broken = [
      {
        ...claimChecks[0],
        id: 'x',
        paragraphs: [14],
      },
      {
        ...claimChecks[4],
        id: 'y',
        citation: {
          paragraphs: [7],
        },
      },
      {
        ...claimChecks[4],
        id: 'y',
        citation: {
          sources: ['nowhere' as never],
        },
      },
    ]
    const errors = critiqueErrors(broken, [
      { ...objections[0], id: 'z', citation: {} },
    ])
    expect(errors).toEqual(expect.arrayContaining([
      'x: cites ¶14, which the article does not have',
      'y: a claim questioned needs an external source',
      'y: id is used twice',
      'y: cites unknown source "nowhere"',
      'z: has no source',
      'z: an objection needs an external source',
    ]))
    expect(() => assertValidCritique(broken, [])).toThrow(/x: cites ¶14/)
    expect(() => assertValidCritique(broken, [])).toThrow(/y: id is used twice/)
  })
})

describe('the discussion data', () => {
  it('is valid as shipped', () => {
    expect(discussionErrors()).toEqual([])
    expect(() => assertValidDiscussion()).not.toThrow()
  })

  it('asks four or five questions, each pointing to paragraphs to reread', () => {
    expect(discussionQuestions.length).toBeGreaterThanOrEqual(4)
    expect(discussionQuestions.length).toBeLessThanOrEqual(5)
  })

  it('seats a chair and at least seven other seats at the role-play', () => {
    expect(rolePlay.roles.some(role => role.title.includes('chair'))).toBe(true)
    expect(rolePlay.roles.length).toBeGreaterThanOrEqual(8)
    expect(rolePlay.options.length).toBeGreaterThanOrEqual(2)
  })

  it('reports empty roles and unknown paragraphs, each by name', () => {
    const errors = discussionErrors(
      [
        {
          ...discussionQuestions[0],
          id: 'q',
          question: 'Not a question',
          paragraphs: [0],
        },
      ],
      {
        ...rolePlay,
        roles: [
          { ...rolePlay.roles[0], interests: [] },
          rolePlay.roles[1],
        ],
      },
    )
    expect(errors).toEqual(expect.arrayContaining([
      'q: cites ¶0, which the article does not have',
      'q: the question does not end with a question mark',
      'role-play: needs at least three roles, has 2',
      'nsa: has no interests',
    ]))
  })
})
