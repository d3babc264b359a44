/**
 * Whether the text inside the deck's drawings (map labels, diagram labels, the timeline chart) is legible:
 * - contrast measured on the rendered pixels: axe checks HTML text against HTML backgrounds and cannot see that a
 *   map label sits on its ground over a hatched country, or a diagram label on its node;
 * - drawn at the size its layout placed it for (a stray stylesheet rule once drew city labels at 52px);
 * - not stroked, even by inheritance (a page-wide rule once outlined every SVG label in the dark theme; Chromium
 *   also prints stroked text as outlines rather than text).
 * Used by the accessibility audit on the print view, where every slide's styles are loaded.
 */
import type { Page } from '@playwright/test'
import type { Rgb } from './contrast'
import { Buffer } from 'node:buffer'
import { parseRgb, worstContrast } from './contrast'

/** The drawings: Natural Earth maps, Mermaid diagrams, timeline charts. */
const FIGURES = '.print-slide-container :is(svg.region-map-svg, svg[aria-roledescription], svg.timeline-chart)'
/** WCAG 2.1 AA for text under 18.66px bold or 24px. */
export const MINIMUM_CONTRAST = 4.5

interface TextBox {
  label: string
  colour: string
  x: number
  y: number
  width: number
  height: number
  /** For SVG text: its computed stroke, and its computed and attribute font sizes. */
  stroke?: string
  fontSize?: string
  fontSizeAttribute?: string | null
}

/** Each piece of text in a drawing, its colour and its box relative to the drawing (CSS pixels). */
function textBoxes(figure: SVGSVGElement): { slide: number, boxes: TextBox[] } {
  const frame = figure.getBoundingClientRect()
  // The diagrams' drawings sit in a shadow root: climb out through its host to find the slide.
  const containerOf = (element: Element): Element | null => {
    const root = element.getRootNode()
    return element.closest('.print-slide-container') ?? (root instanceof ShadowRoot
      ? containerOf(root.host)
      : null)
  }
  const slide = [
    ...document.querySelectorAll('.print-slide-container'),
  ].indexOf(containerOf(figure)!) + 1
  const ownText = (element: Element) => [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
  const candidates = [
    ...figure.querySelectorAll('text'),
    ...[
      ...figure.querySelectorAll('foreignObject *'),
    ].filter(ownText),
  ]
  const boxes: TextBox[] = []
  for (const element of candidates) {
    const style = getComputedStyle(element)
    const box = element.getBoundingClientRect()
    if (style.visibility === 'hidden' || Number(style.opacity) === 0 || box.width < 2 || box.height < 2)
      continue
    boxes.push({
      label: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40),
      colour: element instanceof SVGElement
        ? style.fill
        : style.color,
      ...(element instanceof SVGElement
        ? {
            stroke: style.stroke,
            fontSize: style.fontSize,
            fontSizeAttribute: element.getAttribute('font-size'),
          }
        : {}),
      x: Math.max(0, Math.floor(box.left - frame.left)),
      y: Math.max(0, Math.floor(box.top - frame.top)),
      width: Math.ceil(box.width),
      height: Math.ceil(box.height),
    })
  }
  return { slide, boxes }
}

/** Decodes a PNG in the page and returns the RGBA pixels of each box, base64-encoded (a number array is ~10× larger). */
function pixelsOf({ png, boxes }: { png: string, boxes: TextBox[] }): Promise<string[]> {
  return (async () => {
    const bytes = Uint8Array.from(atob(png), character => character.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')!
    context.drawImage(bitmap, 0, 0)
    return boxes.map((box) => {
      const width = Math.min(box.width, bitmap.width - box.x)
      const height = Math.min(box.height, bitmap.height - box.y)
      if (width <= 0 || height <= 0)
        return ''
      const { data } = context.getImageData(box.x, box.y, width, height)
      let binary = ''
      for (const byte of data)
        binary += String.fromCharCode(byte)
      return btoa(binary)
    })
  })()
}

/** What makes a piece of SVG text hard to read, apart from contrast. */
function shapeProblems(box: TextBox): string[] {
  const problems: string[] = []
  if (box.stroke !== undefined && box.stroke !== 'none')
    problems.push(`stroked with ${box.stroke}`)
  if (box.fontSizeAttribute && Number.parseFloat(box.fontSize!) !== Number.parseFloat(box.fontSizeAttribute))
    problems.push(`drawn at ${box.fontSize}, placed for ${box.fontSizeAttribute}px`)
  return problems
}

/** Every piece of text in the page's drawings that is hard to read, and how many were measured. */
export async function illegibleTextInDrawings(page: Page): Promise<{ measured: number, problems: string[] }> {
  const problems: string[] = []
  let measured = 0
  for (const figure of await page.locator(FIGURES).all()) {
    const { slide, boxes } = await figure.evaluate(textBoxes)
    const png = (await figure.screenshot({ animations: 'disabled' })).toString('base64')
    const patches = await page.evaluate(pixelsOf, { png, boxes })
    boxes.forEach((box, index) => {
      for (const problem of shapeProblems(box))
        problems.push(`slide ${slide}: "${box.label}" ${problem}`)
      const text: Rgb = parseRgb(box.colour)
      const worst = worstContrast(Buffer.from(patches[index], 'base64'), text)
      if (!worst)
        return
      measured++
      if (worst.ratio < MINIMUM_CONTRAST)
        problems.push(`slide ${slide}: "${box.label}" ${worst.ratio.toFixed(2)}:1 (text rgb(${text.join(', ')}) on rgb(${worst.background.join(', ')}))`)
    })
  }
  return { measured, problems }
}
