/**
 * Knowledge checks: questions a student can answer from the article alone, each tied to the paragraph(s)
 * it tests. Options are paraphrases of the article; wrong options contradict a specific paragraph.
 * Order matters: a question's number in the deck and in the answer key is its position here.
 */
import type { PartId } from './article'
import type { Citation } from './sources'

/** The parts of the article's argument that end with a knowledge check. */
export type QuestionPart = Extract<PartId, 'thesis' | 'russia' | 'case' | 'dilemma'>

export interface QuestionOption {
  /** Stable within the question ('a', 'b', …); stored in a student's saved answer. */
  id: string
  text: string
}

export interface Question {
  id: string
  part: QuestionPart
  /** `single`: exactly one correct option (radio buttons); `multiple`: choose all that apply (checkboxes). */
  kind: 'single' | 'multiple'
  prompt: string
  options: readonly QuestionOption[]
  /** Ids of the correct options. */
  correct: readonly string[]
  /** Why the answer is right, with the paragraph it rests on; shown after every check. */
  explanation: string
  /** The paragraph(s) the question tests (and any source the explanation draws on). */
  citation: Citation
}

export const questions: readonly Question[] = [
  {
    id: 'thesis-tension',
    part: 'thesis',
    kind: 'multiple',
    prompt: 'Which two features of Kazakhstan does the author set side by side in ¶1 to pose his question?',
    options: [
      { id: 'a', text: 'It has openly opposed Russia’s war, refusing to recognise the breakaway regions.' },
      { id: 'b', text: 'It has become a parliamentary democracy since 2022.' },
      { id: 'c', text: 'It remains a consolidated authoritarian regime.' },
      { id: 'd', text: 'It has left the Russian-led EAEU and CSTO.' },
    ],
    correct: ['a', 'c'],
    explanation: 'In ¶1 Kazakhstan is arguably the most outspoken post-Soviet critic of the war (Tokayev called the breakaway regions “quasi-states”), yet it stays a consolidated authoritarian regime: different from Russia, but consistently undemocratic. It is still in the EAEU and the CSTO (¶4, ¶7).',
    citation: {
      paragraphs: [1],
    },
  },
  {
    id: 'thesis-claim',
    part: 'thesis',
    kind: 'single',
    prompt: 'What is the author’s thesis?',
    options: [
      { id: 'a', text: 'Washington should make all cooperation depend on democratic reform first.' },
      { id: 'b', text: 'U.S. policy toward Kazakhstan is undefined; Washington should increase diplomatic, energy, economic and developmental cooperation.' },
      { id: 'c', text: 'The United States should leave Central Asia to Russia and China.' },
      { id: 'd', text: 'Kazakhstan should join a Western military alliance.' },
    ],
    correct: ['b'],
    explanation: '¶2 states the gap (an undefined policy toward a strategically important country, amid rivalry with Russia and China) and the remedy: more diplomatic, energy, economic and developmental cooperation. Conditioning on democracy is what ¶12 argues against.',
    citation: {
      paragraphs: [2],
    },
  },
  {
    id: 'russia-eaeu',
    part: 'russia',
    kind: 'single',
    prompt: 'How does the author describe Kazakhstan’s place in the Eurasian Economic Union (EAEU)?',
    options: [
      { id: 'a', text: 'An equal partnership in which no member dominates.' },
      { id: 'b', text: 'A union Kazakhstan has never joined.' },
      { id: 'c', text: 'A Russian-created, Russian-dominated union in which Kazakhstan still keeps much autonomy, because Astana was integral to the idea behind it.' },
      { id: 'd', text: 'A union Kazakhstan joined only after the invasion of Ukraine.' },
    ],
    correct: ['c'],
    explanation: '¶4: Russia created the EAEU as an alternative to the EU and dominates it, but Astana was always integral to the concept and so enjoys significant autonomy in its policy options. ¶3 frames this as greater autonomy than other post-Soviet states.',
    citation: {
      paragraphs: [3, 4],
    },
  },
  {
    id: 'russia-economy',
    part: 'russia',
    kind: 'single',
    prompt: 'Which contrast between the two economies does the author draw?',
    options: [
      { id: 'a', text: 'Kazakhstan has long preferred market principles (not without corruption); Russia returned to state management with de facto nationalisation.' },
      { id: 'b', text: 'Both countries nationalised their main sectors after 2014.' },
      { id: 'c', text: 'Kazakhstan nationalised its economy while Russia liberalised.' },
      { id: 'd', text: 'Kazakhstan’s market economy is free of corruption, unlike Russia’s.' },
    ],
    correct: ['a'],
    explanation: '¶5: Nazarbayev tied Kazakhstan to the global market, reduced the state’s role and welcomed projects of international financial institutions; Russia’s liberal market days were short-lived and ended in a return of state control. The author adds “not without corruption”.',
    citation: {
      paragraphs: [5],
    },
  },
  {
    id: 'russia-politics',
    part: 'russia',
    kind: 'single',
    prompt: 'How does the author judge the change in governance under President Tokayev?',
    options: [
      { id: 'a', text: 'A full democratisation of Kazakhstan.' },
      { id: 'b', text: 'Not democratisation, but signs of more respect for the rule of law than under Nazarbayev.' },
      { id: 'c', text: 'A move into the camp of Russia-supporting authoritarians.' },
      { id: 'd', text: 'No change at all from Nazarbayev’s rule.' },
    ],
    correct: ['b'],
    explanation: '¶6: both states are authoritarian, but under Tokayev governance changed noticeably. The author says it “cannot be called democratization”, yet shows more respect for the rule of law, and Tokayev stays out of the pro-Russian authoritarian camp.',
    citation: {
      paragraphs: [6],
    },
  },
  {
    id: 'russia-vectors',
    part: 'russia',
    kind: 'multiple',
    prompt: 'According to ¶7, which ties link Kazakhstan to its two large neighbours?',
    options: [
      { id: 'a', text: 'China is a major investor in transport infrastructure and in at least 55 BRI projects.' },
      { id: 'b', text: 'China is Kazakhstan’s military ally under the CSTO.' },
      { id: 'c', text: 'Russia is the main investor in Kazakhstan through the BRI.' },
      { id: 'd', text: 'Russia is a military ally under the CSTO and an important trade partner.' },
    ],
    correct: ['a', 'd'],
    explanation: '¶7: Tokayev widens “multi-vector diplomacy” toward Beijing, a leading investor in transport and in at least 55 petrochemical, energy and mining projects under the Belt and Road Initiative; Russia is the CSTO military ally and a key trade partner. Kazakhstan sits between the two.',
    citation: {
      paragraphs: [7],
    },
  },
  {
    id: 'russia-memory',
    part: 'russia',
    kind: 'single',
    prompt: 'What does the author say about Kazakhstan’s memory of the Soviet-era famines?',
    options: [
      { id: 'a', text: 'It is stronger than Ukraine’s memory of the Holodomor.' },
      { id: 'b', text: 'The famines did not affect Kazakhstan.' },
      { id: 'c', text: 'It is the most stable of the three dimensions of the relationship.' },
      { id: 'd', text: 'Kazakhstan has arguably not built a strong memory of resentment, unlike Ukraine; but this cultural dimension is changing fast since the invasion.' },
    ],
    correct: ['d'],
    explanation: '¶8: despite famines under Stalin and wide evidence of them, Kazakhstan has not built a consciousness like Ukraine’s Holodomor, nor resisted the glorification of Stalin; the cultural dimension is the one evolving rapidly since the invasion. (The critique part questions this claim.)',
    citation: {
      paragraphs: [8],
    },
  },
  {
    id: 'case-opening',
    part: 'case',
    kind: 'single',
    prompt: 'Why does the author think the moment is right for Washington to return to the region?',
    options: [
      { id: 'a', text: 'Kazakhstan has applied to join NATO.' },
      { id: 'b', text: 'Moscow’s weakening opened a regional power grab, and Kazakhstan, committed to a diversified foreign policy, is open to more Western involvement.' },
      { id: 'c', text: 'China has withdrawn its investments from Kazakhstan.' },
      { id: 'd', text: 'Kazakhstan has held its first free elections.' },
    ],
    correct: ['b'],
    explanation: '¶9: after Moscow’s “fundamental weakening”, Washington should keep Kazakhstan available to the West; given its diversified foreign policy, ties to several powers and public discontent with China’s influence, “as long as the West is willing, Astana will follow suit.”',
    citation: {
      paragraphs: [9],
    },
  },
  {
    id: 'case-afghanistan',
    part: 'case',
    kind: 'single',
    prompt: 'What role does Afghanistan play in the author’s case?',
    options: [
      { id: 'a', text: 'Since the U.S. withdrawal, Washington’s capacity to act in the region has shrunk, so ties with Kazakhstan matter for regional security.' },
      { id: 'b', text: 'Kazakhstan shares a long border with Afghanistan.' },
      { id: 'c', text: 'The author proposes moving U.S. troops from Afghanistan to Kazakhstan.' },
      { id: 'd', text: 'Afghanistan is a member of the EAEU.' },
    ],
    correct: ['a'],
    explanation: '¶10: the destabilised situation in Afghanistan and the decreased U.S. capacity to operate in the region make Kazakhstan’s agency and openness to the West matter for regional security. Context, not in the article: Kazakhstan does not border Afghanistan.',
    citation: {
      paragraphs: [10],
    },
  },
  {
    id: 'case-recommendations',
    part: 'case',
    kind: 'multiple',
    prompt: 'Which recommendations does the author make in ¶10–¶11?',
    options: [
      { id: 'a', text: 'Expand diplomatic cooperation so Kazakhstan can keep its balancing position as a bridge between Russia, China and the U.S.' },
      { id: 'b', text: 'Push Kazakhstan to break with Moscow and Beijing and join the Western camp.' },
      { id: 'c', text: 'Increase development and investment aid for connectivity, infrastructure and high-tech projects that offer an alternative to the BRI.' },
      { id: 'd', text: 'Cut aid until Kazakhstan holds free elections.' },
    ],
    correct: ['a', 'c'],
    explanation: '¶11 asks for more diplomatic cooperation (Kazakhstan as a bridge) and more development and investment aid as an alternative to the BRI, reversing a decade of decline in U.S. aid. ¶10 wants ties that complement Kazakhstan’s multi-vector policy “instead of forcing it to join a particular geopolitical camp”.',
    citation: {
      paragraphs: [10, 11],
    },
  },
  {
    id: 'dilemma-choice',
    part: 'dilemma',
    kind: 'single',
    prompt: 'How does the author frame Washington’s choice in ¶12?',
    options: [
      { id: 'a', text: 'As a choice between supporting democracy and supporting autocracy.' },
      { id: 'b', text: 'As a choice between siding with Russia and siding with China.' },
      { id: 'c', text: 'As a question of which kind of autocracy to prefer: one that helps Russia evade sanctions, or one that sees itself as distinct from the “Russkyi mir” and seeks Western cooperation.' },
      { id: 'd', text: 'As a question of whether to lift the sanctions on Russia.' },
    ],
    correct: ['c'],
    explanation: '¶12 separates the principle (autocracy versus democracy) from the situation on the ground, where democratic partners are not always available, and asks “what kind of an autocratic regime does the U.S. prefer?”',
    citation: {
      paragraphs: [12],
    },
  },
  {
    id: 'dilemma-conclusion',
    part: 'dilemma',
    kind: 'multiple',
    prompt: 'What does the author conclude the United States must do to keep Kazakhstan’s relative autonomy from Moscow?',
    options: [
      { id: 'a', text: 'Strengthen its diplomatic relations with Kazakhstan.' },
      { id: 'b', text: 'Wait until the war in Ukraine is over.' },
      { id: 'c', text: 'Increase development aid to the country.' },
      { id: 'd', text: 'Impose sanctions on Kazakhstan’s government.' },
      { id: 'e', text: 'Begin now.' },
    ],
    correct: ['a', 'c', 'e'],
    explanation: '¶13: it is in Washington’s interest to prefer the second kind of autocracy; to maintain Kazakhstan’s relative autonomy, the U.S. must strengthen diplomatic relations and increase development aid, and “it should begin now.”',
    citation: {
      paragraphs: [13],
    },
  },
]
