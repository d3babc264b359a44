/**
 * `npm run export`: builds the site, then prints from it, so what is exported is what students see.
 * Writes into exports/ (or --out DIR):
 *   1. the slides PDF: one page per slide at its final click state, bookmarks by part and slide, metadata;
 *   2. the handout PDF: A4, each slide above its notes, appendix, page numbers, bookmarks, tagged;
 *   3. the PPTX: a picture of each slide with its speaker notes, for lecturers who work in PowerPoint;
 *   4. the SCORM 1.2 and SCORM 2004 packages of the reading view for learning platforms (scripts/scorm-package.ts).
 * Each file is written under a temporary name and renamed when whole; a failure names its step and leaves
 * files from earlier runs intact.
 *
 * Options: --out DIR, --skip-build (use the existing dist/ and dist-scorm/; no SCORM packages without the latter),
 * --only slides|handout|pptx|scorm12|scorm2004 (repeatable), --dark, --mastery N (the SCORM pass mark, 0–100,
 * default 80),
 * --deck FILE (another deck's entry, e.g. for the benchmark's plain deck; print it from its own DIST).
 * Environment: DIST (the built site's folder, default dist), CHROMIUM_PATH (see scripts/chromium.ts).
 */
import type { Browser, Page } from 'playwright-core'
import type { OutlineTarget } from '../logic/exports'
import { spawn } from 'node:child_process'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import PptxGenJS from 'pptxgenjs'
import { partById } from '../data/article'
import { exportFileNames, locateOutline, slidesOutline } from '../logic/exports'
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium'
import { loadDeck } from './deck'
import { waitForDrawing } from './drawing'
import { loadPrintedPdf, savePdf, setPdfInfo, setPdfOutline } from './pdf-metadata'
import { readPdfBytes } from './pdf-read'
import { exportScorm, isScormStep, parseMastery, SCORM_STEPS } from './scorm-package'
import { serveDist } from './serve'

type Step = 'slides' | 'handout' | 'pptx'
const ALL_STEPS: Step[] = ['slides', 'handout', 'pptx']

const { values: options } = parseArgs({
  options: {
    'out': { type: 'string', default: 'exports' },
    'skip-build': { type: 'boolean', default: false },
    'only': { type: 'string', multiple: true },
    'dark': { type: 'boolean', default: false },
    'deck': { type: 'string', default: 'slides.md' },
    'mastery': { type: 'string' },
  },
})
// SCORM packages (scripts/scorm-package.ts) have their own build and need no browser: they run apart from the rest.
const scormSteps = (options.only?.length ? options.only : SCORM_STEPS).filter(isScormStep)
const steps = (options.only?.length
  ? options.only.filter(step => !isScormStep(step))
  : ALL_STEPS) as Step[]
for (const step of steps) {
  if (!ALL_STEPS.includes(step)) {
    throw new Error(`--only takes ${[
      ...ALL_STEPS,
      ...SCORM_STEPS,
    ].join(', ')}; got "${step}"`)
  }
}
const outDir = resolve(options.out)
const deckEntry = resolve(options.deck)
// The built site to print from; DIST lets a second checkout of the site sit beside dist/.
const distDir = process.env.DIST ?? 'dist'

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: 'inherit' })
    child.on('error', fail)
    child.on('exit', code => code === 0
      ? done()
      : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`)))
  })
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

async function exportSlidesPdf(browser: Browser, siteUrl: string, path: string): Promise<number> {
  const deck = await loadDeck(deckEntry)
  const page = await openPrintView(browser, siteUrl, deck.slides.length)
  const size = await page.locator('.print-slide-container').first().boundingBox()
  const printed = await page.pdf({
    width: `${size!.width}px`,
    // The canvas is 980 × 551.25; a page a fraction shorter than a slide would push a sliver onto a new page.
    height: `${Math.ceil(size!.height)}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    tagged: true,
  })
  await page.close()
  const pdf = await loadPrintedPdf(printed)
  if (pdf.getPageCount() !== deck.slides.length)
    throw new Error(`Chromium printed ${pdf.getPageCount()} pages for ${deck.slides.length} slides (a slide overflowed its page?)`)
  setPdfInfo(pdf, pdfInfo(deck.title, deck.author, deck.info, deck.keywords, 'Slides'))
  setPdfOutline(pdf, slidesOutline(deck.slides, id => partById(id)?.title))
  await writeWhole(path, await savePdf(pdf))
  return pdf.getPageCount()
}

async function exportHandoutPdf(browser: Browser, siteUrl: string, path: string): Promise<number> {
  const deck = await loadDeck(deckEntry)
  const page = await browser.newPage({
    viewport: { width: 794, height: 1123 },
    colorScheme: 'light',
  })
  await page.goto(`${siteUrl}handout?print=true`, { waitUntil: 'networkidle' })
  await page.locator('.study-page').waitFor()
  await waitForDrawing(page)
  const targets = await handoutOutlineTargets(page)
  const printed = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
  })
  await page.close()
  const { pageTexts } = await readPdfBytes(printed)
  const pdf = await loadPrintedPdf(printed)
  // Chromium can outline a page by its headings, but the slides inside the handout bring headings of their own;
  // bookmarks are placed from the handout's own structure instead.
  setPdfOutline(pdf, locateOutline(pageTexts, targets))
  setPdfInfo(pdf, pdfInfo(deck.title, deck.author, deck.info, deck.keywords, 'Handout'))
  await writeWhole(path, await savePdf(pdf))
  return pdf.getPageCount()
}

/**
 * One picture per slide at its final click state, with the speaker notes as PowerPoint notes. Printed from the
 * same built site as the PDFs (Slidev's own PPTX export would start a second, development server).
 */
async function exportPptx(browser: Browser, siteUrl: string, path: string): Promise<number> {
  const deck = await loadDeck(deckEntry)
  const page = await openPrintView(browser, siteUrl, deck.slides.length)
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'deck', width: 980 / 96, height: 552 / 96 })
  pptx.layout = 'deck'
  pptx.title = deck.title
  pptx.author = deck.author
  pptx.subject = deck.info.replace(/\s+/g, ' ')
  const containers = await page.locator('.print-slide-container').all()
  for (const [index, container] of containers.entries()) {
    const picture = await container.screenshot({ type: 'png' })
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
      slide.addNotes(plainNote(note))
  }
  await page.close()
  const bytes = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  await writeWhole(path, bytes)
  return containers.length
}

/** Notes as a lecturer reads them in PowerPoint: Markdown emphasis and HTML tags removed, [click] markers kept. */
function plainNote(note: string): string {
  return note.replace(/<[^>]+>/g, '').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').trim()
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

async function main(): Promise<void> {
  const mastery = parseMastery(options.mastery)
  const executablePath = steps.length
    ? await chromiumExecutable()
    : ''
  const deck = await loadDeck(deckEntry)
  await mkdir(outDir, { recursive: true })
  let failed = false
  if (scormSteps.length) {
    failed = !await exportScorm({
      steps: scormSteps,
      deckEntry,
      title: deck.title,
      outDir,
      mastery,
      skipBuild: options['skip-build'],
    })
  }
  if (!steps.length) {
    process.exitCode = failed ? 1 : 0
    return
  }
  const names = exportFileNames(deck.title)
  if (!options['skip-build']) {
    console.log(`export: checking the content and building the site (${distDir}/)…`)
    await run('npx', ['tsx', 'scripts/check-data.ts'])
    await run('npx', [
      'slidev',
      'build',
      deckEntry,
      '--out',
      distDir,
    ])
  }
  const site = await serveDist(distDir)
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  })
  try {
    const tasks: Record<Step, () => Promise<string>> = {
      slides: async () => `${await exportSlidesPdf(browser, site.url, resolve(outDir, names.slidesPdf))} pages → ${names.slidesPdf}`,
      handout: async () => `${await exportHandoutPdf(browser, site.url, resolve(outDir, names.handoutPdf))} A4 pages → ${names.handoutPdf}`,
      pptx: async () => `${await exportPptx(browser, site.url, resolve(outDir, names.pptx))} slides with notes → ${names.pptx}`,
    }
    for (const step of steps) {
      const started = performance.now()
      console.log(`export: ${step}…`)
      try {
        const result = await tasks[step]()
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
  if (failed)
    process.exitCode = 1
  else
    console.log(`export: all done, files in ${outDir}`)
}

main().catch((error: unknown) => {
  // A missing browser or a broken deck is a sentence for the person running the export, not a stack trace.
  console.error(`export: ${error instanceof Error
    ? error.message
    : String(error)}`)
  process.exitCode = 1
})
