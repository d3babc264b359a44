import type { Question } from '../../data/questions'
import { describe, expect, it } from 'vitest'
import { answerKeyQuestions, gradeAnswer, keyLetter, parseAnswer, quizProgress, serialiseAnswer, slidesForParagraphs, storageKey, toggleOption, verdictText } from '../../logic/quiz'

const option = (id: string, text: string) => ({ id, text, feedback: `Option ${id}: see ¶2.` })
const sample: Question = {
  id: 'q-one',
  part: 'thesis',
  kind: 'recall',
  objectives: [1],
  prompt: 'Which?',
  options: [
    option('a', 'Alpha one'),
    option('b', 'Bravo two'),
    option('c', 'Charlie 3'),
  ],
  key: 'b',
  reasoning: 'Because ¶2 says so.',
  citation: {
    paragraphs: [2],
  },
}

describe('gradeAnswer', () => {
  it('marks the key as correct and any other option as not, handing back the chosen option for its feedback', () => {
    expect(gradeAnswer(sample, ['b'])).toEqual({ verdict: 'correct', chosen: sample.options[1] })
    expect(gradeAnswer(sample, ['a'])).toEqual({ verdict: 'incorrect', chosen: sample.options[0] })
    expect(gradeAnswer(sample, [])).toEqual({ verdict: 'incorrect', chosen: undefined })
  })

  it('says the verdict in words and letters the key as the slide does', () => {
    expect(verdictText(gradeAnswer(sample, ['b']))).toBe('Correct.')
    expect(verdictText(gradeAnswer(sample, ['c']))).toBe('Not correct.')
    expect(keyLetter(sample)).toBe('B')
  })
})

describe('choosing options', () => {
  it('replaces any earlier choice, and ignores an option the question does not have', () => {
    expect(toggleOption(sample, 'c')).toEqual(['c'])
    expect(toggleOption(sample, 'z')).toEqual([])
  })
})

describe('saved answers', () => {
  it('namespace the storage key by deck, version and question', () => {
    expect(storageKey('thesis-claim')).toBe('kazakhstan-policy-deck:knowledge-check:v2:thesis-claim')
  })

  it('round-trip through serialisation', () => {
    const state = {
      selected: ['c'],
      checked: true,
      attempts: 2,
    }
    expect(parseAnswer(serialiseAnswer(state), sample)).toEqual(state)
  })

  it('fall back to a fresh start on missing, broken or outdated data', () => {
    const fresh = { selected: [], checked: false, attempts: 0 }
    expect(parseAnswer(null, sample)).toEqual(fresh)
    expect(parseAnswer('{not json', sample)).toEqual(fresh)
    expect(parseAnswer(JSON.stringify({
      selected: ['x', 'a', 'b'],
      checked: true,
      attempts: -1,
    }), sample)).toEqual({
      selected: ['a'],
      checked: true,
      attempts: 0,
    })
    expect(parseAnswer(JSON.stringify({ selected: [], checked: true }), sample).checked).toBe(false)
  })

  it('count answered and correct questions for a progress summary', () => {
    const other = { ...sample, id: 'q-two' }
    const store: Record<string, string> = {
      [storageKey('q-one')]: serialiseAnswer({
        selected: ['b'],
        checked: true,
        attempts: 1,
      }),
      [storageKey('q-two')]: serialiseAnswer({
        selected: ['a'],
        checked: true,
        attempts: 1,
      }),
    }
    expect(quizProgress([sample, other], key => store[key] ?? null)).toEqual({ answered: 2, correct: 1, total: 2 })
  })
})

describe('answerKeyQuestions', () => {
  const quiz: Question[] = [
    sample,
    { ...sample, id: 'q-two', kind: 'judgement' },
    { ...sample, id: 'q-three', part: 'russia' },
  ]
  it('lists every question when the key names no part or kind, and narrows by each it names', () => {
    const ids = (filter: { part?: string, kind?: string }) => answerKeyQuestions(filter, quiz).map(question => question.id)
    expect(ids({})).toEqual(['q-one', 'q-two', 'q-three'])
    expect(ids({ part: 'thesis' })).toEqual(['q-one', 'q-two'])
    expect(ids({ part: 'thesis', kind: 'judgement' })).toEqual(['q-two'])
    expect(ids({ kind: 'recall' })).toEqual(['q-one', 'q-three'])
  })
})

describe('slidesForParagraphs', () => {
  const slides = [
    {
      no: 3,
      title: 'Map',
      paragraphs: [1, 2, 9],
      isCheck: false,
    },
    {
      no: 4,
      title: 'Hook',
      paragraphs: [1],
      isCheck: false,
    },
    {
      no: 5,
      title: 'Thesis',
      paragraphs: [2],
      isCheck: false,
    },
    {
      no: 6,
      title: 'Check',
      paragraphs: [3],
      isCheck: true,
    },
    {
      no: 7,
      title: 'Overview',
      paragraphs: [3, 4],
      isCheck: false,
    },
    {
      no: 8,
      title: 'Again',
      paragraphs: [1],
      isCheck: false,
    },
  ]
  const found = (paragraphs: number[]) => slidesForParagraphs(slides, paragraphs).map(entry => [entry.paragraphs, entry.slide.no])

  it('sends each tested paragraph to the earliest slide that presents it most narrowly', () => {
    expect(found([1])).toEqual([
      [
        [1],
        4,
      ],
    ])
    expect(found([2, 1])).toEqual([
      [
        [1],
        4,
      ],
      [
        [2],
        5,
      ],
    ])
  })

  it('never sends a student to a check slide, and joins paragraphs that one slide presents', () => {
    expect(found([3, 4])).toEqual([
      [
        [3, 4],
        7,
      ],
    ])
  })

  it('leaves out paragraphs no slide presents', () => {
    expect(found([13])).toEqual([])
  })
})
