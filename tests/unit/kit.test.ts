import { describe, expect, it } from 'vitest'
import { briefingFacts } from '../../data/briefing'
import { questions } from '../../data/questions'
import { seats } from '../../data/roles'
import { groupByPart } from '../../logic/article'
import { sourceById } from '../../logic/citations'
import { answerKey, dateBefore, seatFacts } from '../../logic/kit'

describe('the late-2022 facts', () => {
  it('treat a year or a month as lasting to its end', () => {
    expect(dateBefore('2022', '2023-01-01')).toBe(true)
    expect(dateBefore('2022-12', '2022-12-15')).toBe(false)
    expect(dateBefore('2023', '2023-01-01')).toBe(false)
  })
})

describe('the seats at the table', () => {
  it('are the six of the role-play slide plus Energy and Intelligence', () => {
    expect(seats.map(seat => seat.id)).toEqual(expect.arrayContaining([
      'nsa',
      'state',
      'usaid',
      'treasury',
      'defense',
      'rights',
      'energy',
      'intelligence',
    ]))
  })

  it('print only facts with a source record behind them', () => {
    for (const seat of seats) {
      for (const fact of seatFacts(seat, briefingFacts)) {
        for (const id of fact.source.sources ?? [])
          expect(sourceById(id), `${seat.id}: ${fact.id} → ${id}`).toBeDefined()
      }
    }
  })
})

describe('the answer key in the instructor guide', () => {
  it('gives every question its letter, the answer text and the reasoning', () => {
    const key = answerKey(questions)
    expect(key).toHaveLength(questions.length)
    key.forEach((entry, index) => {
      const question = questions[index]
      expect(entry.number).toBe(index + 1)
      expect(entry.answer).toBe(question.options.find(option => option.id === question.key)!.text)
      expect(entry.letter).toBe(String.fromCharCode(65 + question.options.findIndex(option => option.id === question.key)))
      expect(entry.reasoning).toBe(question.reasoning)
    })
  })
})

describe('the script in the instructor guide', () => {
  it('keeps each slide under its part, in deck order', () => {
    const groups = groupByPart([
      {
        no: 1,
        title: 'Cover',
        part: '',
        noteHTML: '',
      },
      {
        no: 2,
        title: 'Hook',
        part: 'thesis',
        minutes: 2,
        noteHTML: '<p>Ask</p>',
      },
      {
        no: 3,
        title: 'More',
        part: '',
        noteHTML: '',
      },
    ], [
      { id: 'opening' },
      { id: 'thesis' },
    ])
    expect(groups.map(group => [
      group.part.id,
      group.slides.map(slide => slide.no),
    ])).toEqual([
      [
        'opening',
        [1],
      ],
      [
        'thesis',
        [2, 3],
      ],
    ])
  })
})
