import { describe, expect, it } from 'vitest'
import { glossary } from '../../data/glossary'
import { glossaryAnchor, glossaryEntry, glossaryPage, linkGlossaryTerms, termNames } from '../../logic/glossary'

const required = [
  'eaeu',
  'csto',
  'bri',
  'multi-vector',
  'russkiy-mir',
  'holodomor',
  'asharshylyk',
  'c5plus1',
  'consolidated-authoritarian',
  'neocolonialism',
  'quasi-state',
  'sphere-of-influence',
]

describe('the glossary', () => {
  it('defines every term the module needs', () => {
    expect(glossary.map(entry => entry.id)).toEqual(expect.arrayContaining(required))
  })
})

describe('glossary helpers', () => {
  it('splits the sorted glossary across pages with nothing lost or repeated', () => {
    const first = glossaryPage(glossary, 1, 2)
    const second = glossaryPage(glossary, 2, 2)
    expect([
      ...first,
      ...second,
    ].map(e => e.id).sort()).toEqual(glossary.map(e => e.id).sort())
    expect(first[0].term.localeCompare(second[0].term)).toBeLessThan(0)
  })
})

describe('linking glossary terms in notes', () => {
  const terms = [
    { id: 'eaeu', term: 'EAEU', expansion: 'Eurasian Economic Union' },
    { id: 'quasi-state', term: 'Quasi-state' },
    { id: 'c5plus1', term: 'C5+1' },
    { id: 'russkiy-mir', term: 'Russkiy mir', expansion: '“Russian world”' },
    {
      id: 'multi-vector',
      term: 'Multi-vector diplomacy',
      aliases: ['multi-vector policy'],
    },
  ]
  const link = (id: string, text: string) => `<a class="study-term-link" href="#${glossaryAnchor(id)}">${text}</a>`

  it('links only the first use of each term, whatever its case, to the term\'s appendix entry', () => {
    expect(linkGlossaryTerms('<p>The eaeu and the EAEU again; then the CSTO.</p>', terms))
      .toBe(`<p>The ${link('eaeu', 'eaeu')} and the EAEU again; then the CSTO.</p>`)
  })

  it('matches whole words only, a plural included', () => {
    expect(linkGlossaryTerms('<p>EAEUX, quasi-statehood, then two quasi-states and C5+1.</p>', terms))
      .toBe(`<p>EAEUX, quasi-statehood, then two ${link('quasi-state', 'quasi-states')} and ${link('c5plus1', 'C5+1')}.</p>`)
  })

  it('knows a term by its expansion (quotation marks dropped) and its aliases, across a line break', () => {
    expect(linkGlossaryTerms('<p>The Eurasian\nEconomic Union, the Russian world and a multi-vector policy.</p>', terms))
      .toBe(`<p>The ${link('eaeu', 'Eurasian\nEconomic Union')}, the ${link('russkiy-mir', 'Russian world')} and a ${link('multi-vector', 'multi-vector policy')}.</p>`)
    expect(termNames(terms[3])).toEqual(['Russkiy mir', 'Russian world'])
  })

  it('never links inside a tag, an existing link or code, and links the next use outside them', () => {
    const html = '<p title="EAEU"><a href="https://example.org">the EAEU</a> <code>EAEU</code> <span>EAEU</span></p>'
    expect(linkGlossaryTerms(html, terms))
      .toBe(`<p title="EAEU"><a href="https://example.org">the EAEU</a> <code>EAEU</code> <span>${link('eaeu', 'EAEU')}</span></p>`)
  })

  it('leaves text without terms, and an empty glossary, unchanged', () => {
    expect(linkGlossaryTerms('<p>Nothing to see &amp; nothing to link.</p>', terms)).toBe('<p>Nothing to see &amp; nothing to link.</p>')
    expect(linkGlossaryTerms('<p>EAEU</p>', [])).toBe('<p>EAEU</p>')
  })

  it('finds terms of the real glossary in a real note', () => {
    const html = linkGlossaryTerms('<p>Tokayev called them "quasi-states"; Kazakhstan stays in the CSTO and keeps its multi-vector policy.</p>', glossary)
    expect(html).toContain(`href="#${glossaryAnchor('quasi-state')}">quasi-states</a>`)
    expect(html).toContain(`href="#${glossaryAnchor('csto')}">CSTO</a>`)
    // The notes say "multi-vector policy" more often than the glossary's "multi-vector diplomacy".
    expect(html).toContain(`href="#${glossaryAnchor('multi-vector')}">multi-vector policy</a>`)
  })
})

describe('a slide\'s record by id (logic/records.ts)', () => {
  it('finds the record, and names a missing id and its dataset rather than returning nothing', () => {
    expect(glossaryEntry('eaeu').id).toBe('eaeu')
    expect(() => glossaryEntry('quasi-stat')).toThrow('data/glossary.ts has no "quasi-stat": is the id on the slide misspelt?')
  })
})
