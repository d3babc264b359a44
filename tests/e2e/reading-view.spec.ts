/**
 * The reading view at /study: a student alone with the built site. One page, loaded once, is read, walked with the
 * keyboard, answered and printed in turn; the tests run in order.
 */
import type { Page } from '@playwright/test'
import { parts } from '../../data/article'
import { glossary } from '../../data/glossary'
import { palette } from '../../data/palette'
import { questions } from '../../data/questions'
import { paragraphUrl } from '../../logic/article'
import { diagramIds } from '../../logic/diagram-drawings'
import { noteText } from '../../logic/note-text'
import { storageKey } from '../../logic/quiz'
import { lecturerDirectionOffenders } from '../../logic/study-text'
import { slideFigureIds } from '../../logic/validation/slides'
import { waitForDrawing } from '../../scripts/lib/drawing'
import { audit } from '../support/axe'
import { parseHex } from '../support/contrast'
import { deck, expect, sharedPage, slidesWhere, test } from '../support/fixtures'
import { tabThrough } from '../support/keyboard'
import { lettersOnly } from '../support/pdf'

/** Each student slide's rendered text on /study, read as the student sees it. */
async function renderedStudyTexts(page: Page) {
  return page.locator('.study-slide').evaluateAll(nodes => nodes.map(node => ({
    no: Number(node.id.replace('slide-', '')),
    title: node.querySelector('.study-slide-title')?.textContent?.trim() ?? '',
    text: node.querySelector('.study-notes-text')?.textContent ?? '',
  })))
}

const reading = sharedPage()

/** `#rrggbb` as getComputedStyle gives a colour. */
function hexToRgb(hex: string): string {
  return `rgb(${parseHex(hex).join(', ')})`
}

test('the reading view is navigable by keyboard with visible focus', async () => {
  test.setTimeout(90_000)
  const page = reading()
  await page.goto('study')
  await page.locator('#appendix').waitFor()
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0)
  await expect(page.locator('.study-contents a').first()).toBeVisible()
  const stops = await tabThrough(page, 8)
  expect(stops.filter(stop => stop.tag === 'a').length).toBeGreaterThan(3)
  expect(stops.filter(stop => !stop.visible)).toEqual([])
})

test('the reading view lists every slide a student may see, in order and by part, with its study text and never its notes', async () => {
  const page = reading()
  const { slides } = await deck()
  const students = slides.filter(slide => slide.frontmatter.lecturerOnly !== true)
  expect(students.length, 'the answer key is lecturer-only').toBeLessThan(slides.length)
  await expect(page.locator('.study-slide')).toHaveCount(students.length)
  await expect(page.locator('.study-part-title')).toHaveText(parts.map(part => part.title))
  const rendered = await renderedStudyTexts(page)
  expect(rendered.map(slide => slide.no)).toEqual(students.map(slide => slide.no))
  students.forEach((slide, index) => {
    expect(lettersOnly(rendered[index].title), `slide ${slide.no}`).toContain(lettersOnly(slide.title))
    const study = typeof slide.frontmatter.study === 'string'
      ? noteText(slide.frontmatter.study)
      : ''
    if (study)
      expect(lettersOnly(rendered[index].text), `study text of slide ${slide.no} (${slide.file})`).toContain(lettersOnly(study.split(' ').slice(0, 6).join(' ')))
    else
      expect(rendered[index].text, `slide ${slide.no} (${slide.file}) has no study text yet, so shows none`).toBe('')
    const notes = noteText(slide.note).split(' ').slice(0, 8).join(' ')
    expect(lettersOnly(rendered[index].text), `slide ${slide.no} (${slide.file}) shows its speaker notes`).not.toContain(lettersOnly(notes))
  })
})

test('no student text on the reading view holds lecturer direction', async () => {
  const page = reading()
  const offenders = lecturerDirectionOffenders(await renderedStudyTexts(page))
  expect(offenders, 'slides whose study text speaks to the lecturer').toEqual([])
})

test('the reading view passes axe, in the light and the dark theme', async () => {
  test.setTimeout(120_000)
  const page = reading()
  await audit(page, 'the reading view (light)')
  // The reading view shows every slide at its final click state as presented (not as printed), so the light theme
  // also audits what a presenter reaches on each slide's last click. The slides were audited in the dark theme in the
  // print view (print.spec.ts); here the page around them is.
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await audit(page, 'the reading view (dark)', {
    exclude: ['.study-slide-figure'],
    colourOnly: true,
  })
  await page.emulateMedia({ colorScheme: null })
})

test('a glossary term in the study text links, by keyboard, to its definition in the appendix', async () => {
  const page = reading()
  const { slides } = await deck()
  const names = glossary.flatMap(entry => [
    entry.term,
    ...(entry.aliases ?? []),
  ].map(name => name.toLowerCase()))
  test.skip(!slides.some(slide => typeof slide.frontmatter.study === 'string' && names.some(name => slide.frontmatter.study!.toString().toLowerCase().includes(name))), 'no study text names a glossary term yet')
  const link = page.locator('.study-notes-text a.study-term-link').first()
  await expect(link).toBeVisible()
  const href = (await link.getAttribute('href'))!
  const entry = glossary.find(e => href === `#appendix-term-${e.id}`)
  expect(entry, `${href} names a glossary entry`).toBeTruthy()
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  const target = page.locator(href)
  await expect(target).toBeInViewport()
  await expect(target.locator('dfn')).toHaveText(entry!.term)
  await expect(target).toContainText(entry!.definition)
  // The appendix glossary is the one place with that id, so the link can only land there.
  await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1)
  await expect(target.locator('xpath=ancestor::section[@id="appendix-glossary"]')).toHaveCount(1)
})

test('a check\'s slide picture takes no keyboard stops and shows the same answer as the live check; other pictures stay readable', async () => {
  const page = reading()
  const { slides } = await deck()
  const checkSlides = slides.filter(slide => slide.content.includes('<KnowledgeCheck'))
  // Only the copies of the checks are inert; a screen reader still reads every other slide's text.
  await expect(page.locator('.study-slide-figure .slide-preview[inert]')).toHaveCount(checkSlides.length)
  const students = slides.filter(slide => slide.frontmatter.lecturerOnly !== true)
  await expect(page.locator('.study-slide-figure .slide-preview:not([inert])')).toHaveCount(students.length - checkSlides.length)
  const question = questions[0]
  const live = page.locator(`#appendix-checks form[data-question="${question.id}"]`)
  await live.locator('input').nth(1).check()
  await live.getByRole('button', { name: 'Check answer' }).click()
  const copy = page.locator(`.study-slide form[data-question="${question.id}"]`)
  await expect(copy.locator('input').nth(1)).toBeChecked()
  await expect(copy.locator('[role="status"]')).toHaveText(await live.getByRole('status').textContent() ?? '')
  // Walking the page with Tab from the top never stops inside a check's picture.
  const [firstCheck] = checkSlides
  await page.locator(`#slide-${firstCheck.no - 1} .study-present-link`).focus()
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('.slide-preview[inert]')), 'focus inside a check\'s picture').toBe(false)
  }
})

test('progress counts answered checks and offers to continue where the student left off', async () => {
  const page = reading()
  const progress = page.getByRole('complementary', { name: 'Your progress' })
  // The check above answered the first question; answer the second.
  await expect(progress).toContainText(`1 of ${questions.length} answered`)
  const check = page.locator(`#appendix-checks form[data-question="${questions[1].id}"]`)
  await check.locator('input').first().check()
  await check.getByRole('button', { name: 'Check answer' }).click()
  await expect(progress).toContainText(`2 of ${questions.length} answered`)
  await page.locator('#slide-20').scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await page.reload()
  await expect(progress).toContainText(`2 of ${questions.length} answered`)
  await expect(progress.getByRole('link', { name: /Continue where you left off: slide (19|20|21)\b/ })).toBeVisible()
})

test('all answers can be reset at once, after a confirming step that can be cancelled', async () => {
  const page = reading()
  const progress = page.getByRole('complementary', { name: 'Your progress' })
  // The two questions answered above.
  await expect(progress).toContainText(`2 of ${questions.length} answered`)
  await progress.getByRole('button', { name: 'Reset all answers' }).click()
  await expect(progress.getByRole('button', { name: 'Yes, clear all answers' })).toBeFocused()
  await progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(progress).toContainText(`2 of ${questions.length} answered`)
  await expect(progress.getByRole('button', { name: 'Reset all answers' })).toBeFocused()

  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(progress).toContainText(`0 of ${questions.length} answered`)
  await expect(progress.getByRole('status')).toHaveText('All answers cleared.')
  await expect(page.locator('.study-page form input:checked')).toHaveCount(0)
  for (const question of questions.slice(0, 2))
    await expect.poll(() => page.evaluate(key => localStorage.getItem(key), storageKey(question.id))).toBeNull()
})

test('every question has a check slide whose answered state fits the canvas', async () => {
  const page = reading()
  // Worst case: the wrong option with the longest feedback chosen and checked, so the most text shows.
  for (const question of questions) {
    const [worst] = question.options.filter(o => o.id !== question.key).sort((a, b) => b.feedback.length - a.feedback.length)
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      storageKey(question.id),
      JSON.stringify({
        selected: [worst.id],
        checked: true,
        attempts: 3,
      }),
    ])
  }
  // The reading view renders every slide at once, interactive and at its final click state: one load for all checks.
  await page.reload()
  await page.locator('#appendix').waitFor()
  await waitForDrawing(page)
  const overflowing: string[] = []
  for (const question of questions) {
    const [slide] = await slidesWhere(s => s.frontmatter.question === question.id)
    const layout = page.locator(`#slide-${slide.no} .slidev-layout`)
    await expect(layout.getByRole('status')).not.toBeEmpty()
    const overflow = await layout.evaluate(el => el.scrollHeight - el.clientHeight)
    if (overflow > 0)
      overflowing.push(`slide ${slide.no} (${question.id}) by ${overflow}px`)
  }
  expect(overflowing, 'check slides that overflow when answered').toEqual([])
})

test('printed, the reading view leaves out what works only on screen', async () => {
  const page = reading()
  await expect(page.locator('.study-progress')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.study-progress')).toBeHidden()
  await expect(page.locator('.study-present-link').first()).toBeHidden()
  await expect(page.locator('#appendix-checks .kc-actions').first()).toBeHidden()
  await expect(page.locator('#appendix-checks .kc-prompt').first()).toBeVisible()
  await page.emulateMedia({ media: null })
})

test('printed from a dark screen, the reading view comes out in light, its diagrams too, and is dark again after', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark' })
  let inFlight = 0
  page.on('request', () => inFlight++)
  page.on('requestfinished', () => inFlight--)
  page.on('requestfailed', () => inFlight--)
  await page.goto('study')
  await waitForDrawing(page)
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  // Every diagram of the slides a student reads, drawn: slides load one by one, and each fetches its drawing.
  const diagrams = (await deck()).slides.filter(slide => slide.frontmatter.lecturerOnly !== true).flatMap(slide => slideFigureIds(slide.content)).filter(id => (diagramIds as readonly string[]).includes(id)).length
  expect(diagrams).toBeGreaterThan(0)
  await expect.poll(() => page.evaluate(`[...document.querySelectorAll('.diagram-drawing')].filter(host => host.shadowRoot?.querySelector('svg')).length`)).toBe(diagrams)
  // The light drawings a dark reading view fetches ahead, for printing, have arrived, as they have long before a reader
  // prints: nothing is still downloading.
  await expect.poll(() => inFlight).toBe(0)
  /** The scheme of the page, of its text and of each diagram's drawing, as the printer would find them. */
  const schemes = `(() => ({
    page: document.documentElement.classList.contains('dark') ? 'dark' : 'light',
    text: getComputedStyle(document.querySelector('.study-page')).color,
    drawings: [...new Set([...document.querySelectorAll('.diagram-drawing')].map(host => host.shadowRoot.querySelector('svg').id.split('-').at(-1)))],
  }))()`
  expect(await page.evaluate(schemes)).toEqual({
    page: 'dark',
    text: hexToRgb(palette.dark.text),
    drawings: ['dark'],
  })
  // The browser lays the page out for printing once beforeprint's listeners and the promise jobs they queue have run,
  // without waiting for anything to download: what is printed must be there by then.
  const printed = await page.evaluate(`(async () => {
    dispatchEvent(new Event('beforeprint'))
    for (let job = 0; job < 20; job++)
      await Promise.resolve()
    return ${schemes}
  })()`)
  expect(printed).toEqual({
    page: 'light',
    text: hexToRgb(palette.light.text),
    drawings: ['light'],
  })
  await page.evaluate(() => dispatchEvent(new Event('afterprint')))
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await page.close()
})

test('the kit documents are paper: dark on white in a dark browser, on screen and in print', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark' })
  await page.goto('guide')
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media, colorScheme: 'dark' })
    const [ground, text, heading] = await page.locator('.kit-doc').evaluate(doc => [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(doc).color,
      getComputedStyle(doc.querySelector('h2')!).color,
    ])
    expect(ground, media).toBe('rgb(255, 255, 255)')
    expect([text, heading], media).toEqual([palette.light.text, palette.light.accent].map(hexToRgb))
  }
  await page.close()
})

test('the contents link to each part, and each slide links to its article paragraph and back to presenting it', async () => {
  // Last: it leaves the reading view to present a slide.
  const page = reading()
  // Every slide that presents paragraphs links to the first of them in the published article.
  const citing = (await deck()).slides.filter(s => s.paragraphs.length)
  await expect(page.locator(`#slide-${citing.at(-1)!.no} .study-slide-meta a`).first()).toBeAttached()
  const hrefs = await page.locator('.study-slide').evaluateAll(articles => Object.fromEntries(articles.map(article =>
    [
      article.id,
      article.querySelector('.study-slide-meta a')?.getAttribute('href'),
    ])))
  for (const slide of citing)
    expect(hrefs[`slide-${slide.no}`], `slide ${slide.no}`).toBe(paragraphUrl(Math.min(...slide.paragraphs)))
  const part = parts[2]
  const opening = (await deck()).slides.find(slide => slide.part === part.id)!
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: part.title }).first().click()
  await expect(page).toHaveURL(new RegExp(`#part-${part.id}$`))
  await expect(page.locator(`#part-${part.id} #slide-${opening.no}`)).toBeInViewport()
  const present = page.locator(`#slide-${opening.no}`).getByRole('link', { name: 'Present from this slide' })
  // The site's own address for the slide, under whatever base the site was built for.
  await expect(present).toHaveAttribute('href', new URL(String(opening.no), page.url()).pathname)
  await present.click()
  await expect(page.locator(`.slidev-page-${opening.no}`)).toBeVisible()
})

test('the handout leaves out the answer key, as a slide and in the appendix', async () => {
  const page = reading()
  const { slides } = await deck()
  const key = slides.find(slide => slide.frontmatter.lecturerOnly === true)!
  await page.goto('handout')
  await expect(page.locator('#appendix-checks')).toBeVisible()
  await expect(page.locator(`#slide-${key.no}`)).toHaveCount(0)
  await expect(page.locator('#appendix-answers, .answer-key')).toHaveCount(0)
  await expect(page.locator('.study-page')).not.toContainText(/answer key/i)
})
