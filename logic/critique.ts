/** The critique's claims, picked by how they stand, and its objections by id. */
import type { ClaimCheck, Objection } from '../data/critique'
import { claimChecks, objections, verdictsThatHold } from '../data/critique'
import { recordById } from './records'

/** Rows of the claims table that hold up, or those a careful reader should question. */
export function claimsThat(kind: 'hold' | 'question', checks: readonly ClaimCheck[] = claimChecks): ClaimCheck[] {
  return checks.filter(check => verdictsThatHold.includes(check.verdict) === (kind === 'hold'))
}

/** The objection an `<ObjectionCard id>` names. */
export function objectionById(id: string, list: readonly Objection[] = objections): Objection {
  return recordById(list, id, 'data/critique.ts (objections)')
}
