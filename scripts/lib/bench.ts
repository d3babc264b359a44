/**
 * Pure pieces of `npm run bench`: the plain deck it compares against, the median, and the table it prints.
 * No I/O here; scripts/bench.ts builds, exports and loads.
 */

export function median(values: readonly number[]): number | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? sorted[middle]
    : sorted.length
      ? (sorted[middle - 1] + sorted[middle]) / 2
      : undefined
}

/** A plain-text deck of `slideCount` slides with our headmatter essentials: a title, two lines and a note on each. */
export function plainDeckMarkdown(slideCount: number): string {
  const slides = Array.from({ length: slideCount }, (_, index) => `# Slide ${index + 1}\n\nA slide of plain text: a title,\na few words and a note.\n\n<!--\nSpeaker note ${index + 1}.\n-->`)
  return `---\ntheme: default\ntitle: Plain deck\nfavicon: /favicon.svg\nfonts:\n  provider: none\naspectRatio: 16/9\ncanvasWidth: 980\n---\n\n${slides.join('\n\n---\n\n')}\n`
}

/** Seconds and pages from the exporter's line `export: slides done in 12.3 s, 40 pages → …`. */
export function stepTime(log: string, step: string): { seconds: number, pages: number } | undefined {
  const match = new RegExp(`export: ${step} done in ([\\d.]+) s, (\\d+) `).exec(log)
  return match
    ? {
        seconds: Number(match[1]),
        pages: Number(match[2]),
      }
    : undefined
}

/** A target on ours/baseline (`ratio`), or on ours alone (`ours`, in the row's unit). */
export type Target = { ratio: number, label?: string } | { ours: number }

export interface BenchRow {
  measure: string
  unit: string
  digits: number
  ours?: number
  baseline?: number
  target?: Target
}

function shown(value: number | undefined, row: BenchRow) {
  return value === undefined
    ? '—'
    : `${value.toFixed(row.digits)} ${row.unit}`
}
function mark(value: number | undefined, limit: number) {
  return value === undefined
    ? '?'
    : value <= limit
      ? '✓'
      : '✗'
}

function targetCell(row: BenchRow, ratio: number | undefined): string {
  if (!row.target)
    return '—'
  if ('ours' in row.target)
    return `≤ ${shown(row.target.ours, row)} ${mark(row.ours, row.target.ours)}`
  const label = row.target.label
    ? ` (${row.target.label})`
    : ''
  return `≤ ${row.target.ratio}×${label} ${mark(ratio, row.target.ratio)}`
}

/** The Markdown table: measure | ours | baseline | ratio (ours/baseline) | target, with ✓/✗ where a target is set. */
export function renderTable(rows: readonly BenchRow[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    line('measure ours baseline ratio target'.split(' ')),
    line('--- --- --- --- ---'.split(' ')),
    ...rows.map((row) => {
      const ratio = row.ours !== undefined && row.baseline
        ? row.ours / row.baseline
        : undefined
      return line([
        row.measure,
        shown(row.ours, row),
        shown(row.baseline, row),
        ratio === undefined
          ? '—'
          : `${ratio.toFixed(2)}×`,
        targetCell(row, ratio),
      ])
    }),
  ].join('\n')
}
