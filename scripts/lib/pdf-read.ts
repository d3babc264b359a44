/**
 * Reads an exported PDF the way a PDF reader does (pdf.js): pages, their text, bookmarks, metadata, tags.
 */
import type { PDFObject } from 'pdf-lib'
import { readFile } from 'node:fs/promises'
import { PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib'
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

export async function readPdf(path: string): Promise<PdfReport> {
  return readPdfBytes(new Uint8Array(await readFile(path)))
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

/** Text normalised for comparing what a slide says with what the PDF holds: quotes, dashes and spaces folded. */
export function normaliseText(text: string): string {
  return text.replace(/[‘’ʼ]/g, '\'').replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim()
}

/**
 * Letters and digits only, for finding a phrase in a PDF's text layer, which may break a line anywhere, put a
 * space beside an apostrophe or substitute one apostrophe for another.
 */
export function lettersOnly(text: string): string {
  return text.replace(/[^\p{L}\p{N}]|\p{Lm}/gu, '').toLowerCase()
}

/**
 * Pages (1-based) that draw with a Type 3 font: glyphs as outlines, which is how Chromium prints stroked text.
 * Such pages weigh several times more and their outlined copy of the text is not text to a reader.
 */
export async function pagesWithType3Fonts(path: string): Promise<number[]> {
  const pdf = await PDFDocument.load(new Uint8Array(await readFile(path)), { updateMetadata: false })
  const lookup = (object: PDFObject) => pdf.context.lookup(object)
  const type3 = PDFName.of('Type3')
  // Fonts sit in a page's resources or in those of the form XObjects it draws.
  function usesType3(resources: PDFDict | undefined, seen: Set<PDFDict>): boolean {
    if (!resources || seen.has(resources))
      return false
    seen.add(resources)
    const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict)
    if (fonts?.values().some(font => (lookup(font) as PDFDict).get(PDFName.of('Subtype')) === type3))
      return true
    const forms = resources.lookupMaybe(PDFName.of('XObject'), PDFDict)
    return !!forms?.values().some((form) => {
      const stream = lookup(form)
      return stream instanceof PDFStream && usesType3(stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), seen)
    })
  }
  return pdf.getPages().flatMap((page, index) => usesType3(page.node.Resources(), new Set())
    ? [index + 1]
    : [])
}
