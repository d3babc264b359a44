import { thesisArgument } from '../../data/argument'
/**
 * Every dataset's validator in one list, so one run reports every problem in the content at once.
 * `npm run build` runs these first (scripts/check-data.ts) and the unit tests assert they all pass.
 */
import { critiqueErrors } from '../../data/critique'
import { discussionErrors } from '../../data/discussion'
import { glossary } from '../../data/glossary'
import { placesErrors } from '../../data/places'
import { questions } from '../../data/questions'
import { sourcesErrors } from '../../data/sources'
import { eras, timelineEvents } from '../../data/timeline'
import { glossaryErrors } from '../../logic/glossary'
import { argumentErrors, relationsErrors } from '../../logic/mermaid'
import { questionErrors } from '../../logic/quiz'
import { timelineErrors } from '../../logic/timeline'

export interface DataCheck {
  /** The dataset, as a person fixing it would look for it. */
  name: string
  errors: () => string[]
}

export const dataChecks: readonly DataCheck[] = [
  {
    name: 'data/sources.ts',
    errors: () => sourcesErrors(),
  },
  {
    name: 'data/timeline.ts',
    errors: () => timelineErrors(timelineEvents, eras),
  },
  {
    name: 'data/relations.ts',
    errors: () => relationsErrors(),
  },
  {
    name: 'data/argument.ts',
    errors: () => argumentErrors(thesisArgument),
  },
  {
    name: 'data/places.ts',
    errors: () => placesErrors(),
  },
  {
    name: 'data/questions.ts',
    errors: () => questionErrors(questions),
  },
  {
    name: 'data/glossary.ts',
    errors: () => glossaryErrors(glossary),
  },
  {
    name: 'data/critique.ts',
    errors: () => critiqueErrors(),
  },
  {
    name: 'data/discussion.ts',
    errors: () => discussionErrors(),
  },
]

/** Runs every check (a check that throws counts as failing) and returns a report per failing dataset. */
export function runDataChecks(checks: readonly DataCheck[] = dataChecks): { name: string, errors: string[] }[] {
  return checks.map((check) => {
    try {
      return {
        name: check.name,
        errors: check.errors(),
      }
    }
    catch (error) {
      return {
        name: check.name,
        errors: [`the check itself failed: ${error instanceof Error
          ? error.message
          : String(error)}`],
      }
    }
  }).filter(report => report.errors.length > 0)
}
