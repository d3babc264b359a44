/**
 * `npm run typecheck`: vue-tsc over the project, strict. Slidev's client ships as uncompiled TypeScript written
 * for its own, looser configuration, so errors inside node_modules are counted but do not fail the check;
 * every error in our own files does.
 */
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { projectTool } from './lib/run-command'

const [vueTsc, vueTscArgs] = projectTool('vue-tsc', [
  '--noEmit',
  '--pretty',
  'false',
])
const run = spawnSync(vueTsc, vueTscArgs, { encoding: 'utf8' })
const lines = `${run.stdout}${run.stderr}`.split('\n')
const errorStarts = lines.map((line, index) => ({ line, index })).filter(({ line }) => /error TS\d+/.test(line))
const ours = errorStarts.filter(({ line }) => !line.startsWith('node_modules/'))
const theirs = errorStarts.length - ours.length

for (const { index } of ours) {
  // An error is its first line plus any indented continuation lines.
  let end = index + 1
  while (end < lines.length && /^\s/.test(lines[end])) end++
  console.error(lines.slice(index, end).join('\n'))
}
if (run.error)
  throw run.error
console.log(`typecheck: ${ours.length} error(s) in the project; ${theirs} in Slidev's shipped client source (not ours, not counted).`)
process.exit(ours.length ? 1 : 0)
