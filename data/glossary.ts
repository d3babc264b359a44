/**
 * Terms a student meets in the article and the deck, defined briefly in our own words.
 * Each definition names where it comes from: the article paragraph(s) that use the term, checked sources, or both.
 * Slides mark a use of a term with `<Term id="…">`, which shows this definition.
 */
import type { Citation } from './sources'

export interface GlossaryEntry {
  id: string
  /** The term as the deck writes it: an abbreviation or a short name. */
  term: string
  /** The full name, when `term` is an abbreviation or a transliteration. */
  expansion?: string
  /** Other names the notes use for the same term, so the reading view links them to this entry too. */
  aliases?: readonly string[]
  /** One to three sentences, in our words. */
  definition: string
  citation: Citation
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'eaeu',
    term: 'EAEU',
    expansion: 'Eurasian Economic Union',
    // ¶4 says Russia created it; Nazarbayev proposed the idea in 1994. The definition states neither as settled.
    definition: 'A union of post-Soviet economies. Nazarbayev proposed a “Eurasian Union” in 1994; Belarus, Kazakhstan and Russia signed its treaty in 2014. The author calls it Russia’s creation and a Russian-dominated alternative to the EU.',
    citation: {
      paragraphs: [4],
      sources: ['sultanov-eurasian', 'mid-eaeu'],
    },
  },
  {
    id: 'csto',
    term: 'CSTO',
    expansion: 'Collective Security Treaty Organization',
    definition: 'A Russian-led military alliance of post-Soviet states, built on the Collective Security Treaty of 1992; its charter was signed in 2002. Kazakhstan is a member, and in January 2022 Tokayev asked it to send troops during unrest.',
    citation: {
      paragraphs: [7],
      sources: ['kremlin-cst', 'zakonpravo-csto-charter', 'tass-csto-request'],
    },
  },
  {
    id: 'bri',
    term: 'BRI',
    expansion: 'Belt and Road Initiative',
    definition: 'China’s programme of infrastructure and investment abroad. Xi Jinping announced its overland half, the Silk Road Economic Belt, in Astana in 2013. The author counts at least 55 major BRI projects in Kazakhstan.',
    citation: {
      paragraphs: [7],
      sources: ['usc-xi-astana', 'inform-bri-projects'],
    },
  },
  {
    id: 'multi-vector',
    term: 'Multi-vector diplomacy',
    aliases: ['multi-vector policy', 'multi-vector foreign policy'],
    definition: 'Kazakhstan’s foreign-policy principle since the early 1990s: keep balanced ties with several great powers instead of joining one camp. The author wants U.S. policy to complement it, not replace it.',
    citation: {
      paragraphs: [7, 10],
      sources: ['ia-multivector'],
    },
  },
  {
    id: 'russkiy-mir',
    term: 'Russkiy mir',
    expansion: '“Russian world”',
    // No source in data/sources.ts covers the doctrine itself, so the definition stays with what ¶12 says of it.
    definition: 'What the author calls “the Kremlin’s project” (he spells it “Russkyi mir”). He sets against it an autocracy that considers itself culturally distinct from it and seeks cooperation with the West: his portrait of Kazakhstan.',
    citation: {
      paragraphs: [12],
    },
  },
  {
    id: 'holodomor',
    term: 'Holodomor',
    // No source in data/sources.ts covers the Ukrainian famine, so the definition stays with what ¶8 says of it.
    definition: 'The famine in Soviet Ukraine under Stalin, and the memory of it that Ukraine has established. The author uses it as the benchmark: unlike Ukraine, he argues, Kazakhstan has not established a consciousness of its own famines.',
    citation: {
      paragraphs: [8],
    },
  },
  {
    id: 'asharshylyk',
    term: 'Asharshylyk',
    expansion: 'the Kazakh famine of 1930–1933',
    definition: 'The famine in Soviet Kazakhstan under Stalin. Estimates of the dead range from about 1.5 to 2.3 million, some 38–42% of all ethnic Kazakhs. The worst of the famines ¶8 refers to.',
    citation: {
      paragraphs: [8],
      sources: ['wiki-kazakh-famine'],
    },
  },
  {
    id: 'c5plus1',
    term: 'C5+1',
    definition: 'The format in which the United States meets the five Central Asian states (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan) together. Its first ministerial met in Samarkand in 2015, its first presidential summit in New York in 2023.',
    citation: {
      sources: ['state-c5plus1-2015', 'inform-c5plus1-summit', 'akipress-c5plus1-summit'],
    },
  },
  {
    id: 'consolidated-authoritarian',
    term: 'Consolidated authoritarian regime',
    // Only the author's use is defined: no source in data/sources.ts gives a general definition.
    definition: 'The author’s label for Kazakhstan’s government: authoritarian and “consistently undemocratic”, even as it differs from Russia. Under Tokayev he sees signs of more respect for the rule of law, but a change that “cannot be called democratization”.',
    citation: {
      paragraphs: [1, 6],
    },
  },
  {
    id: 'neocolonialism',
    term: 'Neocolonialism',
    definition: 'The author’s word for the dependence on Moscow that Kazakhstan, a Soviet republic until 1991, keeps: “clear neocolonial patterns” in its political, economic and cultural ties with Russia, though its degree of dependency, he writes, differs profoundly from its neighbours’.',
    citation: {
      paragraphs: [3],
      sources: ['state-us-kz-2014'],
    },
  },
  {
    id: 'quasi-state',
    term: 'Quasi-state',
    definition: 'A territory that claims statehood without broad recognition. In June 2022, with Putin on stage, Tokayev used the term for the Russian-backed Luhansk and Donetsk “republics”, which Kazakhstan does not recognise.',
    citation: {
      paragraphs: [1],
      sources: ['kyivpost-spief'],
    },
  },
  {
    id: 'sphere-of-influence',
    term: 'Sphere of influence',
    // Only the author's use is defined: no source in data/sources.ts gives a general definition.
    definition: 'The area where, in the author’s words, Moscow’s “tight political and economic grip” constrained other countries. After the invasion of Ukraine, he argues, many of them, Kazakhstan among them, began diverging from the Kremlin’s perceived sphere.',
    citation: {
      paragraphs: [1],
    },
  },
]
