/**
 * A year of a living supplement (issue 13; 001 §六(二) 动态调整, 001 §四(一)) on the Java time-skipping
 * server: approved and paid monthly from January 2026; a year after approval the daily sweep opens an
 * annual review on the case; the county approver answers "adjust" with the new 低保 standard; the amount
 * is recomputed by the calculator and the next monthly payment uses it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChain } from '../../store/audit.js';
import { workflowIdForDuty } from '../../workflows/duties/messages.js';
import { caseInput, countyApprover } from '../workflow/harness.js';
import { createDutyHarness, type DutyHarness } from './support.js';

let h: DutyHarness;
beforeAll(async () => {
  h = await createDutyHarness('2026-01-05T10:00:00+08:00');
}, 180_000);
afterAll(async () => h?.close());

describe('annual review of a living supplement', () => {
  it('opens a year after approval, is answered "adjust", and the following payment is the recomputed amount', async () => {
    const input = caseInput({ receivedAt: '2026-01-05T10:00:00+08:00', benefit: { dibaoStandardFen: 100_000 } });
    const caseId = await h.startCase(input);
    const paid = await h.toPaid(caseId, '2026-01');
    expect(paid.recurring).toBe(true);

    // Not due yet in December: nothing opens.
    await h.sleepUntil('2026-12-20T02:00:00+08:00');
    expect((await h.sweep('annual_reviews', '2026-12-20')).opened).toEqual([]);

    await h.sleepUntil('2027-01-06T02:00:00+08:00');
    const r = await h.sweep('annual_reviews', '2027-01-06');
    const taskId = `${caseId}-annual_review-1`;
    expect(r.opened.map((o) => o.taskId)).toEqual([taskId]);
    const row = await h.taskRow(taskId, (t) => t.status === 'open');
    expect(row).toMatchObject({ caseId, subjectType: 'duty', type: 'annual_review', workflowId: workflowIdForDuty(taskId), overdue: false });
    expect(row.dueDate).not.toBeNull();
    // Run again the same day: nothing is opened twice.
    expect((await h.sweep('annual_reviews', '2027-01-06')).opened).toEqual([]);

    const before = await h.db.prisma.payment.findMany({ where: { caseId }, orderBy: { period: 'asc' } });
    expect(before.map((p) => p.period)).toContain('2027-01');
    expect(before.every((p) => Number(p.amountFen) === 10_000)).toBe(true);

    // Adjust needs reasons and valid calculator inputs (refused, nothing recorded).
    await expect(h.completeDuty(taskId, { actor: countyApprover, decision: 'approve', outcome: 'adjust', benefit: { dibaoStandardFen: -1 }, reasons: 'x' })).rejects.toThrow();
    const done = await h.completeDuty(taskId, { actor: countyApprover, decision: 'approve', outcome: 'adjust', benefit: { dibaoStandardFen: 120_000 }, reasons: '2027年低保标准提高到每月1200元' });
    expect(done.outcome).toBe('adjust');
    expect(done.effect).toMatchObject({ applied: true, amountFen: 12_000 });
    expect((await h.caseState(caseId)).approvedAmountFen).toBe(12_000);

    await h.sleepUntil('2027-02-01T06:00:00+08:00');
    let feb = null;
    for (let i = 0; i < 100 && !feb; i++) {
      feb = await h.db.prisma.payment.findUnique({ where: { caseId_item_period: { caseId, item: 'living_supplement', period: '2027-02' } } });
      if (!feb) await new Promise((res) => setTimeout(res, 100));
    }
    expect(Number(feb!.amountFen)).toBe(12_000);

    const chain = await loadChain(h.db.prisma, caseId);
    const types = chain.map((e) => e.type);
    expect(types).toContain('recurring_payment_adjusted');
    const completed = chain.find((e) => e.type === 'task_completed' && e.data.taskId === taskId)!;
    expect(completed.data).toMatchObject({ outcome: 'adjust', subjectType: 'duty' });
    expect((completed.data.recomputed as { amountFen: number }).amountFen).toBe(12_000);
    expect((await h.taskRow(taskId)).status).toBe('completed');
  }, 240_000);
});
