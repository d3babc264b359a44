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
  // The classroom kit: A4 documents printed by `npm run export` beside the slides and the handout.
  {
    name: 'role-cards',
    path: '/role-cards',
    component: () => import('../components/kit/RoleCardsView.vue'),
  },
  {
    name: 'fact-sheet',
    path: '/fact-sheet',
    component: () => import('../components/kit/FactSheetView.vue'),
  },
  {
    name: 'memo',
    path: '/memo',
    component: () => import('../components/kit/MemoView.vue'),
  },
  {
    name: 'guide',
    path: '/guide',
    component: () => import('../components/kit/GuideView.vue'),
  },
  ...routes,
])
