/**
 * WCAG 2.1 contrast between a text colour and what is really drawn behind it. The end-to-end contrast check
 * measures rendered pixels with these functions, because axe cannot see the background of SVG text (a map label on
 * its ground, a diagram label on its node).
 */
export type Rgb = readonly [number, number, number]

/** Parses a computed colour, `rgb(r, g, b)` or `rgba(r, g, b, a)`; anything else is an error naming it. */
export function parseRgb(css: string): Rgb {
  const match = /^rgba?\(\s*(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)/.exec(css.trim())
  if (!match)
    throw new Error(`Not an rgb() colour: "${css}"`)
  return [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ]
}

function channel(value: number): number {
  const c = value / 255
  return c <= 0.04045
    ? c / 12.92
    : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** WCAG contrast ratio, 1 to 21, the same whichever colour is given first. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [
    relativeLuminance(a),
    relativeLuminance(b),
  ].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/**
 * The colours drawn behind text in a patch of RGBA pixels (the text's box): each colour covering at least
 * `minShare` of the pixels that are not the text itself. Pixels within 1.5:1 of the text colour are the glyphs and
 * their anti-aliased edges. Empty when the patch is all text.
 */
export function backgroundsUnder(rgba: ArrayLike<number>, text: Rgb, minShare = 0.15): Rgb[] {
  const counts = new Map<number, number>()
  let total = 0
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    const pixel: Rgb = [rgba[i], rgba[i + 1], rgba[i + 2]]
    if (contrastRatio(pixel, text) < 1.5)
      continue
    const key = (pixel[0] << 16) | (pixel[1] << 8) | pixel[2]
    counts.set(key, (counts.get(key) ?? 0) + 1)
    total++
  }
  return [...counts]
    .filter(([, count]) => count >= minShare * total)
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => [(key >> 16) & 255, (key >> 8) & 255, key & 255] as Rgb)
}

/** The lowest contrast between the text colour and any colour behind it; undefined when nothing is behind it. */
export function worstContrast(rgba: ArrayLike<number>, text: Rgb): { ratio: number, background: Rgb } | undefined {
  const worst = backgroundsUnder(rgba, text)
    .map(background => ({
      ratio: contrastRatio(text, background),
      background,
    }))
    .sort((a, b) => a.ratio - b.ratio)
  return worst[0]
}
