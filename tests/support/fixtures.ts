/**
 * Shared end-to-end helpers. Every spec imports `test` and `expect` from here, so every page it opens
 * fails on a request that leaves this machine and on any page error.
 */
import type { Page } from '@playwright/test'
import type { Deck, DeckSlide } from '../../scripts/lib/deck'
import { test as base, expect } from '@playwright/test'
import { parts } from '../../data/article'
import { loadDeck } from '../../scripts/lib/deck'

export { expect }

/**
 * The parts that open with a section slide showing their title. The epilogue opens straight on its timeline after
 * the debrief; the reference part (checks, glossary, sources) is for study after class.
 */
export const partsWithSectionSlide = parts.filter(part => part.id !== 'epilogue' && part.id !== 'reference')

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
export async function gotoSlide(page: Page, no: number, options: { clicks?: number, print?: boolean } = {}): Promise<void> {
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

export async function waitForSlide(page: Page, no: number): Promise<void> {
  const slide = page.locator(`.slidev-page-${no}`).first()
  await slide.waitFor()
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0)
}

interface Fixtures {
  /** Requests that left the machine during the test; the fixture fails the test if any remain. */
  offMachineRequests: string[]
  /** Uncaught page errors and console errors during the test; the fixture fails the test if any. */
  pageErrors: string[]
}

export const test = base.extend<Fixtures>({
  offMachineRequests: [
    async ({ page }, use) => {
      const offMachine: string[] = []
      page.on('request', (request) => {
        if (!isLocal(request.url()))
          offMachine.push(request.url())
      })
      // Never let such a request out, even if something tries.
      await page.route(url => !isLocal(url.toString()), route => route.abort())
      await use(offMachine)
      expect(offMachine, 'requests that left this machine').toEqual([])
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', error => errors.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error')
          errors.push(`console error: ${message.text()}`)
      })
      await use(errors)
      expect(errors, 'errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

/**
 * The same guards for a page a spec opens itself and shares across its tests (in `beforeAll`, to load it once):
 * requests that would leave the machine are blocked and recorded, page and console errors recorded. Call the
 * returned check after each test (`afterEach`), so a test fails on what happened while it ran.
 */
export async function guardSharedPage(page: Page): Promise<() => void> {
  const offMachine: string[] = []
  const errors: string[] = []
  page.on('request', (request) => {
    if (!isLocal(request.url()))
      offMachine.push(request.url())
  })
  await page.route(url => !isLocal(url.toString()), route => route.abort())
  page.on('pageerror', error => errors.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`console error: ${message.text()}`)
  })
  return () => {
    expect(offMachine.splice(0), 'requests that left this machine').toEqual([])
    expect(errors.splice(0), 'errors in the page').toEqual([])
  }
}
