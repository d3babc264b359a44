/**
 * Knowledge checks: one question per check slide, each with exactly one defensible answer that the article or the
 * checked facts settle. Wrong options are misreadings students actually make (taking the author's premise for a
 * fact, reading ¶12 as a call for conditional aid, mixing up his dimensions, confusing context with his claim),
 * never absurdities; every option carries its own feedback, pointing to the paragraph or fact that decides it.
 * Options are written to similar length and hedging, so the key cannot be spotted by its form
 * (logic/validation/schemas/questions.ts measures it).
 *
 * Order matters: a question's number in the deck and in the answer key is its position here.
 */
import type { PartId } from './article'
import type { Citation } from './sources'

/** The parts of the article's argument that end with a knowledge check. */
export type QuestionPart = Extract<PartId, 'thesis' | 'russia' | 'case' | 'dilemma'>

/**
 * `recall`: what the author claims and why; `judgement`: telling his claim from context, weighing a claim against a
 * checked fact, or following a reason through to his recommendations.
 */
export type QuestionKind = 'recall' | 'judgement'

/**
 * Facts beyond the article that a question relies on, each carried by sources of standing in data/sources.ts that the
 * question's citation names: the UN General Assembly vote
 * of 2 March 2022, the share of oil exports through the CPC pipeline, the 2019 count of joint BRI projects, the
 * famine's dates and toll, its remembrance (31 May; Almaty memorial, 2017), Nazarbayev's 1994 Eurasian Union
 * proposal, the SPIEF remark, the January 2022 unrest and Kazakhstan's borders.
 */
export type CheckedFact
  = | 'unga-abstention'
    | 'cpc-oil'
    | 'bri-projects'
    | 'famine'
    | 'famine-memory'
    | 'eurasian-union-idea'
    | 'spief'
    | 'qantar'
    | 'geography'

export interface QuestionCitation extends Citation {
  /** Checked facts the question or its feedback relies on. */
  facts?: readonly CheckedFact[]
}

export interface QuestionOption {
  /** Stable within the question ('a', 'b', …); stored in a student's saved answer. */
  id: string
  text: string
  /** Why this option is right or wrong, naming the paragraph (¶N) or the fact that decides it. */
  feedback: string
}

export interface Question {
  id: string
  part: QuestionPart
  kind: QuestionKind
  /** The learning objectives it assesses, numbered as in data/article.ts (1-based). */
  objectives: readonly number[]
  prompt: string
  options: readonly QuestionOption[]
  /** The id of the one correct option. */
  key: string
  /** Why the key is right and what the wrong options misread; shown after an answer and in the answer key. */
  reasoning: string
  /** The paragraph(s) the question tests (and the facts its feedback uses). */
  citation: QuestionCitation
}

export const questions: readonly Question[] = [
  {
    id: 'thesis-claim',
    part: 'thesis',
    kind: 'recall',
    objectives: [1],
    prompt: 'What does the author recommend in his thesis (¶2)?',
    options: [
      {
        id: 'a',
        text: 'More U.S. cooperation, but only after Kazakhstan carries out democratic reforms.',
        feedback: 'Not in the article. ¶2 sets no condition, and ¶12 sets the democracy-versus-autocracy principle aside; it never discusses conditions on aid.',
      },
      {
        id: 'b',
        text: 'More diplomatic, energy, economic and developmental cooperation with Astana.',
        feedback: 'Right. ¶2 names the gap (an undefined policy toward a strategically important country) and these four kinds of cooperation as the remedy.',
      },
      {
        id: 'c',
        text: 'Security guarantees that would draw Kazakhstan out of the Russian-led CSTO.',
        feedback: '¶2 names no security guarantee, and ¶10 wants ties that complement Kazakhstan’s multi-vector policy “instead of forcing it to join a particular geopolitical camp”.',
      },
      {
        id: 'd',
        text: 'A hands-off policy that lets Kazakhstan balance Russia and China on its own.',
        feedback: 'That is the undefined policy he criticises: ¶2 says the United States “cannot afford to maintain the existing policy gap”.',
      },
    ],
    key: 'b',
    reasoning: '¶2 has two halves: a diagnosis (U.S. policy toward a strategically important Kazakhstan is undefined, amid rivalry with Russia and China) and a remedy (more diplomatic, energy, economic and developmental cooperation). The tempting wrong answer reads a condition into the thesis; neither ¶2 nor ¶12 sets one.',
    citation: {
      paragraphs: [2],
    },
  },
  {
    id: 'thesis-context',
    part: 'thesis',
    kind: 'judgement',
    objectives: [1, 4],
    prompt: 'Which of these statements is context from outside the article, not a claim the author makes?',
    options: [
      {
        id: 'a',
        text: 'Kazakhstan has arguably been the most vocal opponent of Russia’s actions in Ukraine.',
        feedback: 'This is the author’s claim in ¶1, hedged with “arguably”. It is his judgement, not a checked fact, and the UN vote of 2 March 2022 weighs against it.',
      },
      {
        id: 'b',
        text: 'U.S. policy toward Kazakhstan remains undefined despite its strategic importance.',
        feedback: 'This is the author’s diagnosis in ¶2 (“U.S. policy toward it remains undefined”): his claim, not context we add.',
      },
      {
        id: 'c',
        text: 'About 80% of Kazakhstan’s oil exports run through a pipeline across Russia.',
        feedback: 'Right. This is context: the Caspian Pipeline Consortium pipeline, in which U.S. companies hold shares. The article never mentions it, though it bears on the energy cooperation ¶2 calls for.',
      },
      {
        id: 'd',
        text: 'Kazakhstan remains a consolidated authoritarian regime, consistently undemocratic.',
        feedback: 'These are the author’s own words in ¶1. Many would agree, but in this text it is his claim, not context from outside it.',
      },
    ],
    key: 'c',
    reasoning: 'Three options paraphrase the author (¶1 twice, ¶2 once); a claim does not become context because it sounds factual or because we agree with it. The oil figure comes from our checked facts: about 80% of Kazakh oil exports run through the CPC pipeline across Russia to Novorossiysk, a U.S. stake in Kazakh energy that the article never uses.',
    citation: {
      paragraphs: [1, 2],
      sources: ['rferl-cpc', 'wiki-unga-es11-1'],
      facts: ['cpc-oil', 'unga-abstention'],
    },
  },
  {
    id: 'thesis-vocal',
    part: 'thesis',
    kind: 'judgement',
    objectives: [4],
    prompt: 'Which checked fact most weakens ¶1’s claim that Kazakhstan has been “the most vocal and direct” in opposing Russia’s actions in Ukraine?',
    options: [
      {
        id: 'a',
        text: 'In June 2022, with Putin on stage, Tokayev refused to recognise Luhansk and Donetsk.',
        feedback: 'This supports ¶1 rather than weakening it: it is the “quasi-states” remark the author cites as evidence.',
      },
      {
        id: 'b',
        text: 'In January 2022 Tokayev called in CSTO troops, mostly Russian, during the unrest.',
        feedback: 'It shows reliance on Russia, but it came before the invasion and says nothing about opposing the war, which is what ¶1 claims.',
      },
      {
        id: 'c',
        text: 'Kazakhstan is still a member of both the Russian-led EAEU and the CSTO.',
        feedback: 'The author says so himself (¶4, ¶7) and still calls Kazakhstan autonomous; membership does not measure how openly it opposed the war (¶1).',
      },
      {
        id: 'd',
        text: 'In March 2022 Kazakhstan abstained on the UN vote deploring Russia’s aggression.',
        feedback: 'Right. On 2 March 2022 Kazakhstan abstained, with China and India, on UN General Assembly resolution ES-11/1. It refused to recognise the “DPR” and “LPR” but did not condemn the invasion, so “most vocal and direct” (¶1) is open to question.',
      },
    ],
    key: 'd',
    reasoning: 'The fairest test of ¶1 is how Kazakhstan voted when the world was asked to take a side: it abstained on the General Assembly resolution of 2 March 2022. The SPIEF remark is the author’s own evidence; the CSTO call and the memberships are about dependence on Russia, not about voicing opposition to the war.',
    citation: {
      paragraphs: [1],
      sources: [
        'wiki-unga-es11-1',
        'asiafinancial-unga',
        'kyivpost-spief',
        'tass-csto-request',
      ],
      facts: ['unga-abstention', 'spief', 'qantar'],
    },
  },
  {
    id: 'russia-eaeu',
    part: 'russia',
    kind: 'recall',
    objectives: [2, 3],
    prompt: 'In ¶4, what reason does the author give for Kazakhstan’s autonomy inside the Eurasian Economic Union?',
    options: [
      {
        id: 'a',
        text: 'Astana has always been an integral part of the very idea behind the union.',
        feedback: 'Right. ¶4: Astana was “an integral part of the concept behind the union” and “therefore” enjoys autonomy. The premise holds (Nazarbayev proposed a Eurasian Union in 1994); that autonomy follows from it is the author’s inference.',
      },
      {
        id: 'b',
        text: 'Russia does not dominate the union, so each member sets its own course.',
        feedback: '¶4 says the opposite: Russia dominates the EAEU, advancing its national interests and defying those of the other members.',
      },
      {
        id: 'c',
        text: 'Its free-market economy sets it apart from Russia’s state-run sectors.',
        feedback: 'That is ¶5’s economic contrast, a separate dimension. ¶4 rests autonomy inside the EAEU on Astana’s part in the union’s concept.',
      },
      {
        id: 'd',
        text: 'Tokayev refused to recognise the breakaway regions after the invasion.',
        feedback: 'That is ¶1’s evidence of opposition to the war, not ¶4’s reason for autonomy inside the EAEU.',
      },
    ],
    key: 'a',
    reasoning: '¶4 is a paradox: a Russian-dominated union in which Kazakhstan keeps a significant degree of autonomy, because Astana was always integral to the idea behind it. Judge the premise and the inference apart: the idea was partly Kazakhstan’s (Nazarbayev’s 1994 speech), but authorship of an idea does not by itself give autonomy inside a union that Russia dominates.',
    citation: {
      paragraphs: [3, 4],
      sources: ['sultanov-eurasian'],
      facts: ['eurasian-union-idea'],
    },
  },
  {
    id: 'russia-politics',
    part: 'russia',
    kind: 'recall',
    objectives: [2],
    prompt: 'Which evidence does the author give for the political dimension of Kazakhstan’s autonomy (¶6)?',
    options: [
      {
        id: 'a',
        text: 'A long preference for market principles over state control of the economy.',
        feedback: 'That is the economic dimension (¶5): Nazarbayev’s market policies against Russia’s return to state management.',
      },
      {
        id: 'b',
        text: 'Expressions of national consciousness that grew after the February invasion.',
        feedback: 'That is the cultural dimension (¶8), which the author calls the one “rapidly evolving”.',
      },
      {
        id: 'c',
        text: 'A democratisation under Tokayev that sets Kazakhstan clearly apart from Russia.',
        feedback: 'An overreading: ¶6 says the change “cannot be called democratization”, and both states remain authoritarian.',
      },
      {
        id: 'd',
        text: 'More respect for the rule of law under Tokayev, though not democratisation.',
        feedback: 'Right. ¶6: a noticeable change in governance that shows more respect for the rule of law than under Nazarbayev, and a president who, he writes, does not position himself with Russia-supporting authoritarians.',
      },
    ],
    key: 'd',
    reasoning: '¶3 announces three dimensions (political, economic, cultural) and ¶5, ¶6 and ¶8 give one each. The political one (¶6) is carefully hedged: not democratisation, but more respect for the rule of law than under Nazarbayev. Wrong options borrow the evidence of the other two dimensions or drop the hedge.',
    citation: {
      paragraphs: [6],
    },
  },
  {
    id: 'russia-vectors',
    part: 'russia',
    kind: 'recall',
    objectives: [3],
    prompt: 'According to ¶7, what does each of Kazakhstan’s two large neighbours offer it?',
    options: [
      {
        id: 'a',
        text: 'China invests via the Belt and Road; Russia is a CSTO ally and trade partner.',
        feedback: 'Right. ¶7: China is one of the largest investors in transport infrastructure and invests through the BRI; Russia is a military ally under the CSTO and an important trade partner.',
      },
      {
        id: 'b',
        text: 'Russia invests through the Belt and Road; China is a CSTO ally and trade partner.',
        feedback: 'This swaps the roles: the Belt and Road is China’s programme, and China is not in the CSTO (¶7).',
      },
      {
        id: 'c',
        text: 'China is a military ally; Russia builds most of Kazakhstan’s transport links.',
        feedback: '¶7 names Russia as the military ally and China as one of the largest investors in transport infrastructure.',
      },
      {
        id: 'd',
        text: 'Both invest through the Belt and Road, and neither is a military ally of it.',
        feedback: '¶7 calls Russia “a military ally under the Collective Security Treaty Organization”; the Belt and Road is China’s alone.',
      },
    ],
    key: 'a',
    reasoning: '¶7 places Kazakhstan “in between the two powerful autocratic neighbors”: China as investor (transport, the Belt and Road), Russia as CSTO ally and trade partner. This is the multi-vector position that ¶10 and ¶11 want U.S. ties to complement.',
    citation: {
      paragraphs: [7],
    },
  },
  {
    id: 'russia-figure',
    part: 'russia',
    kind: 'judgement',
    objectives: [3, 4],
    prompt: '¶7 says China’s Belt and Road investment covers “at least 55 major projects” in petrochemicals, energy and mining. How should a careful reader report this figure?',
    options: [
      {
        id: 'a',
        text: 'As a checked fact: 55 Belt and Road projects in petrochemicals, energy and mining.',
        feedback: 'This states the author’s description as fact. The 2019 source’s 55 projects span many sectors, so the number in his three sectors is lower or unknown (¶7).',
      },
      {
        id: 'b',
        text: 'As the author’s figure: a 2019 source counts 55 joint projects in more sectors.',
        feedback: 'Right. Kazinform reported in 2019 “55 Kazakh-Chinese projects worth $27 billion”, in metallurgy, oil and gas processing, chemicals, machine-building, agro-processing and logistics. The number exists; his three-sector description (¶7) is narrower than the source.',
      },
      {
        id: 'c',
        text: 'As an invention: no source reports anything like 55 Kazakh-Chinese projects.',
        feedback: 'Too far: the number exists. A 2019 Kazinform report counts 55 joint projects; what is his own is the narrower, three-sector description (¶7).',
      },
      {
        id: 'd',
        text: 'As too low: the source finds far more than 55 projects in his three sectors alone.',
        feedback: 'The source points the other way: its 55 projects span many sectors, so fewer, or an unknown number, fall in the three sectors ¶7 names.',
      },
    ],
    key: 'b',
    reasoning: 'Attribute the figure to the author. The 55 are the joint projects of a 2019 report (earlier lists had 51), across many sectors; the article narrows them to petrochemicals, energy and mining. The source weakens rather than supports his framing, without making the number invented.',
    citation: {
      paragraphs: [7],
      sources: ['inform-bri-projects'],
      facts: ['bri-projects'],
    },
  },
  {
    id: 'russia-memory',
    part: 'russia',
    kind: 'judgement',
    objectives: [2, 4],
    prompt: 'Which checked fact most weakens ¶8’s claim that Kazakhstan has “arguably not developed a strong cultural memory of resentment”?',
    options: [
      {
        id: 'a',
        text: 'The famine struck in 1930–1933, before the Cold War rather than during it.',
        feedback: 'True, and it corrects ¶8’s “during the Cold War”, a different error. The dates say nothing about how the famine is remembered.',
      },
      {
        id: 'b',
        text: 'About 1.5–2.3 million people died in the famine of 1930–1933 in Kazakhstan.',
        feedback: 'The scale shows the injustice the author already grants in ¶8 (“despite these injustices”); it does not show how the famine is remembered.',
      },
      {
        id: 'c',
        text: '31 May honours famine victims; a famine memorial went up in Almaty in 2017.',
        feedback: 'Right. An official day of remembrance (31 May, for the victims of political repression and famine) and the 2017 memorial show a public memory of the famine. It weakens ¶8 rather than refuting it: remembrance is not the same as “resentment”, the word he chose.',
      },
      {
        id: 'd',
        text: 'National and ethnic consciousness has grown more autonomous since the invasion.',
        feedback: 'That is the author’s own claim later in ¶8, not a checked fact, and it describes a change since the invasion rather than the memory he says is missing.',
      },
    ],
    key: 'c',
    reasoning: 'Critique ¶8 as he wrote it: a weak “cultural memory of resentment”, hedged with “arguably”. A remembrance day and a memorial are evidence of memory, so they weaken the claim; they do not prove resentment, so they do not refute it. The famine’s dates and toll are true but answer other questions.',
    citation: {
      paragraphs: [8],
      sources: ['cap-famine-memory', 'wiki-kazakh-famine'],
      facts: ['famine-memory', 'famine'],
    },
  },
  {
    id: 'case-opening',
    part: 'case',
    kind: 'recall',
    objectives: [3],
    prompt: 'In ¶9, why does the author expect Kazakhstan to welcome more Western involvement?',
    options: [
      {
        id: 'a',
        text: 'Its diversified foreign policy, ties to several powers and discontent with China.',
        feedback: 'Right. ¶9 gives these three reasons and concludes: “As long as the West is willing, Astana will follow suit.” Note that the article asserts the discontent with China without evidence.',
      },
      {
        id: 'b',
        text: 'Its democratic reforms under Tokayev have brought it closer to Western values.',
        feedback: '¶6 says the change under Tokayev “cannot be called democratization”, and ¶9 does not rest on reform.',
      },
      {
        id: 'c',
        text: 'Its oil exports no longer depend on pipelines that cross Russian territory.',
        feedback: 'Not in the article, and wrong as context: about 80% of Kazakhstan’s oil exports run through the CPC pipeline across Russia. ¶9 does not mention oil.',
      },
      {
        id: 'd',
        text: 'Its economy relies on U.S. aid, which has been rising steadily over the past decade.',
        feedback: '¶11 says the reverse: U.S. aid to Kazakhstan “has been declining for the past decade”.',
      },
    ],
    key: 'a',
    reasoning: '¶9 argues from Kazakhstan’s own policy: a diversified (multi-vector) foreign policy, close ties with several great powers and growing public discontent with China’s influence make its interest in Western involvement “straightforward”. It is the article’s most confident claim, and it makes Washington’s will the only open variable.',
    citation: {
      paragraphs: [9],
      sources: ['rferl-cpc'],
      facts: ['cpc-oil'],
    },
  },
  {
    id: 'case-afghanistan',
    part: 'case',
    kind: 'recall',
    objectives: [3, 4],
    prompt: 'What part does Afghanistan play in the author’s case (¶10)?',
    options: [
      {
        id: 'a',
        text: 'Kazakhstan borders Afghanistan, so it is the front line of regional security.',
        feedback: 'Context, not the article, and wrong: Kazakhstan does not border Afghanistan (Uzbekistan, Tajikistan and Turkmenistan lie between). ¶10 argues from U.S. capacity, not from a border.',
      },
      {
        id: 'b',
        text: 'Since the U.S. withdrawal, Washington’s capacity to act in the region has shrunk.',
        feedback: 'Right. ¶10: since the withdrawal “the U.S. capacity to operate in the region has decreased”, so Kazakhstan’s agency and openness to the West matter for regional security.',
      },
      {
        id: 'c',
        text: 'The author proposes moving U.S. forces from Afghanistan to bases in Kazakhstan.',
        feedback: '¶10 proposes no bases or troops; it asks Washington to maintain Kazakhstan’s “agency and openness to the West”.',
      },
      {
        id: 'd',
        text: 'Russia’s retreat from Afghanistan has left Kazakhstan open to U.S. influence.',
        feedback: 'In ¶10 the withdrawal is America’s. “Russia’s relative retreat” is a separate point about Russia’s weakening, not about Afghanistan.',
      },
    ],
    key: 'b',
    reasoning: '¶10 adds a security reason: since the U.S. withdrawal from Afghanistan, Washington can do less in the region, so keeping Kazakhstan open to the West matters. The map settles the tempting misreading: Kazakhstan does not border Afghanistan.',
    citation: {
      paragraphs: [10],
      facts: ['geography'],
    },
  },
  {
    id: 'case-multivector',
    part: 'case',
    kind: 'recall',
    objectives: [3],
    prompt: 'How does the author want U.S. ties to relate to Kazakhstan’s multi-vector foreign policy (¶10–¶11)?',
    options: [
      {
        id: 'a',
        text: 'Replace it, by drawing Kazakhstan out of the EAEU and the CSTO and into the West.',
        feedback: '¶10 wants ties that complement the multi-vector policy “instead of forcing it to join a particular geopolitical camp”.',
      },
      {
        id: 'b',
        text: 'Join it, by co-investing with China in Belt and Road projects in Kazakhstan.',
        feedback: '¶11 asks for connectivity, infrastructure and high-tech projects “alternative to one of Beijing’s BRI”, not a share in them.',
      },
      {
        id: 'c',
        text: 'Wait on it, offering closer ties only once Russia’s retreat is complete.',
        feedback: '¶10 treats Russia’s relative retreat as an opening, not a condition to wait for, and the conclusion says “It should begin now.”',
      },
      {
        id: 'd',
        text: 'Complement it, so Kazakhstan can be a bridge between Russia, China and the U.S.',
        feedback: 'Right. ¶10: ties that complement its multi-vector policy; ¶11: diplomatic cooperation that helps Kazakhstan keep its balancing position as a bridge between Russia, China and the United States.',
      },
    ],
    key: 'd',
    reasoning: 'The author does not ask Kazakhstan to choose the West. ¶10 wants U.S. ties to complement its multi-vector policy, and ¶11 to help it keep the balancing position, with development and investment aid as an alternative to the BRI.',
    citation: {
      paragraphs: [10, 11],
    },
  },
  {
    id: 'dilemma-choice',
    part: 'dilemma',
    kind: 'recall',
    objectives: [5],
    prompt: 'How does the author frame Washington’s choice in ¶12?',
    options: [
      {
        id: 'a',
        text: 'Whether to aid Kazakhstan now or only once it has made democratic reforms.',
        feedback: 'A common misreading: ¶12 never discusses conditions on aid. It asks which kind of autocracy Washington prefers, and ¶13 asks for more aid now.',
      },
      {
        id: 'b',
        text: 'Which autocracy to prefer: one fuelling Russia’s war or one seeking the West.',
        feedback: 'Right. ¶12 asks “what kind of an autocratic regime does the U.S. prefer?”: one that helps Russia evade sanctions, or one that sees itself as distinct from the “Russkyi mir” and seeks Western cooperation.',
      },
      {
        id: 'c',
        text: 'Whether to back a democracy or an autocracy as its main partner in the region.',
        feedback: 'That is the principle ¶12 sets aside: on the ground “one does not always have the leisure to have democracies as partners”.',
      },
      {
        id: 'd',
        text: 'Whether to side with Russia or with China in their contest for Central Asia.',
        feedback: 'Neither is offered as a partner: the two alternatives in ¶12 are kinds of autocratic partner, not the two great powers.',
      },
    ],
    key: 'b',
    reasoning: '¶12 separates the principle (autocracy versus democracy) from the situation on the ground and turns the question into a choice between two autocracies. It sets the principle aside; it says nothing about conditions, so reading it as a case for or against conditional aid goes beyond the text.',
    citation: {
      paragraphs: [12],
    },
  },
  {
    id: 'dilemma-objection',
    part: 'dilemma',
    kind: 'judgement',
    objectives: [4, 5],
    prompt: 'A critic objects that U.S. aid would reward a government that denies its citizens political freedoms. Which reply does ¶12 give the author?',
    options: [
      {
        id: 'a',
        text: 'Aid should carry human-rights conditions that Washington will monitor and enforce.',
        feedback: 'A fair position for you to argue, but not the author’s reply: ¶12 never discusses conditions on aid.',
      },
      {
        id: 'b',
        text: 'Kazakhstan is becoming a democracy under Tokayev, so the objection will soon lapse.',
        feedback: '¶6 says the change under Tokayev “cannot be called democratization”, and ¶12 grants “the absence of domestic political freedoms”.',
      },
      {
        id: 'c',
        text: 'Principle aside, on the ground Washington cannot always have democracies as partners.',
        feedback: 'Right. ¶12 distinguishes “the principle of autocracy vs. democracy” from “the situation on the ground”, and asks which kind of autocracy Washington prefers.',
      },
      {
        id: 'd',
        text: 'Political freedoms matter little when the rival is a Russia waging war in Ukraine.',
        feedback: 'Overstated: ¶12 does not say freedoms matter little. It grants their absence and argues that the real choice is between two autocracies.',
      },
    ],
    key: 'c',
    reasoning: 'The author’s answer to the human-rights objection is ¶12’s distinction: the democracy/autocracy principle set aside against the situation on the ground, where partners are not always democracies. He does not deny the objection’s facts, promise democratisation or propose conditions; a student defending the recommendation must decide whether that reply is enough.',
    citation: {
      paragraphs: [12],
    },
  },
  {
    id: 'dilemma-fields',
    part: 'dilemma',
    kind: 'judgement',
    objectives: [1, 5],
    prompt: '¶2 calls for diplomatic, energy, economic and developmental cooperation. Which two of these fields are missing from ¶13’s closing recommendations?',
    options: [
      {
        id: 'a',
        text: 'Diplomatic and developmental cooperation',
        feedback: 'These are the two ¶13 keeps: “strengthen its diplomatic relations and increase development aid”.',
      },
      {
        id: 'b',
        text: 'Developmental and energy cooperation',
        feedback: 'Development stays: ¶13 asks Washington to “increase development aid”. Energy does drop out.',
      },
      {
        id: 'c',
        text: 'Diplomatic and economic cooperation',
        feedback: 'Diplomacy stays: ¶13 asks Washington to “strengthen its diplomatic relations”. Economic cooperation does drop out.',
      },
      {
        id: 'd',
        text: 'Energy and economic cooperation',
        feedback: 'Right. ¶13 names only diplomatic relations and development aid. Energy never returns after ¶2, and economic cooperation only as ¶11’s “investment aid”.',
      },
    ],
    key: 'd',
    reasoning: 'The thesis (¶2) promises four fields; the conclusion (¶13) keeps two, diplomacy and development aid. Energy cooperation vanishes even though a U.S. stake exists (U.S. companies hold shares in the CPC pipeline that carries most Kazakh oil exports): a gap a careful reader, or a policymaker, can point to.',
    citation: {
      paragraphs: [2, 13],
      sources: ['rferl-cpc'],
      facts: ['cpc-oil'],
    },
  },
]
