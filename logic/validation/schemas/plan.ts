/**
 * data/plan.ts: the class plan fills the class exactly; the role-play's stages fill its segment, in their order, with
 * a minute for each opening statement and time for an open debate; the epilogue comes last, after the decision.
 */
import type { ClassSegment } from '../../../data/plan'
import { z } from 'zod'
import { CLASS_MINUTES, MIN_OPEN_DEBATE } from '../../../data/plan'
import { seats } from '../../../data/roles'
import { segmentMinutes } from '../../plan'

const stageOrder = 'setup → statements → debate → decision → debrief'

export const planSchema = z.custom<readonly ClassSegment[]>().superRefine((plan, ctx) => {
  const total = plan.reduce((sum, segment) => sum + segmentMinutes(segment), 0)
  if (total !== CLASS_MINUTES)
    ctx.addIssue({ code: 'custom', message: `the segments add up to ${total} minutes, the class has ${CLASS_MINUTES}` })
  const at = plan.findIndex(segment => segment.id === 'role-play')
  const stages = plan[at]?.stages
  if (!stages) {
    ctx.addIssue({ code: 'custom', message: 'has no role-play with stages' })
  }
  else {
    const minutes = stages.reduce((sum, stage) => sum + stage.minutes, 0)
    if (minutes !== segmentMinutes(plan[at])) {
      ctx.addIssue({
        code: 'custom',
        path: [at, 'stages'],
        message: `add up to ${minutes} minutes, the segment has ${segmentMinutes(plan[at])}`,
      })
    }
    // Every seat but the chair opens with a one-minute statement (data/roles.ts).
    const speakers = seats.filter(seat => seat.argues).length
    const statements = stages.find(stage => stage.id === 'statements')?.minutes ?? 0
    if (statements !== speakers) {
      ctx.addIssue({
        code: 'custom',
        path: [at, 'stages'],
        message: `give the opening statements ${statements} minutes, not one for each of the ${speakers} seats that make one (data/roles.ts)`,
      })
    }
    const debate = stages.find(stage => stage.id === 'debate')?.minutes ?? 0
    if (debate < MIN_OPEN_DEBATE) {
      ctx.addIssue({
        code: 'custom',
        path: [at, 'stages'],
        message: `give the open debate ${debate} minutes, fewer than ${MIN_OPEN_DEBATE}`,
      })
    }
    const order = stages.map(stage => stage.id).join(' → ')
    if (order !== stageOrder) {
      ctx.addIssue({
        code: 'custom',
        path: [at, 'stages'],
        message: `run ${order}, not ${stageOrder}`,
      })
    }
  }
  if (plan.at(-1)?.id !== 'epilogue')
    ctx.addIssue({ code: 'custom', message: 'does not end with the epilogue, after the role-play and its debrief' })
})
