/**
 * Vue's scoped CSS keeps only what is inside `:global(…)`: in `:global(html.dark) .label { … }` the `.label` is
 * dropped and the rule styles the whole page. Such a rule once gave every SVG text in the dark deck a stroke.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Files under `dir` that can carry scoped styles: components, and slides (Slidev scopes a slide's <style>). */
function styledFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
    ? styledFiles(join(dir, entry.name))
    : /\.(?:vue|md)$/.test(entry.name)
      ? [
          join(dir, entry.name),
        ]
      : [])
}

/** `:global(…)` followed by more selector before the rule's `{` or the next selector's `,`. */
function globalSelectorsLosingTheirTail(css: string): string[] {
  return [
    ...css.matchAll(/:global\([^)]*\)\s*[^\s,{][^,{]*(?=[{,])/g),
  ].map(match => match[0].trim())
}

describe('component styles', () => {
  it('finds a :global() with a descendant selector, and accepts one that wraps the whole selector', () => {
    expect(globalSelectorsLosingTheirTail(':global(html.dark) .break { stroke: #121212; }')).toEqual([':global(html.dark) .break'])
    expect(globalSelectorsLosingTheirTail(':global(html.dark .break) { stroke: #121212; }')).toEqual([])
  })

  it('no component or slide writes a :global() rule whose tail Vue would drop', () => {
    const files = [
      ...styledFiles('components'),
      ...styledFiles('pages'),
      'slide-bottom.vue',
      'slides.md',
    ]
    expect(files.length).toBeGreaterThan(20)
    const offenders = files.flatMap(file =>
      globalSelectorsLosingTheirTail(readFileSync(file, 'utf8')).map(selector => `${file}: ${selector}`))
    expect(offenders).toEqual([])
  })
})
