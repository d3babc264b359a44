import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup((routes: RouteRecordRaw[]) => [
  // Slidev registers its /print page only in dev and export mode; the exporter prints the built site, so the
  // built site needs the same page. It is Slidev's own print view, unchanged.
  {
    name: 'deck-print',
    path: '/print',
    component: () => import('@slidev/client/pages/print.vue'),
  },
  // The self-study reading view and the A4 handout: one page, two modes.
  {
    name: 'study',
    path: '/study',
    component: () => import('../components/study/StudyView.vue'),
    props: { mode: 'study' },
  },
  {
    name: 'handout',
    path: '/handout',
    component: () => import('../components/study/StudyView.vue'),
    props: { mode: 'handout' },
  },
  ...routes,
])
