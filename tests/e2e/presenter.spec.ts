import { noteReadingText } from '../../scripts/lib/deck'
import { deck, expect, test } from '../support/fixtures'

/** The first words of a note as they render. */
function firstWords(note: string, count = 6): string {
  return noteReadingText(note).split(' ').slice(0, count).join(' ')
}

test('the presenter view shows the current slide\'s notes and follows navigation', async ({ page }) => {
  const { slides } = await deck()
  const withNotes = slides.filter(slide => slide.note).slice(0, 3)
  expect(withNotes.length).toBeGreaterThan(0)
  for (const slide of withNotes) {
    await page.goto(`presenter/${slide.no}`)
    await expect(page.locator('.slidev-presenter .slidev-note').first()).toContainText(firstWords(slide.note))
  }
})
