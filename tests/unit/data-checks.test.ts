import { describe, expect, it } from 'vitest'
import { runDataChecks } from '../../scripts/lib/data-checks'
import { deckErrors } from '../../scripts/lib/deck-checks'

describe('content checks run before every build', () => {
  it('find every shipped dataset valid', () => {
    expect(runDataChecks()).toEqual([])
  })

  it('report every failing dataset by name, with all its errors', () => {
    const reports = runDataChecks([
      {
        name: 'good',
        errors: () => [],
      },
      {
        name: 'data/timeline.ts',
        errors: () => ['event "x" has an unknown source', 'event "y" ends before it starts'],
      },
      {
        name: 'data/broken.ts',
        errors: () => { throw new Error('cannot read') },
      },
    ])
    expect(reports).toEqual([
      {
        name: 'data/timeline.ts',
        errors: ['event "x" has an unknown source', 'event "y" ends before it starts'],
      },
      {
        name: 'data/broken.ts',
        errors: ['the check itself failed: cannot read'],
      },
    ])
  })
})

describe('deck checks', () => {
  const slide = {
    no: 2,
    title: 'A slide',
    part: 'thesis',
    paragraphs: [1],
    file: 'pages/02-thesis.md',
  }

  it('accept a well-formed slide', () => {
    expect(deckErrors([slide])).toEqual([])
  })

  it('name the slide and file of each problem', () => {
    expect(deckErrors([
      { ...slide, part: 'appendix' },
      {
        ...slide,
        no: 3,
        paragraphs: [14],
      },
      { ...slide, no: 4, part: '' },
      { ...slide, no: 5, title: ' ' },
    ])).toEqual([
      'slide 2 (pages/02-thesis.md) names the unknown part "appendix"',
      'slide 3 (pages/02-thesis.md) cites ¶14, which the article does not have',
      'slide 4 (pages/02-thesis.md) belongs to no part: set part: in its src: import in slides.md',
      'slide 5 (pages/02-thesis.md) has no # title',
    ])
  })
})
