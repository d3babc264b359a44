import type { QuizTally, ScormVersion } from './scorm'
/**
 * The self-study module inside a learning platform: the answers live in the platform's suspend data instead of
 * the browser, and every change is reported as score, status and location. It is the store behind
 * composables/useStoredAnswer.ts, keyed by the same keys the browser's storage uses.
 */
import type { LmsConnection } from './scorm-api'
import { decodeSuspendData, encodeSuspendData, scoreOf, sessionTime12, sessionTime2004, statusOf } from './scorm'

/** Where a value lives: the same three calls for the browser's storage and for the platform. */
export interface ValueStore {
  read: (key: string) => string | null
  write: (key: string, value: string) => void
  remove: (key: string) => void
}

export interface ScormSessionOptions {
  connection: LmsConnection
  /** Pass mark, 0–100. */
  mastery: number
  /** The keys of answers are this prefix and a question id (logic/quiz.ts's storageKey). */
  answerPrefix: string
  /** The key under which the reading view remembers the slide being read: reported as the location. */
  locationKey: string
  /** Score and progress from whatever the store holds (logic/quiz.ts's quizProgress). */
  tally: (read: (key: string) => string | null) => QuizTally
  /** Keys that are neither answers nor the location go here (the browser's storage). */
  fallback: ValueStore
  now?: () => number
  warn?: (message: string) => void
}

export class ScormSession implements ValueStore {
  private readonly answers: Map<string, string>
  private location: string
  private readonly started: number
  private lastReport = ''
  private ended = false
  private warnedDropped = false

  constructor(private readonly options: ScormSessionOptions) {
    const { connection } = options
    this.answers = decodeSuspendData(connection.get('suspendData'))
    this.location = connection.get('location')
    this.started = (options.now ?? Date.now)()
    this.lastReport = JSON.stringify(this.currentTally())
    // A first visit moves the status on from "not attempted", so the gradebook shows the student has started.
    const status = statusOf(this.currentTally(), options.mastery)
    if (connection.version === '1.2') {
      if (['', 'not attempted'].includes(connection.get('lessonStatus')))
        connection.set('lessonStatus', status.lesson)
    }
    else if (['', 'unknown', 'not attempted'].includes(connection.get('completion'))) {
      connection.set('completion', status.completion)
    }
    connection.commit()
  }

  get version(): ScormVersion {
    return this.options.connection.version
  }

  private questionId(key: string): string | undefined {
    return key.startsWith(this.options.answerPrefix)
      ? key.slice(this.options.answerPrefix.length)
      : undefined
  }

  read(key: string): string | null {
    if (key === this.options.locationKey)
      return this.location || null
    const id = this.questionId(key)
    if (id === undefined)
      return this.options.fallback.read(key)
    return this.answers.get(id) ?? null
  }

  write(key: string, value: string): void {
    if (key === this.options.locationKey) {
      if (value !== this.location) {
        this.location = value
        this.options.connection.set('location', value)
      }
      return
    }
    const id = this.questionId(key)
    if (id === undefined)
      return this.options.fallback.write(key, value)
    if (this.answers.get(id) === value)
      return
    this.answers.set(id, value)
    this.saveAnswers()
  }

  remove(key: string): void {
    const id = this.questionId(key)
    if (id === undefined) {
      if (key !== this.options.locationKey)
        this.options.fallback.remove(key)
      return
    }
    if (this.answers.delete(id))
      this.saveAnswers()
  }

  private currentTally(): QuizTally {
    return this.options.tally(key => this.read(key))
  }

  /** Suspend data always; score and status when they change, committed then, so a closed tab loses no grade. */
  private saveAnswers(): void {
    const { connection, mastery } = this.options
    const { data, dropped } = encodeSuspendData(this.answers)
    if (dropped.length && !this.warnedDropped) {
      this.warnedDropped = true
      this.options.warn?.(`Suspend data is full: the answers to ${dropped.join(', ')} are not saved with the learning platform.`)
    }
    connection.set('suspendData', data)
    const tally = this.currentTally()
    const report = JSON.stringify(tally)
    if (report === this.lastReport)
      return
    this.lastReport = report
    const score = scoreOf(tally)
    const status = statusOf(tally, mastery)
    connection.set('scoreMin', String(score.min))
    connection.set('scoreMax', String(score.max))
    connection.set('scoreRaw', String(score.raw))
    if (connection.version === '1.2') {
      connection.set('lessonStatus', status.lesson)
    }
    else {
      connection.set('scoreScaled', String(score.scaled))
      connection.set('completion', status.completion)
      connection.set('success', status.success)
    }
    connection.commit()
  }

  /**
   * Leaving: session time, "suspend" so a return visit resumes with the answers, a last commit, terminate. Safe to
   * call twice (pagehide and beforeunload may both fire).
   */
  end(): void {
    if (this.ended)
      return
    this.ended = true
    const { connection } = this.options
    const elapsed = (this.options.now ?? Date.now)() - this.started
    connection.set('sessionTime', connection.version === '1.2'
      ? sessionTime12(elapsed)
      : sessionTime2004(elapsed))
    connection.set('exit', 'suspend')
    connection.commit()
    connection.terminate()
  }
}
