import { describe, expect, it } from 'vitest'
import { median, plainDeckMarkdown, renderTable, stepTime } from '../../scripts/lib/bench'

describe('the benchmark table', () => {
  it('prints each row with its ratio and whether it meets a ratio or an absolute target', () => {
    expect(renderTable([
      {
        measure: 'per page',
        unit: 's',
        digits: 2,
        ours: 0.3,
        baseline: 0.2,
        target: { ratio: 2 },
      },
      {
        measure: 'vs CLI',
        unit: 's',
        digits: 2,
        ours: 1,
        baseline: 4,
        target: { ratio: 0.2, label: '5× faster' },
      },
      {
        measure: 'kit',
        unit: 's',
        digits: 0,
        ours: 50,
        baseline: 20,
        target: { ours: 45 },
      },
      {
        measure: 'missing',
        unit: 'KB',
        digits: 1,
        ours: 3,
        target: { ratio: 1.3 },
      },
    ]).split('\n')).toEqual([
      '| measure | ours | baseline | ratio | target |',
      '| --- | --- | --- | --- | --- |',
      '| per page | 0.30 s | 0.20 s | 1.50× | ≤ 2× ✓ |',
      '| vs CLI | 1.00 s | 4.00 s | 0.25× | ≤ 0.2× (5× faster) ✗ |',
      '| kit | 50 s | 20 s | 2.50× | ≤ 45 s ✗ |',
      '| missing | 3.0 KB | — | — | ≤ 1.3× ? |',
    ])
  })
  it('takes the median of the finite samples', () => {
    expect(median([9, 1, 5])).toBe(5)
    expect(median([4, Number.NaN, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeUndefined()
  })
  it('reads a step\'s seconds and pages from the exporter\'s log', () => {
    expect(stepTime('export: slides done in 12.5 s, 40 pages → a.pdf', 'slides')).toEqual({ seconds: 12.5, pages: 40 })
    expect(stepTime('export: handout done in 3.0 s, 9 A4 pages', 'slides')).toBeUndefined()
  })
  it('generates a plain deck with the asked number of slides, each with a note', () => {
    const slides = plainDeckMarkdown(3).split('\n---\n\n').slice(1)
    expect(slides).toHaveLength(3)
    expect(slides.every(slide => /^# Slide \d[\s\S]*<!--[\s\S]+-->/.test(slide))).toBe(true)
  })
})
