import { resolve } from 'node:path'
/**
 * `tsx scripts/check-data.ts [ENTRY]`, run by `npm run build` before Slidev: the data and the slides of the deck whose
 * entry is ENTRY (slides.md by default). A problem stops the build with one list naming each dataset, record and
 * field, or each file and slide.
 */
import process from 'node:process'
import { contentErrors, contentReport } from './lib/content-check'

const errors = await contentErrors(resolve(process.argv[2] ?? 'slides.md'))
if (errors.length) {
  console.error(contentReport(errors))
  process.exit(1)
}
console.log('check-data: every dataset and slide is valid.')
