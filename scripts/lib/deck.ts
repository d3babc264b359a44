/**
 * The deck as Slidev itself parses it: the same slide list, numbers, titles, frontmatter and notes
 * that the built site shows. Tests, the exporter and the benchmark read slides from here, never a hard-coded count.
 */
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export interface DeckSlide {
  /** 1-based slide number, as in the URL /N. */
  no: number
  title: string
  /** The part of the article's argument this slide belongs to (frontmatter `part`). */
  part: string
  /** Article paragraphs this slide presents (frontmatter `paragraphs`). */
  paragraphs: number[]
  layout: string
  content: string
  /** Speaker notes as written (Markdown), empty when the slide has none. */
  note: string
  /** The file the slide is written in, relative to the project. */
  file: string
  /** The slide's whole frontmatter (e.g. `clicks`, `question`), for checks the fields above do not cover. */
  frontmatter: Readonly<Record<string, unknown>>
}

export interface Deck {
  title: string
  author: string
  info: string
  keywords: string
  slides: DeckSlide[]
}

export async function loadDeck(entry = resolve('slides.md')): Promise<Deck> {
  const root = resolve(entry, '..')
  const data = await load({
    userRoot: root,
    roots: [root],
  } as Parameters<typeof load>[0], entry)
  const relative = (path: string) => path.replace(`${root}/`, '')
  const errors = Object.entries(data.markdownFiles).flatMap(([path, md]) => [
    ...(md.errors ?? []).map(error => `${relative(path)}:${error.row + 1}: ${error.message}`),
    // Slidev keeps a slide whose frontmatter is not valid YAML and silently drops the frontmatter; we refuse it.
    ...md.slides.flatMap(slide => (slide.frontmatterDoc?.errors ?? []).map(error =>
      `${relative(path)}:${slide.start + 1}: the frontmatter is not valid YAML (${error.message.split('\n')[0]})`)),
  ])
  if (errors.length)
    throw new Error(`The deck has broken slide files:\n${errors.join('\n')}`)
  const headmatter = data.headmatter as Record<string, unknown>
  return {
    title: String(headmatter.title ?? ''),
    author: String(headmatter.author ?? ''),
    info: String(headmatter.info ?? '').trim(),
    keywords: String(headmatter.keywords ?? ''),
    slides: data.slides.map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? '',
      part: String(slide.frontmatter.part ?? ''),
      paragraphs: Array.isArray(slide.frontmatter.paragraphs)
        ? slide.frontmatter.paragraphs.map(Number)
        : [],
      layout: String(slide.frontmatter.layout ?? (index === 0
        ? 'cover'
        : 'default')),
      content: slide.content,
      note: (slide.note ?? '').trim(),
      file: slide.source.filepath.replace(`${root}/`, ''),
      frontmatter: slide.frontmatter,
    })),
  }
}

/** A note's words as a reader sees them rendered (logic/note-text.ts), for the specs that read notes with the deck. */
