import { describe, expect, it } from 'vitest'
import { NO_CHROMIUM_MESSAGE, resolveChromium } from '../../scripts/lib/chromium'

const existing = (...paths: string[]) => (path: string) => paths.includes(path)

describe('resolveChromium', () => {
  it('prefers CHROMIUM_PATH over everything else', () => {
    expect(resolveChromium({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      exists: existing('/opt/chrome/chrome', '/usr/bin/chromium', '/pw/chrome'),
      playwrightPath: () => '/pw/chrome',
    })).toBe('/opt/chrome/chrome')
  })

  it('names a CHROMIUM_PATH that does not exist instead of silently falling back', () => {
    expect(() => resolveChromium({
      env: { CHROMIUM_PATH: '/nope' },
      exists: existing('/usr/bin/chromium'),
    }))
      .toThrow('CHROMIUM_PATH is set to /nope, which does not exist')
  })

  it('says what to do in one sentence when CHROMIUM_PATH is wrong', () => {
    const message = errorOf(() => resolveChromium({
      env: { CHROMIUM_PATH: '/nope' },
      exists: () => false,
    }))
    expect(sentences(message)).toHaveLength(1)
    expect(message).toMatch(/apt-get install chromium/)
    expect(message).toMatch(/npx playwright install chromium/)
  })

  it('uses the system Chromium when no variable is set', () => {
    expect(resolveChromium({
      env: {},
      exists: existing('/usr/bin/chromium', '/pw/chrome'),
      playwrightPath: () => '/pw/chrome',
    }))
      .toBe('/usr/bin/chromium')
  })

  it('prefers Debian\'s headless shell to the full browser', () => {
    expect(resolveChromium({
      env: {},
      exists: existing('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'),
    })).toBe('/usr/bin/chromium-headless-shell')
  })

  it('finds chromium-browser and google-chrome too', () => {
    expect(resolveChromium({
      env: {},
      exists: existing('/usr/bin/chromium-browser'),
    })).toBe('/usr/bin/chromium-browser')
    expect(resolveChromium({
      env: {},
      exists: existing('/usr/bin/google-chrome'),
    })).toBe('/usr/bin/google-chrome')
  })

  it('falls back to Playwright\'s own browser last', () => {
    expect(resolveChromium({
      env: {},
      exists: existing('/pw/chrome'),
      playwrightPath: () => '/pw/chrome',
    })).toBe('/pw/chrome')
  })

  it('says what to install when there is no browser at all', () => {
    expect(() => resolveChromium({
      env: {},
      exists: existing(),
      playwrightPath: () => '/pw/missing',
    }))
      .toThrow(NO_CHROMIUM_MESSAGE)
    expect(sentences(NO_CHROMIUM_MESSAGE)).toHaveLength(1)
    expect(NO_CHROMIUM_MESSAGE).toMatch(/apt-get install chromium/)
    expect(NO_CHROMIUM_MESSAGE).toMatch(/npx playwright install chromium/)
  })
})

function errorOf(run: () => unknown): string {
  try {
    run()
  }
  catch (error) {
    return (error as Error).message
  }
  throw new Error('expected an error')
}

/** Splits prose at a full stop followed by a capital, the way a reader counts sentences. */
function sentences(text: string): string[] {
  return text.trim().split(/(?<=[.!?])\s+(?=[A-Z])/)
}
