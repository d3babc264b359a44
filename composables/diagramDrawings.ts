/**
 * The diagrams' drawings as this page has them: each fetched once (a module of its own, made at build time), then at
 * hand at once. A click to a step already fetched, or a switch to the light scheme for printing, which cannot wait for
 * a download, then shows its drawing in the same turn.
 */
import drawings from 'virtual:diagram-drawings'

const fetched = new Map<string, string>()

/** The drawing's SVG, if this page has already fetched it. */
export function drawingAtHand(key: string): string | undefined {
  return fetched.get(key)
}

/** The drawing's SVG, fetched the first time it is asked for. */
export async function fetchDrawing(key: string): Promise<string> {
  const atHand = fetched.get(key)
  if (atHand !== undefined)
    return atHand
  const load = drawings[key]
  if (!load)
    throw new Error(`logic/diagram-drawings.ts lists no drawing ${key}`)
  const svg = (await load()).default
  fetched.set(key, svg)
  return svg
}
