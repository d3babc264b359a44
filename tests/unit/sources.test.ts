import { describe, expect, it } from 'vitest'
import { article, paragraphOpenings } from '../../data/article'
import { sources } from '../../data/sources'
import { paragraphUrl } from '../../logic/article'
import { citationParts } from '../../logic/citations'

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
  })
})

// That no source is an aggregator or mirror is a rule of the sources schema (logic/validation/schemas/sources.ts).
describe('the standing of sources', () => {
  it('gives doi 10.1093/ia/iiaa061 its real title and authors', () => {
    const paper = sources.find(source => source.url === 'https://doi.org/10.1093/ia/iiaa061')!
    expect(paper.title).toContain('Between the bear and the dragon: multivectorism in Kazakhstan as a model strategy for secondary powers')
    expect(paper.title).toContain('Rachel Vanderhill, Sandra F. Joireman and Roza Tulepbayeva')
  })

  it('takes the CPC court order and the 80% figure from RFE/RL and the Astana Times', () => {
    const hosts = sources.filter(source => source.id === 'rferl-cpc' || source.id === 'astanatimes-cpc').map(source => new URL(source.url).hostname)
    expect(hosts).toEqual(['rferl.org', 'astanatimes.com'])
  })
})
