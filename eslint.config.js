// ESLint: TypeScript rules everywhere, and for workflows/** the rules that keep workflow code
// deterministic: no Node built-ins, no I/O modules, no activity implementations (types only), and
// floating promises are errors (a forgotten await silently reorders a case's history). platform/**
// may not import scripts/ (the import direction is scripts → platform).
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process',
  'readline', 'stream', 'timers', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'generated/**', '.bangfu/**', '.tools/**', 'dist/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['workflows/**/*.ts'],
    // __lint_probe.ts: the virtual file test/platform/lint.test.ts lints to prove each rule bites.
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['workflows/__lint_probe.ts'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'Workflows are deterministic: no Node built-ins (do I/O in an activity).' })),
            { name: 'pg', message: 'No database access in workflows: use an activity.' },
            { name: '@prisma/client', message: 'No database access in workflows: use an activity.' },
            { name: 'chinese-days', message: 'Calendar data is read by activities, so a calendar update never changes a replay.' },
            { name: '@temporalio/client', message: 'Workflows use @temporalio/workflow only.' },
            { name: '@temporalio/worker', message: 'Workflows use @temporalio/workflow only.' },
            { name: '@temporalio/activity', message: 'Workflows use @temporalio/workflow only.' },
          ],
          patterns: [
            { group: ['../activities/*', '!../activities/index.js'], message: 'Import activities as types only, via ../activities/index.js.' },
            { group: ['../store/*', '!../store/transition.js'], message: 'No database access in workflows.' },
            { group: ['../api/*', '../platform/*', '../scripts/*', '../rules/*', '../generated/*'], message: 'Workflows only orchestrate: no API, platform, rules or generated code.' },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Imports run one way: scripts/ (and test/, bench/) wire platform/, never the reverse; what
    // platform needs (ports, the embedded database, the Temporal CLI locator) lives in platform/.
    files: ['platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.{1,2}/)+scripts(/|$)', message: 'platform/ must not import scripts/ (scripts import platform, not the other way round).' },
          ],
        },
      ],
      // The same for import(): `no-restricted-imports` does not see dynamic imports. (\x2F is '/'.)
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^(\\.{1,2}\\x2F)+scripts(\\x2F|$)/]',
          message: 'platform/ must not import scripts/ (scripts import platform, not the other way round).',
        },
      ],
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      // Activity and store modules may be referenced for their types only.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[importKind!='type'][source.value=/activities|store/]",
          message: 'Workflows may import activities and store modules as types only (import type …).',
        },
      ],
    },
  },
);
