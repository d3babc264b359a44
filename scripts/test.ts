/**
 * `npm test`: every check CI runs. Types, lint and unit tests run side by side with the site's build for a sub-path (as
 * a university server hosts it) and, once that build is done, the end-to-end suite against it, so an address that
 * assumes the site sits at "/" fails there. Each part prints its summary.
 */
import type { CommandOptions } from './lib/run-command'
import process from 'node:process'
import { subPathOut } from './lib/exports'
import { runTool, secondsSince } from './lib/run-command'

const SUB_PATH = '/course/kazakhstan/'

function seconds(since: number): string {
  return `${secondsSince(since, 0)} s`
}

async function step(name: string, tool: string, args: string[], options: CommandOptions = {}) {
  const started = performance.now()
  try {
    await runTool(tool, args, options)
    console.log(`test: ${name} passed (${seconds(started)})`)
  }
  catch (error) {
    console.error(`test: ${name} failed (${seconds(started)})\n${error instanceof Error
      ? error.message
      : String(error)}`)
    throw error
  }
}

const started = performance.now()
// Everything runs side by side on the machine's cores: the type check, lint and unit tests, and the build followed by
// the end-to-end suite, which needs only the build. A failure anywhere fails the run; every part still reports.
const staticChecks = [
  step('typecheck', 'tsx', ['scripts/typecheck.ts']),
  step('lint', 'eslint', ['.']),
  step('unit tests', 'vitest', ['run']),
]
const browserTests = (async () => {
  await step(`build for ${SUB_PATH}`, 'tsx', [
    'scripts/build.ts',
    '--base',
    SUB_PATH,
  ])
  await step('end-to-end tests', 'playwright', ['test'], {
    verbose: true,
    env: {
      ...process.env,
      DIST: subPathOut(SUB_PATH),
    },
  })
})()
const outcomes = await Promise.allSettled([...staticChecks, browserTests])
if (outcomes.every(outcome => outcome.status === 'fulfilled')) {
  console.log(`test: all passed in ${seconds(started)}`)
}
else {
  console.error(`test: failed after ${seconds(started)}`)
  process.exitCode = 1
}
