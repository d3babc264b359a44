/**
 * Paper is white. While a reading page prints (Ctrl+P on /study or /handout), the deck shows its light scheme, and its
 * own again afterwards: printed as seen on a dark screen, its light text would go onto white paper once the browser
 * drops the backgrounds, as it does by default. The kit's documents are light in any scheme (logic/palette-css.ts).
 *
 * The switch happens within the browser's `beforeprint` event, before it lays the page out, so what is printed must
 * be at hand: a diagram inside such a page loads its light drawing ahead (`printsInLight`, read by DiagramDrawing).
 */
import type { InjectionKey } from 'vue'
import { useDarkMode } from '@slidev/client'
import { useEventListener } from '@vueuse/core'
import { provide } from 'vue'

/** Provided by a page that prints in light; its diagrams keep their light drawing loaded. */
export const printsInLight: InjectionKey<boolean> = Symbol('printsInLight')

export function usePrintInLight(): void {
  const { isDark } = useDarkMode()
  provide(printsInLight, true)
  let darkBeforePrint = false
  // Only a switch this page made is undone: a second beforeprint while printing changes nothing.
  useEventListener('beforeprint', () => {
    if (!isDark.value)
      return
    darkBeforePrint = true
    isDark.value = false
  })
  useEventListener('afterprint', () => {
    if (darkBeforePrint)
      isDark.value = true
    darkBeforePrint = false
  })
}
