/**
 * Issue 16 item 5 on the real stack (PostgreSQL, the Temporal dev server, the worker with the payload
 * codec and the actor key, the API): whoever reaches Temporal without the API's key cannot act as an
 * official, a plaintext payload never reaches workflow code, and failures raised in workflow code are
 * not stored in clear.
 *
 * (a) a client WITH the payload codec but without the actor key: unsigned, signed with another key,
 *     stale, another case's / update's / arguments' signature — each rejected, nothing recorded;
 * (b) a client WITHOUT the codec: its update is refused and its signals dropped, and the case goes on
 *     to be paid through the API (no workflow task failed on the way);
 * (c) a failure raised in workflow code (here: the guard failing a plaintext start) is in the history
 *     only sealed.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, WorkflowFailedError, WorkflowUpdateFailedError, type WorkflowClientInterceptor } from '@temporalio/client';
import { ApplicationFailure, defaultPayloadConverter } from '@temporalio/common';
import { actorKeyHex, signingInterceptors } from '../../platform/actor-signing.js';
import { loadSecrets } from '../../platform/secrets.js';
import { workflowBundle } from '../../platform/worker.js';
import { AUTH_HEADER, sign } from '../../rules/actor-signature.js';
import { GUARD_FAILURE } from '../../workflows/guard.js';
import { claimTaskUpdate, recomputeDeadlinesSignal, retryStuckSignal, stateQuery, workflowIdForCase } from '../../workflows/definitions.js';
import { NAMESPACE, TEST_ACTOR_KEY, testDataConverter } from '../support/stack.js';
import { caseInput } from '../workflow/harness.js';
import { COUNTY, application, call, openStep, person, startApiStack, waitForCase, type ApiStack } from '../api/support.js';

let s: ApiStack;
beforeAll(async () => {
  // Publication lasts 0 working days, so an approved case is payable at once.
  s = await startApiStack({ parameters: [{ key: 'publication_working_days', value: 0 }] });
}, 180_000);
afterAll(async () => s?.close());

const clerk = person('clerk-a', 'station_clerk');
const reviewer = person('reviewer-a', 'township_reviewer');
const tApprover = person('tapprover-a', 'township_approver');
const cApprover = person('capprover-a', 'county_approver', COUNTY, null);
const finance = person('finance-a', 'finance', COUNTY, null);

/** A client on the same Temporal as the API's, with the given data converter and interceptors. */
const clientWith = (o: { codec: boolean; interceptors?: WorkflowClientInterceptor[] }) =>
  new Client({ connection: s.client.connection, namespace: NAMESPACE, ...(o.codec ? { dataConverter: testDataConverter() } : {}), ...(o.interceptors ? { interceptors: { workflow: o.interceptors } } : {}) });

/** Signs with the real key, but for something else than what it sends (a replayed or altered signature). */
const resigned = (over: { workflowId?: string; name?: string; updateId?: string; args?: unknown[] }): WorkflowClientInterceptor => ({
  async startUpdate(input, next) {
    const updateId = randomUUID();
    const what = { workflowId: input.workflowExecution.workflowId, name: input.updateName, updateId, args: input.args, ...over };
    const auth = sign(actorKeyHex(TEST_ACTOR_KEY), what, Date.now());
    return next({ ...input, options: { ...input.options, updateId }, headers: { ...input.headers, [AUTH_HEADER]: defaultPayloadConverter.toPayload(auth) } });
  },
});

async function refusal(p: Promise<unknown>): Promise<ApplicationFailure> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (e as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

async function apply(over: Record<string, unknown> = {}) {
  const r = await call(s, 'POST', '/v1/cases', clerk, application(over));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

/** The kinds of a case's history events, named by their attributes (e.g. workflowExecutionSignaled). */
const eventTypes = async (caseId: string) =>
  ((await s.client.workflow.getHandle(workflowIdForCase(caseId)).fetchHistory()).events ?? []).map((e) => Object.keys(e).find((k) => k.endsWith('EventAttributes') && (e as Record<string, unknown>)[k])!.replace(/EventAttributes$/, ''));

describe('item 5 (a): a client with the payload codec but not the actor key cannot act as an official', () => {
  it('unsigned, another key, stale, another case’s, update’s or arguments’ signature: rejected, nothing recorded; the API’s signed claim then works', async () => {
    const a = await apply();
    const b = await apply();
    const taskId = openStep(a, 'township_verification');
    const wid = workflowIdForCase(a.id);
    const args: [{ taskId: string; actor: typeof reviewer }] = [{ taskId, actor: reviewer }];
    const claim = (c: Client) => c.workflow.getHandle(wid).executeUpdate(claimTaskUpdate, { args });
    const eventsBefore = await s.db.prisma.auditEvent.count({ where: { caseId: a.id } });

    const unsigned = await refusal(claim(clientWith({ codec: true })));
    expect(unsigned).toMatchObject({ type: GUARD_FAILURE, message: expect.stringMatching(/unsigned/) });
    const otherKey = await refusal(claim(clientWith({ codec: true, interceptors: signingInterceptors(randomBytes(32).toString('base64'))!.workflow })));
    expect(otherKey).toMatchObject({ type: GUARD_FAILURE, message: expect.stringMatching(/does not match/) });
    for (const skew of [-6 * 60_000, 6 * 60_000]) {
      const stale = await refusal(claim(clientWith({ codec: true, interceptors: signingInterceptors(TEST_ACTOR_KEY, () => Date.now() + skew)!.workflow })));
      expect(stale).toMatchObject({ type: GUARD_FAILURE, message: expect.stringMatching(/more than 5 minutes/) });
    }
    const replays = [
      { workflowId: workflowIdForCase(b.id) }, // another case's signature
      { name: 'unclaimTask' }, // another update's
      { updateId: randomUUID() }, // another call's
      { args: [{ taskId, actor: { ...reviewer, sub: 'reviewer-who-signed' } }] }, // other arguments (the actor)
    ];
    for (const over of replays) {
      const r = await refusal(claim(clientWith({ codec: true, interceptors: [resigned(over)] })));
      expect(r, JSON.stringify(over)).toMatchObject({ type: GUARD_FAILURE, message: expect.stringMatching(/does not match/) });
    }

    // Nothing recorded: not in the workflow, not in the database, not in the history.
    const state = await s.client.workflow.getHandle(wid).query(stateQuery);
    expect(state.tasks.find((t) => t.id === taskId)).toMatchObject({ status: 'open', claimedBy: null });
    expect(await s.db.prisma.auditEvent.count({ where: { caseId: a.id } })).toBe(eventsBefore);
    expect((await s.db.prisma.task.findUniqueOrThrow({ where: { id: taskId } })).claimedBy).toBeNull();
    expect((await eventTypes(a.id)).filter((t) => t === 'workflowExecutionUpdateAccepted')).toHaveLength(1); // intake only

    // The same claim through the API (whose client signs) is taken.
    const ok = await call(s, 'POST', `/v1/tasks/${taskId}/claim`, reviewer, {});
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await s.db.prisma.task.findUniqueOrThrow({ where: { id: taskId } })).claimedBy).toBe(reviewer.sub);
  });
});

describe('item 5 (b): a plaintext payload never reaches workflow code', () => {
  it('an update and signals from a client without the codec are refused (even signed), and the case goes on to be paid', async () => {
    const v = await apply({ matter: 'temporary_aid', benefit: { requestedFen: 150_000 } });
    const wid = workflowIdForCase(v.id);
    const taskId = openStep(v, 'township_verification');
    const plain = clientWith({ codec: false, interceptors: signingInterceptors(TEST_ACTOR_KEY)!.workflow });
    // Refused; this client cannot even read why (the refusal's text comes back sealed with the payload key).
    await expect(plain.workflow.getHandle(wid).executeUpdate(claimTaskUpdate, { args: [{ taskId, actor: reviewer }] })).rejects.toThrow(/Unknown encoding: binary\/encrypted/);
    await plain.workflow.getHandle(wid).signal(retryStuckSignal, { by: 'forger' });
    await plain.workflow.getHandle(wid).signal(recomputeDeadlinesSignal, { reason: 'forged' });
    const sealedButUnsigned = await refusal(clientWith({ codec: true }).workflow.getHandle(wid).executeUpdate(claimTaskUpdate, { args: [{ taskId, actor: reviewer }] }));
    expect(sealedButUnsigned.type).toBe(GUARD_FAILURE);

    // The case goes on: township, county decision, payment, through the API.
    const complete = async (view: unknown, type: string, who: typeof reviewer, extra: Record<string, unknown> = {}) => {
      const r = await call(s, 'POST', `/v1/tasks/${openStep(view, type)}/complete`, who, { decision: 'approve', reasons: `${type}: checked`, ...extra });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    };
    const t1 = await complete(v, 'township_verification', reviewer, { evidence: ['visit-1'] });
    const t2 = await complete(t1, 'township_opinion', tApprover);
    await complete(t2, 'county_decision', cApprover, { publish: false, amountFen: 150_000 });
    await waitForCase(s, v.id, finance, (x) => x.status === 'payable');
    const paid = await call(s, 'POST', `/v1/cases/${v.id}/payments`, finance, {});
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body).toMatchObject({ status: 'paid', payment: { period: 'once', amountFen: 150_000 } });

    const types = await eventTypes(v.id);
    expect(types.filter((t) => t === 'workflowExecutionSignaled')).toHaveLength(2); // Temporal took them …
    expect(types).not.toContain('workflowTaskFailed'); // … and the workflow dropped them without failing
    const refusedClaims = await s.db.prisma.auditEvent.count({ where: { caseId: v.id, type: 'task_claimed' } });
    expect(refusedClaims).toBe(0);
  });
});

describe('item 5 (c): failures raised in workflow code are sealed in the history', () => {
  it('a plaintext workflow start fails in the guard; its message and stack are not in the history in clear', async () => {
    const workflowId = `case-FORGED${randomUUID().slice(0, 8).toUpperCase()}`;
    const plain = clientWith({ codec: false });
    await plain.workflow.start('caseWorkflow', { workflowId, taskQueue: s.taskQueue, args: [{ caseId: workflowId.slice(5), matter: 'temporary_aid' }] });
    const failed = await s.client.workflow.getHandle(workflowId).result().then(() => null, (x: unknown) => x);
    expect(failed).toBeInstanceOf(WorkflowFailedError);
    // The API's client (with the codec) reads the text …
    expect((failed as WorkflowFailedError).cause?.message).toMatch(/arrived unsealed/);
    // … the history holds it only sealed.
    const history = await s.client.workflow.getHandle(workflowId).fetchHistory();
    const f = history.events!.find((e) => e.workflowExecutionFailedEventAttributes)!.workflowExecutionFailedEventAttributes!.failure!;
    expect(f.message).toBe('Encoded failure');
    expect(f.stackTrace ?? '').toBe('');
    expect(Buffer.from(f.encodedAttributes!.metadata!.encoding!).toString()).toBe('binary/encrypted');
    expect(Buffer.from(f.encodedAttributes!.data!).toString('latin1')).not.toMatch(/unsealed|guard\.ts/);
  });
});

describe('item 5 (a): nor start a case of its own', () => {
  it('a sealed but unsigned start of a case with an emergency payment fails in the guard: no case, no payment', async () => {
    const input = caseInput({ receivedAt: new Date().toISOString(), emergency: { amountFen: 50_000, reason: '房屋火灾' } });
    const workflowId = workflowIdForCase(input.caseId);
    await clientWith({ codec: true }).workflow.start('caseWorkflow', { workflowId, taskQueue: s.taskQueue, args: [input] });
    const failed = await s.client.workflow.getHandle(workflowId).result().then(() => null, (x: unknown) => x);
    expect(failed).toBeInstanceOf(WorkflowFailedError);
    expect((failed as WorkflowFailedError).cause).toMatchObject({ type: GUARD_FAILURE, message: expect.stringMatching(/start:caseWorkflow: unsigned/) });
    expect(await s.db.prisma.case.count({ where: { id: input.caseId } })).toBe(0);
    expect(await s.db.prisma.payment.count({ where: { caseId: input.caseId } })).toBe(0);
    // The same start signed (as the API and its activities sign) runs and pays the emergency aid.
    const signed = { ...input, caseId: `${input.caseId}S` };
    await s.client.workflow.start('caseWorkflow', { workflowId: workflowIdForCase(signed.caseId), taskQueue: s.taskQueue, args: [signed] });
    for (let i = 0; i < 100 && (await s.db.prisma.payment.count({ where: { caseId: signed.caseId } })) === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await s.db.prisma.payment.count({ where: { caseId: signed.caseId, kind: 'emergency' } })).toBe(1);
  });
});

describe('item 5: the actor key', () => {
  it('is generated into secrets.json (0600) on the embedded path, kept across loads, and BANGFU_ACTOR_KEY overrides it', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-actor-')), 'data');
    const first = loadSecrets(dir, {});
    expect(Buffer.from(first.actorKey, 'base64')).toHaveLength(32);
    expect(first.actorKey).not.toBe(first.payloadKey);
    expect(fs.statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(loadSecrets(dir, {}).actorKey).toBe(first.actorKey);
    expect(loadSecrets(dir, { BANGFU_ACTOR_KEY: TEST_ACTOR_KEY }).actorKey).toBe(TEST_ACTOR_KEY);
  });

  it('is compiled into the workflow bundle: the cache file is per key (the name hashes it) and 0600', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-bundle-'));
    const other = randomBytes(32).toString('base64');
    await workflowBundle({ cacheDir: dir, actorKey: TEST_ACTOR_KEY });
    await workflowBundle({ cacheDir: dir, actorKey: other });
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(2);
    for (const f of files) expect(fs.statSync(path.join(dir, f)).mode & 0o777, f).toBe(0o600);
    const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(texts.filter((t) => t.includes(actorKeyHex(TEST_ACTOR_KEY)))).toHaveLength(1);
    expect(texts.filter((t) => t.includes(actorKeyHex(other)))).toHaveLength(1);
    expect(files.join(' ')).not.toContain(actorKeyHex(other).slice(0, 16));
  }, 120_000);
});
