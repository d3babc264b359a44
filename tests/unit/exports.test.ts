import { describe, expect, it } from 'vitest'
import { partById } from '../../data/article'
import { exportFileNames, slidesOutline, slugify } from '../../logic/exports'

describe('export file names', () => {
  it('come from the deck title', () => {
    expect(exportFileNames('Washington needs a more defined Kazakhstan policy')).toEqual({
      slidesPdf: 'washington-needs-a-more-defined-kazakhstan-policy-slides.pdf',
      handoutPdf: 'washington-needs-a-more-defined-kazakhstan-policy-handout.pdf',
      pptx: 'washington-needs-a-more-defined-kazakhstan-policy-slides.pptx',
    })
  })

  it('drop accents and punctuation', () => {
    expect(slugify('  Kazakhstan’s “multi-vector” policy (2022)! ')).toBe('kazakhstan-s-multi-vector-policy-2022')
    expect(slugify('Qazaqstan Respýblikasy')).toBe('qazaqstan-respyblikasy')
  })

  it('refuse a title with nothing to name a file by', () => {
    expect(() => slugify('¶ — ¶')).toThrow('gives no usable file name')
  })
})

describe('slides outline', () => {
  const title = (id: string) => partById(id)?.title

  it('nests slides under their part, each bookmark opening its own page', () => {
    const outline = slidesOutline([
      { title: 'Cover', part: '' },
      { title: 'Opening', part: 'opening' },
      { title: 'Objectives', part: 'opening' },
      { title: 'The hook', part: 'thesis' },
    ], title)
    expect(outline).toEqual([
      { title: 'Cover', page: 0, children: [] },
      { title: 'Opening', page: 1, children: [{ title: 'Opening', page: 1, children: [] }, { title: 'Objectives', page: 2, children: [] }] },
      { title: 'The hook and the thesis', page: 3, children: [{ title: 'The hook', page: 3, children: [] }] },
    ])
  })

  it('names untitled slides by number', () => {
    expect(slidesOutline([{ title: '', part: '' }], title)[0].title).toBe('Slide 1')
  })
})
