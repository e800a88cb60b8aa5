/**
 * The officials' messages to a case. Each action is an update whose validator asks the one authority
 * (rules/authority.ts): a refusal comes back at once with its code, message and rule, and nothing
 * enters the history. The update returns once the process has reacted and written the reaction, with
 * the case's new state — which is what the API answers with.
 */
import * as wf from '@temporalio/workflow';
import { authorize, type ActionRequest, type CaseFacts } from '../../rules/authority.js';
import { REFERRALS, referralKindOf, referralOutcomeProblems } from '../../rules/benefits/referrals.js';
import { duePeriod } from '../../rules/matter-class.js';
import {
  adjustRecurringUpdate,
  claimTaskUpdate,
  commissionRecheckUpdate,
  completeTaskUpdate,
  disburseUpdate,
  fileAppealUpdate,
  fileObjectionUpdate,
  intakeUpdate,
  recordConsentUpdate,
  recomputeDeadlinesSignal,
  retryStuckSignal,
  stateQuery,
  stopRecurringUpdate,
  unclaimTaskUpdate,
  REFUSALS,
  type Actor,
  type CaseState,
  type CompleteTaskInput,
} from '../definitions.js';
import { enforce, refuse } from '../refuse.js';
import { now, type Ctx, type Request } from './context.js';
import { flush, record, taskRow } from './recording.js';

/** The case as the authority sees it, from the workflow's state and its waiting requests. */
export function factsOf(c: Ctx): CaseFacts {
  const s = c.state;
  const r = c.requests;
  return {
    id: s.caseId,
    status: s.status,
    matter: s.matter,
    county: s.county,
    township: s.township,
    recurring: s.recurring,
    appealDeadline: s.appealDeadline,
    filedByAgent: s.filedByAgent,
    agentOnRecord: s.agentOnRecord ?? null,
    exclusions: c.input.exclusions ?? null,
    consentPending: s.consentPending === true,
    tasks: s.tasks,
    pending: { appeal: r.appeal !== null, objection: r.objection !== null, recheck: r.recheck !== null, payment: r.payment !== null, stop: r.stop !== null },
  };
}

/** Validator: throws the authority's refusal (type = its code, details = [its rule]). */
function check(c: Ctx, actor: Actor, req: ActionRequest): void {
  enforce(authorize(actor, req, factsOf(c), Date.now()));
}

/**
 * Completing a task: the authority decides; a referral_outcome needs the other department's answer,
 * checked by referralOutcomeProblems (001 §五 last paragraph; issue 12 row 12), and nothing else carries one.
 */
function checkComplete(c: Ctx, inp: CompleteTaskInput): void {
  check(c, inp.actor, { action: 'complete', taskId: inp.taskId, decision: inp.decision, reasons: inp.reasons ?? '', ...(inp.amountFen !== undefined ? { amountFen: inp.amountFen } : {}), ...(inp.verification !== undefined ? { verification: inp.verification } : {}) });
  const task = c.state.tasks.find((t) => t.id === inp.taskId)!;
  const kind = referralKindOf(c.state.matter);
  if (task.type !== 'referral_outcome' || kind === null) {
    if (inp.referral !== undefined) refuse(REFUSALS.INVALID, `referral: the other department's outcome is recorded on a referral_outcome task, not on ${task.type}`, '001 §五');
    return;
  }
  if (inp.referral === undefined) refuse(REFUSALS.INVALID, "referral: the other department's outcome (decidedBy, decidedOn, outcome, amountFen) is required", '001 §五 按现行规定程序及渠道办理');
  const problems = referralOutcomeProblems(kind, c.state.referredOn ?? '', inp.referral);
  if (problems.length > 0) refuse(REFUSALS.INVALID, problems.map((p) => `referral.${p.path}: ${p.message}`).join('; '), REFERRALS[kind].ref);
}

/** Puts a request for the process and returns after the process took it up and settled. */
async function request<T>(c: Ctx, set: (r: Request<T>) => void, value: T): Promise<CaseState> {
  const r: Request<T> = { value, takenAt: -1 };
  set(r);
  await wf.condition(() => r.takenAt >= 0 && c.settles > r.takenAt);
  return c.state;
}

export function installHandlers(c: Ctx): void {
  const s = c.state;
  wf.setHandler(stateQuery, () => c.state);
  // An empty validator: the guard (workflows/guard.ts) checks signatures in validateUpdate, which the
  // SDK runs only for updates that have a validator.
  wf.setHandler(
    intakeUpdate,
    async () => {
      await wf.condition(() => c.intakeRecorded);
      return c.state;
    },
    { validator: () => {} },
  );
  wf.setHandler(recomputeDeadlinesSignal, ({ reason }) => {
    c.recompute = reason || 'calendar or parameters changed';
  });
  wf.setHandler(retryStuckSignal, () => {
    if (c.stuck) c.stuck.retry = true;
  });

  wf.setHandler(
    completeTaskUpdate,
    async (inp) => {
      const task = s.tasks.find((t) => t.id === inp.taskId)!;
      task.status = 'completed';
      task.decision = inp.decision;
      task.reasons = inp.reasons?.trim() || null;
      task.evidence = inp.evidence ?? [];
      task.decidedBy = inp.actor.sub;
      task.completedAt = now();
      c.deciders.set(task.id, inp.actor);
      if (task.type === 'county_decision') {
        s.publish = inp.publish ?? true;
        if (inp.amountFen !== undefined) s.approvedAmountFen = inp.amountFen;
      }
      if (task.type === 'township_opinion') s.opinionBy = inp.actor.sub;
      if (task.type === 'township_verification' && inp.verification) c.verified = inp.verification;
      if (task.type === 'referral_outcome' && inp.referral) c.referralOutcome = inp.referral;
      if (task.type === 'appeal_decision' && inp.amountFen !== undefined) c.appealAmountFen = inp.amountFen;
      await wf.condition(() => c.processed.has(task.id));
      return c.state;
    },
    { validator: (inp) => checkComplete(c, inp) },
  );

  const claim = (claimed: boolean) => async ({ taskId, actor }: { taskId: string; actor: Actor }) => {
    const task = s.tasks.find((t) => t.id === taskId)!;
    task.claimedBy = claimed ? actor.sub : null;
    record(c, claimed ? 'task_claimed' : 'task_unclaimed', actor, { taskId }, { tasks: [taskRow(c, task)] });
    await flush(c);
    return c.state;
  };
  wf.setHandler(claimTaskUpdate, claim(true), { validator: ({ taskId, actor }) => check(c, actor, { action: 'claim', taskId }) });
  wf.setHandler(unclaimTaskUpdate, claim(false), { validator: ({ taskId, actor }) => check(c, actor, { action: 'unclaim', taskId }) });

  wf.setHandler(commissionRecheckUpdate, ({ actor, reasons }) => request(c, (r) => (c.requests.recheck = r), { actor, reasons: reasons ?? '' }), {
    validator: ({ actor }) => check(c, actor, { action: 'recheck' }),
  });
  wf.setHandler(fileAppealUpdate, ({ actor, reasons, body }) => request(c, (r) => (c.requests.appeal = r), { actor, reasons, at: now(), ...(body ? { body } : {}) }), {
    validator: ({ actor, reasons }) => check(c, actor, { action: 'appeal', reasons: reasons ?? '' }),
  });
  wf.setHandler(fileObjectionUpdate, ({ actor, text }) => request(c, (r) => (c.requests.objection = r), { actor, text }), {
    validator: ({ actor, text }) => check(c, actor, { action: 'objection', text: text ?? '' }),
  });
  // The period is the workflow's, never the caller's (issue 16 item 11): a caller who reaches Temporal
  // directly cannot name a past month and make the monthly loop pay every month since then at once.
  wf.setHandler(disburseUpdate, ({ actor }) => request(c, (r) => (c.requests.payment = r), { actor, period: duePeriod(s.matter, Date.now()) }), {
    validator: ({ actor, period }) => check(c, actor, { action: 'payment', ...(period !== undefined ? { period } : {}) }),
  });
  // Annual or roll review outcome "adjust" (issue 13; 001 §六(二) 动态调整): the following monthly payments
  // are the amount the review recomputed from the parameters in force (its breakdown is on the review's
  // event); kept in the input's benefit so it survives continue-as-new.
  wf.setHandler(
    adjustRecurringUpdate,
    async ({ actor, reasons, amountFen, ref }) => {
      const before = s.approvedAmountFen;
      s.approvedAmountFen = amountFen;
      c.input.benefit = { ...(c.input.benefit ?? {}), adjustedAmountFen: amountFen, adjustmentRef: ref };
      record(c, 'recurring_payment_adjusted', actor, { reasons, amountFen, before, ref }, { refs: ['001 §六(二)', ref] });
      await flush(c);
      return c.state;
    },
    { validator: ({ actor, reasons, amountFen }) => check(c, actor, { action: 'adjust', reasons: reasons ?? '', amountFen }) },
  );
  // The consent to the means check, obtained after a visit's follow-up filing (001 §五(一); 000 §5):
  // the township verification may then be approved.
  wf.setHandler(
    recordConsentUpdate,
    async ({ actor, evidence }) => {
      s.consentPending = false;
      record(c, 'consent_recorded', actor, { evidence: evidence.trim() }, { refs: ['001 §五(一)'], patchCase: { consentPending: false } });
      await flush(c);
      return c.state;
    },
    { validator: ({ actor, evidence }) => {
      check(c, actor, { action: 'consent' });
      if (!evidence?.trim()) refuse('INVALID', "the consent needs its evidence (the signed form's reference)", '001 §五(一)');
    } },
  );
  wf.setHandler(stopRecurringUpdate, ({ actor, reasons }) => request(c, (r) => (c.requests.stop = r), { actor, reasons }), {
    validator: ({ actor, reasons }) => check(c, actor, { action: 'stop', reasons: reasons ?? '' }),
  });
}
