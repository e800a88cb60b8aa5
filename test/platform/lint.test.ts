/**
 * Workflows only orchestrate: the ESLint rules for workflows/** forbid Node built-ins and I/O modules,
 * importing activities other than as types, and floating promises. platform/** may not import
 * scripts/ (imports run scripts → platform). The tree passes them, and each rule bites on a bad example.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
/** Linting a whole tree with type information takes about a minute when the shared 2-core machine is busy. */
const TREE_TIMEOUT = 180_000;

async function lintWorkflow(code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: 'workflows/__lint_probe.ts' });
  return r!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('ESLint: workflows only orchestrate', () => {
  it('the workflow code passes', async () => {
    const results = await eslint.lintFiles(['workflows/**/*.ts']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
  }, TREE_TIMEOUT);

  it('refuses Node built-ins and database modules in a workflow', async () => {
    expect((await lintWorkflow(`import fs from 'node:fs';\nexport const x = fs;\n`)).join('\n')).toMatch(/no-restricted-imports/);
    expect((await lintWorkflow(`import pg from 'pg';\nexport const x = pg;\n`)).join('\n')).toMatch(/No database access/);
  }, 60_000);

  it('refuses a value import of activities', async () => {
    const msgs = await lintWorkflow(`import { createActivities } from '../activities/index.js';\nexport const x = createActivities;\n`);
    expect(msgs.join('\n')).toMatch(/types only/);
  }, 60_000);

  it('refuses a floating promise', async () => {
    const msgs = await lintWorkflow(`import { sleep } from '@temporalio/workflow';\nexport async function wf(): Promise<void> {\n  sleep(1);\n}\n`);
    expect(msgs.join('\n')).toMatch(/no-floating-promises/);
  }, 60_000);
});

async function lintAt(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('ESLint: store/ owns every query', () => {
  it('api/, activities/, cli/ and platform/ pass', async () => {
    const results = await eslint.lintFiles(['api/**/*.ts', 'activities/**/*.ts', 'cli/**/*.ts', 'platform/**/*.ts']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
  }, TREE_TIMEOUT);

  it('refuses pg, the Prisma client and the generated client outside store/', async () => {
    for (const code of [
      `import pg from 'pg';\nexport const x = pg;\n`,
      `import { PrismaClient } from '@prisma/client';\nexport const x = PrismaClient;\n`,
      `import { PrismaClient } from '../generated/prisma/client.js';\nexport const x = PrismaClient;\n`,
    ]) {
      expect((await lintAt('api/__store_probe.ts', code)).join('\n')).toMatch(/Database access lives in store/);
    }
  }, 60_000);

  it('lets a workflow import only the data-free rules', async () => {
    expect(await lintWorkflow(`import { authorize } from '../rules/authority.js';\nexport const x = authorize;\n`)).toEqual([]);
    expect((await lintWorkflow(`import { createCalendar } from '../rules/calendar.js';\nexport const x = createCalendar;\n`)).join('\n')).toMatch(/data-free rules/);
  }, 60_000);
});

describe('ESLint: platform/ does not import scripts/', () => {
  it('the platform code passes', async () => {
    const results = await eslint.lintFiles(['platform/**/*.ts']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
  }, TREE_TIMEOUT);

  it('refuses an import of scripts/ from platform/ at any depth: import, re-export or import()', async () => {
    const top = await lintAt('platform/__lint_probe.ts', `import { ensureTemporalCli } from '../scripts/lib/tools.js';\nexport const x = ensureTemporalCli;\n`);
    expect(top.join('\n')).toMatch(/no-restricted-imports: .*platform\/ must not import scripts\//);
    const nested = await lintAt('platform/tools/__lint_probe.ts', `export { ensureTestServer } from '../../scripts/lib/tools/test-server.js';\n`);
    expect(nested.join('\n')).toMatch(/platform\/ must not import scripts\//);
    const dynamic = await lintAt('platform/__lint_probe.ts', `export async function f() {\n  return (await import('../scripts/lib/tools.js')).ensureTemporalCli;\n}\n`);
    expect(dynamic.join('\n')).toMatch(/no-restricted-syntax: platform\/ must not import scripts\//);
  }, 60_000);

  it('allows platform/ to import platform/, and scripts/ to import platform/', async () => {
    expect(await lintAt('platform/__lint_probe.ts', `import { freePort } from './ports.js';\nexport const x = freePort;\n`)).toEqual([]);
    expect(await lintAt('scripts/__lint_probe.ts', `import { freePort } from '../platform/ports.js';\nexport const x = freePort;\n`)).toEqual([]);
  }, 60_000);
});
