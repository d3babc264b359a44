/**
 * Finds the Chromium that tests and exports drive. One resolver for the Playwright config,
 * the export script and the benchmark, so they can never disagree about which browser runs.
 */
import { existsSync } from 'node:fs'
import process from 'node:process'

export const SYSTEM_CHROMIUM_PATHS = [
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
  = 'No Chromium found: install one with `apt-get install chromium` (or `npx playwright install chromium`), or point CHROMIUM_PATH at a Chromium executable.'

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
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist: point it at a Chromium executable, or unset it and install one with \`apt-get install chromium\` (or \`npx playwright install chromium\`).`)
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
  const bundled = await playwrightBrowserPath()
  return resolveChromium({
    env: process.env,
    exists: existsSync,
    playwrightPath: () => bundled,
  })
}
