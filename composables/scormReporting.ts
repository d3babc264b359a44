/**
 * Whether the module reports to a learning platform: set once by the SCORM start-up (setup/scorm-launch.ts), read by
 * the reading view's one-line notice (components/ScormNotice.vue).
 */
import { ref } from 'vue'

/** What the reading view tells the student about reporting: one line. */
export type ReportingState = 'not-packaged' | 'reporting' | 'no-platform' | 'refused'
export const reportingState = ref<ReportingState>('not-packaged')
