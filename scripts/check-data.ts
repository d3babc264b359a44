/**
 * Run before every build: the content's datasets and the deck's slide files. A problem stops the build with a list
 * naming each dataset or file and each offending id, so one run shows everything to fix.
 */
import process from 'node:process'
import { runDataChecks } from './lib/data-checks'
import { loadDeck } from './lib/deck'
import { deckErrors } from './lib/deck-checks'

const reports = runDataChecks()
try {
  const deck = await loadDeck()
  const errors = deckErrors(deck.slides)
  if (errors.length)
    reports.push({ name: 'slides (slides.md and pages/)', errors })
}
catch (error) {
  reports.push({
    name: 'slides (slides.md and pages/)',
    errors: [
      error instanceof Error
        ? error.message
        : String(error),
    ],
  })
}

if (reports.length) {
  console.error('The deck\'s content has problems; fix these and build again:')
  for (const report of reports)
    console.error(`\n${report.name}\n${report.errors.map(error => `  - ${error}`).join('\n')}`)
  process.exit(1)
}
console.log('check-data: every dataset and slide file is valid.')
