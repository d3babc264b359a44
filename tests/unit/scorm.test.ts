import { describe, expect, it } from 'vitest'
import { decodeSuspendData, encodeSuspendData, masteryFromLms, scoreOf, sessionTime12, sessionTime2004, statusOf, SUSPEND_DATA_LIMIT } from '../../logic/scorm'

describe('score and status', () => {
  it('counts correct answers out of every check, as a percentage and a fraction', () => {
    expect(scoreOf({ answered: 2, correct: 1, total: 12 })).toEqual({
      raw: 8.33,
      min: 0,
      max: 100,
      scaled: 0.0833,
    })
    expect(scoreOf({ answered: 12, correct: 12, total: 12 })).toEqual({
      raw: 100,
      min: 0,
      max: 100,
      scaled: 1,
    })
    expect(scoreOf({ answered: 0, correct: 0, total: 0 }).raw).toBe(0)
  })
  it('is incomplete until every check is answered, then passed or failed against the mastery score', () => {
    expect(statusOf({ answered: 11, correct: 11, total: 12 }, 80)).toEqual({ completion: 'incomplete', success: 'unknown', lesson: 'incomplete' })
    expect(statusOf({ answered: 12, correct: 10, total: 12 }, 80)).toEqual({ completion: 'completed', success: 'passed', lesson: 'passed' })
    expect(statusOf({ answered: 12, correct: 9, total: 12 }, 80)).toEqual({ completion: 'completed', success: 'failed', lesson: 'failed' })
    // Exactly at the mastery score passes.
    expect(statusOf({ answered: 4, correct: 3, total: 4 }, 75).success).toBe('passed')
  })
})

describe('session time', () => {
  it('is HHHH:MM:SS.SS for SCORM 1.2', () => {
    expect(sessionTime12(0)).toBe('0000:00:00.00')
    expect(sessionTime12(3_723_456)).toBe('0001:02:03.46')
    expect(sessionTime12(10_000 * 3_600_000)).toBe('9999:59:59.99')
  })
  it('is an ISO 8601 duration for SCORM 2004', () => {
    expect(sessionTime2004(0)).toBe('PT0S')
    expect(sessionTime2004(3_723_456)).toBe('PT1H2M3.46S')
    expect(sessionTime2004(120_000)).toBe('PT2M')
    expect(sessionTime2004(1_500)).toBe('PT1.5S')
  })
})

describe('suspend data', () => {
  const answer = (selected: string[]) => JSON.stringify({ selected, checked: true, attempts: 1 })

  it('round-trips the answers by question id', () => {
    const answers = new Map([
      [
        'thesis-claim',
        answer(['b']),
      ],
      [
        'russia-ties',
        answer(['a', 'c']),
      ],
    ])
    const { data, dropped } = encodeSuspendData(answers)
    expect(dropped).toEqual([])
    expect(decodeSuspendData(data)).toEqual(answers)
  })
  it('stays within SCORM 1.2\'s 4096 characters, naming what did not fit', () => {
    const answers = new Map(Array.from({ length: 100 }, (_, i) => [
      `question-${i}`,
      answer(['a', 'b', 'c']),
    ]))
    const { data, dropped } = encodeSuspendData(answers)
    expect(SUSPEND_DATA_LIMIT).toBe(4096)
    expect(data.length).toBeLessThanOrEqual(4096)
    expect(dropped.length).toBeGreaterThan(0)
    expect(decodeSuspendData(data).size + dropped.length).toBe(100)
  })
  it('reads anything it did not write as no answers', () => {
    for (const foreign of [
      '',
      'lesson=3',
      '{"v":2,"a":{}}',
      '{"v":1,"a":[]}',
      'null',
    ])
      expect(decodeSuspendData(foreign).size, foreign).toBe(0)
  })
})

describe('what the platform hands back', () => {
  it('reads the mastery score as a percentage (1.2) or a fraction (2004), or falls back to the export\'s', () => {
    expect(masteryFromLms('1.2', '70', 80)).toBe(70)
    expect(masteryFromLms('2004', '0.7', 80)).toBe(70)
    expect(masteryFromLms('2004', '', 80)).toBe(80)
    expect(masteryFromLms('1.2', 'abc', 80)).toBe(80)
    expect(masteryFromLms('2004', '-0.5', 80)).toBe(80)
  })
})
