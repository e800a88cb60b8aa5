/**
 * Issue 12 row 9 on the real workflow (time-skipping server, real database): 001 §五3 "申请人对审批结果有
 * 异议的，可向县级人民政府或上一级退役军人事务部门申请复核" — an approved decision may be disputed too, and
 * its window ends per 民法典 §203 ("期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disburseUpdate, fileAppealUpdate, workflowIdForCase } from '../../workflows/definitions.js';
import { appealReviewer, caseInput, clerk, countyApprover, createHarness, finance, reviewer, townshipApprover, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness('2026-07-29T09:00:00+08:00');
});
afterAll(async () => h?.close());

const handle = (caseId: string) => h.env.client.workflow.getHandle(workflowIdForCase(caseId));

describe('001 §五3: an approved amount can be disputed; 民法典 §203 moves the last day', () => {
  it('approved on Sunday 2026-08-02: day 60 is 2026-10-01 (国庆), so the window ends at 24:00 on 2026-10-08; the appeal does not hold payment, and a re-review that changes the amount is what is paid', async () => {
    const id = await h.start(caseInput({ matter: 'temporary_aid', benefit: { requestedFen: 900_000 } }), 'approved-amount-appealed');
    await h.complete(id, 'township_verification', reviewer, 'approve');
    await h.complete(id, 'township_opinion', townshipApprover, 'approve');
    await h.sleepUntil('2026-08-02T10:00:00+08:00');
    let s = await h.complete(id, 'county_decision', countyApprover, 'approve', { publish: false, amountFen: 300_000 });
    expect(s.appealDeadline).toBe('2026-10-08T16:00:00.000Z');
    expect(s.status).toBe('payable');
    const chain = await h.db.prisma.auditEvent.findMany({ where: { caseId: id, type: 'appeal_window_opened' } });
    expect(chain[0]!.data).toMatchObject({ result: 'approved', lastDay: '2026-10-08', movedFrom: '2026-10-01' });

    // Filed on a holiday inside the moved window: accepted; the case stays payable (not held).
    await h.sleepUntil('2026-10-05T10:00:00+08:00');
    s = await handle(id).executeUpdate(fileAppealUpdate, { args: [{ actor: clerk, reasons: 'the amount does not cover the repair of the house (001 §四(六))' }] });
    expect(s.status).toBe('payable');
    expect(s.tasks.find((t) => t.type === 'appeal_decision')).toMatchObject({ status: 'open', role: 'appeal_reviewer' });
    // One appeal per decision.
    const again = await handle(id).executeUpdate(fileAppealUpdate, { args: [{ actor: clerk, reasons: 'again' }] }).catch((e: { cause?: { type?: string; message?: string } }) => e.cause);
    expect(again).toMatchObject({ type: 'WRONG_STATE', message: expect.stringMatching(/only a decided case/) });

    // The re-review grants it with another amount: the decided amount from then on.
    s = await h.complete(id, 'appeal_decision', appealReviewer, 'approve', { amountFen: 450_000, reasons: 'repair estimate verified: 4,500 yuan' });
    expect(s.approvedAmountFen).toBe(450_000);
    s = await handle(id).executeUpdate(disburseUpdate, { args: [{ actor: finance }] });
    expect(s.payments).toEqual([expect.objectContaining({ item: 'temporary_aid', period: 'once', amountFen: 450_000 })]);
    const granted = await h.db.prisma.auditEvent.findFirstOrThrow({ where: { caseId: id, type: 'appeal_granted' } });
    expect(granted.data).toMatchObject({ result: 'approved', amountFenBefore: 300_000, amountFen: 450_000 });
  });

  it('an approval not appealed is paid as decided, and the window closes at its end (民法典 §203 24:00)', async () => {
    const id = await h.start(caseInput({ matter: 'temporary_aid', benefit: { requestedFen: 900_000 } }));
    await h.complete(id, 'township_verification', reviewer, 'approve');
    await h.complete(id, 'township_opinion', townshipApprover, 'approve');
    let s = await h.complete(id, 'county_decision', countyApprover, 'approve', { publish: false, amountFen: 200_000 });
    s = await handle(id).executeUpdate(disburseUpdate, { args: [{ actor: finance }] });
    expect(s.status).toBe('paid');
    expect(s.payments[0]!.amountFen).toBe(200_000);
    // Until the window's end the process waits for an appeal; then it finishes as paid.
    expect((await handle(id).describe()).status.name).toBe('RUNNING');
    await h.sleepUntil(new Date(Date.parse(s.appealDeadline!) + 60_000).toISOString());
    expect((await handle(id).result()).status).toBe('paid');
  });
});
