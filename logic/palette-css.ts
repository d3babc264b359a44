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
 * The palette as CSS custom properties on :root (light) and html.dark (light again on the paper documents printed from
 * a dark screen), and each timeline track's --track-color.
 */
export function paletteCss(): string {
  return [
    `:root { ${properties(palette.light)} }`,
    `html.dark { ${properties(palette.dark)} }`,
    // Paper is white: the reading view, the handout and the kit documents print in light from a dark screen too.
    // (The slides keep their scheme: Slidev's own dark slide background does not follow this palette.)
    `@media print { html.dark:has(.study-page, .kit-doc) { ${properties(palette.light)} } }`,
    ...Object.keys(palette.light.tracks).map(id => `.timeline-track-${id} { --track-color: var(--deck-track-${id}); }`),
  ].join('\n')
}
