/**
 * `npm run export` runs once per test run, in whichever worker asks first; a spec in another worker waits for it and
 * reads the same files. The export (every PDF, the PPTX and both LMS packages) is the suite's costliest step, and two
 * specs read what it writes: export.spec.ts and scorm.spec.ts.
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { exportSteps, packageSteps } from '../../scripts/lib/exports'
import { projectTool } from '../../scripts/lib/run-command'

interface ExportRun { status: number | null, stdout: string, stderr: string }
/** What the run's one export left for the other workers: its status and all it printed. */
interface ExportOutcome { status: number | null, output: string }

/**
 * Runs the exporter with `args`, as a user would from the command line. With --skip-build it prints from the site
 * `npm test` built and zips the LMS packages from an earlier SCORM build, if any. The LMS packages' own build goes
 * beside the files, not over the working copy's dist-scorm/.
 */
export function runExport(outDir: string, ...args: string[]): Promise<ExportRun> {
  return new Promise((done) => {
    const [command, commandArgs] = projectTool('tsx', [
      'scripts/export.ts',
      '--out',
      outDir,
      ...args,
    ])
    const child = spawn(command, commandArgs, {
      env: {
        ...process.env,
        DIST_SCORM: join(outDir, 'dist-scorm'),
      },
    })
    const run: ExportRun = { status: null, stdout: '', stderr: '' }
    child.stdout.on('data', (chunk: Uint8Array) => run.stdout += String(chunk))
    child.stderr.on('data', (chunk: Uint8Array) => run.stderr += String(chunk))
    child.on('error', error => done({
      ...run,
      status: -1,
      stderr: String(error),
    }))
    child.on('exit', status => done({ ...run, status }))
  })
}

/** The folder holding every file one plain `npm run export` wrote; fails with the exporter's output if it failed. */
export async function exportedFolder(): Promise<string> {
  // Set by global-setup.ts, which Playwright runs before any worker.
  const folder = process.env.E2E_EXPORT_DIR
  if (!folder)
    throw new Error('E2E_EXPORT_DIR is not set: run the end-to-end tests through playwright.config.ts, whose global setup sets it.')
  const outcome = join(folder, 'outcome.json')
  let run: ExportOutcome
  try {
    // mkdir is atomic: exactly one worker creates the claim and runs the export.
    await mkdir(join(folder, 'claimed'))
    // Side by side, as one plain export does: the LMS packages' site is built (the exporter builds nothing else
    // when asked only for them), while every other file is printed from the site `npm test` built.
    const files = join(folder, 'files')
    const results = await Promise.all([
      runExport(files, ...packageSteps.flatMap(step => ['--only', step])),
      runExport(files, '--skip-build', ...exportSteps.flatMap(step => ['--only', step])),
    ])
    run = {
      status: results.find(result => result.status !== 0)?.status ?? 0,
      output: results.map(result => `${result.stdout}\n${result.stderr}`).join('\n'),
    }
    await writeFile(outcome, JSON.stringify(run))
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw error
    run = await waitFor(outcome)
  }
  if (run.status !== 0)
    throw new Error(`npm run export failed:\n${run.output}`)
  return join(folder, 'files')
}

async function waitFor(outcome: string): Promise<ExportOutcome> {
  for (;;) {
    try {
      return JSON.parse(await readFile(outcome, 'utf8')) as ExportOutcome
    }
    catch {
      await sleep(500)
    }
  }
}
