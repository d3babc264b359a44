/**
 * When a page of the deck has finished drawing. Shared by the exporter and the tests, so what is tested is
 * exactly what is waited for before printing.
 */
import type { Page } from 'playwright-core'

/** Waits for lazy slides, for components that name what to wait for (data-waitfor) and for fonts. */
export async function waitForDrawing(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.slidev-slide-loading').length === 0)
  for (const element of await page.locator('[data-waitfor]').all()) {
    const selector = await element.getAttribute('data-waitfor')
    if (selector)
      await element.locator(selector).first().waitFor({ state: 'attached', timeout: 30_000 })
  }
  await waitForFonts(page)
}

/**
 * Waits until the deck's own fonts are drawn. `document.fonts.ready` alone can resolve before layout has asked
 * for a face, and text set in the fallback font runs longer (the full timeline ~45px taller), so force a layout,
 * then wait until no face is loading and the regular and bold Inter faces are in. (A deck that declares no Inter,
 * such as the benchmark's plain deck, passes: `check()` is true when no declared face matches.)
 */
export async function waitForFonts(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    void document.body.getBoundingClientRect()
    await document.fonts.ready
    return [...document.fonts].every(face => face.status !== 'loading')
      && document.fonts.check('12px Inter') && document.fonts.check('600 12px Inter')
  })
}
