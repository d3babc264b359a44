import type { Deck } from './deck'
/**
 * The content check `npm run build` runs first (scripts/check-data.ts): every dataset against its schema, then the
 * slides against the data. One list, in the one format, so one run shows everything to fix.
 */
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { registry } from '../../logic/validation/registry'
import { slideErrors } from '../../logic/validation/slides'
import { dataErrors } from '../../logic/validation/validate'
import { loadDeck } from './deck'

/** The list as the build and the export print it when the content has problems. */
export function contentReport(errors: readonly string[]): string {
  return `The deck's content has ${errors.length} problem(s); fix these and build again:\n${errors.map(error => `  - ${error}`).join('\n')}`
}

/** Every problem with the datasets and with `deck`'s slides. */
export function deckContentErrors(deck: Deck): string[] {
  return [
    ...dataErrors(registry),
    ...slideErrors(deck.slides),
  ]
}

/** Every problem with the datasets and with the slides of the deck at `entry`, a slide file that cannot be read included. */
export async function contentErrors(entry = resolve('slides.md')): Promise<string[]> {
  let deck: Deck
  try {
    deck = await loadDeck(entry)
  }
  catch (error) {
    return [
      ...dataErrors(registry),
      `${relative(process.cwd(), entry)}: ${error instanceof Error
        ? error.message
        : String(error)}`,
    ]
  }
  return deckContentErrors(deck)
}
