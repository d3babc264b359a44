import type { Question } from '../../data/questions'
import { describe, expect, it } from 'vitest'
import { assertValidQuestions, correctLetters, gradeAnswer, parseAnswer, questionErrors, quizProgress, serialiseAnswer, slidesForParagraphs, storageKey, toggleOption, verdictText } from '../../logic/quiz'

const single: Question = {
  id: 'q-single',
  part: 'thesis',
  kind: 'single',
  prompt: 'Which?',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ],
  correct: ['b'],
  explanation: 'Because ¶2 says so.',
  citation: {
    paragraphs: [2],
  },
}
const multiple: Question = {
  ...single,
  id: 'q-multiple',
  kind: 'multiple',
  correct: ['a', 'c'],
}

describe('questionErrors', () => {
  it('reports every problem at once, each naming its question', () => {
    const broken: Question[] = [
      {
        ...single,
        correct: ['a', 'b'],
        explanation: ' ',
      },
      { ...multiple, correct: [] },
      {
        ...single,
        id: 'q-single',
        correct: ['z'],
        citation: {
          paragraphs: [14],
        },
      },
      {
        ...single,
        id: 'q-other',
        options: [
          { id: 'a', text: 'A' },
          { id: 'a', text: '' },
        ],
        correct: ['a'],
      },
      { ...single, id: 'q-part', part: 'dilemma' },
    ]
    const errors = questionErrors(broken)
    expect(errors).toEqual(expect.arrayContaining([
      'question "q-single" is single choice but has 2 correct answers (needs exactly one)',
      'question "q-single" has no explanation',
      'question "q-multiple" is multiple choice but has no correct answer',
      'question "q-single" is defined twice',
      'question "q-single" marks "z" correct, which is not one of its options',
      'question "q-single" cites ¶14, which the article does not have (¶1–¶13)',
      'question "q-other" has a missing or repeated option id "a"',
      'question "q-other" has an option "a" without text',
      'question "q-part" tests ¶2, which is outside its part "dilemma"',
    ]))
  })

  it('asks for the paragraph a question tests, not just an outside source', () => {
    expect(questionErrors([
      {
        ...single,
        citation: {
          sources: ['mid-eaeu'],
        },
      },
    ])).toEqual(['question "q-single" does not name the paragraph it tests'])
  })

  it('throws one error listing them all from the assert', () => {
    expect(() => assertValidQuestions([
      { ...single, correct: [] },
      { ...multiple, explanation: '' },
    ])).toThrow(/q-single[\s\S]*q-multiple/)
  })
})

describe('gradeAnswer', () => {
  it('marks the one correct option of a single-choice question as correct and any other as not', () => {
    expect(gradeAnswer(single, ['b']).verdict).toBe('correct')
    expect(gradeAnswer(single, ['a'])).toEqual({
      verdict: 'incorrect',
      missed: ['b'],
      wrong: ['a'],
    })
  })

  it('needs exactly the correct set for a multiple-choice question, and calls a partial set partly correct', () => {
    expect(gradeAnswer(multiple, ['c', 'a']).verdict).toBe('correct')
    expect(gradeAnswer(multiple, ['a'])).toEqual({
      verdict: 'partly',
      missed: ['c'],
      wrong: [],
    })
    expect(gradeAnswer(multiple, ['a', 'b', 'c'])).toEqual({
      verdict: 'partly',
      missed: [],
      wrong: ['b'],
    })
    expect(gradeAnswer(multiple, ['b']).verdict).toBe('incorrect')
  })

  it('says in words what was right and wrong', () => {
    expect(verdictText(single, gradeAnswer(single, ['b']))).toBe('Correct.')
    expect(verdictText(multiple, gradeAnswer(multiple, ['a', 'b']))).toBe('Partly correct: you missed 1 correct option, and 1 of your choices is not correct.')
  })

  it('letters the correct options as the slide does', () => {
    expect(correctLetters(single)).toBe('B')
    expect(correctLetters(multiple)).toBe('A, C')
  })
})

describe('choosing options', () => {
  it('replaces the choice for single choice and toggles it, in option order, for multiple choice', () => {
    expect(toggleOption(single, ['a'], 'c')).toEqual(['c'])
    expect(toggleOption(multiple, ['c'], 'a')).toEqual(['a', 'c'])
    expect(toggleOption(multiple, ['a', 'c'], 'a')).toEqual(['c'])
  })
})

describe('saved answers', () => {
  it('namespace the storage key by deck and question', () => {
    expect(storageKey('thesis-claim')).toBe('kazakhstan-policy-deck:knowledge-check:v1:thesis-claim')
  })

  it('round-trip through serialisation', () => {
    const state = {
      selected: ['a', 'c'],
      checked: true,
      attempts: 2,
    }
    expect(parseAnswer(serialiseAnswer(state), multiple)).toEqual(state)
  })

  it('fall back to a fresh start on missing, broken or outdated data', () => {
    const fresh = { selected: [], checked: false, attempts: 0 }
    expect(parseAnswer(null, single)).toEqual(fresh)
    expect(parseAnswer('{not json', single)).toEqual(fresh)
    expect(parseAnswer(JSON.stringify({
      selected: ['x', 'a', 'b'],
      checked: true,
      attempts: -1,
    }), single)).toEqual({
      selected: ['a'],
      checked: true,
      attempts: 0,
    })
    expect(parseAnswer(JSON.stringify({ selected: [], checked: true }), single).checked).toBe(false)
  })

  it('count answered and correct questions for a progress summary', () => {
    const store: Record<string, string> = {
      [storageKey('q-single')]: serialiseAnswer({
        selected: ['b'],
        checked: true,
        attempts: 1,
      }),
      [storageKey('q-multiple')]: serialiseAnswer({
        selected: ['a'],
        checked: true,
        attempts: 1,
      }),
    }
    expect(quizProgress([single, multiple], key => store[key] ?? null)).toEqual({ answered: 2, correct: 1, total: 2 })
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
