import { expect, gotoSlide, test } from './fixtures'

test('the first slide renders', async ({ page }) => {
  await gotoSlide(page, 1)
  await expect(page.locator('.slidev-page-1 h1')).toContainText('Kazakhstan')
})
