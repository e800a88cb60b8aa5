import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/image: the image's steps (minutes of npm work) run by `npm run test:image` (vitest.image.config.ts).
    exclude: [...configDefaults.exclude, 'test/image/**'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/support/quiet-runtime.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two cores: two files at a time keeps the servers responsive.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: '.bangfu/test-results.json' },
  },
});
