/** Runs schemas over data and reports each failure in the one format (rules.ts, `formatIssue`). */
import type { Dataset } from './registry'
import { formatIssue } from './rules'

/** Every problem in one dataset, in the one format; empty when it is sound. */
export function datasetErrors({ name, data, schema }: Dataset): string[] {
  const result = schema.safeParse(data)
  return result.success
    ? []
    : result.error.issues.map(issue => formatIssue(name, data, issue))
}

/** Every problem in every dataset given, so one run shows everything to fix. */
export function dataErrors(datasets: readonly Dataset[]): string[] {
  return datasets.flatMap(datasetErrors)
}
