/**
 * A knowledge-check answer that survives a reload: read from localStorage when the question mounts, written on
 * every change, forgotten on reset. Storage may be unavailable (private mode, blocked): the check still works, it
 * just forgets.
 */
import type { Ref } from 'vue'
import type { Question } from '../data/questions'
import type { AnswerState } from '../logic/quiz'
import { nextTick, onMounted, ref, watch } from 'vue'
import { emptyAnswer, parseAnswer, serialiseAnswer, storageKey } from '../logic/quiz'

export function useStoredAnswer(question: () => Question): { state: Ref<AnswerState>, forget: () => void } {
  const state = ref<AnswerState>(emptyAnswer())
  function withStorage(action: (storage: Storage, key: string) => void) {
    try {
      action(window.localStorage, storageKey(question().id))
    }
    catch {}
  }
  onMounted(() => withStorage((storage, key) => state.value = parseAnswer(storage.getItem(key), question())))
  watch(state, value => withStorage((storage, key) => storage.setItem(key, serialiseAnswer(value))), { deep: true })

  function forget() {
    state.value = emptyAnswer()
    // After the watcher has saved the empty state, remove the question's entry entirely.
    nextTick(() => withStorage((storage, key) => storage.removeItem(key)))
  }
  return { state, forget }
}
