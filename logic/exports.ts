/**
 * Pure decisions behind `npm run export`: file names and the slides PDF's bookmarks.
 * Kept apart from the browser work so they are unit-tested.
 */

export interface ExportFileNames {
  slidesPdf: string
  handoutPdf: string
  pptx: string
}

/** "Washington needs a more defined Kazakhstan policy" → "washington-needs-a-more-defined-kazakhstan-policy". */
export function slugify(title: string): string {
  const slug = title.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (!slug)
    throw new Error(`The deck's title "${title}" gives no usable file name: give slides.md a title with letters or digits.`)
  return slug
}

export function exportFileNames(title: string): ExportFileNames {
  const slug = slugify(title)
  return { slidesPdf: `${slug}-slides.pdf`, handoutPdf: `${slug}-handout.pdf`, pptx: `${slug}-slides.pptx` }
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
    const title = slide.part ? partTitle(slide.part) : undefined
    if (!title) {
      outline.push(entry)
      return
    }
    const last = outline.at(-1)
    if (last && last.title === title && last.children.length)
      last.children.push(entry)
    else
      outline.push({ title, page, children: [entry] })
  })
  return outline
}
