/**
 * The SCORM build (scripts/lib/scorm-package.ts builds with VITE_SCORM_MASTERY set and Slidev's memory router): the
 * package opens on the reading view and reports to the learning platform. Any other build is untouched.
 *
 * The memory router keeps the address alone, so the reading view's in-page links (#appendix-checks, #slide-12)
 * work as plain anchors inside a platform's frame. The module is the reading view only: a knowledge check's
 * "Review: slide N" link scrolls to that slide in the page, and the links for presenting the deck are hidden, as
 * the package has no slide show to open outside it.
 */
import { defineAppSetup } from '@slidev/types'
import { startScorm } from './scorm-launch'

export default defineAppSetup(({ router }) => {
  const mastery = import.meta.env.VITE_SCORM_MASTERY
  if (!mastery)
    return
  router.beforeEach((to, from) => {
    const slide = /^\/(\d+)$/.exec(to.path)?.[1]
    if (slide && from.path === '/study') {
      document.getElementById(`slide-${slide}`)?.scrollIntoView()
      return false
    }
    if (to.path !== '/study')
      return { path: '/study', replace: true }
  })
  const style = document.createElement('style')
  style.textContent = '.study-present-link, .study-howto li:has(a[href="./1"]) { display: none !important; }'
  document.head.append(style)
  startScorm(Number(mastery))
})
