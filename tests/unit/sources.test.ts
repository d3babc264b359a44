import { describe, expect, it } from 'vitest'
import { article, paragraphOpenings, paragraphUrl } from '../../data/article'
import { citationParts, sources, sourcesErrors } from '../../data/sources'

describe('links to the article\'s paragraphs', () => {
  it('has one distinct opening for every paragraph', () => {
    expect(paragraphOpenings).toHaveLength(article.paragraphCount)
    expect(new Set(paragraphOpenings).size).toBe(paragraphOpenings.length)
    for (const opening of paragraphOpenings)
      expect(opening, 'a curly apostrophe may not match the published page').not.toMatch(/[’‘“”]/)
  })

  it('points at the article with a text fragment that decodes to the paragraph\'s opening', () => {
    paragraphOpenings.forEach((opening, index) => {
      const url = paragraphUrl(index + 1)
      const [page, fragment] = url.split('#:~:text=')
      expect(page).toBe(article.url)
      // "," and "-" are the syntax of a text fragment, so inside the text they must be escaped.
      expect(fragment).not.toMatch(/[,\- ]/)
      expect(decodeURIComponent(fragment)).toBe(opening)
    })
  })

  it('refuses a paragraph the article does not have', () => {
    expect(() => paragraphUrl(article.paragraphCount + 1)).toThrow('The article has no paragraph ¶14')
  })

  it('sends a citation of several paragraphs to the first of them', () => {
    const [part] = citationParts({
      paragraphs: [9, 7],
    })
    expect(part).toEqual({
      label: 'Article ¶7, ¶9',
      url: paragraphUrl(7),
    })
  })
})

describe('further reading', () => {
  it('marks a few sources, each saying what to read it for and with which paragraphs', () => {
    const reading = sources.filter(source => 'readFor' in source)
    expect(reading.length).toBeGreaterThanOrEqual(3)
    expect(sourcesErrors()).toEqual([])
  })

  it('refuses further reading without a reason or with a paragraph the article lacks', () => {
    const base = {
      id: 'x',
      title: 'T',
      publisher: 'P',
      url: 'https://example.org/',
    }
    expect(sourcesErrors([
      {
        ...base,
        readFor: {
          paragraphs: [4],
          why: ' ',
        },
      },
    ]))
      .toEqual(['source "x" is further reading but does not say what to read it for'])
    expect(sourcesErrors([
      {
        ...base,
        readFor: {
          paragraphs: [14],
          why: 'the EAEU',
        },
      },
    ]))
      .toEqual(['source "x" as further reading cites ¶14, which the article does not have (¶1–¶13)'])
  })
})
