/**
 * A figure's steps as Slidev clicks: the figure registers its steps with the slide's clicks, so the slide needs no
 * click count of its own for it, and follows them through the one convention of logic/figure-steps.ts (step 0 before
 * the first click, step k after k clicks, the last step in print or export).
 */
import type { ComputedRef } from 'vue'
import type { FigureStep } from '../logic/figure-steps'
import { useNav, useSlideContext } from '@slidev/client'
import { computed, onUnmounted, useId } from 'vue'
import { figureStep } from '../logic/figure-steps'

export function useFigureSteps(total: number): ComputedRef<FigureStep> {
  const { $clicksContext } = useSlideContext()
  const { isPrintMode, isPrintWithClicks } = useNav()
  const id = `figure-${useId()}`
  // Registered during setup, as Slidev's own v-click does, so the slide counts these clicks before it mounts.
  const clicks = total > 0
    ? $clicksContext.calculateSince('+1', total)
    : null
  if (clicks)
    $clicksContext.register(id, clicks)
  onUnmounted(() => $clicksContext.unregister(id))
  // Printing with clicks (`--with-clicks`) prints each click's state, so the figure follows the clicks there too.
  const print = computed(() => isPrintMode.value && !isPrintWithClicks.value)
  return computed(() => figureStep(clicks
    ? clicks.currentOffset.value + 1
    : 0, total, print.value))
}
