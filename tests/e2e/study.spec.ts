/** The reading view at /study: a student alone with the built site. */
import { parts } from '../../data/article'
import { questions } from '../../data/questions'
import { noteReadingText } from '../../scripts/deck'
import { lettersOnly } from '../../scripts/pdf-read'
import { deck, expect, test } from './fixtures'

test('the reading view lists every slide, in order and by part, with its notes', async ({ page }) => {
  const { slides } = await deck()
  await page.goto('study')
  const articles = page.locator('.study-slide')
  await expect(articles).toHaveCount(slides.length)
  await expect(page.locator('.study-part-title')).toHaveText(parts.map(part => part.title))
  const rendered = await articles.evaluateAll(nodes => nodes.map(node => ({
    title: node.querySelector('.study-slide-title')?.textContent ?? '',
    notes: node.querySelector('.study-notes-text')?.textContent ?? '',
  })))
  slides.forEach((slide, index) => {
    expect(lettersOnly(rendered[index].title), `slide ${slide.no}`).toContain(lettersOnly(slide.title))
    const opening = noteReadingText(slide.note).split(' ').slice(0, 6).join(' ')
    expect(lettersOnly(rendered[index].notes), `notes of slide ${slide.no} (${slide.file})`).toContain(lettersOnly(opening))
  })
})

test('the contents link to each part, and each slide links back to presenting it', async ({ page }) => {
  await page.goto('study')
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: parts[2].title }).first().click()
  await expect(page).toHaveURL(/#part-russia$/)
  const present = page.locator('#slide-3 .study-present-link')
  await expect(present).toHaveAttribute('href', '/3')
  await present.click()
  await expect(page.locator('.slidev-page-3')).toBeVisible()
})

test('progress counts answered checks and offers to continue where the student left off', async ({ page }) => {
  await page.goto('study')
  const progress = page.getByRole('complementary', { name: 'Your progress' })
  await expect(progress).toContainText(`0 of ${questions.length} answered`)
  const check = page.locator('#appendix-checks fieldset').first()
  await check.locator('input').first().check()
  await check.locator('xpath=..').getByRole('button', { name: /check/i }).click()
  await expect(progress).toContainText(`1 of ${questions.length} answered`)
  await page.locator('#slide-20').scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await page.reload()
  await expect(progress).toContainText(`1 of ${questions.length} answered`)
  await expect(progress.getByRole('link', { name: /Continue where you left off: slide (19|20|21)\b/ })).toBeVisible()
})
