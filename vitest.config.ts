import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The unit tests are pure functions over data and leave no state behind (they pass shuffled, too), so the files
    // share one module graph in worker threads: half the CPU time of isolating each file in its own process.
    pool: 'threads',
    isolate: false,
  },
})
