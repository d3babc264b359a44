/**
 * Finding and calling a learning platform's SCORM API: `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004), searched
 * in the parent windows and then the opener's, as the standards' run-time environments describe.
 *
 * Why a small typed adapter instead of a wrapper package: the SCORM client wrappers on npm do not fit.
 * `pipwerks-scorm-api-wrapper` repackages the 2008–2012 pipwerks script on top of `scorm-api-wrapper` (SCORM 1.2
 * only, last published 2014); it is untyped, keeps global state, and by default rewrites the lesson status and the
 * exit mode itself on init and quit, which would fight the statuses this module computes. `@gamestdio/scorm`
 * reports its connection flags inverted. The part a wrapper would give us is a window search and eight calls;
 * typing them here lets the reporting logic be unit-tested with a fake platform, and lets a refusing platform be
 * handled in one place (logged once, never thrown). `scorm-again`, the run-time the tests use, is the platform's
 * side, not the content's.
 */
import type { ScormVersion } from './scorm'

/** SCORM 1.2's API object (RTE 3.3). Every call returns a string: "true"/"false" or a value. */
export interface Scorm12Api {
  LMSInitialize: (parameter: '') => string
  LMSFinish: (parameter: '') => string
  LMSGetValue: (element: string) => string
  LMSSetValue: (element: string, value: string) => string
  LMSCommit: (parameter: '') => string
  LMSGetLastError: () => string
  LMSGetErrorString: (code: string) => string
}

/** SCORM 2004's API_1484_11 object (RTE 3.1). */
export interface Scorm2004Api {
  Initialize: (parameter: '') => string
  Terminate: (parameter: '') => string
  GetValue: (element: string) => string
  SetValue: (element: string, value: string) => string
  Commit: (parameter: '') => string
  GetLastError: () => string
  GetErrorString: (code: string) => string
}

export interface FoundApi {
  version: ScormVersion
  api: Scorm12Api | Scorm2004Api
}

/** What the search needs of a window: enough to walk frames in a test without a browser. */
export interface SearchableWindow {
  parent: SearchableWindow | null
  opener?: SearchableWindow | null
  top?: SearchableWindow | null
  API?: unknown
  API_1484_11?: unknown
}

/** ADL's sample finder stops after 500 parents (2004); SCORM 1.2's stops after 7. The larger bound serves both. */
const MAX_PARENTS = 500

/** A window another origin owns throws on any property read; to the search it simply has no API. */
function read(win: SearchableWindow | null | undefined, name: 'API' | 'API_1484_11' | 'parent' | 'opener'): unknown {
  try {
    return win?.[name] ?? undefined
  }
  catch {
    return undefined
  }
}

function isApi(candidate: unknown, version: ScormVersion): boolean {
  if (!candidate || (typeof candidate !== 'object' && typeof candidate !== 'function'))
    return false
  const method = version === '2004'
    ? 'Initialize'
    : 'LMSInitialize'
  return typeof (candidate as Record<string, unknown>)[method] === 'function'
}

/** This window, then each parent up to the top, for one version's API. */
function searchChain(start: SearchableWindow | null | undefined, version: ScormVersion): FoundApi | undefined {
  const name = version === '2004'
    ? 'API_1484_11'
    : 'API'
  let win = start
  for (let depth = 0; win && depth <= MAX_PARENTS; depth++) {
    const candidate = read(win, name)
    if (isApi(candidate, version))
      return { version, api: candidate as Scorm12Api | Scorm2004Api }
    const parent = read(win, 'parent') as SearchableWindow | undefined
    if (!parent || parent === win)
      break
    win = parent
  }
  return undefined
}

/**
 * The platform's API: the frame chain above this window first, then the window that opened it (and its chain), as
 * an LMS that launches content in a new window expects. SCORM 2004 is preferred when a platform offers both.
 */
export function findLmsApi(start: SearchableWindow): FoundApi | undefined {
  const opener = read(start, 'opener') as SearchableWindow | undefined
  for (const version of ['2004', '1.2'] as const) {
    const found = searchChain(start, version) ?? searchChain(opener, version)
    if (found)
      return found
  }
  return undefined
}

/** The data model elements this module uses, by meaning; each version names them differently. */
export type ScormElement = 'location' | 'suspendData' | 'mastery' | 'scoreRaw' | 'scoreMin' | 'scoreMax' | 'scoreScaled'
  | 'completion' | 'success' | 'lessonStatus' | 'sessionTime' | 'exit' | 'entry'

const ELEMENTS: Record<ScormVersion, Partial<Record<ScormElement, string>>> = {
  1.2: {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    mastery: 'cmi.student_data.mastery_score',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    lessonStatus: 'cmi.core.lesson_status',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    entry: 'cmi.core.entry',
  },
  2004: {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    mastery: 'cmi.scaled_passing_score',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    scoreScaled: 'cmi.score.scaled',
    completion: 'cmi.completion_status',
    success: 'cmi.success_status',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    entry: 'cmi.entry',
  },
}

/** The data model name of an element in a version, or undefined where the version has no such element. */
export function elementName(version: ScormVersion, element: ScormElement): string | undefined {
  return ELEMENTS[version][element]
}

/**
 * One session with the platform, the same calls for both versions. A call the platform refuses (returns "false",
 * or sets an error code) is reported to `onRefused` once per session and otherwise ignored: the student's reading
 * must never break because a gradebook did not answer.
 */
export class LmsConnection {
  private refused = false
  private open = false

  constructor(private readonly found: FoundApi, private readonly onRefused: (message: string) => void) {}

  get version(): ScormVersion {
    return this.found.version
  }

  /** True once a call has been refused. */
  get hadRefusal(): boolean {
    return this.refused
  }

  private call(what: string, invoke: () => string): string {
    let result: string
    try {
      result = String(invoke())
    }
    catch (error) {
      this.refuse(`${what} threw ${error instanceof Error
        ? error.message
        : String(error)}`)
      return ''
    }
    const code = this.lastError()
    if (result === 'false' || (code !== '' && code !== '0')) {
      this.refuse(`${what} returned ${JSON.stringify(result)}, error ${code || 'none'}${code && code !== '0'
        ? ` (${this.errorString(code)})`
        : ''}`)
    }
    return result
  }

  private refuse(detail: string): void {
    if (this.refused)
      return
    this.refused = true
    this.onRefused(`The learning platform refused a call (${detail}); the module carries on, but progress may not be recorded.`)
  }

  private lastError(): string {
    try {
      const api = this.found.api
      // Through a name that does not end in "Error", which unicorn/throw-new-error would "fix" with `new`.
      const lastErrorCode = 'GetLastError' in api
        ? api.GetLastError
        : api.LMSGetLastError
      return String(lastErrorCode.apply(api))
    }
    catch {
      return ''
    }
  }

  private errorString(code: string): string {
    try {
      const api = this.found.api
      return String('GetErrorString' in api
        ? api.GetErrorString(code)
        : api.LMSGetErrorString(code))
    }
    catch {
      return ''
    }
  }

  initialize(): boolean {
    const api = this.found.api
    this.open = this.call('Initialize', () => 'Initialize' in api
      ? api.Initialize('')
      : api.LMSInitialize('')) === 'true'
    return this.open
  }

  get(element: ScormElement): string {
    const name = elementName(this.version, element)
    if (!this.open || !name)
      return ''
    const api = this.found.api
    // Reading an element the platform has no value for sets an error code on some platforms; that is no refusal.
    try {
      return String('GetValue' in api
        ? api.GetValue(name)
        : api.LMSGetValue(name))
    }
    catch {
      return ''
    }
  }

  set(element: ScormElement, value: string): void {
    const name = elementName(this.version, element)
    if (!this.open || !name)
      return
    const api = this.found.api
    this.call(`SetValue("${name}")`, () => 'SetValue' in api
      ? api.SetValue(name, value)
      : api.LMSSetValue(name, value))
  }

  commit(): void {
    if (!this.open)
      return
    const api = this.found.api
    this.call('Commit', () => 'Commit' in api
      ? api.Commit('')
      : api.LMSCommit(''))
  }

  terminate(): void {
    if (!this.open)
      return
    const api = this.found.api
    this.call('Terminate', () => 'Terminate' in api
      ? api.Terminate('')
      : api.LMSFinish(''))
    this.open = false
  }
}
