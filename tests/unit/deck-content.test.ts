/**
 * The slides, read through Slidev's own parser: the lecture slides (pages/01-opening … pages/07-practice) for
 * their wording, and every slide of the deck for its clicks and its minutes.
 *
 * A "content slide" is every lecture slide except a bare section divider: a `layout: section` slide whose
 * only content is its title. Content slides need speaker notes a lecturer can read cold (60–200 words);
 * a bare divider may have shorter notes but still needs some.
 */
import type { DeckSlide } from '../../scripts/lib/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { article, parts } from '../../data/article'
import { noteText } from '../../logic/note-text'
import { loadDeck } from '../../scripts/lib/deck'
import { partsWithSectionSlide } from '../support/parts'

const LECTURE_FILES = [
  'pages/01-opening.md',
  'pages/02-thesis.md',
  'pages/03a-russia.md',
  'pages/03b-culture.md',
  'pages/04a-case.md',
  'pages/04b-case.md',
  'pages/05-dilemma.md',
  'pages/06-critique.md',
  'pages/07-practice.md',
]
const ARGUMENT_PARTS = ['thesis', 'russia', 'case', 'dilemma']
let slides: DeckSlide[] = []
let lecture: DeckSlide[] = []
beforeAll(async () => {
  const deck = await loadDeck()
  slides = deck.slides
  lecture = slides.filter(slide => LECTURE_FILES.includes(slide.file))
}, 30_000)

/** The slide's body without its `# Title`, style blocks and HTML comments. */
function body(slide: DeckSlide): string {
  return slide.content
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^# .*$/m, '')
    .trim()
}

/** The words a lecturer reads in a note, as the presenter view renders it. */
function wordCount(note: string): number {
  const text = noteText(note)
  return text.split(' ').filter(word => /\w/.test(word)).length
}

const isBareDivider = (slide: DeckSlide) => slide.layout === 'section' && body(slide) === ''

describe('the lecture slides', () => {
  it('are all found in the deck, in every lecture file', () => {
    const files = new Set(lecture.map(slide => slide.file))
    expect([...files].sort()).toEqual([...LECTURE_FILES].sort())
    expect(lecture.length).toBeGreaterThanOrEqual(24)
  })

  it('each have a title and a layout', () => {
    for (const slide of lecture) {
      expect(slide.title, `slide ${slide.no} in ${slide.file}`).not.toBe('')
      expect(slide.content, `slide ${slide.no}`).toMatch(/^# /m)
    }
  })

  it('give every content slide speaker notes of 60–200 words', () => {
    for (const slide of lecture) {
      const words = wordCount(slide.note)
      const range = isBareDivider(slide)
        ? [10, 200]
        : [60, 200]
      expect(words, `slide ${slide.no} "${slide.title}" notes have ${words} words`).toBeGreaterThanOrEqual(range[0])
      expect(words, `slide ${slide.no} "${slide.title}" notes have ${words} words`).toBeLessThanOrEqual(range[1])
    }
  })

  it('say in the notes which paragraph a slide presents', () => {
    for (const slide of lecture) {
      if (slide.paragraphs.length)
        expect(slide.note, `slide ${slide.no} "${slide.title}"`).toMatch(/paragraph/i)
    }
  })

  it('cite every paragraph of the article in some slide’s frontmatter', () => {
    const cited = new Set(lecture.flatMap(slide => slide.paragraphs))
    const missing = Array.from({ length: article.paragraphCount }, (_, i) => i + 1).filter(p => !cited.has(p))
    expect(missing).toEqual([])
  })

  it('present the paragraphs in non-decreasing order from the thesis to the dilemma', () => {
    const sequence = lecture
      .filter(slide => ARGUMENT_PARTS.includes(slide.part) && slide.paragraphs.length)
      .map(slide => ({
        no: slide.no,
        first: Math.min(...slide.paragraphs),
      }))
    for (let i = 1; i < sequence.length; i++)
      expect(sequence[i].first, `slide ${sequence[i].no} goes back in the article`).toBeGreaterThanOrEqual(sequence[i - 1].first)
  })

  it('cite only paragraphs that belong to the slide’s part', () => {
    for (const slide of lecture) {
      const part = parts.find(p => p.id === slide.part)
      expect(part, `slide ${slide.no} has part "${slide.part}"`).toBeDefined()
      for (const paragraph of slide.paragraphs)
        expect(part!.paragraphs, `slide ${slide.no} cites ¶${paragraph}`).toContain(paragraph)
    }
  })

  it('open each part they teach with a section slide titled with the part’s title', () => {
    for (const part of partsWithSectionSlide) {
      const first = lecture.find(slide => slide.part === part.id)
      expect(first, `part ${part.id}`).toBeDefined()
      expect(first!.layout, `first slide of ${part.id}`).toBe('section')
      expect(first!.title).toBe(part.title)
    }
  })

  it('keep to at most six bullet lines per slide', () => {
    for (const slide of lecture) {
      const bullets = body(slide).match(/^\s*(?:-|\d+\.) /gm)?.length ?? 0
      expect(bullets, `slide ${slide.no} "${slide.title}"`).toBeLessThanOrEqual(6)
    }
  })

  it('leave the "Article ¶N" reference to the footer instead of writing it by hand', () => {
    for (const slide of lecture)
      expect(body(slide), `slide ${slide.no}`).not.toMatch(/Article ¶/)
  })
})

describe('every slide of the deck', () => {
  it('gives every slide a lecturer clicks through notes of 60–200 words to read cold', () => {
    for (const slide of slides.filter(slide => slide.frontmatter.clicks !== undefined)) {
      const words = wordCount(slide.note)
      expect(words, `slide ${slide.no} "${slide.title}" (${slide.file})`).toBeGreaterThanOrEqual(60)
      expect(words, `slide ${slide.no} "${slide.title}" (${slide.file})`).toBeLessThanOrEqual(200)
    }
  })

  it('puts a [click] marker in the notes for each click its frontmatter gives it', () => {
    // Slidev's click-synced notes: `[click]` or `[click:N]` begins the words for the next click.
    const markers = (note: string) => note.match(/\[click(?::\d+)?\]/g)?.length ?? 0
    for (const slide of slides) {
      const clicks = slide.frontmatter.clicks ?? 0
      expect(markers(slide.note), `slide ${slide.no} "${slide.title}" (${slide.file}) has clicks: ${String(clicks)}`).toBe(clicks)
    }
  })

  it('leaves minutes out of the notes and opens a self-study slide’s notes by saying it is not shown in class', () => {
    for (const slide of slides.slice(1)) {
      const first = slide.note.split(/\n\s*\n/)[0]
      expect(first, `slide ${slide.no} "${slide.title}" (${slide.file})`).not.toMatch(/\babout (?:half a|a|one|two|\d)[^.]* minutes?\b/i)
      if (slide.frontmatter.selfStudy === true)
        expect(slide.note, `slide ${slide.no} "${slide.title}" (${slide.file})`).toMatch(/^Self-study slide: not shown in class\./)
    }
  })
})
