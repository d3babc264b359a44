import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

/**
 * Slidev registers its /print page only in dev and export mode; the exporter prints the built site,
 * so the built site needs the same page. It is Slidev's own print view, unchanged.
 */
export default defineRoutesSetup((routes: RouteRecordRaw[]) => [
  {
    name: 'deck-print',
    path: '/print',
    component: () => import('@slidev/client/pages/print.vue'),
  },
  ...routes,
])
