/**
 * Finishing touches Chromium's printer does not add: document metadata and, for the slides PDF, bookmarks.
 * Written with pdf-lib and @lillallol/outline-pdf, which Slidev's own exporter uses too.
 */
import type { PDFRef } from 'pdf-lib'
import type { OutlineEntry } from './exports'
import { outlinePdfFactory } from '@lillallol/outline-pdf'
import * as pdfLib from 'pdf-lib'
import { ParseSpeeds, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'

export interface PdfInfo {
  title: string
  author: string
  subject: string
  keywords: string[]
  language: string
}

export function setPdfInfo(pdf: PDFDocument, info: PdfInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true })
  pdf.setAuthor(info.author)
  pdf.setSubject(info.subject)
  // pdf-lib's setKeywords joins with spaces ("Central Asia Russia"), which runs multi-word keywords together;
  // a comma keeps each one separable.
  pdf.setKeywords([])
  const infoDict = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict)
  infoDict.set(PDFName.of('Keywords'), PDFHexString.fromText(info.keywords.join(', ')))
  pdf.setLanguage(info.language)
  pdf.setCreator('Kazakhstan policy teaching deck (Slidev, Chromium)')
}

/**
 * Writes `outline` as the document's bookmarks with @lillallol/outline-pdf (as Slidev's exporter does). Entries
 * with children start collapsed, so the reader sees the parts first.
 */
export async function setPdfOutline(pdf: PDFDocument, outline: readonly OutlineEntry[]): Promise<void> {
  if (!outline.length)
    return
  const lastPage = pdf.getPageCount()
  // The library's outline is text, one bookmark a line: page (negative: collapsed) | depth in dashes | title.
  const lines = (entries: readonly OutlineEntry[], depth: number): string[] => entries.flatMap(entry => [
    `${entry.children.length ? '-' : ''}${Math.min(entry.page + 1, lastPage)}|${'-'.repeat(depth)}|${entry.title.replace(/\s+/g, ' ')}`,
    ...lines(entry.children, depth + 1),
  ])
  await outlinePdfFactory(pdfLib)({
    pdf,
    outline: lines(outline, 0).join('\n'),
  })
  // The library points the outline's Last at the last bookmark of all (a child, when the last part has slides) and
  // counts the collapsed children as open; the PDF format wants the last top-level one, and the visible count.
  const root = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict)
  const top: PDFRef[] = []
  for (let ref = root.get(PDFName.of('First')) as PDFRef | undefined; ref; ref = pdf.context.lookup(ref, PDFDict).get(PDFName.of('Next')) as PDFRef | undefined)
    top.push(ref)
  root.set(PDFName.of('Last'), top[top.length - 1])
  root.set(PDFName.of('Count'), PDFNumber.of(top.length))
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

// pdf-lib yields to the event loop every few objects by default, which only slows a one-shot command-line job
// (about half its time on the slides PDF); both functions below parse or write in one go instead.

/** Loads a PDF that Chromium printed, for finishing; keeps its tagged structure intact. */
export async function loadPrintedPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
}

/** The finished PDF's bytes. */
export async function savePdf(pdf: PDFDocument): Promise<Uint8Array> {
  return pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY })
}
