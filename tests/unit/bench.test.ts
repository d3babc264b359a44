import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  chunkName,
  distPathForUrl,
  formatRatio,
  formatValue,
  gzipSize,
  median,
  meetsTarget,
  parseCpuSeconds,
  parseExportLog,
  parseMaxRss,
  plainDeckMarkdown,
  ratio,
  renderTable,
} from '../../scripts/lib/bench'

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5)
  })
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
  it('is undefined for no values and ignores non-finite ones', () => {
    expect(median([])).toBeUndefined()
    expect(median([Number.NaN, 7])).toBe(7)
  })
})

describe('ratio', () => {
  it('divides ours by plain', () => {
    expect(ratio(3, 2)).toBe(1.5)
  })
  it('is undefined when a value is missing or plain is zero', () => {
    expect(ratio(undefined, 2)).toBeUndefined()
    expect(ratio(2, undefined)).toBeUndefined()
    expect(ratio(2, 0)).toBeUndefined()
  })
})

describe('formatting', () => {
  it('shows values with their unit and a dash when missing', () => {
    expect(formatValue(1.234, 's', 2)).toBe('1.23 s')
    expect(formatValue(12, '', 0)).toBe('12')
    expect(formatValue(undefined, 's', 2)).toBe('—')
  })
  it('shows ratios with two decimals and a times sign', () => {
    expect(formatRatio(1.2345)).toBe('1.23×')
    expect(formatRatio(undefined)).toBe('—')
  })
})

describe('targets', () => {
  const row = {
    metric: 'x',
    unit: 's',
    digits: 1,
    target: 1.3,
  }
  it('is met at or below the target ratio and missed above it', () => {
    expect(meetsTarget({ ...row, ours: 13, plain: 10 })).toBe(true)
    expect(meetsTarget({ ...row, ours: 14, plain: 10 })).toBe(false)
  })
  it('is undecided without a target or a value', () => {
    expect(meetsTarget({
      ...row,
      target: undefined,
      ours: 14,
      plain: 10,
    })).toBeUndefined()
    expect(meetsTarget({ ...row, ours: 14, plain: undefined })).toBeUndefined()
  })
})

describe('renderTable', () => {
  it('prints a Markdown table with ratio and a tick or cross per targeted row', () => {
    const table = renderTable([
      {
        metric: 'first slide',
        unit: 'ms',
        ours: 120,
        plain: 100,
        digits: 0,
        target: 1.25,
      },
      {
        metric: 'JS',
        unit: 'KB',
        ours: 200,
        plain: 100,
        digits: 1,
        target: 1.3,
      },
      {
        metric: 'handout',
        unit: 's',
        ours: 0.5,
        plain: undefined,
        digits: 2,
      },
    ])
    expect(table.split('\n')).toEqual([
      '| metric | ours | plain | ratio (ours/plain) | target |',
      '| --- | --- | --- | --- | --- |',
      '| first slide | 120 ms | 100 ms | 1.20× | ≤ 1.25× ✓ |',
      '| JS | 200.0 KB | 100.0 KB | 2.00× | ≤ 1.3× ✗ |',
      '| handout | 0.50 s | — | — | — |',
    ])
  })
})

describe('plainDeckMarkdown', () => {
  const deck = plainDeckMarkdown({ slideCount: 4 })
  it('has the requested number of slides, each with a title and a note', () => {
    const body = deck.replace(/^---\n[\s\S]*?\n---\n/, '')
    const slides = body.split('\n---\n')
    expect(slides).toHaveLength(4)
    for (const [index, slide] of slides.entries()) {
      expect(slide).toContain(`# Slide ${index + 1}`)
      expect(slide).toMatch(/<!--[\s\S]+-->/)
    }
  })
  it('keeps the headmatter essentials of the real deck', () => {
    for (const line of [
      'theme: default',
      'favicon: /favicon.svg',
      '  provider: none',
      'aspectRatio: 16/9',
      'canvasWidth: 980',
    ])
      expect(deck).toContain(`\n${line}\n`)
  })
  it('uses no components or HTML beyond the notes', () => {
    expect(deck.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/<[a-z]/i)
  })
  it('refuses a deck without slides', () => {
    expect(() => plainDeckMarkdown({ slideCount: 0 })).toThrow(/at least one slide/)
  })
})

describe('gzipSize', () => {
  it('is the length of the input gzipped at level 9', () => {
    const text = new TextEncoder().encode('const a = 1\n'.repeat(500))
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length)
    expect(gzipSize(text)).toBeLessThan(text.length / 10)
  })
})

describe('distPathForUrl', () => {
  const site = 'http://127.0.0.1:4000/'
  it('maps a URL of the site to its file in the built folder', () => {
    expect(distPathForUrl('http://127.0.0.1:4000/assets/index-abc.js?v=1', site)).toBe('assets/index-abc.js')
  })
  it('ignores other origins and the site root', () => {
    expect(distPathForUrl('http://127.0.0.1:5000/assets/x.js', site)).toBeUndefined()
    expect(distPathForUrl(site, site)).toBeUndefined()
  })
})

describe('log parsing', () => {
  it('reads seconds and pages from the exporter\'s done line', () => {
    const log = 'export: slides…\nexport: slides done in 12.5 s, 40 pages → deck-slides.pdf\n'
    expect(parseExportLog(log, 'slides')).toEqual({ seconds: 12.5, pages: 40 })
    expect(parseExportLog('export: handout done in 30.0 s, 61 A4 pages → h.pdf', 'handout')).toEqual({ seconds: 30, pages: 61 })
    expect(parseExportLog(log, 'handout')).toBeUndefined()
  })
  it('reads the maximum resident set size from GNU time', () => {
    expect(parseMaxRss('\tMaximum resident set size (kbytes): 812345\n')).toBe(812345)
    expect(parseMaxRss('nothing')).toBeUndefined()
  })
  it('adds user and system CPU seconds from GNU time', () => {
    expect(parseCpuSeconds('\tUser time (seconds): 13.48\n\tSystem time (seconds): 3.52\n')).toBeCloseTo(17)
    expect(parseCpuSeconds('User time (seconds): 1')).toBeUndefined()
  })
})

describe('chunkName', () => {
  it('drops the assets folder and the content hash, so builds can be compared', () => {
    expect(chunkName('assets/modules/vue-CPBYoncb.js')).toBe('modules/vue')
    expect(chunkName('assets/chunk-AHS5MEEA-D410-iNc.js')).toBe('chunk-AHS5MEEA')
    expect(chunkName('assets/index-j4F2BdUd.js')).toBe('index')
  })
})
