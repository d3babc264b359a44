/**
 * data/questions.ts: each knowledge check has three or more options with teaching feedback, a key among them, the
 * learning objectives it assesses, and tests a paragraph of its own part (looking back, never ahead).
 */
import { z } from 'zod'
import { learningObjectives } from '../../../data/article'
import { partById } from '../../article'
import { citesArticle, records, slug, text } from '../rules'

const objective = z.number().refine(
  value => Number.isInteger(value) && value >= 1 && value <= learningObjectives.length,
  {
    error: issue => `learning objective ${String(issue.input)} does not exist (1–${learningObjectives.length}, data/article.ts)`,
  },
)

export const questionList = records(z.object({
  id: slug,
  part: z.string(),
  objectives: z.array(objective).min(1, 'assesses no learning objective'),
  prompt: text,
  options: records(z.object({
    id: text,
    text,
    // Feedback that teaches says where to look: the paragraph that decides the option.
    feedback: text.regex(/¶\d/, 'cites no paragraph (¶N)'),
  })).min(3, 'has fewer than three options'),
  key: z.string(),
  reasoning: text,
  citation: citesArticle,
}).superRefine((question, ctx) => {
  if (!question.options.some(option => option.id === question.key)) {
    ctx.addIssue({
      code: 'custom',
      path: ['key'],
      message: `"${question.key}" is not one of its options`,
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
}))
