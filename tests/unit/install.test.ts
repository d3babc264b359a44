/**
 * `npm install` must work offline with the system Chromium: no package may download a browser at install, and every
 * install script that remains is one the project has declared in `allowScripts` (npm warns about any other).
 */
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { describe, expect, it } from 'vitest'

interface LockedPackage { version?: string, hasInstallScript?: boolean }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> }
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string }
  allowScripts?: Record<string, boolean>
}

/** `node_modules/a/node_modules/@b/c` → `@b/c` */
const packageName = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
const installed = Object.keys(lock.packages).filter(path => path !== '').map(packageName)

/** Packages whose install step fetches a browser build from the internet. */
const BROWSER_DOWNLOADERS = [
  'playwright-chromium',
  'playwright-firefox',
  'playwright-webkit',
  'puppeteer',
  '@playwright/browser-chromium',
]

describe('the install', () => {
  it('pulls in no package that downloads a browser', () => {
    expect(installed.filter(name => BROWSER_DOWNLOADERS.includes(name))).toEqual([])
  })

  it('runs only the install scripts the project allows by name', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, locked]) => locked.hasInstallScript)
      .map(([path]) => packageName(path))
    const allowed = Object.entries(manifest.allowScripts ?? {}).filter(([, allow]) => allow).map(([name]) => name)
    expect(withScripts.filter(name => !allowed.includes(name)), 'install scripts missing from allowScripts').toEqual([])
  })

  it('asks for Node 22.12 or newer, as Slidev 53 does', () => {
    expect(manifest.engines.node).toBe('>=22.12')
    const [major, minor] = process.versions.node.split('.').map(Number)
    expect(major > 22 || (major === 22 && minor >= 12), `running on Node ${process.versions.node}`).toBe(true)
  })
})
