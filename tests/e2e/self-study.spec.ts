import type { Page } from '@playwright/test'
import { questions } from '../../data/questions'
import { storageKey } from '../../logic/quiz'
import { waitForDrawing } from '../../scripts/drawing'
import { expect, gotoSlide, slidesWhere, test } from './fixtures'

async function slideWithCheck(id: string) {
  const [slide] = await slidesWhere(s => s.content.includes(`<KnowledgeCheck id="${id}"`))
  expect(slide, `a slide shows <KnowledgeCheck id="${id}">`).toBeTruthy()
  return slide
}

/** Tab from the page until the keyboard focus is on `selector` (a real user's route there). */
async function tabTo(page: Page, selector: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(s => document.activeElement?.matches(s) ?? false, selector))
      return
  }
  throw new Error(`Tab never reached ${selector}`)
}

test('a single-choice question answered by keyboard alone shows the right feedback and links to the slide', async ({ page }) => {
  const question = questions.find(q => q.id === 'thesis-claim')!
  const slide = await slideWithCheck(question.id)
  await gotoSlide(page, slide.no)
  const form = page.locator(`.slidev-page-${slide.no} form[data-question="${question.id}"]`)
  await expect(form.getByRole('group')).toBeVisible()
  await expect(form.getByRole('radio')).toHaveCount(question.options.length)

  // Tab into the radio group (lands on the first option), arrow to a wrong one, check: "Not correct".
  await tabTo(page, `form[data-question="${question.id}"] input[type="radio"]`)
  await page.keyboard.press('Space')
  await tabTo(page, `form[data-question="${question.id}"] button[type="submit"]`)
  await page.keyboard.press('Enter')
  const status = form.getByRole('status')
  await expect(status).toContainText('Not correct.')
  await expect(status).toContainText('Answer: B.')
  await expect(form.locator('.kc-option').first()).toContainText('your choice, not correct')

  // Try again, then arrow down to the correct option (B) and check: "Correct", with the explanation.
  await form.getByRole('button', { name: 'Try again' }).focus()
  await page.keyboard.press('Enter')
  await expect(form.getByRole('radio').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(form.getByRole('radio').nth(1)).toBeChecked()
  await tabTo(page, `form[data-question="${question.id}"] button[type="submit"]`)
  await page.keyboard.press('Enter')
  await expect(status).toContainText('Correct.')
  await expect(status).toContainText(question.explanation.slice(0, 40))
  // Still on the same slide: the keys answered the question rather than turning the page.
  expect(new URL(page.url()).pathname).toBe(`/${slide.no}`)

  // The link leads to the most focused slide presenting ¶2 that is not itself a check.
  const [target] = (await slidesWhere(s => s.paragraphs.includes(2) && !s.content.includes('<KnowledgeCheck')))
    .sort((a, b) => a.paragraphs.length - b.paragraphs.length || a.no - b.no)
  const link = status.getByRole('link', {
    name: new RegExp(`¶2 on slide ${target.no} \\(`),
  })
  await expect(link).toHaveAttribute('href', new RegExp(`/${target.no}$`))
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/${target.no}$`))
})

test('a multiple-choice answer survives a reload until it is reset', async ({ page }) => {
  const question = questions.find(q => q.kind === 'multiple')!
  const slide = await slideWithCheck(question.id)
  await gotoSlide(page, slide.no)
  const form = page.locator(`.slidev-page-${slide.no} form[data-question="${question.id}"]`)
  const boxes = form.getByRole('checkbox')
  const correctIndexes = question.options.flatMap((o, i) => question.correct.includes(o.id)
    ? [i]
    : [])
  await tabTo(page, `form[data-question="${question.id}"] input[type="checkbox"]`)
  for (let i = 0; i < question.options.length; i++) {
    if (i > 0)
      await page.keyboard.press('Tab')
    if (correctIndexes.includes(i))
      await page.keyboard.press('Space')
  }
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(form.getByRole('status')).toContainText('Correct.')
  const saved = await page.evaluate(key => localStorage.getItem(key), storageKey(question.id))
  expect(JSON.parse(saved!)).toMatchObject({ selected: question.correct, checked: true, attempts: 1 })

  await page.reload()
  await gotoSlide(page, slide.no)
  for (const [i] of question.options.entries()) {
    if (correctIndexes.includes(i))
      await expect(boxes.nth(i)).toBeChecked()
    else
      await expect(boxes.nth(i)).not.toBeChecked()
  }
  await expect(form.getByRole('status')).toContainText('Correct.')

  await form.getByRole('button', { name: 'Reset' }).click()
  await expect(form.getByRole('status')).toBeEmpty()
  await expect(form.getByRole('checkbox', { checked: true })).toHaveCount(0)
  await expect.poll(() => page.evaluate(key => localStorage.getItem(key), storageKey(question.id))).toBeNull()
  await page.reload()
  await gotoSlide(page, slide.no)
  await expect(form.getByRole('checkbox', { checked: true })).toHaveCount(0)
})

test('every question has a check slide whose answered state fits the canvas', async ({ page }) => {
  // Worst case: every option chosen and checked, so every option carries a mark and the feedback shows.
  await page.goto('1')
  for (const question of questions) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      storageKey(question.id),
      JSON.stringify({
        selected: question.options.map(o => o.id),
        checked: true,
        attempts: 3,
      }),
    ])
  }
  // The reading view renders every slide at once, interactive and at its final click state: one load for all checks.
  await page.goto('study')
  await page.locator('#appendix').waitFor()
  await waitForDrawing(page)
  for (const question of questions) {
    const slide = await slideWithCheck(question.id)
    const layout = page.locator(`#slide-${slide.no} .slidev-layout`)
    await expect(layout.getByRole('status')).not.toBeEmpty()
    const overflow = await layout.evaluate(el => el.scrollHeight - el.clientHeight)
    expect(overflow, `slide ${slide.no} (${question.id}) overflows by ${overflow}px when answered`).toBeLessThanOrEqual(0)
  }
})

test('in print, a check shows the question and options but no answer, and the answer key holds the answers', async ({ page }) => {
  const question = questions[0]
  const slide = await slideWithCheck(question.id)
  await gotoSlide(page, slide.no, { print: true })
  const page_ = page.locator(`.slidev-page-${slide.no}`)
  await expect(page_).toContainText(question.prompt)
  for (const option of question.options)
    await expect(page_).toContainText(option.text)
  await expect(page_.locator('input, button')).toHaveCount(0)
  await expect(page_).not.toContainText(question.explanation.slice(0, 40))

  const [key] = await slidesWhere(s => s.content.includes('<AnswerKey'))
  await gotoSlide(page, key.no, { print: true })
  const rows = page.locator(`.slidev-page-${key.no} .answer-key li`)
  await expect(rows).toHaveCount(questions.length)
  await expect(rows.first()).toContainText('1. A, C (¶1)')
})

test('glossary definitions are reachable by keyboard focus and hidden again with Escape', async ({ page }) => {
  const [slide] = await slidesWhere(s => s.content.includes('<Term id='))
  test.skip(!slide, 'no slide marks a glossary term yet')
  // At the slide's last click, so every step (and every term in it) is revealed.
  await gotoSlide(page, slide.no, { clicks: 99 })
  const term = page.locator(`.slidev-page-${slide.no} .term-button`).first()
  await tabTo(page, `.slidev-page-${slide.no} .term-button`)
  await expect(term).toBeFocused()
  const tipId = await term.getAttribute('aria-describedby')
  const tip = page.locator(`[id="${tipId}"]`)
  await expect(tip).toBeVisible()
  await expect(tip).toHaveRole('tooltip')
  // Screen readers announce the definition as the button's description.
  const definition = (await tip.textContent())!.replace(/\s+/g, ' ').trim()
  expect(definition.length).toBeGreaterThan(40)
  await expect(term).toHaveAccessibleDescription(definition)
  await page.keyboard.press('Escape')
  await expect(tip).toBeHidden()
  // Tapping or clicking shows it too, not only hover or focus.
  await page.locator('body').click({
    position: { x: 2, y: 2 },
  })
  await term.click()
  await expect(tip).toBeVisible()
})

test('the glossary slides list every entry with its source', async ({ page }) => {
  const glossarySlides = await slidesWhere(s => s.content.includes('<GlossaryList'))
  let count = 0
  for (const slide of glossarySlides) {
    await gotoSlide(page, slide.no)
    const entries = page.locator(`.slidev-page-${slide.no} .glossary-entry`)
    await expect(entries.first()).toBeVisible()
    count += await entries.count()
    for (const entry of await entries.all())
      await expect(entry.locator('.citation-line a').first()).toBeVisible()
  }
  const { glossary } = await import('../../data/glossary')
  expect(count).toBe(glossary.length)
})
