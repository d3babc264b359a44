/** The palette (data/palette.ts) as CSS custom properties, which styles/index.ts writes on the page. */
import type { Palette } from '../data/palette'
import { palette } from '../data/palette'

const kebab = (name: string) => name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)

function properties(colours: Palette): string {
  const { tracks, ties, map: { focusShare, ...map }, ...plain } = colours
  return [
    ...Object.entries(plain).map(([name, value]) => `--deck-${kebab(name)}: ${value};`),
    ...Object.entries(map).map(([name, value]) => `--map-${kebab(name)}: ${value};`),
    `--map-focus: color-mix(in srgb, var(--deck-accent) ${focusShare}%, var(--map-region));`,
    ...Object.entries(tracks).map(([id, value]) => `--deck-track-${id}: ${value};`),
    ...Object.entries(ties).map(([id, value]) => `--deck-tie-${id}: ${value};`),
  ].join(' ')
}

/**
 * The palette as CSS custom properties on :root (light) and html.dark (but light on the kit's paper documents), and
 * each timeline track's --track-color.
 */
export function paletteCss(): string {
  return [
    `:root { ${properties(palette.light)} }`,
    `html.dark { ${properties(palette.dark)} }`,
    // The kit's documents are paper, white on screen and in print whatever the scheme. (They hold no slide pictures,
    // whose background Slidev paints by its own scheme; the reading view and the handout, which do, follow it.)
    `html.dark:has(.kit-doc) { ${properties(palette.light)} }`,
    ...Object.keys(palette.light.tracks).map(id => `.timeline-track-${id} { --track-color: var(--deck-track-${id}); }`),
  ].join('\n')
}
