import type { Page } from '@playwright/test'
import { expect, gotoSlide, partsWithSectionSlide, slidesWhere, test } from '../support/fixtures'

const lectureSlides = () => slidesWhere(s => /^pages\/0\d[ab]?-/.test(s.file))

/** A slide in Slidev's print view, where every slide is rendered at its final state in one page load. */
async function printedSlide(page: Page, no: number) {
  if (!page.url().includes('/print'))
    await page.goto('print?print=true')
  return page.locator('.print-slide-container').nth(no - 1)
}

test('each part of the lecture opens with a section slide showing the part title', async ({ page }) => {
  const slides = await lectureSlides()
  for (const part of partsWithSectionSlide) {
    const first = slides.find(s => s.part === part.id)!
    await expect((await printedSlide(page, first.no)).locator('h1').first()).toHaveText(part.title)
  }
})

test('every lecture slide that presents the article names its paragraphs in the footer', async ({ page }) => {
  for (const slide of (await lectureSlides()).filter(s => s.paragraphs.length)) {
    await expect((await printedSlide(page, slide.no)).locator('[data-testid="para-ref"]').first(), `slide ${slide.no}`)
      .toContainText(`¶${Math.min(...slide.paragraphs)}`)
  }
})

test('the critique tables and objections render from the data, with sources', async ({ page }) => {
  const [objectionsSlide] = await slidesWhere(s => s.content.includes('<ObjectionCard'))
  await gotoSlide(page, objectionsSlide.no, { clicks: 4 })
  const cards = page.locator(`.slidev-page-${objectionsSlide.no} [data-objection]`)
  await expect(cards).toHaveCount(4)
  await expect(cards.locator('.citation-line a').first()).toBeVisible()
  const [questionSlide] = await slidesWhere(s => s.content.includes('<ClaimsTable kind="question"'))
  await gotoSlide(page, questionSlide.no)
  await expect(page.locator(`.slidev-page-${questionSlide.no} [data-claim="cold-war-famines"]`)).toContainText('errs')
})

test('click reveals start hidden and are all shown at the last click', async ({ page }) => {
  const [slide] = await slidesWhere(s => s.content.includes('# The recommendations'))
  await gotoSlide(page, slide.no, { clicks: 0 })
  const items = page.locator(`.slidev-page-${slide.no} li`)
  await expect(items.first()).toHaveClass(/slidev-vclick-hidden/)
  await gotoSlide(page, slide.no, { clicks: 4 })
  await expect(items.last()).not.toHaveClass(/slidev-vclick-hidden/)
  await expect(page.locator(`.slidev-page-${slide.no} .aside-note`)).toBeVisible()
})
