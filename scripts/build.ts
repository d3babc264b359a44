/**
 * `npm run build`: checks the content, then builds the site with Slidev. Quiet by default: Slidev's listing of every
 * asset and plugin timing (some 350 lines) is shown only with --verbose, or when the build fails. A build for a
 * sub-path (--base /x/) goes into its own folder (dist-x/) unless --out says otherwise, so dist/ stays the site at
 * the root that preview and export use by default.
 */
import process from 'node:process'
import { subPathOut } from './lib/exports'
import { runTool, secondsSince } from './lib/run-command'

const argv = process.argv.slice(2)
const verbose = argv.includes('--verbose')
const args = argv.filter(arg => arg !== '--verbose')
const baseAt = args.findIndex(arg => arg === '--base' || arg.startsWith('--base='))
const base = baseAt < 0
  ? '/'
  : args[baseAt].includes('=')
    ? args[baseAt].split('=')[1]
    : args[baseAt + 1]
const hasOut = args.some(arg => arg === '--out' || arg === '-o' || arg.startsWith('--out='))
const out = hasOut
  ? undefined
  : subPathOut(base)
if (out)
  args.push('--out', out)

const started = performance.now()
try {
  // Slidev takes the deck's entry as its one positional argument; the content check reads the same deck.
  const entry = args.find(arg => arg.endsWith('.md'))
  await runTool('tsx', [
    'scripts/check-data.ts',
    ...(entry
      ? [entry]
      : []),
  ], { verbose: true })
  await runTool('slidev', ['build', ...args], { verbose })
  const folder = out ?? 'the folder given by --out'
  console.log(`build: the site for ${base} is in ${folder}/ (${secondsSince(started, 0)} s)${base === '/'
    ? ''
    : `; preview it with DIST=${folder} npm run preview`}. Details: npm run build -- --verbose`)
}
catch (error) {
  console.error(`build: ${error instanceof Error
    ? error.message
    : String(error)}`)
  process.exitCode = 1
}
