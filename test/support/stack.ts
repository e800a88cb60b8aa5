/**
 * Per-test-file access to the real stack started by test/global-setup.ts: an own database made from
 * the migrated template, an own task queue, a worker running the real workflows and activities.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { openDb, type DbHandle } from '../../store/db.js';
import { createWorker } from '../../platform/worker.js';
import { signingInterceptors } from '../../platform/actor-signing.js';
import { dataConverter } from '../../platform/codec.js';

export const NAMESPACE = 'bangfu';
/** A test-only payload key: the suites run with encryption on, as production does. */
export const TEST_PAYLOAD_KEY = Buffer.alloc(32, 7).toString('base64');
/** A test-only person key (HKDF input of personKeyOf), distinct from the payload key. */
export const TEST_PERSON_KEY = Buffer.alloc(32, 9).toString('base64');
/** A test-only actor key (issue 16 item 5): the tests' clients sign updates with it, their workers check them. */
export const TEST_ACTOR_KEY = Buffer.alloc(32, 5).toString('base64');
export const testDataConverter = () => dataConverter(TEST_PAYLOAD_KEY);

export interface TestDatabase extends DbHandle {
  name: string;
  url: string;
  ownerUrl: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: inject('pgOwnerUrl') });
  await admin.connect();
  // Template copies need the template to be idle; retry briefly when another file is copying too.
  for (let i = 0; ; i++) {
    try {
      await admin.query(`create database "${name}" template bangfu_template`);
      break;
    } catch (e) {
      if (i > 50 || !/being accessed by other users/.test(String((e as Error).message))) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const url = inject('pgAppUrlTemplate').replace('__DB__', name);
  const ownerUrl = inject('pgOwnerUrl').replace(/\/postgres$/, `/${name}`);
  const handle = openDb(url, { max: 10 });
  return {
    ...handle,
    name,
    url,
    ownerUrl,
    async drop() {
      await handle.close();
      const c = new pg.Client({ connectionString: inject('pgOwnerUrl') });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

export async function connectClient(): Promise<Client> {
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  return new Client({ connection, namespace: NAMESPACE, dataConverter: testDataConverter(), interceptors: signingInterceptors(TEST_ACTOR_KEY)! });
}

export function uniqueTaskQueue(prefix = 'test'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function startTestWorker(db: DbHandle, taskQueue: string, opts: { workflowStackTraces?: boolean } = {}) {
  const { worker, connection } = await createWorker({
    ...opts,
    address: inject('temporalAddress'),
    namespace: NAMESPACE,
    taskQueue,
    deps: { db: db.prisma, payloadKey: TEST_PAYLOAD_KEY },
    dataConverter: testDataConverter(),
    actorKey: TEST_ACTOR_KEY,
  });
  const running = worker.run();
  return {
    worker,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
