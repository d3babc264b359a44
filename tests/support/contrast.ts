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

/** Parses a palette colour, `#rrggbb`. */
export function parseHex(hex: string): Rgb {
  const match = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(hex)
  if (!match)
    throw new Error(`Not a #rrggbb colour: "${hex}"`)
  return [
    Number.parseInt(match[1], 16),
    Number.parseInt(match[2], 16),
    Number.parseInt(match[3], 16),
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
  // Count each colour first, then judge each distinct colour once: a patch has thousands of pixels, few colours.
  const counts = new Map<number, number>()
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    const key = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2]
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const colourOf = (key: number): Rgb => [(key >> 16) & 255, (key >> 8) & 255, key & 255]
  const behind = [...counts].filter(([key]) => contrastRatio(colourOf(key), text) >= 1.5)
  const total = behind.reduce((sum, [, count]) => sum + count, 0)
  return behind
    .filter(([, count]) => count >= minShare * total)
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => colourOf(key))
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
