/**
 * The one validation layer (logic/validation/): the shipped data and slides pass it, and each rule reports its
 * error in the one format, `dataset › record › field: message` or `file › slide N › reference: message`.
 */
import type { z } from 'zod'
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { article, learningObjectives } from '../../data/article'
import { maxCaptionLength } from '../../data/places'
import { classPlan } from '../../data/plan'
import { figureStepCounts } from '../../logic/figure-steps'
import { slideMinutes, slideTiming } from '../../logic/slide-timing'
import { argumentMap } from '../../logic/validation/schemas/argument'
import { briefingList } from '../../logic/validation/schemas/briefing'
import { claimList, objectionList, reasoningList } from '../../logic/validation/schemas/critique'
import { discussionList } from '../../logic/validation/schemas/discussion'
import { glossaryList } from '../../logic/validation/schemas/glossary'
import { cityList, countryList, storyList } from '../../logic/validation/schemas/places'
import { planSchema } from '../../logic/validation/schemas/plan'
import { questionList } from '../../logic/validation/schemas/questions'
import { tieList, viewMap } from '../../logic/validation/schemas/relations'
import { seatList } from '../../logic/validation/schemas/roles'
import { sourceList } from '../../logic/validation/schemas/sources'
import { eraList, timelineList } from '../../logic/validation/schemas/timeline'
import { componentAttributes, slideErrors, slideFigureIds } from '../../logic/validation/slides'
import { datasetErrors } from '../../logic/validation/validate'
import { contentErrors } from '../../scripts/lib/content-check'
import { projectTool } from '../../scripts/lib/run-command'

const errorsOf = (name: string, schema: z.ZodType, data: unknown) => datasetErrors({ name, schema, data })

const event = {
  id: 'csto-2022',
  start: '2022-01-06',
  headline: 'CSTO troops',
  text: 'Text.',
  source: {
    paragraphs: [7],
  },
}
const entry = {
  id: 'x',
  term: 'X',
  definition: 'An x.',
  citation: {
    paragraphs: [1],
  },
}

describe('the shipped deck', () => {
  it('has valid data and slides: every dataset passes its schema, every slide reference resolves', async () => {
    expect(await contentErrors()).toEqual([])
  }, 30_000)
})

describe('each shared rule reports its error in the one format', () => {
  it('a date that is not a calendar date', () => {
    expect(errorsOf('timeline', timelineList, [
      { ...event, start: '2022-13-01' },
    ]))
      .toEqual(['timeline › csto-2022 › start: "2022-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'])
    for (const start of [
      '22 Feb 2022',
      '2022-02-30',
      '2022-13',
      '',
      '2001-1-1',
    ]) {
      expect(errorsOf('timeline', timelineList, [
        { ...event, start },
      ]), start).toHaveLength(1)
    }
    for (const start of ['1930', '2022-07', '2024-02-29']) {
      expect(errorsOf('timeline', timelineList, [
        { ...event, start },
      ]), start).toEqual([])
    }
  })

  it('an end before the start', () => {
    expect(errorsOf('timeline', timelineList, [
      { ...event, end: '2022-01' },
    ])).toEqual([])
    expect(errorsOf('timeline', timelineList, [
      { ...event, end: '2021-12-31' },
    ]))
      .toEqual(['timeline › csto-2022 › end: "2021-12-31" is before the start "2022-01-06"'])
  })

  it('an id used twice', () => {
    expect(errorsOf('glossary', glossaryList, [entry, entry])).toEqual(['glossary › x › id: "x" is used twice'])
  })

  it('an id that is not lower-case words joined by hyphens', () => {
    expect(errorsOf('glossary', glossaryList, [
      { ...entry, id: 'Bad Id' },
    ]))
      .toEqual(['glossary › Bad Id › id: is not lower-case words joined by hyphens'])
  })

  it('empty text', () => {
    expect(errorsOf('glossary', glossaryList, [
      { ...entry, definition: ' ' },
    ])).toEqual(['glossary › x › definition: is empty'])
  })

  it('a paragraph the article does not have, counted from data/article.ts', () => {
    const past = article.paragraphCount + 1
    expect(errorsOf('glossary', glossaryList, [
      {
        ...entry,
        citation: {
          paragraphs: [past],
        },
      },
    ]))
      .toEqual([`glossary › x › citation.paragraphs[0]: ¶${past} is not in the article (¶1–¶${article.paragraphCount})`])
    expect(errorsOf('discussion', discussionList, [
      {
        id: 'q',
        question: 'Why?',
        paragraphs: [],
        followUp: 'Ask.',
      },
    ]))
      .toEqual(['discussion › q › paragraphs: names no article paragraph'])
  })

  it('a citation with no source, and one naming a source data/sources.ts lacks', () => {
    expect(errorsOf('glossary', glossaryList, [
      { ...entry, citation: {} },
      {
        ...entry,
        id: 'y',
        citation: {
          sources: ['no-such-source'],
        },
      },
    ])).toEqual([
      'glossary › x › citation: names neither an article paragraph nor a source in data/sources.ts',
      'glossary › y › citation.sources[0]: "no-such-source" is not in data/sources.ts',
    ])
  })

  it('a reference into another dataset that does not resolve', () => {
    expect(errorsOf('briefing', briefingList, [
      {
        id: 'f',
        date: '2022',
        displayDate: '2022',
        text: 'A fact.',
        event: 'no-such-event',
        source: {
          sources: ['tass-csto-request'],
        },
      },
    ]))
      .toEqual(['briefing › f › event: "no-such-event" is not in data/timeline.ts'])
    expect(errorsOf('cities', cityList, [
      {
        id: 'c',
        name: 'C',
        at: [70, 45],
        country: '999',
        citation: {
          sources: ['wiki-astana'],
        },
      },
    ]))
      .toEqual(['cities › c › country: "999" is not in the map\'s countries'])
  })
})

describe('each dataset’s own rules report in the same format', () => {
  it('sources: a web address and a reason to read further', () => {
    expect(errorsOf('sources', sourceList, [
      {
        id: 's',
        title: 'T',
        publisher: 'P',
        url: 'www.x.org',
        readFor: {
          paragraphs: [1],
          why: '',
        },
      },
    ]))
      .toEqual(['sources › s › url: is not a web link (http:// or https://)', 'sources › s › readFor.why: is empty'])
  })

  it('eras: no overlap', () => {
    expect(errorsOf('eras', eraList, [
      {
        id: 'a',
        label: 'A',
        start: '1990',
        end: '1995',
      },
      {
        id: 'b',
        label: 'B',
        start: '1995-06',
        end: '2000',
      },
    ])).toEqual(['eras › b › start: overlaps the era "a"'])
    expect(errorsOf('eras', eraList, [
      {
        id: 'a',
        label: 'A',
        start: '1990',
        end: '1995',
      },
      {
        id: 'b',
        label: 'B',
        start: '1996',
        end: '2000',
      },
    ])).toEqual([])
  })

  it('ties: not to itself, a label Mermaid prints, a proposal cited to the article', () => {
    expect(errorsOf('ties', tieList, [
      {
        id: 'us-kz',
        from: 'us',
        to: 'us',
        label: 'aid; trade',
        status: 'proposed',
        source: {
          sources: ['state-aid-fy2010'],
        },
      },
    ])).toEqual([
      'ties › us-kz › label: holds a line break or one of ; | `',
      'ties › us-kz › to: ties "us" to itself',
      'ties › us-kz › source.paragraphs: a proposed tie must cite the paragraph where the author proposes it',
    ])
  })

  it('diagram views: every step highlights a tie', () => {
    expect(errorsOf('diagram views', viewMap, {
      empty: {
        id: 'empty',
        title: 'T',
        description: 'D',
        direction: 'LR',
        actors: ['kz', 'ru'],
        kinds: ['culture'],
        paragraphs: [8],
        context: false,
        steps: [
          {
            label: 'Energy',
            kinds: ['energy'],
          },
        ],
      },
    })).toEqual(['diagram views › empty › steps[0]: "Energy" highlights no tie'])
  })

  it('the argument map: links join its nodes, each needed role is there, each step lights a node', () => {
    const node = {
      id: 'claim',
      role: 'claim',
      text: 'Claim',
      source: {
        paragraphs: [2],
      },
    }
    const context = {
      id: 'kabul',
      role: 'evidence',
      text: 'Kabul',
      source: {
        sources: ['arkansas-kabul'],
      },
    }
    expect(errorsOf('argument map', argumentMap, {
      thesis: {
        nodes: [node, context],
        links: [
          { from: 'claim', to: 'gone' },
        ],
        steps: [
          {
            label: 'Why',
            roles: ['reason'],
          },
        ],
      },
    })).toEqual([
      'argument map › thesis › nodes[kabul].source.paragraphs: names no article paragraph',
      'argument map › thesis › links[0].to: "gone" is not a node of the map',
      'argument map › thesis › nodes: has no reason',
      'argument map › thesis › nodes: has no recommendation',
      'argument map › thesis › steps[0]: "Why" highlights no node',
    ])
  })

  it('the map: countries the atlas has, coordinates on the globe, captions that fit', () => {
    expect(errorsOf('countries', countryList, [
      {
        id: '999',
        name: 'Nowhere',
        labelAt: [200, 0],
      },
    ])).toEqual([
      'countries › 999 › id: "999" is not in the atlas (world-atlas countries-110m)',
      'countries › 999 › labelAt: is outside [-180..180, -90..90] as [longitude, latitude]',
    ])
    const caption = 'x'.repeat(maxCaptionLength + 1)
    expect(errorsOf('map stories', storyList, [
      {
        id: 'where',
        title: 'T',
        description: 'D',
        steps: [
          {
            id: 'long',
            caption,
            highlight: ['398'],
            citation: {
              paragraphs: [9],
            },
          },
        ],
      },
    ]))
      .toEqual([`map stories › where › steps[long].caption: is ${maxCaptionLength + 1} characters, over the ${maxCaptionLength} the panel beside the map holds`])
  })

  it('questions: a key among three or more options, feedback citing ¶N, real objectives, a paragraph of their own part', () => {
    const option = (id: string) => ({ id, text: `Option ${id}`, feedback: 'See ¶2.' })
    const question = {
      id: 'q',
      part: 'thesis',
      objectives: [1],
      prompt: 'Which?',
      options: ['a', 'b', 'c'].map(option),
      key: 'b',
      reasoning: 'Because.',
      citation: {
        paragraphs: [2],
      },
    }
    expect(errorsOf('questions', questionList, [question])).toEqual([])
    // A check may look back to an earlier paragraph, as long as it tests its own part.
    expect(errorsOf('questions', questionList, [
      {
        ...question,
        part: 'dilemma',
        citation: {
          paragraphs: [2, 13],
        },
      },
    ])).toEqual([])
    expect(errorsOf('questions', questionList, [
      {
        ...question,
        citation: {
          sources: ['mid-eaeu'],
        },
      },
    ]))
      .toEqual(['questions › q › citation.paragraphs: names no article paragraph'])
    expect(errorsOf('questions', questionList, [
      {
        ...question,
        objectives: [learningObjectives.length + 1],
        options: [
          option('a'),
          {
            ...option('b'),
            feedback: 'No paragraph.',
          },
        ],
        key: 'z',
        citation: {
          paragraphs: [9],
        },
      },
    ])).toEqual([
      `questions › q › objectives[0]: learning objective ${learningObjectives.length + 1} does not exist (1–${learningObjectives.length}, data/article.ts)`,
      'questions › q › options[b].feedback: cites no paragraph (¶N)',
      'questions › q › options: has fewer than three options',
      'questions › q › key: "z" is not one of its options',
      'questions › q › citation.paragraphs: tests no paragraph of its part "thesis" (¶1, ¶2)',
      'questions › q › citation.paragraphs: tests ¶9, which comes after its part "thesis"',
    ])
  })

  it('critique: a questioned claim and an objection need a source beyond the article; a premise cannot fail to follow', () => {
    expect(errorsOf('claims', claimList, [
      {
        id: 'c',
        claim: 'C',
        paragraphs: [7],
        evidence: 'E',
        verdict: 'errs',
        citation: {
          paragraphs: [7],
        },
      },
    ]))
      .toEqual(['claims › c › citation.sources: a claim judged "errs" needs a source beyond the article'])
    expect(errorsOf('objections', objectionList, [
      {
        id: 'o',
        title: 'T',
        objection: 'O',
        authorReply: 'R',
        replyParagraphs: [12],
        citation: {
          paragraphs: [12],
        },
      },
    ]))
      .toEqual(['objections › o › citation.sources: names no source beyond the article'])
    const part = { text: 'T', because: 'B', verdict: 'does not follow' }
    expect(errorsOf('reasoning tests', reasoningList, [
      {
        id: 'r',
        paragraphs: [4],
        premise: part,
        inference: part,
        citation: {
          paragraphs: [4],
        },
      },
    ]))
      .toEqual(['reasoning tests › r › premise.verdict: is a fact to check: only an inference can fail to follow'])
  })

  it('seats: four to six facts, a question to another seat, one chair, every option argued', () => {
    const seat = {
      id: 'a',
      title: 'A',
      who: 'W',
      interests: ['I'],
      paragraphs: [9],
      facts: ['f1', 'f2', 'f3'],
      redLine: 'R',
      question: { to: 'a', text: 'Why not' },
    }
    expect(errorsOf('seats', seatList, [seat])).toEqual([
      'seats › a › facts: has fewer than four facts',
      'seats › a › question.text: does not end with a question mark',
      'seats › a › question.to: "a" is not another seat',
      'seats: no seat argues for option A',
      'seats: no seat argues for option B',
      'seats: no seat argues for option C',
    ])
  })

  it('briefing: nothing the class could not know in late 2022', () => {
    expect(errorsOf('briefing', briefingList, [
      {
        id: 'f',
        date: '2023-09',
        displayDate: 'Sept. 2023',
        text: 'A fact.',
        source: {
          sources: ['akipress-c5plus1-summit'],
        },
      },
    ]))
      .toEqual(['briefing › f › date: 2023-09 is not before 2023-01-01: the class decides as of late 2022'])
  })

  it('the class plan: the minutes fill the class, the epilogue comes last', () => {
    const [first, ...rest] = classPlan
    expect(errorsOf('class plan', planSchema, [
      ...rest,
      {
        ...first,
        parts: [
          ...first.parts,
          { part: 'opening', minutes: 1 },
        ],
      },
    ])).toEqual([
      'class plan: the segments add up to 51 minutes, the class has 50',
      'class plan: does not end with the epilogue, after the role-play and its debrief',
    ])
  })
})

describe('the slides against the data', () => {
  const slide = {
    no: 2,
    title: 'A slide',
    part: 'thesis',
    paragraphs: [1],
    file: 'pages/02-thesis.md',
    content: '# A slide',
    note: 'Notes.',
    frontmatter: { minutes: 4 },
  }
  const agenda = [
    { id: 'thesis', minutes: 4 },
  ]

  it('accept a slide with notes, minutes and known references', () => {
    expect(slideErrors([
      { ...slide, content: '<Term id="eaeu">EAEU</Term> <AsideNote kind="context" :citation="{ sources: [\'mid-eaeu\'], paragraphs: [4] }" />' },
    ], agenda)).toEqual([])
  })

  it('name the file and slide of a misspelt reference, missing notes or timing, an unknown part', () => {
    expect(slideErrors([
      {
        ...slide,
        frontmatter: { ...slide.frontmatter, question: 'thesis-clam' },
        content: '<KnowledgeCheck /> <RegionMap story="wher" />',
      },
      {
        ...slide,
        no: 3,
        note: '',
        frontmatter: { selfStudy: true, minutes: 1 },
      },
      {
        ...slide,
        no: 4,
        part: 'appendix',
        paragraphs: [0],
        frontmatter: { selfStudy: true },
      },
      {
        ...slide,
        no: 5,
        content: '<AsideNote :citation="sourcesFor(\'x\')" />',
        frontmatter: { lecturerOnly: true },
      },
    ], agenda)).toEqual([
      'pages/02-thesis.md › slide 2 › <RegionMap story>: "wher" is not in data/places.ts (stories)',
      'pages/02-thesis.md › slide 2 › question: "thesis-clam" is not in data/questions.ts',
      'pages/02-thesis.md › slide 3 › notes: has no speaker notes (a closing <!-- … --> comment)',
      'pages/02-thesis.md › slide 3 › frontmatter: has both minutes: and selfStudy: true; keep one',
      'pages/02-thesis.md › slide 4 › part: "appendix" is not a part in data/article.ts',
      `pages/02-thesis.md › slide 4 › paragraphs: ¶0 is not in the article (¶1–¶${article.paragraphCount})`,
      'pages/02-thesis.md › slide 5 › <AsideNote :citation>: is not a literal value the build can check',
    ])
  })

  it('give a slide whose clicks all belong to its figures exactly their steps, naming a dead press or a step never shown', () => {
    const triangle = { ...slide, content: '<RelationshipDiagram view="triangle" />' }
    const steps = figureStepCounts.triangle
    expect(slideErrors([
      {
        ...triangle,
        frontmatter: { minutes: 4, clicks: steps },
      },
    ], agenda)).toEqual([])
    expect(slideErrors([
      {
        ...triangle,
        frontmatter: { minutes: 4, clicks: steps + 1 },
      },
      {
        ...triangle,
        no: 3,
        frontmatter: { selfStudy: true, clicks: steps - 2 },
      },
    ], agenda)).toEqual([
      `pages/02-thesis.md › slide 2 › clicks: is ${steps + 1}, but its figures have ${steps} steps: the last press changes nothing on screen`,
      `pages/02-thesis.md › slide 3 › clicks: is ${steps - 2}, but its figures have ${steps} steps: the last 2 steps are never shown`,
    ])
    // Reveals of the slide's own share its clicks in ways no rule here counts: left to the print view's check.
    expect(slideErrors([
      {
        ...triangle,
        content: '<v-clicks>\n\n- a\n- b\n\n</v-clicks>\n<ArgumentMap />',
        frontmatter: { minutes: 4, clicks: 9 },
      },
    ], agenda)).toEqual([])
  })

  it('add up each part’s minutes against the class plan', () => {
    expect(slideErrors([
      slide,
      {
        ...slide,
        no: 3,
        frontmatter: { minutes: 1 },
      },
    ], agenda))
      .toEqual(['slides › part thesis › minutes: its slides add up to 5, the class plan (data/plan.ts) gives it 4'])
  })

  it('read a slide’s timing from its frontmatter: minutes in class, self-study, lecturer-only', () => {
    expect(slideTiming({ minutes: 1.5, layout: 'default' })).toEqual({ kind: 'class', minutes: 1.5 })
    expect(slideMinutes({ selfStudy: true })).toBe(0)
    expect(slideMinutes({ lecturerOnly: true })).toBe(0)
    expect(slideTiming({ minutes: 'one' })).toBe('minutes: one is not a positive number')
    expect(slideMinutes({})).toBeUndefined()
  })
})

describe('a deck with mistakes in its slides (tests/fixtures/invalid-deck)', () => {
  const entry = resolve('tests/fixtures/invalid-deck/slides.md')
  const mistakes = [
    'pages/mistakes.md › slide 2 › <Term id>: "quasi-stat" is not in data/glossary.ts',
    'pages/mistakes.md › slide 2 › <AsideNote :citation>.sources[0]: "no-such-source" is not in data/sources.ts',
    'pages/mistakes.md › slide 3 › notes: has no speaker notes (a closing <!-- … --> comment)',
    'pages/mistakes.md › slide 3 › frontmatter: has none of minutes: N (taught in class), selfStudy: true or lecturerOnly: true in its frontmatter',
    'pages/mistakes.md › slide 4 › <Timeline view>: "no-such-view" is not in data/timeline.ts (timelineViews)',
    'pages/mistakes.md › slide 4 › question: "no-such-question" is not in data/questions.ts',
  ]

  it('is reported slide by slide, naming file and slide number', async () => {
    expect((await contentErrors(entry)).slice(0, mistakes.length)).toEqual(mistakes)
  }, 30_000)

  it('stops the build: the check the build runs first exits non-zero with the list', () => {
    const run = spawnSync(...projectTool('tsx', ['scripts/check-data.ts', entry]), { encoding: 'utf8' })
    expect(run.status).toBe(1)
    for (const mistake of mistakes)
      expect(run.stderr).toContain(`  - ${mistake}`)
  }, 60_000)
})

describe('reading a slide\'s components', () => {
  it('gives the figures a slide shows by the id each carries as data-figure', () => {
    expect(slideFigureIds('<Timeline view="context" />\n<div><ArgumentMap /></div> <RegionMap story="where" class="x" />')).toEqual([
      'context',
      'argument',
      'where',
    ])
  })

  it('gives each component\'s static attributes, as Vue parses them', () => {
    const content = 'Text <Timeline view="context" class="wide" />\n<div><Timeline view=\'since-article\' :steps="2" /></div> <Term id="eaeu">EAEU</Term>'
    expect(componentAttributes(content, 'Timeline')).toEqual([
      { view: 'context', class: 'wide' },
      { view: 'since-article' },
    ])
    expect(componentAttributes(content, 'RegionMap')).toEqual([])
  })
})
