import type { ValueStore } from '../../logic/scorm-session'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { questions } from '../../data/questions'
import { serialiseAnswer, storageKey } from '../../logic/quiz'

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

// The composable keeps one answer per question for the page's lifetime: each test gets a fresh page's module.
const load = () => import('../../composables/useStoredAnswer')

describe('a stored knowledge-check answer', () => {
  let storage: Storage
  beforeEach(() => {
    vi.resetModules()
    storage = memoryStorage()
    vi.stubGlobal('window', { localStorage: storage })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('is one answer for every copy of a question on the page, saved as it changes', async () => {
    const { useStoredAnswer } = await load()
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

  it('comes back from storage on the next visit, and an untouched answer leaves storage empty', async () => {
    const [first, second] = questions
    storage.setItem(storageKey(first.id), serialiseAnswer({
      selected: [first.key],
      checked: true,
      attempts: 2,
    }))
    const { useStoredAnswer } = await load()
    expect(useStoredAnswer(() => first).state.value).toEqual({
      selected: [first.key],
      checked: true,
      attempts: 2,
    })
    const fresh = useStoredAnswer(() => second)
    fresh.state.value = { ...fresh.state.value }
    await nextTick()
    expect(storage.getItem(storageKey(second.id))).toBeNull()
  })

  it('is cleared for every question at once, on the page and in storage', async () => {
    const { forgetAnswers, useStoredAnswer } = await load()
    const answers = questions.slice(0, 2).map(question => useStoredAnswer(() => question))
    answers.forEach((answer, index) => answer.state.value = {
      selected: [questions[index].options[0].id],
      checked: true,
      attempts: 2,
    })
    await nextTick()
    storage.setItem(storageKey(questions[2].id), serialiseAnswer({
      selected: [questions[2].key],
      checked: true,
      attempts: 1,
    }))
    forgetAnswers(questions)
    expect(answers.map(answer => answer.state.value)).toEqual(answers.map(() => ({ selected: [], checked: false, attempts: 0 })))
    await nextTick()
    expect(questions.map(question => storage.getItem(storageKey(question.id)))).toEqual(questions.map(() => null))
  })

  it('keeps the progress tally in step with the answers as they change', async () => {
    const { useAnswerTally, useStoredAnswer } = await load()
    const tally = useAnswerTally(questions)
    expect(tally.value).toEqual({ answered: 0, correct: 0, total: questions.length })
    const [right, wrong] = questions
    useStoredAnswer(() => right).state.value = {
      selected: [right.key],
      checked: true,
      attempts: 1,
    }
    const wrongOption = wrong.options.find(option => option.id !== wrong.key)!
    useStoredAnswer(() => wrong).state.value = {
      selected: [wrongOption.id],
      checked: true,
      attempts: 1,
    }
    expect(tally.value).toEqual({ answered: 2, correct: 1, total: questions.length })
  })

  it('keeps answers in the learning platform\'s session once one is set', async () => {
    const { setValueStore, useStoredAnswer } = await load()
    const platform = new Map<string, string>()
    const session: ValueStore = {
      read: key => platform.get(key) ?? null,
      write: (key, value) => void platform.set(key, value),
      remove: key => void platform.delete(key),
    }
    setValueStore(session)
    const [question] = questions
    useStoredAnswer(() => question).state.value = {
      selected: [question.key],
      checked: true,
      attempts: 1,
    }
    await nextTick()
    expect(JSON.parse(platform.get(storageKey(question.id))!)).toMatchObject({
      selected: [question.key],
    })
    expect(storage.getItem(storageKey(question.id))).toBeNull()
  })
})
