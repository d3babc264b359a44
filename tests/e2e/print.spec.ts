/**
 * Slidev's print view renders every slide at its final click state in one page: loaded once per theme, it is where
 * the whole deck is checked for what a reader would notice on any slide — content cut off or too small, accessibility
 * (axe, and the legibility of text inside the drawings, which axe cannot judge), and the lecture's signposts.
 */
import { slideMinutes } from '../../logic/slide-timing'
import { waitForDrawing } from '../../scripts/lib/drawing'
import { audit } from '../support/axe'
import { illegibleTextInDrawings, MINIMUM_CONTRAST } from '../support/drawing-text'
import { deck, expect, openPrintView, partsWithSectionSlide, sharedPage, test } from '../support/fixtures'

/** What a reader would see cut off or too small to read, on every slide at its final click state. */
interface LayoutProblem { slide: number, element: string, problem: string }

/**
 * On a slide taught in class, text under 16px must belong to one of these: labels, source lines and the footer,
 * and the reference text beside a figure (the ties listed beside a diagram, a timeline's event list, a map's key).
 * Prose anywhere else is read from the back of the room.
 */
const CAPTIONS = '.label-caps, .citation-line, .slide-footer, .tie-list, .timeline-list, .region-map-legend, .argument-map-key, .since-note'

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`the print view in the ${scheme} theme`, () => {
    const printView = sharedPage({ colorScheme: scheme })
    test.beforeAll(async () => {
      test.setTimeout(120_000)
      const page = printView()
      await openPrintView(page)
      await expect(page.locator('.print-slide-container')).toHaveCount((await deck()).slides.length)
      await waitForDrawing(page)
    })

    test('every slide at its final click state passes axe, and the text in its drawings is legible', async () => {
      test.setTimeout(120_000)
      const page = printView()
      await expect(page.locator('html')).toHaveClass(scheme === 'dark'
        ? /dark/
        : /light/)
      // The light theme is audited whole; the dark one changes only colours, so it is audited for those.
      await audit(page, `all slides (${scheme})`, { colourOnly: scheme === 'dark' })
      const { measured, problems } = await illegibleTextInDrawings(page)
      expect(measured, 'pieces of text measured in the maps, diagrams and timeline charts').toBeGreaterThan(100)
      expect(problems, `text in drawings under ${MINIMUM_CONTRAST}:1, stroked, or not at its placed size (${scheme})`).toEqual([])
    })

    if (scheme === 'dark')
      return

    test('each part of the lecture opens with a section slide showing the part title', async () => {
      const { slides } = await deck()
      const containers = printView().locator('.print-slide-container')
      for (const part of partsWithSectionSlide) {
        const first = slides.find(s => s.part === part.id)!
        await expect(containers.nth(first.no - 1).locator('h1').first()).toHaveText(part.title)
      }
    })

    test('every slide that presents the article names its first paragraph in the footer', async () => {
      const { slides } = await deck()
      const containers = printView().locator('.print-slide-container')
      for (const slide of slides.filter(s => s.paragraphs.length)) {
        await expect(containers.nth(slide.no - 1).locator('[data-testid="para-ref"]').first(), `slide ${slide.no} (${slide.file})`)
          .toContainText(`¶${Math.min(...slide.paragraphs)}`)
      }
    })

    test('no slide overflows the canvas or its footer, or uses text under 12px; taught slides set prose at 16px or more', async () => {
      const page = printView()
      const { slides } = await deck()
      // Slides skipped in class (knowledge checks, glossary, sources) are read up close, in the reading view or on paper.
      const taught = slides.filter(slide => (slideMinutes(slide.frontmatter) ?? 1) > 0).map(slide => slide.no)
      expect(taught.length).toBeGreaterThan(20)

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
  })
}
