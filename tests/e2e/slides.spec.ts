import { slideMinutes } from '../../logic/slide-timing'
import { waitForDrawing } from '../../scripts/lib/drawing'
import { deck, expect, gotoSlide, test, waitForSlide } from '../support/fixtures'

test('every slide renders, walked with the keyboard alone from first to last and back', async ({ page }) => {
  test.setTimeout(120_000)
  const { slides } = await deck()
  expect(slides.length).toBeGreaterThan(1)
  await gotoSlide(page, 1)
  // ArrowDown goes to the next slide past any remaining clicks. The fixture fails the test on any page or console error.
  for (const slide of slides.slice(1)) {
    await page.keyboard.press('ArrowDown')
    await expect(page, `slide ${slide.no} (${slide.file})`).toHaveURL(new RegExp(`/${slide.no}(\\?.*)?$`))
    await waitForSlide(page, slide.no)
    await expect(page.locator(`.slidev-page-${slide.no}`).first(), `slide ${slide.no} (${slide.file})`).toBeVisible()
  }
  await page.keyboard.press('ArrowUp')
  await expect(page).toHaveURL(new RegExp(`/${slides.length - 1}(\\?.*)?$`))
})

test('a key held down while a slow slide draws moves one slide, not two', async ({ page }) => {
  // A classroom laptop may take over a second to draw a slide; the key-up then arrives late, as it does here.
  await gotoSlide(page, 1)
  await page.keyboard.down('ArrowDown')
  await page.waitForTimeout(1_500)
  await page.keyboard.up('ArrowDown')
  await expect(page).toHaveURL(/\/2(\?.*)?$/)
})

test('a slide opened by its address renders, as a shared link would', async ({ page }) => {
  const { slides } = await deck()
  const last = slides.at(-1)!
  await gotoSlide(page, last.no)
  await expect(page.locator(`.slidev-page-${last.no} h1`).first()).toHaveText(last.title)
})

/** What a reader would see cut off or too small to read, on every slide at its final click state. */
interface LayoutProblem { slide: number, element: string, problem: string }

/**
 * On a slide taught in class, text under 16px must belong to one of these: labels, source lines and the footer,
 * and the reference text beside a figure (the ties listed beside a diagram, a timeline's event list, a map's key).
 * Prose anywhere else is read from the back of the room.
 */
const CAPTIONS = '.label-caps, .citation-line, .slide-footer, .tie-list, .timeline-list, .region-map-legend, .argument-map-key, .since-note'

test('no slide overflows the canvas or its footer, or uses text under 12px; taught slides set prose at 16px or more', async ({ page }) => {
  const { slides } = await deck()
  // Slides skipped in class (knowledge checks, glossary, sources) are read up close, in the reading view or on paper.
  const taught = slides.filter(slide => (slideMinutes(slide.frontmatter) ?? 1) > 0).map(slide => slide.no)
  expect(taught.length).toBeGreaterThan(20)
  await page.goto('print?print=true')
  const containers = page.locator('.print-slide-container')
  await expect(containers).toHaveCount(slides.length)
  await waitForDrawing(page)

  const problems: LayoutProblem[] = await page.evaluate(({ taught, captions }) => {
    const found: { slide: number, element: string, problem: string }[] = []
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)
      return `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string'
        ? ` class="${element.className.slice(0, 40)}"`
        : ''}> "${text}"`
    }
    document.querySelectorAll<HTMLElement>('.print-slide-container').forEach((container, index) => {
      const frame = container.getBoundingClientRect()
      const scale = frame.width / 980
      const footer = container.querySelector('.slide-footer')?.getBoundingClientRect()
      for (const element of container.querySelectorAll<HTMLElement>('*')) {
        if (element.closest('svg') && element.tagName.toLowerCase() !== 'svg')
          continue
        if (element.closest('.sr-only'))
          continue
        const style = getComputedStyle(element)
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
          continue
        const box = element.getBoundingClientRect()
        if (box.width === 0 || box.height === 0)
          continue
        const tolerance = 1
        if (box.left < frame.left - tolerance || box.top < frame.top - tolerance
          || box.right > frame.right + tolerance || box.bottom > frame.bottom + tolerance) {
          const by = Math.round(Math.max(frame.left - box.left, frame.top - box.top, box.right - frame.right, box.bottom - frame.bottom) / scale)
          found.push({
            slide: index + 1,
            element: describe(element),
            problem: `lies ${by}px outside the 980×552 slide`,
          })
        }
        const ownText = [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
        const drawn = ownText || element.tagName.toLowerCase() === 'svg' || element.tagName.toLowerCase() === 'img'
        if (footer && drawn && !element.closest('.slide-footer')
          && box.bottom > footer.top + tolerance && box.top < footer.bottom
          && box.right > footer.left && box.left < footer.right) {
          found.push({
            slide: index + 1,
            element: describe(element),
            problem: `runs ${Math.round((box.bottom - footer.top) / scale)}px into the footer`,
          })
        }
        if (ownText && Number.parseFloat(style.fontSize) < 12) {
          found.push({
            slide: index + 1,
            element: describe(element),
            problem: `text is ${style.fontSize}, under 12px`,
          })
        }
        else if (ownText && Number.parseFloat(style.fontSize) < 16 && taught.includes(index + 1) && !element.closest(captions)) {
          found.push({
            slide: index + 1,
            element: describe(element),
            problem: `text is ${style.fontSize}: prose on a taught slide needs 16px`,
          })
        }
      }
    })
    return found
  }, { taught, captions: CAPTIONS })
  const report = problems.map(p => `slide ${p.slide} (${slides[p.slide - 1]?.file}): ${p.element} ${p.problem}`)
  expect(report, 'slides with content outside the canvas, over the footer, or text too small').toEqual([])
})
