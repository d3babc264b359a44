// The current @antfu/eslint-config and its plugins use ES2024–2025 built-ins (Set methods, iterator helpers,
// Object.groupBy) that Node 22 has and Node 20 does not. Polyfill them before the config loads, so linting
// works on both.
import 'core-js/actual/index.js'

const { default: antfu } = await import('@antfu/eslint-config')

/**
 * The layers of the deck: data, then logic over it, then the components that render it and the pages and hooks that
 * use them. A layer imports only from the layers before it, never from the commands or the tests, so a change to a
 * component can never reach back into the data it shows.
 */
function importsOnlyFromEarlierLayers(files, later) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${later.join('|')})(/|$)`,
              message: `${files[0].split('/')[0]}/ imports only from earlier layers (data → logic → components → pages); not from ${later.join(', ')}.`,
            },
          ],
        },
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
}, importsOnlyFromEarlierLayers(['data/**'], [
  'logic',
  'composables',
  'components',
  'styles',
  'setup',
  'pages',
  'scripts',
  'tests',
]), importsOnlyFromEarlierLayers(['logic/**'], [
  'composables',
  'components',
  'styles',
  'setup',
  'pages',
  'scripts',
  'tests',
]), importsOnlyFromEarlierLayers(['composables/**', 'components/**', 'styles/**'], ['setup', 'pages', 'scripts', 'tests']))
