/**
 * Helpers for the figure specs (timelines, map, diagrams), which share one page per file (fixtures' sharedPage):
 * Slidev's print view loaded once, then the app navigated from there, so a spec loads the deck as few times as it
 * can. Figures are found by the `data-figure` id their component carries (the view's id in data/), never by slide
 * number or heading.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

export function figure(page: Page, id: string): Locator {
  return page.locator(`[data-figure="${id}"]`)
}

/** In the print view: the number of the slide each figure is on, by figure id. */
export async function figureSlides(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-figure]').evaluateAll(figures => Object.fromEntries(figures.map(figure => [
    figure.getAttribute('data-figure'),
    // Slidev names each printed slide "<slide>-<click>", e.g. "021-01".
    Number.parseInt(figure.closest('.print-slide-container')!.id, 10),
  ])))
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
