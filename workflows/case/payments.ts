/**
 * Payment: exactly once per (case, item, period), the amount from the calculators (rules/) computed by
 * the payment activity; the monthly living supplement (001 §四(一)) recurs on the 1st of each month
 * until stopped, continuing as new every 12 payments to keep the history short.
 */
import * as wf from '@temporalio/workflow';
import { isRecurring } from '../../rules/matter-class.js';
import { monthStartsAt, shiftMonth } from '../../rules/months.js';
import type { Actor, CaseState } from '../definitions.js';
import { acts, filerOf, now, take, type Ctx } from './context.js';
import { closeCase, flush, setStatus, system } from './recording.js';
import { settle, waitFor } from './tasks.js';

/** After this many monthly payments the workflow continues as new, keeping its history short. */
const PAYMENTS_PER_RUN = 12;

export const emergencyPaidFen = (c: Ctx): number => c.state.payments.filter((p) => p.kind === 'emergency').reduce((a, p) => a + p.amountFen, 0);

/** The emergency payment at intake (001 §五: 先行帮扶援助，事后补齐手续). */
export async function payEmergency(c: Ctx): Promise<void> {
  await flush(c); // the case row must exist before its payment
  const e = c.input.emergency!;
  const p = await acts.recordPayment({
    caseId: c.input.caseId,
    eventKey: `${c.input.caseId}:${++c.counter}`,
    at: now(),
    actor: { sub: filerOf(c.input), roles: ['station_clerk'] },
    matter: c.input.matter,
    item: 'emergency_aid',
    period: 'emergency',
    kind: 'emergency',
    county: c.input.county,
    personKey: c.input.personKey,
    emergency: e,
    snapshotHint: c.state.status,
  });
  c.state.payments.push(p);
}

async function pay(c: Ctx, actor: Actor, period: string): Promise<void> {
  await flush(c);
  const p = await acts.recordPayment({
    caseId: c.input.caseId,
    eventKey: `${c.input.caseId}:${++c.counter}`,
    at: now(),
    actor,
    matter: c.input.matter,
    item: c.input.matter,
    period,
    kind: 'regular',
    county: c.input.county,
    personKey: c.input.personKey,
    benefit: c.input.benefit ?? {},
    approvedAmountFen: c.state.approvedAmountFen,
    emergencyPaidFen: emergencyPaidFen(c),
    snapshotHint: c.state.status,
  });
  if (!c.state.payments.some((x) => x.item === p.item && x.period === p.period)) c.state.payments.push({ item: p.item, period: p.period, amountFen: p.amountFen, kind: p.kind, paidAt: p.paidAt });
}

export async function finish(c: Ctx): Promise<CaseState> {
  await settle(c);
  await wf.condition(wf.allHandlersFinished);
  return c.state;
}

/** Approved: payable, finance disburses; a recurring matter goes on monthly. */
export async function payable(c: Ctx): Promise<CaseState> {
  // An emergency payment already made for a one-off matter is the payment: approval confirms it.
  if (c.state.payments.some((p) => p.kind === 'emergency') && !isRecurring(c.input.matter)) {
    closeCase(c, 'paid', 'emergency_payment_confirmed', system, { payments: c.state.payments }, ['001 §五 emergency']);
    return finish(c);
  }
  setStatus(c, 'payable', 'case_payable', system, {}, ['001 §五', 'SPEC §2.6']);
  await waitFor(c, () => c.requests.payment !== null);
  const req = take(c, c.requests.payment!);
  await pay(c, req.actor, req.period);
  const recurring = isRecurring(c.input.matter);
  c.state.recurring = recurring;
  if (recurring) setStatus(c, 'paid', 'case_paid', req.actor, { period: req.period, recurring }, ['SPEC §2.6', '001 §四']);
  else closeCase(c, 'paid', 'case_paid', req.actor, { period: req.period, recurring }, ['SPEC §2.6', '001 §四']);
  if (!recurring) return finish(c);
  return runRecurring(c, shiftMonth(req.period, 1));
}

/** Monthly living supplement (001 §四(一)): paid on the 1st of each month until stopped. */
export async function runRecurring(c: Ctx, nextPeriod: string | null): Promise<CaseState> {
  let period = nextPeriod;
  let paidThisRun = 0;
  while (period !== null) {
    await waitFor(c, () => c.requests.stop !== null, monthStartsAt(period));
    if (c.requests.stop !== null) {
      const s = take(c, c.requests.stop);
      c.state.recurring = false;
      closeCase(c, 'closed', 'recurring_payment_stopped', s.actor, { reasons: s.reasons, lastPeriod: shiftMonth(period, -1) }, ['001 §四(一)', '000 §4']);
      return finish(c);
    }
    await pay(c, system, period);
    paidThisRun++;
    period = shiftMonth(period, 1);
    if (paidThisRun >= PAYMENTS_PER_RUN || wf.workflowInfo().continueAsNewSuggested) {
      // Handlers must finish before continuing as new, but a stop handler waits for this loop: a stop
      // that arrives now is taken here, in this run (never wait for a flag only the loop sets).
      await settle(c);
      await wf.condition(() => wf.allHandlersFinished() || c.requests.stop !== null);
      if (c.requests.stop !== null) continue;
      await wf.continueAsNew<(i: typeof c.input, carried: unknown) => Promise<CaseState>>(c.input, { state: c.state, counter: c.counter, priority: c.priority, nextPeriod: period });
    }
  }
  return finish(c);
}
