import { paletteCss } from '../logic/palette-css'
// Self-hosted fonts: the deck must render identically with no network.
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/fira-code/400.css'
import './deck.css'
import './knowledge-check.css'

// The palette's custom properties, on the page before the app mounts (so before the first slide is drawn, and in
// every print): plain CSS could not read them from the one TypeScript definition that Mermaid reads too.
const palette = document.createElement('style')
palette.dataset.palette = ''
palette.textContent = paletteCss()
document.head.prepend(palette)
