/**
 * The two maps, one page for the whole file: the deck opened on its first slide to see the map data load only with
 * the map, then each map clicked through in the app. What each map names at its last step, printed, is checked in
 * print.spec.ts, with the accessibility audit and the text in drawings; the steps' data in
 * tests/unit/map-places.test.ts and the step count in figure-steps.test.ts; the PDF's labels in export.spec.ts.
 */
import { clickTo, drawnMap, expectMapReadable, expectNextSlideAfter, figure, figureSlideNumbers, mapHighlights } from '../support/figures'
import { expect, goToSlide, sharedPage, test } from '../support/fixtures'

// One page for the file, its tests in order, moving through the deck as a presenter does.
const sharedFigurePage = sharedPage({
  viewport: { width: 1280, height: 720 },
})
let slideOf: Record<string, number>
test.beforeAll(async () => {
  slideOf = await figureSlideNumbers()
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
  expect(await mapHighlights(page, 'where')).toEqual(['Kazakhstan'])
  await expect(caption).toHaveText('Highlighted: Kazakhstan')
  await expectMapReadable(page, 'where', 'step 0')

  await clickTo(page, 'where', 1)
  await expect(caption).toContainText('Russia')
  expect(await mapHighlights(page, 'where')).toEqual([
    'Kazakhstan',
    'Russia',
    'China',
    'Kyrgyzstan',
    'Uzbekistan',
    'Turkmenistan',
  ])
  await expect(drawnMap(page, 'where').getByRole('img', { name: 'Caspian Sea (highlighted)' })).toHaveCount(1)
  await expectMapReadable(page, 'where', 'step 1')

  await clickTo(page, 'where', 2)
  await expect(caption).toContainText('Afghanistan')
  const last = await mapHighlights(page, 'where')
  expect(last).toContain('Afghanistan')
  expect(last).not.toContain('Russia')
  await expectMapReadable(page, 'where', 'step 2')
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
    expect(await mapHighlights(page, 'geography')).toEqual(highlighted)
    await expectMapReadable(page, 'geography', `step ${step}`)
  }
  await expect(drawnMap(page, 'geography').getByRole('img', { name: 'Caspian Sea (highlighted)' })).toHaveCount(1)
  await expectNextSlideAfter(page, slideOf.geography)
})
