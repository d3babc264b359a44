/**
 * The reading view on a phone: a student reading /study at 360–414 px wide, with touch. The page opens once with a
 * phone's touch and mobile flags and is then resized to each phone's screen (Playwright's device descriptors), which
 * is all the layout depends on; the suite runs in Chromium, so each descriptor's own browser type is left out.
 */
import { devices } from '@playwright/test'
import { questions } from '../../data/questions'
import { expect, sharedPage, test } from '../support/fixtures'

const PHONES = [
  'Galaxy S8',
  'Pixel 5',
  'iPhone 12',
  'iPhone 11 Pro Max',
] as const

const { defaultBrowserType: _browser, ...narrowest } = devices[PHONES[0]]
const onPhone = sharedPage(narrowest)

test.beforeAll(async () => {
  test.setTimeout(90_000)
  await onPhone().goto('study')
})

for (const name of PHONES) {
  test(`on a ${name} the reading view fits the screen, its pictures scale to it and text stays readable`, async () => {
    const page = onPhone()
    const { width, height } = devices[name].viewport
    expect(width).toBeGreaterThanOrEqual(360)
    expect(width).toBeLessThanOrEqual(414)
    await page.setViewportSize({ width, height })
    const previews = page.locator('.study-slide-figure .slide-preview')
    await expect(previews.first()).toBeVisible()
    // The pictures take their width after the page measures itself; wait until the first one fits.
    await expect.poll(async () => (await previews.first().boundingBox())!.width, { message: 'the first slide picture fits the screen', timeout: 30_000 }).toBeLessThanOrEqual(width)

    const layout = await page.evaluate(() => {
      const viewport = document.documentElement.clientWidth
      const outside = Array.from(document.querySelectorAll('.study-slide-figure .slide-preview'))
        .map(preview => ({
          id: preview.closest('.study-slide')?.id ?? '',
          box: preview.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.left < -0.5 || box.right > viewport + 0.5)
        .map(({ id, box }) => `${id}: ${Math.round(box.left)}–${Math.round(box.right)} px`)
      const small = Array.from(document.querySelectorAll<HTMLElement>('.study-notes-text p, .study-notes-text li, .study-appendix p, .study-appendix li, .kc-option-text'))
        .filter(element => element.getClientRects().length && Number.parseFloat(getComputedStyle(element).fontSize) < 16)
        .map(element => `${element.className || element.tagName}: ${getComputedStyle(element).fontSize} "${element.textContent!.trim().slice(0, 40)}"`)
      return {
        viewport,
        scrollWidth: document.documentElement.scrollWidth,
        bodyScrollWidth: document.body.scrollWidth,
        outside,
        small: small.slice(0, 10),
      }
    })
    expect(layout.viewport).toBe(width)
    expect(layout.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(layout.viewport)
    expect(layout.bodyScrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(layout.viewport)
    expect(layout.outside, 'slide pictures outside the screen').toEqual([])
    expect(layout.small, 'reading text under 16 px').toEqual([])
  })
}

test('on a phone a check answers to a tap', async () => {
  // A knowledge check in the appendix, answered with the thumb: tap an option, then the button.
  const page = onPhone()
  const question = questions[0]
  const check = page.locator(`#appendix-checks form[data-question="${question.id}"]`)
  const option = check.locator('.kc-option').first()
  await option.scrollIntoViewIfNeeded()
  expect((await option.boundingBox())!.height, 'an option a thumb can hit').toBeGreaterThanOrEqual(44)
  await option.tap()
  await expect(option.locator('input')).toBeChecked()
  await check.getByRole('button', { name: 'Check answer' }).tap()
  await expect(check.getByRole('status')).not.toBeEmpty()
})
