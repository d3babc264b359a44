import { deck, expect, isLocal, test } from '../support/fixtures'

test('the deck, presenter view and reading view make no request off this machine', async ({ page, offMachineRequests }) => {
  const requested: string[] = []
  page.on('request', request => requested.push(request.url()))
  const { slides } = await deck()
  for (const path of [
    '1',
    `${slides.length}`,
    'presenter/1',
    'overview',
    'print?print=true',
  ]) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  expect(requested.length).toBeGreaterThan(0)
  expect(requested.filter(url => !isLocal(url))).toEqual([])
  expect(offMachineRequests).toEqual([])
})

test('the self-hosted fonts are the ones in use', async ({ page }) => {
  await page.goto('1')
  await page.waitForLoadState('networkidle')
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family.replace(/"/g, ''))
  })
  expect(loaded).toContain('Inter')
})
