/**
 * Every path of the case process (001 §五; SPEC §2) on the real Java time-skipping server, with the
 * clock started before the 2026 Spring Festival (holiday 02-15..02-23, adjusted working Saturday 02-14).
 */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commissionRecheckUpdate,
  disburseUpdate,
  fileAppealUpdate,
  fileObjectionUpdate,
  recomputeDeadlinesSignal,
  workflowIdForCase,
  type CaseState,
} from '../../workflows/definitions.js';
import {
  appealReviewer,
  caseInput,
  clerk,
  countyApprover,
  createHarness,
  finance,
  rechecker,
  reviewer,
  townshipApprover,
  type Harness,
} from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness('2026-02-12T09:00:00+08:00');
});
afterAll(async () => h?.close());

const handle = (caseId: string) => h.env.client.workflow.getHandle(workflowIdForCase(caseId));

async function refusal(p: Promise<unknown>): Promise<{ type: string; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (e as WorkflowUpdateFailedError).cause as { type?: string; message: string };
    return { type: cause.type ?? '', message: cause.message };
  }
  throw new Error('expected the update to be refused');
}

async function throughTownship(caseId: string): Promise<CaseState> {
  await h.complete(caseId, 'township_verification', reviewer, 'approve');
  return h.complete(caseId, 'township_opinion', townshipApprover, 'approve');
}

describe('deadlines over the Spring Festival', () => {
  it('counts the adjusted working Saturday and skips the holiday: 02-12 + 5 → 02-26', async () => {
    const id = await h.start(caseInput({ receivedAt: '2026-02-12T09:00:00+08:00' }), 'spring-festival-open');
    const s = await h.state(id);
    expect(s.tasks[0]!.deadline).toMatchObject({ dueDate: '2026-02-26', dueAt: '2026-02-26T16:00:00.000Z', provisional: false });
  });
});

describe('validators refuse with a reason and write nothing', () => {
  it('refuses a wrong role, a wrong jurisdiction, a rejection without reasons, and a completed task', async () => {
    const id = await h.start(caseInput(), 'township-refusals');
    const taskId = await h.openTask(id, 'township_verification');
    const wrongRole = await refusal(handle(id).executeUpdate('completeTask', { args: [{ taskId, actor: townshipApprover, decision: 'approve', reasons: 'x' }] }));
    expect(wrongRole.type).toBe('WRONG_ROLE');
    const other = { ...reviewer, township: '330302002' };
    expect((await refusal(handle(id).executeUpdate('completeTask', { args: [{ taskId, actor: other, decision: 'approve', reasons: 'x' }] }))).type).toBe('WRONG_JURISDICTION');
    expect((await refusal(handle(id).executeUpdate('completeTask', { args: [{ taskId, actor: reviewer, decision: 'reject', reasons: ' ' }] }))).type).toBe('REASONS_REQUIRED');
    const before = await h.db.prisma.auditEvent.count({ where: { caseId: id } });
    await h.complete(id, 'township_verification', reviewer, 'approve');
    expect((await refusal(handle(id).executeUpdate('completeTask', { args: [{ taskId, actor: reviewer, decision: 'approve', reasons: 'again' }] }))).type).toBe('TASK_COMPLETED');
    // The one accepted completion wrote its events (completion + next task), the refusals none.
    expect(await h.db.prisma.auditEvent.count({ where: { caseId: id } })).toBe(before + 2);
  });

  it('separation of duties: the opinion giver and a filing agent may not make the county decision', async () => {
    const both = { ...townshipApprover, roles: ['township_approver' as const, 'county_approver' as const] };
    const agent = { sub: 'agent-9', roles: ['county_approver' as const], county: '330302' };
    const id = await h.start(caseInput({ filedBy: { capacity: 'agent', sub: 'agent-9' } }), 'separation-of-duties-payable');
    await h.complete(id, 'township_verification', reviewer, 'approve');
    await h.complete(id, 'township_opinion', both, 'approve');
    const taskId = await h.openTask(id, 'county_decision');
    const r1 = await refusal(handle(id).executeUpdate('completeTask', { args: [{ taskId, actor: both, decision: 'approve', reasons: 'ok' }] }));
    expect(r1.type).toBe('SEPARATION_OF_DUTIES');
    const r2 = await refusal(handle(id).executeUpdate('completeTask', { args: [{ taskId, actor: agent, decision: 'approve', reasons: 'ok' }] }));
    expect(r2.type).toBe('SEPARATION_OF_DUTIES');
    const s = await h.complete(id, 'county_decision', countyApprover, 'approve', { publish: false });
    expect(s.status).toBe('payable');
  });
});

describe('county re-check (复查)', () => {
  it('holds the decision until the commissioned re-check is done', async () => {
    const id = await h.start(caseInput(), 'county-recheck-payable');
    await throughTownship(id);
    const s = await handle(id).executeUpdate(commissionRecheckUpdate, { args: [{ actor: countyApprover, reasons: 'income unclear' }] });
    expect(s.tasks.find((t) => t.type === 'county_recheck')?.status).toBe('open');
    const taskId = await h.openTask(id, 'county_decision');
    expect((await refusal(handle(id).executeUpdate('completeTask', { args: [{ taskId, actor: countyApprover, decision: 'approve', reasons: 'ok' }] }))).type).toBe('WRONG_STATE');
    await h.complete(id, 'county_recheck', rechecker, 'approve');
    const done = await h.complete(id, 'county_decision', countyApprover, 'approve', { publish: false });
    expect(done.status).toBe('payable');
  });
});

describe('refusal and appeal (复核)', () => {
  it('delivers written reasons; an appeal granted continues as approved', async () => {
    const id = await h.start(caseInput({ matter: 'temporary_aid', benefit: { requestedFen: 300_000 } }), 'appeal-granted-publication');
    await throughTownship(id);
    let s = await h.complete(id, 'county_decision', countyApprover, 'reject', { reasons: '家庭收入高于标准' });
    expect(s.status).toBe('rejected');
    expect(s.writtenReasons).toBe('家庭收入高于标准');
    const n = await h.db.prisma.notification.findMany({ where: { caseId: id, kind: 'written_reasons' } });
    expect(n).toHaveLength(1);
    s = await handle(id).executeUpdate(fileAppealUpdate, { args: [{ actor: clerk, reasons: '收入已下降' }] });
    expect(s.status).toBe('appeal');
    const appealTask = s.tasks.find((t) => t.type === 'appeal_decision')!;
    expect(appealTask.deadline?.workingDays).toBe(10);
    // The county decider may not re-review their own decision.
    const tid = appealTask.id;
    const selfReview = { ...appealReviewer, sub: countyApprover.sub };
    expect((await refusal(handle(id).executeUpdate('completeTask', { args: [{ taskId: tid, actor: selfReview, decision: 'approve', reasons: 'x' }] }))).type).toBe('SEPARATION_OF_DUTIES');
    s = await h.complete(id, 'appeal_decision', appealReviewer, 'approve', { reasons: '复核：收入证明属实' });
    expect(s.status).toBe('publication');
  });

  it('an appeal upheld closes the case; the open-case guard is released', async () => {
    const input = caseInput({ matter: 'temporary_aid', benefit: { requestedFen: 1000 } });
    const id = await h.start(input, 'appeal-upheld-closed');
    await throughTownship(id);
    await h.complete(id, 'county_decision', countyApprover, 'reject', { reasons: 'not eligible' });
    await handle(id).executeUpdate(fileAppealUpdate, { args: [{ actor: clerk, reasons: 'please' }] });
    const s = await h.complete(id, 'appeal_decision', appealReviewer, 'reject', { reasons: 'upheld' });
    expect(s.status).toBe('closed');
    expect(await h.db.prisma.openMatter.count({ where: { caseId: id } })).toBe(0);
    const c = await h.db.prisma.case.findUniqueOrThrow({ where: { id } });
    expect(c.open).toBe(false);
  });

  it('without an appeal the case closes when the window lapses, and a late appeal is refused', async () => {
    const id = await h.start(caseInput({ matter: 'temporary_aid', benefit: { requestedFen: 1000 } }), 'appeal-window-lapsed-closed');
    await throughTownship(id);
    const s = await h.complete(id, 'county_decision', countyApprover, 'reject', { reasons: 'not eligible' });
    await h.sleepUntil(new Date(Date.parse(s.appealDeadline!) + 5_000).toISOString());
    const after = await h.state(id);
    expect(after.status).toBe('closed');
    const late = await refusal(handle(id).executeUpdate(fileAppealUpdate, { args: [{ actor: clerk, reasons: 'late' }] })).catch((e) => ({ type: 'closed', message: String(e) }));
    expect(['WRONG_STATE', 'closed']).toContain(late.type);
  });
});

describe('emergency path (先救助后补办)', () => {
  it('pays at intake, still runs review; a rejection opens a recovery task, nothing is undone', async () => {
    const id = await h.start(caseInput({ matter: 'temporary_aid', emergency: { amountFen: 200_000, reason: '火灾' }, benefit: { requestedFen: 200_000 } }), 'emergency-rejected-recovery');
    let s = await h.state(id);
    expect(s.status).toBe('township_review');
    expect(s.payments).toEqual([expect.objectContaining({ kind: 'emergency', amountFen: 200_000, item: 'emergency_aid' })]);
    expect(s.tasks[0]!.type).toBe('township_verification');
    await throughTownship(id);
    s = await h.complete(id, 'county_decision', countyApprover, 'reject', { reasons: '不符合条件' });
    expect(s.status).toBe('rejected');
    const recovery = s.tasks.find((t) => t.type === 'recovery')!;
    expect(recovery).toMatchObject({ status: 'open', role: 'finance' });
    expect(await h.db.prisma.payment.count({ where: { caseId: id } })).toBe(1);
    await h.complete(id, 'recovery', finance, 'approve', { reasons: '已与申请人协商分期退回' });
    await h.sleepUntil(new Date(Date.parse(s.appealDeadline!) + 5_000).toISOString());
    expect((await h.state(id)).status).toBe('closed');
    expect(await h.db.prisma.payment.count({ where: { caseId: id } })).toBe(1);
  });

  it('an approved emergency case is paid by the emergency payment alone', async () => {
    const id = await h.start(caseInput({ matter: 'temporary_aid', emergency: { amountFen: 50_000, reason: '车祸' }, benefit: { requestedFen: 50_000 } }), 'emergency-approved-paid');
    await throughTownship(id);
    const s = await h.complete(id, 'county_decision', countyApprover, 'approve', { publish: false });
    expect(s.status).toBe('paid');
    expect(await h.db.prisma.payment.count({ where: { caseId: id } })).toBe(1);
  });
});

describe('publication (公示) and objections', () => {
  it('an objection sends the case to a re-check before payment; a founded one rejects it', async () => {
    const id = await h.start(caseInput({ matter: 'temporary_aid', benefit: { requestedFen: 1000 } }), 'objection-founded-rejected');
    await throughTownship(id);
    let s = await h.complete(id, 'county_decision', countyApprover, 'approve');
    expect(s.status).toBe('publication');
    s = await handle(id).executeUpdate(fileObjectionUpdate, { args: [{ actor: clerk, text: '申请人有稳定收入' }] });
    expect(s.tasks.find((t) => t.type === 'objection_recheck')?.status).toBe('open');
    await expect(handle(id).executeUpdate(disburseUpdate, { args: [{ actor: finance }] })).rejects.toThrow();
    s = await h.complete(id, 'objection_recheck', rechecker, 'reject', { reasons: '异议属实' });
    expect(s.status).toBe('rejected');
    expect(await h.db.prisma.payment.count({ where: { caseId: id } })).toBe(0);
  });

  it('a temporary aid is paid once, at the amount the county decided', async () => {
    const id = await h.start(caseInput({ matter: 'temporary_aid', benefit: { requestedFen: 900_000 } }), 'temporary-aid-paid');
    await throughTownship(id);
    let s = await h.complete(id, 'county_decision', countyApprover, 'approve', { publish: false, amountFen: 300_000 });
    s = await handle(id).executeUpdate(disburseUpdate, { args: [{ actor: finance }] });
    expect(s.status).toBe('paid');
    expect(s.payments).toEqual([expect.objectContaining({ item: 'temporary_aid', period: 'once', amountFen: 300_000 })]);
    const pay = await h.db.prisma.payment.findFirstOrThrow({ where: { caseId: id } });
    expect(pay.breakdown).toBeTruthy();
    await expect(handle(id).executeUpdate(disburseUpdate, { args: [{ actor: finance }] })).rejects.toThrow();
  });
});

describe('provisional deadlines', () => {
  it('flags a deadline that reaches an unofficial year and recomputes it when ops load that year', async () => {
    await h.sleepUntil('2026-12-28T09:00:00+08:00');
    const id = await h.start(caseInput({ receivedAt: '2026-12-28T09:00:00+08:00' }), 'provisional-recomputed');
    let s = await h.state(id);
    // 12-29, 12-30, 12-31, 01-04, 01-05 → provisional (issue 12: 2027-01-01 is the statutory 元旦 of
    // 放假办法 even before the notice; loading the year only makes the same date official).
    expect(s.tasks[0]!.deadline).toMatchObject({ dueDate: '2027-01-05', provisional: true });
    await h.db.prisma.calendarYear.create({ data: { year: 2027, holidays: ['2027-01-01'], workdays: [], source: 'test', loadedBy: 'ops-1' } });
    await handle(id).signal(recomputeDeadlinesSignal, { reason: '2027 calendar published' });
    for (let i = 0; i < 50; i++) {
      s = await h.state(id);
      if (!s.tasks[0]!.deadline!.provisional) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(s.tasks[0]!.deadline).toMatchObject({ dueDate: '2027-01-05', provisional: false });
    const ev = await h.db.prisma.auditEvent.findMany({ where: { caseId: id, type: 'deadline_recomputed' } });
    expect(ev).toHaveLength(1);
  });
});
