/**
 * Slidev's Mermaid setup: called once, in whichever scheme the page opens, with the deck's theme
 * (logic/mermaid-theme.ts), which the diagram components also pass on every render.
 */
import { defineMermaidSetup } from '@slidev/types'
import { mermaidTheme } from '../logic/mermaid-theme'

export default defineMermaidSetup(() => mermaidTheme(typeof document !== 'undefined' && document.documentElement.classList.contains('dark')))
