/**
 * The timelines on the slides, one page for the whole file, each clicked through in the app. What every timeline
 * shows printed, and how it fits its slide, is checked in print.spec.ts. Which events a view selects and the step of
 * each are pure logic, tested in tests/unit/figure-steps.test.ts and timeline.test.ts; the slides' [click] markers
 * against their `clicks:` in deck-content.test.ts; the PDF text in export.spec.ts.
 */
import type { TimelineViewId } from '../../data/timeline'
import { timelineViews } from '../../data/timeline'
import { timelineViewSteps } from '../../logic/timeline'
import { clickTo, expectNextSlideAfter, figure, figureSlideNumbers, timelineItems } from '../support/figures'
import { expect, goToSlide, sharedPage, test } from '../support/fixtures'

const ids = Object.keys(timelineViews) as TimelineViewId[]
// One page for the file, its tests in order, moving through the deck as a presenter does.
const sharedFigurePage = sharedPage({
  viewport: { width: 980, height: 552 },
})
let slideOf: Record<string, number>
test.beforeAll(async () => {
  slideOf = await figureSlideNumbers()
})

test('clicking through each timeline reveals one step per click and highlights it, then moves to the next slide', async () => {
  const page = sharedFigurePage()
  for (const id of ids) {
    const { steps, total } = timelineViewSteps(timelineViews[id])
    const no = slideOf[id]
    await goToSlide(page, no)
    const list = timelineItems(page, id)
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
  const durations = await timelineItems(page, ids[0]).first().evaluate(li => getComputedStyle(li).transitionDuration)
  for (const duration of durations.split(','))
    expect(Number.parseFloat(duration), durations).toBeLessThan(0.01)
})
