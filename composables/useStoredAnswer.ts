/**
 * A knowledge-check answer that survives a reload: read from storage when the question mounts, written on every
 * change, forgotten on reset. Storage is the browser's localStorage, or, inside a learning platform, the SCORM
 * session (logic/scorm-session.ts), which keeps answers in the platform's suspend data; both are keyed by
 * logic/quiz.ts's storageKey. Storage may be unavailable (private mode, blocked): the check still works, it just
 * forgets.
 *
 * Every copy of a question on a page shares one answer (the reading view shows each check twice, on its slide and
 * in the appendix; the presenter shows the current and the next slide), so the copies can never disagree.
 */
import type { Ref } from 'vue'
import type { Question } from '../data/questions'
import type { AnswerState } from '../logic/quiz'
import type { ValueStore } from '../logic/scorm-session'
import { effectScope, nextTick, onMounted, ref, watch } from 'vue'
import { emptyAnswer, parseAnswer, serialiseAnswer, storageKey } from '../logic/quiz'

/** The browser's localStorage; any failure (blocked, full, private mode) reads as nothing saved. */
export const browserStore: ValueStore = {
  read(key) {
    try {
      return window.localStorage.getItem(key)
    }
    catch {
      return null
    }
  },
  write(key, value) {
    try {
      window.localStorage.setItem(key, value)
    }
    catch {}
  },
  remove(key) {
    try {
      window.localStorage.removeItem(key)
    }
    catch {}
  },
}

let store: ValueStore = browserStore

/** Keeps answers (and the last slide read) somewhere else from now on: the SCORM build's platform session. */
export function setValueStore(next: ValueStore): void {
  store = next
}

/** Reads and writes whatever store is in use, for the reading view's progress and last-read slide. */
export const storedValue: ValueStore = {
  read: key => store.read(key),
  write: (key, value) => store.write(key, value),
  remove: key => store.remove(key),
}

function withStorage(id: string, action: (storage: ValueStore, key: string) => void) {
  action(storedValue, storageKey(id))
}

const answers = new Map<string, Ref<AnswerState>>()
const untouched = serialiseAnswer(emptyAnswer())

/** The page's one answer to a question, saved on every change for as long as the page lives. */
function sharedAnswer(id: string): Ref<AnswerState> {
  let state = answers.get(id)
  if (!state) {
    const created = ref<AnswerState>(emptyAnswer())
    // Detached, so the saving outlives whichever copy of the question mounted first.
    // An untouched answer is stored as nothing, so storage (a platform's 4096-character suspend data among them)
    // holds only the questions a student has worked on.
    effectScope(true).run(() => watch(created, value => withStorage(id, (storage, key) => {
      const text = serialiseAnswer(value)
      if (text === untouched)
        storage.remove(key)
      else
        storage.write(key, text)
    }), { deep: true }))
    answers.set(id, created)
    state = created
  }
  return state
}

export function useStoredAnswer(question: () => Question): { state: Ref<AnswerState>, forget: () => void } {
  const { id } = question()
  const state = sharedAnswer(id)
  onMounted(() => withStorage(id, (storage, key) => state.value = parseAnswer(storage.read(key), question())))

  function forget() {
    forgetAnswers([
      question(),
    ])
  }
  return { state, forget }
}

/** Clears the answers to these questions, on the page and in storage, e.g. for "Reset all answers". */
export function forgetAnswers(questions: readonly Question[]): void {
  for (const { id } of questions) {
    const state = answers.get(id)
    if (state)
      state.value = emptyAnswer()
  }
  // After the watchers have saved the empty states, remove the entries entirely.
  nextTick(() => questions.forEach(({ id }) => withStorage(id, (storage, key) => storage.remove(key))))
}
