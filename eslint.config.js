// The current @antfu/eslint-config and its plugins use ES2024–2025 built-ins (Set methods, iterator helpers,
// Object.groupBy) that Node 22 has and Node 20 does not. Polyfill them before the config loads, so linting
// works on both.
import 'core-js/actual/index.js'

const { default: antfu } = await import('@antfu/eslint-config')

/**
 * The layers of the deck: data, then logic over it, then the composables, styles and components that render it, then
 * the pages and hooks that use them. A layer imports only from the layers before it (and itself), never from the
 * commands or the tests, so a change to a component can never reach back into the data it shows. Dynamic imports are
 * held to the same rule.
 */
const LAYERS = [
  'data',
  'logic',
  'composables',
  'styles',
  'components',
]
const OUTSIDE_THE_DECK = ['setup', 'pages', 'scripts', 'tests']

function importsOnlyFromEarlierLayers(layer, allowed) {
  const forbidden = [
    ...LAYERS.filter(other => other !== layer && !allowed.includes(other)),
    ...OUTSIDE_THE_DECK,
  ]
  const pattern = `(^|/)(${forbidden.join('|')})(/|$)`
  const message = `${layer}/ imports only from ${[...allowed, layer].join(', ')} (data → logic → components → pages); not from ${forbidden.join(', ')}.`
  return {
    files: [`${layer}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: pattern, message },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        // antfu's own, which this rule's options would otherwise replace.
        'TSEnumDeclaration[const=true]',
        'TSExportAssignment',
        { selector: `ImportExpression[source.value=/${pattern.replaceAll('/', '\\/')}/]`, message },
      ],
    },
  }
}

export default antfu({
  vue: true,
  typescript: true,
  // Slides are prose in Markdown; their wording is not a linter's business.
  markdown: false,
  ignores: [
    'dist',
    'dist-*',
    'exports',
    'test-results',
    'playwright-report',
    '.ci',
    'pages/**',
    'slides.md',
  ],
}, importsOnlyFromEarlierLayers('data', []), importsOnlyFromEarlierLayers('logic', ['data']), importsOnlyFromEarlierLayers('composables', ['data', 'logic']), importsOnlyFromEarlierLayers('styles', ['data', 'logic']), importsOnlyFromEarlierLayers('components', [
  'data',
  'logic',
  'composables',
  'styles',
]))
