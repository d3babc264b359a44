import { questions } from '../../data/questions'
import { keyLetter, storageKey } from '../../logic/quiz'
import { expect, goToSlide, openSlide, sharedPage, slidesWhere, test, waitForSlide } from '../support/fixtures'
import { tabTo } from '../support/keyboard'

/** A student presenting the deck to themselves: one page, loaded once; the tests run in order. */
const studying = sharedPage()

test.beforeAll(async () => {
  await studying().goto('1')
})

async function slideWithCheck(id: string) {
  const [slide] = await slidesWhere(s => s.frontmatter.question === id)
  expect(slide, `a slide asks question ${id}`).toBeTruthy()
  return slide
}

test('a question answered by keyboard alone shows the chosen option\'s feedback, the reasoning and a link to the slide', async () => {
  const page = studying()
  const question = questions.find(q => q.id === 'thesis-claim')!
  const keyIndex = question.options.findIndex(o => o.id === question.key)
  expect(keyIndex, 'this test arrows once from the first option to the key').toBe(1)
  const slide = await slideWithCheck(question.id)
  await goToSlide(page, slide.no)
  const form = page.locator(`.slidev-page-${slide.no} form[data-question="${question.id}"]`)
  await expect(form.getByRole('group')).toBeVisible()
  await expect(form.getByRole('radio')).toHaveCount(question.options.length)

  // Tab into the radio group (lands on the first option, a wrong one), choose it, check: "Not correct", its own feedback.
  await tabTo(page, `form[data-question="${question.id}"] input[type="radio"]`)
  await page.keyboard.press('Space')
  await tabTo(page, `form[data-question="${question.id}"] button[type="submit"]`)
  await page.keyboard.press('Enter')
  const status = form.getByRole('status')
  await expect(status).toContainText('Not correct.')
  await expect(status).toContainText(`Answer: ${keyLetter(question)}.`)
  await expect(status).toContainText(question.options[0].feedback)
  await expect(status).not.toContainText(question.options[keyIndex].feedback)
  await expect(form.locator('.kc-option').first()).toContainText('your choice, not correct')

  // Try again, then arrow down to the key and check: "Correct", with the key's feedback and the reasoning.
  await form.getByRole('button', { name: 'Try again' }).focus()
  await page.keyboard.press('Enter')
  await expect(form.getByRole('radio').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(form.getByRole('radio').nth(keyIndex)).toBeChecked()
  await tabTo(page, `form[data-question="${question.id}"] button[type="submit"]`)
  await page.keyboard.press('Enter')
  await expect(status).toContainText('Correct.')
  await expect(status).toContainText(question.options[keyIndex].feedback)
  await expect(status).toContainText(question.reasoning.slice(0, 60))
  await expect(status).not.toContainText(question.options[0].feedback)
  // Still on the same slide: the keys answered the question rather than turning the page.
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${slide.no}$`))

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

test('an answer chosen by pointer survives a reload until it is reset', async () => {
  const page = studying()
  const question = questions.find(q => q.kind === 'judgement')!
  const slide = await slideWithCheck(question.id)
  await goToSlide(page, slide.no)
  const form = page.locator(`.slidev-page-${slide.no} form[data-question="${question.id}"]`)
  const radios = form.getByRole('radio')
  const keyIndex = question.options.findIndex(o => o.id === question.key)
  await form.locator('.kc-option').nth(keyIndex).click()
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toContainText('Correct.')
  const saved = await page.evaluate(key => localStorage.getItem(key), storageKey(question.id))
  expect(JSON.parse(saved!)).toMatchObject({
    selected: [question.key],
    checked: true,
    attempts: 1,
  })

  await page.reload()
  await waitForSlide(page, slide.no)
  await expect(radios.nth(keyIndex)).toBeChecked()
  await expect(form.getByRole('status')).toContainText(question.options[keyIndex].feedback)

  await form.getByRole('button', { name: 'Reset' }).click()
  await expect(form.getByRole('status')).toBeEmpty()
  await expect(form.getByRole('radio', { checked: true })).toHaveCount(0)
  await expect.poll(() => page.evaluate(key => localStorage.getItem(key), storageKey(question.id))).toBeNull()
  await page.reload()
  await waitForSlide(page, slide.no)
  await expect(form.getByRole('radio', { checked: true })).toHaveCount(0)
})

test('in print, a check shows the question and options but no answer; the lecturer\'s key, revealed, holds the answers and fits', async () => {
  const page = studying()
  const question = questions[0]
  // The lecturer's key, revealed as presented: every key slide, the letters and the reasoning, fits its canvas.
  const keySlides = await slidesWhere(s => s.content.includes('<AnswerKey'))
  const overflowing: string[] = []
  for (const key of keySlides) {
    await goToSlide(page, key.no, 1)
    const layout = page.locator(`.slidev-page-${key.no} .slidev-layout`)
    await expect(layout.locator('.answer-key li').first()).toBeVisible()
    if (key === keySlides[0]) {
      const rows = layout.locator('.answer-key li')
      await expect(rows).toHaveCount(questions.length)
      await expect(rows.first()).toContainText(`1. ${keyLetter(question)} (¶2)`)
    }
    const overflow = await layout.evaluate(el => el.scrollHeight - el.clientHeight)
    if (overflow > 0)
      overflowing.push(`slide ${key.no} "${key.title}" by ${overflow}px`)
  }
  expect(overflowing, 'answer-key slides that overflow').toEqual([])

  // The check itself, printed: the question and its options, nothing to press and no answer.
  const slide = await slideWithCheck(question.id)
  await openSlide(page, slide.no, { print: true })
  const printed = page.locator(`.slidev-page-${slide.no}`)
  await expect(printed).toContainText(question.prompt)
  for (const option of question.options)
    await expect(printed).toContainText(option.text)
  await expect(printed.locator('input, button')).toHaveCount(0)
  await expect(printed).not.toContainText(question.reasoning.slice(0, 40))
  for (const option of question.options)
    await expect(printed).not.toContainText(option.feedback.slice(0, 40))
})

test('the glossary slides list every entry with its source', async () => {
  const page = studying()
  const glossarySlides = await slidesWhere(s => s.content.includes('<GlossaryList'))
  let count = 0
  for (const slide of glossarySlides) {
    await goToSlide(page, slide.no)
    const entries = page.locator(`.slidev-page-${slide.no} .glossary-entry`)
    await expect(entries.first()).toBeVisible()
    count += await entries.count()
    for (const entry of await entries.all())
      await expect(entry.locator('.citation-line a').first()).toBeVisible()
  }
  const { glossary } = await import('../../data/glossary')
  expect(count).toBe(glossary.length)
})
