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
import { classPlan, MIN_OPEN_DEBATE, OPENING_STATEMENTS } from '../../data/plan'
import { questions } from '../../data/questions'
import { figureStepCounts } from '../../logic/figure-steps'
import { classMinutes, slideTiming } from '../../logic/slide-timing'
import { argumentMap } from '../../logic/validation/schemas/argument'
import { briefingList } from '../../logic/validation/schemas/briefing'
import { claimList, objectionList, reasoningList } from '../../logic/validation/schemas/critique'
import { discussionList } from '../../logic/validation/schemas/discussion'
import { glossaryList } from '../../logic/validation/schemas/glossary'
import { cityList, countryList, storyList } from '../../logic/validation/schemas/places'
import { planSchema } from '../../logic/validation/schemas/plan'
import { questionList, questionRecords } from '../../logic/validation/schemas/questions'
import { tieList, viewMap } from '../../logic/validation/schemas/relations'
import { seatList } from '../../logic/validation/schemas/roles'
import { sourceList } from '../../logic/validation/schemas/sources'
import { eraList, timelineList } from '../../logic/validation/schemas/timeline'
import { CHECK_NOTES_OPENING, componentAttributes, MAX_STUDY_WORDS, slideErrors, slideFigureIds } from '../../logic/validation/slides'
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

  it('a glossary definition too long for its box', () => {
    expect(errorsOf('glossary', glossaryList, [
      {
        ...entry,
        definition: 'x'.repeat(281),
      },
    ])).toEqual(['glossary › x › definition: is 281 characters, over the 280 a definition box holds'])
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

  it('sources: none from an aggregator or mirror, nor a subdomain of one', () => {
    const at = (id: string, url: string) => ({ id, title: 'T', publisher: 'P', url })
    expect(errorsOf('sources', sourceList, [
      at('mirror', 'https://simple.wikipedia.org/wiki/Kazakhstan'),
      at('sub', 'https://www.menafn.com/1106'),
      at('primary', 'https://www.rferl.org/a/kazakhstan.html'),
      at('alike', 'https://notmenafn.com/1106'),
    ])).toEqual([
      'sources › mirror › url: is on simple.wikipedia.org, an aggregator or mirror: cite the primary or established source it copies',
      'sources › sub › url: is on menafn.com, an aggregator or mirror: cite the primary or established source it copies',
    ])
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
        kind: 'development',
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

  it('ties: actors and a kind with their entries in data/relations.ts', () => {
    expect(errorsOf('ties', tieList, [
      {
        id: 'mars-kz',
        from: 'mars',
        to: 'kz',
        kind: 'sport',
        label: 'Visits',
        status: 'rumoured',
        source: {
          paragraphs: [9],
        },
      },
    ])).toEqual([
      'ties › mars-kz › from: "mars" is not in data/relations.ts (actors)',
      'ties › mars-kz › kind: "sport" is not in data/relations.ts (tieKinds)',
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

  it('diagram views: actors and kinds with their entries, filed under their own id, at least one tie selected', () => {
    const view = {
      id: 'v',
      title: 'T',
      description: 'D',
      direction: 'LR',
      actors: ['kz', 'ru'],
      kinds: ['security'],
      paragraphs: [7],
      context: false,
      steps: [
        {
          label: 'Security',
          kinds: ['security'],
        },
      ],
    }
    expect(errorsOf('diagram views', viewMap, { v: view })).toEqual([])
    expect(errorsOf('diagram views', viewMap, {
      v: {
        ...view,
        actors: ['kz', 'xx'],
        kinds: ['security', 'sport'],
      },
    })).toEqual([
      'diagram views › v › actors[1]: "xx" is not in data/relations.ts (actors)',
      'diagram views › v › kinds[1]: "sport" is not in data/relations.ts (tieKinds)',
      'diagram views › v: selects no tie: none among kz, xx of the kinds security, sport cites its paragraphs or is context it takes',
    ])
    expect(errorsOf('diagram views', viewMap, { w: view }))
      .toEqual(['diagram views › v › id: is "v", but the view is filed under "w": its diagram\'s drawings are found by its id'])
    expect(errorsOf('diagram views', viewMap, {
      v: {
        ...view,
        kinds: ['culture'],
      },
    })).toEqual(['diagram views › v: selects no tie: none among kz, ru of the kinds culture cites its paragraphs or is context it takes'])
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

  const feedback = (id: string, key: string) => `${id === key
    ? 'Right.'
    : 'Not so.'} Option ${id} is decided by ¶2, which says so plainly.`
  /** One question that meets every rule: its options are lettered a, b, c… and equally long unless `lengths` says otherwise. */
  const question = (key = 'b', lengths = [40, 40, 40], ids = ['a', 'b', 'c', 'd']) => ({
    id: 'q',
    part: 'thesis',
    kind: 'recall',
    objectives: [1],
    prompt: 'Which?',
    options: lengths.map((length, index) => ({
      id: ids[index],
      text: `Option ${ids[index]}: ${'x'.repeat(length - 10)}`,
      feedback: feedback(ids[index], key),
    })),
    key,
    reasoning: 'Because ¶2 says so in as many words, and each other option misreads what the paragraph claims.',
    citation: {
      paragraphs: [2],
    },
  })

  it('questions: a key among three or more options, feedback citing ¶N, real objectives, a paragraph of their own part', () => {
    expect(errorsOf('questions', questionRecords, [
      question(),
    ])).toEqual([])
    // A check may look back to an earlier paragraph, as long as it tests its own part.
    expect(errorsOf('questions', questionRecords, [
      {
        ...question(),
        part: 'dilemma',
        citation: {
          paragraphs: [2, 13],
        },
      },
    ])).toEqual([])
    expect(errorsOf('questions', questionRecords, [
      {
        ...question(),
        citation: {
          sources: ['mid-eaeu'],
        },
      },
    ]))
      .toEqual(['questions › q › citation.paragraphs: names no article paragraph'])
    const [a, b] = question().options
    expect(errorsOf('questions', questionRecords, [
      {
        ...question(),
        objectives: [learningObjectives.length + 1],
        options: [
          a,
          {
            ...b,
            feedback: 'Right. No paragraph here, so nothing to reread.',
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
      'questions › q › options[b].feedback: opens with "Right.", but the option is not the key',
      'questions › q › citation.paragraphs: tests no paragraph of its part "thesis" (¶1, ¶2)',
      'questions › q › citation.paragraphs: tests ¶9, which comes after its part "thesis"',
    ])
  })

  it('questions: a part of the article\'s argument, feedback and reasoning that say why', () => {
    expect(errorsOf('questions', questionRecords, [
      {
        ...question(),
        part: 'opening',
        options: question().options.map(option => option.id === 'a'
          ? { ...option, feedback: 'Not so: see ¶2.' }
          : option),
        reasoning: 'See ¶2.',
      },
    ])).toEqual([
      'questions › q › part: "opening" is not in the parts of data/article.ts that present paragraphs',
      'questions › q › options[a].feedback: is 15 characters, too short to say why (over 40)',
      'questions › q › reasoning: is 7 characters, too short to say why the key is right (over 80)',
    ])
  })

  it('questions: options of similar length, each with its own feedback, "Right." for the key alone, never "none of the above"', () => {
    const [a, b, c] = question().options
    expect(errorsOf('questions', questionRecords, [
      {
        ...question(),
        options: [
          { ...a, feedback: c.feedback },
          {
            ...b,
            feedback: feedback('b', 'a'),
          },
          { ...c, text: 'None of the above.' },
        ],
      },
    ])).toEqual([
      'questions › q › options[c].text: is "all/none of the above", which tests no reading',
      'questions › q › options[b].feedback: is the key\'s, but does not open with "Right."',
      'questions › q › options[c].feedback: repeats the feedback of option "a": each option needs its own',
      'questions › q › options: run from 18 to 40 characters, more than 1.35 times apart: the odd one out shows by its length',
    ])
    expect(errorsOf('questions', questionRecords, [
      question('b', [40, 50, 44]),
    ]))
      .toEqual(['questions › q › key: "b" is 14% longer than the longest other option (at most 10%): it shows by its length'])
  })

  describe('the quiz as a whole', () => {
    /** Twelve questions meeting every rule of the whole: three for each part, every objective and letter twice or more, three judgements. */
    const parts = [
      ['thesis', 2],
      ['russia', 4],
      ['case', 9],
      ['dilemma', 12],
    ] as const
    const quiz = () => Array.from({ length: 12 }, (_, index) => {
      const [part, paragraph] = parts[index % parts.length]
      // The key at A, B, C, D in turn; the options' lengths make it the longest (D) or the shortest (A) by chance alone.
      return {
        ...question('abcd'[index % 4], [100, 104, 102, 106]),
        id: `q${index + 1}`,
        part,
        kind: index < 3
          ? 'judgement'
          : 'recall',
        objectives: [index % learningObjectives.length + 1],
        citation: {
          paragraphs: [paragraph],
        },
      }
    })

    it('is valid as built here', () => {
      expect(errorsOf('questions', questionList, quiz())).toEqual([])
    })

    it('asks twelve questions or more', () => {
      expect(errorsOf('questions', questionList, quiz().slice(0, 11))).toEqual(['questions: has 11 questions, fewer than 12'])
    })

    it('tests every part and objective twice, and asks for judgement three times', () => {
      const last = learningObjectives.length
      expect(errorsOf('questions', questionList, quiz().map(q => ({
        ...q,
        part: q.part === 'dilemma'
          ? 'case'
          : q.part,
        kind: 'recall',
        objectives: q.objectives.map(n => n === last
          ? 1
          : n),
        citation: {
          paragraphs: q.part === 'dilemma'
            ? [9]
            : q.citation.paragraphs,
        },
      })))).toEqual([
        'questions: tests the part "dilemma" with 0 question(s), fewer than 2',
        `questions: assesses learning objective ${last} with 0 question(s), fewer than 2`,
        'questions: asks for judgement in 0 question(s), fewer than 3: the rest only test recall',
      ])
    })

    it('spreads the key over the letters', () => {
      // The options of each question keyed D, in reverse order: its key moves to A.
      expect(errorsOf('questions', questionList, quiz().map(q => q.key === 'd'
        ? {
            ...q,
            options: q.options.toReversed(),
          }
        : q))).toEqual(['questions: has the key at D in 0 question(s), fewer than 2'])
    })

    it('does not make the key the longest or the shortest option more often than chance', () => {
      const keyed = (length: number) => quiz().map(q => ({
        ...q,
        options: q.options.map(option => option.id === q.key
          ? { ...option, text: `Option ${option.id}: ${'x'.repeat(length - 10)}` }
          : option),
      }))
      const all = quiz().map(q => q.id).join(', ')
      expect(errorsOf('questions', questionList, keyed(107)))
        .toEqual([`questions: has the key as the longest option in 12 of 12 questions (${all}), more often than chance (25%) allows`])
      expect(errorsOf('questions', questionList, keyed(99)))
        .toEqual([`questions: has the key as the shortest option in 12 of 12 questions (${all}), more often than chance (25%) allows`])
    })
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

  it('seats: four to six facts from the briefing, a question to another seat, one chair, every option argued', () => {
    const seat = {
      id: 'a',
      title: 'A',
      who: 'W',
      interests: ['I'],
      paragraphs: [9],
      facts: ['size', 'csto', 'no-such-fact'],
      redLine: 'R',
      question: { to: 'a', text: 'Why not' },
    }
    expect(errorsOf('seats', seatList, [seat])).toEqual([
      'seats › a › facts[2]: "no-such-fact" is not in data/briefing.ts',
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

  it('the class plan: a minute for each opening statement, time for the open debate', () => {
    const at = classPlan.findIndex(segment => segment.id === 'role-play')
    const rolePlay = classPlan[at]
    // One minute moves from the statements to the debrief, and the debate's minutes to the decision: the sums still hold.
    const stages = rolePlay.stages!.map((stage) => {
      const debate = rolePlay.stages!.find(s => s.id === 'debate')!.minutes
      if (stage.id === 'statements')
        return { ...stage, minutes: OPENING_STATEMENTS - 1 }
      if (stage.id === 'debrief')
        return { ...stage, minutes: stage.minutes + 1 }
      if (stage.id === 'debate')
        return { ...stage, minutes: 0 }
      if (stage.id === 'decision')
        return { ...stage, minutes: stage.minutes + debate }
      return stage
    })
    expect(errorsOf('class plan', planSchema, classPlan.map(segment => segment === rolePlay
      ? { ...segment, stages }
      : segment))).toEqual([
      `class plan › role-play › stages: give the opening statements ${OPENING_STATEMENTS - 1} minutes, not one for each of the ${OPENING_STATEMENTS} seats that make one (data/roles.ts)`,
      `class plan › role-play › stages: give the open debate 0 minutes, fewer than ${MIN_OPEN_DEBATE}`,
    ])
  })
})

describe('the slides against the data', () => {
  const study = 'The author states his thesis. Reread ¶1.'
  const slide = {
    no: 2,
    title: 'A slide',
    part: 'thesis',
    paragraphs: [1],
    file: 'pages/02-thesis.md',
    content: '# A slide',
    note: 'Notes.',
    frontmatter: { minutes: 4, study },
  }
  const agenda = [
    { id: 'thesis', minutes: 4 },
  ]
  // The slides here are no whole deck: they are held to one part's minutes and to no questions, unless a test says so.
  const plan = { agenda, questions: [] }
  const alone = { agenda: [], questions: [] }

  it('accept a slide with notes, minutes and known references', () => {
    expect(slideErrors([
      { ...slide, content: '<Term id="eaeu">EAEU</Term> <AsideNote kind="context" :citation="{ sources: [\'mid-eaeu\'], paragraphs: [4] }" />' },
    ], plan)).toEqual([])
  })

  it('name the file and slide of a misspelt reference, missing notes or timing, an unknown part', () => {
    expect(slideErrors([
      {
        ...slide,
        note: CHECK_NOTES_OPENING,
        frontmatter: { selfStudy: true, question: 'thesis-clam', study },
        content: '<KnowledgeCheck /> <RegionMap story="wher" />',
      },
      {
        ...slide,
        no: 3,
        note: '',
        frontmatter: { selfStudy: true, minutes: 1, study },
      },
      {
        ...slide,
        no: 4,
        part: 'appendix',
        paragraphs: [0],
        frontmatter: { lecturerOnly: true },
      },
      {
        ...slide,
        no: 5,
        content: '<AsideNote :citation="sourcesFor(\'x\')" />',
        frontmatter: { lecturerOnly: true },
      },
    ], alone)).toEqual([
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
        frontmatter: { minutes: 4, clicks: steps, study },
      },
    ], plan)).toEqual([])
    expect(slideErrors([
      {
        ...triangle,
        frontmatter: { minutes: 4, clicks: steps + 1, study },
      },
      {
        ...triangle,
        no: 3,
        frontmatter: { selfStudy: true, clicks: steps - 2, study },
      },
    ], plan)).toEqual([
      `pages/02-thesis.md › slide 2 › clicks: is ${steps + 1}, but its figures have ${steps} steps: the last press changes nothing on screen`,
      `pages/02-thesis.md › slide 3 › clicks: is ${steps - 2}, but its figures have ${steps} steps: the last 2 steps are never shown`,
    ])
    // Reveals of the slide's own share its clicks in ways no rule here counts: left to the print view's check.
    expect(slideErrors([
      {
        ...triangle,
        content: '<v-clicks>\n\n- a\n- b\n\n</v-clicks>\n<ArgumentMap />',
        frontmatter: { minutes: 4, clicks: 9, study },
      },
    ], plan)).toEqual([])
  })

  it('give every slide a student sees a student text for a reader alone, citing a paragraph it presents', () => {
    const texts = [
      undefined,
      ' ',
      'Tell the class the EAEU matters. About two minutes on ¶1.',
      'Reread ¶1.',
      'One. Two. Three. Four. Five. Reread ¶1.',
      `${'word '.repeat(MAX_STUDY_WORDS)}¶1. Reread it.`,
      'The author argues it. Reread ¶9 and ¶14.',
    ]
    expect(slideErrors(texts.map((text, index) => ({
      ...slide,
      no: index + 2,
      frontmatter: { minutes: 0.5, study: text },
    })), alone)).toEqual([
      'pages/02-thesis.md › slide 2 › study: is missing: a slide a student sees needs its student text (study: in its frontmatter)',
      'pages/02-thesis.md › slide 3 › study: is empty',
      'pages/02-thesis.md › slide 4 › study: holds lecturer direction (a prompt to the class): "Tell the class"',
      'pages/02-thesis.md › slide 4 › study: holds lecturer direction (a timing cue): "About two minutes"',
      'pages/02-thesis.md › slide 5 › study: has 1 sentences, not 2–5',
      'pages/02-thesis.md › slide 6 › study: has 6 sentences, not 2–5',
      `pages/02-thesis.md › slide 7 › study: runs to ${MAX_STUDY_WORDS + 3} words, over ${MAX_STUDY_WORDS}`,
      `pages/02-thesis.md › slide 8 › study: ¶14 is not in the article (¶1–¶${article.paragraphCount})`,
      'pages/02-thesis.md › slide 8 › study: names none of the slide\'s paragraphs (¶1) to reread',
    ])
    // A lecturer-only slide needs none; "U.S." ends no sentence, and a range counts by its ends.
    expect(slideErrors([
      {
        ...slide,
        frontmatter: { lecturerOnly: true },
      },
      {
        ...slide,
        no: 3,
        paragraphs: [8],
        frontmatter: { minutes: 4, study: 'U.S. policy is “undefined”. Reread ¶3–¶8 (U.S. aid).' },
      },
    ], plan)).toEqual([])
  })

  it('give every <KnowledgeCheck> a question: its slide\'s question: or its own id, one data/questions.ts has', () => {
    expect(slideErrors([
      { ...slide, content: '<KnowledgeCheck />' },
      {
        ...slide,
        no: 3,
        content: '<KnowledgeCheck id="thesis-clam" />',
        frontmatter: { selfStudy: true, study },
      },
      {
        ...slide,
        no: 4,
        content: '<KnowledgeCheck id="thesis-claim" />',
        frontmatter: { selfStudy: true, study },
      },
    ], plan)).toEqual([
      'pages/02-thesis.md › slide 2 › question: is not set, but the slide\'s <KnowledgeCheck /> asks the question it names: set question: in its frontmatter, which names the check\'s question',
      'pages/02-thesis.md › slide 3 › <KnowledgeCheck id>: "thesis-clam" is not in data/questions.ts',
    ])
  })

  /** A check slide meeting every rule: self-study, notes that say so, two sentences that give nothing away. */
  const check = {
    ...slide,
    content: '<KnowledgeCheck />',
    note: `${CHECK_NOTES_OPENING} Students take it before class.`,
    frontmatter: { selfStudy: true, question: 'thesis-claim', study },
  }

  it('make every check slide self-study, with notes that say so and a short student text that gives no answer away', () => {
    expect(slideErrors([check], alone)).toEqual([])
    const claim = questions.find(question => question.id === 'thesis-claim')!
    const quoted = claim.options.find(option => option.id === claim.key)!.text.slice(0, 30)
    expect(slideErrors([
      {
        ...check,
        note: 'Students take it before class.',
        frontmatter: { minutes: 1, question: 'thesis-claim', study },
      },
      {
        ...check,
        no: 3,
        frontmatter: { ...check.frontmatter, study: 'The author states his thesis. He gives two reasons. He names a remedy. Reread ¶1.' },
      },
      {
        ...check,
        no: 4,
        frontmatter: { ...check.frontmatter, study: `Is it "${quoted}"? Right: reread ¶1.` },
      },
    ], alone)).toEqual([
      'pages/02-thesis.md › slide 2 › selfStudy: is not true, but students take a check slide (question:) on their own',
      'pages/02-thesis.md › slide 2 › minutes: is set, but a check slide (question:) takes no class time',
      'pages/02-thesis.md › slide 2 › notes: do not open with "Self-study slide: not shown in class.", which tells the lecturer a check slide is not for class',
      'pages/02-thesis.md › slide 3 › study: has 4 sentences, not 2–3 on a check slide',
      `pages/02-thesis.md › slide 4 › study: gives the answer away before the student tries: quotes the key, "${quoted}"`,
      'pages/02-thesis.md › slide 4 › study: gives the answer away before the student tries: says "Right"',
    ])
  })

  it('give every question one check slide, in the order of data/questions.ts', () => {
    const [first, second, third] = questions
    const asking = (no: number, question: string) => ({
      ...check,
      no,
      frontmatter: { ...check.frontmatter, question },
    })
    const key = {
      ...slide,
      no: 9,
      content: `<AnswerKey part="${first.part}" detail="explanations" />`,
      frontmatter: { lecturerOnly: true },
    }
    // The first three questions, all of one part, which the one answer-key slide explains.
    const quiz = {
      agenda: [],
      questions: [first, second, third],
    }
    expect(slideErrors([
      asking(2, first.id),
      asking(3, second.id),
      asking(4, third.id),
      key,
    ], quiz)).toEqual([])
    expect(slideErrors([
      asking(2, second.id),
      asking(3, first.id),
      asking(4, first.id),
      key,
    ], quiz)).toEqual([
      `slides › question ${first.id} › check: has 2 check slides (slides 3, 4), not one`,
      `slides › question ${second.id} › check: is on slide 2, before the check of "${first.id}" (slide 3), which comes first in data/questions.ts`,
      `slides › question ${third.id} › check: has no check slide (a slide with question: ${third.id} in its frontmatter)`,
    ])
  })

  it('keep every answer-key slide for the lecturer, and explain every question\'s reasoning on one', () => {
    const russia = questions.filter(question => question.part === 'russia')
    const judgement = russia.filter(question => question.kind === 'judgement')
    expect(judgement.length).toBeGreaterThan(0)
    expect(slideErrors([
      ...russia.map((question, index) => ({
        ...check,
        no: index + 2,
        frontmatter: { ...check.frontmatter, question: question.id },
      })),
      {
        ...slide,
        no: 20,
        content: '<AnswerKey part="russia" kind="recall" detail="explanations" />',
        frontmatter: { lecturerOnly: true },
      },
      // An answer key of the answers alone explains nothing.
      {
        ...slide,
        no: 21,
        content: '<AnswerKey detail="answers" />',
        frontmatter: { selfStudy: true, study },
      },
    ], { agenda: [], questions: russia })).toEqual([
      'pages/02-thesis.md › slide 21 › lecturerOnly: is not true, but the slide shows <AnswerKey>: the answers stay with the lecturer',
      ...judgement.map(question => `slides › question ${question.id} › reasoning: is on no answer-key slide (an <AnswerKey detail="explanations"> of its part and kind)`),
    ])
  })

  it('add up each part’s minutes against the class plan', () => {
    expect(slideErrors([
      slide,
      {
        ...slide,
        no: 3,
        frontmatter: { minutes: 1, study },
      },
    ], plan))
      .toEqual(['slides › part thesis › minutes: its slides add up to 5, the class plan (data/plan.ts) gives it 4'])
  })

  it('read a slide’s timing from its frontmatter: minutes in class, self-study, lecturer-only', () => {
    expect(slideTiming({ minutes: 1.5, layout: 'default' })).toEqual({ kind: 'class', minutes: 1.5 })
    expect(classMinutes({ minutes: 1.5 })).toBe(1.5)
    expect(classMinutes({ selfStudy: true })).toBeUndefined()
    expect(classMinutes({ lecturerOnly: true })).toBeUndefined()
    expect(slideTiming({ minutes: 'one' })).toBe('minutes: one is not a positive number')
    expect(classMinutes({})).toBeUndefined()
  })
})

describe('a deck with mistakes in its slides (tests/fixtures/invalid-deck)', () => {
  const entry = resolve('tests/fixtures/invalid-deck/slides.md')
  const mistakes = [
    'pages/mistakes.md › slide 2 › <Term id>: "quasi-stat" is not in data/glossary.ts',
    'pages/mistakes.md › slide 2 › <AsideNote :citation>.sources[0]: "no-such-source" is not in data/sources.ts',
    'pages/mistakes.md › slide 3 › notes: has no speaker notes (a closing <!-- … --> comment)',
    'pages/mistakes.md › slide 3 › study: holds lecturer direction (a prompt to the class): "Tell the class"',
    'pages/mistakes.md › slide 3 › frontmatter: has none of minutes: N (taught in class), selfStudy: true or lecturerOnly: true in its frontmatter',
    'pages/mistakes.md › slide 4 › <Timeline view>: "no-such-view" is not in data/timeline.ts (timelineViews)',
    'pages/mistakes.md › slide 4 › question: "no-such-question" is not in data/questions.ts',
    'pages/mistakes.md › slide 4 › selfStudy: is not true, but students take a check slide (question:) on their own',
    'pages/mistakes.md › slide 4 › minutes: is set, but a check slide (question:) takes no class time',
    'pages/mistakes.md › slide 4 › notes: do not open with "Self-study slide: not shown in class.", which tells the lecturer a check slide is not for class',
    'pages/mistakes.md › slide 5 › lecturerOnly: is not true, but the slide shows <AnswerKey>: the answers stay with the lecturer',
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
