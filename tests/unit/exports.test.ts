import { describe, expect, it } from 'vitest'
import { partById } from '../../data/article'
import { exportFileNames, locateOutline, slidesOutline, slugify } from '../../logic/exports'

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
      {
        title: 'Opening',
        page: 1,
        children: [
          { title: 'Opening', page: 1, children: [] },
          { title: 'Objectives', page: 2, children: [] },
        ],
      },
      {
        title: 'The hook and the thesis',
        page: 3,
        children: [
          { title: 'The hook', page: 3, children: [] },
        ],
      },
    ])
  })

  it('names untitled slides by number', () => {
    expect(slidesOutline([
      { title: '', part: '' },
    ], title)[0].title).toBe('Slide 1')
  })
})

describe('locating handout bookmarks', () => {
  const pages = [
    'Handout Washington needs a more defined Kazakhstan policy How to use',
    'Contents Opening The hook and the thesis',
    'Opening Slide 1 Cover title Slide 2 Objectives',
    'Slide 3 Agenda',
    'The hook and the thesis Slide 4 The hook',
    'Appendix Glossary EAEU',
  ]

  it('opens each bookmark at the first page after its predecessor that holds its marker', () => {
    const outline = locateOutline(pages, [
      { title: 'Cover', marker: 'How to use', children: [] },
      {
        title: 'Opening',
        marker: 'Slide 1',
        children: [
          { title: 'Objectives', marker: 'Slide 2 Objectives', children: [] },
          { title: 'Agenda', marker: 'Slide 3 Agenda', children: [] },
        ],
      },
      { title: 'The hook and the thesis', marker: 'Slide 4', children: [] },
      { title: 'Glossary', marker: 'Glossary', children: [] },
    ])
    expect(outline.map(entry => [entry.title, entry.page])).toEqual([
      ['Cover', 0],
      ['Opening', 2],
      ['The hook and the thesis', 4],
      ['Glossary', 5],
    ])
    expect(outline[1].children.map(entry => entry.page)).toEqual([2, 3])
  })

  it('does not match a title in the table of contents when the heading comes later', () => {
    const [entry] = locateOutline(pages.slice(1), [
      { title: 'Thesis', marker: 'The hook and the thesis Slide 4', children: [] },
    ])
    expect(entry.page).toBe(3)
  })

  it('ignores how the printer spaced the words', () => {
    expect(locateOutline(['Slide 12 Wash ington  needs'], [
      { title: 'x', marker: 'Slide 12 Washington needs', children: [] },
    ])[0].page).toBe(0)
  })

  it('names a bookmark whose heading is missing', () => {
    expect(() => locateOutline(pages, [
      { title: 'Timeline', marker: 'Timeline table', children: [] },
    ]))
      .toThrow('"Timeline table" for the bookmark "Timeline"')
  })
})
