/**
 * `npm test`: every check CI runs. Types, lint, unit tests and the site's build for a sub-path (as a university server
 * hosts it) run side by side, each printing its summary; then the end-to-end suite runs against that build, so an
 * address that assumes the site sits at "/" fails there.
 */
import process from 'node:process'
import { subPathOut } from './lib/exports'
import { runCommand } from './lib/run-command'

const SUB_PATH = '/course/kazakhstan/'

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(0)} s`
}

async function step(name: string, command: string, args: string[], options: { verbose?: boolean, env?: NodeJS.ProcessEnv } = {}) {
  const started = performance.now()
  try {
    await runCommand(command, args, options)
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
try {
  // The build needs nothing the static checks make, so it runs beside them; the end-to-end suite needs them all.
  const checks = await Promise.allSettled([
    step('typecheck', 'npx', ['tsx', 'scripts/typecheck.ts']),
    step('lint', 'npx', ['eslint', '.']),
    step('unit tests', 'npx', ['vitest', 'run']),
    step(`build for ${SUB_PATH}`, 'npx', [
      'tsx',
      'scripts/build.ts',
      '--base',
      SUB_PATH,
    ]),
  ])
  if (checks.some(check => check.status === 'rejected'))
    throw new Error('the static checks or the build failed')
  await step('end-to-end tests', 'npx', ['playwright', 'test'], {
    verbose: true,
    env: {
      ...process.env,
      DIST: subPathOut(SUB_PATH),
    },
  })
  console.log(`test: all passed in ${seconds(started)}`)
}
catch {
  console.error(`test: failed after ${seconds(started)}`)
  process.exitCode = 1
}
