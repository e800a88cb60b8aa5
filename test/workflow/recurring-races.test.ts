/**
 * Issue 16 items 11 and 12 on the case workflow itself, with no API in front (a caller who reaches
 * Temporal directly): the Java time-skipping server, the real workflow bundle and activities, a real
 * PostgreSQL database. One living supplement (001 §四(一) 按月发放), 100 yuan a month, on one clock that
 * starts on Monday 2026-03-02.
 *
 * Item 12's window: a run pays 12 months and then continues as new, after its update handlers finish.
 * The stop is sent from inside the 12th payment's activity, after the payment is written and before the
 * activity returns, and the activity waits until the workflow has ACCEPTED the stop. So when the loop
 * comes back from that payment the stop handler is already running, waiting for the loop — the moment
 * where a loop that waits for all handlers to finish before continue-as-new would wait forever.
 */
import { WorkflowUpdateFailedError, WorkflowUpdateStage, type WorkflowUpdateHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disburseUpdate, stopRecurringUpdate, workflowIdForCase, type CaseState } from '../../workflows/definitions.js';
import { caseInput, countyApprover, createHarness, finance, reviewer, townshipApprover, type Harness } from './harness.js';

/** The run that starts with the first monthly payment (2026-03, paid by finance) pays 2026-04 … 2027-03. */
const TWELFTH_OF_THE_RUN = '2027-03';

let h: Harness;
let stop: WorkflowUpdateHandle<CaseState> | null = null;
const handle = (caseId: string) => h.env.client.workflow.getHandle(workflowIdForCase(caseId));

beforeAll(async () => {
  h = await createHarness('2026-03-02T09:00:00+08:00', {
    wrapActivities: (real) => ({
      ...real,
      async recordPayment(req) {
        const paid = await real.recordPayment(req);
        if (req.period === TWELFTH_OF_THE_RUN && stop === null) {
          stop = await handle(req.caseId).startUpdate(stopRecurringUpdate, {
            args: [{ actor: countyApprover, reasons: '已就业，收入超过低保标准' }],
            waitForStage: WorkflowUpdateStage.ACCEPTED,
          });
        }
        return paid;
      },
    }),
  });
});
afterAll(async () => h?.close());

const payments = async (caseId: string) => (await h.db.prisma.payment.findMany({ where: { caseId }, orderBy: { period: 'asc' } })).map((p) => p.period);
const disburse = (caseId: string, period?: string) => handle(caseId).executeUpdate(disburseUpdate, { args: [{ actor: finance, ...(period ? { period } : {}) }] });
const months = (from: string, n: number) => Array.from({ length: n }, (_, i) => {
  const [y, m] = from.split('-').map(Number) as [number, number];
  const k = y * 12 + m - 1 + i;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
});

let caseId: string;

describe('issue 16 item 11: the workflow sets the period, not the caller', () => {
  it('a disburse naming a past month is refused (PERIOD_NOT_DUE, nothing paid); without one the current Shanghai month is paid', async () => {
    caseId = await h.start(caseInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
    await h.complete(caseId, 'township_verification', reviewer, 'approve');
    await h.complete(caseId, 'township_opinion', townshipApprover, 'approve');
    const decided = await h.complete(caseId, 'county_decision', countyApprover, 'approve', { publish: false });
    expect(decided.status).toBe('payable');

    // A past month would have made the monthly loop pay 2025-06 … 2026-03 at once.
    const refused = await disburse(caseId, '2025-06').then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (refused as WorkflowUpdateFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect(cause).toMatchObject({ type: 'PERIOD_NOT_DUE', details: ['001 §四(一) 按月发放'] });
    expect((cause as Error).message).toContain('2026-03');
    expect(await payments(caseId)).toEqual([]);
    expect((await h.state(caseId)).status).toBe('payable');

    const s = await disburse(caseId);
    expect(s.status).toBe('paid');
    expect(s.payments.map((p) => p.period)).toEqual(['2026-03']);
  });
});

describe('issue 16 item 12: a stop during the 12th monthly payment of a run, just before continue-as-new', () => {
  it('is taken in that run: the case closes after the 12th payment, the stop returns, and no 13th month is paid', async () => {
    await h.sleepUntil(`${TWELFTH_OF_THE_RUN}-01T00:00:30+08:00`);
    expect(stop, 'the 12th payment of the run was made and the stop sent inside it').not.toBeNull();
    // A deadlock would leave this update waiting forever (the loop waiting for the stop handler, the
    // handler waiting for the loop): give it a bound instead of the test's timeout.
    const after = await Promise.race([
      stop!.result(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the stop did not return within 30 s: continue-as-new deadlocked')), 30_000)),
    ]);
    expect(after).toMatchObject({ status: 'closed', open: false, recurring: false });
    const paid = months('2026-03', 13);
    expect(await payments(caseId)).toEqual(paid);
    const stopped = await h.db.prisma.auditEvent.findMany({ where: { caseId, type: 'recurring_payment_stopped' } });
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.data).toMatchObject({ lastPeriod: TWELFTH_OF_THE_RUN, reasons: '已就业，收入超过低保标准' });

    // Months later: still 13 payments, and the workflow finished in its first run (no continue-as-new).
    await h.sleepUntil('2027-06-02T10:00:00+08:00');
    expect(await payments(caseId)).toEqual(paid);
    const d = await handle(caseId).describe();
    expect(d.status.name).toBe('COMPLETED');
    const history = await handle(caseId).fetchHistory();
    expect(history.events![0]!.workflowExecutionStartedEventAttributes!.continuedExecutionRunId ?? '').toBe('');
  });
});
