/**
 * `npm run bench`: this deck against a generated plain-text deck with the same slide count, on this machine, in
 * one run. Builds both, exports their slides PDFs (three times, alternately; our handout once) with
 * scripts/export.ts, loads each built site's first slide several times in Chromium (alternating decks so both
 * share the machine's noise), and prints a Markdown table: ours, plain, ours/plain, and the issue's targets.
 * It prints figures; it never fails on a missed target, only when a step breaks.
 *
 * Working folder: .bench/ (plain deck, both built sites, exports, logs). Options: --loads N (first-slide loads
 * per deck, default 9), --skip-build (reuse .bench/*-dist from an earlier run).
 * Environment: CHROMIUM_PATH (see scripts/lib/chromium.ts).
 */
import type { Browser } from 'playwright-core'
import type { BenchRow } from './lib/bench'
import type { RunningSite } from './lib/serve'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import {
  chunkName,
  distPathForUrl,
  gzipSize,
  median,
  parseCpuSeconds,
  parseExportLog,
  parseMaxRss,
  plainDeckMarkdown,
  renderTable,
} from './lib/bench'
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium'
import { loadDeck } from './lib/deck'
import { exportFileNames } from './lib/exports'
import { serveDist } from './lib/serve'

const { values: options } = parseArgs({
  options: {
    'loads': { type: 'string', default: '9' },
    'skip-build': { type: 'boolean', default: false },
  },
})
const LOADS = Math.max(1, Number(options.loads))
const EXPORT_ROUNDS = 3

const WORK = resolve('.bench')
const GNU_TIME = '/usr/bin/time'
const SLIDEV = resolve('node_modules/.bin/slidev')
const TSX = resolve('node_modules/.bin/tsx')

interface DeckUnderTest {
  name: 'ours' | 'plain'
  entry: string
  dist: string
  exports: string
  title: string
}

interface Run {
  wallSeconds: number
  output: string
  /** From GNU time when present: max RSS (KB) of the process tree's largest process, and user + system seconds. */
  maxRssKb?: number
  cpuSeconds?: number
}

// Children are started in their own process group, so an interrupted run can stop exactly what it started.
const children = new Set<number>()
function stopChildren(): void {
  for (const pid of children) {
    try {
      process.kill(-pid, 'SIGTERM')
    }
    catch {}
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopChildren()
    process.exit(130)
  })
}

async function run(label: string, command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const logPath = resolve(WORK, 'logs', `${label}.log`)
  const timed = existsSync(GNU_TIME)
  const reportPath = `${logPath}.time`
  const [file, argv] = timed
    ? [
        GNU_TIME,
        [
          '-v',
          '-o',
          reportPath,
          command,
          ...args,
        ],
      ]
    : [command, args]
  const started = performance.now()
  const output = await new Promise<string>((done, fail) => {
    const child = spawn(file, argv, {
      env: {
        ...process.env,
        ...env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(child.pid!)
    let text = ''
    child.stdout.on('data', (chunk: Uint8Array) => text += String(chunk))
    child.stderr.on('data', (chunk: Uint8Array) => text += String(chunk))
    child.on('error', fail)
    child.on('exit', (code) => {
      children.delete(child.pid!)
      if (code === 0)
        done(text)
      else
        fail(new Error(`${label}: \`${command} ${args.join(' ')}\` exited with ${code}; its output ends:\n${text.split('\n').slice(-25).join('\n')}`))
    })
  })
  const wallSeconds = (performance.now() - started) / 1000
  await writeFile(logPath, output)
  const report = timed
    ? await readFile(reportPath, 'utf8')
    : ''
  return {
    wallSeconds,
    output,
    maxRssKb: parseMaxRss(report),
    cpuSeconds: parseCpuSeconds(report),
  }
}

/**
 * The exporter prints from the built site's /print page, which Slidev registers only in dev and export mode; our
 * deck adds it in setup/routes.ts. The plain deck gets that route and nothing else of ours.
 */
const PLAIN_ROUTES_SETUP = `import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup((routes: RouteRecordRaw[]) => [
  { name: 'deck-print', path: '/print', component: () => import('@slidev/client/pages/print.vue') },
  ...routes,
])
`

async function preparePlainDeck(slideCount: number): Promise<string> {
  const folder = resolve(WORK, 'plain')
  await mkdir(resolve(folder, 'public'), { recursive: true })
  await mkdir(resolve(folder, 'setup'), { recursive: true })
  await copyFile(resolve('public/favicon.svg'), resolve(folder, 'public/favicon.svg'))
  await writeFile(resolve(folder, 'setup/routes.ts'), PLAIN_ROUTES_SETUP)
  const entry = resolve(folder, 'slides.md')
  await writeFile(entry, plainDeckMarkdown({ slideCount }))
  return entry
}

async function build(deck: DeckUnderTest): Promise<Run | undefined> {
  if (options['skip-build']) {
    if (!existsSync(resolve(deck.dist, 'index.html')))
      throw new Error(`--skip-build: no earlier build of ${deck.name} in ${deck.dist}`)
    return undefined
  }
  console.log(`bench: building ${deck.name}…`)
  const result = await run(`build-${deck.name}`, SLIDEV, [
    'build',
    deck.entry,
    '--out',
    deck.dist,
  ])
  console.log(`bench: built ${deck.name} in ${result.wallSeconds.toFixed(1)} s`)
  return result
}

interface ExportFigures {
  secondsPerPage: number
  /** CPU seconds of the whole exporter process (tsx, Node and Chromium) per page. */
  cpuSecondsPerPage?: number
  bytesPerPage: number
  pages: number
}

async function exportPdf(deck: DeckUnderTest, step: 'slides' | 'handout', round: number): Promise<ExportFigures> {
  console.log(`bench: exporting the ${step} PDF of ${deck.name} (${round + 1})…`)
  const out = resolve(deck.exports, step)
  await rm(out, { recursive: true, force: true })
  const result = await run(
    `export-${deck.name}-${step}-${round + 1}`,
    TSX,
    [
      'scripts/export.ts',
      '--skip-build',
      '--deck',
      deck.entry,
      '--out',
      out,
      '--only',
      step,
    ],
    { DIST: deck.dist },
  )
  // The exporter times each step itself (page opened → PDF written), leaving out its start-up.
  const logged = parseExportLog(result.output, step)
  if (!logged)
    throw new Error(`export of ${deck.name}: no "${step} done" line in its output`)
  const names = exportFileNames(deck.title)
  const { size } = await stat(resolve(out, step === 'slides'
    ? names.slidesPdf
    : names.handoutPdf))
  return {
    pages: logged.pages,
    secondsPerPage: logged.seconds / logged.pages,
    cpuSecondsPerPage: result.cpuSeconds === undefined
      ? undefined
      : result.cpuSeconds / logged.pages,
    bytesPerPage: size / logged.pages,
  }
}

interface Load {
  firstSlideMs: number
  scripts: string[]
  heapBytes: number
}

/** Marks when slide 1's title is on screen: present, with text, laid out and not hidden or transparent. */
const FIRST_SLIDE_PROBE = `(() => {
  const check = () => {
    const title = document.querySelector('.slidev-page-1 h1')
    if (title && title.textContent.trim() && title.getBoundingClientRect().width > 0
      && title.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      window.__firstSlide = performance.now()
      return
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

async function loadFirstSlide(browser: Browser, site: RunningSite): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
  })
  try {
    await context.addInitScript(FIRST_SLIDE_PROBE)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.goto(`${site.url}1`, { waitUntil: 'commit' })
    await page.waitForFunction(() => (window as { __firstSlide?: number }).__firstSlide !== undefined, null, { timeout: 60_000, polling: 50 })
    const { firstSlideMs, scripts } = await page.evaluate(() => {
      const at = (window as { __firstSlide?: number }).__firstSlide ?? Number.NaN
      // Every JavaScript file whose response had arrived when the title was on screen (entry, module preloads,
      // dynamic imports).
      const loaded = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter(entry => /\.m?js$/.test(new URL(entry.name).pathname) && entry.responseEnd <= at)
        .map(entry => entry.name)
      return { firstSlideMs: at, scripts: loaded }
    })
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const heapBytes = metrics.find(metric => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN
    return { firstSlideMs, scripts, heapBytes }
  }
  finally {
    await context.close()
  }
}

const gzipCache = new Map<string, number>()
async function gzippedBytes(dist: string, site: RunningSite, urls: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  for (const url of new Set(urls)) {
    const path = distPathForUrl(url, site.url)
    if (!path)
      continue
    const file = resolve(dist, path)
    if (!gzipCache.has(file))
      gzipCache.set(file, gzipSize(await readFile(file)))
    sizes.set(path, gzipCache.get(file)!)
  }
  return sizes
}

function sum(values: Iterable<number>): number {
  let total = 0
  for (const value of values)
    total += value
  return total
}

async function main(): Promise<void> {
  const started = performance.now()
  await rm(resolve(WORK, 'logs'), { recursive: true, force: true })
  await mkdir(resolve(WORK, 'logs'), { recursive: true })
  const executablePath = await chromiumExecutable()
  const ourDeck = await loadDeck(resolve('slides.md'))
  const plainEntry = await preparePlainDeck(ourDeck.slides.length)
  const plainDeck = await loadDeck(plainEntry)
  const decks: Record<'ours' | 'plain', DeckUnderTest> = {
    ours: {
      name: 'ours',
      entry: resolve('slides.md'),
      dist: resolve(WORK, 'ours-dist'),
      exports: resolve(WORK, 'ours-export'),
      title: ourDeck.title,
    },
    plain: {
      name: 'plain',
      entry: plainEntry,
      dist: resolve(WORK, 'plain-dist'),
      exports: resolve(WORK, 'plain-export'),
      title: plainDeck.title,
    },
  }
  console.log(`bench: ${ourDeck.slides.length} slides in each deck; load average at start ${os.loadavg().map(load => load.toFixed(1)).join(' ')}`)

  const builds = { ours: await build(decks.ours), plain: await build(decks.plain) }
  // The slides PDF of each deck, alternately, EXPORT_ROUNDS times: a loaded machine makes a single export noisy.
  const slideExports: Record<'ours' | 'plain', ExportFigures[]> = { ours: [], plain: [] }
  for (let round = 0; round < EXPORT_ROUNDS; round++) {
    for (const name of ['ours', 'plain'] as const)
      slideExports[name].push(await exportPdf(decks[name], 'slides', round))
  }
  const medianExport = (samples: ExportFigures[]): ExportFigures => ({
    pages: samples[0].pages,
    bytesPerPage: samples[0].bytesPerPage,
    secondsPerPage: median(samples.map(sample => sample.secondsPerPage))!,
    cpuSecondsPerPage: median(samples.map(sample => sample.cpuSecondsPerPage ?? Number.NaN)),
  })
  const exported = {
    ours: {
      slides: medianExport(slideExports.ours),
      handout: await exportPdf(decks.ours, 'handout', 0),
    },
    plain: {
      slides: medianExport(slideExports.plain),
      handout: undefined,
    },
  }

  console.log(`bench: loading each built site's first slide ${LOADS} times (after one warm-up each)…`)
  const sites = { ours: await serveDist(decks.ours.dist), plain: await serveDist(decks.plain.dist) }
  let browser: Browser | undefined
  const loads: Record<'ours' | 'plain', Load[]> = { ours: [], plain: [] }
  let chromiumVersion = ''
  try {
    browser = await chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS],
    })
    chromiumVersion = browser.version()
    for (const name of ['ours', 'plain'] as const)
      await loadFirstSlide(browser, sites[name])
    for (let round = 0; round < LOADS; round++) {
      const order = round % 2
        ? ['plain', 'ours'] as const
        : ['ours', 'plain'] as const
      for (const name of order)
        loads[name].push(await loadFirstSlide(browser, sites[name]))
    }
  }
  finally {
    await browser?.close()
    await sites.ours.close()
    await sites.plain.close()
  }

  const scriptSizes = {
    ours: await Promise.all(loads.ours.map(load => gzippedBytes(decks.ours.dist, sites.ours, load.scripts))),
    plain: await Promise.all(loads.plain.map(load => gzippedBytes(decks.plain.dist, sites.plain, load.scripts))),
  }
  const jsKb = (name: 'ours' | 'plain') => median(scriptSizes[name].map(sizes => sum(sizes.values()) / 1024))
  const firstSlide = (name: 'ours' | 'plain') => loads[name].map(load => load.firstSlideMs)
  const mb = (kb: number | undefined) => kb === undefined
    ? undefined
    : kb / 1024
  const rows: BenchRow[] = [
    {
      metric: 'build, wall time',
      unit: 's',
      digits: 1,
      ours: builds.ours?.wallSeconds,
      plain: builds.plain?.wallSeconds,
    },
    {
      metric: 'build, CPU time (user + system)',
      unit: 's',
      digits: 1,
      ours: builds.ours?.cpuSeconds,
      plain: builds.plain?.cpuSeconds,
    },
    {
      metric: 'build, peak memory (max RSS, GNU time)',
      unit: 'MB',
      digits: 0,
      ours: mb(builds.ours?.maxRssKb),
      plain: mb(builds.plain?.maxRssKb),
    },
    {
      metric: `export slides PDF, per page (median of ${EXPORT_ROUNDS})`,
      unit: 's',
      digits: 3,
      ours: exported.ours.slides.secondsPerPage,
      plain: exported.plain.slides.secondsPerPage,
      target: 1.3,
    },
    {
      metric: `export slides PDF, CPU per page (whole exporter process incl. start-up and Chromium, median of ${EXPORT_ROUNDS})`,
      unit: 's',
      digits: 3,
      ours: exported.ours.slides.cpuSecondsPerPage,
      plain: exported.plain.slides.cpuSecondsPerPage,
    },
    {
      metric: 'slides PDF size, per page',
      unit: 'KB',
      digits: 1,
      ours: exported.ours.slides.bytesPerPage / 1024,
      plain: exported.plain.slides.bytesPerPage / 1024,
    },
    {
      metric: 'export handout PDF, per page',
      unit: 's',
      digits: 3,
      ours: exported.ours.handout.secondsPerPage,
      plain: undefined,
    },
    {
      metric: 'export handout PDF, CPU per page (whole exporter process incl. start-up and Chromium)',
      unit: 's',
      digits: 3,
      ours: exported.ours.handout.cpuSecondsPerPage,
      plain: undefined,
    },
    {
      metric: 'handout PDF size, per page',
      unit: 'KB',
      digits: 1,
      ours: exported.ours.handout.bytesPerPage / 1024,
      plain: undefined,
    },
    {
      metric: `first slide visible, median of ${LOADS} loads`,
      unit: 'ms',
      digits: 0,
      ours: median(firstSlide('ours')),
      plain: median(firstSlide('plain')),
      target: 1.25,
    },
    {
      metric: 'JavaScript before first slide, gzip -9',
      unit: 'KB',
      digits: 1,
      ours: jsKb('ours'),
      plain: jsKb('plain'),
      target: 1.3,
    },
    {
      metric: 'browser JS heap after first slide (CDP JSHeapUsedSize)',
      unit: 'MB',
      digits: 1,
      ours: median(loads.ours.map(load => load.heapBytes / 2 ** 20)),
      plain: median(loads.plain.map(load => load.heapBytes / 2 ** 20)),
    },
  ]

  const cpu = os.cpus()
  console.log('')
  console.log(`Machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, Chromium ${chromiumVersion}, ${ourDeck.slides.length} slides per deck, load average at end ${os.loadavg().map(load => load.toFixed(1)).join(' ')}`)
  console.log('')
  console.log(renderTable(rows))
  console.log('')
  for (const name of ['ours', 'plain'] as const) {
    const samples = firstSlide(name).map(ms => ms.toFixed(0)).join(', ')
    console.log(`First slide, ${name} (ms): ${samples}`)
  }
  // Each round loads both decks back to back, so the median of the per-round ratios cancels slow drifts in load.
  const pairedRatios = loads.ours.map((load, index) => load.firstSlideMs / loads.plain[index].firstSlideMs)
  console.log(`First slide, median of the per-round ratios ours/plain: ${median(pairedRatios)?.toFixed(2)}×`)
  for (const name of ['ours', 'plain'] as const) {
    const samples = slideExports[name].map(sample => (sample.secondsPerPage * sample.pages).toFixed(1)).join(', ')
    console.log(`Slides PDF export step, ${name} (s): ${samples}`)
  }
  console.log(`Slides PDF: ${exported.ours.slides.pages} pages (ours), ${exported.plain.slides.pages} (plain); handout: ${exported.ours.handout.pages} A4 pages (ours). Export wall times are the exporter's own step times (start-up excluded); CPU times cover the whole exporter process.`)

  // Which JavaScript our first slide waits for that the plain deck's does not: named chunks, largest first.
  const lastOurs = scriptSizes.ours.at(-1) ?? new Map<string, number>()
  const plainNames = new Set([
    ...(scriptSizes.plain.at(-1) ?? new Map()).keys(),
  ].map(chunkName))
  const extra = [
    ...lastOurs.entries(),
  ]
    .map(([path, bytes]) => ({
      name: chunkName(path),
      bytes,
      shared: plainNames.has(chunkName(path)),
    }))
    .sort((a, b) => b.bytes - a.bytes)
  console.log('')
  console.log(`JavaScript before our first slide (last load, ${extra.length} files, gzip KB; * = also loaded by the plain deck):`)
  console.log(extra.map(file => `  ${(file.bytes / 1024).toFixed(1).padStart(7)}  ${file.name}${file.shared
    ? ' *'
    : ''}`).join('\n'))
  console.log('')
  console.log(`bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s; logs and files in .bench/`)
}

try {
  await main()
}
catch (error) {
  stopChildren()
  console.error(`bench: ${error instanceof Error
    ? error.message
    : error}`)
  process.exitCode = 1
}
