/**
 * Hosting under a sub-path (`npm run build -- --base /course/kazakhstan/`), as on a university web server: the
 * site is built again with that base and served only there, so any address that assumes "/" fails to load.
 */
import type { RunningSite } from '../../scripts/lib/serve'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { waitForFonts } from '../../scripts/lib/drawing'
import { serveDist } from '../../scripts/lib/serve'
import { deck, expect, test } from '../support/fixtures'

const BASE = '/course/kazakhstan/'
let folder: string
let site: RunningSite

function buildWithBase(out: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(resolve('node_modules/.bin/slidev'), ['build', '--base', BASE, '--out', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.stderr.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.on('error', fail)
    child.on('exit', code => code === 0
      ? done()
      : fail(new Error(`slidev build --base ${BASE} exited with ${code}:\n${output.split('\n').slice(-20).join('\n')}`)))
  })
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  folder = await mkdtemp(join(tmpdir(), 'deck-base-'))
  await buildWithBase(join(folder, 'dist'))
  site = await serveDist(join(folder, 'dist'), 0, BASE)
})

test.afterAll(async () => {
  await site?.close()
  await rm(folder, { recursive: true, force: true })
})

test('under a sub-path every asset loads, slides turn, the map draws and the reading view opens', async ({ page }) => {
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400)
      failed.push(`${response.status()} ${response.url()}`)
  })
  // A request cut short by the next navigation is not a failure of the site.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      failed.push(`failed ${request.url()}`)
  })
  const { slides } = await deck()
  const mapSlide = slides.find(slide => slide.content.includes('<RegionMap'))!

  await page.goto(`${site.url}1`)
  await expect(page.locator('.slidev-page-1 h1').first()).toHaveText(slides[0].title)
  await waitForFonts(page)
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(`${site.url}2`)

  await page.goto(`${site.url}${mapSlide.no}`)
  await expect(page.locator(`.slidev-page-${mapSlide.no} svg[data-drawn]`)).toBeVisible()

  await page.goto(`${site.url}study`)
  await expect(page.locator('.study-slide-title').first()).toBeVisible()
  await expect(page.locator('link[rel~="icon"]')).toHaveAttribute('href', new RegExp(`^${BASE}`))
  expect(failed, 'requests that failed under the sub-path').toEqual([])
})
