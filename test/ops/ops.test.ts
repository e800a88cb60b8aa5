/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies in tests */
/**
 * Ops on the real stack (SPEC §5 Ops; issue items 6, 7 and 8):
 * - GET /v1/ops/overdue and /v1/ops/due-soon: {items:[{caseId, step, county, township, dueAt, overdue,
 *   workingDaysOpen, workingDaysOverdue}]}, county/township/step filters, every county for ops;
 * - GET /v1/ops/stats: counts by status, step and county, overdue over time;
 * - calendar coverage and admin (PUT /v1/ops/calendar/{year}), parameter admin (PUT /v1/ops/parameters):
 *   validated, audited on the system chain, and running cases recompute their deadlines (a case whose
 *   deadline was provisional gets the official one);
 * - Temporal search attributes: a case made through the API is found by a visibility query.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personKeyOf } from '../../platform/secrets.js';
import { addCalendarDays, createCalendar, defaultCalendarData, mergeCalendarData, shanghaiDate } from '../../rules/index.js';
import { SYSTEM_CASE_ID, appendEventNow, loadChain, verifyChain } from '../../store/audit.js';
import { workflowIdForCase, type CaseInput } from '../../workflows/definitions.js';
import { COUNTY, COUNTY_B, TOWNSHIP, TOWNSHIP_2, TOWNSHIP_B, application, call, freshIdNumber, openStep, person, startApiStack, type ApiStack } from '../api/support.js';
import { TEST_PAYLOAD_KEY, TEST_PERSON_KEY } from '../support/stack.js';

let s: ApiStack;
const ops = person('ops-o', 'ops', COUNTY, null);
const opsB = person('ops-ob', 'ops', COUNTY_B, null);
const opsN = person('ops-n', 'ops', '000000', null);
const auditor = person('auditor-o', 'auditor', COUNTY, null);
const clerkA = person('clerk-oa', 'station_clerk', COUNTY, TOWNSHIP);
const clerk2 = person('clerk-o2', 'station_clerk', COUNTY, TOWNSHIP_2);
const clerkB = person('clerk-ob', 'station_clerk', COUNTY_B, TOWNSHIP_B);

const cal = createCalendar(defaultCalendarData());
const today = shanghaiDate(new Date());
/** A step received 30 days ago, 5 working days to do: overdue now. */
const receivedOn = addCalendarDays(today, -30);
const due = cal.addWorkingDays(receivedOn, 5);

let A: string; // COUNTY / TOWNSHIP, verification overdue
let B: string; // COUNTY / TOWNSHIP_2, verification due in 5 working days
let C: string; // COUNTY_B, verification overdue

async function make(clerk: typeof clerkA, county: string, township: string): Promise<string> {
  const r = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber: freshIdNumber(), county, township }));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

async function makeOverdue(caseId: string): Promise<void> {
  const n = await s.db.prisma.task.updateMany({
    where: { caseId, type: 'township_verification', status: 'open' },
    data: { receivedOn, dueDate: due.dueDate, dueAt: new Date(due.dueAt) },
  });
  expect(n.count).toBe(1);
}

beforeAll(async () => {
  // The visibility test files a living supplement in 330381: its 低保 standard is regional policy (001 §四(一)).
  s = await startApiStack({ parameters: [{ key: 'dibao_standard_fen', value: 100_000, region: '330381' }] });
  [A, B, C] = await Promise.all([make(clerkA, COUNTY, TOWNSHIP), make(clerk2, COUNTY, TOWNSHIP_2), make(clerkB, COUNTY_B, TOWNSHIP_B)]);
  await makeOverdue(A);
  await makeOverdue(C);
}, 180_000);
afterAll(async () => s?.close());

describe('overdue and due soon', () => {
  it('GET /v1/ops/overdue lists every overdue step across counties, with its age in working days', async () => {
    const r = await call(s, 'GET', '/v1/ops/overdue', ops);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const a = r.body.items.find((x: any) => x.caseId === A);
    expect(a).toMatchObject({
      caseId: A,
      step: 'township_verification',
      county: COUNTY,
      township: TOWNSHIP,
      dueAt: new Date(due.dueAt).toISOString(),
      overdue: true,
      workingDaysOpen: cal.workingDaysBetween(receivedOn, today),
      workingDaysOverdue: cal.workingDaysBetween(due.dueDate, today),
    });
    expect(a.workingDaysOpen).toBeGreaterThan(a.workingDaysOverdue);
    expect(a.workingDaysOverdue).toBeGreaterThan(0);
    // Ops see every county (a COUNTY token sees COUNTY_B's step); nothing not yet due is listed.
    expect(r.body.items.some((x: any) => x.caseId === C && x.county === COUNTY_B)).toBe(true);
    expect(r.body.items.some((x: any) => x.caseId === B)).toBe(false);
    expect(r.body.items.every((x: any) => x.overdue === true)).toBe(true);
    const dues = r.body.items.map((x: any) => x.dueAt);
    expect([...dues].sort()).toEqual(dues);
  });

  it('filters by county, township and step (any county, whatever the token names)', async () => {
    const b = await call(s, 'GET', `/v1/ops/overdue?county=${COUNTY_B}`, ops);
    expect(b.status).toBe(200);
    expect(b.body.items.map((x: any) => x.caseId)).toEqual([C]);
    const own = await call(s, 'GET', `/v1/ops/overdue?county=${COUNTY}`, opsB);
    expect(own.body.items.map((x: any) => x.caseId)).toEqual([A]);
    expect((await call(s, 'GET', `/v1/ops/overdue?township=${TOWNSHIP_2}`, ops)).body.items).toEqual([]);
    expect((await call(s, 'GET', `/v1/ops/overdue?township=${TOWNSHIP}&step=township_verification`, ops)).body.items.map((x: any) => x.caseId)).toEqual([A]);
    expect((await call(s, 'GET', '/v1/ops/overdue?step=county_decision', ops)).body.items).toEqual([]);
    expect((await call(s, 'GET', '/v1/ops/overdue?step=nonsense', ops)).status).toBe(400);
    expect((await call(s, 'GET', '/v1/ops/overdue?county=33', ops)).status).toBe(400);
    expect((await call(s, 'GET', '/v1/ops/overdue', clerkA)).status).toBe(403);
    expect((await call(s, 'GET', '/v1/ops/overdue', null)).status).toBe(401);
  });

  it('GET /v1/ops/due-soon?withinWorkingDays=N lists steps due within N working days, not overdue ones', async () => {
    const r = await call(s, 'GET', '/v1/ops/due-soon?withinWorkingDays=10', ops);
    expect(r.status).toBe(200);
    const b = r.body.items.find((x: any) => x.caseId === B);
    expect(b).toMatchObject({ caseId: B, step: 'township_verification', county: COUNTY, township: TOWNSHIP_2, overdue: false, workingDaysOverdue: 0, workingDaysOpen: 0 });
    expect(Date.parse(b.dueAt)).toBeGreaterThan(Date.now());
    expect(r.body.items.some((x: any) => x.caseId === A || x.caseId === C)).toBe(false);
    expect((await call(s, 'GET', `/v1/ops/due-soon?withinWorkingDays=10&county=${COUNTY_B}`, ops)).body.items).toEqual([]);
    expect((await call(s, 'GET', `/v1/ops/due-soon?withinWorkingDays=10&township=${TOWNSHIP_2}`, opsB)).body.items.map((x: any) => x.caseId)).toEqual([B]);
    const zero = await call(s, 'GET', '/v1/ops/due-soon?withinWorkingDays=0', ops);
    expect(zero.status).toBe(200);
    expect(zero.body.items.some((x: any) => x.caseId === B)).toBe(false);
    expect((await call(s, 'GET', '/v1/ops/due-soon?withinWorkingDays=', ops)).status).toBe(200);
    expect((await call(s, 'GET', '/v1/ops/due-soon?withinWorkingDays=-1', ops)).status).toBe(400);
  });

  it('GET /v1/ops/stats: counts by status, step and county, overdue over time', async () => {
    await appendEventNow(s.db.prisma, { caseId: A, eventKey: `test-overdue:${A}`, at: new Date().toISOString(), actor: { sub: 'system', roles: [] }, type: 'step_overdue', data: { taskId: `${A}-township_verification-1` } });
    const r = await call(s, 'GET', '/v1/ops/stats', ops);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.byStatus).toEqual(expect.arrayContaining([{ status: 'township_review', county: COUNTY, n: 2 }, { status: 'township_review', county: COUNTY_B, n: 1 }]));
    expect(r.body.byStep).toEqual(expect.arrayContaining([expect.objectContaining({ step: 'township_verification', county: COUNTY, n: 2 })]));
    expect(r.body.byCounty).toEqual(expect.arrayContaining([{ county: COUNTY, openCases: 2, openSteps: 2, overdueSteps: 1 }, { county: COUNTY_B, openCases: 1, openSteps: 1, overdueSteps: 1 }]));
    expect(r.body.overdueOverTime).toEqual([{ day: today, n: 1 }]);
    const b = await call(s, 'GET', `/v1/ops/stats?county=${COUNTY_B}`, ops);
    expect(b.body.byCounty).toEqual([{ county: COUNTY_B, openCases: 1, openSteps: 1, overdueSteps: 1 }]);
    expect(b.body.overdueOverTime).toEqual([]);
    expect((await call(s, 'GET', '/v1/ops/stats', auditor)).status).toBe(403);
  });
});

describe('calendar and parameter admin', () => {
  const YEAR = 2031;
  const holidays = ['2031-01-01', '2031-10-01', '2031-10-02', '2031-10-03', '2031-10-06', '2031-10-07'];
  const workdays = ['2031-09-28', '2031-10-11'];
  let provisional: string;

  /** A running case whose township deadline falls in 2031 (not official yet): started directly. */
  beforeAll(async () => {
    provisional = `BF${COUNTY}310929${randomBytes(3).toString('hex').toUpperCase()}`;
    const idNumber = freshIdNumber();
    const input: CaseInput = {
      caseId: provisional,
      receivedAt: '2031-09-29T02:00:00.000Z',
      applicant: { idNumber, name: '王五', category: 'veteran', birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`, householdStatus: 'dibao' },
      personKey: personKeyOf({ payloadKey: TEST_PAYLOAD_KEY, personKey: TEST_PERSON_KEY }, idNumber),
      matter: 'living_supplement',
      hardshipSituation: 2,
      county: COUNTY,
      township: TOWNSHIP,
      consentToMeansCheck: true,
      filedBy: { capacity: 'self', sub: 'clerk-oa' },
      benefit: { dibaoStandardFen: 100_000 },
    };
    await s.client.workflow.start('caseWorkflow', { workflowId: workflowIdForCase(provisional), taskQueue: s.taskQueue, args: [input] });
    for (let i = 0; i < 200; i++) {
      const t = await s.db.prisma.task.findFirst({ where: { caseId: provisional, type: 'township_verification' } });
      if (t) {
        expect(t.provisional).toBe(true);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the provisional case did not start');
  }, 60_000);

  it('GET /v1/ops/calendar: which years are official and which provisional', async () => {
    const r = await call(s, 'GET', '/v1/ops/calendar', ops);
    expect(r.status).toBe(200);
    const { officialYears, provisionalYears, loaded } = r.body;
    const thisYear = Number(today.slice(0, 4));
    expect(officialYears).toContain(2025);
    expect(officialYears).not.toContain(YEAR);
    expect(provisionalYears.filter((y: number) => officialYears.includes(y))).toEqual([]);
    for (let y = Math.min(...officialYears); y <= thisYear + 1; y++) expect(officialYears.includes(y) || provisionalYears.includes(y), String(y)).toBe(true);
    expect(loaded).toEqual([]);
  });

  it('PUT /v1/ops/calendar/{year} validates the year\'s dates and needs ops', async () => {
    const put = (who: any, body: unknown, year = YEAR) => s.app.inject({ method: 'PUT', url: `/v1/ops/calendar/${year}`, headers: { authorization: `Bearer ${who}` }, payload: body as object });
    const opsToken = await s.token(opsN);
    const wrongYear = await put(opsToken, { holidays: ['2030-10-01'], workdays: [], source: 'x' });
    expect(wrongYear.statusCode).toBe(400);
    expect(JSON.parse(wrongYear.body).errors[0].path).toBe('holidays.0');
    expect((await put(opsToken, { holidays: [], workdays: ['2031-10-08'], source: 'x' })).statusCode).toBe(400); // a Wednesday
    expect((await put(opsToken, { holidays: ['2031-10-11'], workdays: ['2031-10-11'], source: 'x' })).statusCode).toBe(400);
    expect((await put(opsToken, { holidays: ['2031-02-30'], workdays: [], source: 'x' })).statusCode).toBe(400);
    expect((await put(opsToken, { holidays: [], workdays: [] })).statusCode).toBe(400);
    expect((await put(opsToken, { holidays, workdays, source: 'x' }, 1800)).statusCode).toBe(400);
    expect((await put(await s.token(auditor), { holidays, workdays, source: 'x' })).statusCode).toBe(403);
    // issue 16 item 15: the national calendar needs a national ops token, not a county's
    const county = await put(await s.token(ops), { holidays, workdays, source: 'x' });
    expect(county.statusCode).toBe(403);
    expect(JSON.parse(county.body).code).toBe('OUT_OF_REGION');
    expect(await s.db.prisma.calendarYear.count()).toBe(0);
  });

  it('loading a year is audited, clears the caches and makes running cases recompute their deadlines', async () => {
    const before = await s.db.prisma.task.findFirstOrThrow({ where: { caseId: provisional, type: 'township_verification' } });
    const official = createCalendar(mergeCalendarData(defaultCalendarData(), [{ year: YEAR, holidays, workdays }])).addWorkingDays('2031-09-29', 5);
    expect(before.dueDate).not.toBe(official.dueDate);

    const r = await s.app.inject({
      method: 'PUT',
      url: `/v1/ops/calendar/${YEAR}`,
      headers: { authorization: `Bearer ${await s.token(opsN)}` },
      payload: { holidays, workdays, source: '国务院办公厅关于2031年部分节假日安排的通知' },
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = JSON.parse(r.body);
    expect(body).toMatchObject({ year: YEAR, status: 'official', holidays: holidays.length, workdays: 2, replaced: false });
    expect(body.recompute.signalled).toBeGreaterThanOrEqual(4); // A, B, C and the provisional case
    expect(body.recompute.failed).toBe(0);

    let after = before;
    for (let i = 0; i < 150 && (after.provisional || after.dueDate === before.dueDate); i++) {
      await new Promise((res) => setTimeout(res, 100));
      after = await s.db.prisma.task.findFirstOrThrow({ where: { caseId: provisional, type: 'township_verification' } });
    }
    expect(after).toMatchObject({ provisional: false, dueDate: official.dueDate });
    expect(after.dueAt!.toISOString()).toBe(new Date(official.dueAt).toISOString());
    const events = await loadChain(s.db.prisma, provisional);
    const recomputed = events.find((e) => e.type === 'deadline_recomputed');
    expect(recomputed?.data).toMatchObject({ taskId: before.id, after: { dueDate: official.dueDate, provisional: false } });
    const history = await s.client.workflow.getHandle(workflowIdForCase(provisional)).fetchHistory();
    expect(history.events!.some((e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'recomputeDeadlines')).toBe(true);

    const system = await loadChain(s.db.prisma, SYSTEM_CASE_ID);
    expect(system.at(-1)).toMatchObject({ type: 'calendar_year_loaded', actor: { sub: 'ops-n' }, data: { year: YEAR, holidays, workdays } });
    expect(verifyChain(system).valid).toBe(true);
    const coverage = await call(s, 'GET', '/v1/ops/calendar', opsN);
    expect(coverage.body.officialYears).toContain(YEAR);
    expect(coverage.body.loaded).toEqual([expect.objectContaining({ year: YEAR, loadedBy: 'ops-n', holidays: holidays.length, workdays: 2 })]);
    // Loading the same year again replaces it (and says so).
    const again = await s.app.inject({ method: 'PUT', url: `/v1/ops/calendar/${YEAR}`, headers: { authorization: `Bearer ${await s.token(opsN)}` }, payload: { holidays, workdays, source: 'corrected' } });
    expect(JSON.parse(again.body).replaced).toBe(true);
  }, 60_000);

  it('PUT /v1/ops/parameters: known key, value of its type, audited, 409 on the same date; running cases told', async () => {
    // Future dates: a backdated value needs a second approver (issue 16 item 15; test/security/ops-admin.test.ts).
    const FUTURE = addCalendarDays(shanghaiDate(new Date()), 40);
    const FUTURE_2 = addCalendarDays(shanghaiDate(new Date()), 70);
    const put = async (body: unknown, who = ops) =>
      s.app.inject({ method: 'PUT', url: '/v1/ops/parameters', headers: { authorization: `Bearer ${await s.token(who)}` }, payload: body as object });
    const ok = { region: COUNTY, key: 'publication_working_days', value: 7, effectiveFrom: FUTURE, ref: '温州市退役军人事务局 2026-1 号' };
    expect((await put({ ...ok, key: 'no_such_parameter' })).statusCode).toBe(400);
    for (const [key, value] of [
      ['publication_working_days', 'seven'],
      ['publication_working_days', 1.5],
      ['publication_working_days', -1],
      ['living_supplement_min_rate', 0.1],
      ['living_supplement_min_rate', 'ten percent'],
      ['living_supplement_includes_dibao_edge', 'yes'],
      ['rounding', 'bankers'],
      ['jurisdiction_basis', 'anywhere'],
    ] as const) {
      const r = await put({ ...ok, key, value });
      expect(r.statusCode, `${key}=${value}: ${r.body}`).toBe(422);
      expect(JSON.parse(r.body).errors[0].path).toBe('value');
    }
    expect((await put({ ...ok, region: '33' })).statusCode).toBe(400);
    expect((await put({ ...ok, effectiveFrom: '2027-02-30' })).statusCode).toBe(400);
    expect((await put(ok, auditor)).statusCode).toBe(403);

    const r = await put(ok);
    expect(r.statusCode, r.body).toBe(201);
    expect(JSON.parse(r.body)).toMatchObject({ ...ok, notInSeeds: true, createdBy: 'ops-o' });
    expect(JSON.parse(r.body).recompute.signalled).toBeGreaterThanOrEqual(1);
    expect((await put(ok)).statusCode).toBe(409);
    expect((await put({ ...ok, key: 'living_supplement_min_rate', value: '0.12', effectiveFrom: FUTURE_2 })).statusCode).toBe(201);
    expect((await put({ ...ok, key: 'rounding', value: 'half_even', effectiveFrom: FUTURE_2 })).statusCode).toBe(201);
    const row = await s.db.prisma.parameter.findUnique({ where: { region_key_effectiveFrom: { region: COUNTY, key: 'publication_working_days', effectiveFrom: FUTURE } } });
    expect(row).toMatchObject({ value: 7, createdBy: 'ops-o', ref: ok.ref });
    const system = await loadChain(s.db.prisma, SYSTEM_CASE_ID);
    expect(system.filter((e) => e.type === 'parameter_set').map((e) => e.data.key)).toEqual(['publication_working_days', 'living_supplement_min_rate', 'rounding']);
    const h = await call(s, 'GET', `/v1/cases/${SYSTEM_CASE_ID}/history`, auditor);
    expect(h.body.verification.valid).toBe(true);
  });
});

describe('Temporal search attributes', () => {
  it('a case made through the API is found with BangfuStatus = "township_review" AND BangfuCounty = "<county>"', async () => {
    const county = '330381';
    const clerk = person('clerk-sa', 'station_clerk', county, '330381001');
    const c = await call(s, 'POST', '/v1/cases', clerk, application({ county, township: '330381001' }));
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const workflowId = workflowIdForCase(c.body.id);
    const query = `BangfuStatus = "township_review" AND BangfuCounty = "${county}"`;
    let found: { workflowId: string; searchAttributes: Record<string, unknown[]> } | undefined;
    for (let i = 0; i < 100 && !found; i++) {
      for await (const wf of s.client.workflow.list({ query })) if (wf.workflowId === workflowId) found = wf as never;
      if (!found) await new Promise((r) => setTimeout(r, 200));
    }
    expect(found, `not found by ${query}`).toBeTruthy();
    expect(found!.searchAttributes.BangfuStep).toEqual(['township_verification']);
    expect(found!.searchAttributes.BangfuOverdue).toEqual([false]);
    expect(found!.searchAttributes.BangfuDueAt?.length).toBe(1);
    const none = [];
    for await (const wf of s.client.workflow.list({ query: `BangfuStatus = "paid" AND BangfuCounty = "${county}"` })) none.push(wf.workflowId);
    expect(none).not.toContain(workflowId);
    expect(openStep(c.body, 'township_verification')).toBeTruthy();
  }, 60_000);
});

describe('GET /v1/ops/recomputes', () => {
  it('answers at once when a fan-out has no worker to answer its progress query (listed, progress unknown)', async () => {
    // A fan-out on a task queue no worker polls (its process is gone): a query would wait for a worker.
    const id = `recompute-orphan-${randomBytes(4).toString('hex')}`;
    const h = await s.client.workflow.start('recomputeFanoutWorkflow', { workflowId: id, taskQueue: `nobody-${randomBytes(4).toString('hex')}`, args: [{ reason: 'orphan' }] });
    try {
      let row: { workflowId: string; running: boolean; signalled: number } | undefined;
      for (let i = 0; i < 50 && !row; i++) {
        const t0 = Date.now();
        const r = await call(s, 'GET', '/v1/ops/recomputes', ops);
        expect(r.status).toBe(200);
        expect(Date.now() - t0).toBeLessThan(10_000);
        row = r.body.items.find((x: { workflowId: string }) => x.workflowId === id);
        if (!row) await new Promise((res) => setTimeout(res, 200)); // visibility is eventually consistent
      }
      expect(row).toMatchObject({ workflowId: id, running: true, signalled: 0 });
    } finally {
      await h.terminate('test done');
    }
  }, 60_000);
});
