/**
 * Working-day deadlines at their exact boundaries across the 2026 National Day holiday, with the
 * adjusted working Saturday 2026-10-10 (SPEC §2 "Working days"; 001 §五(二) 5 working days).
 * Received 2026-09-29 → due end of 2026-10-12 (Asia/Shanghai): not overdue at 23:59:59 that day,
 * overdue from midnight; the reminder goes out at the end of the 4th working day (Saturday 10-10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, clerk, countyApprover, createHarness, finance, reviewer, townshipApprover, type Harness } from './harness.js';
import { disburseUpdate, workflowIdForCase } from '../../workflows/definitions.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness('2026-09-29T10:00:00+08:00');
});
afterAll(async () => h?.close());

describe('received 2026-09-29, across National Day', () => {
  let caseId: string;
  it('opens township verification due at the end of 2026-10-12', async () => {
    caseId = await h.start(caseInput({ receivedAt: '2026-09-29T10:00:00+08:00' }), 'national-day-overdue-paid-monthly');
    const s = await h.state(caseId);
    expect(s.status).toBe('township_review');
    const t = s.tasks[0]!;
    expect(t.type).toBe('township_verification');
    expect(t.deadline).toMatchObject({ from: '2026-09-29', workingDays: 5, dueDate: '2026-10-12', dueAt: '2026-10-12T16:00:00.000Z', provisional: false });
    expect(t.deadline!.reminderAt).toBe('2026-10-10T16:00:00.000Z');
    const row = await h.db.prisma.task.findUniqueOrThrow({ where: { id: t.id } });
    expect(row.dueAt?.toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(row.role).toBe('township_reviewer');
  });

  it('sends the reminder after the adjusted working Saturday and is not overdue at 23:59:59 on 10-12', async () => {
    await h.sleepUntil('2026-10-12T23:59:59+08:00');
    const s = await h.state(caseId);
    const t = s.tasks[0]!;
    expect(t.reminded).toBe(true);
    expect(t.overdue).toBe(false);
    const reminders = await h.db.prisma.notification.count({ where: { caseId, kind: 'reminder' } });
    expect(reminders).toBe(1);
  });

  it('is overdue from the end of 10-12, marked in the workflow and the database, and the county is told', async () => {
    await h.sleepUntil('2026-10-13T00:00:02+08:00');
    const s = await h.state(caseId);
    expect(s.tasks[0]!.overdue).toBe(true);
    expect(s.tasks[0]!.status).toBe('open');
    expect(s.status).toBe('township_review');
    const row = await h.db.prisma.task.findUniqueOrThrow({ where: { id: s.tasks[0]!.id } });
    expect(row.overdue).toBe(true);
    const n = await h.db.prisma.notification.findMany({ where: { caseId, kind: 'overdue' } });
    expect(n).toHaveLength(1);
    expect(n[0]).toMatchObject({ toRole: 'county_approver', toRegion: '330302' });
    const ev = await h.db.prisma.auditEvent.findMany({ where: { caseId, type: 'step_overdue' } });
    expect(ev).toHaveLength(1);
  });

  it('keeps waiting: nothing is decided by the timer, a week later the step is still open', async () => {
    await h.sleepUntil('2026-10-20T12:00:00+08:00');
    const s = await h.state(caseId);
    expect(s.status).toBe('township_review');
    expect(s.tasks.filter((t) => t.status === 'open').map((t) => t.type)).toEqual(['township_verification']);
  });

  it('goes on when the officials act: opinion, county decision, publication, payment', async () => {
    await h.complete(caseId, 'township_verification', reviewer, 'approve');
    let s = await h.complete(caseId, 'township_opinion', townshipApprover, 'approve');
    expect(s.status).toBe('county_review');
    const decision = s.tasks.find((t) => t.type === 'county_decision')!;
    // Opinion given 2026-10-20 (Tue) → 5 working days → 2026-10-27.
    expect(decision.deadline).toMatchObject({ from: '2026-10-20', dueDate: '2026-10-27' });
    s = await h.complete(caseId, 'county_decision', countyApprover, 'approve', { publish: true });
    expect(s.status).toBe('publication');
    expect(s.publicationEndsAt).toBe('2026-10-27T16:00:00.000Z');
    const c = await h.db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.publicationText).toContain('张**');
    expect(c.publicationText).not.toContain(caseInput().applicant.idNumber);
    await h.sleepUntil('2026-10-28T00:00:05+08:00');
    s = await h.state(caseId);
    expect(s.status).toBe('payable');
    s = await h.env.client.workflow.getHandle(workflowIdForCase(caseId)).executeUpdate(disburseUpdate, { args: [{ actor: finance }] });
    expect(s.status).toBe('paid');
    expect(s.payments).toHaveLength(1);
    expect(s.payments[0]).toMatchObject({ item: 'living_supplement', period: '2026-10', kind: 'regular' });
    expect(s.payments[0]!.amountFen).toBe(10_000);
  });

  it('pays the living supplement again each month, exactly once per period', async () => {
    await h.sleepUntil('2026-12-01T00:00:05+08:00');
    const s = await h.state(caseId);
    expect(s.payments.map((p) => p.period)).toEqual(['2026-10', '2026-11', '2026-12']);
    const rows = await h.db.prisma.payment.findMany({ where: { caseId }, orderBy: { period: 'asc' } });
    expect(rows.map((r) => r.period)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(clerk.sub).toBe('clerk-1');
  });

  it('continues as new after 12 monthly payments, keeping the state and paying each period once', async () => {
    await h.sleepUntil('2027-11-01T00:00:05+08:00');
    const s = await h.state(caseId);
    expect(s.status).toBe('paid');
    expect(s.recurring).toBe(true);
    const periods = s.payments.map((p) => p.period);
    expect(periods[0]).toBe('2026-10');
    expect(periods.at(-1)).toBe('2027-11');
    expect(new Set(periods).size).toBe(periods.length);
    expect(periods).toHaveLength(14);
    expect(await h.db.prisma.payment.count({ where: { caseId } })).toBe(14);
    // The current run was started by continue-as-new from the first one.
    const history = await h.env.client.workflow.getHandle(workflowIdForCase(caseId)).fetchHistory();
    const started = history.events![0]!.workflowExecutionStartedEventAttributes!;
    expect(started.continuedExecutionRunId).toBeTruthy();
  });
});

