/**
 * What the tests read in an exported PDF beyond what scripts/lib/pdf-read.ts reports: a file read from disk, text
 * folded for comparison, and the pages whose text Chromium drew as outlines.
 */
import type { PDFObject } from 'pdf-lib'
import type { PdfReport } from '../../scripts/lib/pdf-read'
import { readFile } from 'node:fs/promises'
import { PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib'
import { readPdfBytes } from '../../scripts/lib/pdf-read'

export async function readPdf(path: string): Promise<PdfReport> {
  return readPdfBytes(new Uint8Array(await readFile(path)))
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
