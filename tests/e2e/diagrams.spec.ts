/**
 * The three generated diagrams: each renders an SVG with a title and a description, its edge labels are the
 * data's, clicks change which ties are highlighted, print shows everything, and no "Syntax error" box appears.
 */
import type { Page } from '@playwright/test'
import { thesisArgument } from '../../data/argument'
import { views } from '../../data/relations'
import { viewTies } from '../../logic/mermaid'
import { expect, gotoSlide, slidesWhere, test } from '../support/fixtures'

async function slideWith(marker: string): Promise<number> {
  const [slide] = await slidesWhere(s => s.content.includes(marker))
  expect(slide, `a slide containing ${marker}`).toBeTruthy()
  return slide.no
}

function diagram(page: Page, no: number) {
  return page.locator(`.slidev-page-${no} figure[data-view]`)
}

/** Edge ids (data-id on the edge paths) drawn thick, i.e. highlighted. */
async function highlighted(page: Page, no: number): Promise<string[]> {
  await expect(diagram(page, no).locator('svg .flowchart-link').first()).toBeVisible()
  return diagram(page, no).locator('svg .flowchart-link, svg .node').evaluateAll(elements => elements
    .filter(el => (el.getAttribute('style') ?? '').includes('stroke-width:4px') || el.querySelector('[style*="stroke-width:4px"]'))
    .map(el => el.getAttribute('data-id') ?? el.id))
}

/** Rendered size of Mermaid's 16px text on the 980px-wide slide canvas. */
async function textScale(page: Page, no: number): Promise<number> {
  return diagram(page, no).locator('svg').first().evaluate((svg, slideNo) => {
    const box = svg.getBoundingClientRect()
    const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number)
    const slide = document.querySelector(`.slidev-page-${slideNo}`)!.getBoundingClientRect()
    return 16 * Math.min(box.width / w, box.height / h) / (slide.width / 980)
  }, no)
}

for (const [key, marker] of [
  ['triangle', 'view="triangle"'],
  ['engagement', 'view="engagement"'],
] as const) {
  const view = views[key]
  test.describe(`the ${key} diagram`, () => {
    test('renders an SVG with a title and description, and the data\'s edge labels', async ({ page }) => {
      const no = await slideWith(marker)
      await gotoSlide(page, no)
      const svg = diagram(page, no).locator('svg').first()
      await expect(svg.locator('title')).toHaveText(view.title)
      await expect(svg.locator('desc')).toContainText(view.description)
      const labels = await diagram(page, no).locator('svg .edgeLabel p').allTextContents()
      expect(labels.sort()).toEqual(viewTies(view).map(tie => tie.label).sort())
      await expect(page.locator(`.slidev-page-${no}`)).not.toContainText('Syntax error')
      expect(await textScale(page, no)).toBeGreaterThanOrEqual(12)
    })

    test('highlights the ties of each step in turn, and marks the step in the text list', async ({ page }) => {
      const no = await slideWith(marker)
      const seen: string[] = []
      for (let click = 1; click <= view.steps.length; click++) {
        await gotoSlide(page, no, { clicks: click })
        await expect(diagram(page, no)).toHaveAttribute('data-step', String(click - 1))
        const on = (await highlighted(page, no)).sort().join(',')
        expect(on, `step ${click} highlights something`).not.toBe('')
        expect(seen, `step ${click} differs from the ones before`).not.toContain(on)
        seen.push(on)
        await expect(diagram(page, no).locator('[aria-current="step"]')).toContainText(view.steps[click - 1].label)
      }
    })

    test('shows every tie alike when printed', async ({ page }) => {
      const no = await slideWith(marker)
      await gotoSlide(page, no, { print: true, clicks: view.steps.length })
      await expect(diagram(page, no)).toHaveAttribute('data-step', 'all')
      expect(await highlighted(page, no)).toEqual([])
      await expect(diagram(page, no).locator('[aria-current]')).toHaveCount(0)
      await expect(diagram(page, no).locator('[data-tie]')).toHaveCount(viewTies(view).length)
    })
  })
}

test.describe('the argument map', () => {
  test('renders an SVG with a title and description and every node', async ({ page }) => {
    const no = await slideWith('<ArgumentMap')
    await gotoSlide(page, no)
    const svg = diagram(page, no).locator('svg').first()
    await expect(svg.locator('title')).toHaveText(thesisArgument.title)
    await expect(svg.locator('desc')).toHaveText(thesisArgument.description)
    for (const node of thesisArgument.nodes)
      await expect(svg.locator('.node').filter({ hasText: node.text })).toHaveCount(1)
    await expect(page.locator(`.slidev-page-${no}`)).not.toContainText('Syntax error')
    expect(await textScale(page, no)).toBeGreaterThanOrEqual(12)
  })

  test('highlights one role per click', async ({ page }) => {
    const no = await slideWith('<ArgumentMap')
    for (const [index, step] of thesisArgument.steps.entries()) {
      await gotoSlide(page, no, { clicks: index + 1 })
      const expected = thesisArgument.nodes.filter(node => step.roles.includes(node.role)).length
      await expect(diagram(page, no)).toHaveAttribute('data-step', String(index))
      expect(await highlighted(page, no)).toHaveLength(expected)
      await expect(diagram(page, no)).toContainText(step.label)
    }
  })
})
