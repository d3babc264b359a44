/**
 * data/questions.ts: each knowledge check has three or more options of similar length, each with its own teaching
 * feedback, one key among them that its form does not give away, the learning objectives it assesses, and tests a
 * paragraph of its own part (looking back, never ahead). The quiz as a whole covers each tested part and objective
 * twice, asks for judgement as well as recall, and spreads its keys so that no letter or length gives them away.
 */
import { z } from 'zod'
import { learningObjectives, parts } from '../../../data/article'
import { partById } from '../../article'
import { optionLetter } from '../../quiz'
import { citesArticle, oneOf, records, slug, text } from '../rules'

/** The parts a check can test: those presenting paragraphs of the article. */
const testedParts = () => parts.filter(part => part.paragraphs.length).map(part => part.id)

/** The fewest questions the quiz asks, and the fewest for each tested part and each learning objective. */
const MIN_QUESTIONS = 12
const MIN_PER_PART = 2
const MIN_PER_OBJECTIVE = 2
const MIN_JUDGEMENT = 3
/** The letters each the key of at least two questions, so a student cannot learn to favour one. */
const KEY_LETTERS = ['A', 'B', 'C', 'D']
const MIN_PER_LETTER = 2

/** Feedback and reasoning long enough to say why, in characters. */
const MIN_FEEDBACK = 40
const MIN_REASONING = 80

/** Options written to similar length: the longest at most this many times the shortest… */
const MAX_OPTION_SPREAD = 1.35
/** …and the key at most this many times the longest other option, too little for a reader to notice. */
const MAX_KEY_MARGIN = 1.1
/** How far above chance the key may be the longest (or the shortest) option across the quiz. */
const KEY_LENGTH_SLACK = 0.1

const objective = z.number().refine(
  value => Number.isInteger(value) && value >= 1 && value <= learningObjectives.length,
  {
    error: issue => `learning objective ${String(issue.input)} does not exist (1–${learningObjectives.length}, data/article.ts)`,
  },
)

const optionText = (option: { text: string }) => option.text.trim().length

/** The key's length against the longest and shortest other option of its question. */
function keyLength(question: { key: string, options: readonly { id: string, text: string }[] }) {
  const key = question.options.find(option => option.id === question.key)
  const others = question.options.filter(option => option !== key).map(optionText)
  const length = key
    ? optionText(key)
    : 0
  return {
    // A tie counts: a reader cannot tell the key apart by its length either.
    longest: length >= Math.max(...others),
    shortest: length <= Math.min(...others),
    ratio: length / Math.max(...others),
  }
}

const question = z.object({
  id: slug,
  part: oneOf(testedParts, 'the parts of data/article.ts that present paragraphs'),
  kind: z.string(),
  objectives: z.array(objective).min(1, 'assesses no learning objective'),
  prompt: text,
  options: records(z.object({
    id: text,
    text: text.refine(value => !/\b(?:all|none) of the above\b/i.test(value), 'is "all/none of the above", which tests no reading'),
    // Feedback that teaches says where to look: the paragraph that decides the option.
    feedback: text.regex(/¶\d/, 'cites no paragraph (¶N)').refine(value => value.length > MIN_FEEDBACK, {
      error: issue => `is ${String(issue.input).length} characters, too short to say why (over ${MIN_FEEDBACK})`,
    }),
  })).min(3, 'has fewer than three options'),
  key: z.string(),
  reasoning: text.refine(value => value.length > MIN_REASONING, {
    error: issue => `is ${String(issue.input).length} characters, too short to say why the key is right (over ${MIN_REASONING})`,
  }),
  citation: citesArticle,
}).superRefine((question, ctx) => {
  if (!question.options.some(option => option.id === question.key)) {
    ctx.addIssue({
      code: 'custom',
      path: ['key'],
      message: `"${question.key}" is not one of its options`,
    })
  }
  question.options.forEach((option, index) => {
    const first = question.options.findIndex(other => other.feedback === option.feedback)
    if (first < index) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', index, 'feedback'],
        message: `repeats the feedback of option "${question.options[first].id}": each option needs its own`,
      })
    }
    // Only the key's feedback opens with "Right.", so a student who chose it is never told otherwise.
    const right = option.feedback.startsWith('Right.')
    if (right !== (option.id === question.key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', index, 'feedback'],
        message: right
          ? 'opens with "Right.", but the option is not the key'
          : 'is the key\'s, but does not open with "Right."',
      })
    }
  })
  const lengths = question.options.map(optionText)
  if (lengths.length && Math.max(...lengths) > MAX_OPTION_SPREAD * Math.min(...lengths)) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `run from ${Math.min(...lengths)} to ${Math.max(...lengths)} characters, more than ${MAX_OPTION_SPREAD} times apart: the odd one out shows by its length`,
    })
  }
  const { ratio } = keyLength(question)
  if (ratio > MAX_KEY_MARGIN) {
    ctx.addIssue({
      code: 'custom',
      path: ['key'],
      message: `"${question.key}" is ${Math.round((ratio - 1) * 100)}% longer than the longest other option (at most ${Math.round((MAX_KEY_MARGIN - 1) * 100)}%): it shows by its length`,
    })
  }
  const own = partById(question.part)?.paragraphs ?? []
  const tested = question.citation.paragraphs ?? []
  if (!own.length || !tested.length)
    return
  if (!tested.some(paragraph => own.includes(paragraph))) {
    ctx.addIssue({
      code: 'custom',
      path: ['citation', 'paragraphs'],
      message: `tests no paragraph of its part "${question.part}" (¶${own.join(', ¶')})`,
    })
  }
  const last = Math.max(...own)
  for (const paragraph of tested.filter(p => p > last)) {
    ctx.addIssue({
      code: 'custom',
      path: ['citation', 'paragraphs'],
      message: `tests ¶${paragraph}, which comes after its part "${question.part}"`,
    })
  }
})

/** One knowledge check on its own, as `questionList` checks each. */
export const questionRecords = records(question)

export const questionList = questionRecords.superRefine((list, ctx) => {
  const quiz = (message: string) => ctx.addIssue({ code: 'custom', message })
  if (list.length < MIN_QUESTIONS)
    quiz(`has ${list.length} questions, fewer than ${MIN_QUESTIONS}`)
  for (const part of testedParts()) {
    const count = list.filter(q => q.part === part).length
    if (count < MIN_PER_PART)
      quiz(`tests the part "${part}" with ${count} question(s), fewer than ${MIN_PER_PART}`)
  }
  learningObjectives.forEach((_, index) => {
    const count = list.filter(q => q.objectives.includes(index + 1)).length
    if (count < MIN_PER_OBJECTIVE)
      quiz(`assesses learning objective ${index + 1} with ${count} question(s), fewer than ${MIN_PER_OBJECTIVE}`)
  })
  const judgement = list.filter(q => q.kind === 'judgement').length
  if (judgement < MIN_JUDGEMENT)
    quiz(`asks for judgement in ${judgement} question(s), fewer than ${MIN_JUDGEMENT}: the rest only test recall`)
  const letters = list.map(q => optionLetter(q.options.findIndex(option => option.id === q.key)))
  for (const letter of KEY_LETTERS) {
    const count = letters.filter(l => l === letter).length
    if (count < MIN_PER_LETTER)
      quiz(`has the key at ${letter} in ${count} question(s), fewer than ${MIN_PER_LETTER}`)
  }
  if (!list.length)
    return
  // Chance: how often the key would be the longest (or shortest) option if lengths fell at random.
  const chance = list.reduce((sum, q) => sum + 1 / q.options.length, 0) / list.length
  const lengths = list.map(keyLength)
  for (const end of ['longest', 'shortest'] as const) {
    const ids = list.filter((_, index) => lengths[index][end]).map(q => q.id)
    if (ids.length / list.length > chance + KEY_LENGTH_SLACK)
      quiz(`has the key as the ${end} option in ${ids.length} of ${list.length} questions (${ids.join(', ')}), more often than chance (${Math.round(chance * 100)}%) allows`)
  }
})
