/** Minutes and clocks from the class plan. */
import type { PartId } from '../data/article'
import type { ClassSegment, RolePlayStage } from '../data/plan'
import { classPlan } from '../data/plan'

export const segmentMinutes = (segment: ClassSegment): number => segment.parts.reduce((sum, { minutes }) => sum + minutes, 0)
/** A deck part's minutes in class: what the plan gives it, 0 for a part taught by self-study only. */
export function planMinutes(part: PartId, plan: readonly ClassSegment[] = classPlan): number {
  return plan.flatMap(segment => segment.parts).filter(entry => entry.part === part).reduce((sum, { minutes }) => sum + minutes, 0)
}
/** The role-play's stages with their start and end minute, for the clock on the role-play slides. */
export function stageClock(stages: readonly RolePlayStage[]): { stage: RolePlayStage, from: number, to: number }[] {
  let at = 0
  return stages.map((stage) => {
    const from = at
    at += stage.minutes
    return { stage, from, to: at }
  })
}
