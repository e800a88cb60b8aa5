/**
 * The audit log against the workflow histories in Temporal (issue items 4 and 5), through the command
 * line an operator runs, on the test Temporal server:
 * - `bangfu replay --case <id>` replays a case made through the API against the current workflow code
 *   (also with the payload key rotated: the old key only in BANGFU_PAYLOAD_OLD_KEYS);
 * - `bangfu reconcile` finds every decision accepted by a workflow in its audit log and vice versa, and
 *   reports a planted discrepancy in either direction.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcileCase } from '../../cli/commands/reconcile.js';
import { AesGcmCodec } from '../../platform/codec.js';
import { appendEventNow } from '../../store/audit.js';
import { person, startApiStack, type ApiStack } from '../api/support.js';
import { NAMESPACE, TEST_PAYLOAD_KEY } from '../support/stack.js';
import { runCli } from './cli.js';
import { reviewedCase } from './reviewed-case.js';

let s: ApiStack;
const clerk = person('clerk-r', 'station_clerk');
const reviewer = person('reviewer-r', 'township_reviewer');
const tApprover = person('tapprover-r', 'township_approver');

const reviewed = () => reviewedCase(s, { clerk, reviewer, tApprover });

const temporalEnv = () => ({ TEMPORAL_ADDRESS: inject('temporalAddress'), TEMPORAL_NAMESPACE: NAMESPACE, BANGFU_PAYLOAD_KEY: TEST_PAYLOAD_KEY });

let good: string;
let planted: string;
let deleted: string;

beforeAll(async () => {
  s = await startApiStack();
  [good, planted, deleted] = await Promise.all([reviewed(), reviewed(), reviewed()]);
}, 240_000);
afterAll(async () => s?.close());

describe('bangfu replay', () => {
  it('replays a case made through the API against the current workflow code: exit 0 and a JSON summary', async () => {
    const r = await runCli(['replay', '--case', good], temporalEnv());
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ replayed: 1, failed: 0, results: [] });
    expect(r.json.events).toBeGreaterThan(10);
    console.log(`[replay] --case: ${r.json.events} events replayed in ${r.json.ms} ms (${r.ms} ms wall incl. bundling)`);
  }, 180_000);

  it('still decodes after a key rotation (old key in BANGFU_PAYLOAD_OLD_KEYS); fails without it', async () => {
    const fresh = randomBytes(32).toString('base64');
    const rotated = await runCli(['replay', '--case', good], { ...temporalEnv(), BANGFU_PAYLOAD_KEY: fresh, BANGFU_PAYLOAD_OLD_KEYS: TEST_PAYLOAD_KEY });
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(rotated.json).toMatchObject({ replayed: 1, failed: 0 });
    const lost = await runCli(['replay', '--case', good], { ...temporalEnv(), BANGFU_PAYLOAD_KEY: fresh });
    expect(lost.code).not.toBe(0);
    expect(lost.stdout + lost.stderr).toMatch(/unknown key|BANGFU_PAYLOAD_OLD_KEYS/);
    expect((await runCli(['replay'], temporalEnv())).code).toBe(2);
  }, 300_000);
});

describe('bangfu reconcile', () => {
  beforeAll(async () => {
    // Planted: a decision the workflow never took, written straight into the log as the owner.
    const owner = (await import('../../store/db.js')).openDb(s.db.ownerUrl, { max: 1 });
    await appendEventNow(owner.prisma, {
      caseId: planted,
      eventKey: `planted:${planted}`,
      at: new Date().toISOString(),
      actor: { sub: 'intruder', roles: ['county_approver'], county: '330302' },
      type: 'task_completed',
      data: { taskId: `${planted}-county_decision-1`, taskType: 'county_decision', decision: 'approve', reasons: 'planted' },
    });
    await owner.close();
    // Deleted: a real decision's audit event removed behind the trigger's back.
    const c = new pg.Client({ connectionString: s.db.ownerUrl });
    await c.connect();
    await c.query('begin');
    await c.query('alter table audit_events disable trigger audit_events_no_update_delete');
    await c.query(`delete from audit_events where case_id = $1 and type = 'task_completed' and data->>'taskType' = 'township_verification'`, [deleted]);
    await c.query('alter table audit_events enable trigger audit_events_no_update_delete');
    await c.query('commit');
    await c.end();
  }, 60_000);

  it('agrees for an untouched case (every decision has its task_completed event and vice versa)', async () => {
    const codec = new AesGcmCodec(TEST_PAYLOAD_KEY);
    const r = await reconcileCase(s.client, s.db.prisma, codec, good);
    expect(r).toMatchObject({ ok: true, decisions: 2, taskCompletedEvents: 2, missingInAudit: [], missingInHistory: [], mismatched: [] });
    const cli = await runCli(['reconcile', '--case', good], { ...temporalEnv(), DATABASE_URL: s.db.url });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.json).toMatchObject({ caseId: good, ok: true, decisions: 2, taskCompletedEvents: 2 });
  }, 120_000);

  it('reports an audit event with no decision in the workflow, and a decision with no audit event', async () => {
    const codec = new AesGcmCodec(TEST_PAYLOAD_KEY);
    const p = await reconcileCase(s.client, s.db.prisma, codec, planted);
    expect(p.ok).toBe(false);
    expect(p.missingInHistory).toEqual([expect.objectContaining({ taskId: `${planted}-county_decision-1`, decision: 'approve' })]);
    expect(p.missingInAudit).toEqual([]);
    const d = await reconcileCase(s.client, s.db.prisma, codec, deleted);
    expect(d.ok).toBe(false);
    expect(d.missingInAudit).toEqual([expect.objectContaining({ taskId: `${deleted}-township_verification-1`, decision: 'approve' })]);

    const [one, all] = await Promise.all([
      runCli(['reconcile', '--case', planted], { ...temporalEnv(), DATABASE_URL: s.db.url }),
      runCli(['reconcile', '--all-open'], { ...temporalEnv(), DATABASE_URL: s.db.url }),
    ]);
    expect(one.code).toBe(1);
    expect(one.json.missingInHistory[0].taskId).toBe(`${planted}-county_decision-1`);
    expect(one.stderr).toContain(`${planted}-county_decision-1`);
    expect(all.code).toBe(1);
    expect(all.json).toMatchObject({ ok: false, discrepancies: 2 });
    expect(all.json.cases).toBeGreaterThanOrEqual(3);
    expect(all.json.results.map((r: { caseId: string }) => r.caseId).sort()).toEqual([deleted, planted].sort());
    expect(all.stderr).toContain('has no task_completed audit event');
    expect(all.stderr).toContain('has no decision in the workflow history');
    expect((await runCli(['reconcile'], temporalEnv())).code).toBe(2);
  }, 180_000);
});
