/**
 * How `npm run export` (scripts/export.ts) prints each file of the kit from the built site, in one browser: the slides
 * PDF and the PPTX from Slidev's print view, the handout and each kit document from its own A4 route. Each file is
 * written under a temporary name and renamed when whole. The command loads this module only once its options and
 * the browser are known to be good, so that a mistyped option or a missing Chromium is reported at once.
 */
import type { Browser, Page } from 'playwright-core'
import type { Deck } from './deck'
import type { ExportFileNames, ExportStep, OutlineEntry, OutlineTarget } from './exports'
import { rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { seats } from '../../data/roles'
import { partById } from '../../logic/article'
import { noteText } from '../../logic/note-text'
import { CHROMIUM_ARGS } from './chromium'
import { waitForDrawing } from './drawing'
import { locateOutline, slidesOutline } from './exports'
import { secondsSince } from './run-command'
import { serveDist } from './serve'

/**
 * pdf-lib, which every PDF step finishes its file with, takes a quarter of a second to load: it loads while the
 * browser starts and the first page draws, off the path to the first printed page.
 */
let pdfMetadata: Promise<typeof import('./pdf-metadata')> | undefined
const pdfTools = () => pdfMetadata ??= import('./pdf-metadata')

/** The steps printed from Slidev's print view, which they share; every other step prints an A4 route of its own. */
const PRINT_VIEW_STEPS: readonly ExportStep[] = ['slides', 'pptx']

/** One export's printing: which steps, from which built site, into which folder. */
export interface PrintRun {
  steps: readonly ExportStep[]
  executablePath: string
  deck: Deck
  names: ExportFileNames
  outDir: string
  /** The built site to print from. */
  distDir: string
  /** Settles when the site in distDir is ready to print from (built, or already there); printing waits for it. */
  siteReady: Promise<void>
  dark: boolean
  verbose: boolean
}

/** Writes beside the target and renames, so a reader never sees half a file. */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.tmp`
  try {
    await writeFile(temporary, bytes)
    await rename(temporary, path)
  }
  catch (error) {
    await rm(temporary, { force: true }).catch(() => {})
    throw error
  }
}

/**
 * The handout's structure as printed: cover, contents, each part with its slides, the appendix with its sections.
 * Each marker is the heading's own text.
 */
async function handoutOutlineTargets(page: Page): Promise<OutlineTarget[]> {
  const fold = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()
  const heading = (text: string | null): OutlineTarget => ({
    title: fold(text),
    marker: fold(text),
    children: [],
  })
  const parts: OutlineTarget[] = []
  for (const part of await page.locator('.study-part').all()) {
    const slides = (await part.locator('.study-slide-title').allTextContents()).map(heading)
    parts.push({
      title: fold(await part.locator('.study-part-title').textContent()),
      marker: slides[0]?.marker ?? '',
      children: slides,
    })
  }
  const appendix = page.locator('#appendix')
  return [
    heading(await page.locator('.study-cover h1').textContent()),
    heading(await page.locator('.study-contents h2').textContent()),
    ...parts,
    {
      ...heading(await appendix.locator('h2').first().textContent()),
      children: (await appendix.locator('h3').allTextContents()).map(heading),
    },
  ]
}

/** Slidev's print view of the built site: every slide at its final click state, fully drawn. */
async function openPrintView(browser: Browser, siteUrl: string, expectedSlides: number, dark: boolean): Promise<Page> {
  const scheme = dark ? 'dark' : 'light'
  const page = await browser.newPage({
    viewport: { width: 980, height: 552 },
    colorScheme: scheme,
  })
  await page.goto(`${siteUrl}print?print=true`, { waitUntil: 'networkidle' })
  await page.emulateMedia({ media: 'screen', colorScheme: scheme })
  // Each slide breaks the page after itself; the last one must not, or the PDF ends on a blank page.
  await page.addStyleTag({ content: '.print-slide-container:last-child { break-after: auto !important; }' })
  const containers = page.locator('.print-slide-container')
  await containers.first().waitFor()
  await waitForDrawing(page)
  const rendered = await containers.count()
  if (rendered !== expectedSlides)
    throw new Error(`the print view shows ${rendered} slides but the deck has ${expectedSlides}: is dist/ older than slides.md? Build again.`)
  return page
}

async function exportSlidesPdf(page: Page, deck: Deck, path: string): Promise<number> {
  const size = await page.locator('.print-slide-container').first().boundingBox()
  const printed = await page.pdf({
    width: `${size!.width}px`,
    // The canvas is 980 × 551.25; a page a fraction shorter than a slide would push a sliver onto a new page.
    height: `${Math.ceil(size!.height)}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    tagged: true,
  })
  return finishPdf(printed, deck, 'Slides', slidesOutline(deck.slides, id => partById(id)?.title), path, (pages) => {
    if (pages !== deck.slides.length)
      throw new Error(`Chromium printed ${pages} pages for ${deck.slides.length} slides (a slide overflowed its page?)`)
  })
}

/**
 * A PDF as Chromium printed it, finished: the deck's metadata for this kind of document and its bookmarks, then
 * written whole. `check` may refuse it, by its page count, before anything is written. Its number of pages.
 */
async function finishPdf(printed: Uint8Array, deck: Deck, kind: string, outline: readonly OutlineEntry[], path: string, check?: (pages: number) => void): Promise<number> {
  const { loadPrintedPdf, savePdf, setPdfInfo, setPdfOutline } = await pdfTools()
  const pdf = await loadPrintedPdf(printed)
  check?.(pdf.getPageCount())
  setPdfInfo(pdf, {
    title: `${deck.title} (${kind})`,
    author: deck.author,
    subject: deck.info.replace(/\s+/g, ' '),
    keywords: deck.keywords.split(',').map(word => word.trim()).filter(Boolean),
    language: 'en',
  })
  await setPdfOutline(pdf, outline)
  await writeWhole(path, await savePdf(pdf))
  return pdf.getPageCount()
}

/**
 * Prints one of the site's A4 pages (the handout, a kit document) in light, once it and its drawings are ready, with
 * the bookmarks' targets read from the page before printing.
 */
async function printA4(browser: Browser, url: string, readySelector: string, outlineTargets: (page: Page) => Promise<OutlineTarget[]>): Promise<{ printed: Uint8Array, pageTexts: string[], targets: OutlineTarget[] }> {
  const page = await browser.newPage({
    viewport: { width: 794, height: 1123 },
    colorScheme: 'light',
  })
  await page.goto(`${url}?print=true`, { waitUntil: 'networkidle' })
  await page.locator(readySelector).waitFor()
  await waitForDrawing(page)
  const targets = await outlineTargets(page)
  const printed = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
  })
  await page.close()
  // pdf.js (over half a second to load) is needed only by the A4 documents, to place their bookmarks.
  const { readPdfBytes } = await import('./pdf-read')
  const { pageTexts } = await readPdfBytes(printed)
  return { printed, pageTexts, targets }
}

async function exportHandoutPdf(browser: Browser, siteUrl: string, deck: Deck, path: string): Promise<number> {
  const { printed, pageTexts, targets } = await printA4(browser, `${siteUrl}handout`, '.study-page', handoutOutlineTargets)
  // Chromium can outline a page by its headings, but the slides inside the handout bring headings of their own;
  // bookmarks are placed from the handout's own structure instead.
  return finishPdf(printed, deck, 'Handout', locateOutline(pageTexts, targets), path)
}

/** Bookmarks for a kit document: each `.kit-bookmark` heading, an h2 nested under the h1 before it. */
async function kitOutlineTargets(page: Page): Promise<OutlineTarget[]> {
  const headings = await page.locator('.kit-bookmark').evaluateAll(elements => elements.map(element => ({
    level: element.tagName === 'H1'
      ? 1
      : 2,
    text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  })))
  const targets: OutlineTarget[] = []
  for (const { level, text } of headings) {
    const target = { title: text, marker: text, children: [] }
    const parent = targets.at(-1)
    if (level === 2 && parent)
      parent.children.push(target)
    else
      targets.push(target)
  }
  return targets
}

interface KitDocument {
  route: string
  kind: string
  /** The number of A4 pages the document must fill; a different count is a layout error, not a file to hand out. */
  pages?: number
}

/** One document of the classroom kit: its route printed on A4, tagged, with bookmarks, page numbers and metadata. */
async function exportKitPdf(browser: Browser, siteUrl: string, deck: Deck, document: KitDocument, path: string): Promise<number> {
  const { printed, pageTexts, targets } = await printA4(browser, `${siteUrl}${document.route}`, '.kit-doc', kitOutlineTargets)
  if (document.pages !== undefined && pageTexts.length !== document.pages)
    throw new Error(`the ${document.kind.toLowerCase()} printed on ${pageTexts.length} A4 pages, not ${document.pages}: shorten its text.`)
  return finishPdf(printed, deck, document.kind, locateOutline(pageTexts, targets), path)
}

/**
 * One picture per slide at its final click state, with the speaker notes as PowerPoint notes. Printed from the
 * same built site as the PDFs (Slidev's own PPTX export would start a second, development server).
 */
async function exportPptx(page: Page, deck: Deck, path: string): Promise<number> {
  // Loaded only for this step, so an export of the PDFs alone starts quicker.
  const [{ default: PptxGenJS }, { fitNotesPages }] = await Promise.all([
    import('pptxgenjs'),
    import('./pptx-notes'),
  ])
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'deck', width: 980 / 96, height: 552 / 96 })
  pptx.layout = 'deck'
  pptx.title = deck.title
  pptx.author = deck.author
  pptx.subject = deck.info.replace(/\s+/g, ' ')
  // Each slide scrolled to the top of the window and the window's slide-sized corner taken: the same pixels as an
  // element screenshot, without its per-element scrolling and stability checks (half the time for 69 slides).
  const boxes = await page.locator('.print-slide-container').evaluateAll(elements => elements.map(element => ({
    top: element.getBoundingClientRect().top + window.scrollY,
    width: element.getBoundingClientRect().width,
    height: element.getBoundingClientRect().height,
  })))
  for (const [index, box] of boxes.entries()) {
    // At the bottom of the page the window may stop short of the slide's top; the clip starts where the slide does.
    const scrolled = await page.evaluate((top) => {
      window.scrollTo(0, top)
      return window.scrollY
    }, box.top)
    const picture = await page.screenshot({
      type: 'png',
      clip: {
        x: 0,
        y: box.top - scrolled,
        width: box.width,
        height: box.height,
      },
    })
    const slide = pptx.addSlide()
    const { title, note } = deck.slides[index]
    slide.addImage({
      data: `data:image/png;base64,${picture.toString('base64')}`,
      x: 0,
      y: 0,
      w: '100%',
      h: '100%',
      altText: title,
    })
    if (note)
      slide.addNotes(noteText(note, { script: true }))
  }
  const bytes = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  await writeWhole(path, await fitNotesPages(bytes))
  return boxes.length
}

/** What each step writes: its file name and how it prints. The LMS packages hook in their own steps. */
function exportTasks(browser: Browser, siteUrl: string, run: PrintRun): Record<ExportStep, () => Promise<string>> {
  const { deck, names } = run
  const into = (name: string) => resolve(run.outDir, name)
  const kit = async (document: KitDocument, name: string) => `${await exportKitPdf(browser, siteUrl, deck, document, into(name))} A4 pages → ${name}`
  // The slides PDF and the PPTX print the same view: it is loaded and drawn once, for whichever asks first.
  let printView: Promise<Page> | undefined
  const slidesView = () => printView ??= openPrintView(browser, siteUrl, deck.slides.length, run.dark)
  return {
    'slides': async () => `${await exportSlidesPdf(await slidesView(), deck, into(names.slidesPdf))} pages → ${names.slidesPdf}`,
    'handout': async () => `${await exportHandoutPdf(browser, siteUrl, deck, into(names.handoutPdf))} A4 pages → ${names.handoutPdf}`,
    'pptx': async () => `${await exportPptx(await slidesView(), deck, into(names.pptx))} slides with notes → ${names.pptx}`,
    'role-cards': () => kit({ route: 'role-cards', kind: 'Role cards', pages: seats.length }, names.roleCardsPdf),
    'fact-sheet': () => kit({ route: 'fact-sheet', kind: 'Fact sheet', pages: 1 }, names.factSheetPdf),
    'memo': () => kit({ route: 'memo', kind: 'Decision memo', pages: 1 }, names.memoPdf),
    'guide': () => kit({ route: 'guide', kind: 'Instructor guide' }, names.guidePdf),
  }
}

/** Each print step, from the site at `siteUrl`; false if a step failed (it says which). */
async function printSteps(browser: Browser, siteUrl: string, run: PrintRun): Promise<boolean> {
  const { verbose } = run
  const tasks = exportTasks(browser, siteUrl, run)
  /** One step, reported done or failed by name; false if it failed. */
  const runStep = async (step: ExportStep): Promise<boolean> => {
    const started = performance.now()
    if (verbose)
      console.log(`export: ${step}…`)
    try {
      const result = await tasks[step]()
      console.log(`export: ${step} done in ${secondsSince(started)} s, ${result}`)
      return true
    }
    catch (error) {
      console.error(`export: the ${step} step failed; files from earlier runs are untouched. ${error instanceof Error
        ? error.message
        : error}`)
      return false
    }
  }
  // Two lanes side by side, one per core: the files printed from Slidev's print view, and the A4 documents, each
  // printed from its own page. Within a lane the steps run in the order asked; a failed step does not stop the others.
  const lanes = [
    run.steps.filter(step => PRINT_VIEW_STEPS.includes(step)),
    run.steps.filter(step => !PRINT_VIEW_STEPS.includes(step)),
  ]
  const outcomes = await Promise.all(lanes.map(async (lane) => {
    let laneOk = true
    for (const step of lane)
      laneOk = await runStep(step) && laneOk
    return laneOk
  }))
  return !outcomes.includes(false)
}

/** Every print step, once the site is ready; false if a step failed (it says which). */
export async function printAll(run: PrintRun): Promise<boolean> {
  // The browser starts while the site builds: neither waits on the other. A launch that fails is reported when
  // the browser is first needed, not as a stray rejection during the build.
  const launching = chromium.launch({
    executablePath: run.executablePath,
    args: [...CHROMIUM_ARGS],
  })
  launching.catch(() => {})
  pdfTools().catch(() => {})
  let site: Awaited<ReturnType<typeof serveDist>> | undefined
  try {
    await run.siteReady
    site = await serveDist(run.distDir)
    return await printSteps(await launching, site.url, run)
  }
  finally {
    // Closed whatever happened, a failed build included.
    await launching.then(browser => browser.close(), () => {})
    await site?.close()
  }
}
