/**
 * Pure decisions behind `npm run export`: file names and the slides PDF's bookmarks.
 * Kept apart from the browser work so they are unit-tested.
 */

/** What `npm run export` can write, in the order it writes them. */
export const exportSteps = [
  'slides',
  'handout',
  'pptx',
  'role-cards',
  'fact-sheet',
  'memo',
  'guide',
] as const
export type ExportStep = (typeof exportSteps)[number]
/** Steps added by a hook of their own (the LMS packages); accepted here so `--only` names them. */
export const packageSteps = ['scorm12', 'scorm2004'] as const
export type PackageStep = (typeof packageSteps)[number]
export const isPackageStep = (step: string): step is PackageStep => (packageSteps as readonly string[]).includes(step)
/** The files that have a dark version: the slides as projected. */
export const darkSteps: readonly ExportStep[] = ['slides', 'pptx']

export interface ExportFileNames {
  slidesPdf: string
  handoutPdf: string
  pptx: string
  roleCardsPdf: string
  factSheetPdf: string
  memoPdf: string
  guidePdf: string
}

/** "Washington needs a more defined Kazakhstan policy" → "washington-needs-a-more-defined-kazakhstan-policy". */
export function slugify(title: string): string {
  const slug = title.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (!slug)
    throw new Error(`The deck's title "${title}" gives no usable file name: give slides.md a title with letters or digits.`)
  return slug
}

/** Each file's name; dark files carry "-dark", so a light and a dark export sit side by side. */
export function exportFileNames(title: string, { dark = false } = {}): ExportFileNames {
  const slug = slugify(title)
  const theme = dark
    ? '-dark'
    : ''
  return {
    slidesPdf: `${slug}-slides${theme}.pdf`,
    handoutPdf: `${slug}-handout.pdf`,
    pptx: `${slug}-slides${theme}.pptx`,
    roleCardsPdf: `${slug}-role-cards.pdf`,
    factSheetPdf: `${slug}-fact-sheet.pdf`,
    memoPdf: `${slug}-decision-memo.pdf`,
    guidePdf: `${slug}-instructor-guide.pdf`,
  }
}

export interface ExportOptions {
  out: string
  skipBuild: boolean
  steps: (ExportStep | PackageStep)[]
  dark: boolean
  deck: string
  verbose: boolean
  /** The mastery score for the LMS packages, 0–100, when given. */
  mastery?: number
}

export const exportUsage = `Usage: npm run export -- [options]
  --only STEP      write one file (repeatable): ${[
    ...exportSteps,
    ...packageSteps,
  ].join(' | ')}
  --dark           the slides PDF and PPTX in the dark theme, as …-slides-dark.pdf/.pptx
  --skip-build     print from the existing built site (dist/, or DIST)
  --out DIR        where to write (default exports)
  --deck FILE      another deck's entry (default slides.md)
  --mastery N      the LMS packages' passing score, 0–100
  --verbose        show the build's and the printer's full output`

/** A mistake in the command line: one sentence for the person who typed it, shown with the usage. */
export class UsageError extends Error {}

const valueOptions = new Set([
  '--out',
  '--only',
  '--deck',
  '--mastery',
])
const flagOptions = new Set(['--skip-build', '--dark', '--verbose'])

/** Reads `npm run export`'s arguments; throws a UsageError naming the first mistake. */
export function parseExportOptions(argv: readonly string[]): ExportOptions {
  const options: ExportOptions = {
    out: 'exports',
    skipBuild: false,
    steps: [],
    dark: false,
    deck: 'slides.md',
    verbose: false,
  }
  const known: readonly string[] = [
    ...exportSteps,
    ...packageSteps,
  ]
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index].split(/=(.*)/s, 2) as [string, string | undefined]
    if (flagOptions.has(name)) {
      if (inline !== undefined)
        throw new UsageError(`${name} takes no value.`)
      if (name === '--skip-build')
        options.skipBuild = true
      else if (name === '--dark')
        options.dark = true
      else
        options.verbose = true
      continue
    }
    if (!valueOptions.has(name)) {
      throw new UsageError(name.startsWith('-')
        ? `There is no option ${name}.`
        : `Unexpected argument "${name}"; options start with --.`)
    }
    const value = inline ?? argv[++index]
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${name} needs a value.`)
    if (name === '--only') {
      for (const step of value.split(',')) {
        if (!known.includes(step))
          throw new UsageError(`--only takes ${known.join(', ')}; "${step}" is none of them.`)
        options.steps.push(step as ExportStep | PackageStep)
      }
    }
    else if (name === '--mastery') {
      const score = Number(value)
      if (!Number.isFinite(score) || score < 0 || score > 100)
        throw new UsageError(`--mastery takes a score from 0 to 100; got "${value}".`)
      options.mastery = score
    }
    else if (name === '--out') {
      options.out = value
    }
    else {
      options.deck = value
    }
  }
  if (!options.steps.length) {
    // A plain export writes every file of the kit, the LMS packages included; --dark only the projected slides.
    options.steps = options.dark
      ? [...darkSteps]
      : [
          ...exportSteps,
          ...packageSteps,
        ]
  }
  const lightOnly = options.dark
    ? options.steps.filter(step => !(darkSteps as readonly string[]).includes(step) && (exportSteps as readonly string[]).includes(step))
    : []
  if (lightOnly.length) {
    throw new UsageError(`--dark applies to ${darkSteps.join(' and ')} only; ${lightOnly.join(', ')} ${lightOnly.length > 1
      ? 'are'
      : 'is'} printed for paper, in light.`)
  }
  return options
}

/** Where a build for `base` goes by default: dist/ for the root, dist-course-kazakhstan/ for /course/kazakhstan/. */
export function subPathOut(base: string): string {
  const slug = base.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '')
  return slug
    ? `dist-${slug}`
    : 'dist'
}

/**
 * The base path a built site was made for, read from its index.html ("/" or "/course/kazakhstan/"): Vite writes
 * every script and stylesheet address under it.
 */
export function builtBase(indexHtml: string): string | undefined {
  const match = /(?:src|href)="([^"]*?\/)assets\/[^"]+\.(?:js|css)"/.exec(indexHtml)
  return match?.[1]
}

export interface OutlineEntry {
  title: string
  /** 0-based page index the bookmark opens. */
  page: number
  children: OutlineEntry[]
}

export interface OutlineSlide {
  title: string
  part: string
}

/**
 * Bookmarks for a PDF with one page per slide: one entry per part (opening at its first slide) holding one
 * entry per slide. Slides without a part (the cover) stand at the top level.
 */
export function slidesOutline(slides: readonly OutlineSlide[], partTitle: (id: string) => string | undefined): OutlineEntry[] {
  const outline: OutlineEntry[] = []
  slides.forEach((slide, page) => {
    const entry: OutlineEntry = { title: slide.title || `Slide ${page + 1}`, page, children: [] }
    const title = slide.part
      ? partTitle(slide.part)
      : undefined
    if (!title) {
      outline.push(entry)
      return
    }
    const last = outline.at(-1)
    if (last && last.title === title && last.children.length) {
      last.children.push(entry)
    }
    else {
      outline.push({
        title,
        page,
        children: [entry],
      })
    }
  })
  return outline
}

/** A bookmark to place by finding its marker text in the printed pages. */
export interface OutlineTarget {
  title: string
  /** Text that appears first on the page the bookmark should open (e.g. the heading's own text). */
  marker: string
  children: OutlineTarget[]
}

const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase()

/**
 * Bookmarks for a flowing document (the handout), where pages are known only after printing: each target opens
 * the first page, at or after its predecessor's, whose text contains its marker. Searching forward keeps a title
 * that also appears in the table of contents from matching there. A marker that is never found is an error, so a
 * renamed heading cannot silently drop a bookmark.
 */
export function locateOutline(pageTexts: readonly string[], targets: readonly OutlineTarget[]): OutlineEntry[] {
  const pages = pageTexts.map(compact)
  let cursor = 0
  const place = (target: OutlineTarget): OutlineEntry => {
    const marker = compact(target.marker)
    const found = pages.findIndex((text, index) => index >= cursor && text.includes(marker))
    if (found < 0)
      throw new Error(`No page from ${cursor + 1} on contains "${target.marker}" for the bookmark "${target.title}"`)
    cursor = found
    return {
      title: target.title,
      page: found,
      children: target.children.map(place),
    }
  }
  return targets.map(place)
}
