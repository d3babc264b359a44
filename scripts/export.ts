/**
 * `npm run export`: builds the site, then prints from it, so what is exported is what students see.
 * Writes into exports/ (or --out DIR), in one run with one server and one browser:
 *   1. the slides PDF: one page per slide at its final click state, bookmarks by part and slide, metadata;
 *   2. the handout PDF: A4, each slide above its notes, appendix, page numbers, bookmarks, tagged;
 *   3. the PPTX: a picture of each slide with its speaker notes, notes pages that fit their page;
 *   4. the classroom kit, each an A4 tagged PDF printed from its own route: role cards (/role-cards), the
 *      late-2022 fact sheet (/fact-sheet), the decision memo (/memo) and the instructor guide (/guide).
 * Each file is written under a temporary name and renamed when whole; a failure names its step and leaves
 * files from earlier runs intact. Options: see `exportUsage` in scripts/lib/exports.ts (`npm run export -- --help`).
 * Environment: DIST (the built site's folder, default dist), CHROMIUM_PATH (see scripts/lib/chromium.ts).
 */
import type { Browser, Page } from 'playwright-core'
import type { Deck } from './lib/deck'
import type { ExportStep, OutlineTarget, PackageStep } from './lib/exports'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import PptxGenJS from 'pptxgenjs'
import { seats } from '../data/roles'
import { partById } from '../logic/article'
import { noteText } from '../logic/note-text'
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium'
import { loadDeck } from './lib/deck'
import { waitForDrawing } from './lib/drawing'
import { exportFileNames, exportUsage, locateOutline, parseExportOptions, slidesOutline, UsageError } from './lib/exports'
import { loadPrintedPdf, savePdf, setPdfInfo, setPdfOutline } from './lib/pdf-metadata'
import { readPdfBytes } from './lib/pdf-read'
import { fitNotesPages } from './lib/pptx-notes'
import { runCommand } from './lib/run-command'
import { DEFAULT_MASTERY, exportScorm, isScormStep } from './lib/scorm-package'
import { serveDist } from './lib/serve'

function readOptions() {
  const argv = process.argv.slice(2)
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(exportUsage)
    process.exit(0)
  }
  try {
    return parseExportOptions(argv)
  }
  catch (error) {
    if (!(error instanceof UsageError))
      throw error
    // A typo is a sentence and the usage, never a stack trace.
    console.error(`export: ${error.message}

${exportUsage}`)
    process.exit(2)
  }
}

const options = readOptions()
const outDir = resolve(options.out)
const deckEntry = resolve(options.deck)
// The built site to print from; DIST lets a second checkout of the site sit beside dist/.
const distDir = process.env.DIST ?? 'dist'

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
async function openPrintView(browser: Browser, siteUrl: string, expectedSlides: number): Promise<Page> {
  const scheme = options.dark ? 'dark' : 'light'
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
  const pdf = await loadPrintedPdf(printed)
  if (pdf.getPageCount() !== deck.slides.length)
    throw new Error(`Chromium printed ${pdf.getPageCount()} pages for ${deck.slides.length} slides (a slide overflowed its page?)`)
  setPdfInfo(pdf, pdfInfo(deck.title, deck.author, deck.info, deck.keywords, 'Slides'))
  await setPdfOutline(pdf, slidesOutline(deck.slides, id => partById(id)?.title))
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
  const { pageTexts } = await readPdfBytes(printed)
  return { printed, pageTexts, targets }
}

async function exportHandoutPdf(browser: Browser, siteUrl: string, deck: Deck, path: string): Promise<number> {
  const { printed, pageTexts, targets } = await printA4(browser, `${siteUrl}handout`, '.study-page', handoutOutlineTargets)
  const pdf = await loadPrintedPdf(printed)
  // Chromium can outline a page by its headings, but the slides inside the handout bring headings of their own;
  // bookmarks are placed from the handout's own structure instead.
  await setPdfOutline(pdf, locateOutline(pageTexts, targets))
  setPdfInfo(pdf, pdfInfo(deck.title, deck.author, deck.info, deck.keywords, 'Handout'))
  await writeWhole(path, await savePdf(pdf))
  return pdf.getPageCount()
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
  const pdf = await loadPrintedPdf(printed)
  await setPdfOutline(pdf, locateOutline(pageTexts, targets))
  setPdfInfo(pdf, pdfInfo(deck.title, deck.author, deck.info, deck.keywords, document.kind))
  await writeWhole(path, await savePdf(pdf))
  return pdf.getPageCount()
}

/**
 * One picture per slide at its final click state, with the speaker notes as PowerPoint notes. Printed from the
 * same built site as the PDFs (Slidev's own PPTX export would start a second, development server).
 */
async function exportPptx(page: Page, deck: Deck, path: string): Promise<number> {
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

function pdfInfo(title: string, author: string, info: string, keywords: string, kind: string) {
  return {
    title: `${title} (${kind})`,
    author,
    subject: info.replace(/\s+/g, ' '),
    keywords: keywords.split(',').map(word => word.trim()).filter(Boolean),
    language: 'en',
  }
}

/** What each step writes: its file name and how it prints. The LMS packages hook in their own steps. */
function exportTasks(browser: Browser, siteUrl: string, deck: Deck, names: ReturnType<typeof exportFileNames>): Partial<Record<ExportStep | PackageStep, () => Promise<string>>> {
  const into = (name: string) => resolve(outDir, name)
  const kit = async (document: KitDocument, name: string) => `${await exportKitPdf(browser, siteUrl, deck, document, into(name))} A4 pages → ${name}`
  // The slides PDF and the PPTX print the same view: it is loaded and drawn once, for whichever asks first.
  let printView: Promise<Page> | undefined
  const slidesView = () => printView ??= openPrintView(browser, siteUrl, deck.slides.length)
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

async function main(): Promise<void> {
  // The LMS packages (scripts/lib/scorm-package.ts) have their own build and need no browser.
  const scormSteps = options.steps.filter(isScormStep)
  const printSteps = options.steps.filter(step => !isScormStep(step))
  const executablePath = printSteps.length
    ? await chromiumExecutable()
    : ''
  // Invalid content stops every export, the LMS packages included, before anything is built.
  if (!options.skipBuild)
    await runCommand('npx', ['tsx', 'scripts/check-data.ts', deckEntry], { verbose: true })
  const deck = await loadDeck(deckEntry)
  const names = exportFileNames(deck.title, { dark: options.dark })
  await mkdir(outDir, { recursive: true })
  // The SCORM build is a second full site build; it runs beside the site's build and the printing, which leave a
  // core idle while Chromium waits on its pages. Its lines may come between theirs.
  const scorm = scormSteps.length
    ? exportScorm({
        steps: scormSteps,
        deckEntry,
        title: deck.title,
        outDir,
        mastery: options.mastery ?? DEFAULT_MASTERY,
        skipBuild: options.skipBuild,
        verbose: options.verbose,
      })
    : Promise.resolve(true)
  const printed = printSteps.length
    ? printAll(printSteps, executablePath, deck, names)
    : Promise.resolve(true)
  const [scormDone, printDone] = await Promise.all([scorm, printed])
  if (scormDone && printDone) {
    if (printSteps.length)
      console.log(`export: all done, files in ${outDir}`)
  }
  else {
    process.exitCode = 1
  }
}

/** The site's build (unless --skip-build), then each print step in order; false if a step failed (it says which). */
async function printAll(printSteps: ExportStep[], executablePath: string, deck: Deck, names: ReturnType<typeof exportFileNames>): Promise<boolean> {
  let failed = false
  if (!options.skipBuild) {
    const started = performance.now()
    console.log(`export: building the site (${distDir}/)…`)
    await runCommand('npx', [
      'slidev',
      'build',
      deckEntry,
      '--out',
      distDir,
    ], { verbose: options.verbose })
    console.log(`export: site build done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  const site = await serveDist(distDir)
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  })
  try {
    const tasks = exportTasks(browser, site.url, deck, names)
    for (const step of printSteps) {
      const started = performance.now()
      const task = tasks[step]
      if (!task) {
        failed = true
        console.error(`export: the ${step} step is not available in this checkout.`)
        continue
      }
      if (options.verbose)
        console.log(`export: ${step}…`)
      try {
        const result = await task()
        console.log(`export: ${step} done in ${((performance.now() - started) / 1000).toFixed(1)} s, ${result}`)
      }
      catch (error) {
        failed = true
        console.error(`export: the ${step} step failed; files from earlier runs are untouched. ${error instanceof Error
          ? error.message
          : error}`)
      }
    }
  }
  finally {
    await browser.close()
    await site.close()
  }
  return !failed
}

main().catch((error: unknown) => {
  // A missing browser or a broken deck is a sentence for the person running the export, not a stack trace.
  console.error(`export: ${error instanceof Error
    ? error.message
    : String(error)}`)
  process.exitCode = 1
})
