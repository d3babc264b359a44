/**
 * Helpers for the figure specs (timelines, map, diagrams), which share one page per file (fixtures' sharedPage):
 * Slidev's print view loaded once, then the app navigated from there, so a spec loads the deck as few times as it
 * can. Figures are found by the `data-figure` id their component carries (the view's id in data/), never by slide
 * number or heading.
 */
import type { Locator, Page } from '@playwright/test'
import { waitForFonts } from '../../scripts/lib/drawing'
import { expect, waitForSlide } from './fixtures'

export function figure(page: Page, id: string): Locator {
  return page.locator(`[data-figure="${id}"]`)
}

/**
 * Opens Slidev's print view (every slide at its printed state) and waits for its slides and fonts; each spec's
 * own expectations then wait for the figures it looks at, not for every drawing in the deck.
 */
export async function openPrintView(page: Page): Promise<void> {
  await page.goto('print?print=true')
  await page.locator('.print-slide-container').first().waitFor()
  // Every slide is a lazy component; on a busy machine they take longer than an expectation's timeout to arrive.
  await page.waitForFunction(() => document.querySelectorAll('.slidev-slide-loading').length === 0)
  await waitForFonts(page)
}

/** In the print view: the number of the slide each figure is on, by figure id. */
export async function figureSlides(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-figure]').evaluateAll(figures => Object.fromEntries(figures.map(figure => [
    figure.getAttribute('data-figure'),
    // Slidev names each printed slide "<slide>-<click>", e.g. "021-01".
    Number.parseInt(figure.closest('.print-slide-container')!.id, 10),
  ])))
}

/**
 * Shows slide `no` in the app already loaded, as its router would on Back or Forward: no page load. Unlike the
 * presenter's go-to (fixtures' goToSlide), this also leaves the print view, where Slidev's shortcuts are off.
 */
export async function goToSlideInApp(page: Page, no: number): Promise<void> {
  await page.evaluate((path) => {
    // Slidev's print page marks <html class="print"> and never unmarks it; that style would collapse the slide.
    document.documentElement.classList.remove('print')
    history.pushState(history.state, '', path)
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  }, new URL(String(no), page.url()).pathname)
  await waitForSlide(page, no)
}

/** Presses → as a presenter does and waits for the figure to reach `step`. */
export async function clickTo(page: Page, id: string, step: number): Promise<void> {
  await page.keyboard.press('ArrowRight')
  await expect(figure(page, id)).toHaveAttribute('data-step', String(step))
}

/** Presses → past a figure's last step and expects the next slide: the slide has exactly the figure's clicks. */
export async function expectNextSlideAfter(page: Page, no: number): Promise<void> {
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${no + 1}(\\?|$)`))
}
