/**
 * Receipts and signed checkpoints (issue 16 item 8) on the real stack, through the command line an
 * operator runs. Cases go through the API (their reactions' receipts land in the workflow histories);
 * the singleton checkpoint workflow signs `{origin, size, head, time}` with an Ed25519 key outside the
 * database and appends it to a file outside it. Then, as the database superuser with the trigger
 * disabled, (1) the newest events of a case are deleted, (2) a whole case chain is deleted, (3) a
 * chain is recomputed with consistent hashes — none of which the hash chains alone reveal — and
 * `bangfu audit verify --all` exits 1 naming each case and seq, and the checkpoint whose head no longer
 * recomputes. A forged checkpoint line fails its signature.
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkpointConfig, ensureCheckpointWorkflow, readCheckpoints, signatureValid } from '../../platform/checkpoints.js';
import { createWorker } from '../../platform/worker.js';
import { eventHash, loadChain, verifyChain } from '../../store/audit.js';
import { AUDIT_CHECKPOINT_WORKFLOW_ID, latestCheckpointQuery } from '../../workflows/audit-checkpoints.js';
import { call, person, startApiStack, type ApiStack } from '../api/support.js';
import { NAMESPACE, TEST_PAYLOAD_KEY, testDataConverter, uniqueTaskQueue } from '../support/stack.js';
import { runCli } from './cli.js';
import { reviewedCase } from './reviewed-case.js';

let s: ApiStack;
let stopCheckpoints: () => Promise<void>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-checkpoints-'));
const file = path.join(dir, 'audit-checkpoints.jsonl');
const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const clerk = person('clerk-cp', 'station_clerk');
const reviewer = person('reviewer-cp', 'township_reviewer');
const tApprover = person('tapprover-cp', 'township_approver');

const reviewed = () => reviewedCase(s, { clerk, reviewer, tApprover });

const env = (over: Record<string, string> = {}) => ({
  DATABASE_URL: s.db.url,
  TEMPORAL_ADDRESS: inject('temporalAddress'),
  TEMPORAL_NAMESPACE: NAMESPACE,
  TEMPORAL_TASK_QUEUE: s.taskQueue,
  BANGFU_PAYLOAD_KEY: TEST_PAYLOAD_KEY,
  BANGFU_AUDIT_SIGNING_KEY: signingKey,
  BANGFU_AUDIT_CHECKPOINTS: file,
  ...over,
});
const verifyAll = (over: Record<string, string> = {}) => runCli(['audit', 'verify', '--all'], env(over));

/** Runs SQL as the database owner (superuser) with the immutability trigger switched off. */
async function asSuperuser(fn: (c: pg.Client) => Promise<void>): Promise<void> {
  const c = new pg.Client({ connectionString: s.db.ownerUrl });
  await c.connect();
  try {
    await c.query('begin');
    await c.query('alter table audit_events disable trigger audit_events_no_update_delete');
    await fn(c);
    await c.query('alter table audit_events enable trigger audit_events_no_update_delete');
    await c.query('commit');
  } finally {
    await c.end();
  }
}

let cut: string;
let gone: string;
let recomputed: string;
let intact: string;
/** The checkpoints signed before the tamper (the minute's own may add lines after it). */
let signedBeforeTamper: { lines: number; maxSize: number } | null = null;

beforeAll(async () => {
  s = await startApiStack();
  [cut, gone, recomputed, intact] = await Promise.all([reviewed(), reviewed(), reviewed(), reviewed()]);
  // The checkpoint workflow's worker holds the key and the file (outside the database).
  const queue = uniqueTaskQueue('checkpoints');
  const config = checkpointConfig({ BANGFU_AUDIT_SIGNING_KEY: signingKey, BANGFU_AUDIT_CHECKPOINTS: file, dataDir: dir });
  const w = await createWorker({ address: inject('temporalAddress'), namespace: NAMESPACE, taskQueue: queue, deps: { db: s.db.prisma, payloadKey: TEST_PAYLOAD_KEY, checkpoints: config }, dataConverter: testDataConverter() });
  const running = w.worker.run();
  await ensureCheckpointWorkflow(s.client, queue, { intervalMs: 60_000 });
  stopCheckpoints = async () => {
    await s.client.workflow.getHandle(AUDIT_CHECKPOINT_WORKFLOW_ID).terminate('test over').catch(() => {});
    w.worker.shutdown();
    await running;
    await w.connection.close();
  };
}, 240_000);
afterAll(async () => {
  await stopCheckpoints?.();
  await s?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('receipts and signed checkpoints', () => {
  it('a clean stack verifies: receipts from the histories match, the signed checkpoint recomputes', async () => {
    const cp = await runCli(['audit', 'checkpoint'], env());
    expect(cp.code, cp.stderr).toBe(0);
    expect(cp.json).toMatchObject({ via: 'workflow', checkpoint: { origin: `bangfu/${s.db.name}`, chains: 4 } });
    const { checkpoints } = readCheckpoints(file);
    expect(checkpoints.length).toBeGreaterThanOrEqual(2); // the workflow's first, and the one asked for
    expect(checkpoints.at(-1)).toMatchObject(cp.json.checkpoint);
    expect(signatureValid(checkpoints.at(-1)!, checkpointConfig({ BANGFU_AUDIT_SIGNING_KEY: signingKey, dataDir: dir }).publicKey!)).toBe(true);
    expect(await s.client.workflow.getHandle(AUDIT_CHECKPOINT_WORKFLOW_ID).query(latestCheckpointQuery)).toEqual(cp.json.checkpoint);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');

    const r = await verifyAll();
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ valid: true, cases: 4, checkpoints: { count: checkpoints.length, problems: [] } });
    expect(r.json.receipts.runs).toBe(4);
    expect(r.json.receipts.chains).toBe(4);
    expect(r.json.receipts.receipts).toBeGreaterThanOrEqual(12);
    console.log(`[receipts] clean verify --all: ${r.json.events} events, ${r.json.receipts.receipts} receipts from ${r.json.receipts.runs} histories, ${r.json.ms} ms`);
  }, 180_000);

  it('detects, as the superuser, a cut tail, a deleted chain and a recomputed chain, naming case and seq', async () => {
    // The chain deleted whole holds the log's newest event (a refused action recorded on it), so the
    // tamper cuts the log's tail: a checkpoint taken after it signs a smaller size (the last test).
    const again = await call(s, 'POST', `/v1/tasks/${gone}-township_verification-1/complete`, reviewer, { decision: 'approve' });
    expect(again.status).toBe(409);
    const newest = await s.db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(newest).toMatchObject({ caseId: gone, type: 'action_refused' });
    const before = { cut: await loadChain(s.db.prisma, cut), gone: await loadChain(s.db.prisma, gone), recomputed: await loadChain(s.db.prisma, recomputed) };
    const lastCut = before.cut.length;
    // A checkpoint signed now covers that newest event, whatever the minute's own saw.
    const cp = await runCli(['audit', 'checkpoint'], env());
    expect(cp.code, cp.stderr).toBe(0);
    expect(cp.json.checkpoint.size).toBe(Number(newest.id));
    const signed = readCheckpoints(file).checkpoints;
    signedBeforeTamper = { lines: signed.length, maxSize: Math.max(...signed.map((x) => x.size)) };
    await asSuperuser(async (c) => {
      // (1) the newest two events of a case
      await c.query('delete from audit_events where case_id = $1 and seq > $2', [cut, lastCut - 2]);
      // (2) a whole case chain
      await c.query('delete from audit_events where case_id = $1', [gone]);
      // (3) a decision rewritten and the chain recomputed from there, hashes consistent
      let prev = before.recomputed[1]!.prevHash;
      for (const e of before.recomputed.slice(1)) {
        const data = e.seq === 2 ? { ...e.data, decision: 'reject', reasons: 'rewritten' } : e.data;
        const hash = eventHash(prev, { ...e, data });
        await c.query('update audit_events set data = $3, prev_hash = $4, hash = $5 where case_id = $1 and seq = $2', [recomputed, e.seq, JSON.stringify(data), prev, hash]);
        prev = hash;
      }
    });
    // The hash chains alone hold: nothing is out of order or unlinked.
    expect(verifyChain(await loadChain(s.db.prisma, cut)).valid).toBe(true);
    expect(verifyChain(await loadChain(s.db.prisma, recomputed)).valid).toBe(true);

    const r = await verifyAll();
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.json.valid).toBe(false);
    const byCase = Object.fromEntries(r.json.broken.map((b: { caseId: string }) => [b.caseId, b]));
    expect(Object.keys(byCase).sort()).toEqual([cut, gone, recomputed].sort());
    expect(byCase[cut].brokenAt.seq).toBe(lastCut);
    expect(byCase[cut].brokenAt.reason).toContain(`events ${lastCut - 1}–${lastCut} of ${cut} are missing`);
    expect(byCase[gone].brokenAt.reason).toContain(`the whole chain of ${gone} is missing`);
    expect(byCase[recomputed].brokenAt.seq).toBeGreaterThanOrEqual(2);
    expect(byCase[recomputed].brokenAt.reason).toMatch(/recomputed or replaced/);
    expect(byCase[cut].receipt).toMatchObject({ workflowId: `case-${cut}`, seq: lastCut, eventId: expect.any(Number) });
    expect(byCase[cut].receipt.eventId).toBeGreaterThan(0);
    // The latest checkpoint's head no longer recomputes: named by its line.
    const latestLine = readCheckpoints(file).checkpoints.at(-1)!.line;
    expect(r.json.checkpoints.problems).toEqual(expect.arrayContaining([expect.objectContaining({ line: latestLine, reason: expect.stringMatching(/head does not recompute.*1 chain\(s\) fewer/) })]));
    expect(r.stderr).toContain(`audit chain of case ${gone}`);
    expect(r.stderr).toContain(`audit checkpoint at line ${latestLine}`);

    // Without Temporal the receipts are unchecked (said so), and the checkpoint still fails verify.
    const offline = await verifyAll({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(offline.code).toBe(1);
    expect(offline.json).toMatchObject({ valid: false, receipts: 'unchecked' });
    expect(offline.stderr).toContain('receipts unchecked');
    expect(offline.json.checkpoints.problems.length).toBeGreaterThanOrEqual(1);

    // The untouched case still verifies on its own.
    const one = await runCli(['audit', 'verify', '--case', intact], env());
    expect(one.code, one.stderr).toBe(0);
    expect(one.json).toMatchObject({ valid: true, receipts: { runs: 1, chains: 1 }, checkpoints: 'not checked with --case' });
    // A deleted chain asked for by itself: its receipts name it (not merely "no audit events").
    const lost = await runCli(['audit', 'verify', '--case', gone], env());
    expect(lost.code).toBe(1);
    expect(lost.json).toMatchObject({ valid: false, caseId: gone, cases: 1, events: 0 });
    expect(lost.json.brokenAt.reason).toContain(`the whole chain of ${gone} is missing`);
  }, 240_000);

  it('a forged or reordered checkpoint line fails its signature / the size order', async () => {
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const last = JSON.parse(lines.at(-1)!);
    const forged = path.join(dir, 'forged.jsonl');
    fs.writeFileSync(forged, [...lines, JSON.stringify({ ...last, size: last.size + 1000, time: new Date().toISOString() }), JSON.stringify({ ...last, size: 1, time: new Date(Date.now() + 1000).toISOString() })].join('\n') + '\n');
    const r = await verifyAll({ BANGFU_AUDIT_CHECKPOINTS: forged });
    expect(r.code).toBe(1);
    const reasons = r.json.checkpoints.problems.map((p: { line: number; reason: string }) => `${p.line}: ${p.reason}`).join('\n');
    expect(reasons).toContain(`${lines.length + 1}: signature does not verify`);
    expect(reasons).toContain(`${lines.length + 2}: size went back`);
  }, 120_000);

  it('on demand without Temporal: the checkpoint is taken locally with the same key and file; public-key prints the verifying key', async () => {
    const before = readCheckpoints(file).checkpoints;
    expect(signedBeforeTamper).not.toBeNull();
    const r = await runCli(['audit', 'checkpoint'], env({ TEMPORAL_ADDRESS: '127.0.0.1:1' }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('taking it here');
    expect(r.json).toMatchObject({ via: 'local', file, checkpoint: { origin: `bangfu/${s.db.name}` } });
    const after = readCheckpoints(file).checkpoints;
    expect(after.length).toBe(before.length + 1);
    // The tamper above cut the log's newest events: this checkpoint signs the smaller size it found,
    // and verify names the regression at the first line after the tamper (this one, or the minute's own
    // checkpoint when one was taken between the tamper and now).
    expect(after.at(-1)!.size).toBeLessThan(signedBeforeTamper!.maxSize);
    const v = await verifyAll({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(v.code).toBe(1);
    const wentBack = (v.json.checkpoints.problems as { line: number; reason: string }[]).filter((p) => p.reason.includes('size went back'));
    expect(wentBack.length, JSON.stringify(v.json.checkpoints.problems)).toBeGreaterThanOrEqual(1);
    expect(wentBack[0]!.line).toBeGreaterThan(signedBeforeTamper!.lines);
    expect(wentBack[0]!.line).toBeLessThanOrEqual(after.at(-1)!.line);
    const pub = await runCli(['audit', 'public-key'], env());
    expect(pub.code).toBe(0);
    const { createPublicKey } = await import('node:crypto');
    expect(signatureValid(after.at(-1)!, createPublicKey(pub.stdout))).toBe(true);
    // Without any key the command says so and fails.
    const none = await runCli(['audit', 'public-key'], { DATABASE_URL: s.db.url });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no audit key');
  }, 120_000);
});
