/**
 * The SCORM build (scripts/scorm-package.ts builds with VITE_SCORM_MASTERY set): the package opens on the
 * reading view and reports to the learning platform. Any other build is untouched.
 */
import { defineAppSetup } from '@slidev/types'
import { startScorm } from '../logic/scorm-launch'

export default defineAppSetup(({ router }) => {
  const mastery = import.meta.env.VITE_SCORM_MASTERY
  if (!mastery)
    return
  // The launch file is index.html; its first route is the deck's first slide, the module's is the reading view.
  router.beforeEach(to => to.path === '/'
    ? { path: '/study', replace: true }
    : undefined)
  startScorm(Number(mastery))
})
