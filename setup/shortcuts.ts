import type { ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'

/**
 * One press, one step. Slidev repeats a navigation shortcut while its key is held, timing "held" from the key-down to
 * the key-up. On a slow classroom laptop a slide that takes over a second to draw (the map, a diagram) delays the
 * key-up past that second, and a single press would skip a slide. Holding a key to race through the deck is not worth it.
 */
export default defineShortcutsSetup((_nav, base: ShortcutOptions[]) =>
  base.map(shortcut => ({ ...shortcut, autoRepeat: false })),
)
