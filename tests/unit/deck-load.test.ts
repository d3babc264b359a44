import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/lib/deck'

async function deckWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'deck-'))
  await mkdir(join(root, 'pages'))
  for (const [name, text] of Object.entries(files))
    await writeFile(join(root, name), text)
  return join(root, 'slides.md')
}

describe('loading the deck', () => {
  it('reads the real deck with a title, parts and notes', async () => {
    const deck = await loadDeck()
    expect(deck.title).toBe('Washington needs a more defined Kazakhstan policy')
    expect(deck.slides.length).toBeGreaterThan(20)
    expect(deck.slides.every(slide => slide.no === deck.slides.indexOf(slide) + 1)).toBe(true)
  })

  it('names the file of a slide whose frontmatter is broken', async () => {
    const entry = await deckWith({
      'slides.md': '---\ntitle: T\n---\n\n# Cover\n\n---\nsrc: ./pages/a.md\n---\n',
      'pages/a.md': '---\nlayout: [unclosed\n---\n\n# A\n',
    })
    await expect(loadDeck(entry)).rejects.toThrow(/pages\/a\.md:1: the frontmatter is not valid YAML/)
  })

  it('leaves out hidden slides and numbers the rest as the built site does', async () => {
    const entry = await deckWith({
      'slides.md': '---\ntitle: T\n---\n\n# Cover\n\n---\nhide: true\n---\n\n# Draft\n\n---\n\n# Kept\n',
    })
    const deck = await loadDeck(entry)
    expect(deck.slides.map(slide => `${slide.no} ${slide.title}`)).toEqual(['1 T', '2 Kept'])
  })

  it('names an imported file that does not exist', async () => {
    const entry = await deckWith({ 'slides.md': '---\ntitle: T\n---\n\n# Cover\n\n---\nsrc: ./pages/missing.md\n---\n' })
    await expect(loadDeck(entry)).rejects.toThrow(/Imported markdown file not found: .*pages\/missing\.md/)
  })
})
