import type { Page } from '@playwright/test'
import type { TimelineSlide } from '../support/timeline-slides'
import { eras, timelineEvents } from '../../data/timeline'
import { revealSteps, selectEvents } from '../../logic/timeline'
import { waitForFonts } from '../../scripts/lib/drawing'
import { expect, gotoSlide, slidesWhere, test } from '../support/fixtures'
import { timelineProps } from '../support/timeline-slides'

test.use({
  viewport: { width: 980, height: 552 },
})

const timelineSlides = async () => (await slidesWhere(s => s.content.includes('<Timeline'))).map(timelineProps)

function expected({ selection, stepBy }: TimelineSlide) {
  const events = selectEvents(timelineEvents, selection)
  const steps = revealSteps(events, stepBy, eras)
  return {
    events,
    steps,
    total: Math.max(0, ...steps),
  }
}

const items = (page: Page, no: number) => page.locator(`.slidev-page-${no} .timeline-list > li`)

test('the deck has a full timeline from 1930 to 2022 and at least one focused timeline', async () => {
  const slides = await timelineSlides()
  const [full] = slides.filter(s => s.slide.file === 'pages/timeline-full.md')
  expect(expected(full).events[0].start).toBe('1930')
  expect(expected(full).events.at(-1)!.start.slice(0, 4)).toBe('2022')
  expect(slides.filter(s => s.slide.file === 'pages/timeline-us.md')).not.toHaveLength(0)
  expect(slides.filter(s => s.slide.file === 'pages/timeline-since.md')).not.toHaveLength(0)
})

test('every timeline slide has notes with one [click] marker per step', async () => {
  for (const timeline of await timelineSlides()) {
    const words = timeline.slide.note.replace(/\[click\]/g, '').split(/\s+/).filter(Boolean).length
    expect(words, timeline.slide.file).toBeGreaterThanOrEqual(60)
    expect(words, timeline.slide.file).toBeLessThanOrEqual(200)
    expect(timeline.slide.note.match(/\[click\]/g)?.length ?? 0, timeline.slide.file).toBe(expected(timeline).total)
  }
})

test('renders exactly the selected events, in date order, with their dates and sources', async ({ page }) => {
  for (const timeline of await timelineSlides()) {
    const { no } = timeline.slide
    const { events } = expected(timeline)
    await gotoSlide(page, no, { print: true })
    const list = items(page, no)
    expect(await list.evaluateAll(lis => lis.map(li => li.getAttribute('data-event-id')))).toEqual(events.map(e => e.id))
    for (const [i, event] of events.entries()) {
      const li = list.nth(i)
      await expect(li.locator('time')).toHaveAttribute('datetime', event.start)
      await expect(li.locator('.headline')).toHaveText(event.headline)
      await expect(li.locator('.citation-line a').first()).toBeVisible()
    }
    await expect(page.locator(`.slidev-page-${no} .timeline-chart`)).toHaveAttribute('aria-hidden', 'true')
  }
})

test('after k clicks exactly k steps are shown and the latest is highlighted', async ({ page }) => {
  for (const timeline of await timelineSlides()) {
    const { no } = timeline.slide
    const { steps, total } = expected(timeline)
    await gotoSlide(page, no, { clicks: 0 })
    for (let k = 0; k <= total; k++) {
      // Each click as a presenter gives it, without reloading the page.
      if (k > 0)
        await page.keyboard.press('ArrowRight')
      const list = items(page, no)
      await expect(page.locator(`.slidev-page-${no} .timeline`)).toHaveAttribute('data-shown-steps', String(k))
      await expect(list.locator('visible=true')).toHaveCount(steps.filter(s => s <= k).length)
      await expect(list.and(page.locator('[aria-current="step"]'))).toHaveCount(steps.filter(s => s === k).length)
      await expect(page.locator(`.slidev-page-${no} .timeline-chart .event:not(.later)`)).toHaveCount(steps.filter(s => s <= k).length)
    }
  }
})

test('the arrow key reveals one step per press, then moves to the next slide', async ({ page }) => {
  const [timeline] = await timelineSlides()
  const { no } = timeline.slide
  const { total } = expected(timeline)
  await gotoSlide(page, no)
  await page.waitForTimeout(500) // Slidev binds its keys once the slide has mounted
  for (let k = 1; k <= total; k++) {
    await page.keyboard.press('ArrowRight')
    await expect(page.locator(`.slidev-page-${no} .timeline`)).toHaveAttribute('data-shown-steps', String(k), { timeout: 15_000 })
    await expect(page).toHaveURL(new RegExp(`/${no}(\\?clicks=${k})?$`))
  }
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${no + 1}(\\?|$)`))
})

test('the printed slide shows every event, none highlighted, inside the slide', async ({ page }) => {
  for (const timeline of await timelineSlides()) {
    const { no } = timeline.slide
    await gotoSlide(page, no, { print: true })
    const list = items(page, no)
    await expect(list.locator('visible=true')).toHaveCount(expected(timeline).events.length)
    await expect(page.locator(`.slidev-page-${no} [aria-current]`)).toHaveCount(0)
    await expectInsideSlide(page, no)
  }
})

test('nothing overflows the slide and no text is under 12px, at every click', async ({ page }) => {
  for (const timeline of await timelineSlides()) {
    const { no } = timeline.slide
    for (const clicks of [0, expected(timeline).total]) {
      await gotoSlide(page, no, { clicks })
      await expectInsideSlide(page, no)
    }
  }
})

// The exported PDF's text and the accessibility audit of these slides are checked deck-wide in export.spec.ts
// and a11y.spec.ts, on the real export and on every slide.

test('turns off the reveal animation for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const [timeline] = await timelineSlides()
  await gotoSlide(page, timeline.slide.no)
  const durations = await items(page, timeline.slide.no).first().evaluate(li => getComputedStyle(li).transitionDuration)
  for (const duration of durations.split(','))
    expect(Number.parseFloat(duration), durations).toBeLessThan(0.01)
})

async function expectInsideSlide(page: Page, no: number): Promise<void> {
  // Measure the settled layout: fonts loaded (a fallback font sets the text larger) and no event caught mid-way
  // through its reveal transition.
  await waitForFonts(page)
  await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'))
  const problems = await page.locator(`.slidev-page-${no}`).first().evaluate((slide) => {
    const box = slide.getBoundingClientRect()
    const scale = box.width / 980
    const out: string[] = []
    for (const el of slide.querySelectorAll<HTMLElement | SVGElement>('.timeline *, h1')) {
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || el.closest('.sr-only'))
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        out.push(`overflows: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${el.textContent?.slice(0, 40)}`)
      const ownText = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
      if (!ownText)
        continue
      // SVG text is scaled with its viewBox; measure what is drawn.
      const size = el instanceof SVGElement
        ? Number.parseFloat(style.fontSize) * (el.ownerSVGElement!.getBoundingClientRect().width / el.ownerSVGElement!.viewBox.baseVal.width) / scale
        : Number.parseFloat(style.fontSize)
      if (size < 11.9)
        out.push(`text ${size.toFixed(1)}px: ${el.textContent?.slice(0, 40)}`)
    }
    return out
  })
  expect(problems).toEqual([])
}
