/**
 * Money within the law on every path (issue 12 rows 3, 4, 7, 8), on the real stack: the Java
 * time-skipping server, the real workflow bundle and activities, a real PostgreSQL database with the
 * county's regional parameters (低保 standard 1,000 yuan a month, last year's per-capita consumption
 * 42,000 yuan). Each test is a worked example from the document's own words; the tests run in order on
 * one clock, which starts on Monday 2026-03-02.
 */
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../../activities/index.js';
import { completeTaskUpdate, disburseUpdate, retryStuckSignal, stopRecurringUpdate, workflowIdForCase, type CaseInput, type CaseState } from '../../workflows/definitions.js';
import { caseInput, COUNTY, countyApprover, createHarness, finance, REGIONAL, reviewer, townshipApprover, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness('2026-03-02T09:00:00+08:00');
  // Ops raise the 低保 standard to 1,200 yuan from April 2026 (loaded before any case, so no cached
  // parameter table can miss it): decisions in March say 100 yuan a month, decisions from April 120.
  await h.db.prisma.parameter.create({ data: { region: COUNTY, key: 'dibao_standard_fen', effectiveFrom: '2026-04-01', value: 120_000, ref: 'test', notInSeeds: true, createdBy: 'test' } });
});
afterAll(async () => h?.close());

/** Audit data and breakdowns are JSON read back from the database: loosely typed on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const handle = (caseId: string) => h.env.client.workflow.getHandle(workflowIdForCase(caseId));
const at = async () => new Date(await h.env.currentTimeMs()).toISOString();
const start = async (over: Partial<CaseInput>) => h.start(caseInput({ receivedAt: await at(), ...over }));
const event = async (caseId: string, type: string) => (await h.db.prisma.auditEvent.findMany({ where: { caseId, type }, orderBy: { seq: 'asc' } })).map((e) => e.data as Json);
const payments = async (caseId: string) => (await h.db.prisma.payment.findMany({ where: { caseId }, orderBy: { paidAt: 'asc' } })).map((p) => ({ item: p.item, period: p.period, kind: p.kind, amountFen: Number(p.amountFen), breakdown: p.breakdown as Json }));

async function approve(caseId: string, extra: { amountFen?: number } = {}): Promise<CaseState> {
  await h.complete(caseId, 'township_verification', reviewer, 'approve');
  await h.complete(caseId, 'township_opinion', townshipApprover, 'approve');
  return h.complete(caseId, 'county_decision', countyApprover, 'approve', { publish: false, ...extra });
}
const disburse = (caseId: string, period?: string) => handle(caseId).executeUpdate(disburseUpdate, { args: [{ actor: finance, ...(period ? { period } : {}) }] });

/** The rules CLI as `npm run --silent bangfu -- benefit <kind>` runs it (the JSON input on stdin; its contract). */
function cli(kind: string, input: unknown): Promise<{ amountFen: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'benefit', kind], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(JSON.stringify(input));
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bangfu benefit ${kind} exited ${code}: ${err}${out}`))));
  });
}

const ids: Record<string, string> = {};

describe('001 §五3 审批决定: the county sees the amount, its decision freezes it, payment pays the decision', () => {
  it('001 §四(六) "由当地视情给予": the task shows the computed amount; the county decides within the regional maximum', async () => {
    const id = await start({ matter: 'temporary_aid', benefit: { requestedFen: 300_000 } });
    ids.temporary = id;
    await h.complete(id, 'township_verification', reviewer, 'approve');
    await h.complete(id, 'township_opinion', townshipApprover, 'approve');
    const opened = (await event(id, 'task_opened')).find((e) => e.taskType === 'county_decision')!;
    expect(opened.amount).toMatchObject({ amountFen: 300_000, monthly: false });
    expect(opened.amount.breakdown.steps.join(' ')).toContain('maximum 1000000');
    // The county decides 15,000 yuan; the regional maximum (temporary_aid_max_fen) is 10,000 yuan.
    await h.complete(id, 'county_decision', countyApprover, 'approve', { publish: false, amountFen: 1_500_000 });
    const [decided] = await event(id, 'amount_decided');
    expect(decided!.decided_amount).toMatchObject({ amountFen: 1_000_000, monthly: false });
    expect(decided!.decided_amount.refs).toContain('001 §五3 审批决定');
    const s = await disburse(id);
    expect(s.status).toBe('paid');
    expect(await payments(id)).toEqual([expect.objectContaining({ item: 'temporary_aid', period: 'once', amountFen: 1_000_000 })]);
  });
});

describe('001 §五 "紧急情况时…先行帮扶援助，事后再补齐审核审批手续": the emergency payment is trued up once', () => {
  it('emergency 500 yuan, the county decides 800: finance pays a top-up of 300 yuan under its own key', async () => {
    const id = await start({ matter: 'temporary_aid', emergency: { amountFen: 50_000, reason: '火灾' }, benefit: { requestedFen: 80_000 } });
    const s = await approve(id, { amountFen: 80_000 });
    expect(s.status).toBe('payable');
    const [t] = await event(id, 'emergency_trued_up');
    expect(t).toMatchObject({ action: 'top_up', decidedFen: 80_000, emergencyPaidFen: 50_000, topUpFen: 30_000, excessFen: 0 });
    const paid = await disburse(id);
    expect(paid.status).toBe('paid');
    expect((await payments(id)).map((p) => [p.item, p.period, p.amountFen])).toEqual([
      ['emergency_aid', 'emergency', 50_000],
      ['temporary_aid', 'emergency_top_up', 30_000],
    ]);
    await expect(disburse(id)).rejects.toThrow();
  });

  it('emergency 800 yuan, the county decides 500: a recovery task for the 300 yuan excess, nothing silently undone', async () => {
    const id = await start({ matter: 'temporary_aid', emergency: { amountFen: 80_000, reason: '洪灾' }, benefit: { requestedFen: 80_000 } });
    const s = await approve(id, { amountFen: 50_000 });
    const recovery = s.tasks.find((x) => x.type === 'recovery')!;
    expect(recovery).toMatchObject({ status: 'open', role: 'finance' });
    expect((await event(id, 'task_opened')).find((e) => e.taskType === 'recovery')).toMatchObject({ excessFen: 30_000, decidedFen: 50_000, emergencyPaidFen: 80_000 });
    expect((await event(id, 'emergency_trued_up'))[0]).toMatchObject({ action: 'recovery', excessFen: 30_000 });
    const done = await h.complete(id, 'recovery', finance, 'approve', { reasons: '申请人已退回300元' });
    expect(done).toMatchObject({ status: 'paid', open: false });
    expect(await payments(id)).toHaveLength(1);
  });
});

describe('001 §四(二) "一个医保年度内…封顶线": the cap holds per person across all their cases, emergency included', () => {
  // 封顶线 = 50% × 42,000 yuan = 21,000 yuan (2,100,000 fen) in the calendar year (medical_aid_cap_period).
  it('a second case of the same person gets only the room left, and its emergency payment counts toward it', async () => {
    const personKey = `pk-med-${Date.now()}`;
    const a = await start({ matter: 'medical_aid', personKey, benefit: { remainingSelfPaidFen: 3_000_000 } });
    ids.medicalA = a;
    await approve(a);
    await disburse(a);
    expect((await payments(a)).map((p) => p.amountFen)).toEqual([1_500_000]);
    // Case B: 20,000 yuan left to pay → 10,000 yuan at 50%; 6,000 yuan of room; 2,000 yuan paid first.
    const b = await start({ matter: 'medical_aid', personKey, emergency: { amountFen: 200_000, reason: '急诊' }, benefit: { remainingSelfPaidFen: 2_000_000 } });
    await h.complete(b, 'township_verification', reviewer, 'approve');
    await h.complete(b, 'township_opinion', townshipApprover, 'approve');
    const opened = (await event(b, 'task_opened')).find((e) => e.taskType === 'county_decision')!;
    expect(opened.amount.amountFen).toBe(600_000);
    expect(opened.amount.breakdown.cap).toMatchObject({ capFen: 2_100_000, paidInPeriodFen: 1_500_000, roomFen: 600_000 });
    await h.complete(b, 'county_decision', countyApprover, 'approve', { publish: false });
    expect((await event(b, 'emergency_trued_up'))[0]).toMatchObject({ action: 'top_up', decidedFen: 600_000, emergencyPaidFen: 200_000, topUpFen: 400_000 });
    await disburse(b);
    const all = [...(await payments(a)), ...(await payments(b))];
    expect(all.reduce((s, p) => s + p.amountFen, 0)).toBe(2_100_000);
    // A third case that year: no room left, the county task says so, nothing above the cap is paid.
    const c = await start({ matter: 'medical_aid', personKey, emergency: { amountFen: 100_000, reason: '急诊' }, benefit: { remainingSelfPaidFen: 500_000 } });
    expect((await payments(c))[0]).toMatchObject({ kind: 'emergency', amountFen: 0 });
    expect((await payments(c))[0]!.breakdown.capAtPayment).toMatchObject({ roomFen: 0, beforeFen: 100_000, paidFen: 0 });
  });
});

describe('001 §四(一) 按月 and 001 §四(五) 补贴期限: recurring matters pay the frozen monthly amount', () => {
  it('starts the cases in March 2026: the living supplement 100 yuan a month, the employment subsidy over its window', async () => {
    // Decided in March under the 1,000-yuan standard: 100 yuan a month stands after April's raise.
    ids.ls = await start({});
    ids.lsEmergency = await start({ emergency: { amountFen: 25_000, reason: '断炊' } });
    // 2/3 of a 900-yuan premium = 600 yuan a month; retirement 2027-06-10 is less than 5 years after the
    // approval: "可延长至退休" — months 2026-03 to 2027-05 (15 months).
    ids.es = await start({ matter: 'employment_subsidy', benefit: { premiumPaidFen: 90_000, retirementDate: '2027-06-10' } });
    for (const id of [ids.ls, ids.lsEmergency]) {
      await approve(id);
      expect((await event(id, 'amount_decided'))[0]!.decided_amount).toMatchObject({ amountFen: 10_000, monthly: true });
    }
    await approve(ids.es);
    expect((await event(ids.es, 'amount_decided'))[0]!.decided_amount).toMatchObject({ amountFen: 60_000, monthly: true, window: { firstMonth: '2026-03', lastMonth: '2027-05', months: 15, end: 'extended_to_retirement' } });
  });

  it('001 §五: an emergency payment of 250 yuan is deducted once (100 + 100 + 50), never from every month; the decision, not April’s standard, is paid', async () => {
    await h.sleepUntil('2026-04-02T10:00:00+08:00');
    for (const id of [ids.ls!, ids.lsEmergency!, ids.es!]) await disburse(id, '2026-04');
    await h.sleepUntil('2026-07-02T10:00:00+08:00');
    const ls = (await payments(ids.ls!)).map((p) => [p.period, p.amountFen]);
    expect(ls).toEqual([['2026-04', 10_000], ['2026-05', 10_000], ['2026-06', 10_000], ['2026-07', 10_000]]);
    const le = await payments(ids.lsEmergency!);
    expect(le.map((p) => [p.period, p.amountFen])).toEqual([['emergency', 25_000], ['2026-04', 0], ['2026-05', 0], ['2026-06', 5_000], ['2026-07', 10_000]]);
    expect(le.slice(1).reduce((s, p) => s + (p.breakdown.emergencyDeduction?.deductedFen ?? 0), 0)).toBe(25_000);
    for (const id of [ids.ls!, ids.lsEmergency!]) await handle(id).executeUpdate(stopRecurringUpdate, { args: [{ actor: countyApprover, reasons: '测试结束' }] });
  });

  it('001 §五: stopped after one month of 120 yuan, 130 of a 250-yuan emergency payment were never owed — a recovery task, nothing written off', async () => {
    const id = await start({ emergency: { amountFen: 25_000, reason: '断炊' } });
    await approve(id);
    await disburse(id); // the current month, 2026-07: 120 yuan owed (the 1,200-yuan standard), deducted from the emergency payment
    expect((await payments(id)).map((p) => [p.period, p.amountFen])).toEqual([['emergency', 25_000], ['2026-07', 0]]);
    const s = await handle(id).executeUpdate(stopRecurringUpdate, { args: [{ actor: countyApprover, reasons: '已就业，收入超过低保标准' }] });
    expect(s.tasks.find((x) => x.type === 'recovery')).toMatchObject({ status: 'open', role: 'finance' });
    expect((await event(id, 'emergency_trued_up'))[0]).toMatchObject({ action: 'recovery', unusedFen: 13_000, emergencyPaidFen: 25_000 });
    const done = await h.complete(id, 'recovery', finance, 'approve', { reasons: '申请人已退回130元' });
    expect(done).toMatchObject({ status: 'closed', open: false });
    expect((await event(id, 'recurring_payment_stopped'))[0]).toMatchObject({ emergencyUnusedFen: 13_000, lastPeriod: '2026-07' });
  });

  it('001 §四(五): the employment subsidy starts in the approval month (not the month finance chose) and stops by itself after 2027-05', async () => {
    await h.sleepUntil('2027-07-02T10:00:00+08:00');
    const es = await payments(ids.es!);
    expect(es.map((p) => p.period)).toEqual(Array.from({ length: 15 }, (_, i) => `${2026 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`));
    expect(es.every((p) => p.amountFen === 60_000)).toBe(true);
    const s = await h.state(ids.es!);
    expect(s).toMatchObject({ status: 'closed', open: false, recurring: false });
    expect((await event(ids.es!, 'employment_subsidy_window_ended'))[0]).toMatchObject({ firstMonth: '2026-03', lastMonth: '2027-05', end: 'extended_to_retirement' });
  });
});

/**
 * A case whose county approval gets stuck: the local 低保 standard is removed before the approval, so
 * the amount cannot be frozen and ops see the case stuck. `restore` loads the standard again (past the
 * activities' 5 s policy cache); the caller then signals the retry.
 */
async function approveWithoutStandard(publish: boolean) {
  const id = await start({});
  await h.complete(id, 'township_verification', reviewer, 'approve');
  await h.complete(id, 'township_opinion', townshipApprover, 'approve');
  const rows = await h.db.prisma.parameter.findMany({ where: { region: COUNTY, key: 'dibao_standard_fen' } });
  await h.db.prisma.parameter.deleteMany({ where: { region: COUNTY, key: 'dibao_standard_fen' } });
  await new Promise((r) => setTimeout(r, 5_500)); // the activities' policy cache (5 s)
  const taskId = await h.openTask(id, 'county_decision');
  const approvedAt = await at();
  const decided = handle(id).executeUpdate(completeTaskUpdate, { args: [{ taskId, actor: countyApprover, decision: 'approve', reasons: 'ok', publish }] });
  let stuckRows: { error: string }[] = [];
  for (let i = 0; i < 100 && stuckRows.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 200));
    stuckRows = await h.db.prisma.$queryRawUnsafe<{ error: string }[]>('select error from stuck_cases where case_id = $1', id);
  }
  const restore = async () => {
    for (const r of rows) await h.db.prisma.parameter.create({ data: { region: r.region, key: r.key, effectiveFrom: r.effectiveFrom, value: r.value as never, ref: r.ref, notInSeeds: r.notInSeeds, createdBy: 'ops' } });
    await new Promise((r) => setTimeout(r, 5_500));
  };
  return { id, approvedAt, decided, stuckRows, restore };
}

describe('001 §四(一) 当地最低生活保障标准: never paid from a guess', () => {
  it('a standard removed before the approval: the case is stuck for ops (no amount frozen); loaded again and retried, the decision is frozen', async () => {
    const { id, decided, stuckRows, restore } = await approveWithoutStandard(false);
    expect(stuckRows[0]!.error).toContain('missing parameter dibao_standard_fen');
    expect(await event(id, 'amount_decided')).toEqual([]);
    await restore();
    await handle(id).signal(retryStuckSignal, { by: 'ops-1' });
    const s = await decided;
    expect(s.status).toBe('payable');
    // The standard in force now is the 1,200 yuan loaded from 2026-04-01: 10% = 120 yuan a month.
    expect((await event(id, 'amount_decided'))[0]!.decided_amount.amountFen).toBe(12_000);
  }, 60_000);
});

describe('a freeze that got stuck (process.ts): what is counted from the approval is counted from when the freeze went through', () => {
  it('stuck for ten days: the appeal window and the publication period start at the retry, not at the approval', async () => {
    const { id, approvedAt, decided, stuckRows, restore } = await approveWithoutStandard(true);
    expect(stuckRows.length).toBe(1);
    await restore();
    await h.sleepUntil(new Date(Date.parse(approvedAt) + 10 * 86_400_000).toISOString());
    await handle(id).signal(retryStuckSignal, { by: 'ops-1' });
    expect((await decided).status).toBe('publication');

    const frozenAt = (await h.db.prisma.auditEvent.findFirst({ where: { caseId: id, type: 'amount_decided' } }))!.at.toISOString();
    const acts = createActivities({ db: h.db.prisma });
    const fromRetry = await acts.appealWindow({ region: COUNTY, fromInstant: frozenAt });
    const fromApproval = await acts.appealWindow({ region: COUNTY, fromInstant: approvedAt });
    expect(fromRetry.deadline).not.toBe(fromApproval.deadline);
    expect((await event(id, 'appeal_window_opened'))[0]!.appealDeadline).toBe(fromRetry.deadline);
    const period = await acts.computeDeadline({ region: COUNTY, fromInstant: frozenAt, paramKey: 'publication_working_days' });
    expect((await event(id, 'publication_started'))[0]!.endsAt).toBe(period.dueAt);
  }, 90_000);
});

describe('the rules CLI and the workflow agree for the same inputs', () => {
  it('benefit living-supplement / medical-aid / employment-subsidy / temporary-aid → the amounts the cases paid', async () => {
    const onDate = '2026-03-02';
    const ls = await cli('living-supplement', { dibaoStandardFen: REGIONAL.dibao_standard_fen, onDate });
    expect(ls.amountFen).toBe((await payments(ids.ls!))[0]!.amountFen);
    const med = await cli('medical-aid', { householdStatus: 'dibao', remainingSelfPaidFen: 3_000_000, paidThisYearFen: 0, prevYearPerCapitaConsumptionFen: REGIONAL.prev_year_per_capita_consumption_fen, onDate });
    expect(med.amountFen).toBe((await payments(ids.medicalA!))[0]!.amountFen);
    const es = await cli('employment-subsidy', { premiumPaidFen: 90_000, firstApprovalDate: onDate, retirementDate: '2027-06-10', month: '2026-03', onDate });
    expect(es.amountFen).toBe((await payments(ids.es!))[0]!.amountFen);
    const ta = await cli('temporary-aid', { requestedFen: 1_500_000, onDate });
    expect(ta.amountFen).toBe((await payments(ids.temporary!))[0]!.amountFen);
  }, 60_000);
});

describe('property: per-person caps hold over any sequence of cases (001 §四(二)), emergency payments included', () => {
  it('no year of a person’s medical-aid payments exceeds 21,000 yuan, and no payment is negative', async () => {
    const acts = createActivities({ db: h.db.prisma });
    const actor = { sub: 'test', roles: ['station_clerk' as const] };
    let n = 0;
    const claim = fc.record({ cost: fc.integer({ min: 0, max: 6_000_000 }), emergency: fc.integer({ min: 0, max: 1_000_000 }), day: fc.integer({ min: 0, max: 700 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(claim, { minLength: 1, maxLength: 6 }), async (claims) => {
        const personKey = `pk-prop-${++n}-${Date.now()}`;
        const sorted = [...claims].sort((x, y) => x.day - y.day);
        for (const [i, cl] of sorted.entries()) {
          const when = new Date(Date.parse('2026-01-01T04:00:00Z') + cl.day * 86_400_000).toISOString();
          const input = caseInput({ personKey, matter: 'medical_aid', receivedAt: when, benefit: { remainingSelfPaidFen: cl.cost } });
          const caseId = input.caseId;
          const a = await acts.assessCase(input);
          await acts.applyTransitions([{ caseId, eventKey: `${caseId}:0`, at: when, actor, type: 'case_received', data: {}, createCase: a.caseRow, releaseOpenMatter: true }]);
          const base = { caseId, at: when, actor, matter: 'medical_aid' as const, county: COUNTY, personKey };
          let paidFirst = 0;
          if (cl.emergency > 0) {
            const e = await acts.recordPayment({ ...base, eventKey: `${caseId}:e${i}`, item: 'emergency_aid', period: 'emergency', kind: 'emergency', emergency: { amountFen: cl.emergency, reason: 'p' } });
            paidFirst = e.amountFen;
          }
          const d = await acts.computeAmount({ caseId, matter: 'medical_aid', county: COUNTY, personKey, benefit: { remainingSelfPaidFen: cl.cost }, householdStatus: 'dibao', at: when });
          if (!d.ok) throw new Error(d.message);
          await acts.recordPayment({ ...base, eventKey: `${caseId}:p${i}`, item: 'medical_aid', period: paidFirst > 0 ? 'emergency_top_up' : 'once', kind: 'regular', decided: d.amount, ...(paidFirst > 0 ? { trueUpEmergencyFen: paidFirst } : {}) });
        }
        const rows = await h.db.prisma.$queryRawUnsafe<{ y: string; total: bigint; low: bigint }[]>(
          `select to_char(p.paid_at at time zone 'Asia/Shanghai', 'YYYY') as y, sum(p.amount_fen)::bigint as total, min(p.amount_fen)::bigint as low
             from payments p join cases c on c.id = p.case_id where c.person_key = $1 group by 1`,
          personKey,
        );
        for (const r of rows) {
          expect(Number(r.total)).toBeLessThanOrEqual(2_100_000);
          expect(Number(r.low)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
