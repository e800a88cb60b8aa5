/**
 * /v1/retirees through the API (inject) on a time-skipping server whose clock the API shares: an intake
 * refused in November (004 §5: the window is February–October; 422 names the rule and the next opening
 * date) and accepted in February; then the file, travel, contacts, claims, reports and emergency
 * treatment, and the tasks they open in GET /v1/tasks for their roles.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { mintToken } from '../../api/tokens.js';
import { recomputeDeadlinesSignal, type Role } from '../../workflows/definitions.js';
import { TEST_ACTOR_KEY, TEST_PAYLOAD_KEY, TEST_PERSON_KEY } from '../support/stack.js';
import { COUNTY, createRetireeHarness, eventually, idNumber, type RetireeHarness } from './harness.js';

let h: RetireeHarness;
let app: FastifyInstance;
let now = 0;
const secret = randomBytes(32).toString('base64url');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function call(method: 'GET' | 'POST', url: string, role: Role, payload?: object, county = COUNTY): Promise<{ status: number; body: any }> {
  now = await h.env.currentTimeMs();
  const token = await mintToken(secret, { sub: `${role}-1`, roles: [role], county });
  const r = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  return { status: r.statusCode, body: JSON.parse(r.body) };
}

const cadre = (over: Record<string, unknown> = {}) => {
  const id = idNumber('19450312');
  return { idNumber: id, name: '王建国', birthDate: '1945-03-12', rankClass: 'division', county: COUNTY, ...over };
};

beforeAll(async () => {
  h = await createRetireeHarness('2026-11-16T10:00:00+08:00');
  app = buildApp({ db: h.db.prisma, temporal: h.env.client, taskQueue: h.taskQueue, secrets: { jwtSecret: secret, payloadKey: TEST_PAYLOAD_KEY, oldPayloadKeys: [], personKey: TEST_PERSON_KEY, actorKey: TEST_ACTOR_KEY }, auth: {}, clock: () => new Date(now) });
  await app.ready();
}, 120_000);
afterAll(async () => {
  await app?.close();
  await h?.close();
});

describe('intake window (004 §5)', () => {
  it('in November: 422 naming the rule and the next opening date, nothing registered', async () => {
    const r = await call('POST', '/v1/retirees', 'retiree_officer', cadre());
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'WINDOW_CLOSED', ref: '004 §5', nextOpening: '2027-02-01' });
    expect(r.body.detail).toMatch(/004 §5.*month 2 to month 10.*2027-02-01/);
    expect(await h.db.prisma.retiree.count()).toBe(0);
  });

  it('bad input is 400 naming the field; the wrong role is 403; another county is 403', async () => {
    const bad = await call('POST', '/v1/retirees', 'retiree_officer', cadre({ rankClass: 'colonel' }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/rankClass/);
    expect((await call('POST', '/v1/retirees', 'institution_head', cadre())).status).toBe(403);
    expect((await call('POST', '/v1/retirees', 'retiree_officer', cadre(), '220103')).status).toBe(403);
  });

  let id: string;
  it('in February: 201, the institution is the county\'s, the person sealed and masked', async () => {
    await h.sleepUntil('2027-02-01T09:00:00+08:00');
    const body = cadre();
    const r = await call('POST', '/v1/retirees', 'retiree_officer', body);
    expect(r.status).toBe(201);
    id = r.body.id;
    expect(r.body).toMatchObject({ status: 'active', rankClass: 'division', institution: COUNTY, county: COUNTY, paySuspended: false, lastContactOn: '2027-02-01' });
    expect(r.body.idNumber).not.toBe(body.idNumber);
    const row = await h.db.prisma.retiree.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row.person)).not.toContain(body.idNumber);
    expect((await call('POST', '/v1/retirees', 'retiree_officer', body)).status).toBe(409);
    const audited = await call('GET', `/v1/retirees/${id}`, 'auditor');
    expect(audited.body).toMatchObject({ name: '王建国', idNumber: body.idNumber });
    expect((await call('GET', `/v1/retirees/${id}`, 'retiree_officer', undefined, '220103')).status).toBe(404);
  });

  // 2027's holidays are not official yet: provisional, counting the statutory 春节 (除夕 02-05 to 初三, with 补假 for the weekend: 02-05, 02-08–02-10) — 02-01 + 10 working days = 02-19.
  it('travel of a 师级 cadre opens travel_approval in the upper department\'s inbox only', async () => {
    const r = await call('POST', `/v1/retirees/${id}/travel`, 'retiree_officer', { destination: '日本', departOn: '2027-03-01', plannedReturnOn: '2027-03-10', headOpinion: '同意' });
    expect(r.status).toBe(201);
    expect(r.body.travelId).toBe(`${id}-T1`);
    expect(r.body.tasks).toEqual([expect.objectContaining({ type: 'travel_approval', role: 'retiree_approver', status: 'open', dueDate: '2027-02-19' })]);
    const inbox = await call('GET', '/v1/tasks', 'retiree_approver');
    expect(inbox.body.items).toEqual([expect.objectContaining({ type: 'travel_approval', caseId: id, dueDate: '2027-02-19', overdue: false })]);
    expect((await call('GET', '/v1/tasks', 'retiree_officer')).body.items).toEqual([]);
    expect((await call('POST', `/v1/retirees/${id}/travel`, 'retiree_officer', { destination: '韩国', departOn: '2027-04-01' })).status).toBe(409);
    // This 409 is on the retiree's chain; the other county's read (404 to the caller) is a probe: it goes to
    // the security log, never into a chain that caller may not read (issue 16 item 9).
    const refused = await h.db.prisma.auditEvent.findMany({ where: { caseId: id, type: 'action_refused' }, orderBy: { seq: 'asc' } });
    expect(refused.map((e) => (e.data as { code: string }).code)).toEqual(['WRONG_STATE']);
    const probes = await h.db.prisma.securityEvent.findMany({ where: { target: `retiree ${id}` } });
    expect(probes).toEqual([expect.objectContaining({ kind: 'refused_outside_jurisdiction', code: 'WRONG_JURISDICTION' })]);
    expect(probes[0]!.actor).toMatchObject({ county: '220103' });
  });

  it('when 2027 becomes official the provisional deadline is recomputed (a test holiday week 02-08…02-12)', async () => {
    const week = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];
    await h.db.prisma.calendarYear.create({ data: { year: 2027, holidays: week, workdays: [], source: 'test', loadedBy: 'test' } });
    await h.handle(id).signal(recomputeDeadlinesSignal, { reason: '2027 loaded' });
    await eventually(async () => expect(await h.db.prisma.task.findFirstOrThrow({ where: { caseId: id, type: 'travel_approval' } })).toMatchObject({ dueDate: '2027-02-22', provisional: false }));
  });

  it('a contact, a medical claim, a §16 post and an emergency treatment', async () => {
    const c = await call('POST', `/v1/retirees/${id}/contacts`, 'retiree_officer', { method: 'visit', notes: '上门走访' });
    expect(c.status).toBe(201);
    expect(c.body.contacts).toEqual([expect.objectContaining({ id: c.body.contactId, method: 'visit', notes: '上门走访', contactedBy: 'retiree_officer-1' })]);
    const m = await call('POST', `/v1/retirees/${id}/medical-claims`, 'retiree_officer', { selfPaidFen: 6_000_000 });
    expect(m.status).toBe(201);
    expect(m.body.medicalClaims).toEqual([expect.objectContaining({ id: m.body.claimId, period: '2027', status: 'checking', selfPaidFen: 6_000_000 })]);
    const rp = await call('POST', `/v1/retirees/${id}/reports`, 'retiree_officer', { kind: 'social_organisation_post', details: '老年书画协会副会长' });
    expect(rp.body.reports).toEqual([expect.objectContaining({ kind: 'social_organisation_post', status: 'pending_approval' })]);
    const em = await call('POST', `/v1/retirees/${id}/emergency-treatments`, 'retiree_officer', { treatedOn: '2027-01-30', hospital: '吉林大学第一医院', basis: 'retirement_certificate' });
    expect(em.status).toBe(201);
    const officerInbox = (await call('GET', '/v1/tasks', 'retiree_officer')).body.items.map((t: { type: string }) => t.type).sort();
    expect(officerInbox).toEqual(['emergency_paperwork', 'medical_claim_check']);
    const approverInbox = (await call('GET', '/v1/tasks', 'retiree_approver')).body.items.map((t: { type: string }) => t.type).sort();
    // (the upper department's inbox: the travel approval and the §16 post)
    expect(approverInbox).toEqual(['report_approval', 'travel_approval']);
    const bad = await call('POST', `/v1/retirees/${id}/medical-claims`, 'retiree_officer', { selfPaidFen: -1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/selfPaidFen/);
    expect((await call('POST', `/v1/retirees/${id}/contacts`, 'retiree_approver', { method: 'phone' })).status).toBe(403);
  });

  it('the upper department decides the travel through the shared task routes (POST /v1/tasks/{id}/claim, /complete)', async () => {
    const task = await h.db.prisma.task.findFirstOrThrow({ where: { caseId: id, type: 'travel_approval' } });
    expect(task).toMatchObject({ subjectType: 'retiree', workflowId: `retiree-${id}` });
    // The institution's staff do not hold the upper department's role: 403, and nothing reaches the workflow.
    expect((await call('POST', `/v1/tasks/${task.id}/complete`, 'retiree_officer', { decision: 'approve' })).status).toBe(403);
    const claimed = await call('POST', `/v1/tasks/${task.id}/claim`, 'retiree_approver');
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    expect(claimed.body).toMatchObject({ task: { id: task.id, claimedBy: 'retiree_approver-1', status: 'open' }, subject: { type: 'retiree', id } });
    const done = await call('POST', `/v1/tasks/${task.id}/complete`, 'retiree_approver', { decision: 'approve', reasons: '同意出访' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.task).toMatchObject({ id: task.id, status: 'completed' });
    expect((await call('POST', `/v1/tasks/${task.id}/complete`, 'retiree_approver', { decision: 'approve', reasons: 'again' })).status).toBe(409);
  });
});
