import type { Page } from '@playwright/test'
import { countries, stories } from '../../data/places'
import { waitForFonts } from '../../scripts/lib/drawing'
import { expect, gotoSlide, slidesWhere, test } from '../support/fixtures'

const names = countries.map(country => country.name)

async function mapSlide(story: 'where' | 'geography'): Promise<number> {
  const [slide] = await slidesWhere(s => s.content.includes(`<RegionMap story="${story}"`))
  expect(slide, `a slide with <RegionMap story="${story}">`).toBeTruthy()
  return slide.no
}

function drawnMap(page: Page, no: number) {
  return page.locator(`.slidev-page-${no} svg[data-drawn]`).first()
}

async function highlightedNames(page: Page, no: number): Promise<string[]> {
  const map = drawnMap(page, no)
  await expect(map).toBeVisible()
  return map.locator('path.country[aria-label$="(highlighted)"]').evaluateAll(paths =>
    paths.map(path => (path.getAttribute('aria-label') ?? '').replace(' (highlighted)', '')))
}

for (const story of ['where', 'geography'] as const) {
  test(`the ${story} map has a title, a description and one named path per country`, async ({ page }) => {
    const no = await mapSlide(story)
    await gotoSlide(page, no)
    const map = drawnMap(page, no)
    await expect(map).toBeVisible()
    const data = stories.find(s => s.id === story)!
    await expect(map.locator('title')).toHaveText(data.title)
    await expect(map.locator('desc')).toHaveText(data.description)
    for (const name of names) {
      await expect(map.getByRole('img', {
        name: new RegExp(`^${name}( \\(highlighted\\))?$`),
      })).toHaveCount(1)
    }
    await expect(map.getByRole('img', { name: /^Caspian Sea/ })).toHaveCount(1)
    await expect(map.getByRole('img', { name: 'Astana, capital' })).toHaveCount(1)
  })

  test(`the ${story} map keeps Kazakhstan highlighted at every click`, async ({ page }) => {
    const no = await mapSlide(story)
    for (let clicks = 0; clicks < 3; clicks++) {
      await gotoSlide(page, no, { clicks })
      expect(await highlightedNames(page, no)).toContain('Kazakhstan')
      await expect(drawnMap(page, no).locator('path[data-country="398"]')).toHaveAttribute('data-state', 'focus')
    }
  })
}

test('clicking through the opening map moves the highlight from Kazakhstan to its neighbours to Afghanistan', async ({ page }) => {
  const no = await mapSlide('where')
  await gotoSlide(page, no)
  const caption = page.locator(`.slidev-page-${no} [data-testid="map-highlighted"]`).first()
  expect(await highlightedNames(page, no)).toEqual(['Kazakhstan'])
  await expect(caption).toHaveText('Highlighted: Kazakhstan')

  await page.keyboard.press('ArrowRight')
  await expect(caption).toContainText('Russia')
  expect(await highlightedNames(page, no)).toEqual([
    'Kazakhstan',
    'Russia',
    'China',
    'Kyrgyzstan',
    'Uzbekistan',
    'Turkmenistan',
  ])
  await expect(drawnMap(page, no).getByRole('img', { name: 'Caspian Sea (highlighted)' })).toHaveCount(1)

  await page.keyboard.press('ArrowRight')
  await expect(caption).toContainText('Afghanistan')
  const last = await highlightedNames(page, no)
  expect(last).toContain('Afghanistan')
  expect(last).not.toContain('Russia')
  expect(new URL(page.url()).pathname).toBe(`/${no}`)
})

test('the geography map highlights Russia and China, then Afghanistan, then the Caspian route', async ({ page }) => {
  const no = await mapSlide('geography')
  const expected = [
    ['Kazakhstan', 'Russia', 'China'],
    ['Kazakhstan', 'Afghanistan'],
    ['Kazakhstan', 'Russia'],
  ]
  for (const [clicks, highlighted] of expected.entries()) {
    await gotoSlide(page, no, { clicks })
    expect(await highlightedNames(page, no)).toEqual(highlighted)
  }
  await expect(drawnMap(page, no).getByRole('img', { name: 'Caspian Sea (highlighted)' })).toHaveCount(1)
})

test('in print the map shows its final step', async ({ page }) => {
  const no = await mapSlide('where')
  await gotoSlide(page, no, { print: true })
  expect(await highlightedNames(page, no)).toContain('Afghanistan')
  await expect(page.locator(`.slidev-page-${no} [data-testid="map-caption"]`).first()).toContainText('one ring away')
})

test('the map data is not loaded with the first slide, only with the map', async ({ page }) => {
  const requested: string[] = []
  page.on('request', request => requested.push(new URL(request.url()).pathname))
  await gotoSlide(page, 1)
  await page.waitForLoadState('networkidle')
  expect(requested.filter(path => path.includes('countries-110m'))).toEqual([])
  await gotoSlide(page, await mapSlide('where'))
  await expect(drawnMap(page, await mapSlide('where'))).toBeVisible()
  expect(requested.filter(path => path.includes('countries-110m'))).toHaveLength(1)
})

test('no two labels on either map overlap, at any click, drawn with the deck\'s fonts', async ({ page }) => {
  for (const story of ['where', 'geography'] as const) {
    const no = await mapSlide(story)
    for (let clicks = 0; clicks < 3; clicks++) {
      await gotoSlide(page, no, { clicks })
      await expect(drawnMap(page, no)).toBeVisible()
      await waitForFonts(page)
      // Highlighted labels are drawn bolder than the layout's width estimate, so measure what is on screen.
      const boxes = await drawnMap(page, no).locator('g.map-label text').evaluateAll(texts => texts.map((text) => {
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
      expect(overlaps, `${story} map, slide ${no}, click ${clicks}`).toEqual([])
    }
  }
})

// The map's labels in the exported PDF and its accessibility audit are checked deck-wide in export.spec.ts and
// a11y.spec.ts, on the real export and on every slide.
