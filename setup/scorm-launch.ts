/**
 * Starts the SCORM package's session with its learning platform, once, as the app starts (setup/main.ts), so it
 * outlives moving between the reading view and the slides. Without a platform the module runs as the reading view
 * always does, keeping answers in this browser.
 */
import { reportingState } from '../composables/scormReporting'
import { browserStore, setValueStore } from '../composables/useStoredAnswer'
import { questions } from '../data/questions'
import { quizProgress, storagePrefix } from '../logic/quiz'
import { masteryFromLms } from '../logic/scorm'
import { findLmsApi, LmsConnection } from '../logic/scorm-api'
import { ScormSession } from '../logic/scorm-session'
import { lastReadKey } from '../logic/study'

export function startScorm(exportMastery: number, win: Window = window): ScormSession | undefined {
  const found = findLmsApi(win as never)
  if (!found) {
    reportingState.value = 'no-platform'
    return undefined
  }
  const connection = new LmsConnection(found, (message) => {
    reportingState.value = 'refused'
    console.warn(message)
  })
  if (!connection.initialize()) {
    reportingState.value = 'refused'
    return undefined
  }
  const session = new ScormSession({
    connection,
    // The mastery score the manifest carried, as the platform hands it over; the export's own if it gives none.
    mastery: masteryFromLms(found.version, connection.get('mastery'), exportMastery),
    answerPrefix: storagePrefix,
    locationKey: lastReadKey,
    tally: read => quizProgress(questions, read),
    fallback: browserStore,
    warn: message => console.warn(message),
  })
  setValueStore(session)
  if (reportingState.value !== 'refused')
    reportingState.value = 'reporting'
  const end = () => session.end()
  win.addEventListener('pagehide', end)
  win.addEventListener('beforeunload', end)
  return session
}
