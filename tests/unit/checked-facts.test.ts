/**
 * Details the deck must get right, each held by a test: a date, a label, a source's standing, a column of the claims
 * table. Every expectation is what the article's own words or the sources recorded
 * with each fact in data/ (primary or established sources, listed in data/sources.ts) settle.
 */
import type { MapStep, MapStory } from '../../data/places'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { argumentRoles, thesisArgument } from '../../data/argument'
import { decisionQuestion } from '../../data/article'
import { claimChecks, objections, reasoningTests } from '../../data/critique'
import { glossary } from '../../data/glossary'
import { stories } from '../../data/places'
import { ties, views } from '../../data/relations'
import { claimsThat } from '../../logic/critique'
import { argumentToMermaid, viewTies } from '../../logic/mermaid'

/** Each page's slide text (what students see) and notes (the lecturer's script), apart. */
const pages = readdirSync('pages').filter(file => file.endsWith('.md')).map((file) => {
  const text = readFileSync(join('pages', file), 'utf8')
  return {
    file,
    notes: [
      ...text.matchAll(/<!--([\s\S]*?)-->/g),
    ].map(match => match[1]).join('\n'),
    body: text.replace(/<!--[\s\S]*?-->/g, ''),
  }
})
const page = (file: string) => pages.find(p => p.file === file)!
const dataTexts = [
  'timeline',
  'critique',
  'relations',
  'glossary',
  'places',
  'argument',
  'sources',
]
  .map(name => ({
    file: `data/${name}.ts`,
    text: readFileSync(join('data', `${name}.ts`), 'utf8'),
  }))

describe('the CPC court order of July 2022', () => {
  it('is never said to have halted or suspended the pipeline: the court ordered it, and the oil flowed', () => {
    const offenders = [
      ...pages.map(p => ({ file: p.file, text: `${p.body}\n${p.notes}` })),
      ...dataTexts,
    ].filter(({ text }) => /court (?:halts|halted|suspends|suspended the)|halts the CPC|suspended the pipeline/i.test(text)).map(({ file }) => file)
    expect(offenders).toEqual([])
  })

  it('tells, where an objection uses it, that a fine replaced the order within days', () => {
    const oil = objections.find(o => o.id === 'oil-through-russia')!
    expect(oil.objection).toMatch(/ordered it suspended/)
    expect(oil.objection).toMatch(/fine replaced/)
    expect(oil.citation.sources).toEqual(['rferl-cpc', 'astanatimes-cpc'])
  })
})

describe('the claims table', () => {
  it('keeps our remarks out of the column "The author claims"', () => {
    // Our voice (the missing date, a "yet", "we") belongs in the evidence column.
    for (const check of claimChecks)
      expect(check.claim, check.id).not.toMatch(/\b(?:yet|but) the (?:text|article)\b|\bno date\b|\bgives no\b|\bwe\b|\bour\b/i)
    const undated = claimChecks.find(check => check.id === 'undated')!
    expect(undated.claim).toBe('Washington should begin “now”.')
    expect(undated.evidence).toMatch(/^The text gives no date/)
  })

  it('quotes ¶8 as he wrote it, not as "no strong memory of the famine"', () => {
    const memory = claimChecks.find(check => check.id === 'famine-memory')!
    expect(memory.claim).toContain('“arguably not developed a strong cultural memory of resentment”')
    expect(memory.evidence).toMatch(/31 May/)
    expect(memory.evidence).toMatch(/Almaty in 2017/)
    expect(pages.map(p => `${p.body}${p.notes}`).join('\n')).not.toMatch(/no strong memory of the famine/i)
  })

  it('judges ¶7’s "at least 55" as only partly supported: the source’s 55 span many sectors', () => {
    const bri = claimChecks.find(check => check.id === 'bri-55')!
    expect(bri.verdict).toBe('partly supported')
    expect(bri.evidence).toMatch(/many sectors/)
    expect(page('06-critique.md').notes).not.toMatch(/the number holds/i)
  })
})

describe('premise and inference, judged apart', () => {
  it('supports ¶4’s premise (the idea was Kazakhstan’s) but not the autonomy he infers from it', () => {
    const eaeu = reasoningTests.find(test => test.id === 'eaeu-autonomy')!
    expect(eaeu.premise.verdict).toBe('supported')
    expect(eaeu.inference.text).toMatch(/significant degree of autonomy/)
    expect(eaeu.inference.verdict).not.toMatch(/supported/)
    expect(claimsThat('hold').find(check => check.id === 'eaeu-integral')!.evidence).toMatch(/judged separately/)
  })

  it('tests ¶9’s "Moscow’s fundamental weakening" as the slide on ¶9 promises', () => {
    const weakened = reasoningTests.find(test => test.id === 'moscow-weakened')!
    expect(weakened.paragraphs).toEqual([9])
    expect(weakened.premise.text).toMatch(/Moscow’s fundamental weakening/)
    expect(weakened.premise.verdict).toBe('contested')
    expect(weakened.inference.because).toMatch(/no evidence/)
  })

  it('sets ¶1’s "most vocal and direct" against the UN General Assembly abstention of 2 March 2022', () => {
    const vocal = reasoningTests.find(test => test.id === 'most-vocal')!
    expect(vocal.inference.text).toMatch(/most vocal and direct/)
    expect(vocal.inference.because).toMatch(/2 March 2022.*ES-11\/1/)
    expect(vocal.citation.sources).toEqual(expect.arrayContaining(['asiafinancial-unga']))
  })
})

describe('what the recorded sources support, and no more', () => {
  it('has the CSTO troops come during the unrest, not to end it', () => {
    const csto = objections.find(o => o.id === 'csto-intervention')!
    expect(csto.objection).toMatch(/during the unrest/)
    expect(csto.objection).not.toMatch(/to end the unrest/)
  })

  it('moves the capital in 1997 to Akmola (now Astana), not to "Astana"', () => {
    const steps: readonly MapStep[] = (stories as readonly MapStory[]).flatMap(story => story.steps)
    const caption = steps.find(step => step.id === 'kazakhstan')!.caption
    expect(caption).toMatch(/1997 the capital moved from Almaty to Akmola \(now Astana/)
    expect(caption).not.toMatch(/to Astana in 1997/)
  })

  it('defines the EAEU without stating ¶4’s "created by Russia" as fact, and with Nazarbayev’s 1994 proposal', () => {
    const eaeu = glossary.find(entry => entry.id === 'eaeu')!.definition
    expect(eaeu).not.toMatch(/created on Russia’s initiative/)
    expect(eaeu).toMatch(/Nazarbayev proposed .* 1994/)
    expect(eaeu).toMatch(/The author calls it Russia’s creation/)
  })

  it('calls the Asharshylyk the worst of the famines ¶8 refers to, not the only one', () => {
    expect(glossary.find(entry => entry.id === 'asharshylyk')!.definition).toMatch(/The worst of the famines ¶8 refers to\./)
  })

  it('tells students, on the map and the "since" slide, that the article’s "Astana" was officially Nur-Sultan until September 2022', () => {
    const steps: readonly MapStep[] = (stories as readonly MapStory[]).flatMap(story => story.steps)
    expect(steps.find(step => step.id === 'kazakhstan')!.caption).toMatch(/Nur-Sultan 2019 – Sep 2022/)
    expect(page('timeline-since.md').body).toMatch(/officially Nur-Sultan until 17–19 September 2022/)
    expect(page('timeline-since.md').body).toMatch(/may postdate/)
    expect(page('timeline-since.md').body).not.toMatch(/<strong>After the article was written/)
  })
})

describe('the author’s premises, attributed to him', () => {
  it('labels ¶7’s BRI count as the author’s', () => {
    const bri = ties.find(tie => tie.id === 'cn-kz-bri')!
    expect(bri.label).toMatch(/says the author/)
  })

  it('attributes titles and lines that state his premises', () => {
    const slides = pages.map(p => p.body).join('\n')
    expect(slides).not.toMatch(/Kazakhstan breaks ranks/)
    expect(slides).not.toMatch(/^# A window after Moscow's weakening/m)
    expect(slides).toMatch(/EAEU<\/Term>, which, he writes, Russia created/)
    expect(slides).toMatch(/projects, he counts, in petrochemicals/)
    expect(page('timeline-since.md').notes).not.toMatch(/step away from the Nazarbayev era/)
    expect(decisionQuestion).toMatch(/the author argues, is distancing itself from Moscow/)
  })

  it('shows ¶10’s "in the face of other regional powers" on a slide, not only in the notes', () => {
    expect(page('04b-case.md').body).toContain('“in the face of other regional powers”')
  })
})

describe('the gaps in the argument as taught', () => {
  it('keeps ¶2’s energy cooperation in sight: the U.S. stake in the CPC, on the thesis slide and the engagement diagram', () => {
    expect(page('02-thesis.md').body).toMatch(/Chevron and ExxonMobil hold shares in the CPC pipeline/)
    const stake = ties.find(tie => tie.id === 'us-kz-cpc-stake')!
    expect([stake.from, stake.kind, stake.status]).toEqual(['us', 'energy', 'existing'])
    expect(viewTies(views.engagement).map(tie => tie.id)).toContain('us-kz-cpc-stake')
  })

  it('maps ¶5, ¶6 and ¶8 as evidence that Kazakhstan is diverging, and ¶9’s geography as evidence of its strategic weight', () => {
    const supporting = (reason: string) => thesisArgument.links.filter(link => link.to === reason).map(link => thesisArgument.nodes.find(node => node.id === link.from)!)
    const beneath = (reason: string): number[] => supporting(reason).flatMap(node => [
      ...(node.source.paragraphs ?? []),
      ...beneath(node.id),
    ])
    expect(beneath('diverging')).toEqual(expect.arrayContaining([3, 4, 5, 6, 8]))
    expect(supporting('strategic').map(node => node.id)).toContain('geography')
  })

  it('labels ¶9’s "discontent with China" an unsupported assertion, not evidence', () => {
    expect(thesisArgument.nodes.find(node => node.id === 'discontent')!.role).toBe('assertion')
    expect(argumentRoles.find(role => role.id === 'assertion')!.label).toBe('Unsupported')
    // The diagram prefixes each node with its role: the reader sees "Unsupported: …", never "Evidence: …".
    expect(argumentToMermaid(thesisArgument)).toMatch(/Unsupported: China discontent/)
  })
})
