/**
 * WCAG 2.1 AA audit with axe. Only serious and critical violations fail; every disabled rule is listed here with its
 * reason.
 */
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect } from './fixtures'

const DISABLED_RULES: Record<string, string> = {
  // Slidev's print view renders every slide into one page; each slide keeps its own <h1>, so a document with many
  // level-one headings is expected there and is not what a reader navigates.
  'page-has-heading-one': 'the print view is a stack of slides, each with its own <h1>',
}

/**
 * Known violations in Slidev's own interface, not in the deck: matched narrowly, each with its reason.
 * Slidev's "More options" and layout menus (NavControls → MenuButton) nest its icon button inside a toggle button.
 * Keyboard users present with the arrow keys, which the keyboard test covers.
 */
const UPSTREAM_EXCEPTIONS = [
  { rule: 'nested-interactive', html: /slidev-icon-btn|^<button class="">$/ },
]

/**
 * The WCAG 2.1 AA rules whose outcome depends on colour. A page already audited whole in one theme is audited in the
 * other for these alone: a theme changes colours, not structure, names or roles.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

interface AuditOptions {
  /** Parts of the page left out, by selector. */
  exclude?: string[]
  /** Only the colour rules: for the second theme of a page audited whole in the first. */
  colourOnly?: boolean
}

/** Fails with each serious or critical violation in the page. */
export async function audit(page: Page, what: string, { exclude = [], colourOnly = false }: AuditOptions = {}) {
  // Legacy mode runs axe in the page in one call. The default runs it per frame and then finishes in a second, blank
  // page, passing every node's partial result across: on the reading view (some 5,700 checked nodes) that is 12 s
  // against 5 s, for the same result. What it gives up, auditing cross-origin frames, no page of the deck has.
  const builder = new AxeBuilder({ page }).setLegacyMode(true)
  for (const selector of exclude)
    builder.exclude(selector)
  if (colourOnly) {
    builder.withRules(COLOUR_RULES)
  }
  else {
    builder
      .withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
      ])
      .disableRules(Object.keys(DISABLED_RULES))
  }
  const results = await builder.analyze()
  const serious = results.violations.filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
  const report = serious.flatMap(violation => violation.nodes.filter(node =>
    !UPSTREAM_EXCEPTIONS.some(exception => exception.rule === violation.id && exception.html.test(node.html))).slice(0, 8).map(node =>
    `${violation.id} (${violation.impact}): ${node.failureSummary?.split('\n').slice(0, 2).join(' ')} at ${node.target.join(' ')} — ${node.html.slice(0, 120)}`))
  expect(report, `serious or critical accessibility violations in ${what}`).toEqual([])
}
