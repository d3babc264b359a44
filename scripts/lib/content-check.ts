/**
 * The content check `npm run build` runs first (scripts/check-data.ts): every dataset against its schema, then the
 * slides against the data. One list, in the one format, so one run shows everything to fix.
 */
import type { Deck } from './deck'
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

/** The deck at `entry` and every problem with it and the datasets, a slide file that cannot be read included (no deck then). */
export async function checkedDeck(entry = resolve('slides.md')): Promise<{ deck?: Deck, errors: string[] }> {
  try {
    const deck = await loadDeck(entry)
    return {
      deck,
      errors: [
        ...dataErrors(registry),
        ...slideErrors(deck.slides),
      ],
    }
  }
  catch (error) {
    return {
      errors: [
        ...dataErrors(registry),
        `${relative(process.cwd(), entry)}: ${error instanceof Error
          ? error.message
          : String(error)}`,
      ],
    }
  }
}

/** Every problem with the datasets and with the slides of the deck at `entry`. */
export async function contentErrors(entry = resolve('slides.md')): Promise<string[]> {
  return (await checkedDeck(entry)).errors
}
