import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { forgetAnswers, useStoredAnswer } from '../../composables/useStoredAnswer'
import { questions } from '../../data/questions'
import { storageKey } from '../../logic/quiz'

/** A Map-backed stand-in for the browser's localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: key => items.get(key) ?? null,
    key: index => [
      ...items.keys(),
    ][index] ?? null,
    removeItem: key => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

describe('a stored knowledge-check answer', () => {
  let storage: Storage
  beforeEach(() => {
    storage = memoryStorage()
    vi.stubGlobal('window', { localStorage: storage })
    // Used outside a component here, so Vue warns that the on-mount read has no component; that read is not tested.
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('is one answer for every copy of a question on the page, saved as it changes', async () => {
    const [question] = questions
    const onSlide = useStoredAnswer(() => question)
    const inAppendix = useStoredAnswer(() => question)
    inAppendix.state.value = {
      selected: [question.options[1].id],
      checked: true,
      attempts: 1,
    }
    expect(onSlide.state.value.selected).toEqual([question.options[1].id])
    await nextTick()
    expect(JSON.parse(storage.getItem(storageKey(question.id))!)).toMatchObject({ checked: true, attempts: 1 })
  })

  it('is cleared for every question at once, on the page and in storage', async () => {
    const answers = questions.slice(0, 2).map(question => useStoredAnswer(() => question))
    answers.forEach((answer, index) => answer.state.value = {
      selected: [questions[index].options[0].id],
      checked: true,
      attempts: 2,
    })
    await nextTick()
    forgetAnswers(questions)
    expect(answers.map(answer => answer.state.value)).toEqual(answers.map(() => ({ selected: [], checked: false, attempts: 0 })))
    await nextTick()
    await nextTick()
    expect(questions.map(question => storage.getItem(storageKey(question.id)))).toEqual(questions.map(() => null))
  })
})
