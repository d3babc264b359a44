import { describe, expect, it } from 'vitest'
import { backgroundsUnder, contrastRatio, parseRgb, relativeLuminance, worstContrast } from '../support/contrast'

/** A patch of RGBA pixels: `count` pixels of each colour. */
function patch(...runs: [[number, number, number], number][]): number[] {
  return runs.flatMap(([[r, g, b], count]) => Array.from({ length: count }, () => [r, g, b, 255]).flat())
}

describe('contrast', () => {
  it('parses computed colours and rejects anything else by name', () => {
    expect(parseRgb('rgb(17, 24, 39)')).toEqual([17, 24, 39])
    expect(parseRgb('rgba(255, 255, 255, 0.5)')).toEqual([255, 255, 255])
    expect(() => parseRgb('url(#hatch)')).toThrow('Not an rgb() colour: "url(#hatch)"')
  })

  it('matches WCAG: black on white is 21:1, #767676 on white just passes 4.5:1', () => {
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1)
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21)
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21)
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeGreaterThan(4.5)
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeLessThan(4.5)
  })

  it('finds what is behind the glyphs, leaving out the glyphs and their anti-aliased edges', () => {
    const text: [number, number, number] = [17, 24, 39]
    const pixels = patch([text, 40], [
      [30, 36, 50],
      10,
    ], [
      [238, 247, 249],
      100,
    ], [
      [200, 200, 200],
      2,
    ])
    expect(backgroundsUnder(pixels, text)).toEqual([
      [238, 247, 249],
    ])
    expect(worstContrast(pixels, text)!.background).toEqual([238, 247, 249])
  })

  it('reports the worst of several backgrounds, such as hatching under a label', () => {
    const text: [number, number, number] = [0, 0, 0]
    const pixels = patch([
      [255, 255, 255],
      60,
    ], [
      [90, 90, 90],
      40,
    ])
    expect(worstContrast(pixels, text)).toEqual({
      ratio: contrastRatio(text, [90, 90, 90]),
      background: [90, 90, 90],
    })
  })

  it('has nothing to report for a patch that is all text', () => {
    expect(worstContrast(patch([
      [10, 10, 10],
      20,
    ]), [10, 10, 10])).toBeUndefined()
  })
})
