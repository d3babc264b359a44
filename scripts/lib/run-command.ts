import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'

/**
 * How to start one of the project's own command-line tools (tsx, slidev, eslint…), from the project folder as every
 * command runs: node_modules/.bin/<name> directly, since npx spends about 0.4 s of CPU to find the same file on every
 * call. On Windows, whose .bin holds .cmd shims that only a shell can start, npx does the finding.
 */
export function projectTool(name: string, args: readonly string[] = []): [command: string, args: string[]] {
  return process.platform === 'win32'
    ? [
        'npx',
        [name, ...args],
      ]
    : [
        resolve('node_modules/.bin', name),
        [...args],
      ]
}

/** Quiet unless verbose (see runCommand); the environment, if not this process's own. */
export interface CommandOptions {
  verbose?: boolean
  env?: NodeJS.ProcessEnv
}

/**
 * Runs a command to completion. Quiet unless `verbose`: its output (every asset, plugin timings) is kept and shown
 * only when it fails, so the few lines a lecturer needs are not buried under hundreds.
 */
export function runCommand(command: string, args: readonly string[], options: CommandOptions = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      stdio: options.verbose
        ? 'inherit'
        : ['ignore', 'pipe', 'pipe'],
      env: options.env,
    })
    let output = ''
    child.stdout?.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.stderr?.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.on('error', fail)
    child.on('exit', code => code === 0
      ? done()
      : fail(new Error(`${[command, ...args].join(' ')} exited with ${code}${output
          ? `:\n${output.trim().split('\n').slice(-40).join('\n')}`
          : ''}`)))
  })
}

/** runCommand for one of the project's own tools (see projectTool). */
export function runTool(name: string, args: readonly string[], options: CommandOptions = {}): Promise<void> {
  const [command, toolArgs] = projectTool(name, args)
  return runCommand(command, toolArgs, options)
}

/** A lane in which tasks run one at a time, in the order given; a task that fails does not block the next. */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve()
  return (task) => {
    const turn = last.then(task)
    last = turn.catch(() => {})
    return turn
  }
}

/**
 * Slidev writes the modules behind its import globs into node_modules/.slidev/virtual/ in place (truncate, then
 * write) at every build, so a build reading one while a second build rewrites it finds it empty and fails with
 * "Missing export". Builds from one process therefore take turns.
 */
const slidevBuildLane = oneAtATime()

/** `slidev build` with `args`, once every build this process asked for before it has ended. */
export function runSlidevBuild(args: readonly string[], options: CommandOptions = {}): Promise<void> {
  return slidevBuildLane(() => runTool('slidev', ['build', ...args], options))
}

/** Seconds since `started` (a `performance.now()`), as the commands print them: "12.3". */
export function secondsSince(started: number, digits = 1): string {
  return ((performance.now() - started) / 1000).toFixed(digits)
}
