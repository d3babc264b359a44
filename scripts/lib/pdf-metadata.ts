/**
 * Finishing touches Chromium's printer does not add: document metadata and, for the slides PDF, bookmarks.
 * Written with pdf-lib, which Slidev's own exporter uses too.
 */
import type { PDFRef } from 'pdf-lib'
import type { OutlineEntry } from './exports'
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

/** Writes `outline` as the document's bookmarks, replacing any it had. */
export function setPdfOutline(pdf: PDFDocument, outline: readonly OutlineEntry[]): void {
  const pages = pdf.getPages()
  const context = pdf.context
  const rootRef = context.nextRef()

  // Returns the first and last refs of the written siblings, and how many entries are visible below them.
  function writeLevel(entries: readonly OutlineEntry[], parentRef: PDFRef): { first: PDFRef, last: PDFRef, count: number } {
    const refs = entries.map(() => context.nextRef())
    let count = 0
    entries.forEach((entry, index) => {
      const page = pages[Math.min(entry.page, pages.length - 1)]
      const dict: Record<string, unknown> = {
        Title: PDFHexString.fromText(entry.title),
        Parent: parentRef,
        Dest: context.obj([
          page.ref,
          PDFName.of('XYZ'),
          null,
          null,
          null,
        ]),
      }
      if (index > 0)
        dict.Prev = refs[index - 1]
      if (index < entries.length - 1)
        dict.Next = refs[index + 1]
      if (entry.children.length) {
        const children = writeLevel(entry.children, refs[index])
        dict.First = children.first
        dict.Last = children.last
        // Negative: parts start collapsed, so the reader sees the parts first.
        dict.Count = PDFNumber.of(-children.count)
      }
      context.assign(refs[index], context.obj(dict as never))
      count++
    })
    return { first: refs[0], last: refs[refs.length - 1], count }
  }

  if (!outline.length)
    return
  const top = writeLevel(outline, rootRef)
  context.assign(rootRef, context.obj({
    Type: 'Outlines',
    First: top.first,
    Last: top.last,
    Count: PDFNumber.of(top.count),
  }))
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
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
