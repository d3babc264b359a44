/**
 * Reads a PDF the way a PDF reader does (pdf.js): pages, their text, bookmarks, metadata, tags. The export places the
 * A4 documents' bookmarks by their pages' text; the tests read every exported file with it (tests/support/pdf.ts).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfBookmark {
  title: string
  children: PdfBookmark[]
}

export interface PdfReport {
  pageCount: number
  /** Text of each page, whitespace folded. */
  pageTexts: string[]
  /** Page size in PDF points (1/72 inch) of each page. */
  pageSizes: { width: number, height: number }[]
  bookmarks: PdfBookmark[]
  info: Record<string, unknown>
  /** Whether the PDF declares itself tagged (MarkInfo /Marked true) and has a structure tree. */
  tagged: boolean
}

interface RawOutline { title: string, items: RawOutline[] }
function toBookmarks(items: RawOutline[] | null): PdfBookmark[] {
  return (items ?? []).map(item => ({
    title: item.title,
    children: toBookmarks(item.items),
  }))
}

export async function readPdfBytes(bytes: Uint8Array): Promise<PdfReport> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy so the caller can still use theirs.
  const data = new Uint8Array(bytes)
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
  const pageTexts: string[] = []
  const pageSizes: { width: number, height: number }[] = []
  let hasStructure = false
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    pageTexts.push(content.items.map(item => ('str' in item
      ? item.str
      : '')).join(' ').replace(/\s+/g, ' ').trim())
    const [x0, y0, x1, y1] = page.view
    pageSizes.push({ width: x1 - x0, height: y1 - y0 })
    if (number === 1)
      hasStructure = !!(await page.getStructTree())
  }
  const markInfo = await pdf.getMarkInfo()
  const { info } = await pdf.getMetadata()
  const bookmarks = toBookmarks(await pdf.getOutline() as RawOutline[] | null)
  await pdf.destroy()
  return {
    pageCount: pageTexts.length,
    pageTexts,
    pageSizes,
    bookmarks,
    info: info as Record<string, unknown>,
    tagged: !!markInfo?.Marked && hasStructure,
  }
}
