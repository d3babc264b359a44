/**
 * Pure layout for the timeline: a compressed time axis, its ticks, and label placement that never overlaps.
 */

import { scaleLinear } from 'd3-scale'
import { MONTH_NAMES } from './timeline'

export interface CompressedScale {
  /** x position (0…width) of a fractional year; monotonic, clamped to the domain. */
  at: (year: number) => number
  /** The times that anchor the scale, each with its x. */
  knots: readonly { year: number, x: number }[]
  /** Gaps longer than `maxGapYears`, drawn shortened; `x` is the middle of the shortened stretch. */
  breaks: readonly { from: number, to: number, x: number }[]
}

export interface ScaleOptions {
  width: number
  /** A stretch with no events longer than this is drawn as if it were this long. */
  maxGapYears?: number
  /** Share of the width spread evenly between knots, so events close in time still stand apart (0…1). */
  evenShare?: number
}

/**
 * A piecewise-linear scale through the given times (event starts and ends). Part of the width follows
 * time, with empty decades capped; the rest is shared evenly, which guarantees every pair of adjacent
 * knots at least `width * evenShare / (knots - 1)` apart. So 1930 and 2022 fit on one slide and the
 * weeks of February 2022 stay legible.
 */
export function compressedScale(times: readonly number[], options: ScaleOptions): CompressedScale {
  const { width, maxGapYears = 4, evenShare = 0.6 } = options
  const years = [
    ...new Set(times.filter(Number.isFinite)),
  ].sort((a, b) => a - b)
  if (years.length < 2) {
    const x = width / 2
    return {
      at: () => x,
      knots: years.map(year => ({ year, x })),
      breaks: [],
    }
  }
  const gaps = years.slice(1).map((year, i) => year - years[i])
  const capped = gaps.map(gap => Math.min(gap, maxGapYears))
  const cappedTotal = capped.reduce((sum, gap) => sum + gap, 0)
  const knots = [
    { year: years[0], x: 0 },
  ]
  const breaks: { from: number, to: number, x: number }[] = []
  gaps.forEach((gap, i) => {
    const step = width * ((1 - evenShare) * capped[i] / cappedTotal + evenShare / gaps.length)
    const x = knots[i].x + step
    knots.push({ year: years[i + 1], x })
    if (gap > maxGapYears)
      breaks.push({ from: years[i], to: years[i + 1], x: knots[i].x + step / 2 })
  })
  knots[knots.length - 1].x = width // absorb rounding
  // A polylinear scale: linear between each pair of adjacent knots, clamped outside them.
  const at = scaleLinear(years, knots.map(knot => knot.x)).clamp(true)
  return {
    at: year => at(year),
    knots,
    breaks,
  }
}

export interface Tick {
  year: number
  x: number
  label: string
}

/**
 * Axis ticks at the year (or, for spans under three years, the month) in which each knot falls,
 * keeping only ticks at least `minGap` apart, left to right. Month ticks are approximate (month = year/12).
 */
export function axisTicks(scale: CompressedScale, minGap = 40): Tick[] {
  const years = scale.knots.map(knot => knot.year)
  if (!years.length)
    return []
  // For spans under three years, label months; the first tick may sit at the plot's left edge
  // (the month or year in which the first event falls).
  const byMonth = years[years.length - 1] - years[0] < 3
  const candidates = new Map<number, string>()
  for (const year of years) {
    const whole = Math.floor(year)
    const month = Math.floor((year - whole) * 12 + 1e-9)
    if (byMonth)
      candidates.set(whole + month / 12, `${MONTH_NAMES[month]} ${whole}`)
    else
      candidates.set(whole, String(whole))
  }
  const ticks: Tick[] = []
  for (const [year, label] of [...candidates].sort((a, b) => a[0] - b[0])) {
    const x = scale.at(year)
    if (!ticks.length || x - ticks[ticks.length - 1].x >= minGap)
      ticks.push({ year, x, label })
  }
  return ticks
}

export interface LabelInput {
  id: string
  /** Where the label wants its centre. */
  x: number
  width: number
}

export interface PlacedTimelineLabel {
  id: string
  left: number
  width: number
  /** 0 is the row nearest the marker; each further lane sits one label-height away. */
  lane: number
}

/**
 * Places labels centred on their x (kept inside 0…bounds), each in the first lane where it clears
 * every label already there by `gap`. Labels in one lane never overlap, however crowded the input.
 */
export function layoutLabels(labels: readonly LabelInput[], bounds: number, gap = 2): PlacedTimelineLabel[] {
  const laneEnds: number[] = []
  return [...labels].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id)).map((label) => {
    const left = Math.min(Math.max(label.x - label.width / 2, 0), Math.max(bounds - label.width, 0))
    let lane = laneEnds.findIndex(end => end + gap <= left)
    if (lane === -1) {
      lane = laneEnds.length
      laneEnds.push(0)
    }
    laneEnds[lane] = left + label.width
    return {
      id: label.id,
      left,
      width: label.width,
      lane,
    }
  })
}
