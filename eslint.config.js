// The current @antfu/eslint-config and its plugins use ES2024–2025 built-ins (Set methods, iterator helpers,
// Object.groupBy) that Node 22 has and Node 20 does not. Polyfill them before the config loads, so linting
// works on both.
import 'core-js/actual/index.js'

const { default: antfu } = await import('@antfu/eslint-config')

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
})
