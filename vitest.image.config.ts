import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:image`: the production image's steps in a clean folder (npm ci, build, prune, start the
// built entry points) — minutes of npm work, so kept out of `npm test` (issue 16 item 3).
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/image/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    outputFile: { json: '.bangfu/test-image-results.json' },
  },
});
