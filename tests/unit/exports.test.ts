import { describe, expect, it } from 'vitest'
import { partById } from '../../logic/article'
import { builtBase, exportFileNames, exportSteps, locateOutline, packageSteps, parseExportOptions, slidesOutline, slugify, subPathOut, UsageError } from '../../scripts/lib/exports'

describe('export file names', () => {
  it('come from the deck title', () => {
    expect(exportFileNames('Washington needs a more defined Kazakhstan policy')).toEqual({
      slidesPdf: 'washington-needs-a-more-defined-kazakhstan-policy-slides.pdf',
      handoutPdf: 'washington-needs-a-more-defined-kazakhstan-policy-handout.pdf',
      pptx: 'washington-needs-a-more-defined-kazakhstan-policy-slides.pptx',
      roleCardsPdf: 'washington-needs-a-more-defined-kazakhstan-policy-role-cards.pdf',
      factSheetPdf: 'washington-needs-a-more-defined-kazakhstan-policy-fact-sheet.pdf',
      memoPdf: 'washington-needs-a-more-defined-kazakhstan-policy-decision-memo.pdf',
      guidePdf: 'washington-needs-a-more-defined-kazakhstan-policy-instructor-guide.pdf',
    })
  })

  it('give dark slides names of their own, so light and dark files sit side by side', () => {
    const light = exportFileNames('Deck')
    const dark = exportFileNames('Deck', { dark: true })
    expect(dark.slidesPdf).toBe('deck-slides-dark.pdf')
    expect(dark.pptx).toBe('deck-slides-dark.pptx')
    expect(dark.slidesPdf).not.toBe(light.slidesPdf)
    expect(dark.pptx).not.toBe(light.pptx)
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

describe('export options', () => {
  const usageError = (argv: string[]) => {
    try {
      parseExportOptions(argv)
    }
    catch (error) {
      expect(error).toBeInstanceOf(UsageError)
      return (error as Error).message
    }
    throw new Error(`${argv.join(' ')} was accepted`)
  }

  it('write every file by default, the slides and PPTX only in dark', () => {
    expect(parseExportOptions([]).steps).toEqual([
      ...exportSteps,
      ...packageSteps,
    ])
    expect(parseExportOptions(['--dark']).steps).toEqual(['slides', 'pptx'])
  })

  it('take each step by --only, repeated or comma-separated, and the LMS packages\' steps', () => {
    expect(parseExportOptions(['--only', 'role-cards', '--only=fact-sheet,memo']).steps).toEqual(['role-cards', 'fact-sheet', 'memo'])
    expect(parseExportOptions([
      '--only',
      'scorm2004',
      '--mastery',
      '80',
    ])).toMatchObject({
      steps: ['scorm2004'],
      mastery: 80,
    })
  })

  it('read the rest: output folder, skipping the build, verbosity, another deck', () => {
    expect(parseExportOptions([
      '--out',
      'x',
      '--skip-build',
      '--verbose',
      '--deck',
      'plain.md',
    ])).toMatchObject({
      out: 'x',
      skipBuild: true,
      verbose: true,
      deck: 'plain.md',
    })
    expect(parseExportOptions([])).toMatchObject({
      out: 'exports',
      skipBuild: false,
      verbose: false,
      deck: 'slides.md',
    })
  })

  it('name a mistyped step, an unknown option and a missing value in one sentence', () => {
    expect(usageError(['--only', 'notes'])).toBe(`--only takes ${[...exportSteps, 'scorm12', 'scorm2004'].join(', ')}; "notes" is none of them.`)
    expect(usageError(['--light'])).toBe('There is no option --light.')
    expect(usageError(['--out'])).toBe('--out needs a value.')
    for (const bad of ['120', '-1', 'eighty', 'NaN'])
      expect(usageError(['--mastery', bad])).toBe(`--mastery takes a score from 0 to 100; got "${bad}".`)
    expect(usageError(['handout'])).toBe('Unexpected argument "handout"; options start with --.')
  })

  it('refuse a dark version of a file printed for paper', () => {
    expect(usageError(['--dark', '--only', 'handout'])).toBe('--dark applies to slides and pptx only; handout is printed for paper, in light.')
  })
})

describe('the base a site was built for', () => {
  it('is read from the addresses of its scripts', () => {
    expect(builtBase('<script type="module" crossorigin src="/assets/index-abc.js"></script>')).toBe('/')
    expect(builtBase('<link rel="stylesheet" href="/course/kazakhstan/assets/index-x.css">')).toBe('/course/kazakhstan/')
    expect(builtBase('<html></html>')).toBeUndefined()
  })
})

describe('where a build goes', () => {
  it('keeps the root site in dist/ and gives a sub-path build a folder of its own', () => {
    expect(subPathOut('/')).toBe('dist')
    expect(subPathOut('/course/kazakhstan/')).toBe('dist-course-kazakhstan')
  })
})
