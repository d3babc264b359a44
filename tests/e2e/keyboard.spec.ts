/**
 * Keyboard and motion: everything interactive is reachable with Tab and shows where focus is; with
 * prefers-reduced-motion the deck stops animating.
 */
import type { Page } from '@playwright/test'
import { expect, gotoSlide, slidesWhere, test } from '../support/fixtures'

interface FocusStop { tag: string, type: string, label: string, visible: boolean, inSlide: boolean }

/** Presses Tab `count` times and records each element that receives focus, and whether its focus is visible. */
async function tabThrough(page: Page, count: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = []
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab')
    stops.push(await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
      const ring = style.boxShadow !== 'none'
      return {
        tag: element.tagName.toLowerCase(),
        type: element.getAttribute('type') ?? '',
        label: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40),
        visible: outline || ring,
        inSlide: !!element.closest('.slidev-page'),
      }
    }))
  }
  return stops
}

test('a knowledge check is answered with the keyboard alone, every stop showing focus', async ({ page }) => {
  const [check] = await slidesWhere(slide => slide.content.includes('<KnowledgeCheck'))
  await gotoSlide(page, check.no)
  // The check is a lazy component: wait until a reader could see it, then walk it.
  await expect(page.locator(`.slidev-page-${check.no} .kc input`).first()).toBeVisible()
  const stops = (await tabThrough(page, 12)).filter(stop => stop.inSlide)
  expect(stops.some(stop => stop.tag === 'input'), 'an answer option takes focus').toBe(true)
  expect(stops.some(stop => stop.tag === 'button' && /check/i.test(stop.label)), 'the Check button takes focus').toBe(true)
  expect(stops.filter(stop => !stop.visible), 'focus stops without a visible focus indicator').toEqual([])
})

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

test('the reading view is navigable by keyboard with visible focus', async ({ page }) => {
  await page.goto('study')
  await expect(page.locator('.study-contents a').first()).toBeVisible()
  const stops = await tabThrough(page, 8)
  expect(stops.filter(stop => stop.tag === 'a').length).toBeGreaterThan(3)
  expect(stops.filter(stop => !stop.visible)).toEqual([])
})

/** Animations running just after moving to the next slide. */
async function animationsAfterNext(page: Page): Promise<number> {
  await gotoSlide(page, 2)
  await page.keyboard.press('ArrowDown')
  return page.evaluate(() => document.getAnimations().filter((animation) => {
    const timing = animation.effect?.getComputedTiming()
    return animation.playState === 'running' && Number(timing?.duration ?? 0) > 50
  }).length)
}

test('slide transitions play normally, and not at all under prefers-reduced-motion', async ({ page }) => {
  expect(await animationsAfterNext(page), 'a normal slide change animates').toBeGreaterThan(0)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await animationsAfterNext(page), 'animations with reduced motion').toBe(0)
})
