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
import type { Deck } from './lib/deck'
import type { ExportStep } from './lib/exports'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { DEFAULT_MASTERY } from '../logic/scorm'
import { chromiumExecutable } from './lib/chromium'
import { exportFileNames, exportUsage, isPackageStep, parseExportOptions, UsageError } from './lib/exports'
import { runSlidevBuild, secondsSince } from './lib/run-command'

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

async function main(): Promise<void> {
  // The LMS packages (scripts/lib/scorm-package.ts) have their own build. A build draws the diagrams in Chromium
  // (scripts/lib/diagram-render.ts) and the other files are printed in it, so only zipping an earlier build needs none.
  const scormSteps = options.steps.filter(isPackageStep)
  const printSteps = options.steps.filter((step): step is ExportStep => !isPackageStep(step))
  const executablePath = printSteps.length || !options.skipBuild
    ? await chromiumExecutable()
    : ''
  // The libraries that read the deck, drive the browser and write PDF, PPTX and zip files load only now, once the
  // options and the browser are known to be good.
  const [{ loadDeck }, scormPackage, printExports] = await Promise.all([
    import('./lib/deck'),
    scormSteps.length
      ? import('./lib/scorm-package')
      : undefined,
    printSteps.length
      ? import('./lib/print-exports')
      : undefined,
  ])
  // Invalid content stops every export, the LMS packages included, before anything is built (checked here, in this
  // process, as scripts/check-data.ts checks before `npm run build`). The diagrams are then drawn once, before the two
  // builds, so each finds them drawn instead of drawing them again.
  let deck: Deck
  if (options.skipBuild) {
    deck = await loadDeck(deckEntry)
  }
  else {
    const { checkedDeck, contentReport } = await import('./lib/content-check')
    const checked = await checkedDeck(deckEntry)
    if (!checked.deck || checked.errors.length) {
      console.error(contentReport(checked.errors))
      process.exitCode = 1
      return
    }
    deck = checked.deck
    console.log('export: every dataset and slide is valid.')
    const [{ renderDrawings }, { diagramDrawings }] = await Promise.all([
      import('./lib/diagram-render'),
      import('../logic/diagram-drawings'),
    ])
    await renderDrawings(diagramDrawings(), {
      root: process.cwd(),
      wholeDeck: true,
      log: message => console.log(`export: ${message}`),
    })
  }
  const names = exportFileNames(deck.title, { dark: options.dark })
  await mkdir(outDir, { recursive: true })
  // The site's build comes first; the printing waits for it while Chromium starts, and the SCORM build (a second full
  // build, with relative paths and the memory router) starts once it has ended, beside the printing, which leaves a
  // core idle while Chromium waits on its pages. Its lines may come between theirs.
  const siteReady = printSteps.length && !options.skipBuild
    ? buildSite()
    : Promise.resolve()
  const printed = printExports
    ? printExports.printAll({
        steps: printSteps,
        executablePath,
        deck,
        names,
        outDir,
        distDir,
        siteReady,
        dark: options.dark,
        verbose: options.verbose ?? false,
      })
    : Promise.resolve(true)
  const scorm = scormPackage
    ? scormPackage.exportScorm({
        steps: scormSteps,
        deckEntry,
        title: deck.title,
        outDir,
        mastery: options.mastery ?? DEFAULT_MASTERY,
        skipBuild: options.skipBuild,
        after: siteReady,
        verbose: options.verbose,
      })
    : Promise.resolve(true)
  // Each part is waited for, and each failure said once, before the command ends.
  const [site, printDone, scormDone] = await Promise.allSettled([siteReady, printed, scorm])
  if (site.status === 'rejected')
    console.error(`export: the site's build failed; files from earlier runs are untouched. ${messageOf(site.reason)}`)
  else if (printDone.status === 'rejected')
    console.error(`export: ${messageOf(printDone.reason)}`)
  if (site.status === 'fulfilled' && printDone.status === 'fulfilled' && printDone.value && scormDone.status === 'fulfilled' && scormDone.value) {
    if (printSteps.length)
      console.log(`export: all done, files in ${outDir}`)
  }
  else {
    process.exitCode = 1
  }
}

/** `slidev build` of the site the files are printed from, into distDir. */
async function buildSite(): Promise<void> {
  const started = performance.now()
  console.log(`export: building the site (${distDir}/)…`)
  await runSlidevBuild([deckEntry, '--out', distDir], { verbose: options.verbose })
  console.log(`export: site build done in ${secondsSince(started)} s`)
}

function messageOf(error: unknown): string {
  return error instanceof Error
    ? error.message
    : String(error)
}

main().catch((error: unknown) => {
  // A missing browser or a broken deck is a sentence for the person running the export, not a stack trace.
  console.error(`export: ${messageOf(error)}`)
  process.exitCode = 1
})
