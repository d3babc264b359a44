/**
 * Finds the Chromium that tests and exports drive. One resolver for the Playwright config,
 * the export script and the benchmark, so they can never disagree about which browser runs.
 */
import { existsSync } from 'node:fs'
import process from 'node:process'

/**
 * Debian's headless shell (package chromium-headless-shell) comes first: it is the build Playwright itself runs
 * headless, and it spends about 15% less CPU than the full browser in headless mode on the same pages (measured on
 * the reading view, the print view and a walk through the deck). The full browser is the fallback.
 */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const

/**
 * Flags for every launch. The background-networking ones keep Chromium from phoning home:
 * on a machine without internet those requests fail noisily, and the deck promises no off-machine traffic.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const

export const NO_CHROMIUM_MESSAGE
  = 'No Chromium found: install one with `apt-get install chromium chromium-headless-shell` (or `npx playwright install chromium`), or point CHROMIUM_PATH at a Chromium executable.'

export interface ChromiumLookup {
  env: Record<string, string | undefined>
  exists: (path: string) => boolean
  /** Where Playwright's own downloaded browser would be, if the package knows. */
  playwrightPath?: () => string | undefined
}

/** The first usable executable: CHROMIUM_PATH, then a system Chromium, then Playwright's browser. */
export function resolveChromium({ env, exists, playwrightPath }: ChromiumLookup): string {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (exists(fromEnv))
      return fromEnv
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist: point it at a Chromium executable, or unset it and install one with \`apt-get install chromium chromium-headless-shell\` (or \`npx playwright install chromium\`).`)
  }
  const system = SYSTEM_CHROMIUM_PATHS.find(path => exists(path))
  if (system)
    return system
  const bundled = playwrightPath?.()
  if (bundled && exists(bundled))
    return bundled
  throw new Error(NO_CHROMIUM_MESSAGE)
}

async function playwrightBrowserPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** The resolver on this machine. */
export async function chromiumExecutable(): Promise<string> {
  // Playwright's own browser is looked up (loading playwright-core, half a second) only when no other is found.
  const elsewhere = !!process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM_PATHS.some(path => existsSync(path))
  const bundled = elsewhere
    ? undefined
    : await playwrightBrowserPath()
  return resolveChromium({
    env: process.env,
    exists: existsSync,
    playwrightPath: () => bundled,
  })
}
