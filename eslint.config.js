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

/** rules/ modules a workflow may import: pure and data-free. */
const WORKFLOW_RULES = ['vocabulary.js', 'actor-signature.js', 'steps.js', 'authority.js', 'overdue.js', 'matter-class.js', 'caps.js', 'months.js', 'timezone.js', 'dates.js', 'duties/plan.js', 'priority.js'];

/** Only store/ talks to the database: everything else asks a store/ repository. */
const DATABASE_MODULES = {
  paths: ['pg', '@prisma/client', '@prisma/adapter-pg', 'prisma'].map((name) => ({ name, message: 'Database access lives in store/: call a store/ repository.' })),
  patterns: [{ group: ['**/generated/prisma/*', '**/generated/prisma'], message: 'Database access lives in store/: call a store/ repository.' }],
};

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
            // Types only (the no-restricted-syntax rule below refuses a value import of either).
            { group: ['**/activities/*', '**/activities/**'], allowTypeImports: true, message: 'Import activities as types only.' },
            { group: ['**/store/*'], allowTypeImports: true, message: 'No database access in workflows.' },
            { group: ['**/api/*', '**/platform/*', '**/scripts/*', '**/generated/*'], message: 'Workflows only orchestrate: no API, platform or generated code.' },
            {
              // The pure, data-free rules a workflow may decide with. Calendars and parameters are data
              // ops change: activities read them, so a change never alters a replay.
              group: ['**/rules/*', '**/rules/*/*', ...WORKFLOW_RULES.map((m) => `!**/rules/${m}`), '!**/rules/parameter-defaults.js', '!**/rules/duties',
                // Of the benefit modules only the referral outcomes (data-free: the departments and their answers).
                '!**/rules/benefits', '**/rules/benefits/*', '!**/rules/benefits/referrals.js'],
              message: 'Workflows use only the data-free rules (vocabulary, steps, authority, overdue, matter classes, months); calendars and parameters are read by activities.',
            },
            { group: ['**/rules/parameter-defaults.js'], allowTypeImports: true, message: 'Parameter keys as types only: values are read by activities.' },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // store/ owns every query: api/, activities/ and cli/ never import a database client.
    // test/platform/lint.test.ts lints a virtual api/__store_probe.ts to prove the rule bites.
    files: ['api/**/*.ts', 'activities/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', DATABASE_MODULES],
    },
  },
  {
    // platform/: no database client either (store/ owns it), and imports run one way: scripts/ (and
    // test/, bench/) wire platform/, never the reverse. One block, so the two restrictions combine.
    files: ['platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DATABASE_MODULES.paths,
          patterns: [
            ...DATABASE_MODULES.patterns,
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
