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
  /** One to three sentences, in our words. */
  definition: string
  citation: Citation
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'eaeu',
    term: 'EAEU',
    expansion: 'Eurasian Economic Union',
    definition: 'An economic union of post-Soviet states created on Russia’s initiative. Its treaty was signed in Astana in 2014 by Belarus, Kazakhstan and Russia; Armenia and Kyrgyzstan joined in 2015. The author calls it a Russian-dominated alternative to the EU.',
    citation: {
      paragraphs: [4],
      sources: ['mid-eaeu'],
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
    definition: 'The Kremlin’s project of a community defined by Russian language, culture and history beyond Russia’s borders. The author (who spells it “Russkyi mir”) argues that Kazakhstan sees itself as culturally distinct from it.',
    citation: {
      paragraphs: [12],
    },
  },
  {
    id: 'holodomor',
    term: 'Holodomor',
    definition: 'The Ukrainian name for the man-made famine under Stalin in Soviet Ukraine, now central to Ukraine’s national memory. The author uses it as the benchmark of a memory Kazakhstan has not built to the same degree.',
    citation: {
      paragraphs: [8],
    },
  },
  {
    id: 'asharshylyk',
    term: 'Asharshylyk',
    expansion: 'the Kazakh famine of 1930–1933',
    definition: 'The famine in Soviet Kazakhstan under Stalin. Estimates of the dead range from about 1.5 to 2.3 million, some 38–42% of all ethnic Kazakhs. These are the famines ¶8 refers to.',
    citation: {
      paragraphs: [8],
      sources: ['wiki-kazakh-famine'],
    },
  },
  {
    id: 'c5plus1',
    term: 'C5+1',
    definition: 'The format in which the United States meets the five Central Asian states (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan) together. Its first ministerial met in Samarkand in 2015, its first presidential summit in 2023.',
    citation: {
      sources: ['state-c5plus1-2015', 'inform-c5plus1-summit'],
    },
  },
  {
    id: 'consolidated-authoritarian',
    term: 'Consolidated authoritarian regime',
    definition: 'A government whose hold on power is settled, with no real political competition or check on the ruler. The author’s label for Kazakhstan, which he sets against its independence from Russia.',
    citation: {
      paragraphs: [1, 6],
    },
  },
  {
    id: 'neocolonialism',
    term: 'Neocolonialism',
    definition: 'Control of a formally independent country by a former imperial power through economic, political or cultural dependence rather than direct rule. The author sees “neocolonial patterns” in all three dimensions of Kazakhstan’s ties with Russia.',
    citation: {
      paragraphs: [3],
    },
  },
  {
    id: 'quasi-state',
    term: 'Quasi-state',
    definition: 'A territory that claims statehood without broad recognition. In June 2022, with Putin on stage, Tokayev used the term for the Russian-backed Luhansk and Donetsk “republics”, which Kazakhstan does not recognise.',
    citation: {
      paragraphs: [1],
      sources: ['yahoo-spief'],
    },
  },
  {
    id: 'sphere-of-influence',
    term: 'Sphere of influence',
    definition: 'An area where a great power claims a special right to shape other states’ choices. The author describes countries moving away from the Kremlin’s perceived sphere after the invasion of Ukraine.',
    citation: {
      paragraphs: [1],
    },
  },
]
