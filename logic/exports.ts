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
