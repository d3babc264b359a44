/**
 * Slidev's Vite plugins hook: the deck's diagrams, drawn by Mermaid at build time (scripts/lib/vite-diagram-drawings.ts).
 */
import { defineVitePluginsSetup } from '@slidev/types'
import { diagramDrawingsPlugin } from '../scripts/lib/vite-diagram-drawings'

export default defineVitePluginsSetup(options => [
  diagramDrawingsPlugin(options.userRoot),
])
