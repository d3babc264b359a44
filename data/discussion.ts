/**
 * Active learning: discussion questions and a policy role-play (a National Security Council meeting).
 * The slides show a summary; the handout appendix prints all of it.
 */
import { seats } from './roles'

export interface DiscussionQuestion {
  id: string
  question: string
  /** The article paragraphs a student should reread first. */
  paragraphs: readonly number[]
  /** A prompt for the lecturer if the room goes quiet. */
  followUp: string
}

export interface Role {
  id: string
  /** The seat at the table. */
  title: string
  /** What this seat wants out of the meeting, in short phrases. */
  interests: readonly string[]
  /** Paragraphs of the article this role will lean on. */
  paragraphs: readonly number[]
}

export interface RolePlay {
  title: string
  setting: string
  /** The decision the meeting must take, in one sentence. */
  decision: string
  /** The options on the table. */
  options: readonly string[]
  roles: readonly Role[]
}

export const discussionQuestions: readonly DiscussionQuestion[] = [
  {
    id: 'strongest-dimension',
    question: 'Of the author’s three dimensions of autonomy from Russia, which is best supported, and which weakest?',
    paragraphs: [3, 4, 5, 6, 7, 8],
    followUp: 'Compare the EAEU (¶4) with culture (¶8): what evidence does the author give for each?',
  },
  {
    id: 'will-astana-follow',
    question: 'The author expects Astana to follow if the West is willing. What would have to be true for that to hold?',
    paragraphs: [9],
    followUp: 'Think of the oil pipeline across Russia and the CSTO troops of January 2022.',
  },
  {
    id: 'complement-not-camp',
    question: 'Can U.S. ties complement a multi-vector policy without becoming one more camp? What would that look like?',
    paragraphs: [10, 11],
    followUp: 'Which of the author’s recommendations would Moscow or Beijing read as a threat?',
  },
  {
    id: 'which-autocrat',
    question: '“What kind of an autocratic regime does the U.S. prefer?” Is that the right question? What does it leave out?',
    paragraphs: [12, 13],
    followUp: 'Ask who in Kazakhstan gains from U.S. aid, and on what conditions.',
  },
]

export const rolePlay: RolePlay = {
  title: 'An NSC meeting on Kazakhstan',
  setting: 'Late 2022. The National Security Adviser has called a meeting to settle U.S. policy toward Kazakhstan before the budget is set.',
  decision: 'Should the United States deepen diplomatic ties and development aid to Kazakhstan now, and on what terms?',
  options: [
    'A. Deepen now, without new conditions (the author names none).',
    'B. Deepen now, with conditions or benchmarks attached.',
    'C. Keep the present policy and wait.',
  ],
  // The seats and their full briefs live in data/roles.ts, shared with the role cards.
  roles: seats,
}
