/**
 * Shared end-to-end helpers. Every spec imports `test` and `expect` from here, so every page it opens
 * fails on a request that leaves this machine and on any page error.
 */
import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test'
import type { Deck, DeckSlide } from '../../scripts/lib/deck'
import { test as base, expect } from '@playwright/test'
import { loadDeck } from '../../scripts/lib/deck'
import { waitForFonts } from '../../scripts/lib/drawing'

export { expect }

let deckPromise: Promise<Deck> | undefined
/** The deck as Slidev parses it (cached per worker). */
export function deck(): Promise<Deck> {
  deckPromise ??= loadDeck()
  return deckPromise
}

/** The slides whose Markdown matches, e.g. slidesWhere(s => s.content.includes('<Timeline')). */
export async function slidesWhere(predicate: (slide: DeckSlide) => boolean): Promise<DeckSlide[]> {
  return (await deck()).slides.filter(predicate)
}

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:')
    return true
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}

/** Opens slide `no` (1-based) with `clicks` applied, and waits until it has rendered. */
export async function openSlide(page: Page, no: number, options: { clicks?: number, print?: boolean } = {}): Promise<void> {
  const query = new URLSearchParams()
  if (options.clicks !== undefined)
    query.set('clicks', String(options.clicks))
  if (options.print)
    query.set('print', 'true')
  const search = query.size
    ? `?${query}`
    : ''
  await page.goto(`${no}${search}`)
  await waitForSlide(page, no)
}

/**
 * Waits until the address names slide `no` and the slide is on screen with no slide still loading: one check in the
 * page, repeated each frame, so a test that walks the whole deck pays one round trip per slide.
 */
export async function waitForSlide(page: Page, no: number): Promise<void> {
  await page.waitForFunction((no) => {
    const shown = document.querySelector(`.slidev-page-${no}`)
    return new RegExp(`/${no}(\\?.*)?$`).test(location.href)
      && shown !== null && shown.getClientRects().length > 0 && getComputedStyle(shown).visibility !== 'hidden'
      && document.querySelector('.slidev-slide-loading') === null
    // Lazy slides can take seconds on a busy machine; past this the test fails naming the slide, not on its timeout.
  }, no, { timeout: 30_000 }).catch((error: unknown) => {
    throw new Error(`slide ${no} is not shown (the address is ${page.url()}): ${error instanceof Error
      ? error.message.split('\n')[0]
      : error}`)
  })
}

/** What a guarded page has done wrong so far: requests that left the machine, failed responses, page and console errors. */
interface PageGuard {
  offMachineRequests: string[]
  pageErrors: string[]
}

/**
 * Blocks every request that would leave this machine (recording it) and records responses with an error status,
 * uncaught page errors and console errors, so a test can fail on them.
 */
async function guard(page: Page): Promise<PageGuard> {
  const found: PageGuard = { offMachineRequests: [], pageErrors: [] }
  page.on('request', (request) => {
    if (!isLocal(request.url()))
      found.offMachineRequests.push(request.url())
  })
  // Never let such a request out, even if something tries.
  await page.route(url => !isLocal(url.toString()), route => route.abort())
  // The suite runs against a site built for a sub-path: a file addressed as if the site sat at "/" is a 404 here.
  page.on('response', (response) => {
    if (response.status() >= 400)
      found.pageErrors.push(`HTTP ${response.status()} for ${response.url()}`)
  })
  page.on('pageerror', error => found.pageErrors.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error')
      found.pageErrors.push(`console error: ${message.text()}`)
  })
  return found
}

function expectNothingWrong(found: PageGuard): void {
  expect(found.offMachineRequests, 'requests that left this machine').toEqual([])
  expect(found.pageErrors, 'errors in the page').toEqual([])
}

interface Fixtures {
  /** Requests that left the machine during the test; the fixture fails the test if any remain. */
  offMachineRequests: string[]
  /** Uncaught page errors and console errors during the test; the fixture fails the test if any. */
  pageErrors: string[]
}

const pageGuards = new WeakMap<Page, PageGuard>()

export const test = base.extend<Fixtures>({
  offMachineRequests: [
    async ({ page }, use) => {
      const found = await guard(page)
      pageGuards.set(page, found)
      await use(found.offMachineRequests)
      expectNothingWrong(found)
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page, offMachineRequests: _ }, use) => {
      await use(pageGuards.get(page)!.pageErrors)
    },
    { auto: true },
  ],
})

/**
 * One page kept open across the tests of a `describe` block, which then run in order on one worker: loading a view
 * (the reading view renders every slide) costs seconds, looking at it milliseconds. The page is guarded as the
 * per-test page is, and each test fails on what went wrong during it.
 */
export function sharedPage(options: BrowserContextOptions = {}): () => Page {
  let context: BrowserContext | undefined
  let page: Page | undefined
  let found: PageGuard
  test.describe.configure({ mode: 'serial' })
  test.beforeAll(async ({ browser }, testInfo) => {
    const { baseURL, colorScheme, permissions } = testInfo.project.use
    context = await browser.newContext({
      baseURL,
      colorScheme,
      permissions,
      ...options,
    })
    page = await context.newPage()
    found = await guard(page)
  })
  test.afterEach(() => {
    const now = { ...found }
    found.offMachineRequests = []
    found.pageErrors = []
    expectNothingWrong(now)
  })
  test.afterAll(async () => {
    await context?.close()
  })
  return () => {
    if (!page)
      throw new Error('sharedPage(): the page opens in beforeAll; use it inside a test')
    return page
  }
}

/**
 * Shows slide `no` in the deck already loaded, as its router does on Back or Forward, then steps through `clicks`
 * with → as a presenter does: no page load, so tests sharing one page stay quick. Works from the print view too.
 */
export async function goToSlide(page: Page, no: number, clicks = 0): Promise<void> {
  // A page not yet showing the deck (a test run on its own, with -g) loads it.
  if (!page.url().startsWith('http')) {
    await page.goto(String(no))
  }
  else {
    await page.evaluate((path) => {
      // Slidev's print page marks <html class="print"> and never unmarks it; that style would collapse the slide.
      document.documentElement.classList.remove('print')
      // Slidev ignores its shortcuts while an input (a check's option) has focus.
      ;(document.activeElement as HTMLElement | null)?.blur()
      history.pushState(history.state, '', path)
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
    }, new URL(String(no), page.url()).pathname)
  }
  await waitForSlide(page, no)
  for (let click = 0; click < clicks; click++)
    await page.keyboard.press('ArrowRight')
}

/**
 * Opens Slidev's print view (every slide at its printed state) and waits for its slides and fonts; a test then waits
 * for what it looks at (all drawings: waitForDrawing).
 */
export async function openPrintView(page: Page): Promise<void> {
  await page.goto('print?print=true')
  await page.locator('.print-slide-container').first().waitFor()
  // Every slide is a lazy component; on a busy machine they take longer than an expectation's timeout to arrive.
  await page.waitForFunction(() => document.querySelectorAll('.slidev-slide-loading').length === 0)
  await waitForFonts(page)
}
