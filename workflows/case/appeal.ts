/**
 * An appeal of an approved decision (issue 12 row 9). 001 §五3: "申请人对审批结果有异议的，可向县级人民政府
 * 或上一级退役军人事务部门申请复核" — 审批结果 is any result: an approval (its amount, say) may be disputed
 * as well as a refusal (the refusal's appeal is in process.ts, unchanged).
 *
 * The design (rules/NOTES.md): the window opens at the county's approval (appeal_filing_days, ending per
 * 民法典 §203) and the appeal runs beside the process — publication and payment go on, because the
 * approval stands until a re-review changes it (001 §五3 gives the applicant a re-review, not a
 * suspension). The reviewer either keeps the decision (reject: the appeal is not granted) or grants it
 * with the amount decided on re-review; that amount is the decided amount from then on (payments not yet
 * made, and the following months of a recurring matter). Status and payment are never held by it.
 */
import * as wf from '@temporalio/workflow';
import { APPEAL_BODY_LEVEL } from '../definitions.js';
import { STEPS } from '../../rules/steps.js';
import { local, now, take, type Ctx } from './context.js';
import { deadlineFrom } from './deadlines.js';
import { freezeAmount } from './payments.js';
import { record, system } from './recording.js';
import { awaitTask, openTask, settle } from './tasks.js';

/** The window counted from the county's approval (this instant): an activity, started beside the amount's. */
export function appealWindowFromNow(c: Ctx): ReturnType<typeof local.appealWindow> {
  return local.appealWindow({ region: c.input.county, fromInstant: now() });
}

/** Opens the window after the county's approval; returns the appeal's coroutine (done when it is). */
export async function approvedAppeal(c: Ctx, windowComputed: ReturnType<typeof local.appealWindow>): Promise<() => Promise<void>> {
  const s = c.state;
  const window = await windowComputed;
  s.appealDeadline = window.deadline;
  record(c, 'appeal_window_opened', system, { result: 'approved', appealDeadline: window.deadline, lastDay: window.lastDay ?? null, movedFrom: window.movedFrom ?? null }, { refs: ['001 §五3', window.ref], patchCase: { appealDeadline: window.deadline } });
  const ends = Date.parse(window.deadline);
  const run = (async () => {
    // Until the window ends, or the case was rejected after all (a founded objection: its own appeal path).
    // Not waitFor: this coroutine must not settle (let updates return) while the process is reacting.
    const pred = () => c.requests.appeal !== null || s.status === 'rejected' || s.status === 'appeal';
    const filed = await wf.condition(pred, Math.max(1, ends - Date.now()));
    if (!filed || c.requests.appeal === null || s.status === 'rejected' || s.status === 'appeal') return;
    const ap = take(c, c.requests.appeal);
    const deadline = await deadlineFrom(c, 'county', STEPS.appeal_decision.deadline, ap.at);
    const body = ap.body ?? 'county_government';
    record(c, 'appeal_filed', ap.actor, { result: 'approved', reasons: ap.reasons, status: s.status, body }, { refs: ['001 §五3'] });
    const review = openTask(c, 'appeal_decision', deadline, { appealReasons: ap.reasons, result: 'approved', decidedAmountFen: s.approvedAmountFen, body }, STEPS.appeal_decision.refs, undefined, APPEAL_BODY_LEVEL[body]);
    c.requests.appeal = null; // only now: until the task is open a second appeal is refused as pending
    await settle(c);
    await awaitTask(c, review, STEPS.appeal_decision.refs);
    const by = c.deciders.get(review.id) ?? { sub: review.decidedBy ?? 'unknown', roles: ['appeal_reviewer'] };
    if (review.decision === 'approve') {
      const before = s.approvedAmountFen;
      if (c.appealAmountFen !== null) {
        // The re-review's amount replaces the frozen decision (001 §五3 审批决定; payments.ts freezeAmount).
        // An amount the rules refuse (above the regional maximum) marks the case stuck for ops, as at the decision.
        s.approvedAmountFen = c.appealAmountFen;
        await freezeAmount(c, by);
      }
      record(c, 'appeal_granted', by, { result: 'approved', reasons: review.reasons, amountFenBefore: before, amountFen: s.approvedAmountFen, paidSoFar: s.payments.filter((p) => p.kind === 'regular').map((p) => ({ period: p.period, amountFen: p.amountFen })) }, { refs: ['001 §五3'] });
    } else {
      record(c, 'appeal_not_granted', by, { result: 'approved', reasons: review.reasons, amountFen: s.approvedAmountFen }, { refs: ['001 §五3'] });
    }
    c.appealAmountFen = null;
    await settle(c);
  })();
  return () => run;
}
