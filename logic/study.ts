/**
 * The reading view and the handout group slides by the part of the argument they belong to.
 * Pure: takes plain slide records, so it is tested without Slidev.
 */
import type { Part } from '../data/article'

export interface StudySlideInfo {
  no: number
  title: string
  part: string
  paragraphs: readonly number[]
  /** The student text: the slide's `study` frontmatter (Markdown), never its speaker notes; '' until written. */
  studyText: string
}

/** What a student surface needs from a slide's frontmatter. */
export interface StudySource {
  no: number
  title: string
  frontmatter: Readonly<Record<string, unknown>>
}

/**
 * The slides a student surface shows, each with its student text: a `lecturerOnly` slide (the answer key) is left
 * out, and the speaker notes never come in, so nothing written for the lecturer can reach a student.
 */
export function studySlideInfos(slides: readonly StudySource[]): StudySlideInfo[] {
  return slides
    .filter(slide => slide.frontmatter.lecturerOnly !== true)
    .map(slide => ({
      no: slide.no,
      title: slide.title,
      part: String(slide.frontmatter.part ?? ''),
      paragraphs: Array.isArray(slide.frontmatter.paragraphs)
        ? slide.frontmatter.paragraphs.map(Number)
        : [],
      studyText: typeof slide.frontmatter.study === 'string'
        ? slide.frontmatter.study.trim()
        : '',
    }))
}

function escapeHTML(text: string) {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/** Inline Markdown a student text uses: **strong**, *emphasis* or _emphasis_, and [links](https://…) or [links](#anchor). */
function inlineHTML(text: string): string {
  return escapeHTML(text)
    .replace(/\[([^\]]+)\]\(((?:https?:\/\/|#)[^\s)]+)\)/g, (_, label: string, href: string) => {
      const external = href.startsWith('#')
        ? ''
        : ' target="_blank" rel="noopener"'
      return `<a href="${href}"${external}>${label}</a>`
    })
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*\B/g, '$1<em>$2</em>')
    .replace(/(^|\W)_([^_\s][^_]*)_\b/g, '$1<em>$2</em>')
}

/**
 * A student text as HTML: paragraphs split at blank lines, "- " lines as a list, and inline marks. The text is
 * escaped first, so a student text can never inject markup; it is written in frontmatter, where Slidev does not
 * render Markdown.
 */
export function studyTextHTML(markdown: string): string {
  return markdown
    .trim()
    .split(/\n\s*\n/)
    .filter(block => block.trim())
    .map((block) => {
      const lines = block.trim().split('\n').map(line => line.trim())
      if (lines.every(line => line.startsWith('- ')))
        return `<ul>${lines.map(line => `<li>${inlineHTML(line.slice(2))}</li>`).join('')}</ul>`
      return `<p>${inlineHTML(lines.join(' '))}</p>`
    })
    .join('')
}

export interface StudyPartGroup {
  part: Part
  slides: StudySlideInfo[]
}

/** Stable anchor ids, so the table of contents and links from quizzes can point into the page. */
export const partAnchor = (partId: string) => `part-${partId}`
export const slideAnchor = (no: number) => `slide-${no}`

/** Where the reading view remembers the last slide a student read, so they can pick up there. */
export const lastReadKey = 'kazakhstan-policy-deck:study:last-read:v1'

/** The remembered slide number, if it is one the deck still has. */
export function parseLastRead(stored: string | null, slideCount: number): number | undefined {
  const no = Number(stored)
  return Number.isInteger(no) && no >= 1 && no <= slideCount
    ? no
    : undefined
}
