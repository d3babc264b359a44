import type { ViewId } from '../../data/relations'
/**
 * `npm run export` end to end: runs the real exporter against the built site into a scratch folder, then reads
 * each file as a reader's software would (pdf.js for the PDFs, a zip reader for the PPTX).
 */
import type { DeckSlide } from '../../scripts/lib/deck'
import type { PdfReport } from '../../scripts/lib/pdf-read'
import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import JSZip from 'jszip'
import { thesisArgument } from '../../data/argument'
import { parts } from '../../data/article'
import { briefingFacts } from '../../data/briefing'
import { glossary } from '../../data/glossary'
import { memoRubric, memoSections } from '../../data/memo'
import { cities, countries } from '../../data/places'
import { questions } from '../../data/questions'
import { ties, views } from '../../data/relations'
import { debrief, seats } from '../../data/roles'
import { sources } from '../../data/sources'
import { articleWrittenBy, timelineEvents } from '../../data/timeline'
import { sourceById } from '../../logic/citations'
import { answerKey, dateBefore, seatFacts } from '../../logic/kit'
import { viewTies } from '../../logic/mermaid'
import { noteText } from '../../logic/note-text'
import { selectEvents } from '../../logic/timeline'
import { componentAttributes } from '../../logic/validation/slides'
import { exportFileNames } from '../../scripts/lib/exports'
import { A4_NOTES, notesPlaceholders } from '../../scripts/lib/pptx-notes'
import { projectTool } from '../../scripts/lib/run-command'
import { exportedFolder, runExport } from '../support/export-once'
import { deck, expect, test } from '../support/fixtures'
import { partsWithSectionSlide } from '../support/parts'
import { lettersOnly, normaliseText, pagesWithType3Fonts, readPdf } from '../support/pdf'
import { timelineProps } from '../support/timeline-slides'

/** The words of a note as a reader sees them, normalised for comparison with PDF text. */
function noteWords(note: string): string {
  return normaliseText(noteText(note))
}

test.describe.configure({ mode: 'serial' })

let outDir: string
let names: ReturnType<typeof exportFileNames>
let slidesPdf: PdfReport
let handoutPdf: PdfReport
let roleCardsPdf: PdfReport
let factSheetPdf: PdfReport
let memoPdf: PdfReport
let guidePdf: PdfReport

test.beforeAll(async () => {
  test.setTimeout(420_000)
  outDir = await exportedFolder()
  names = exportFileNames((await deck()).title)
  slidesPdf = await readPdf(join(outDir, names.slidesPdf))
  handoutPdf = await readPdf(join(outDir, names.handoutPdf))
  roleCardsPdf = await readPdf(join(outDir, names.roleCardsPdf))
  factSheetPdf = await readPdf(join(outDir, names.factSheetPdf))
  memoPdf = await readPdf(join(outDir, names.memoPdf))
  guidePdf = await readPdf(join(outDir, names.guidePdf))
})

test('the slides PDF has one page of real text per slide', async () => {
  const { slides } = await deck()
  expect(slidesPdf.pageCount).toBe(slides.length)
  slidesPdf.pageTexts.forEach((text, index) => expect(text.length, `page ${index + 1} has no text`).toBeGreaterThan(10))
  slides.forEach((slide, index) => {
    if (slide.title)
      expect(lettersOnly(slidesPdf.pageTexts[index]), `page ${index + 1}: ${slide.title}`).toContain(lettersOnly(slide.title))
  })
})

test('no page draws its text as outlines (Type 3 fonts, from stroked text), in the slides or the handout', async () => {
  expect(await pagesWithType3Fonts(join(outDir, names.slidesPdf)), 'slides PDF pages').toEqual([])
  expect(await pagesWithType3Fonts(join(outDir, names.handoutPdf)), 'handout pages').toEqual([])
})

test('the slides PDF has bookmarks by part and by slide', async () => {
  const { slides } = await deck()
  const partTitles = slidesPdf.bookmarks.filter(mark => mark.children.length).map(mark => mark.title)
  expect(partTitles).toEqual(parts.map(part => part.title))
  const bookmarkedSlides = slidesPdf.bookmarks.reduce((count, mark) => count + (mark.children.length || 1), 0)
  expect(bookmarkedSlides).toBe(slides.length)
})

test('the slides PDF carries the deck\'s metadata', async () => {
  const { title, author } = await deck()
  expect(slidesPdf.info.Title).toContain(title)
  expect(slidesPdf.info.Author).toBe(author)
  expect(String(slidesPdf.info.Subject)).toContain('Pir-Budagyan')
  expect(String(slidesPdf.info.Keywords)).toContain('Kazakhstan')
  expect(slidesPdf.info.Language).toBe('en')
})

test('each part\'s title is searchable text in the slides PDF', async () => {
  const all = normaliseText(slidesPdf.pageTexts.join(' '))
  for (const part of partsWithSectionSlide)
    expect(all).toContain(normaliseText(part.title))
})

test('the handout is tagged A4 with every student slide\'s title and study text, and never the speaker notes', async () => {
  const { slides } = await deck()
  for (const size of handoutPdf.pageSizes) {
    expect(size.width).toBeCloseTo(595.3, 0)
    expect(size.height).toBeCloseTo(841.9, 0)
  }
  expect(handoutPdf.tagged).toBe(true)
  const all = lettersOnly(handoutPdf.pageTexts.join(' '))
  for (const slide of slides.filter(s => s.frontmatter.lecturerOnly !== true)) {
    expect(all, `slide ${slide.no} title`).toContain(lettersOnly(slide.title))
    const study = typeof slide.frontmatter.study === 'string'
      ? noteWords(slide.frontmatter.study).split(' ')
      : []
    // The opening and closing words of every study text, so a text that failed to print, or was cut short, is caught.
    if (study.length) {
      expect(all, `slide ${slide.no} (${slide.file}) study text`).toContain(lettersOnly(study.slice(0, 8).join(' ')))
      expect(all, `slide ${slide.no} (${slide.file}) study text`).toContain(lettersOnly(study.slice(-8).join(' ')))
    }
    const notes = noteWords(slide.note).split(' ')
    if (notes.length >= 12)
      expect(all, `slide ${slide.no} (${slide.file}) speaker notes`).not.toContain(lettersOnly(notes.slice(0, 12).join(' ')))
  }
  for (const slide of slides.filter(s => s.frontmatter.lecturerOnly === true))
    expect(all, `lecturer-only slide ${slide.no}`).not.toContain(lettersOnly(slide.title))
})

test('the handout has the appendix a student needs, and no answer key', async () => {
  const all = handoutPdf.pageTexts.join(' ')
  const headings = [
    'Learning objectives',
    'Appendix',
    'Timeline of events, with sources',
    'Relationships in the diagrams',
    'Glossary',
    'Discussion questions and the role-play',
    'Knowledge checks',
    'Sources and further reading',
    'Further reading: start here',
  ]
  for (const heading of headings)
    expect(lettersOnly(all), heading).toContain(lettersOnly(heading))
  const appendixStart = handoutPdf.pageTexts.findIndex(text => lettersOnly(text).includes(lettersOnly('Appendix Timeline of events')))
  expect(appendixStart).toBeGreaterThan(0)
  const appendix = lettersOnly(handoutPdf.pageTexts.slice(appendixStart).join(' '))
  for (const event of timelineEvents)
    expect(appendix, `timeline row ${event.id}`).toContain(lettersOnly(event.headline))
  for (const tie of ties)
    expect(appendix, `tie ${tie.id}`).toContain(lettersOnly(tie.label))
  for (const entry of glossary)
    expect(appendix, `glossary ${entry.id}`).toContain(lettersOnly(entry.term))
  // Every question is printed without its answer: the answer key is the lecturer's.
  expect(appendix).not.toContain(lettersOnly('Answer key'))
  for (const question of questions)
    expect(appendix, `question ${question.id}`).toContain(lettersOnly(question.prompt))
  for (const source of sources.filter(s => 'readFor' in s))
    expect(appendix, `further reading ${source.id}`).toContain(lettersOnly(source.readFor.why))
})

test('the slides PDF holds the timelines, diagrams and map as searchable text', async () => {
  const { slides } = await deck()
  const pageOf = (tag: string) => slides.filter(slide => slide.content.includes(tag)).map(slide => lettersOnly(slidesPdf.pageTexts[slide.no - 1]))
  const pageText = (slide: DeckSlide) => lettersOnly(slidesPdf.pageTexts[slide.no - 1])
  // Each timeline page prints every event its slide selects: the full one, the focused one, the one since the article.
  const timelineSlides = slides.filter(slide => componentAttributes(slide.content, 'Timeline').length).map(timelineProps)
  expect(timelineSlides.length).toBeGreaterThan(1)
  for (const { slide, selection } of timelineSlides) {
    for (const event of selectEvents(timelineEvents, selection))
      expect(pageText(slide), `slide ${slide.no} (${slide.file}): event ${event.id}`).toContain(lettersOnly(event.headline))
  }
  // The argument map is Mermaid too: every node's text, no error box.
  const argumentSlides = slides.filter(slide => slide.content.includes('<ArgumentMap'))
  expect(argumentSlides.length).toBeGreaterThan(0)
  for (const slide of argumentSlides) {
    expect(pageText(slide), `slide ${slide.no}`).not.toContain(lettersOnly('Syntax error'))
    for (const node of thesisArgument.nodes)
      expect(pageText(slide), `slide ${slide.no}: argument node ${node.id}`).toContain(lettersOnly(node.text))
  }
  const diagramSlides = slides.filter(slide => slide.content.includes('<RelationshipDiagram'))
  expect(diagramSlides.length).toBeGreaterThan(0)
  for (const slide of diagramSlides) {
    const view = /<RelationshipDiagram[^>]*view="(\w+)"/.exec(slide.content)![1] as ViewId
    const page = pageText(slide)
    expect(page, `slide ${slide.no}`).not.toContain(lettersOnly('Syntax error'))
    for (const tie of viewTies(views[view]))
      expect(page, `slide ${slide.no} (${view}): the label of tie ${tie.id}`).toContain(lettersOnly(tie.label))
  }
  const mapText = pageOf('<RegionMap').join(' ')
  for (const name of [
    ...countries.map(country => country.name),
    ...cities.map(city => city.name),
  ])
    expect(mapText, `map label ${name}`).toContain(lettersOnly(name))
})

test('the handout has page numbers and bookmarks for every part', async () => {
  handoutPdf.pageTexts.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${handoutPdf.pageCount}`))
  const titles = handoutPdf.bookmarks.map(mark => mark.title)
  for (const part of parts)
    expect(titles).toContain(part.title)
  expect(titles).toContain('Appendix')
})

test('the PPTX has one slide per slide and the speaker notes', async () => {
  const { slides } = await deck()
  const zip = await JSZip.loadAsync(await readFile(join(outDir, names.pptx)))
  const files = Object.keys(zip.files)
  expect(files.filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(slides.length)
  const noteFiles = files.filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
  expect(noteFiles).toHaveLength(slides.filter(slide => slide.note).length)
  const firstNote = await zip.file(noteFiles[0])!.async('string')
  expect(firstNote).toContain(noteWords(slides[0].note).split(' ').slice(0, 4).join(' '))
})

test('a failed export names its step and leaves the earlier file intact', async () => {
  // A second export run, of the one-page memo, the cheapest step that writes a PDF.
  test.setTimeout(120_000)
  const scratch = await mkdtemp(join(tmpdir(), 'deck-export-fail-'))
  const earlier = join(scratch, names.memoPdf)
  await copyFile(join(outDir, names.memoPdf), earlier)
  const before = await readFile(earlier)
  // A folder where the exporter writes its temporary file makes the write fail, even for root.
  await mkdir(`${earlier}.tmp`)
  const run = await runExport(scratch, '--skip-build', '--only', 'memo')
  expect(run.status).not.toBe(0)
  expect(run.stderr).toContain('the memo step failed')
  expect((await readFile(earlier)).equals(before)).toBe(true)
})

test('without a usable Chromium the export stops with one sentence saying what to install', async () => {
  const [command, args] = projectTool('tsx', [
    'scripts/export.ts',
    '--skip-build',
    '--out',
    join(tmpdir(), 'deck-export-none'),
  ])
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
  })
  expect(run.status).not.toBe(0)
  expect(run.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, which does not exist')
  expect(run.stderr).toContain('apt-get install chromium')
  expect(run.stderr).not.toMatch(/\n\s+at /)
})

/** The kit's documents, each as the exporter wrote it. */
function kitPdfs() {
  return {
    'role cards': roleCardsPdf,
    'fact sheet': factSheetPdf,
    'decision memo': memoPdf,
    'instructor guide': guidePdf,
  }
}

test('every kit document is a tagged A4 PDF with its title, language, comma-separated keywords, bookmarks and page numbers', async () => {
  const { title } = await deck()
  for (const [kind, pdf] of Object.entries(kitPdfs())) {
    for (const size of pdf.pageSizes) {
      expect(size.width, kind).toBeCloseTo(595.3, 0)
      expect(size.height, kind).toBeCloseTo(841.9, 0)
    }
    expect(pdf.tagged, kind).toBe(true)
    expect(String(pdf.info.Title), kind).toContain(title)
    expect(String(pdf.info.Title).toLowerCase(), kind).toContain(kind)
    expect(pdf.info.Language, kind).toBe('en')
    expect(String(pdf.info.Keywords), kind).toMatch(/\w, \w/)
    expect(pdf.bookmarks.length, kind).toBeGreaterThan(0)
    pdf.pageTexts.forEach((text, index) => expect(text, `${kind} page ${index + 1}`).toContain(`Page ${index + 1} of ${pdf.pageCount}`))
  }
  for (const name of [
    names.roleCardsPdf,
    names.factSheetPdf,
    names.memoPdf,
    names.guidePdf,
  ])
    expect(await pagesWithType3Fonts(join(outDir, name)), name).toEqual([])
})

test('the role cards give each seat its own page with its brief, facts and sources, and a bookmark', async () => {
  expect(roleCardsPdf.pageCount).toBe(seats.length)
  expect(roleCardsPdf.bookmarks.map(mark => mark.title).toSorted()).toEqual(seats.map(seat => seat.title).toSorted())
  for (const seat of seats) {
    const page = roleCardsPdf.pageTexts.find(text => lettersOnly(text).includes(lettersOnly(`Late 2022 ${seat.title}`)))
    expect(page, `a page for ${seat.title}`).toBeDefined()
    const text = lettersOnly(page!)
    for (const part of [
      seat.who,
      seat.redLine,
      seat.question.text,
      ...seat.interests,
    ])
      expect(text, `${seat.id}: ${part}`).toContain(lettersOnly(part))
    for (const fact of seatFacts(seat, briefingFacts)) {
      expect(text, `${seat.id}: fact ${fact.id}`).toContain(lettersOnly(fact.text))
      for (const id of fact.source.sources ?? [])
        expect(text, `${seat.id}: fact ${fact.id}'s source ${id}`).toContain(lettersOnly(sourceById(id)!.publisher))
    }
  }
})

test('the fact sheet is one page of every late-2022 fact, and names no later event', async () => {
  expect(factSheetPdf.pageCount).toBe(1)
  const text = lettersOnly(factSheetPdf.pageTexts[0])
  expect(text).toContain(lettersOnly('Kazakhstan, late 2022'))
  for (const fact of briefingFacts)
    expect(text, fact.id).toContain(lettersOnly(fact.text))
  for (const event of timelineEvents.filter(event => !dateBefore(event.start, articleWrittenBy)))
    expect(text, `later event ${event.id}`).not.toContain(lettersOnly(event.headline))
  // No year after 2022 appears at all, neither on the fact sheet nor on a role card.
  expect(factSheetPdf.pageTexts[0]).not.toMatch(/\b20(?:2[3-9]|[3-9]\d)\b/)
  roleCardsPdf.pageTexts.forEach((page, index) => expect(page, `role card ${index + 1}`).not.toMatch(/\b20(?:2[3-9]|[3-9]\d)\b/))
})

test('the decision memo is one page: the template and its rubric', async () => {
  expect(memoPdf.pageCount).toBe(1)
  const text = lettersOnly(memoPdf.pageTexts[0])
  for (const section of memoSections)
    expect(text, section.id).toContain(lettersOnly(section.prompt))
  for (const row of memoRubric)
    expect(text, row.id).toContain(lettersOnly(row.strong))
})

test('the instructor guide holds every slide\'s script, the role-play debrief, every key with its reasoning and the rubric', async () => {
  const { slides, title } = await deck()
  const all = lettersOnly(guidePdf.pageTexts.join(' '))
  // A note may run across a page break (the running footer lands inside it) and shows its click marks as numbers:
  // compare the script without either.
  const footer = new RegExp(`Page \\d+ of \\d+|${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · instructor guide`, 'g')
  const script = lettersOnly(guidePdf.pageTexts.map(text => text.replace(footer, ' ')).join(' ')).replace(/\d+/g, '')
  const words = (note: string) => lettersOnly(note).replace(/\d+/g, '')
  for (const slide of slides) {
    const text = noteWords(slide.note).split(' ')
    if (text.length < 8)
      continue
    expect(script, `slide ${slide.no} (${slide.file}) script`).toContain(words(text.slice(0, 8).join(' ')))
    expect(script, `slide ${slide.no} (${slide.file}) script`).toContain(words(text.slice(-8).join(' ')))
  }
  for (const item of debrief)
    expect(all, item.question).toContain(lettersOnly(item.strongAnswer))
  for (const entry of answerKey(questions)) {
    expect(all, `key ${entry.number}`).toContain(lettersOnly(entry.answer))
    expect(all, `reasoning ${entry.number}`).toContain(lettersOnly(entry.reasoning))
  }
  for (const row of memoRubric)
    expect(all, row.id).toContain(lettersOnly(row.weak))
  expect(guidePdf.bookmarks.map(mark => mark.title)).toEqual(expect.arrayContaining(['Running the role-play', 'Answer key with the reasoning']))
})

test('no student file gives a knowledge check\'s answer: the handout, the role cards, the fact sheet and the memo', async () => {
  const student = {
    'handout': handoutPdf,
    'role cards': roleCardsPdf,
    'fact sheet': factSheetPdf,
    'decision memo': memoPdf,
  }
  for (const [kind, pdf] of Object.entries(student)) {
    const text = lettersOnly(pdf.pageTexts.join(' '))
    for (const question of questions)
      expect(text, `${kind}: the reasoning of ${question.id}`).not.toContain(lettersOnly(question.reasoning))
    expect(text, kind).not.toContain(lettersOnly('Answer key'))
  }
})

test('the PPTX notes pages are A4 with every notes placeholder on the page', async () => {
  const { page, boxes } = await notesPlaceholders(await readFile(join(outDir, names.pptx)))
  expect(page).toEqual(A4_NOTES)
  expect(boxes.filter(box => box.x + box.cx > page.cx || box.y + box.cy > page.cy).map(box => `${box.file} ${box.type}`)).toEqual([])
})

test('a mistyped option prints one sentence and the usage, no stack trace', async () => {
  // One run shows how the command reports a bad option; the sentence for each bad option (a mastery score outside
  // 0–100 among them) is unit-tested in tests/unit/exports.test.ts.
  const run = await runExport(tmpdir(), '--skip-build', '--only', 'notes')
  expect(run.status).toBe(2)
  expect(run.stderr).toMatch(/^export: [^\n]+\.\n\nUsage: npm run export/)
  expect(run.stderr).not.toMatch(/\n\s+at /)
})
