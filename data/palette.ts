/**
 * The deck's one palette, in light and dark. CSS reads it as custom properties (logic/palette-css.ts, written on the
 * page as the app starts by styles/index.ts), Mermaid through logic/mermaid-theme.ts and logic/mermaid.ts, and the SVG figures
 * through those properties (--deck-*, --map-*, and --track-color on a .timeline-track-* element).
 * tests/unit/contrast.test.ts checks every colour that carries text or marks against its ground in both schemes.
 */
import type { TieKind } from './relations'
import type { TrackId } from './timeline'

export type ColorScheme = 'light' | 'dark'

export interface Palette {
  /** The slide's background, and patches drawn on it to cut a line (the timeline's axis breaks). */
  ground: string
  /** Body text on the ground. */
  text: string
  /** Secondary text and lines: subtitles, axes, dimmed diagram labels. */
  muted: string
  /** Headings' labels, focus rings, highlighted marks. */
  accent: string
  /** A box raised above the slide (a glossary definition), and its text. */
  surface: string
  surfaceText: string
  /** A diagram node's fill, tinted towards the accent, and a quieter fill for secondary nodes. */
  tint: string
  subtle: string
  /** Borders that only separate (a knowledge check's options), and a checked answer's verdict. */
  rule: string
  correct: string
  incorrect: string
  /** Timeline tracks: markers, bars and badges (shape and label carry the same information). */
  tracks: Record<TrackId, string>
  /** Relations diagrams: the stroke of each kind of tie. */
  ties: Record<TieKind, string>
  /**
   * The region map (--map-* on the page). Labels sit on a ground of `halo`, so their contrast does not depend on the
   * fill below; a focused region is the region's fill mixed with `focusShare` per cent of the accent.
   */
  map: MapColours
}

export interface MapColours {
  water: string
  waterText: string
  land: string
  landEdge: string
  region: string
  border: string
  text: string
  mutedText: string
  halo: string
  edge: string
  focusShare: number
}

export const palette: Record<ColorScheme, Palette> = {
  light: {
    ground: '#ffffff',
    text: '#111827',
    muted: '#4b5563',
    accent: '#006b7d',
    surface: '#ffffff',
    surfaceText: '#111827',
    tint: '#eef7f9',
    subtle: '#f3f4f6',
    rule: '#9ca3af',
    correct: '#166534',
    incorrect: '#9f1239',
    tracks: {
      'kz-russia': '#b91c1c',
      'kz-china': '#b45309',
      'kz-west': '#1d4ed8',
      'domestic': '#047857',
    },
    ties: {
      security: '#b91c1c',
      economy: '#1d4ed8',
      politics: '#6d28d9',
      culture: '#a16207',
      energy: '#047857',
      development: '#be185d',
    },
    map: {
      water: '#d3e4f0',
      waterText: '#1d4e6b',
      land: '#e6e3dc',
      landEdge: '#c2bdb2',
      region: '#faf8f3',
      border: '#6b7280',
      text: '#111827',
      mutedText: '#374151',
      halo: '#ffffff',
      edge: '#c2bdb2',
      focusShare: 30,
    },
  },
  dark: {
    ground: '#121212',
    text: '#ffffff',
    muted: '#c4c9d1',
    accent: '#5fd4e6',
    surface: '#1f2937',
    surfaceText: '#f3f4f6',
    tint: '#1f2a30',
    subtle: '#26262b',
    rule: '#6b7280',
    correct: '#86efac',
    incorrect: '#fda4af',
    tracks: {
      'kz-russia': '#f87171',
      'kz-china': '#fbbf24',
      'kz-west': '#93c5fd',
      'domestic': '#6ee7b7',
    },
    ties: {
      security: '#f87171',
      economy: '#60a5fa',
      politics: '#a78bfa',
      culture: '#facc15',
      energy: '#34d399',
      development: '#f472b6',
    },
    map: {
      water: '#10293a',
      waterText: '#a9d8f0',
      land: '#2a2e35',
      landEdge: '#4a505a',
      region: '#3b414b',
      border: '#a3aab5',
      text: '#f9fafb',
      mutedText: '#e5e7eb',
      halo: '#111318',
      edge: '#4a505a',
      focusShare: 38,
    },
  },
}
