/**
 * `npm run bench`: the export and first-load targets, measured in one run on this machine against baselines built
 * in the same run: a plain-text deck of the same slide count (through our exporter) and Slidev's own `slidev export`
 * (on our deck). Prints a Markdown table; never fails on a missed target, only when a step breaks.
 * Working folder .bench/ (the plain deck, builds, exports, logs). Option: --rounds N (slides exports per deck, in
 * turn with up to three of Slidev's; twice as many first-slide loads; default 3).
 */
import type { Browser } from 'playwright-core'
import type { BenchRow, Target } from './lib/bench'
import { spawn } from 'node:child_process'
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { median, plainDeckMarkdown, renderTable, stepTime } from './lib/bench'
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium'
import { loadDeck } from './lib/deck'
import { projectTool } from './lib/run-command'
import { serveDist } from './lib/serve'

const { rounds } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
  },
}).values
const ROUNDS = Math.max(1, Number(rounds))
const load = () => os.loadavg().map(value => value.toFixed(1)).join(' ')

/** Runs a shell command from the project folder; its wall time in seconds and its output (kept in .bench/logs/). */
async function run(label: string, command: string): Promise<{ seconds: number, log: string }> {
  console.log(`bench: ${label}…`)
  const started = performance.now()
  const log = await new Promise<string>((done, fail) => {
    const child = spawn(command, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let text = ''
    child.stdout.on('data', chunk => text += chunk)
    child.stderr.on('data', chunk => text += chunk)
    child.on('exit', code => code === 0
      ? done(text)
      : fail(new Error(`${label}: ${command} exited with ${code}:\n${text.slice(-2000)}`)))
  })
  await writeFile(`.bench/logs/${label.replace(/\W+/g, '-')}.log`, log)
  return { seconds: (performance.now() - started) / 1000, log }
}

/** One of the project's tools, as a shell command starts it (see projectTool). */
function tool(name: string): string {
  return projectTool(name).flat().join(' ')
}

/** Our exporter, with each deck's builds and files kept in .bench/ (absolute: Slidev puts a relative --out beside the deck). */
function deckEntry(deck: 'ours' | 'plain') {
  return deck === 'ours'
    ? 'slides.md'
    : '.bench/plain/slides.md'
}
function exportCommand(deck: 'ours' | 'plain', options: string) {
  return `DIST=${resolve(`.bench/${deck}-dist`)} DIST_SCORM=${resolve(`.bench/${deck}-scorm`)} ${tool('tsx')} scripts/export.ts --deck ${deckEntry(deck)} --out .bench/${deck}-exports ${options}`
}
function exportDeck(label: string, deck: 'ours' | 'plain', options: string) {
  return run(label, exportCommand(deck, options))
}

/** Stamps the first frame in which slide 1's title is laid out, with text, and neither hidden nor transparent. */
const FIRST_SLIDE_PROBE = `requestAnimationFrame(function check() {
  const title = document.querySelector('.slidev-page-1 h1')
  if (title?.textContent.trim() && title.getBoundingClientRect().width > 0 && title.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    window.firstSlide = performance.now()
  else
    requestAnimationFrame(check)
})`

/** Time to the first slide in a fresh browser context, and the gzipped JavaScript that had arrived by then. */
async function firstSlide(browser: Browser, deck: 'ours' | 'plain'): Promise<{ ms: number, jsKb: number }> {
  const site = await serveDist(`.bench/${deck}-dist`)
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
  })
  try {
    await page.addInitScript(FIRST_SLIDE_PROBE)
    await page.goto(`${site.url}1`, { waitUntil: 'commit' })
    await page.waitForFunction(() => 'firstSlide' in window, null, { timeout: 60_000 })
    const { ms, scripts } = await page.evaluate(() => {
      const ms = (window as unknown as { firstSlide: number }).firstSlide
      const arrived = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      return {
        ms,
        scripts: arrived.filter(entry => entry.responseEnd <= ms && /\.m?js$/.test(new URL(entry.name).pathname)).map(entry => new URL(entry.name).pathname),
      }
    })
    const sizes = await Promise.all([
      ...new Set(scripts),
    ].map(async path => gzipSync(await readFile(`.bench/${deck}-dist${path}`), { level: 9 }).length))
    return { ms, jsKb: sizes.reduce((sum, size) => sum + size, 0) / 1024 }
  }
  finally {
    await page.close()
    await site.close()
  }
}

await rm('.bench', { recursive: true, force: true })
await mkdir('.bench/logs', { recursive: true })
await mkdir('.bench/plain/setup', { recursive: true })
await mkdir('.bench/plain/public', { recursive: true })
const startLoad = load()
const pages = (await loadDeck(resolve('slides.md'))).slides.length
await writeFile('.bench/plain/slides.md', plainDeckMarkdown(pages))
await copyFile('public/favicon.svg', '.bench/plain/public/favicon.svg')
// The exporter prints /print, which a built Slidev site has only when the deck adds it (ours in setup/routes.ts).
await writeFile('.bench/plain/setup/routes.ts', `import { defineRoutesSetup } from '@slidev/types'\n\nexport default defineRoutesSetup(routes => [{ name: 'deck-print', path: '/print', component: () => import('@slidev/client/pages/print.vue') }, ...routes])\n`)

// The whole kit as a lecturer runs it (check, builds, every file); beside it, the plain deck's build and slides PDF.
const kit = await exportDeck('npm run export (ours, every file)', 'ours', '')
// The plain deck is no lesson (no parts, minutes or notes), so the export's content check would stop it: it is built
// with Slidev directly, as the export builds, and printed from that build.
const plainKit = await run('build and slides PDF (plain)', `${tool('slidev')} build ${deckEntry('plain')} --out ${resolve('.bench/plain-dist')} && ${exportCommand('plain', '--skip-build --only slides')}`)
const executable = await chromiumExecutable()
// Slidev's CLI drives Chromium through the package playwright-chromium, which downloads a browser at install (the
// project installs none such); it finds it among global packages too, so a shim there hands it playwright-core.
await mkdir('.bench/global/lib/node_modules/playwright-chromium', { recursive: true })
await writeFile('.bench/global/lib/node_modules/playwright-chromium/index.js', `module.exports = require(${JSON.stringify(resolve('node_modules/playwright-core'))})\n`)
/** `slidev export` runs at most this often: each takes a quarter of a minute or more, and varies by half from run to run. */
const SLIDEV_ROUNDS = Math.min(ROUNDS, 3)

// Slides PDFs in turn (ours, the plain deck's, and in the first rounds Slidev's), so all share the machine's noise; per
// page from the exporter's own step time (page opened → file written) and from the whole command (start-up included)
// for the comparison with Slidev's CLI.
const perPage = {
  ours: [] as number[],
  plain: [] as number[],
  command: [] as number[],
  slidev: [] as number[],
}
for (let round = 1; round <= ROUNDS; round++) {
  for (const deck of ['ours', 'plain'] as const) {
    const { seconds, log } = await exportDeck(`slides PDF ${round} (${deck})`, deck, '--skip-build --only slides')
    const step = stepTime(log, 'slides')!
    perPage[deck].push(step.seconds / step.pages)
    if (deck === 'ours')
      perPage.command.push(seconds / step.pages)
  }
  if (round <= SLIDEV_ROUNDS) {
    const slidev = await run(`slidev export ${round} (ours)`, `npm_config_prefix=${resolve('.bench/global')} ${tool('slidev')} export slides.md --output .bench/slidev-export.pdf --executable-path ${executable} --timeout 600000`)
    perPage.slidev.push(slidev.seconds / pages)
  }
}

const browser = await chromium.launch({
  executablePath: executable,
  args: [...CHROMIUM_ARGS],
})
const version = browser.version()
const loads = { ours: [] as { ms: number, jsKb: number }[], plain: [] as { ms: number, jsKb: number }[] }
try {
  await firstSlide(browser, 'ours') // warm-ups: the first launch of each site pays for the disk cache
  await firstSlide(browser, 'plain')
  for (let round = 0; round < ROUNDS * 2; round++) {
    for (const deck of round % 2
      ? ['plain', 'ours'] as const
      : ['ours', 'plain'] as const)
      loads[deck].push(await firstSlide(browser, deck))
  }
}
finally {
  await browser.close()
}

function row(measure: string, unit: string, digits: number, ours?: number, baseline?: number, target?: Target): BenchRow {
  return {
    measure,
    unit,
    digits,
    ours,
    baseline,
    target,
  }
}
const rows = [
  row(`slides PDF per page (exporter's step time, median of ${ROUNDS}); baseline: the plain deck, same exporter`, 's', 3, median(perPage.ours), median(perPage.plain), { ratio: 2 }),
  row(`slides PDF per page, whole command, all ${pages} pages (median of ${ROUNDS}); baseline: \`slidev export\` of our deck (median of ${SLIDEV_ROUNDS}; ours prints from the built site)`, 's', 2, median(perPage.command), median(perPage.slidev), { ratio: 0.2, label: 'ours ≥ 5× faster' }),
  row('`npm run export`, every file of the kit; baseline: the plain deck\'s build and slides PDF', 's', 0, kit.seconds, plainKit.seconds, { ours: 45 }),
  row(`first slide visible (median of ${ROUNDS * 2} loads); baseline: the plain deck`, 'ms', 0, median(loads.ours.map(load => load.ms)), median(loads.plain.map(load => load.ms)), { ratio: 1.25 }),
  row('JavaScript before the first slide, gzip -9; baseline: the plain deck', 'KB', 1, median(loads.ours.map(load => load.jsKb)), median(loads.plain.map(load => load.jsKb)), { ratio: 1.3 }),
]
console.log(`\n${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, Chromium ${version}; load average ${startLoad} at start, ${load()} at end\n`)
console.log(renderTable(rows))
console.log(`\nIn \`npm run export\` (s): ${[
  ...kit.log.matchAll(/export: (.+) done in ([\d.]+) s/g),
].map(([, step, seconds]) => `${step} ${seconds}`).join(', ')}`)
