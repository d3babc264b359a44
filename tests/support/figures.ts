/**
 * Helpers for the figures (timelines, maps, diagrams): print.spec.ts checks each printed whole in the print view it
 * loads once per theme, and each figure's spec clicks through it in the app. Figures are found by the `data-figure`
 * id their component carries (the view's id in data/), never by slide number or heading.
 */
import type { Locator, Page } from '@playwright/test'
import type { MapStoryId } from '../../data/places'
import { slideFigureIds } from '../../logic/validation/slides'
import { waitForFonts } from '../../scripts/lib/drawing'
import { deck, expect } from './fixtures'

export function figure(page: Page, id: string): Locator {
  return page.locator(`[data-figure="${id}"]`)
}

/** The number of the slide each figure is on, by figure id, read from the slides' own Markdown with Vue's parser. */
export async function figureSlideNumbers(): Promise<Record<string, number>> {
  const slideOf: Record<string, number> = {}
  for (const slide of (await deck()).slides) {
    for (const id of slideFigureIds(slide.content))
      slideOf[id] = slide.no
  }
  return slideOf
}

/** Presses → as a presenter does and waits for the figure to reach `step`. */
export async function clickTo(page: Page, id: string, step: number): Promise<void> {
  await page.keyboard.press('ArrowRight')
  await expect(figure(page, id)).toHaveAttribute('data-step', String(step))
}

/** Presses → past a figure's last step and expects the next slide: the slide has exactly the figure's clicks. */
export async function expectNextSlideAfter(page: Page, no: number): Promise<void> {
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${no + 1}(\\?|$)`))
}

/** Edge and node ids drawn thick, i.e. highlighted. */
export async function diagramHighlights(page: Page, id: string): Promise<string[]> {
  await expect(figure(page, id).locator('svg .flowchart-link').first()).toBeVisible()
  return figure(page, id).locator('svg .flowchart-link, svg .node').evaluateAll(elements => elements
    .filter(el => (el.getAttribute('style') ?? '').includes('stroke-width:4px') || el.querySelector('[style*="stroke-width:4px"]'))
    .map(el => el.getAttribute('data-id') ?? el.id))
}

/** Rendered size of Mermaid's 16px text on the 980px-wide slide canvas. */
export async function mermaidTextScale(page: Page, id: string): Promise<number> {
  return figure(page, id).locator('svg').first().evaluate((svg) => {
    const box = svg.getBoundingClientRect()
    const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number)
    // A diagram's drawing sits in a shadow root: step out of it to find the slide.
    const host = svg.getRootNode() instanceof ShadowRoot
      ? (svg.getRootNode() as ShadowRoot).host
      : svg
    const slide = host.closest('.slidev-page')!.getBoundingClientRect()
    return 16 * Math.min(box.width / w, box.height / h) / (slide.width / 980)
  })
}

/** A map as drawn (its SVG once the map data has loaded). */
export const drawnMap = (page: Page, story: MapStoryId) => figure(page, story).locator('svg[data-drawn]')

/** The countries drawn highlighted, Kazakhstan (always in focus) first. */
export async function mapHighlights(page: Page, story: MapStoryId): Promise<string[]> {
  await expect(drawnMap(page, story)).toBeVisible()
  return drawnMap(page, story).locator('path.country[aria-label$="(highlighted)"]').evaluateAll(paths =>
    paths.map(path => (path.getAttribute('aria-label') ?? '').replace(' (highlighted)', '')))
}

/** Kazakhstan in focus, and no two labels overlapping as drawn with the deck's fonts. */
export async function expectMapReadable(page: Page, story: MapStoryId, when: string): Promise<void> {
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

/** A timeline's event list, one item per event. */
export const timelineItems = (page: Page, id: string) => figure(page, id).locator('.timeline-list > li')

/** Nothing of the figure or the slide's title leaves the slide, and no text is drawn under 12px. */
export async function expectTimelineInsideSlide(page: Page, timeline: Locator): Promise<void> {
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
