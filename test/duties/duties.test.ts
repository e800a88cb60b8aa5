/**
 * The standing duties on the Java time-skipping server (issue 13):
 * - a 低保 roll on which a supplement's person has left 低保 → roll_review → "stop" stops the payment
 *   (003 §九; 001 §四(一)); a known veteran newly on the roll → outreach; a second comparison opens nothing;
 * - the autumn term (000 §9; 001 §四(四)): education aid filed once per household and paid once, and
 *   an autumn-term visit;
 * - a disaster (emergency) case → a visit due within the parameter's working days, across National
 *   Day (000 §10), recorded with cash and goods;
 * - a referral whose outcome goes overdue, escalated, still answerable (000 §8; 001 §四(三)).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { personKeyOf } from '../../platform/secrets.js';
import { addWorkingDays, maskName } from '../../rules/index.js';
import { loadChain } from '../../store/audit.js';
import { overdueSteps } from '../../store/ops.js';
import { importRoll } from '../../store/rolls.js';
import type { RollMatchInput, OpenedTask } from '../../workflows/duties/messages.js';
import { TEST_PAYLOAD_KEY, TEST_PERSON_KEY } from '../support/stack.js';
import { COUNTY, caseInput, countyApprover, idNumber, rechecker, reviewer, townshipApprover } from '../workflow/harness.js';
import { createDutyHarness, type DutyHarness } from './support.js';

// One server per test, its clock started where the test needs it: on one shared test server a later
// test's env.sleep() sometimes stopped skipping after an earlier test's duty updates (observed on the
// Java test server 1.38, not understood); separate servers keep the scenarios independent.
let h: DutyHarness;
const onServerAt = (startAt: string) => async () => {
  h = await createDutyHarness(startAt);
};
afterEach(async () => {
  await h?.close();
});

const ops = { sub: 'ops-1', roles: ['ops' as const], county: COUNTY };
const person = (seq: string, extra: Record<string, unknown> = {}) => {
  const id = idNumber('19700101', seq);
  return { id, personKey: personKeyOf({ payloadKey: TEST_PAYLOAD_KEY, personKey: TEST_PERSON_KEY }, id), applicant: { idNumber: id, name: '李四', category: 'veteran', birthDate: '1970-01-01', householdStatus: 'dibao', ...extra } };
};

async function compare(rollId: string, rows: number): Promise<OpenedTask[]> {
  const input: RollMatchInput = { rollId, kind: 'dibao', region: COUNTY, rows, actor: ops };
  const id = `roll-${rollId}-${Math.random().toString(36).slice(2, 8)}`;
  await h.env.client.workflow.start('rollMatchWorkflow', { workflowId: id, taskQueue: h.taskQueue, args: [input] });
  return (await h.finished<{ opened: OpenedTask[] }>(id)).opened;
}

describe('standing duties', () => {
  it('autumn term: education aid is filed once for a household with students and paid once; the household gets an autumn-term visit', async () => {
    await onServerAt('2026-07-20T10:00:00+08:00')();
    const d = person('333', { studentsInHousehold: 1 });
    await h.startCase(caseInput({ personKey: d.personKey, applicant: d.applicant }));
    await h.sleepUntil('2026-08-03T09:00:00+08:00');
    const first = await h.sweep('education_aid', '2026-08-03');
    expect(first.filed).toHaveLength(1);
    expect((await h.sweep('education_aid', '2026-08-04')).filed).toEqual([]);
    const ea = first.filed![0]!;
    for (let i = 0; i < 100 && !(await h.db.prisma.task.findFirst({ where: { caseId: ea, status: 'open' } })); i++) await new Promise((r) => setTimeout(r, 100));
    const paid = await h.toPaid(ea);
    expect(paid.status).toBe('paid');
    const payments = await h.db.prisma.payment.findMany({ where: { caseId: ea } });
    expect(payments.map((p) => [p.item, Number(p.amountFen)])).toEqual([['temporary_aid', 100_000]]);
    expect((await h.sweep('education_aid', '2026-08-20')).filed).toEqual([]);
    const visits = await h.sweep('visits', '2026-08-20');
    expect(visits.opened.filter((o) => o.taskId.endsWith('autumn-2026'))).toHaveLength(1);
  }, 180_000);

  it('a disaster case produces a visit due within its working days (across National Day), recorded with cash and goods', async () => {
    await onServerAt('2026-09-29T10:00:00+08:00')();
    const e = person('444');
    const caseE = await h.startCase(caseInput({ personKey: e.personKey, applicant: e.applicant, receivedAt: '2026-09-29T10:00:00+08:00', emergency: { amountFen: 200_000, reason: '洪灾，房屋受损' } }));
    await h.sleepUntil('2026-09-30T02:00:00+08:00');
    const r = await h.sweep('visits', '2026-09-30');
    const visitId = `${caseE}-visit-emergency`;
    expect(r.opened.map((o) => o.taskId)).toContain(visitId);
    const row = await h.taskRow(visitId, (t) => t.status === 'open');
    expect(row.dueDate).toBe(addWorkingDays('2026-09-29', 3).dueDate);
    expect(row.dueDate! > '2026-10-07').toBe(true);
    expect((await h.sweep('visits', '2026-10-01')).opened.map((o) => o.taskId)).not.toContain(visitId);
    const done = await h.completeDuty(visitId, { actor: reviewer, decision: 'approve', reasons: '已走访', record: { place: '家中', findings: '房屋受损，已临时安置', cashFen: 50_000, goods: '大米两袋', followUp: '协助申请临时救助' } });
    expect(done.status).toBe('done');
    const v = await h.db.prisma.visit.findUnique({ where: { id: visitId } });
    expect(v).toMatchObject({ status: 'done', visitedBy: reviewer.sub, place: '家中', reason: 'emergency', goods: '大米两袋' });
    expect(Number(v!.cashFen)).toBe(50_000);
    expect((await h.taskRow(visitId)).overdue).toBe(false);
  }, 180_000);

  it('a referral case\'s own referral_outcome task (001 §五 last paragraph) goes overdue at its deadline, is escalated, the sweep opens no second one, and it is still answered', async () => {
    await onServerAt('2026-09-30T09:00:00+08:00')();
    const f = person('555');
    const caseF = await h.startCase(caseInput({ personKey: f.personKey, applicant: f.applicant, matter: 'housing_referral', benefit: {} }));
    await h.completeCaseTask(caseF, 'township_verification', reviewer);
    await h.completeCaseTask(caseF, 'township_opinion', townshipApprover);
    const approved = await h.completeCaseTask(caseF, 'county_decision', countyApprover);
    const taskId = `${caseF}-referral_outcome-1`;
    expect(approved.tasks.find((t) => t.id === taskId)).toMatchObject({ status: 'open', type: 'referral_outcome' });
    expect((await h.sweep('referrals', '2026-09-30')).opened).toEqual([]);
    const row = await h.taskRow(taskId, (t) => t.status === 'open');
    expect(row.subjectType).toBe('case');
    await h.sleepUntil(new Date(row.dueAt!.getTime() + 60_000).toISOString());
    const late = await h.taskRow(taskId, (t) => t.overdue);
    expect(late.status).toBe('open');
    const chain = await loadChain(h.db.prisma, caseF);
    expect(chain.find((e) => e.type === 'step_overdue' && e.data.taskId === taskId)).toBeDefined();
    expect(await h.db.prisma.notification.count({ where: { taskId, kind: 'overdue', toRole: 'ops' } })).toBe(1);
    expect((await overdueSteps(h.db.prisma, { county: COUNTY, step: 'referral_outcome' }, new Date(await h.now()))).map((s) => s.taskId)).toContain(taskId);
    const referral = { decidedBy: '住房和城乡建设局', decidedOn: '2026-11-02', outcome: 'public_rental_priority', amountFen: 3_000_000 };
    const done = await h.completeCaseTask(caseF, 'referral_outcome', rechecker, 'approve', { referral, reasons: '住建部门纳入公租房优先保障' });
    expect(done).toMatchObject({ status: 'closed', open: false });
    const closed = (await loadChain(h.db.prisma, caseF)).find((e) => e.type === 'referral_outcome_recorded')!;
    expect(closed.data).toMatchObject({ outcome: referral, taskId });
    expect((await h.sweep('referrals', '2026-11-03')).opened).toEqual([]);
  }, 180_000);
  it('a roll on which the person left 低保 opens a roll review whose "stop" stops the supplement; a known veteran newly on it gets outreach', async () => {
    await onServerAt('2026-07-20T10:00:00+08:00')();
    const a = person('111');
    const c = person('222');
    const caseA = await h.startCase(caseInput({ personKey: a.personKey, applicant: a.applicant }));
    await h.toPaid(caseA, '2026-07');
    const caseC = await h.startCase(caseInput({ personKey: c.personKey, applicant: c.applicant, matter: 'medical_aid', benefit: {} }));
    const at = new Date(await h.now()).toISOString();
    const entries = [
      { line: 2, personKey: a.personKey, nameMasked: maskName('李四'), status: 'exited' as const, statusText: '退出', since: '2026-07-01' },
      { line: 3, personKey: c.personKey, nameMasked: maskName('王五'), status: 'active' as const, statusText: '在保', since: '2026-06-01' },
    ];
    expect((await importRoll(h.db.prisma, { id: 'R-test-1', kind: 'dibao', region: COUNTY, fileHash: 'f1', actor: ops, at, entries })).created).toBe(true);
    const opened = await compare('R-test-1', 2);
    const review = `${caseA}-roll_review-dibao`;
    expect(opened.map((o) => o.type).sort()).toEqual(['outreach', 'roll_review']);
    expect(opened.find((o) => o.type === 'roll_review')!.taskId).toBe(review);
    expect(opened.find((o) => o.type === 'outreach')!.caseId).toBe(caseC);
    // The same file again: the same roll, nothing stored or opened twice.
    expect((await importRoll(h.db.prisma, { id: 'R-test-1', kind: 'dibao', region: COUNTY, fileHash: 'f1', actor: ops, at, entries })).created).toBe(false);
    expect(await compare('R-test-1', 2)).toEqual([]);

    await h.taskRow(review, (t) => t.status === 'open');
    // A township official may not decide it; "stop" needs reasons.
    await expect(h.completeDuty(review, { actor: reviewer, decision: 'reject', reasons: 'x' })).rejects.toThrow();
    await expect(h.completeDuty(review, { actor: countyApprover, decision: 'reject' })).rejects.toThrow();
    const done = await h.completeDuty(review, { actor: countyApprover, decision: 'reject', reasons: '民政比对：已于2026-07-01退出低保' });
    expect(done).toMatchObject({ outcome: 'stop', effect: { applied: true } });
    const s = await h.caseState(caseA);
    expect(s.status).toBe('closed');
    expect(s.recurring).toBe(false);
    const types = (await loadChain(h.db.prisma, caseA)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['task_opened', 'task_completed', 'recurring_payment_stopped', 'review_outcome_applied']));
    expect((await loadChain(h.db.prisma, '_county-' + COUNTY)).map((e) => e.type)).toEqual(['roll_imported', 'roll_compared', 'roll_compared']);
  }, 180_000);
});
