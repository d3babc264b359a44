/**
 * The two maps, one page for the whole file: the print view (loaded once) for what each map names and its last
 * step, then the deck opened on its first slide to see the map data load only with the map, and each map clicked
 * through in the app. The steps' data are checked in tests/unit/map-places.test.ts and the step count in
 * figure-steps.test.ts; the PDF's labels in export.spec.ts; the accessibility audit and the text in drawings in print.spec.ts.
 */
import type { Page } from '@playwright/test'
import type { MapStoryId } from '../../data/places'
import { countries, stories } from '../../data/places'
import { waitForFonts } from '../../scripts/lib/drawing'
import { clickTo, expectNextSlideAfter, figure, figureSlides } from '../support/figures'
import { expect, goToSlide, openPrintView, sharedPage, test } from '../support/fixtures'

const names = countries.map(country => country.name)
// One page for the file, its tests in order: the print view first, then the app from there.
const sharedFigurePage = sharedPage({
  viewport: { width: 1280, height: 720 },
})
let slideOf: Record<string, number>

const drawnMap = (page: Page, story: MapStoryId) => figure(page, story).locator('svg[data-drawn]')

/** The countries drawn highlighted, Kazakhstan (always in focus) first. */
async function highlightedNames(page: Page, story: MapStoryId): Promise<string[]> {
  await expect(drawnMap(page, story)).toBeVisible()
  return drawnMap(page, story).locator('path.country[aria-label$="(highlighted)"]').evaluateAll(paths =>
    paths.map(path => (path.getAttribute('aria-label') ?? '').replace(' (highlighted)', '')))
}

/** Kazakhstan in focus, and no two labels overlapping as drawn with the deck's fonts. */
async function expectReadable(page: Page, story: MapStoryId, when: string): Promise<void> {
  await expect(drawnMap(page, story).locator('path[data-country="398"]')).toHaveAttribute('data-state', 'focus')
  await waitForFonts(page)
  // Highlighted labels are drawn bolder than the layout's width estimate, so measure what is on screen.
  const boxes = await drawnMap(page, story).locator('g.map-label text').evaluateAll(texts => texts.map((text) => {
    const { left, right, top, bottom } = text.getBoundingClientRect()
    return {
      name: text.textContent?.trim() ?? '',
      left,
      right,
      top,
      bottom,
    }
  }))
  expect(boxes.length).toBeGreaterThan(5)
  const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1)
    .filter(b => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
    .map(b => `${a.name} × ${b.name}`))
  expect(overlaps, `${story} map, ${when}`).toEqual([])
}

test('prints each map at its last step, with a title, a description and one named path per country', async () => {
  const page = sharedFigurePage()
  await openPrintView(page)
  slideOf = await figureSlides(page)
  for (const story of stories) {
    const map = drawnMap(page, story.id)
    await expect(map, `the ${story.id} map is on a slide`).toHaveCount(1)
    await expect(figure(page, story.id)).toHaveAttribute('data-step', String(story.steps.length - 1))
    await expect(figure(page, story.id)).toHaveAttribute('data-steps', String(story.steps.length - 1))
    await expect(map.locator('title')).toHaveText(story.title)
    await expect(map.locator('desc')).toHaveText(story.description)
    // The named images, read in one pass: every country once, the Caspian and the capital.
    const images = await map.locator('[role="img"][aria-label]').evaluateAll(elements =>
      elements.map(element => element.getAttribute('aria-label')!.replace(/ \(highlighted\)$/, '')))
    for (const name of [...names, 'Caspian Sea', 'Astana, capital'])
      expect(images.filter(image => image === name), `${story.id} map: ${name}`).toHaveLength(1)
    await expectReadable(page, story.id, 'printed')
  }
  expect(await highlightedNames(page, 'where')).toContain('Afghanistan')
  await expect(figure(page, 'where').locator('[data-testid="map-caption"]')).toContainText('one ring away')
})

test('loads the map data only with the first map, not with the first slide', async () => {
  const page = sharedFigurePage()
  const requested: string[] = []
  page.on('request', request => requested.push(new URL(request.url()).pathname))
  await page.goto('1')
  await page.waitForLoadState('networkidle')
  expect(requested.filter(path => path.includes('countries-110m'))).toEqual([])
  await goToSlide(page, slideOf.where)
  await expect(drawnMap(page, 'where')).toBeVisible()
  expect(requested.filter(path => path.includes('countries-110m'))).toHaveLength(1)
})

test('clicking through the opening map moves the highlight from Kazakhstan to its neighbours to Afghanistan', async () => {
  const page = sharedFigurePage()
  const caption = figure(page, 'where').locator('[data-testid="map-highlighted"]')
  await expect(figure(page, 'where')).toHaveAttribute('data-step', '0')
  expect(await highlightedNames(page, 'where')).toEqual(['Kazakhstan'])
  await expect(caption).toHaveText('Highlighted: Kazakhstan')
  await expectReadable(page, 'where', 'step 0')

  await clickTo(page, 'where', 1)
  await expect(caption).toContainText('Russia')
  expect(await highlightedNames(page, 'where')).toEqual([
    'Kazakhstan',
    'Russia',
    'China',
    'Kyrgyzstan',
    'Uzbekistan',
    'Turkmenistan',
  ])
  await expect(drawnMap(page, 'where').getByRole('img', { name: 'Caspian Sea (highlighted)' })).toHaveCount(1)
  await expectReadable(page, 'where', 'step 1')

  await clickTo(page, 'where', 2)
  await expect(caption).toContainText('Afghanistan')
  const last = await highlightedNames(page, 'where')
  expect(last).toContain('Afghanistan')
  expect(last).not.toContain('Russia')
  await expectReadable(page, 'where', 'step 2')
  await expectNextSlideAfter(page, slideOf.where)
})

test('the geography map highlights Russia and China, then Afghanistan, then the Caspian route', async () => {
  const page = sharedFigurePage()
  await goToSlide(page, slideOf.geography)
  const expected = [
    ['Kazakhstan', 'Russia', 'China'],
    ['Kazakhstan', 'Afghanistan'],
    ['Kazakhstan', 'Russia'],
  ]
  for (const [step, highlighted] of expected.entries()) {
    if (step > 0)
      await clickTo(page, 'geography', step)
    await expect(figure(page, 'geography').locator('[data-testid="map-highlighted"]')).toContainText(highlighted.at(-1)!)
    expect(await highlightedNames(page, 'geography')).toEqual(highlighted)
    await expectReadable(page, 'geography', `step ${step}`)
  }
  await expect(drawnMap(page, 'geography').getByRole('img', { name: 'Caspian Sea (highlighted)' })).toHaveCount(1)
  await expectNextSlideAfter(page, slideOf.geography)
})
