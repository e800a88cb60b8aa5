/**
 * The authorisation matrix, generated from one table (role × route × own / other township / other
 * county), run 50 requests at a time against the real stack: no cross-jurisdiction read or write
 * succeeds, nothing outside the caller's area leaks, and nobody approves what they reviewed.
 * SPEC §2 "Who may act".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levelOfRole } from '../../rules/authority.js';
import { ROLES, TASK_ROLE, type Role, type TaskType } from '../../workflows/definitions.js';
import {
  COUNTY,
  COUNTY_B,
  TOWNSHIP,
  TOWNSHIP_2,
  TOWNSHIP_B,
  application,
  call,
  freshIdNumber,
  openStep,
  person,
  startApiStack,
  type ApiStack,
  type Person,
  type Res,
} from './support.js';

type Juris = 'own' | 'otherTownship' | 'otherCounty';
const JURIS: Juris[] = ['own', 'otherTownship', 'otherCounty'];
const placeOf: Record<Juris, { county: string; township: string }> = {
  own: { county: COUNTY, township: TOWNSHIP },
  otherTownship: { county: COUNTY, township: TOWNSHIP_2 },
  otherCounty: { county: COUNTY_B, township: TOWNSHIP_B },
};
const actorFor = (role: Role, j: Juris): Person => person(`${role}@${j}`, role, placeOf[j].county, placeOf[j].township);

/** Does a role held at `j` cover a case in the own township? */
const covers = (role: Role, j: Juris) => j === 'own' || (j === 'otherTownship' && levelOfRole(role) === 'county');

interface Targets {
  /** township_review: open township_verification */
  T: { id: string; task: string };
  /** county_review: open county_decision; the township opinion was given by dual-1 */
  C: { id: string; task: string };
  /** rejected, appealable */
  R: { id: string };
  /** payable */
  P: { id: string };
}

interface Row {
  route: string;
  method: 'GET' | 'POST';
  url: (t: Targets) => string;
  body?: unknown;
  /** Roles that may use the route at all (undefined: every official role). */
  roles?: readonly Role[];
  /** For task routes: the task's type (its role and level decide). */
  taskType?: TaskType;
  /** Level of jurisdiction the route needs. */
  level: 'township' | 'county' | 'any';
}

const TASK_ACTION_ROLES = [...new Set(Object.values(TASK_ROLE).map((t) => t.role))];

/** The one table. */
const TABLE: Row[] = [
  { route: 'read T', method: 'GET', url: (t) => `/v1/cases/${t.T.id}`, level: 'any' },
  { route: 'read C', method: 'GET', url: (t) => `/v1/cases/${t.C.id}`, level: 'any' },
  { route: 'read R', method: 'GET', url: (t) => `/v1/cases/${t.R.id}`, level: 'any' },
  { route: 'read P', method: 'GET', url: (t) => `/v1/cases/${t.P.id}`, level: 'any' },
  // Officials of the jurisdiction read the history (masked); auditors in full. Export: auditors only.
  { route: 'history C', method: 'GET', url: (t) => `/v1/cases/${t.C.id}/history`, level: 'any' },
  { route: 'verify C', method: 'GET', url: (t) => `/v1/cases/${t.C.id}/history/verify`, level: 'any' },
  { route: 'export C', method: 'GET', url: (t) => `/v1/cases/${t.C.id}/export`, roles: ['auditor'], level: 'county' },
  { route: 'claim verification', method: 'POST', url: (t) => `/v1/tasks/${t.T.task}/claim`, roles: TASK_ACTION_ROLES, taskType: 'township_verification', level: 'township' },
  { route: 'complete verification', method: 'POST', url: (t) => `/v1/tasks/${t.T.task}/complete`, body: { decision: 'approve', reasons: 'matrix' }, roles: TASK_ACTION_ROLES, taskType: 'township_verification', level: 'township' },
  { route: 'claim decision', method: 'POST', url: (t) => `/v1/tasks/${t.C.task}/claim`, roles: TASK_ACTION_ROLES, taskType: 'county_decision', level: 'county' },
  { route: 'complete decision', method: 'POST', url: (t) => `/v1/tasks/${t.C.task}/complete`, body: { decision: 'reject', reasons: 'matrix' }, roles: TASK_ACTION_ROLES, taskType: 'county_decision', level: 'county' },
  { route: 'appeal R', method: 'POST', url: (t) => `/v1/cases/${t.R.id}/appeal`, body: { reasons: 'matrix' }, roles: ['station_clerk'], level: 'township' },
  { route: 'objection C', method: 'POST', url: (t) => `/v1/cases/${t.C.id}/objections`, body: { text: 'matrix' }, roles: ['station_clerk'], level: 'township' },
  { route: 'recheck C', method: 'POST', url: (t) => `/v1/cases/${t.C.id}/recheck`, body: { reasons: 'matrix' }, roles: ['county_approver'], level: 'county' },
  { route: 'pay P', method: 'POST', url: (t) => `/v1/cases/${t.P.id}/payments`, body: {}, roles: ['finance'], level: 'county' },
  { route: 'stop P', method: 'POST', url: (t) => `/v1/cases/${t.P.id}/stop`, body: { reasons: 'matrix' }, roles: ['county_approver', 'finance'], level: 'county' },
];

type Expect = { kind: 'exact'; status: number } | { kind: 'allowed' };

/** What the table says a request must get. */
function expected(row: Row, role: Role, j: Juris): Expect {
  if (row.roles && !row.roles.includes(role)) return { kind: 'exact', status: 403 };
  if (!covers(role, j)) return { kind: 'exact', status: 404 };
  if (row.taskType && TASK_ROLE[row.taskType].role !== role) return { kind: 'exact', status: 403 };
  return { kind: 'allowed' };
}

let s: ApiStack;
let t: Targets;
const clerk = person('clerk-1', 'station_clerk');
const reviewer = person('reviewer-1', 'township_reviewer');
const tApprover = person('tapprover-1', 'township_approver');
const dual = person('dual-1', 'township_approver');
const cApprover = person('capprover-1', 'county_approver', COUNTY, null);

async function mustBe(r: Res, status: number): Promise<Res> {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r;
}

async function toCounty(opinionBy: Person) {
  const v = (await mustBe(await call(s, 'POST', '/v1/cases', clerk, application()), 201)).body;
  const a = await mustBe(await call(s, 'POST', `/v1/tasks/${openStep(v, 'township_verification')}/complete`, reviewer, { decision: 'approve' }), 200);
  const b = await mustBe(await call(s, 'POST', `/v1/tasks/${openStep(a.body, 'township_opinion')}/complete`, opinionBy, { decision: 'approve', reasons: 'eligible' }), 200);
  return b.body;
}

beforeAll(async () => {
  s = await startApiStack();
  const T = (await mustBe(await call(s, 'POST', '/v1/cases', clerk, application({ idNumber: freshIdNumber() })), 201)).body;
  const C = await toCounty(dual);
  const R0 = await toCounty(tApprover);
  const R = (await mustBe(await call(s, 'POST', `/v1/tasks/${openStep(R0, 'county_decision')}/complete`, cApprover, { decision: 'reject', reasons: 'income too high' }), 200)).body;
  const P0 = await toCounty(tApprover);
  const P = (await mustBe(await call(s, 'POST', `/v1/tasks/${openStep(P0, 'county_decision')}/complete`, cApprover, { decision: 'approve', reasons: 'eligible', publish: false }), 200)).body;
  expect(R.status).toBe('rejected');
  expect(P.status).toBe('payable');
  t = { T: { id: T.id, task: openStep(T, 'township_verification') }, C: { id: C.id, task: openStep(C, 'county_decision') }, R: { id: R.id }, P: { id: P.id } };
}, 240_000);
afterAll(async () => s?.close());

describe('authorisation matrix', () => {
  it('role × route × jurisdiction, 50 at a time: 0 cross-jurisdiction reads or writes, 0 self-approvals', async () => {
    const cases: { row: Row; role: Role; j: Juris; who: Person; exp: Expect }[] = [];
    for (const row of TABLE) for (const role of ROLES) for (const j of JURIS) cases.push({ row, role, j, who: actorFor(role, j), exp: expected(row, role, j) });
    // The reviewer of case C, now acting as county approver: must never decide it.
    const dualCounty = person('dual-1', 'county_approver', COUNTY, null);
    const decision = TABLE.find((r) => r.route === 'complete decision')!;
    for (let i = 0; i < 5; i++) cases.push({ row: decision, role: 'county_approver', j: 'own', who: dualCounty, exp: { kind: 'exact', status: 403 } });
    // Shuffle, so own and other requests race each other.
    cases.sort(() => Math.random() - 0.5);

    // A case outside the caller's area must look exactly like a case that does not exist.
    const { instance: _n, ...notFoundShape } = (await call(s, 'GET', '/v1/cases/BF330302000000NOSUCH', clerk)).body as Record<string, unknown>;
    const failures: string[] = [];
    let leaks = 0;
    for (let i = 0; i < cases.length; i += 50) {
      const batch = cases.slice(i, i + 50);
      const results = await Promise.all(batch.map((c) => call(s, c.row.method, c.row.url(t), c.who, c.row.body)));
      batch.forEach((c, k) => {
        const r = results[k]!;
        expect(r.status).toBeLessThan(500);
        const label = `${c.who.sub} ${c.row.route}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`;
        if (c.exp.kind === 'exact') {
          const okSod = c.who.sub === 'dual-1' && r.status === 409; // already decided by someone else
          if (r.status !== c.exp.status && !okSod) failures.push(`expected ${c.exp.status}: ${label}`);
          if (!covers(c.role, c.j) && r.status < 400) failures.push(`cross-jurisdiction success: ${label}`);
          if (r.status === 404) {
            const { instance: _i, ...rest } = r.body as Record<string, unknown>;
            if (JSON.stringify(rest) !== JSON.stringify(notFoundShape)) leaks++;
          }
        } else if ([401, 403, 404].includes(r.status)) {
          failures.push(`expected to be allowed: ${label}`);
        }
      });
    }
    expect(failures).toEqual([]);
    expect(leaks).toBe(0);

    // Nothing was written by anyone outside the case's area, and nobody decided what they reviewed.
    const ids = [t.T.id, t.C.id, t.R.id, t.P.id];
    const tasks = await s.db.prisma.task.findMany({ where: { caseId: { in: ids } } });
    for (const task of tasks) {
      for (const who of [task.completedBy, task.claimedBy].filter((x): x is string => !!x && x.includes('@'))) {
        const [role, j] = who.split('@') as [Role, Juris];
        expect(covers(role, j), `${who} acted on ${task.id}`).toBe(true);
      }
    }
    const decisionRow = tasks.find((x) => x.id === t.C.task)!;
    expect(decisionRow.completedBy).not.toBe('dual-1');
    const events = await s.db.prisma.auditEvent.findMany({ where: { caseId: { in: ids } } });
    for (const e of events) {
      const sub = (e.actor as { sub?: string }).sub ?? '';
      if (!sub.includes('@')) continue;
      const [role, j] = sub.split('@') as [Role, Juris];
      // Outside their jurisdiction they write nothing on the case's chain (issue 16 item 9: the security log has it).
      if (!covers(role, j)) expect.fail(`${sub} wrote ${e.type} on ${e.caseId}`);
    }
    const payments = await s.db.prisma.payment.findMany({ where: { caseId: t.P.id } });
    expect(payments.length).toBeLessThanOrEqual(1);
    // Refusals were recorded with who, what and why.
    const refused = events.filter((e) => e.type === 'action_refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.some((e) => (e.data as { code?: string }).code === 'WRONG_JURISDICTION')).toBe(false);
    const probes = await s.db.prisma.securityEvent.findMany({ where: { code: 'WRONG_JURISDICTION' } });
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.every((p) => (p.actor as { sub: string }).sub.includes('@other'))).toBe(true);
  });

  it('inboxes hold only tasks of the caller\'s roles in the caller\'s area', async () => {
    const all = await Promise.all(ROLES.flatMap((role) => JURIS.map(async (j) => ({ role, j, r: await call(s, 'GET', '/v1/tasks?status=any', actorFor(role, j)) }))));
    for (const { role, j, r } of all) {
      expect(r.status).toBe(200);
      for (const item of r.body.items) {
        expect(item.role).toBe(role);
        expect(item.county).toBe(placeOf[j].county);
        if (levelOfRole(role) === 'township') expect(item.township).toBe(placeOf[j].township);
      }
      if (j === 'otherCounty') expect(r.body.items).toEqual([]);
    }
    // Ordered by priority (desc), then due time.
    const own = await call(s, 'GET', '/v1/tasks?status=any', actorFor('county_approver', 'own'));
    const prios = own.body.items.map((x: { priority: number }) => x.priority);
    expect([...prios].sort((a, b) => b - a)).toEqual(prios);
  });
});
