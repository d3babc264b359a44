/**
 * Draws the deck's Mermaid diagrams at build time (logic/diagram-drawings.ts lists them), with Mermaid's own browser
 * bundle in Chromium and the deck's Inter faces, as Slidev would draw them in the page. Each SVG is cached under
 * node_modules/.cache/diagram-drawings by a hash of what shapes it (the key, which names the SVG's ids, the text, the
 * configuration, the drawing page, the Mermaid and font versions), so a build redraws only what changed and starts no
 * browser when nothing did. (Not the Chromium version: a cached drawing stands until something of the deck changes.)
 * A diagram Mermaid cannot draw stops the build with Mermaid's message and the drawing's key.
 */
import type { Browser, Page } from 'playwright-core'
import type { DiagramSource } from '../../logic/diagram-drawings'
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, extname, join, resolve } from 'node:path'
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium'
import { secondsSince } from './run-command'

/** The page's made-up origin: Playwright answers its requests from node_modules, so nothing leaves the machine. */
const ORIGIN = 'http://diagram-drawings.localhost'
const FONT_WEIGHTS = [400, 600, 700] as const

const DRAWING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
${FONT_WEIGHTS.map(weight => `<link rel="stylesheet" href="/inter/${weight}.css">`).join('\n')}
<style>html { font-family: Inter, ui-sans-serif, system-ui, sans-serif; line-height: 1.5; } body { margin: 0; }</style>
<script type="module">import mermaid from '/mermaid/mermaid.esm.min.mjs'; window.mermaid = mermaid</script>
</head><body><div id="drawing"></div></body></html>`

const CONTENT_TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

interface RenderOptions {
  /** The project's root, where node_modules is. */
  root: string
  /** Says how many drawings were made, when any were. */
  log?: (message: string) => void
  /**
   * The drawings are the deck's whole set: once new ones are made, the cache keeps only these, not every earlier
   * edit's. Left off when drawing a few on their own (a test's), which must not empty the deck's cache.
   */
  wholeDeck?: boolean
}

async function packageVersion(root: string, name: string): Promise<string> {
  return JSON.parse(await readFile(resolve(root, 'node_modules', name, 'package.json'), 'utf8')).version
}

/** Where each drawing is cached: a file named by a hash of everything that shapes its SVG. */
async function cacheFiles(root: string): Promise<{ dir: string, fileOf: (drawing: DiagramSource) => string }> {
  const dir = resolve(root, 'node_modules/.cache/diagram-drawings')
  const versions = [await packageVersion(root, 'mermaid'), await packageVersion(root, '@fontsource/inter'), DRAWING_PAGE]
  return {
    dir,
    fileOf: drawing => join(dir, `${createHash('sha256')
      .update(JSON.stringify([
        drawing.key,
        drawing.code,
        drawing.config,
        versions,
      ]))
      .digest('hex')
      .slice(0, 32)}.svg`),
  }
}

/** A page that draws with Mermaid's module build and the deck's Inter faces, served from node_modules. */
async function openDrawingPage(browser: Browser, root: string): Promise<Page> {
  const page = await browser.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', error => pageErrors.push(error.message))
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/')
      return route.fulfill({ contentType: 'text/html', body: DRAWING_PAGE })
    const [, folder, ...rest] = path.split('/')
    const packageDir = { inter: '@fontsource/inter', mermaid: 'mermaid/dist' }[folder]
    // A file that is not there is a 404 the page reports, never a request left unanswered.
    const body = packageDir && await readFile(resolve(root, 'node_modules', packageDir, ...rest)).catch(() => undefined)
    if (!body)
      return route.fulfill({ status: 404 })
    return route.fulfill({
      contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      body,
    })
  })
  await page.goto(`${ORIGIN}/`)
  // Mermaid's module build, which loads only the flowchart's chunks (its single-file build is 5 MB to parse).
  await page.waitForFunction(() => 'mermaid' in window, null, { timeout: 30_000 }).catch(() => {
    throw new Error(`Mermaid did not load in the drawing page${pageErrors.length
      ? `: ${pageErrors.join('; ')}`
      : ''}`)
  })
  // Mermaid measures each label as it lays it out: the deck's faces must be in before the first drawing.
  await page.evaluate(async (weights) => {
    await Promise.all(weights.map(weight => document.fonts.load(`${weight} 16px Inter`)))
    if (!weights.every(weight => document.fonts.check(`${weight} 16px Inter`)))
      throw new Error('the Inter faces did not load')
  }, FONT_WEIGHTS)
  return page
}

/** One drawing's SVG, drawn by Mermaid in the page; Mermaid's own message, with the drawing's key, if it cannot. */
async function drawOne(page: Page, drawing: DiagramSource): Promise<string> {
  const drawn = await page.evaluate(async ({ code, config, id }) => {
    const { mermaid } = window as unknown as { mermaid: typeof import('mermaid').default }
    mermaid.initialize({ startOnLoad: false, ...config })
    try {
      return { svg: (await mermaid.render(id, code, document.getElementById('drawing')!)).svg }
    }
    catch (error) {
      return {
        error: error instanceof Error
          ? error.message
          : String(error),
      }
    }
  }, { code: drawing.code, config: drawing.config, id: `diagram-${drawing.key.replace(/\./g, '-')}` })
  if ('error' in drawn)
    throw new Error(`Mermaid could not draw the diagram ${drawing.key} (logic/diagram-drawings.ts): ${drawn.error}`)
  return drawn.svg
}

/** Draws every drawing not yet in the cache; the SVG of each, by key. */
export async function renderDrawings(drawings: readonly DiagramSource[], { root, log, wholeDeck = false }: RenderOptions): Promise<Map<string, string>> {
  const { dir, fileOf } = await cacheFiles(root)
  const svgs = new Map<string, string>()
  const missing: DiagramSource[] = []
  const cached = await Promise.all(drawings.map(drawing => readFile(fileOf(drawing), 'utf8').catch(() => undefined)))
  drawings.forEach((drawing, index) => {
    const svg = cached[index]
    if (svg)
      svgs.set(drawing.key, svg)
    else
      missing.push(drawing)
  })
  if (!missing.length)
    return svgs

  const started = performance.now()
  await mkdir(dir, { recursive: true })
  const { chromium } = await import('playwright-core')
  const executablePath = await chromiumExecutable().catch((error: Error) => {
    throw new Error(`drawing the deck's diagrams with Mermaid needs a Chromium. ${error.message}`)
  })
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  })
  try {
    const page = await openDrawingPage(browser, root)
    for (const drawing of missing) {
      const svg = await drawOne(page, drawing)
      // Written beside under a name of its own and renamed, so a build running alongside never reads half a drawing.
      const file = fileOf(drawing)
      const temporary = `${file}.${randomUUID()}.tmp`
      await writeFile(temporary, svg)
      await rename(temporary, file)
      svgs.set(drawing.key, svg)
    }
  }
  finally {
    await browser.close()
  }
  if (wholeDeck) {
    const current = new Set(drawings.map(drawing => basename(fileOf(drawing))))
    for (const name of await readdir(dir)) {
      if (name.endsWith('.svg') && !current.has(name))
        await rm(join(dir, name), { force: true })
    }
  }
  log?.(`drew ${missing.length} diagram drawings with Mermaid in ${secondsSince(started)} s`)
  return svgs
}
