/**
 * A glossary term (components/Term.vue), the one place its behaviour is tested, on one page load: the definition
 * shows on hover, on keyboard focus and on a tap; Escape, a second tap or a tap elsewhere hides it; a screen reader
 * hears it as the term's description; and it stays inside the slide. On touch screens a tapped button may never take
 * focus, so closing cannot wait for blur.
 */
import type { Locator } from '@playwright/test'
import { expect, openSlide, slidesWhere, test } from '../support/fixtures'

test.use({
  hasTouch: true,
  viewport: { width: 980, height: 552 },
})

const tipOf = async (term: Locator) => term.page().locator(`[id="${await term.getAttribute('aria-describedby')}"]`)

test('a glossary term shows its definition on hover, focus and tap, inside the slide, and hides it on Escape, a second tap or a tap elsewhere', async ({ page }) => {
  const [slide] = await slidesWhere(s => s.content.includes('<Term id='))
  // At the slide's last click, so every term on it is revealed.
  await openSlide(page, slide.no, { clicks: 99 })
  const frame = page.locator(`.slidev-page-${slide.no}`)
  const terms = frame.locator('.term-button')
  const term = terms.first()
  const tip = await tipOf(term)
  await expect(tip).toBeHidden()

  await test.step('the mouse: hovering shows it, moving away hides it', async () => {
    await term.hover()
    await expect(tip).toBeVisible()
    await page.mouse.move(1, 1)
    await expect(tip).toBeHidden()
  })

  await test.step('the keyboard: Tab reaches the term with visible focus, the definition is its description, Escape hides it', async () => {
    for (let i = 0; i < 40 && !await term.evaluate(el => el === document.activeElement); i++)
      await page.keyboard.press('Tab')
    await expect(term).toBeFocused()
    expect(await term.evaluate(el => getComputedStyle(el).outlineStyle), 'the focused term shows focus').not.toBe('none')
    await expect(tip).toBeVisible()
    await expect(tip).toHaveRole('tooltip')
    const definition = (await tip.textContent())!.replace(/\s+/g, ' ').trim()
    expect(definition.length).toBeGreaterThan(40)
    await expect(term).toHaveAccessibleDescription(definition)
    await page.keyboard.press('Escape')
    await expect(tip).toBeHidden()
    await term.blur()
  })

  await test.step('touch: a tap shows it, a second tap or a tap elsewhere hides it', async () => {
    await term.tap()
    await expect(tip).toBeVisible()
    await term.tap()
    await expect(tip).toBeHidden()
    await term.tap()
    await expect(tip).toBeVisible()
    await frame.locator('h1').first().tap()
    await expect(tip).toBeHidden()
  })

  await test.step('every term\'s definition opens inside the slide, moved in from the edges where it must be', async () => {
    const bounds = (await frame.boundingBox())!
    const outside: string[] = []
    for (const each of await terms.all()) {
      await each.tap()
      const box = (await (await tipOf(each)).boundingBox())!
      if (box.x < bounds.x - 0.5 || box.y < bounds.y - 0.5 || box.x + box.width > bounds.x + bounds.width + 0.5 || box.y + box.height > bounds.y + bounds.height + 0.5)
        outside.push(`${await each.textContent()}: ${JSON.stringify(box)}`)
      await each.tap()
    }
    expect(outside, 'definitions reaching outside the slide').toEqual([])
  })
})
