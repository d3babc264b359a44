/**
 * What the self-study module reports to a learning platform (SCORM 1.2 and SCORM 2004 4th edition), without the
 * platform: mastery score, score, status, session time and the suspend data that brings answers back. Pure, so
 * every rule is unit-tested; logic/scorm-api.ts talks to the platform.
 */

export type ScormVersion = '1.2' | '2004'

/** The pass mark when the export is given none: four in five checks right. */
export const DEFAULT_MASTERY = 80

/** How far a student has got with the knowledge checks. */
export interface QuizTally {
  answered: number
  correct: number
  total: number
}

export interface ScormScore {
  /** Percentage of all checks answered correctly, 0–100: the number a gradebook shows, compared with the mastery score. */
  raw: number
  min: 0
  max: 100
  /** The same as a fraction, 0–1 (SCORM 2004's cmi.score.scaled). */
  scaled: number
}

/**
 * The score counts correct answers out of every check, answered or not, so a student cannot pass by answering only
 * the questions they are sure of. Rounded as a gradebook shows it (two decimals for raw, four for scaled).
 */
export function scoreOf({ correct, total }: QuizTally): ScormScore {
  const fraction = total > 0
    ? correct / total
    : 0
  return {
    raw: Math.round(fraction * 10000) / 100,
    min: 0,
    max: 100,
    scaled: Math.round(fraction * 10000) / 10000,
  }
}

export type Completion = 'incomplete' | 'completed'
export type Success = 'unknown' | 'passed' | 'failed'

export interface ScormStatus {
  completion: Completion
  success: Success
  /** SCORM 1.2 has a single status: passed/failed once every check is answered, incomplete before. */
  lesson: 'incomplete' | 'passed' | 'failed'
}

/** Complete once every check has been answered; passed or failed only then, against the mastery score (0–100). */
export function statusOf(tally: QuizTally, mastery: number): ScormStatus {
  if (tally.total === 0 || tally.answered < tally.total)
    return { completion: 'incomplete', success: 'unknown', lesson: 'incomplete' }
  const success: Success = scoreOf(tally).raw >= mastery
    ? 'passed'
    : 'failed'
  return { completion: 'completed', success, lesson: success }
}

/**
 * Session time in SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours at least two digits, at most four: a longer
 * session is reported as 9999:59:59.99).
 */
export function sessionTime12(milliseconds: number): string {
  const centis = Math.min(Math.max(0, Math.round(milliseconds / 10)), (9999 * 3600 + 3599) * 100 + 99)
  const hours = Math.floor(centis / 360000)
  const minutes = Math.floor(centis / 6000) % 60
  const seconds = Math.floor(centis / 100) % 60
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(centis % 100)}`
}

/** Session time as SCORM 2004's ISO 8601 duration, to the hundredth of a second: PT1H2M3.45S, PT0S. */
export function sessionTime2004(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10))
  const hours = Math.floor(centis / 360000)
  const minutes = Math.floor(centis / 6000) % 60
  const seconds = (centis % 6000) / 100
  let duration = 'PT'
  if (hours)
    duration += `${hours}H`
  if (minutes)
    duration += `${minutes}M`
  if (seconds || duration === 'PT') {
    duration += `${Number.isInteger(seconds)
      ? seconds
      : seconds.toFixed(2).replace(/0$/, '')}S`
  }
  return duration
}

/** SCORM 1.2 limits cmi.suspend_data to 4096 characters (2004 allows 64000): the smaller one holds for both. */
export const SUSPEND_DATA_LIMIT = 4096
const SUSPEND_DATA_VERSION = 1

/**
 * The saved answers, one JSON value per question id (whatever logic/quiz.ts stores for it), as one string for
 * cmi.suspend_data. Entries that would push it past the limit are left out and named, so the caller can say so.
 */
export function encodeSuspendData(answers: ReadonlyMap<string, string>, limit = SUSPEND_DATA_LIMIT): { data: string, dropped: string[] } {
  const dropped: string[] = []
  let data = `{"v":${SUSPEND_DATA_VERSION},"a":{}}`
  const kept: string[] = []
  for (const [id, value] of answers) {
    let entry: string
    try {
      entry = `${JSON.stringify(id)}:${JSON.stringify(JSON.parse(value))}`
    }
    catch {
      dropped.push(id)
      continue
    }
    const candidate = `{"v":${SUSPEND_DATA_VERSION},"a":{${[...kept, entry].join(',')}}}`
    if (candidate.length > limit) {
      dropped.push(id)
      continue
    }
    kept.push(entry)
    data = candidate
  }
  return { data, dropped }
}

/** Suspend data back into saved answers by question id; anything unreadable (another module's data, a newer format) is a fresh start. */
export function decodeSuspendData(data: string | null | undefined): Map<string, string> {
  const answers = new Map<string, string>()
  if (!data)
    return answers
  try {
    const parsed = JSON.parse(data) as { v?: unknown, a?: unknown }
    if (parsed?.v !== SUSPEND_DATA_VERSION || typeof parsed.a !== 'object' || parsed.a === null || Array.isArray(parsed.a))
      return answers
    for (const [id, value] of Object.entries(parsed.a))
      answers.set(id, JSON.stringify(value))
  }
  catch {}
  return answers
}

/**
 * The mastery score the platform hands the module, as 0–100: 1.2's cmi.student_data.mastery_score is already a
 * percentage, 2004's cmi.scaled_passing_score a fraction from -1 to 1. Empty or unreadable: the export's own.
 */
export function masteryFromLms(version: ScormVersion, value: string | null | undefined, fallback: number): number {
  if (value === null || value === undefined || value.trim() === '')
    return fallback
  const number = Number(value)
  if (!Number.isFinite(number))
    return fallback
  const percent = version === '1.2'
    ? number
    : number * 100
  return percent >= 0 && percent <= 100
    ? Math.round(percent * 100) / 100
    : fallback
}
