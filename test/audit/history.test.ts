/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies in tests */
/**
 * GET /v1/cases/{id}/history (auditors in full; officials of the jurisdiction masked), ?asOf=,
 * /history/verify and /export on the real stack (SPEC §5 Auditors; issue item 2), and refused actions
 * recorded as events (item 1).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../rules/index.js';
import { eventHash, GENESIS_HASH } from '../../store/audit.js';
import { COUNTY, COUNTY_B, TOWNSHIP_2, TOWNSHIP_B, application, call, freshIdNumber, openStep, person, startApiStack, type ApiStack } from '../api/support.js';

let s: ApiStack;
const clerk = person('clerk-h', 'station_clerk');
const reviewer = person('reviewer-h', 'township_reviewer');
const tApprover = person('tapprover-h', 'township_approver');
const cApprover = person('capprover-h', 'county_approver', COUNTY, null);
const finance = person('finance-h', 'finance', COUNTY, null);
const auditor = person('auditor-h', 'auditor', COUNTY, null);
const auditorB = person('auditor-hb', 'auditor', COUNTY_B, null);
const otherCountyReviewer = person('reviewer-hb', 'township_reviewer', COUNTY_B, TOWNSHIP_B);
const otherTownshipReviewer = person('reviewer-h2', 'township_reviewer', COUNTY, TOWNSHIP_2);
const NAME = '欧阳明远';
const GUARDIAN = '欧阳秀英';

let idNumber: string;
let caseId: string;
/** Instants between the steps, for ?asOf. */
const marks: Record<string, string> = {};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  s = await startApiStack();
  idNumber = freshIdNumber();
  const created = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber, applicant: { name: NAME }, filedBy: { capacity: 'guardian', name: GUARDIAN, relation: 'spouse' } }));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  caseId = created.body.id;
  await sleep(30);
  marks.afterIntake = new Date().toISOString();
  await sleep(30);
  // Officials write names and ID numbers into free text; other officials must not read them whole.
  const v = await call(s, 'POST', `/v1/tasks/${openStep(created.body, 'township_verification')}/complete`, reviewer, { decision: 'approve', reasons: `入户核实：${NAME}，身份证 ${idNumber}，与户籍一致` });
  expect(v.status, JSON.stringify(v.body)).toBe(200);
  await sleep(30);
  marks.afterVerification = new Date().toISOString();
  const o = await call(s, 'POST', `/v1/tasks/${openStep(v.body, 'township_opinion')}/complete`, tApprover, { decision: 'approve', reasons: 'eligible' });
  expect(o.status).toBe(200);
  const d = await call(s, 'POST', `/v1/tasks/${openStep(o.body, 'county_decision')}/complete`, cApprover, { decision: 'approve', reasons: 'approved', publish: false });
  expect(d.status, JSON.stringify(d.body)).toBe(200);
  expect(d.body.status).toBe('payable');
  await sleep(30);
  marks.beforePayment = new Date().toISOString();
  const p = await call(s, 'POST', `/v1/cases/${caseId}/payments`, finance, {});
  expect(p.status, JSON.stringify(p.body)).toBe(201);
}, 240_000);
afterAll(async () => s?.close());

describe('history', () => {
  it('auditors get every event in order, hash-chained, as stored', async () => {
    const h = await call(s, 'GET', `/v1/cases/${caseId}/history`, auditor);
    expect(h.status, JSON.stringify(h.body)).toBe(200);
    expect(h.body.masked).toBe(false);
    expect(h.body.verification).toMatchObject({ valid: true });
    const events = h.body.events as any[];
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const e of events) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['seq', 'at', 'actor', 'type', 'data', 'refs', 'prevHash', 'hash']));
      expect(e.prevHash).toBe(prev);
      expect(eventHash(prev, e)).toBe(e.hash); // an auditor can recompute every hash from what they got
      prev = e.hash;
    }
    const types = events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['case_received', 'task_opened', 'task_completed', 'case_payable', 'payment_made', 'case_paid']));
    const verified = events.find((e) => e.type === 'task_completed' && e.data.taskType === 'township_verification');
    expect(verified.actor.sub).toBe('reviewer-h');
    expect(verified.data.reasons).toContain(idNumber);
    const payment = events.find((e) => e.type === 'payment_made');
    expect(payment.data.breakdown).toBeTruthy();
    expect(events.find((e) => e.type === 'case_received').data.filedBy.name).toBe(GUARDIAN);
  });

  it('officials of the jurisdiction see it with names and ID numbers masked; hashes as stored', async () => {
    const full = await call(s, 'GET', `/v1/cases/${caseId}/history`, auditor);
    for (const who of [reviewer, cApprover, finance, person('ops-h', 'ops', COUNTY, null)]) {
      const h = await call(s, 'GET', `/v1/cases/${caseId}/history`, who);
      expect(h.status, `${who.sub}: ${JSON.stringify(h.body).slice(0, 300)}`).toBe(200);
      expect(h.body.masked).toBe(true);
      const text = JSON.stringify(h.body);
      expect(text).not.toContain(idNumber);
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(GUARDIAN);
      expect(text).toContain(maskIdNumber(idNumber));
      expect(h.body.events.map((e: any) => [e.seq, e.hash, e.prevHash])).toEqual(full.body.events.map((e: any) => [e.seq, e.hash, e.prevHash]));
      expect(h.body.verification).toEqual(full.body.verification);
    }
  });

  it('outside the jurisdiction → 404 (like a case that does not exist), recorded in the security log, not in the case\'s chain', async () => {
    const { instance: _n, ...absent } = (await call(s, 'GET', '/v1/cases/BF330302000000NOSUCH/history', auditor)).body;
    for (const who of [otherCountyReviewer, otherTownshipReviewer, auditorB]) {
      const r = await call(s, 'GET', `/v1/cases/${caseId}/history`, who);
      expect(r.status).toBe(404);
      const { instance: _i, ...rest } = r.body;
      expect(rest).toEqual(absent);
    }
    expect((await call(s, 'GET', `/v1/cases/${caseId}/history`, null)).status).toBe(401);
    const h = await call(s, 'GET', `/v1/cases/${caseId}/history`, auditor);
    // issue 16 item 9: a probe from outside must not append to a chain the prober may not read.
    const inChain = h.body.events.filter((e: any) => ['reviewer-hb', 'reviewer-h2', 'auditor-hb'].includes(e.actor.sub));
    expect(inChain).toEqual([]);
    const log = await s.db.prisma.securityEvent.findMany({ where: { target: caseId, action: 'read_history' } });
    expect(log.map((e) => (e.actor as { sub: string }).sub)).toEqual(expect.arrayContaining(['reviewer-hb', 'reviewer-h2', 'auditor-hb']));
    expect(log.every((e) => e.code === 'WRONG_JURISDICTION' && e.kind === 'refused_outside_jurisdiction')).toBe(true);
    // and the county's auditor reads it there
    const sec = await call(s, 'GET', '/v1/security/events?kind=refused_outside_jurisdiction', auditor);
    expect(sec.status).toBe(200);
    expect(sec.body.items.filter((e: any) => e.target === caseId).map((e: any) => e.actor.sub)).toEqual(expect.arrayContaining(['reviewer-hb', 'reviewer-h2', 'auditor-hb']));
  });

  it('refused actions are events: a wrong role completing a task is in the history with why', async () => {
    const v = await call(s, 'GET', `/v1/cases/${caseId}`, auditor);
    const task = v.body.steps.find((x: any) => x.type === 'township_opinion').id;
    const r = await call(s, 'POST', `/v1/tasks/${task}/complete`, clerk, { decision: 'reject', reasons: 'x' });
    expect(r.status).toBe(403);
    const h = await call(s, 'GET', `/v1/cases/${caseId}/history`, auditor);
    const refused = h.body.events.filter((e: any) => e.type === 'action_refused' && e.actor.sub === 'clerk-h');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.at(-1).data).toMatchObject({ code: 'WRONG_ROLE', status: 403 });
  });
});

describe('history ?asOf', () => {
  it('shows the case as it stood at a past instant, with the events up to then', async () => {
    const now = await call(s, 'GET', `/v1/cases/${caseId}/history`, auditor);
    const atIntake = await call(s, 'GET', `/v1/cases/${caseId}/history?asOf=${encodeURIComponent(marks.afterIntake!)}`, auditor);
    expect(atIntake.status, JSON.stringify(atIntake.body)).toBe(200);
    expect(atIntake.body.asOf).toBe(marks.afterIntake);
    expect(atIntake.body.status).toBe('township_review');
    expect(atIntake.body.case.status).toBe('township_review');
    const verification = atIntake.body.case.tasks.find((t: any) => t.type === 'township_verification');
    expect(verification.status).toBe('open');
    expect(atIntake.body.events.every((e: any) => e.at <= marks.afterIntake!)).toBe(true);
    expect(atIntake.body.events.length).toBeLessThan(now.body.events.length);
    expect(atIntake.body.snapshotSeq).toBe(Math.max(...atIntake.body.events.filter((e: any) => e.data.snapshot).map((e: any) => e.seq)));
    // Of the events recorded at one instant only the last carries the snapshot (it is the one asOf can answer with).
    const caseEvents = now.body.events.filter((e: any) => e.type !== 'action_refused');
    expect(caseEvents.filter((e: any) => e.data.snapshot).length).toBeLessThan(caseEvents.length);

    const afterVerification = await call(s, 'GET', `/v1/cases/${caseId}/history?asOf=${encodeURIComponent(marks.afterVerification!)}`, auditor);
    expect(afterVerification.body.case.tasks.find((t: any) => t.type === 'township_verification').status).toBe('completed');
    expect(afterVerification.body.case.status).toBe('township_review');

    // The same instant written with an offset (an unencoded "+" arrives as a space: both work).
    const local = new Date(Date.parse(marks.beforePayment!) + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    const beforePayment = await call(s, 'GET', `/v1/cases/${caseId}/history?asOf=${local}`, auditor);
    expect(beforePayment.status, JSON.stringify(beforePayment.body)).toBe(200);
    expect(beforePayment.body.status).toBe('payable');
    expect(beforePayment.body.case.payments).toEqual([]);
    const latest = await call(s, 'GET', `/v1/cases/${caseId}/history?asOf=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, auditor);
    expect(latest.body.status).toBe('paid');
  });

  it('400 on a bad instant; 404 before the case existed; masked for officials', async () => {
    for (const bad of ['yesterday', '2026-13-45T00:00:00Z', '2026-11-23', '2026-11-23T10:00:00', '1700000000000']) {
      const r = await call(s, 'GET', `/v1/cases/${caseId}/history?asOf=${encodeURIComponent(bad)}`, auditor);
      expect(r.status, bad).toBe(400);
      expect(r.body.errors[0].path).toBe('asOf');
    }
    const before = await call(s, 'GET', `/v1/cases/${caseId}/history?asOf=2020-01-01T00:00:00Z`, auditor);
    expect(before.status).toBe(404);
    const masked = await call(s, 'GET', `/v1/cases/${caseId}/history?asOf=${encodeURIComponent(marks.afterVerification!)}`, reviewer);
    expect(masked.status).toBe(200);
    expect(masked.body.masked).toBe(true);
    expect(JSON.stringify(masked.body)).not.toContain(idNumber);
  });
});

describe('verify and export', () => {
  it('/history/verify says valid, and names the first broken event after tampering', async () => {
    const other = await call(s, 'POST', '/v1/cases', clerk, application());
    expect(other.status).toBe(201);
    const id = other.body.id;
    const ok = await call(s, 'GET', `/v1/cases/${id}/history/verify`, auditor);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ caseId: id, valid: true });
    expect(ok.body.brokenAt).toBeUndefined();
    expect((await call(s, 'GET', `/v1/cases/${id}/history/verify`, reviewer)).body.valid).toBe(true);
    expect((await call(s, 'GET', `/v1/cases/${id}/history/verify`, otherCountyReviewer)).status).toBe(404);
    const c = new pg.Client({ connectionString: s.db.ownerUrl });
    await c.connect();
    await c.query('begin');
    await c.query('alter table audit_events disable trigger audit_events_no_update_delete');
    await c.query(`update audit_events set actor = jsonb_set(actor, '{sub}', '"someone-else"') where case_id = $1 and seq = 1`, [id]);
    await c.query('alter table audit_events enable trigger audit_events_no_update_delete');
    await c.query('commit');
    await c.end();
    const broken = await call(s, 'GET', `/v1/cases/${id}/history/verify`, auditor);
    expect(broken.body).toMatchObject({ valid: false, brokenAt: { seq: 1 } });
    expect((await call(s, 'GET', `/v1/cases/${id}/history`, auditor)).body.verification).toMatchObject({ valid: false, brokenAt: { seq: 1 } });
  });

  it('/export: one JSON bundle with history, case, payments with breakdowns and verification, as a file', async () => {
    const r = await call(s, 'GET', `/v1/cases/${caseId}/export`, auditor);
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    expect(String(r.headers['content-type'])).toMatch(/application\/json/);
    expect(String(r.headers['content-disposition'])).toMatch(new RegExp(`^attachment; filename="bangfu-case-${caseId}-\\d{8}T\\d{6}Z\\.json"$`));
    const b = r.body;
    expect(b).toMatchObject({ format: 'bangfu.case-export/1', caseId, exportedBy: 'auditor-h', verification: { valid: true } });
    expect(b.case.applicant.idNumber).toBe(idNumber);
    expect(b.case.status).toBe('paid');
    expect(b.payments).toHaveLength(1);
    expect(b.payments[0]).toMatchObject({ item: 'living_supplement', kind: 'regular' });
    expect(b.payments[0].amountFen).toBeGreaterThan(0);
    expect(b.payments[0].breakdown).toBeTruthy();
    expect(b.history.events.at(-1).type).toBe('case_exported');
    expect(b.verification.events).toBe(b.history.events.length);
    // Auditors only, and only their county's.
    expect((await call(s, 'GET', `/v1/cases/${caseId}/export`, cApprover)).status).toBe(403);
    expect((await call(s, 'GET', `/v1/cases/${caseId}/export`, auditorB)).status).toBe(404);
    expect((await call(s, 'GET', '/v1/cases/BF330302000000NOSUCH/export', auditor)).status).toBe(404);
  });

  it('the system chain (ops admin) is readable by auditors and ops, not by others', async () => {
    expect((await call(s, 'GET', '/v1/cases/_system/history', auditor)).status).toBe(200);
    expect((await call(s, 'GET', '/v1/cases/_system/history/verify', person('ops-h2', 'ops', COUNTY, null))).status).toBe(200);
    expect((await call(s, 'GET', '/v1/cases/_system/history', reviewer)).status).toBe(404);
  });
});
