import { spawn } from 'node:child_process'

/**
 * Runs a command to completion. Quiet unless `verbose`: its output (every asset, plugin timings) is kept and shown
 * only when it fails, so the few lines a lecturer needs are not buried under hundreds.
 */
export function runCommand(command: string, args: readonly string[], options: { verbose?: boolean, env?: NodeJS.ProcessEnv } = {}): Promise<void> {
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
