/**
 * Every dataset with its schema, one line each: a new dataset needs a schema in ./schemas/ and a line here.
 * `npm run build` (scripts/check-data.ts) checks them all before building; tests/unit/validation.test.ts too.
 */
import type { z } from 'zod'
import { thesisArgument } from '../../data/argument'
import { briefingFacts } from '../../data/briefing'
import { claimChecks, objections, reasoningTests } from '../../data/critique'
import { discussionQuestions, rolePlay } from '../../data/discussion'
import { glossary } from '../../data/glossary'
import { cities, countries, stories } from '../../data/places'
import { classPlan } from '../../data/plan'
import { questions } from '../../data/questions'
import { actors, ties, views } from '../../data/relations'
import { seats } from '../../data/roles'
import { sources } from '../../data/sources'
import { eras, timelineEvents } from '../../data/timeline'
import { argumentMap } from './schemas/argument'
import { briefingList } from './schemas/briefing'
import { claimList, objectionList, reasoningList } from './schemas/critique'
import { discussionList, rolePlaySchema } from './schemas/discussion'
import { glossaryList } from './schemas/glossary'
import { cityList, countryList, storyList } from './schemas/places'
import { planSchema } from './schemas/plan'
import { questionList } from './schemas/questions'
import { actorList, tieList, viewMap } from './schemas/relations'
import { seatList } from './schemas/roles'
import { sourceList } from './schemas/sources'
import { eraList, timelineList } from './schemas/timeline'

export interface Dataset {
  /** The name errors start with: `timeline › famine › start: …`. */
  name: string
  data: unknown
  schema: z.ZodType
}

export const registry: readonly Dataset[] = [
  { name: 'sources', data: sources, schema: sourceList },
  { name: 'timeline', data: timelineEvents, schema: timelineList },
  { name: 'eras', data: eras, schema: eraList },
  { name: 'actors', data: actors, schema: actorList },
  { name: 'ties', data: ties, schema: tieList },
  { name: 'diagram views', data: views, schema: viewMap },
  {
    name: 'argument map',
    data: { thesis: thesisArgument },
    schema: argumentMap,
  },
  { name: 'countries', data: countries, schema: countryList },
  { name: 'cities', data: cities, schema: cityList },
  { name: 'map stories', data: stories, schema: storyList },
  { name: 'questions', data: questions, schema: questionList },
  { name: 'glossary', data: glossary, schema: glossaryList },
  { name: 'claims', data: claimChecks, schema: claimList },
  { name: 'objections', data: objections, schema: objectionList },
  { name: 'reasoning tests', data: reasoningTests, schema: reasoningList },
  { name: 'discussion', data: discussionQuestions, schema: discussionList },
  {
    name: 'role-play',
    data: { nsc: rolePlay },
    schema: rolePlaySchema,
  },
  { name: 'seats', data: seats, schema: seatList },
  { name: 'briefing', data: briefingFacts, schema: briefingList },
  { name: 'class plan', data: classPlan, schema: planSchema },
]
