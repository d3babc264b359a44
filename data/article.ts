/**
 * The article this module teaches, and how the deck divides its argument into parts.
 * Paragraph numbers (¶1–¶13) follow the numbered source text.
 */
export const article = {
  title: 'Washington needs a more defined Kazakhstan policy',
  kind: 'Analysis',
  author: 'Mikael Pir-Budagyan',
  publication: 'The Diplomatic Pouch',
  publisher: 'Institute for the Study of Diplomacy (ISD), Georgetown University',
  // The text gives no publication date; it was written after June 2022.
  year: 2022,
  url: 'https://medium.com/the-diplomatic-pouch/analysis-washington-needs-a-more-defined-kazakhstan-policy-887e8b2909be',
  paragraphCount: 13,
} as const

/**
 * The opening words of each paragraph, ¶1 first: only the address of a link that scrolls the article to that
 * paragraph (a URL text fragment), never shown. Words with a curly apostrophe are avoided, since the published
 * page may print it differently and a fragment must match exactly.
 */
export const paragraphOpenings: readonly string[] = [
  'Following the Russian invasion of Ukraine',
  'U.S. policy toward it remains undefined',
  'Compared to other post-Soviet countries',
  'Kazakhstan is an official member of the Eurasian Economic Union',
  'Economically, Kazakhstan is a rare regional actor',
  'Politically, it is true that both Russia and Kazakhstan',
  'Having long served as an interpreter in China',
  'Unlike the other two dimensions, the cultural one',
  'What is there for the United States?',
  'For the United States, relations with Kazakhstan also matter',
  'Washington should expand its diplomatic cooperation with Astana',
  'Ultimately, it is important to distinguish the principle',
  'to opt for the latter alternative',
]

/** The full citation, as a student would write it in a bibliography. */
export const articleCitation = `${article.author}, "${article.title}", ${article.publication}, ${article.publisher}, ${article.year}. ${article.url}`

export type PartId = 'opening' | 'thesis' | 'russia' | 'case' | 'dilemma' | 'critique' | 'practice' | 'epilogue' | 'reference'

export interface Part {
  id: PartId
  title: string
  /** The article paragraphs this part presents; empty for our own parts (opening, critique, practice). */
  paragraphs: readonly number[]
}

export const parts: readonly Part[] = [
  {
    id: 'opening',
    title: 'Opening',
    paragraphs: [],
  },
  {
    id: 'thesis',
    title: 'The hook and the thesis',
    paragraphs: [1, 2],
  },
  {
    id: 'russia',
    title: 'Kazakh relations with Russia',
    paragraphs: [3, 4, 5, 6, 7, 8],
  },
  {
    id: 'case',
    title: 'The case for a defined U.S. policy',
    paragraphs: [9, 10, 11],
  },
  {
    id: 'dilemma',
    title: 'The dilemma and the conclusion',
    paragraphs: [12, 13],
  },
  {
    id: 'critique',
    title: 'Reading critically',
    paragraphs: [],
  },
  {
    id: 'practice',
    title: 'The NSC role-play',
    paragraphs: [],
  },
  {
    id: 'epilogue',
    title: 'Epilogue: since the article',
    paragraphs: [],
  },
  {
    id: 'reference',
    title: 'Reference',
    paragraphs: [],
  },
]

/** What a student can do after the class; each one can be tested by a question or a task. */
export const learningObjectives: readonly string[] = [
  'State the author’s thesis and the four kinds of cooperation he recommends (¶1–¶2).',
  'Explain the author’s three dimensions of Kazakh autonomy from Russia, with his evidence for each (¶3–¶8).',
  'Place the EAEU, the CSTO and the Belt and Road Initiative in Kazakhstan’s “multi-vector” policy (¶4, ¶7, ¶10).',
  'Tell the author’s claims from context, and name two claims a careful reader should question, with the evidence.',
  'Defend a position on the author’s dilemma — which autocratic partner Washington should prefer — against one objection (¶12–¶13).',
]

/** The decision the module builds toward, in one sentence. */
export const decisionQuestion = 'Should Washington start now to deepen diplomatic ties and development aid with Kazakhstan — an autocracy that, the author argues, is distancing itself from Moscow — and on what terms?'
