import type { PlacedTimelineLabel } from '../../logic/timeline-layout'
import { describe, expect, it } from 'vitest'
import { eras, timelineEvents, tracks } from '../../data/timeline'
import { selectEvents, spanOf } from '../../logic/timeline'
import { CHART, chartLayout } from '../../logic/timeline-chart'
import { axisTicks, compressedScale, layoutLabels } from '../../logic/timeline-layout'

/** Whether any two labels in the same lane overlap (or come closer than `gap`). */
function labelsOverlap(placed: readonly PlacedTimelineLabel[], gap = 0): boolean {
  return placed.some((a, i) => placed.some((b, j) => j > i && a.lane === b.lane
    && a.left < b.left + b.width + gap && b.left < a.left + a.width + gap))
}

const realTimes = timelineEvents.flatMap(e => [spanOf(e).from, spanOf(e).to])

describe('compressedScale', () => {
  it('is monotonic: a later date is never to the left of an earlier one', () => {
    const scale = compressedScale(realTimes, { width: 700 })
    let previous = -Infinity
    for (let year = 1925; year <= 2025; year += 0.01) {
      const x = scale.at(year)
      expect(x).toBeGreaterThanOrEqual(previous)
      previous = x
    }
    const knots = scale.knots.map(k => k.x)
    for (let i = 1; i < knots.length; i++)
      expect(knots[i]).toBeGreaterThan(knots[i - 1])
  })

  it('fits 1930 and 2022 on one axis and squeezes the empty decades', () => {
    const scale = compressedScale(realTimes, { width: 700 })
    expect(scale.at(1930)).toBe(0)
    expect(scale.at(2030)).toBe(700)
    expect(scale.breaks.some(b => b.from < 1940 && b.to > 1989)).toBe(true)
    // 1934–1990 is 61% of the years but gets far less of the width.
    expect(scale.at(1990) - scale.at(1934)).toBeLessThan(0.15 * 700)
  })

  it('keeps adjacent knots apart by at least the even share', () => {
    const scale = compressedScale(realTimes, { width: 700, evenShare: 0.6 })
    const min = 700 * 0.6 / (scale.knots.length - 1)
    for (let i = 1; i < scale.knots.length; i++)
      expect(scale.knots[i].x - scale.knots[i - 1].x).toBeGreaterThanOrEqual(min - 1e-9)
  })

  it('places a single date in the middle', () => {
    expect(compressedScale([2000], { width: 100 }).at(2000)).toBe(50)
  })
})

describe('axisTicks', () => {
  it('keeps ticks in order and at least the minimum gap apart', () => {
    const ticks = axisTicks(compressedScale(realTimes, { width: 700 }), 40)
    expect(ticks[0].label).toBe('1930')
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i].x - ticks[i - 1].x).toBeGreaterThanOrEqual(40)
  })

  it('labels months when the span is short', () => {
    const since = selectEvents(timelineEvents, { from: '2022-09' }).map(e => spanOf(e).from)
    expect(axisTicks(compressedScale(since, { width: 700 }))[0].label).toBe('Sep 2022')
  })
})

describe('layoutLabels', () => {
  it('never overlaps labels for the real data', () => {
    const scale = compressedScale(realTimes, { width: 700 })
    const labels = timelineEvents.map(e => ({
      id: e.id,
      x: scale.at(spanOf(e).from),
      width: 120,
    }))
    const placed = layoutLabels(labels, 700)
    expect(placed).toHaveLength(labels.length)
    expect(labelsOverlap(placed)).toBe(false)
  })

  it('never overlaps labels for crowded synthetic data, and keeps them inside the bounds', () => {
    const crowded = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, x: (i * 37) % 11 + (i % 3
      ? 0
      : 300), width: 10 + (i % 7) * 9 }))
    const placed = layoutLabels(crowded, 320, 2)
    expect(labelsOverlap(placed, 1)).toBe(false)
    for (const label of placed) {
      expect(label.left).toBeGreaterThanOrEqual(0)
      expect(label.left + label.width).toBeLessThanOrEqual(320)
    }
  })

  it('keeps a label in the first lane when nothing is in the way', () => {
    expect(layoutLabels([
      { id: 'a', x: 50, width: 20 },
      { id: 'b', x: 200, width: 20 },
    ], 300).map(l => l.lane)).toEqual([0, 0])
  })
})

describe('chartLayout', () => {
  for (const [name, selection] of [
    [
      'the full timeline',
      { to: '2022-08' },
    ],
    [
      'the U.S. track',
      {
        tracks: ['kz-west' as const],
        to: '2022-08',
      },
    ],
    [
      'the events since the article',
      { from: '2022-09' },
    ],
  ] as const) {
    it(`draws ${name} without overlapping numbers, inside the chart`, () => {
      const events = selectEvents(timelineEvents, selection)
      const layout = chartLayout(events, eras, tracks)
      expect(layout.markers.map(m => m.id)).toEqual(events.map(e => e.id))
      for (const row of layout.rows) {
        const labels = layout.markers.filter(m => events.find(e => e.id === m.id)!.track === row.track.id).map(m => m.label)
        expect(labelsOverlap(labels)).toBe(false)
      }
      for (const marker of layout.markers) {
        expect(marker.x).toBeGreaterThanOrEqual(CHART.plotLeft)
        expect(marker.x2).toBeLessThanOrEqual(CHART.plotRight)
        expect(marker.label.left + marker.label.width).toBeLessThanOrEqual(CHART.width)
        expect(marker.label.y).toBeGreaterThan(0)
      }
      const xs = layout.markers.map(m => m.x)
      expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    })
  }
})
