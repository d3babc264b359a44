/**
 * A knowledge-check answer that survives a reload: read from localStorage when the question mounts, written on
 * every change, forgotten on reset. Storage may be unavailable (private mode, blocked): the check still works, it
 * just forgets.
 *
 * Every copy of a question on a page shares one answer (the reading view shows each check twice, on its slide and
 * in the appendix; the presenter shows the current and the next slide), so the copies can never disagree.
 */
import type { Ref } from 'vue'
import type { Question } from '../data/questions'
import type { AnswerState } from '../logic/quiz'
import { effectScope, nextTick, onMounted, ref, watch } from 'vue'
import { emptyAnswer, parseAnswer, serialiseAnswer, storageKey } from '../logic/quiz'

function withStorage(id: string, action: (storage: Storage, key: string) => void) {
  try {
    action(window.localStorage, storageKey(id))
  }
  catch {}
}

const answers = new Map<string, Ref<AnswerState>>()

/** The page's one answer to a question, saved on every change for as long as the page lives. */
function sharedAnswer(id: string): Ref<AnswerState> {
  let state = answers.get(id)
  if (!state) {
    const created = ref<AnswerState>(emptyAnswer())
    // Detached, so the saving outlives whichever copy of the question mounted first.
    effectScope(true).run(() => watch(created, value => withStorage(id, (storage, key) => storage.setItem(key, serialiseAnswer(value))), { deep: true }))
    answers.set(id, created)
    state = created
  }
  return state
}

export function useStoredAnswer(question: () => Question): { state: Ref<AnswerState>, forget: () => void } {
  const { id } = question()
  const state = sharedAnswer(id)
  onMounted(() => withStorage(id, (storage, key) => state.value = parseAnswer(storage.getItem(key), question())))

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
  nextTick(() => questions.forEach(({ id }) => withStorage(id, (storage, key) => storage.removeItem(key))))
}
