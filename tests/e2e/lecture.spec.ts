/**
 * Presenting the deck, as a lecturer does in class: one page, kept open, walked with the keyboard. Clicks, the
 * critique's data, the checks answered live, motion, the presenter view and accessibility of the presenting view.
 */
import type { Page } from '@playwright/test'
import { noteText } from '../../logic/note-text'
import { audit } from '../support/axe'
import { deck, expect, goToSlide, isLocal, sharedPage, slidesWhere, test, waitForSlide } from '../support/fixtures'
import { tabThrough } from '../support/keyboard'

const presenting = sharedPage()

test('a slide opened by its address renders with the deck\'s own fonts, as a shared link would', async () => {
  const page = presenting()
  const { slides } = await deck()
  const last = slides.at(-1)!
  await page.goto(`${last.no}`)
  await waitForSlide(page, last.no)
  await expect(page.locator(`.slidev-page-${last.no} h1`).first()).toHaveText(last.title)
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family.replace(/"/g, ''))
  })
  expect(loaded, 'the self-hosted fonts in use').toContain('Inter')
  // The favicon is the site's own, under the base it was built for.
  await expect(page.locator('link[rel~="icon"]')).toHaveAttribute('href', new RegExp(`^${new URL('.', page.url()).pathname}`))
})

/**
 * What a click can change on slide `no`: how many of its reveals are still hidden, and what each figure draws (its
 * markup, its drawing's shadow root included, not its step number, which follows the clicks by construction).
 */
const CLICK_STATE = `window.clickState = (no) => {
  const slide = document.querySelector('.slidev-page-' + no)
  if (!slide)
    return ''
  const drawn = (figure) => figure.innerHTML + [...figure.querySelectorAll('*')].map(element => element.shadowRoot?.innerHTML ?? '').join('')
  return [slide.querySelectorAll('.slidev-vclick-hidden').length, ...[...slide.querySelectorAll('[data-step]')].map(drawn)].join('\\n')
}`
type WithClickState = typeof window & { clickState: (no: number) => string }

test('walked with → alone from first to last, every slide renders, every click changes what is shown, and the last shows all', async () => {
  test.setTimeout(120_000)
  const page = presenting()
  const { slides } = await deck()
  expect(slides.length).toBeGreaterThan(1)
  // Transitions off (they are tested on their own below), so each slide is checked as soon as it is drawn.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await goToSlide(page, 1)
  await page.evaluate(CLICK_STATE)
  // The shared page fails the test on any page error.
  for (const slide of slides) {
    const where = `slide ${slide.no} (${slide.file})`
    if (slide.no > 1) {
      await page.keyboard.press('ArrowRight')
      await waitForSlide(page, slide.no).catch((error: unknown) => {
        throw new Error(`${where} after →: ${error instanceof Error
          ? error.message
          : error}`)
      })
    }
    // A press that changes nothing on screen leaves a lecturer wondering whether the deck has stuck.
    const clicks = Number(slide.frontmatter.clicks ?? 0)
    for (let click = 1; click <= clicks; click++) {
      const before = await page.evaluate(no => (window as WithClickState).clickState(no), slide.no)
      await page.keyboard.press('ArrowRight')
      await page.waitForFunction(({ no, before }) => (window as WithClickState).clickState(no) !== before, {
        no: slide.no,
        before,
      }, { timeout: 5_000 }).catch(() => {
        throw new Error(`${where}: click ${click} of its ${clicks} (frontmatter clicks:) changes nothing on screen`)
      })
    }
    const hidden = await page.locator(`.slidev-page-${slide.no} .slidev-vclick-hidden`).count()
    expect(hidden, `${where}: reveals still hidden after its last click`).toBe(0)
  }
  await page.keyboard.press('ArrowUp')
  await expect(page).toHaveURL(new RegExp(`/${slides.length - 1}(\\?.*)?$`))
  await page.emulateMedia({ reducedMotion: null })
})

test('a key held down while a slow slide draws moves one slide, not two', async () => {
  // A classroom laptop may take over a second to draw a slide; the key-up then arrives late, as it does here.
  const page = presenting()
  await goToSlide(page, 1)
  await page.keyboard.down('ArrowDown')
  await page.waitForTimeout(1_500)
  await page.keyboard.up('ArrowDown')
  await expect(page).toHaveURL(/\/2(\?.*)?$/)
})

test('the critique tables and objections render from the data, with sources', async () => {
  const page = presenting()
  const [objectionsSlide] = await slidesWhere(s => s.content.includes('<ObjectionCard'))
  await goToSlide(page, objectionsSlide.no, 4)
  const cards = page.locator(`.slidev-page-${objectionsSlide.no} [data-objection]`)
  await expect(cards).toHaveCount(4)
  await expect(cards.locator('.citation-line a').first()).toBeVisible()
  const [questionSlide] = await slidesWhere(s => s.content.includes('<ClaimsTable kind="question"'))
  await goToSlide(page, questionSlide.no)
  await expect(page.locator(`.slidev-page-${questionSlide.no} [data-claim="cold-war-famines"]`)).toContainText('errs')
})

test('a knowledge check is answered with the keyboard alone, every stop showing focus', async () => {
  const page = presenting()
  const [check] = await slidesWhere(slide => slide.content.includes('<KnowledgeCheck'))
  await goToSlide(page, check.no)
  // The check is a lazy component: wait until a reader could see it, then walk it.
  await expect(page.locator(`.slidev-page-${check.no} .kc input`).first()).toBeVisible()
  const stops = (await tabThrough(page, 12)).filter(stop => stop.inSlide)
  expect(stops.some(stop => stop.tag === 'input'), 'an answer option takes focus').toBe(true)
  expect(stops.some(stop => stop.tag === 'button' && /check/i.test(stop.label)), 'the Check button takes focus').toBe(true)
  expect(stops.filter(stop => !stop.visible), 'focus stops without a visible focus indicator').toEqual([])
})

/**
 * The most animations running at once while the deck moves on from slide 2, sampled on every frame from just before
 * the key press until well after a transition would have ended: a transition may start a frame or two late.
 */
async function animationsDuringNext(page: Page): Promise<number> {
  await goToSlide(page, 2)
  // What an earlier slide change started runs to its end first, so that only this change's animations are counted.
  await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'
    || !Number.isFinite(Number(animation.effect?.getComputedTiming().endTime))))
  const sampled = page.evaluate(() => new Promise<number>((resolve) => {
    let most = 0
    const until = performance.now() + 800
    const sample = () => {
      most = Math.max(most, document.getAnimations().filter((animation) => {
        const timing = animation.effect?.getComputedTiming()
        return animation.playState === 'running' && Number(timing?.duration ?? 0) > 50
      }).length)
      if (performance.now() < until)
        requestAnimationFrame(sample)
      else
        resolve(most)
    }
    requestAnimationFrame(sample)
  }))
  await page.keyboard.press('ArrowDown')
  return sampled
}

test('slide transitions play normally, and not at all under prefers-reduced-motion', async () => {
  const page = presenting()
  expect(await animationsDuringNext(page), 'a normal slide change animates').toBeGreaterThan(0)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await animationsDuringNext(page), 'animations with reduced motion').toBe(0)
  await page.emulateMedia({ reducedMotion: null })
})

test('the presenting view with its controls passes axe, in the light and the dark theme', async () => {
  const page = presenting()
  await goToSlide(page, 1)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`))
    await audit(page, `slide 1 as presented (${scheme})`, { colourOnly: scheme === 'dark' })
  }
  await page.emulateMedia({ colorScheme: null })
})

test('the presenter view shows the current slide\'s notes and follows navigation', async () => {
  const page = presenting()
  const { slides } = await deck()
  const firstWords = (note: string) => noteText(note).split(' ').slice(0, 6).join(' ')
  await page.goto('presenter/1')
  const notes = page.locator('.slidev-presenter .slidev-note').first()
  for (const slide of slides.slice(0, 3)) {
    if (slide.no > 1)
      await page.keyboard.press('ArrowDown')
    await expect(page).toHaveURL(new RegExp(`/presenter/${slide.no}(\\?.*)?$`))
    await expect(notes).toContainText(firstWords(slide.note))
  }
})

test('the overview makes no request off this machine, like every page the tests open', async () => {
  // Every page in this suite blocks and reports requests off the machine; the overview is opened only here.
  const page = presenting()
  const requested: string[] = []
  page.on('request', request => requested.push(request.url()))
  await page.goto('overview')
  await page.waitForLoadState('networkidle')
  expect(requested.length).toBeGreaterThan(0)
  expect(requested.filter(url => !isLocal(url))).toEqual([])
})
