import type { ColorScheme } from '../../data/palette'
import { describe, expect, it } from 'vitest'
import { palette } from '../../data/palette'
import { backgroundsUnder, contrastRatio, parseHex, parseRgb, relativeLuminance, worstContrast } from '../support/contrast'

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

/** Pairs of the palette that fall short of WCAG AA: 4.5:1 for text, 3:1 for marks and borders. */
function shortfalls(scheme: ColorScheme): string[] {
  const colours = palette[scheme]
  const pairs: [string, string, string, string, number][] = [
    // On the ground: the slides' text, and all the text of the reading view, the handout and the kit documents (body,
    // secondary lines and page footers, links and headings, a checked answer's verdict).
    ...([
      'text',
      'muted',
      'accent',
      'correct',
      'incorrect',
    ] as const).map((name): [string, string, string, string, number] => [
      name,
      colours[name],
      'ground',
      colours.ground,
      4.5,
    ]),
    [
      'surfaceText',
      colours.surfaceText,
      'surface',
      colours.surface,
      4.5,
    ],
    [
      'accent border',
      colours.accent,
      'surface',
      colours.surface,
      3,
    ],
    [
      'text',
      colours.text,
      'tint',
      colours.tint,
      4.5,
    ],
    [
      'text',
      colours.text,
      'subtle',
      colours.subtle,
      4.5,
    ],
    [
      'muted',
      colours.muted,
      'tint',
      colours.tint,
      4.5,
    ],
    [
      'map text',
      colours.map.text,
      'map halo',
      colours.map.halo,
      4.5,
    ],
    [
      'map muted text',
      colours.map.mutedText,
      'map halo',
      colours.map.halo,
      4.5,
    ],
    [
      'map water text',
      colours.map.waterText,
      'map water',
      colours.map.water,
      4.5,
    ],
    [
      'map border',
      colours.map.border,
      'map region',
      colours.map.region,
      3,
    ],
    ...Object.entries(colours.tracks).map(([id, colour]): [string, string, string, string, number] => [
      `track ${id}`,
      colour,
      'ground',
      colours.ground,
      3,
    ]),
    ...Object.entries(colours.ties).map(([id, colour]): [string, string, string, string, number] => [
      `tie ${id}`,
      colour,
      'ground',
      colours.ground,
      3,
    ]),
  ]
  return pairs.flatMap(([name, colour, groundName, ground, minimum]) => {
    const ratio = contrastRatio(parseHex(colour), parseHex(ground))
    return ratio < minimum
      ? [`${name} ${colour} on ${groundName} ${ground}: ${ratio.toFixed(2)}:1, needs ${minimum}:1`]
      : []
  })
}

describe('the palette', () => {
  it('reads #rrggbb and rejects anything else by name', () => {
    expect(parseHex('#006b7d')).toEqual([0, 107, 125])
    expect(() => parseHex('teal')).toThrow('Not a #rrggbb colour: "teal"')
  })

  it.each(['light', 'dark'] as const)('meets WCAG AA in the %s scheme: text 4.5:1, marks 3:1, on the ground each is drawn on', (scheme) => {
    expect(shortfalls(scheme)).toEqual([])
  })

  it('finds a pairing that falls short', () => {
    const original = palette.light.muted
    palette.light.muted = '#9ca3af'
    try {
      expect(shortfalls('light')).toContain('muted #9ca3af on ground #ffffff: 2.54:1, needs 4.5:1')
    }
    finally {
      palette.light.muted = original
    }
  })
})
