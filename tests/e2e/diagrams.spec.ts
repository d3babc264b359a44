/**
 * The three generated diagrams, one page for the whole file: the print view (loaded once) for each diagram's SVG,
 * title, description and labels with every tie alike, then each clicked through in the app, highlighting its steps
 * in turn. The Mermaid text they are drawn from is tested in tests/unit/mermaid.test.ts and relations.test.ts.
 */
import type { Page } from '@playwright/test'
import { thesisArgument } from '../../data/argument'
import { views } from '../../data/relations'
import { viewTies } from '../../logic/mermaid'
import { clickTo, expectNextSlideAfter, figure, figureSlides } from '../support/figures'
import { expect, goToSlide, openPrintView, sharedPage, test } from '../support/fixtures'

// One page for the file, its tests in order: the print view first, then the app from there.
const sharedFigurePage = sharedPage({
  viewport: { width: 1280, height: 720 },
})
let slideOf: Record<string, number>

/** Edge and node ids drawn thick, i.e. highlighted. */
async function highlighted(page: Page, id: string): Promise<string[]> {
  await expect(figure(page, id).locator('svg .flowchart-link').first()).toBeVisible()
  return figure(page, id).locator('svg .flowchart-link, svg .node').evaluateAll(elements => elements
    .filter(el => (el.getAttribute('style') ?? '').includes('stroke-width:4px') || el.querySelector('[style*="stroke-width:4px"]'))
    .map(el => el.getAttribute('data-id') ?? el.id))
}

/** Rendered size of Mermaid's 16px text on the 980px-wide slide canvas. */
async function textScale(page: Page, id: string): Promise<number> {
  return figure(page, id).locator('svg').first().evaluate((svg) => {
    const box = svg.getBoundingClientRect()
    const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number)
    // Mermaid draws inside a shadow root: step out of it to find the slide.
    const host = svg.getRootNode() instanceof ShadowRoot
      ? (svg.getRootNode() as ShadowRoot).host
      : svg
    const slide = host.closest('.slidev-page')!.getBoundingClientRect()
    return 16 * Math.min(box.width / w, box.height / h) / (slide.width / 980)
  })
}

test('prints each diagram whole: an SVG with its title, description and the data\'s labels, every tie alike', async () => {
  const page = sharedFigurePage()
  await openPrintView(page)
  slideOf = await figureSlides(page)
  for (const view of Object.values(views)) {
    const diagram = figure(page, view.id)
    await expect(diagram, `the ${view.id} diagram is on a slide`).toHaveCount(1)
    await expect(diagram).toHaveAttribute('data-step', String(view.steps.length))
    const svg = diagram.locator('svg').first()
    await expect(diagram.locator('svg .flowchart-link').first()).toBeVisible()
    await expect(svg.locator('title')).toHaveText(view.title)
    await expect(svg.locator('desc')).toContainText(view.description)
    const labels = await diagram.locator('svg .edgeLabel p').allTextContents()
    expect(labels.sort()).toEqual(viewTies(view).map(tie => tie.label).sort())
    await expect(diagram).not.toContainText('Syntax error')
    expect(await textScale(page, view.id)).toBeGreaterThanOrEqual(12)
    expect(await highlighted(page, view.id)).toEqual([])
    await expect(diagram.locator('[aria-current]')).toHaveCount(0)
    await expect(diagram.locator('[data-tie]')).toHaveCount(viewTies(view).length)
  }
  const map = figure(page, 'argument')
  await expect(map).toHaveAttribute('data-step', String(thesisArgument.steps.length))
  const svg = map.locator('svg').first()
  await expect(svg.locator('title')).toHaveText(thesisArgument.title)
  await expect(svg.locator('desc')).toHaveText(thesisArgument.description)
  for (const node of thesisArgument.nodes)
    await expect(svg.locator('.node').filter({ hasText: node.text })).toHaveCount(1)
  await expect(map).not.toContainText('Syntax error')
  expect(await textScale(page, 'argument')).toBeGreaterThanOrEqual(12)
  expect(await highlighted(page, 'argument')).toEqual([])
})

test('clicking through each relationship diagram highlights the ties of each step in turn and marks it in the text list', async () => {
  const page = sharedFigurePage()
  for (const view of Object.values(views)) {
    await goToSlide(page, slideOf[view.id])
    await expect(figure(page, view.id)).toHaveAttribute('data-step', '0')
    expect(await highlighted(page, view.id), `${view.id} before the first click`).toEqual([])
    const seen: string[] = []
    for (let step = 1; step <= view.steps.length; step++) {
      await clickTo(page, view.id, step)
      await expect(figure(page, view.id).locator('[aria-current="step"]')).toContainText(view.steps[step - 1].label)
      // Mermaid redraws the SVG a moment after the text list has moved on: wait for the step's own drawing.
      let on = ''
      await expect.poll(async () => {
        on = (await highlighted(page, view.id)).sort().join(',')
        return on !== '' && !seen.includes(on)
      }, { message: `${view.id} step ${step} highlights ties, and not those of a step before` }).toBe(true)
      seen.push(on)
    }
    await expectNextSlideAfter(page, slideOf[view.id])
  }
})

test('clicking through the argument map highlights one role per click', async () => {
  const page = sharedFigurePage()
  await goToSlide(page, slideOf.argument)
  await expect(figure(page, 'argument')).toHaveAttribute('data-step', '0')
  for (const [index, step] of thesisArgument.steps.entries()) {
    await clickTo(page, 'argument', index + 1)
    await expect(figure(page, 'argument')).toContainText(step.label)
    const expected = thesisArgument.nodes.filter(node => step.roles.includes(node.role)).length
    await expect.poll(() => highlighted(page, 'argument')).toHaveLength(expected)
  }
  await expectNextSlideAfter(page, slideOf.argument)
})
