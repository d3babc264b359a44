import type { Scorm12Api, Scorm2004Api, SearchableWindow } from '../../logic/scorm-api'
import { describe, expect, it, vi } from 'vitest'
import { findLmsApi, LmsConnection } from '../../logic/scorm-api'
import { ScormSession } from '../../logic/scorm-session'

/** A SCORM 2004 platform in memory: what it holds, and whether it turns writes down. */
function platform2004(initial: Record<string, string> = {}, refuse = false) {
  const data = new Map(Object.entries(initial))
  let error = '0'
  const commits: Record<string, string>[] = []
  const api: Scorm2004Api = {
    Initialize: () => 'true',
    Terminate: () => 'true',
    GetValue: name => data.get(name) ?? '',
    SetValue: (name, value) => {
      if (refuse) {
        error = '351'
        return 'false'
      }
      error = '0'
      data.set(name, value)
      return 'true'
    },
    Commit: () => {
      commits.push(Object.fromEntries(data))
      return 'true'
    },
    GetLastError: () => error,
    GetErrorString: code => code === '351'
      ? 'General Set Failure'
      : '',
  }
  return { api, data, commits }
}

const prefix = 'deck:answer:'
function answer(right: boolean) {
  return JSON.stringify({
    selected: [
      right ? 'a' : 'b',
    ],
    checked: true,
    attempts: 1,
  })
}
/** Two questions, both answered "a" correctly. */
function tally(read: (key: string) => string | null) {
  const states = ['q1', 'q2'].map(id => read(prefix + id)).filter(Boolean).map(raw => JSON.parse(raw!))
  return { answered: states.length, correct: states.filter(state => state.selected[0] === 'a').length, total: 2 }
}
const noStore = {
  read: () => null,
  write: () => {},
  remove: () => {},
}

function session(api: Scorm2004Api | Scorm12Api, version: '1.2' | '2004', warn = vi.fn()) {
  const connection = new LmsConnection({ version, api }, warn)
  connection.initialize()
  return new ScormSession({
    connection,
    mastery: 80,
    answerPrefix: prefix,
    locationKey: 'deck:last-read',
    tally,
    fallback: noStore,
    now: () => 0,
  })
}

describe('finding the platform', () => {
  it('looks up the parent frames, then the opener, for API_1484_11 before API', () => {
    const api12 = {
      LMSInitialize: () => 'true',
    }
    const api2004 = {
      Initialize: () => 'true',
    }
    const top: SearchableWindow = { parent: null, API: api12 }
    top.parent = top
    const middle: SearchableWindow = { parent: top, API_1484_11: api2004 }
    expect(findLmsApi({ parent: middle })).toEqual({ version: '2004', api: api2004 })
    expect(findLmsApi({ parent: top })).toEqual({ version: '1.2', api: api12 })
    const opener: SearchableWindow = { parent: null, API: api12 }
    const popup: SearchableWindow = { parent: null, opener }
    popup.parent = popup
    expect(findLmsApi(popup)?.version).toBe('1.2')
  })
  it('finds nothing, without throwing, when there is no platform or a frame belongs to another site', () => {
    const alone: SearchableWindow = { parent: null }
    alone.parent = alone
    expect(findLmsApi(alone)).toBeUndefined()
    const foreign = new Proxy({}, {
      get: () => { throw new Error('SecurityError') },
    }) as SearchableWindow
    expect(findLmsApi({ parent: foreign })).toBeUndefined()
  })
})

describe('a session with the platform', () => {
  it('reports score, status and suspend data as answers come in, committing each change', () => {
    const lms = platform2004()
    const s = session(lms.api, '2004')
    expect(lms.data.get('cmi.completion_status')).toBe('incomplete')
    s.write(`${prefix}q1`, answer(true))
    expect(lms.commits.at(-1)).toMatchObject({
      'cmi.score.raw': '50',
      'cmi.score.scaled': '0.5',
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
    })
    s.write(`${prefix}q2`, answer(false))
    expect(lms.commits.at(-1)).toMatchObject({ 'cmi.score.raw': '50', 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' })
    s.write(`${prefix}q2`, answer(true))
    expect(lms.commits.at(-1)).toMatchObject({ 'cmi.score.raw': '100', 'cmi.success_status': 'passed' })
    s.write('deck:last-read', '7')
    s.end()
    expect(lms.commits.at(-1)).toMatchObject({ 'cmi.location': '7', 'cmi.exit': 'suspend', 'cmi.session_time': 'PT0S' })
  })

  it('resumes with the answers and place the platform kept', () => {
    const first = platform2004()
    const s = session(first.api, '2004')
    s.write(`${prefix}q1`, answer(true))
    s.write('deck:last-read', '12')
    s.end()
    const again = session(platform2004(Object.fromEntries(first.data)).api, '2004')
    expect(again.read(`${prefix}q1`)).toBe(answer(true))
    expect(again.read(`${prefix}q2`)).toBeNull()
    expect(again.read('deck:last-read')).toBe('12')
  })

  it('speaks SCORM 1.2 to a 1.2 platform', () => {
    const data = new Map<string, string>()
    const api: Scorm12Api = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSGetValue: name => data.get(name) ?? '',
      LMSSetValue: (name, value) => {
        data.set(name, value)
        return 'true'
      },
      LMSCommit: () => 'true',
      LMSGetLastError: () => '0',
      LMSGetErrorString: () => '',
    }
    const s = session(api, '1.2')
    s.write(`${prefix}q1`, answer(true))
    s.write(`${prefix}q2`, answer(true))
    s.end()
    expect(Object.fromEntries(data)).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '100',
      'cmi.core.exit': 'suspend',
      'cmi.core.session_time': '0000:00:00.00',
    })
  })

  it('carries on when the platform refuses, and says so once', () => {
    const warn = vi.fn()
    const lms = platform2004({}, true)
    const s = session(lms.api, '2004', warn)
    s.write(`${prefix}q1`, answer(true))
    s.write(`${prefix}q2`, answer(false))
    expect(s.read(`${prefix}q1`)).toBe(answer(true))
    s.end()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0][0]).toContain('error 351 (General Set Failure)')
  })
})
