/**
 * Slidev's print view renders every slide at its final click state in one page: loaded once per theme, it is where
 * the whole deck is checked for what a reader would notice on any slide — content cut off or too small, accessibility
 * (axe, and the legibility of text inside the drawings, which axe cannot judge), the lecture's signposts, and each
 * figure (diagram, map, timeline) printed whole.
 */
import type { TimelineViewId } from '../../data/timeline'
import { thesisArgument } from '../../data/argument'
import { countries, stories } from '../../data/places'
import { views } from '../../data/relations'
import { timelineViews } from '../../data/timeline'
import { viewTies } from '../../logic/mermaid'
import { classMinutes } from '../../logic/slide-timing'
import { timelineViewSteps } from '../../logic/timeline'
import { waitForDrawing } from '../../scripts/lib/drawing'
import { audit } from '../support/axe'
import { illegibleTextInDrawings, MINIMUM_CONTRAST } from '../support/drawing-text'
import { diagramHighlights, drawnMap, expectMapReadable, expectTimelineInsideSlide, figure, mapHighlights, mermaidTextScale, timelineItems } from '../support/figures'
import { deck, expect, openPrintView, sharedPage, test } from '../support/fixtures'

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
      // The cover and the slides taught in class. Those skipped in class (knowledge checks, glossary, sources) are read
      // up close, in the reading view or on paper.
      const taught = slides.filter(slide => slide.no === 1 || classMinutes(slide.frontmatter) !== undefined).map(slide => slide.no)
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

    // Each figure printed whole. Clicking through each in the app is in its own spec (diagrams, map, timeline).
    test('prints each diagram whole: an SVG with its title, description and the data\'s labels, every tie alike', async () => {
      const page = printView()
      for (const view of Object.values(views)) {
        const diagram = figure(page, view.id)
        await expect(diagram, `the ${view.id} diagram is on a slide`).toHaveCount(1)
        await expect(diagram).toHaveAttribute('data-step', String(view.steps.length))
        const svg = diagram.locator('svg').first()
        await expect(diagram.locator('svg .flowchart-link').first()).toBeVisible()
        await expect(svg.locator('title')).toHaveText(view.title)
        await expect(svg.locator('desc')).toContainText(view.description)
        const labels = await diagram.locator('svg .edgeLabel p').allTextContents()
        expect(labels.sort()).toEqual(viewTies(view).map(tie => tie.label).sort())
        await expect(diagram).not.toContainText('Syntax error')
        expect(await mermaidTextScale(page, view.id)).toBeGreaterThanOrEqual(12)
        expect(await diagramHighlights(page, view.id)).toEqual([])
        await expect(diagram.locator('[aria-current]')).toHaveCount(0)
        await expect(diagram.locator('[data-tie]')).toHaveCount(viewTies(view).length)
      }
      const map = figure(page, 'argument')
      await expect(map).toHaveAttribute('data-step', String(thesisArgument.steps.length))
      const svg = map.locator('svg').first()
      await expect(svg.locator('title')).toHaveText(thesisArgument.title)
      await expect(svg.locator('desc')).toHaveText(thesisArgument.description)
      for (const node of thesisArgument.nodes)
        await expect(svg.locator('.node').filter({ hasText: node.text })).toHaveCount(1)
      await expect(map).not.toContainText('Syntax error')
      expect(await mermaidTextScale(page, 'argument')).toBeGreaterThanOrEqual(12)
      expect(await diagramHighlights(page, 'argument')).toEqual([])
    })

    test('prints each map at its last step, with a title, a description and one named path per country', async () => {
      const page = printView()
      for (const story of stories) {
        const map = drawnMap(page, story.id)
        await expect(map, `the ${story.id} map is on a slide`).toHaveCount(1)
        await expect(figure(page, story.id)).toHaveAttribute('data-step', String(story.steps.length - 1))
        await expect(figure(page, story.id)).toHaveAttribute('data-steps', String(story.steps.length - 1))
        await expect(map.locator('title')).toHaveText(story.title)
        await expect(map.locator('desc')).toHaveText(story.description)
        // The named images, read in one pass: every country once, the Caspian and the capital.
        const images = await map.locator('[role="img"][aria-label]').evaluateAll(elements =>
          elements.map(element => element.getAttribute('aria-label')!.replace(/ \(highlighted\)$/, '')))
        for (const name of [
          ...countries.map(country => country.name),
          'Caspian Sea',
          'Astana, capital',
        ])
          expect(images.filter(image => image === name), `${story.id} map: ${name}`).toHaveLength(1)
        await expectMapReadable(page, story.id, 'printed')
      }
      expect(await mapHighlights(page, 'where')).toContain('Afghanistan')
      await expect(figure(page, 'where').locator('[data-testid="map-caption"]')).toContainText('one ring away')
    })

    test('prints every timeline at its last step: each selected event in date order, with its date and source, none highlighted, inside the slide', async () => {
      const page = printView()
      for (const id of Object.keys(timelineViews) as TimelineViewId[]) {
        const { events, total } = timelineViewSteps(timelineViews[id])
        await expect(figure(page, id), `the ${id} timeline is on a slide`).toHaveCount(1)
        await expect(figure(page, id)).toHaveAttribute('data-step', String(total))
        await expect(figure(page, id)).toHaveAttribute('data-steps', String(total))
        // What each printed item shows, read in one pass: its event, date, headline, whether it is shown, its source link.
        const printed = await timelineItems(page, id).evaluateAll(lis => lis.map(li => ({
          id: li.getAttribute('data-event-id'),
          datetime: li.querySelector('time')?.getAttribute('datetime'),
          headline: li.querySelector('.headline')?.textContent?.trim(),
          shown: getComputedStyle(li).visibility === 'visible' && li.getBoundingClientRect().height > 0,
          source: Boolean(li.querySelector('.citation-line a[href]')?.getBoundingClientRect().width),
        })))
        expect(printed, id).toEqual(events.map(event => ({
          id: event.id,
          datetime: event.start,
          headline: event.headline,
          shown: true,
          source: true,
        })))
        await expect(figure(page, id).locator('[aria-current]')).toHaveCount(0)
        await expect(figure(page, id).locator('.timeline-chart')).toHaveAttribute('aria-hidden', 'true')
        // Every event is shown here, so this is the fullest the slide gets at any click.
        await expectTimelineInsideSlide(page, figure(page, id))
      }
    })

    test('prints every click reveal of the deck shown: no slide has more v-clicks than its frontmatter clicks let a lecturer reach', async () => {
      // Slidev prints each slide at its last click, which a slide's `clicks:` sets; a reveal beyond it would never show.
      const page = printView()
      const unreached = await page.locator('.print-slide-container .slidev-vclick-hidden').evaluateAll(elements => elements.map(element =>
        `${element.closest('.print-slide-container')!.id}: ${element.textContent?.trim().slice(0, 40)}`))
      expect(unreached).toEqual([])
    })
  })
}
