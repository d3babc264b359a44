/** Walking a page with the keyboard, as a reader without a mouse does. */
import type { Page } from '@playwright/test'

export interface FocusStop { tag: string, label: string, visible: boolean, inSlide: boolean }

/** Presses Tab `count` times and records each element that receives focus, and whether its focus is visible. */
export async function tabThrough(page: Page, count: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = []
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab')
    stops.push(await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
      const ring = style.boxShadow !== 'none'
      return {
        tag: element.tagName.toLowerCase(),
        label: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40),
        visible: outline || ring,
        inSlide: !!element.closest('.slidev-page'),
      }
    }))
  }
  return stops
}

/** Tabs from where focus is until it lands on `selector` (a real user's route there); fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(s => document.activeElement?.matches(s) ?? false, selector))
      return
  }
  throw new Error(`Tab never reached ${selector}`)
}
