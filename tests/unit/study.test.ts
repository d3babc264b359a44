import type { StudySlideInfo } from '../../logic/study'
import { describe, expect, it } from 'vitest'
import { parts } from '../../data/article'
import { groupSlidesByPart, parseLastRead } from '../../logic/study'

function slide(no: number, part: string): StudySlideInfo {
  return {
    no,
    title: `Slide ${no}`,
    part,
    paragraphs: [],
    noteHTML: '',
  }
}

describe('groupSlidesByPart', () => {
  it('keeps deck order and starts a group at each part', () => {
    const groups = groupSlidesByPart([
      slide(1, ''),
      slide(2, 'opening'),
      slide(3, 'thesis'),
      slide(4, 'thesis'),
      slide(5, 'russia'),
    ], parts)
    expect(groups.map(group => [
      group.part.id,
      group.slides.map(s => s.no),
    ])).toEqual([
      [
        'opening',
        [1, 2],
      ],
      [
        'thesis',
        [3, 4],
      ],
      [
        'russia',
        [5],
      ],
    ])
  })

  it('names the slide that refers to a part that does not exist', () => {
    expect(() => groupSlidesByPart([
      slide(1, 'opening'),
      slide(7, 'epilogue'),
    ], parts)).toThrow('slide 7 ("epilogue")')
  })
})

describe('the remembered reading position', () => {
  it('is a slide the deck has', () => {
    expect(parseLastRead('12', 57)).toBe(12)
  })

  it('is forgotten when missing, malformed or past the end of the deck', () => {
    expect(parseLastRead(null, 57)).toBeUndefined()
    expect(parseLastRead('twelve', 57)).toBeUndefined()
    expect(parseLastRead('3.5', 57)).toBeUndefined()
    expect(parseLastRead('58', 57)).toBeUndefined()
    expect(parseLastRead('0', 57)).toBeUndefined()
  })
})
