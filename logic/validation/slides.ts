/**
 * What the slides ask of the data, checked before a build: every slide belongs to a known part, has a title,
 * speaker notes and its use in class (`minutes:`, `selfStudy:` or `lecturerOnly:`); every slide a student sees has a
 * student text (`study:`) written to a reader alone; each part's slides add up to its minutes on the agenda; and every
 * id a slide names (a `<Term id>`, a source in a `:citation`, a timeline, diagram or map view, an objection, a check's
 * question) exists in data/. Every question has one check slide, in the order of data/questions.ts, which students
 * take on their own without being handed its answer; the answer key stays with the lecturer and explains every
 * question. Components are read with Vue's own template parser and bound values with Babel, never by regex, so what
 * is checked is what Vue will render.
 * Errors come in the one format: `pages/02-thesis.md › slide 5 › <Term id>: "quasi-stat" is not in data/glossary.ts`.
 */
import type { ElementNode, TemplateChildNode } from '@vue/compiler-dom'
import type { Question } from '../../data/questions'
import { NodeTypes, parse } from '@vue/compiler-dom'
import { babelParse } from 'vue/compiler-sfc'
import { z } from 'zod'
import { parts } from '../../data/article'
import { objections } from '../../data/critique'
import { glossary } from '../../data/glossary'
import { stories } from '../../data/places'
import { questions } from '../../data/questions'
import { views } from '../../data/relations'
import { timelineViews } from '../../data/timeline'
import { partById } from '../article'
import { figureStepCounts } from '../figure-steps'
import { planMinutes } from '../plan'
import { answerKeyQuestions } from '../quiz'
import { slideTiming } from '../slide-timing'
import { lecturerDirections } from '../study-text'
import { citation, oneOf, paragraph, sourceId, text } from './rules'

export interface SlideToCheck {
  /** 1-based, as in the URL /N. */
  no: number
  title: string
  part: string
  paragraphs: readonly number[]
  /** The file the slide is written in, relative to the project. */
  file: string
  content: string
  note: string
  frontmatter: Readonly<Record<string, unknown>>
}

/** A check slide names its question in frontmatter (`question:`), which its <KnowledgeCheck /> reads. */
const questionId = oneOf(() => questions.map(question => question.id), 'data/questions.ts')

/** Components whose prop names a record in data/, one line each. */
const references: Record<string, { prop: string, id: z.ZodType }> = {
  Term: {
    prop: 'id',
    id: oneOf(() => glossary.map(entry => entry.id), 'data/glossary.ts'),
  },
  Timeline: {
    prop: 'view',
    id: oneOf(() => Object.keys(timelineViews), 'data/timeline.ts (timelineViews)'),
  },
  ObjectionCard: {
    prop: 'id',
    id: oneOf(() => objections.map(objection => objection.id), 'data/critique.ts (objections)'),
  },
  RelationshipDiagram: {
    prop: 'view',
    id: oneOf(() => Object.keys(views), 'data/relations.ts (views)'),
  },
  RegionMap: {
    prop: 'story',
    id: oneOf(() => stories.map(story => story.id), 'data/places.ts (stories)'),
  },
  KnowledgeCheck: {
    prop: 'id',
    id: questionId,
  },
}

/** Longest student text, in words: a phone screen, not a page. */
export const MAX_STUDY_WORDS = 120

/** A student text says what the slide says, why it matters and where to reread: two to five sentences. */
const STUDY_SENTENCES = { min: 2, max: 5 } as const

/** A check slide's student text only sets up its question: two or three sentences. */
const CHECK_STUDY_SENTENCES = { min: 2, max: 3 } as const

/** How a check slide's notes open, so the lecturer knows the class does not see it. */
export const CHECK_NOTES_OPENING = 'Self-study slide: not shown in class.'

/** How much of the key's text a check slide's student text may not quote: enough to recognise it by. */
const KEY_QUOTE_LENGTH = 30

function wordCount(value: string): number {
  return value.split(/\s+/).filter(word => /\w/.test(word)).length
}

/** Sentences in a text; the full stops of "U.S." and "e.g." do not end one. */
function sentenceCount(value: string): number {
  const masked = value.replace(/\b(U\.S|e\.g|i\.e)\./g, '$1')
  return masked.split(/[.?!][”"’)]*(?:\s+|$)/).filter(sentence => /\w/.test(sentence)).length
}

/**
 * A slide's student text, for the reader alone: no lecturer direction, short enough for a phone, two to five
 * sentences (two or three on a check slide), citing (as ¶N; ¶3–¶8 by its ends) only paragraphs the article has and
 * one the slide presents.
 */
function studyText(slideParagraphs: readonly number[], length: { min: number, max: number } = STUDY_SENTENCES) {
  return z.string({ error: 'is missing: a slide a student sees needs its student text (study: in its frontmatter)' }).superRefine((value, ctx) => {
    const report = (message: string) => ctx.addIssue({ code: 'custom', message })
    if (!text.safeParse(value).success)
      return report('is empty')
    for (const { phrase, reason } of lecturerDirections(value))
      report(`holds lecturer direction (${reason}): "${phrase}"`)
    const words = wordCount(value)
    if (words > MAX_STUDY_WORDS)
      report(`runs to ${words} words, over ${MAX_STUDY_WORDS}`)
    const sentences = sentenceCount(value)
    if (sentences < length.min || sentences > length.max) {
      report(`has ${sentences} sentences, not ${length.min}–${length.max}${length === CHECK_STUDY_SENTENCES
        ? ' on a check slide'
        : ''}`)
    }
    const cited = [
      ...value.matchAll(/¶(\d+)/g),
    ].map(match => Number(match[1]))
    for (const n of cited) {
      for (const issue of paragraph.safeParse(n).error?.issues ?? [])
        report(issue.message)
    }
    if (slideParagraphs.length && !cited.some(n => slideParagraphs.includes(n)))
      report(`names none of the slide's paragraphs (${slideParagraphs.map(n => `¶${n}`).join(', ')}) to reread`)
  })
}

/** Props on any component that cite sources, and the rule each value must pass. */
const citing: Record<string, z.ZodType> = {
  citation,
  sources: sourceId.array(),
  source: sourceId,
}

type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal }

interface BabelNode {
  type: string
  value?: Literal
  elements?: (BabelNode | null)[]
  properties?: BabelNode[]
  key?: BabelNode & { name?: string }
  computed?: boolean
  expression?: BabelNode
}

/** The value of a bound prop written as a literal (`{ sources: ['tass-csto-request'] }`); undefined if it is not one. */
function literal(node: BabelNode | null | undefined): Literal | undefined {
  if (!node)
    return undefined
  if (['StringLiteral', 'NumericLiteral', 'BooleanLiteral'].includes(node.type))
    return node.value
  if (node.type === 'NullLiteral')
    return null
  if (node.type === 'ArrayExpression') {
    const items = (node.elements ?? []).map(literal)
    return items.includes(undefined)
      ? undefined
      : items as Literal[]
  }
  if (node.type === 'ObjectExpression') {
    const entries = (node.properties ?? []).map((property) => {
      const key = property.type === 'ObjectProperty' && !property.computed
        ? property.key?.name ?? property.key?.value
        : undefined
      return [
        key,
        literal(property.value as unknown as BabelNode),
      ] as const
    })
    return entries.some(([key, value]) => key === undefined || value === undefined)
      ? undefined
      : Object.fromEntries(entries) as Literal
  }
  return undefined
}

function boundLiteral(expression: string): Literal | undefined {
  try {
    const program = babelParse(`(${expression})`).program
    return literal((program.body[0] as unknown as BabelNode).expression)
  }
  catch {
    return undefined
  }
}

function* elements(nodes: readonly TemplateChildNode[]): Generator<ElementNode> {
  for (const node of nodes) {
    if (node.type === NodeTypes.ELEMENT) {
      yield node
      yield* elements(node.children)
    }
  }
}

/** Every element of a slide's Markdown, as Vue's template parser reads it. */
function slideElements(content: string): ElementNode[] {
  return [
    ...elements(parse(content, {
      onError: () => {},
    }).children),
  ]
}

function staticAttributes(element: ElementNode): Record<string, string> {
  return Object.fromEntries(element.props.flatMap(prop => prop.type === NodeTypes.ATTRIBUTE
    ? [
        [prop.name, prop.value?.content ?? ''],
      ]
    : []))
}

/** The static attributes of each `<tag>` in a slide's Markdown, read with Vue's template parser. */
export function componentAttributes(content: string, tag: string): Record<string, string>[] {
  return slideElements(content).filter(element => element.tag === tag).map(staticAttributes)
}

/** The figure components, with the attribute naming each one's view in data/ (there is one argument map). */
const FIGURES: Record<string, { attribute: string } | { id: string }> = {
  Timeline: { attribute: 'view' },
  RegionMap: { attribute: 'story' },
  RelationshipDiagram: { attribute: 'view' },
  ArgumentMap: { id: 'argument' },
}

/** The figures a slide shows, by the id each carries as `data-figure` (its view's id in data/), in order. */
export function slideFigureIds(content: string): string[] {
  return figureIdsIn(slideElements(content))
}

function figureIdsIn(elements: readonly ElementNode[]): string[] {
  return elements.flatMap((element) => {
    const figure = FIGURES[element.tag]
    if (!figure)
      return []
    return 'id' in figure
      ? [figure.id]
      : [staticAttributes(element)[figure.attribute]]
  })
}

/** Whether a slide reveals anything by clicks of its own: Slidev's v-click, v-after and v-clicks, as tags or directives. */
function hasClickReveals(elements: readonly ElementNode[]): boolean {
  return elements.some(element => ['v-click', 'v-clicks', 'v-after'].includes(element.tag)
    || element.props.some(prop => prop.type === NodeTypes.DIRECTIVE && ['click', 'after', 'clicks'].includes(prop.name)))
}

/**
 * A slide whose clicks all belong to its figures must have exactly their steps as its `clicks:`: Slidev takes that
 * number over what the figures ask for, so one more is a press that changes nothing, one fewer a step never shown.
 */
function figureClickError(elements: readonly ElementNode[], clicks: unknown): string | undefined {
  const steps = figureIdsIn(elements).map(id => figureStepCounts[id] as number | undefined)
  // A figure not in data/ is reported as such; a slide that also reveals by its own clicks is counted by no rule here.
  if (!steps.length || steps.includes(undefined) || hasClickReveals(elements))
    return undefined
  const wanted = steps.reduce<number>((sum, count) => sum + count!, 0)
  const given = typeof clicks === 'number'
    ? clicks
    : 0
  if (given === wanted)
    return undefined
  return given > wanted
    ? `is ${given}, but its figures have ${wanted} steps: the last ${given - wanted === 1
      ? 'press changes'
      : `${given - wanted} presses change`} nothing on screen`
    : `is ${given}, but its figures have ${wanted} steps: the last ${wanted - given === 1
      ? 'step is'
      : `${wanted - given} steps are`} never shown`
}

/** The name a prop is given by, as an attribute (`id="…"`) or bound (`:id="…"`). */
function propName(prop: ElementNode['props'][number]): string | undefined {
  return prop.type === NodeTypes.ATTRIBUTE
    ? prop.name
    : prop.name === 'bind' && prop.arg?.type === NodeTypes.SIMPLE_EXPRESSION
      ? prop.arg.content
      : undefined
}

function namesProp(element: ElementNode, name: string): boolean {
  return element.props.some(prop => propName(prop) === name)
}

/**
 * Each way a check slide's student text hands over its answer before the student has tried: the opening of the key's
 * text, or "Right" as the key's feedback opens. ("The answer is" is lecturer direction, reported on any student text.)
 */
function answerGiveaways(study: string, question: Question | undefined): string[] {
  const found: string[] = []
  const key = question?.options.find(option => option.id === question.key)
  const quoted = key?.text.slice(0, KEY_QUOTE_LENGTH)
  if (quoted && study.includes(quoted))
    found.push(`quotes the key, "${quoted}"`)
  // The verdict a key's feedback opens with, not "the right to" or "right-wing".
  const verdict = /\bRight(?=[.!:,])/.exec(study)?.[0]
  if (verdict)
    found.push(`says "${verdict}"`)
  return found
}

/** Each problem in the ids and citations a slide's components name, as [field, message]. */
function referenceErrors(elements: readonly ElementNode[]): [string, string][] {
  const errors: [string, string][] = []
  const check = (field: string, schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value)
    for (const issue of result.error?.issues ?? []) {
      errors.push([`${field}${issue.path.map(key => typeof key === 'number'
        ? `[${key}]`
        : `.${String(key)}`).join('')}`, issue.message])
    }
  }
  for (const element of elements) {
    for (const prop of element.props) {
      const name = propName(prop)
      if (name === undefined)
        continue
      const value = prop.type === NodeTypes.ATTRIBUTE
        ? prop.value?.content
        : prop.exp?.type === NodeTypes.SIMPLE_EXPRESSION
          ? boundLiteral(prop.exp.content)
          : undefined
      const field = `<${element.tag} ${prop.type === NodeTypes.ATTRIBUTE
        ? ''
        : ':'}${name}>`
      const reference = references[element.tag]
      const schema = reference?.prop === name
        ? reference.id
        : citing[name]
      if (!schema)
        continue
      if (value === undefined)
        errors.push([field, 'is not a literal value the build can check'])
      else
        check(field, schema, value)
    }
  }
  return errors
}

/**
 * What the deck-wide rules hold the slides to: each part's minutes on the class plan, and the questions the check
 * slides ask and the answer key explains, in their order. Read from data/ unless given.
 */
interface DeckPlan {
  agenda: readonly { id: string, minutes: number }[]
  questions: readonly Question[]
}

/** The questions an `<AnswerKey detail="explanations">` shows the reasoning of: those of its part, and kind if it names one. */
function explained(attributes: Readonly<Record<string, string>>, quiz: readonly Question[]): Question[] {
  return attributes.detail === 'explanations'
    ? answerKeyQuestions(attributes, quiz)
    : []
}

/** Every problem in the slides, in the one format, naming file and slide number. */
export function slideErrors(slides: readonly SlideToCheck[], {
  agenda = parts.map(part => ({
    id: part.id,
    minutes: planMinutes(part.id),
  })),
  questions: quiz = questions,
}: Partial<DeckPlan> = {}): string[] {
  const errors: string[] = []
  const sums = new Map<string, number>()
  /** The check slides asking each question, by slide number. */
  const checks = new Map<string, number[]>()
  const explainedIds = new Set<string>()
  for (const slide of slides) {
    const report = (field: string, message: string) => errors.push(`${slide.file} › slide ${slide.no} › ${field}: ${message}`)
    const question = slide.frontmatter.question
    const isCheck = question !== undefined
    if (slide.no > 1 && !slide.part)
      report('part', 'belongs to no part: set part: in its src: import in slides.md')
    else if (slide.part && !partById(slide.part))
      report('part', `"${slide.part}" is not a part in data/article.ts`)
    for (const issue of paragraph.array().safeParse(slide.paragraphs).error?.issues ?? [])
      report('paragraphs', issue.message)
    if (!text.safeParse(slide.title).success)
      report('title', 'has no # title')
    if (!text.safeParse(slide.note).success)
      report('notes', 'has no speaker notes (a closing <!-- … --> comment)')
    // A lecturer-only slide (the answer key) never reaches a student, so it needs no student text.
    if (slide.frontmatter.lecturerOnly !== true) {
      const study = slide.frontmatter.study
      const length = isCheck
        ? CHECK_STUDY_SENTENCES
        : STUDY_SENTENCES
      for (const issue of studyText(slide.paragraphs, length).safeParse(study).error?.issues ?? [])
        report('study', issue.message)
      // The key is read from data/, as the question's id is checked against it; the deck-wide rules take the quiz given.
      if (isCheck && typeof study === 'string') {
        for (const giveaway of answerGiveaways(study, questions.find(q => q.id === question)))
          report('study', `gives the answer away before the student tries: ${giveaway}`)
      }
    }
    // The cover is on screen while students arrive: it takes no class time and needs no timing.
    if (slide.no > 1) {
      const timing = slideTiming(slide.frontmatter)
      if (typeof timing === 'string')
        report('frontmatter', timing)
      else if (timing.kind === 'class')
        sums.set(slide.part, (sums.get(slide.part) ?? 0) + timing.minutes)
    }
    // The slide's Markdown, parsed once for the checks of what its components name and of its clicks.
    const elements = slideElements(slide.content)
    for (const [field, message] of referenceErrors(elements))
      report(field, message)
    const clicks = figureClickError(elements, slide.frontmatter.clicks)
    if (clicks)
      report('clicks', clicks)
    if (isCheck) {
      for (const issue of questionId.safeParse(question).error?.issues ?? [])
        report('question', issue.message)
      // Students take the checks before class, on their own.
      if (slide.frontmatter.selfStudy !== true)
        report('selfStudy', 'is not true, but students take a check slide (question:) on their own')
      if (slide.frontmatter.minutes !== undefined)
        report('minutes', 'is set, but a check slide (question:) takes no class time')
      if (text.safeParse(slide.note).success && !slide.note.trim().startsWith(CHECK_NOTES_OPENING))
        report('notes', `do not open with "${CHECK_NOTES_OPENING}", which tells the lecturer a check slide is not for class`)
      if (typeof question === 'string') {
        checks.set(question, [
          ...checks.get(question) ?? [],
          slide.no,
        ])
      }
    }
    else if (elements.some(element => element.tag === 'KnowledgeCheck' && !namesProp(element, 'id'))) {
      report('question', 'is not set, but the slide\'s <KnowledgeCheck /> asks the question it names: set question: in its frontmatter, which names the check\'s question')
    }
    const keys = elements.filter(element => element.tag === 'AnswerKey').map(staticAttributes)
    if (keys.length && slide.frontmatter.lecturerOnly !== true)
      report('lecturerOnly', 'is not true, but the slide shows <AnswerKey>: the answers stay with the lecturer')
    for (const attributes of keys) {
      for (const { id } of explained(attributes, quiz))
        explainedIds.add(id)
    }
  }
  for (const part of agenda) {
    const sum = sums.get(part.id) ?? 0
    if (sum !== part.minutes)
      errors.push(`slides › part ${part.id} › minutes: its slides add up to ${sum}, the class plan (data/plan.ts) gives it ${part.minutes}`)
  }
  // A question's number, on its check slide and in the answer key, is its place in data/questions.ts.
  let previous: { id: string, no: number } | undefined
  for (const { id } of quiz) {
    const asked = checks.get(id) ?? []
    if (!asked.length)
      errors.push(`slides › question ${id} › check: has no check slide (a slide with question: ${id} in its frontmatter)`)
    else if (asked.length > 1)
      errors.push(`slides › question ${id} › check: has ${asked.length} check slides (slides ${asked.join(', ')}), not one`)
    if (asked.length && previous && asked[0] < previous.no)
      errors.push(`slides › question ${id} › check: is on slide ${asked[0]}, before the check of "${previous.id}" (slide ${previous.no}), which comes first in data/questions.ts`)
    if (asked.length)
      previous = { id, no: asked[0] }
    if (!explainedIds.has(id))
      errors.push(`slides › question ${id} › reasoning: is on no answer-key slide (an <AnswerKey detail="explanations"> of its part and kind)`)
  }
  return errors
}
