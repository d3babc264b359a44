/** The critique's claims, picked by how they stand. */
import type { ClaimCheck } from '../data/critique'
import { claimChecks, verdictsThatHold } from '../data/critique'

/** Rows of the claims table that hold up, or those a careful reader should question. */
export function claimsThat(kind: 'hold' | 'question', checks: readonly ClaimCheck[] = claimChecks): ClaimCheck[] {
  return checks.filter(check => verdictsThatHold.includes(check.verdict) === (kind === 'hold'))
}
