/**
 * Glossary terms on a touch screen: a tap shows the definition, a second tap or a tap elsewhere hides it
 * (a tapped button may never take focus there, so closing cannot wait for blur).
 */
import { expect, gotoSlide, slidesWhere, test } from '../support/fixtures'

test.use({
  hasTouch: true,
  viewport: { width: 980, height: 552 },
})

test('a tap shows a term\'s definition; a second tap, or a tap elsewhere, hides it', async ({ page }) => {
  const [slide] = await slidesWhere(s => s.content.includes('<Term id='))
  // At the slide's last click, so every term on it is revealed.
  await gotoSlide(page, slide.no, { clicks: 99 })
  const term = page.locator(`.slidev-page-${slide.no} .term-button`).first()
  const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`)
  await expect(tip).toBeHidden()

  await term.tap()
  await expect(tip).toBeVisible()
  await term.tap()
  await expect(tip).toBeHidden()

  await term.tap()
  await expect(tip).toBeVisible()
  await page.locator(`.slidev-page-${slide.no} h1`).first().tap()
  await expect(tip).toBeHidden()
})
