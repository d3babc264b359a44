/**
 * Geometry of the timeline chart (in SVG units): era bands, one row per track, a marker and a
 * numbered label per event, and a compressed axis. Pure, so the component only draws it.
 */
import type { TimelineEra, TimelineEvent, TimelineTrack, TrackId } from '../data/timeline'
import type { PlacedTimelineLabel, Tick } from './timeline-layout'
import { spanOf } from './timeline'
import { axisTicks, compressedScale, layoutLabels } from './timeline-layout'

export const CHART = {
  width: 860,
  plotLeft: 168,
  plotRight: 846,
  eraHeight: 16,
  markerRow: 14,
  labelLane: 11,
  rowGap: 2,
  axisHeight: 18,
  /** Width of one digit of a 12px label, generously rounded up. */
  digitWidth: 7,
} as const

export interface ChartMarker {
  id: string
  number: number
  x: number
  /** End of the bar for an event that lasts; equal to x otherwise. */
  x2: number
  y: number
  label: PlacedTimelineLabel & { y: number }
}

export interface ChartRow { track: TimelineTrack, top: number, height: number, markerY: number }
export interface ChartEra { id: string, label: string, x: number, width: number }

export interface ChartLayout {
  height: number
  rows: ChartRow[]
  markers: ChartMarker[]
  eras: ChartEra[]
  ticks: Tick[]
  breaks: { x: number }[]
  axisY: number
}

/** Lays out `events` (in date order; numbered 1…n in that order) on rows for the tracks they use. */
export function chartLayout(events: readonly TimelineEvent[], eras: readonly TimelineEra[], tracks: readonly TimelineTrack[]): ChartLayout {
  const plotWidth = CHART.plotRight - CHART.plotLeft
  const spans = events.map(spanOf)
  const times = spans.flatMap(span => [span.from, span.to])
  // A point event's end (the day after) would waste a knot; a lasting event's end is a real date.
  const knotTimes = events.flatMap((event, i) => event.end
    ? [spans[i].from, spans[i].to]
    : [spans[i].from])
  const scale = compressedScale(knotTimes, { width: plotWidth, evenShare: 0.7 })
  const x = (year: number): number => CHART.plotLeft + scale.at(year)
  const first = Math.min(...times)
  const last = Math.max(...knotTimes)

  const used = tracks.filter(track => events.some(event => event.track === track.id))
  const placed = new Map<TrackId, PlacedTimelineLabel[]>()
  for (const track of used) {
    const labels = events.flatMap((event, i) => event.track === track.id
      ? [
          {
            id: event.id,
            x: x(spans[i].from),
            width: String(i + 1).length * CHART.digitWidth + 4,
          },
        ]
      : [])
    placed.set(track.id, layoutLabels(labels, CHART.width, 2))
  }

  const rows: ChartRow[] = []
  let top = CHART.eraHeight + CHART.rowGap
  for (const track of used) {
    const lanes = Math.max(1, ...placed.get(track.id)!.map(label => label.lane + 1))
    const height = lanes * CHART.labelLane + CHART.markerRow
    rows.push({
      track,
      top,
      height,
      markerY: top + height - CHART.markerRow / 2,
    })
    top += height + CHART.rowGap
  }

  const markers = events.map((event, i): ChartMarker => {
    const row = rows.find(r => r.track.id === event.track)!
    const label = placed.get(event.track)!.find(l => l.id === event.id)!
    return {
      id: event.id,
      number: i + 1,
      x: x(spans[i].from),
      x2: event.end
        ? x(spans[i].to)
        : x(spans[i].from),
      y: row.markerY,
      label: { ...label, y: row.markerY - CHART.markerRow / 2 - label.lane * CHART.labelLane - 2 },
    }
  })

  const chartEras = eras.flatMap((era) => {
    const span = spanOf(era)
    const from = Math.max(span.from, first)
    const to = Math.min(span.to, last)
    return to > from
      ? [
          {
            id: era.id,
            label: era.label,
            x: x(from),
            width: x(to) - x(from),
          },
        ]
      : []
  })

  return {
    height: top + CHART.axisHeight,
    rows,
    markers,
    eras: chartEras,
    ticks: axisTicks(scale, 40).map(tick => ({ ...tick, x: tick.x + CHART.plotLeft })),
    breaks: scale.breaks.map(b => ({ x: b.x + CHART.plotLeft })),
    axisY: top,
  }
}
