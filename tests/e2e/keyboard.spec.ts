/** A glossary term on a slide, with the keyboard. */
import type { FocusStop } from '../support/keyboard'
import { expect, gotoSlide, slidesWhere, test } from '../support/fixtures'
import { tabThrough } from '../support/keyboard'

test('a glossary term takes focus visibly and reveals its definition', async ({ page }) => {
  const [slide] = await slidesWhere(s => s.content.includes('<Term ') && !s.content.includes('v-click'))
  await gotoSlide(page, slide.no)
  await expect(page.locator(`.slidev-page-${slide.no} .term-button`).first()).toBeVisible()
  let stop: FocusStop | undefined
  for (let i = 0; i < 10 && !stop; i++) {
    const [next] = await tabThrough(page, 1)
    if (next.inSlide && await page.evaluate(() => document.activeElement?.classList.contains('term-button')))
      stop = next
  }
  expect(stop, 'a glossary term reached with Tab').toBeTruthy()
  expect(stop!.visible, 'the focused term shows focus').toBe(true)
  await expect(page.locator(`.slidev-page-${slide.no} [role="tooltip"]:visible`)).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(page.locator(`.slidev-page-${slide.no} [role="tooltip"]:visible`)).toHaveCount(0)
})
