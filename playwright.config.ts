import process from 'node:process'
import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium'
import { projectTool } from './scripts/lib/run-command'
import { siteBase } from './scripts/lib/serve'

const PORT = Number(process.env.E2E_PORT ?? 4179)
const DIST = process.env.DIST ?? 'dist'
/** The base the site was built for: `npm test` builds for a sub-path, so an address that assumes "/" fails. */
const BASE = siteBase(DIST)
const [tsx, previewArgs] = projectTool('tsx', ['scripts/preview.ts'])
const PREVIEW = [tsx, ...previewArgs]

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/global-setup.ts',
  // Two cores: two workers keep the suite quick without starving the static server.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // The reading view renders all 57 slides at once; on a loaded two-core CI machine that has taken over 5 s.
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    // Presenting, Slidev keeps the screen awake; a desktop browser grants that to a page on screen without asking,
    // the headless shell does not, and the refusal would surface as a page error.
    permissions: ['screen-wake-lock'],
    launchOptions: {
      executablePath: await chromiumExecutable(),
      args: [...CHROMIUM_ARGS],
    },
    trace: 'off',
  },
  webServer: {
    command: PREVIEW.join(' '),
    env: {
      PORT: String(PORT),
      DIST,
    },
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
