/**
 * The SCORM packages of `npm run export` (steps scorm12 and scorm2004): the self-study reading view as one SCO
 * that a learning platform (Moodle, Canvas, Blackboard, Brightspace) runs in a frame and grades.
 *
 * The site is built a second time into its own folder (DIST_SCORM, default dist-scorm): relative asset paths
 * (`--base ./`) and Slidev's memory router (the address never changes), so it runs wherever the platform unzips
 * it, and VITE_SCORM_MASTERY set, so setup/main.ts opens the reading view and reports to the platform. Each zip holds that build and an
 * imsmanifest.xml naming every file; nothing is fetched from outside the package.
 */
import type { ScormVersion } from '../../logic/scorm'
import type { PackageStep } from './exports'
import { existsSync } from 'node:fs'
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import JSZip from 'jszip'
import { slugify } from './exports'
import { runSlidevBuild, secondsSince } from './run-command'
import { scormManifest } from './scorm-manifest'

export { DEFAULT_MASTERY } from '../../logic/scorm'

const VERSION_OF: Record<PackageStep, ScormVersion> = { scorm12: '1.2', scorm2004: '2004' }
export const LAUNCH_FILE = 'index.html'
/** Files of a Slidev build that only a web host uses; a platform never opens them. */
const HOST_ONLY = new Set(['404.html', '_redirects'])

export function scormFileName(title: string, step: PackageStep): string {
  return `${slugify(title)}-${step}.zip`
}

/**
 * Builds the SCORM site. The mastery score built in is only the module's fallback: the platform hands it the
 * manifest's, which is the one graded against.
 */
export async function buildScormSite(options: { deckEntry: string, dir: string, mastery: number, verbose?: boolean }): Promise<void> {
  const { deckEntry, dir, mastery, verbose } = options
  // Vite empties only an output folder inside the project; files of an earlier build must never reach a package.
  if (existsSync(dir)) {
    if ((await readdir(dir)).length && !existsSync(join(dir, LAUNCH_FILE)))
      throw new Error(`${dir} holds something other than a SCORM build; point DIST_SCORM at an empty or build folder.`)
    await rm(dir, { recursive: true, force: true })
  }
  console.log(`export: building the SCORM site (${relative(process.cwd(), dir) || dir}/, mastery ${mastery}%)…`)
  await runSlidevBuild([
    deckEntry,
    '--out',
    dir,
    '--base',
    './',
    '--router-mode',
    'memory',
  ], {
    env: {
      ...process.env,
      VITE_SCORM_MASTERY: String(mastery),
    },
    verbose,
  })
}

/** Every file of the build a platform serves, '/'-separated, sorted. */
export async function packageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(path => !HOST_ONLY.has(path))
    .sort()
}

/**
 * The zip for one SCORM version: the build and its manifest. Given another version's zip of the same build, only the
 * manifest is written anew: the build's files keep their compressed bytes instead of being compressed again.
 */
export async function scormZip(options: { dir: string, version: ScormVersion, title: string, mastery: number, sameBuild?: Uint8Array }): Promise<Uint8Array> {
  const { dir, version, title, mastery, sameBuild } = options
  const files = await packageFiles(dir)
  const zip = sameBuild
    ? await JSZip.loadAsync(sameBuild)
    : new JSZip()
  zip.file('imsmanifest.xml', scormManifest({
    version,
    identifier: slugify(title),
    title,
    mastery,
    launch: LAUNCH_FILE,
    files,
  }))
  if (!sameBuild) {
    for (const file of files)
      zip.file(file, await readFile(join(dir, file)))
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  })
}

/**
 * The export's SCORM steps: one build (or, with --skip-build, the existing one), then one zip per version, each
 * written under a temporary name and renamed when whole. Returns false if a step failed (it says which); files
 * from earlier runs stay intact. With --skip-build and no SCORM build yet, the packages are skipped, said so.
 */
export async function exportScorm(options: {
  steps: readonly PackageStep[]
  deckEntry: string
  title: string
  outDir: string
  mastery: number
  skipBuild: boolean
  /** Settles when the SCORM build may start: once the site's own build has ended (see runSlidevBuild). */
  after?: Promise<unknown>
  verbose?: boolean
}): Promise<boolean> {
  const dir = resolve(process.env.DIST_SCORM ?? 'dist-scorm')
  const shown = relative(process.cwd(), dir) || dir
  if (options.skipBuild && !existsSync(join(dir, LAUNCH_FILE))) {
    console.log(`export: no SCORM build in ${shown}/ (run without --skip-build to make one); ${options.steps.join(' and ')} skipped.`)
    return true
  }
  if (!options.skipBuild && !await (options.after ?? Promise.resolve()).then(() => true, () => false)) {
    console.error(`export: the SCORM build is skipped: the site's build failed; files from earlier runs are untouched.`)
    return false
  }
  try {
    if (!options.skipBuild) {
      const started = performance.now()
      await buildScormSite({
        deckEntry: options.deckEntry,
        dir,
        mastery: options.mastery,
        verbose: options.verbose,
      })
      console.log(`export: SCORM build done in ${secondsSince(started)} s`)
    }
  }
  catch (error) {
    console.error(`export: the SCORM build failed; files from earlier runs are untouched. ${error instanceof Error
      ? error.message
      : error}`)
    return false
  }
  let ok = true
  let sameBuild: Uint8Array | undefined
  for (const step of options.steps) {
    const started = performance.now()
    const name = scormFileName(options.title, step)
    const path = join(options.outDir, name)
    try {
      const bytes = await scormZip({
        dir,
        version: VERSION_OF[step],
        title: options.title,
        mastery: options.mastery,
        sameBuild,
      })
      sameBuild = bytes
      await writeFile(`${path}.tmp`, bytes)
      await rename(`${path}.tmp`, path)
      console.log(`export: ${step} done in ${secondsSince(started)} s, ${(bytes.length / 1024 / 1024).toFixed(1)} MB, mastery ${options.mastery}% → ${name}`)
    }
    catch (error) {
      ok = false
      await rm(`${path}.tmp`, { force: true }).catch(() => {})
      console.error(`export: the ${step} step failed; files from earlier runs are untouched. ${error instanceof Error
        ? error.message
        : error}`)
    }
  }
  return ok
}
