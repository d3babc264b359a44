/**
 * A knowledge-check answer that survives a reload: one reactive answer per question for the whole page, read from
 * storage when first used and written back on every change (VueUse's useStorage), forgotten on reset. Storage is
 * the browser's localStorage, or, inside a learning platform, the SCORM session (logic/scorm-session.ts), which
 * keeps answers in the platform's suspend data; both are keyed by logic/quiz.ts's storageKey. Storage may be
 * unavailable (private mode, blocked): the check still works, it just forgets.
 *
 * Every copy of a question on a page shares one answer (the reading view shows each check twice, on its slide and
 * in the appendix; the presenter shows the current and the next slide), so the copies can never disagree, and the
 * reading view's progress follows them as they change.
 */
import type { StorageLike } from '@vueuse/core'
import type { ComputedRef, Ref } from 'vue'
import type { Question } from '../data/questions'
import type { AnswerState } from '../logic/quiz'
import type { ValueStore } from '../logic/scorm-session'
import { defaultWindow, useEventListener, useStorage } from '@vueuse/core'
import { computed, effectScope } from 'vue'
import { emptyAnswer, parseAnswer, serialiseAnswer, storageKey, tallyAnswers } from '../logic/quiz'

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

/** Reads and writes whatever store is in use, for the reading view's last-read slide. */
export const storedValue: ValueStore = {
  read: key => store.read(key),
  write: (key, value) => store.write(key, value),
  remove: key => store.remove(key),
}

const untouched = serialiseAnswer(emptyAnswer())

/**
 * The store in use, as useStorage sees it. An untouched answer is stored as nothing, so storage (a platform's
 * 4096-character suspend data among them) holds only the questions a student has worked on.
 */
const answerStorage: StorageLike = {
  getItem: key => store.read(key),
  setItem: (key, value) => value === untouched
    ? store.remove(key)
    : store.write(key, value),
  removeItem: key => store.remove(key),
}

const answers = new Map<string, Ref<AnswerState>>()

/** The page's one answer to a question, saved on every change for as long as the page lives. */
export function storedAnswer(question: Question): Ref<AnswerState> {
  let state = answers.get(question.id)
  if (!state) {
    const key = storageKey(question.id)
    // Detached, so the saving outlives whichever copy of the question asked first.
    state = effectScope(true).run(() => {
      const answer = useStorage<AnswerState>(key, emptyAnswer, answerStorage, {
        serializer: {
          read: raw => parseAnswer(raw, question),
          write: serialiseAnswer,
        },
        writeDefaults: false,
        onError: () => {},
      })
      // An answer given in another tab of the same browser: the browser announces it with a storage event.
      useEventListener(defaultWindow, 'storage', (event: StorageEvent) => {
        if (event.key === key)
          answer.value = parseAnswer(event.newValue, question)
      })
      return answer
    })!
    answers.set(question.id, state)
  }
  return state
}

export function useStoredAnswer(question: () => Question): { state: Ref<AnswerState>, forget: () => void } {
  const state = storedAnswer(question())
  return {
    state,
    forget: () => forgetAnswers([
      question(),
    ]),
  }
}

/** Clears the answers to these questions, on the page and in storage, e.g. for "Reset all answers". */
export function forgetAnswers(questions: readonly Question[]): void {
  for (const question of questions)
    storedAnswer(question).value = emptyAnswer()
}

/** How many of these questions are answered and how many correctly, following the answers as they change. */
export function useAnswerTally(questions: readonly Question[]): ComputedRef<ReturnType<typeof tallyAnswers>> {
  return computed(() => tallyAnswers(questions, question => storedAnswer(question).value))
}
