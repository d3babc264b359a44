/**
 * A slide's Markdown text (speaker notes, study text) as plain words: HTML tags and component tags gone with their
 * words kept, links reduced to their labels, emphasis and code marks dropped.
 */

export interface NoteTextOptions {
  /**
   * The lecturer's script, as PowerPoint's notes show it: [click] markers and line breaks kept. Otherwise the words
   * a reader sees rendered, on one line: markers dropped, every mark-up character gone, whitespace folded.
   */
  script?: boolean
}

export function noteText(note: string, { script = false }: NoteTextOptions = {}): string {
  const words = note
    // Tags go, their words stay; between the words of a rendered page a tag may stand for a break.
    .replace(/<[^>]+>/g, script ? '' : ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|\*|`)([^*`]+)\1/g, '$2')
  if (script)
    return words.trim()
  return words
    .replace(/\[click(?::\d+)?\]/g, ' ')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
