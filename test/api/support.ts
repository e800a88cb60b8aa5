/**
 * The API on the real stack for one test file: its own database, task queue and worker, the app built
 * with buildApp (as the start script does), and tokens minted with the code `bangfu token` uses.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Client } from '@temporalio/client';
import { buildApp } from '../../api/app.js';
import { mintToken, type MintOptions } from '../../api/tokens.js';
import type { Secrets } from '../../platform/secrets.js';
import { idCheckCharacter } from '../../rules/index.js';
import type { Role } from '../../workflows/definitions.js';
import { TEST_ACTOR_KEY, TEST_PAYLOAD_KEY, TEST_PERSON_KEY, connectClient, createTestDatabase, startTestWorker, uniqueTaskQueue, type TestDatabase } from '../support/stack.js';

export const COUNTY = '330302';
export const TOWNSHIP = '330302001';
export const TOWNSHIP_2 = '330302002';
export const COUNTY_B = '330303';
export const TOWNSHIP_B = '330303001';

export interface ApiStack {
  app: FastifyInstance;
  db: TestDatabase;
  client: Client;
  taskQueue: string;
  secrets: Secrets;
  token(o: MintOptions): Promise<string>;
  close(): Promise<void>;
}

export async function startApiStack(opts: { parameters?: { key: string; value: unknown; region?: string }[] } = {}): Promise<ApiStack> {
  const db = await createTestDatabase();
  // The local 低保 standard is regional policy loaded by ops, no national default (001 §四(一); issue 12):
  // the test counties have one, as a region in production must before it files living-supplement cases.
  const regional = [COUNTY, COUNTY_B].flatMap((region) => [
    { key: 'dibao_standard_fen', value: 100_000, region },
    { key: 'prev_year_per_capita_consumption_fen', value: 4_200_000, region },
  ]);
  for (const p of [...regional, ...(opts.parameters ?? [])]) {
    await db.prisma.parameter.create({
      data: { region: p.region ?? COUNTY, key: p.key, effectiveFrom: '2000-01-01', value: p.value as never, ref: 'test', notInSeeds: true, createdBy: 'test' },
    });
  }
  const client = await connectClient();
  const taskQueue = uniqueTaskQueue('api');
  const worker = await startTestWorker(db, taskQueue);
  const secrets: Secrets = { jwtSecret: randomBytes(32).toString('base64url'), payloadKey: TEST_PAYLOAD_KEY, oldPayloadKeys: [], personKey: TEST_PERSON_KEY, actorKey: TEST_ACTOR_KEY };
  const app = buildApp({ db: db.prisma, temporal: client, taskQueue, secrets, auth: {}, workflowTimeoutMs: 45_000 });
  await app.ready();
  return {
    app,
    db,
    client,
    taskQueue,
    secrets,
    token: (o) => mintToken(secrets.jwtSecret, o),
    async close() {
      await app.close();
      await worker.stop();
      await client.connection.close();
      await db.drop();
    },
  };
}

export interface Person {
  sub: string;
  roles: Role[];
  county: string;
  township?: string;
}

/** An official; township null for county-level officials without one. */
export const person = (sub: string, roles: Role | Role[], county = COUNTY, township: string | null = TOWNSHIP): Person => ({
  sub,
  roles: Array.isArray(roles) ? roles : [roles],
  county,
  ...(township ? { township } : {}),
});

export interface Res {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Record<string, unknown>;
}

/** Pass as the idempotency-key header to send none at all. */
export const NO_IDEMPOTENCY_KEY = '\u0000none';

/** An HTTP call through inject, as `who` (a token string, a Person, or nobody). */
export async function call(
  s: ApiStack,
  method: 'GET' | 'POST',
  url: string,
  who: Person | string | null,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<Res> {
  const auth = who === null ? {} : { authorization: `Bearer ${typeof who === 'string' ? who : await s.token(who)}` };
  // A payment needs an Idempotency-Key (issue 16 item 16): like every real client, send a fresh one
  // unless the test names its own (or sends NO_IDEMPOTENCY_KEY to see the refusal).
  if (method === 'POST' && /\/payments$/.test(url.split('?')[0]!) && !('idempotency-key' in headers)) headers = { ...headers, 'idempotency-key': `t-${randomBytes(8).toString('hex')}` };
  if (headers['idempotency-key'] === NO_IDEMPOTENCY_KEY) {
    const { 'idempotency-key': _drop, ...rest } = headers;
    headers = rest;
  }
  const r = await s.app.inject({ method, url, headers: { ...auth, ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  let body: unknown = r.body;
  try {
    body = JSON.parse(r.body);
  } catch {
    /* not JSON */
  }
  return { status: r.statusCode, body, headers: r.headers };
}

/** A valid GB 11643 number for an area code, birth date (YYYYMMDD) and sequence. */
export function makeIdNumber(area: string, birth: string, seq: string): string {
  const body = `${area}${birth}${seq}`;
  return body + idCheckCharacter(body);
}

/** A fresh valid ID number (random birth date and sequence), so each test's applicant is new. */
export function freshIdNumber(area = COUNTY): string {
  const y = 1950 + randomInt(50);
  const m = String(1 + randomInt(12)).padStart(2, '0');
  const d = String(1 + randomInt(28)).padStart(2, '0');
  return makeIdNumber(area, `${y}${m}${d}`, String(randomInt(1000)).padStart(3, '0'));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function application(over: Record<string, any> = {}): Record<string, any> {
  const idNumber = over.idNumber ?? freshIdNumber();
  const { idNumber: _ignored, applicant, ...rest } = over;
  return {
    applicant: { idNumber, name: '张三丰', category: 'veteran', birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`, householdStatus: 'dibao', ...(applicant ?? {}) },
    matter: 'living_supplement',
    hardshipSituation: 2,
    county: COUNTY,
    township: TOWNSHIP,
    consentToMeansCheck: true,
    filedBy: { capacity: 'self' },
    ...rest,
  };
}

/** The open task of a type on a case, as the case view shows it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function openStep(view: any, type: string): string {
  const step = (view.steps as { id: string; type: string; status: string }[]).find((s) => s.type === type && s.status === 'open');
  if (!step) throw new Error(`no open ${type} step; steps: ${JSON.stringify(view.steps.map((s: { type: string; status: string }) => `${s.type}:${s.status}`))} (status ${view.status})`);
  return step.id;
}

/** Polls GET /v1/cases/:id until pred holds. */
export async function waitForCase(s: ApiStack, id: string, who: Person, pred: (v: any) => boolean, timeoutMs = 20_000): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await call(s, 'GET', `/v1/cases/${id}`, who);
    if (r.status === 200 && pred(r.body)) return r.body;
    if (Date.now() > until) throw new Error(`case ${id} did not reach the expected state; last: ${r.status} ${JSON.stringify(r.body).slice(0, 600)}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}
