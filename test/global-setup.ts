/**
 * Starts the real servers every test talks to, once per `npm test`: an embedded PostgreSQL (fresh data
 * directory) with the migrated template database, and a Temporal CLI dev server. Each test file then
 * makes its own database from the template and its own task queue (test/support/stack.ts), so files
 * run in parallel without seeing each other.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, ensurePrismaClient, grantAppRole, migrateDeploy, startEmbeddedPostgres } from '../platform/database.js';
import { freePort } from '../platform/ports.js';
import { ensureTemporalCli } from '../scripts/lib/tools.js';
import { startDevServer } from '../platform/embedded-temporal.js';

export const TEMPLATE_DB = 'bangfu_template';

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-test-'));
  await ensurePrismaClient();
  const [db, bin] = await Promise.all([startEmbeddedPostgres({ dataDir: dir }), ensureTemporalCli()]);
  await ensureDatabase(db.ownerUrl('postgres'), TEMPLATE_DB);
  await migrateDeploy(db.ownerUrl(TEMPLATE_DB));
  await grantAppRole(db.ownerUrl(TEMPLATE_DB));
  const port = await freePort();
  const temporal = await startDevServer({ bin, port, namespaces: ['bangfu'], logFile: path.join(dir, 'temporal.log') });

  project.provide('pgOwnerUrl', db.ownerUrl('postgres'));
  project.provide('pgAppUrlTemplate', db.appUrl('__DB__'));
  project.provide('temporalAddress', temporal.address);
  project.provide('temporalCli', bin);
  project.provide('testDataDir', dir);

  return async () => {
    await temporal.stop();
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgOwnerUrl: string;
    pgAppUrlTemplate: string;
    temporalAddress: string;
    temporalCli: string;
    testDataDir: string;
  }
}
