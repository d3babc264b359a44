/**
 * The timelines on the slides, one page for the whole file: the print view (loaded once) for what every timeline
 * shows and how it fits its slide, then each timeline clicked through in the app. Which events a view selects and
 * the step of each are pure logic, tested in tests/unit/figure-steps.test.ts and timeline.test.ts; the slides'
 * [click] markers against their `clicks:` in deck-content.test.ts; the PDF text in export.spec.ts.
 */
import type { Locator, Page } from '@playwright/test'
import type { TimelineViewId } from '../../data/timeline'
import { timelineViews } from '../../data/timeline'
import { timelineViewSteps } from '../../logic/timeline'
import { waitForFonts } from '../../scripts/lib/drawing'
import { clickTo, expectNextSlideAfter, figure, figureSlides } from '../support/figures'
import { expect, goToSlide, openPrintView, sharedPage, test } from '../support/fixtures'

const ids = Object.keys(timelineViews) as TimelineViewId[]
// One page for the file, its tests in order: the print view first, then the app from there.
const sharedFigurePage = sharedPage({
  viewport: { width: 980, height: 552 },
})
let slideOf: Record<string, number>

const items = (page: Page, id: string) => figure(page, id).locator('.timeline-list > li')

test('prints every timeline at its last step: each selected event in date order, with its date and source, none highlighted, inside the slide', async () => {
  const page = sharedFigurePage()
  await openPrintView(page)
  slideOf = await figureSlides(page)
  for (const id of ids) {
    const { events, total } = timelineViewSteps(timelineViews[id])
    await expect(figure(page, id), `the ${id} timeline is on a slide`).toHaveCount(1)
    await expect(figure(page, id)).toHaveAttribute('data-step', String(total))
    await expect(figure(page, id)).toHaveAttribute('data-steps', String(total))
    // What each printed item shows, read in one pass: its event, date, headline, whether it is shown, its source link.
    const printed = await items(page, id).evaluateAll(lis => lis.map(li => ({
      id: li.getAttribute('data-event-id'),
      datetime: li.querySelector('time')?.getAttribute('datetime'),
      headline: li.querySelector('.headline')?.textContent?.trim(),
      shown: getComputedStyle(li).visibility === 'visible' && li.getBoundingClientRect().height > 0,
      source: Boolean(li.querySelector('.citation-line a[href]')?.getBoundingClientRect().width),
    })))
    expect(printed, id).toEqual(events.map(event => ({
      id: event.id,
      datetime: event.start,
      headline: event.headline,
      shown: true,
      source: true,
    })))
    await expect(figure(page, id).locator('[aria-current]')).toHaveCount(0)
    await expect(figure(page, id).locator('.timeline-chart')).toHaveAttribute('aria-hidden', 'true')
    // Every event is shown here, so this is the fullest the slide gets at any click.
    await expectInsideSlide(page, figure(page, id))
  }
})

test('prints every click reveal of the deck shown: no slide has more v-clicks than its frontmatter clicks let a lecturer reach', async () => {
  // Slidev prints each slide at its last click, which a slide's `clicks:` sets; a reveal beyond it would never show.
  const page = sharedFigurePage()
  const unreached = await page.locator('.print-slide-container .slidev-vclick-hidden').evaluateAll(elements => elements.map(element =>
    `${element.closest('.print-slide-container')!.id}: ${element.textContent?.trim().slice(0, 40)}`))
  expect(unreached).toEqual([])
})

test('clicking through each timeline reveals one step per click and highlights it, then moves to the next slide', async () => {
  const page = sharedFigurePage()
  for (const id of ids) {
    const { steps, total } = timelineViewSteps(timelineViews[id])
    const no = slideOf[id]
    await goToSlide(page, no)
    const list = items(page, id)
    for (let k = 0; k <= total; k++) {
      if (k > 0)
        await clickTo(page, id, k)
      await expect(figure(page, id)).toHaveAttribute('data-step', String(k))
      await expect(list.locator('visible=true'), `${id}, click ${k}`).toHaveCount(steps.filter(s => s <= k).length)
      await expect(list.and(page.locator('[aria-current="step"]')), `${id}, click ${k}`).toHaveCount(steps.filter(s => s === k).length)
      await expect(figure(page, id).locator('.timeline-chart .event:not(.later)')).toHaveCount(steps.filter(s => s <= k).length)
    }
    await expectNextSlideAfter(page, no)
  }
})

test('turns off the reveal animation for reduced motion', async () => {
  const page = sharedFigurePage()
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const durations = await items(page, ids[0]).first().evaluate(li => getComputedStyle(li).transitionDuration)
  for (const duration of durations.split(','))
    expect(Number.parseFloat(duration), durations).toBeLessThan(0.01)
})

/** Nothing of the figure or the slide's title leaves the slide, and no text is drawn under 12px. */
async function expectInsideSlide(page: Page, timeline: Locator): Promise<void> {
  // Measure the settled layout: fonts loaded (a fallback font sets the text larger), no reveal mid-transition.
  await waitForFonts(page)
  await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'))
  const problems = await timeline.evaluate((figure) => {
    const slide = figure.closest('.slidev-page')!
    const box = slide.getBoundingClientRect()
    const scale = box.width / 980
    const out: string[] = []
    for (const el of [
      ...figure.querySelectorAll<HTMLElement | SVGElement>('*'),
      ...slide.querySelectorAll<HTMLElement>('h1'),
    ]) {
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
