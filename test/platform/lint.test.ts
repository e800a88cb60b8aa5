/**
 * Workflows only orchestrate: the ESLint rules for workflows/** forbid Node built-ins and I/O modules,
 * importing activities other than as types, and floating promises. The tree passes them, and each
 * rule bites on a bad example.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function lintWorkflow(code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: 'workflows/__lint_probe.ts' });
  return r!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('ESLint: workflows only orchestrate', () => {
  it('the workflow code passes', async () => {
    const results = await eslint.lintFiles(['workflows/**/*.ts']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
  }, 180_000);

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

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('ESLint: store/ owns every query', () => {
  it('api/, activities/, cli/ and platform/ pass', async () => {
    const results = await eslint.lintFiles(['api/**/*.ts', 'activities/**/*.ts', 'cli/**/*.ts', 'platform/**/*.ts']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
  }, 180_000);

  it('refuses pg, the Prisma client and the generated client outside store/', async () => {
    for (const code of [
      `import pg from 'pg';\nexport const x = pg;\n`,
      `import { PrismaClient } from '@prisma/client';\nexport const x = PrismaClient;\n`,
      `import { PrismaClient } from '../generated/prisma/client.js';\nexport const x = PrismaClient;\n`,
    ]) {
      expect((await lintAs('api/__store_probe.ts', code)).join('\n')).toMatch(/Database access lives in store/);
    }
  }, 60_000);

  it('lets a workflow import only the data-free rules', async () => {
    expect(await lintWorkflow(`import { authorize } from '../rules/authority.js';\nexport const x = authorize;\n`)).toEqual([]);
    expect((await lintWorkflow(`import { createCalendar } from '../rules/calendar.js';\nexport const x = createCalendar;\n`)).join('\n')).toMatch(/data-free rules/);
  }, 60_000);
});
