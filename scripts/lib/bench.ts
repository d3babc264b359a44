/**
 * Pure pieces of the benchmark (`npm run bench`): the plain deck it compares against, the statistics, and the
 * Markdown table it prints. No I/O here; scripts/bench.ts does the building, exporting and loading.
 */
import { gzipSync } from 'node:zlib'

/** The middle value (mean of the two middle values for an even count); undefined for no values. */
export function median(values: readonly number[]): number | undefined {
  const finite = values.filter(Number.isFinite)
  if (!finite.length)
    return undefined
  const sorted = [...finite].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

/** ours / plain, or undefined when either is missing or plain is zero. */
export function ratio(ours: number | undefined, plain: number | undefined): number | undefined {
  if (ours === undefined || plain === undefined || !Number.isFinite(ours) || !Number.isFinite(plain) || plain === 0)
    return undefined
  return ours / plain
}

/** Bytes of `bytes` gzipped at level 9, as a static host that compresses would send them. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length
}

export interface PlainDeckOptions {
  slideCount: number
  title?: string
}

/**
 * A plain-text Slidev deck with `slideCount` slides and the same headmatter essentials as ours (default theme,
 * no font provider, a local favicon, a 980px 16/9 canvas): on each slide a title, a few lines of text and a note.
 */
export function plainDeckMarkdown({ slideCount, title = 'Plain benchmark deck' }: PlainDeckOptions): string {
  if (!Number.isInteger(slideCount) || slideCount < 1)
    throw new Error(`A plain deck needs at least one slide; got ${slideCount}`)
  const headmatter = [
    '---',
    'theme: default',
    `title: ${title}`,
    'favicon: /favicon.svg',
    'fonts:',
    '  provider: none',
    'aspectRatio: 16/9',
    'canvasWidth: 980',
    '---',
  ].join('\n')
  const slides = Array.from({ length: slideCount }, (_, index) => {
    const no = index + 1
    return [
      `# Slide ${no}`,
      '',
      `This is slide ${no} of ${slideCount}, a slide of plain text.`,
      '',
      'It has a title, a few lines of prose and a short speaker note,',
      'and nothing else: no components, diagrams, maps or custom styles.',
      '',
      `<!--\nSpeaker note for slide ${no}: say what the slide says.\n-->`,
    ].join('\n')
  })
  return `${headmatter}\n\n${slides.join('\n\n---\n\n')}\n`
}

export interface BenchRow {
  metric: string
  /** Unit shown after each value, e.g. 's', 'KB'. */
  unit: string
  ours: number | undefined
  plain: number | undefined
  /** Decimals shown for ours and plain. */
  digits: number
  /** The highest acceptable ours/plain ratio, when the issue sets one. */
  target?: number
}

export function formatValue(value: number | undefined, unit: string, digits: number): string {
  if (value === undefined || !Number.isFinite(value))
    return '—'
  return `${value.toFixed(digits)}${unit
    ? ` ${unit}`
    : ''}`
}

export function formatRatio(value: number | undefined): string {
  return value === undefined
    ? '—'
    : `${value.toFixed(2)}×`
}

/** Whether the row meets its target; undefined when it has none or a value is missing. */
export function meetsTarget(row: BenchRow): boolean | undefined {
  const value = ratio(row.ours, row.plain)
  if (row.target === undefined || value === undefined)
    return undefined
  return value <= row.target
}

export function formatTarget(row: BenchRow): string {
  if (row.target === undefined)
    return '—'
  const met = meetsTarget(row)
  const mark = met === undefined
    ? '?'
    : met
      ? '✓'
      : '✗'
  return `≤ ${row.target}× ${mark}`
}

/** The benchmark's Markdown table: metric | ours | plain | ratio (ours/plain) | target. */
export function renderTable(rows: readonly BenchRow[]): string {
  const header = [
    'metric',
    'ours',
    'plain',
    'ratio (ours/plain)',
    'target',
  ]
  const lines = rows.map(row => [
    row.metric,
    formatValue(row.ours, row.unit, row.digits),
    formatValue(row.plain, row.unit, row.digits),
    formatRatio(ratio(row.ours, row.plain)),
    formatTarget(row),
  ])
  const cell = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    cell(header),
    cell(header.map(() => '---')),
    ...lines.map(cell),
  ].join('\n')
}

/**
 * The file in the built site that a URL of the served site names, or undefined for another origin or the root.
 * `/assets/x.js?v=1` → `assets/x.js`.
 */
export function distPathForUrl(url: string, siteUrl: string): string | undefined {
  const site = new URL(siteUrl)
  const target = new URL(url, site)
  if (target.origin !== site.origin || !target.pathname.startsWith(site.pathname))
    return undefined
  const path = decodeURIComponent(target.pathname.slice(site.pathname.length))
  return path || undefined
}

/** Pages and seconds from the exporter's log line `export: slides done in 12.3 s, 40 pages → …`. */
export function parseExportLog(log: string, step: string): { seconds: number, pages: number } | undefined {
  const escaped = step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`export: ${escaped} done in ([\\d.]+) s, (\\d+) (?:A4 )?pages`).exec(log)
  return match
    ? {
        seconds: Number(match[1]),
        pages: Number(match[2]),
      }
    : undefined
}

/** Max resident set size in KB from the report of GNU `/usr/bin/time -v`. */
export function parseMaxRss(timeReport: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport)
  return match
    ? Number(match[1])
    : undefined
}

/** User + system CPU seconds from the report of GNU `/usr/bin/time -v`. */
export function parseCpuSeconds(timeReport: string): number | undefined {
  const user = /User time \(seconds\): ([\d.]+)/.exec(timeReport)
  const system = /System time \(seconds\): ([\d.]+)/.exec(timeReport)
  return user && system
    ? Number(user[1]) + Number(system[1])
    : undefined
}

/** A built file's name without its folder prefix and content hash: `assets/modules/vue-CPBYoncb.js` → `modules/vue`. */
export function chunkName(path: string): string {
  return path.replace(/^assets\//, '').replace(/-[\w-]{8}\.m?js$/, '')
}
