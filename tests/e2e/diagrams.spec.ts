/**
 * The generated diagrams clicked through in the app, one page for the whole file, each highlighting its steps in
 * turn, and the build's drawing of them stopping on a diagram Mermaid cannot draw. Each printed whole (SVG, title,
 * description, labels, every tie alike) is checked in print.spec.ts; the Mermaid text they are drawn from in
 * tests/unit/mermaid.test.ts and relations.test.ts.
 */
import process from 'node:process'
import { thesisArgument } from '../../data/argument'
import { views } from '../../data/relations'
import { mermaidTheme } from '../../logic/mermaid-theme'
import { renderDrawings } from '../../scripts/lib/diagram-render'
import { clickTo, diagramHighlights, expectNextSlideAfter, figure, figureSlideNumbers } from '../support/figures'
import { expect, goToSlide, sharedPage, test } from '../support/fixtures'

// One page for the file, its tests in order, moving through the deck as a presenter does.
const sharedFigurePage = sharedPage({
  viewport: { width: 1280, height: 720 },
})
let slideOf: Record<string, number>
test.beforeAll(async () => {
  slideOf = await figureSlideNumbers()
})

test('clicking through each relationship diagram highlights the ties of each step in turn and marks it in the text list', async () => {
  const page = sharedFigurePage()
  for (const view of Object.values(views)) {
    await goToSlide(page, slideOf[view.id])
    await expect(figure(page, view.id)).toHaveAttribute('data-step', '0')
    expect(await diagramHighlights(page, view.id), `${view.id} before the first click`).toEqual([])
    const seen: string[] = []
    for (let step = 1; step <= view.steps.length; step++) {
      await clickTo(page, view.id, step)
      await expect(figure(page, view.id).locator('[aria-current="step"]')).toContainText(view.steps[step - 1].label)
      // The step's drawing loads a moment after the text list has moved on: wait for it.
      let on = ''
      await expect.poll(async () => {
        on = (await diagramHighlights(page, view.id)).sort().join(',')
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
    await expect.poll(() => diagramHighlights(page, 'argument')).toHaveLength(expected)
  }
  await expectNextSlideAfter(page, slideOf.argument)
})

test('drawing a diagram Mermaid cannot draw fails with Mermaid\'s message, naming the drawing, so the build stops', async () => {
  const broken = {
    key: 'broken.0.light',
    code: 'flowchart LR\n  a -->',
    config: mermaidTheme(false),
  }
  await expect(renderDrawings([broken], {
    root: process.cwd(),
  })).rejects.toThrow(/the diagram broken\.0\.light .*Parse error/s)
})
