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

export async function contentErrors(entry = resolve('slides.md')): Promise<string[]> {
  const errors = dataErrors(registry)
  try {
    errors.push(...slideErrors((await loadDeck(entry)).slides))
  }
  catch (error) {
    errors.push(`${relative(process.cwd(), entry)}: ${error instanceof Error
      ? error.message
      : String(error)}`)
  }
  return errors
}
