/**
 * When a page of the deck has finished drawing. Shared by the exporter and the tests, so what is tested is
 * exactly what is waited for before printing.
 */
import type { Page } from 'playwright-core'

/** Waits for lazy slides, for components that name what to wait for (data-waitfor), for Mermaid and for fonts. */
export async function waitForDrawing(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.slidev-slide-loading').length === 0)
  for (const element of await page.locator('[data-waitfor]').all()) {
    const selector = await element.getAttribute('data-waitfor')
    if (selector)
      await element.locator(selector).first().waitFor({ state: 'attached', timeout: 30_000 })
  }
  // Slidev renders Mermaid off-screen first; its scratch container empties when every diagram is done.
  await page.waitForFunction(() => !document.querySelector('#mermaid-rendering-container > div'))
  await page.evaluate(() => document.fonts.ready)
}
