/**
 * One duty task (issue 13) as its own small workflow, `duty-<taskId>`: it opens the task row (with its
 * audit event on the case's chain, or the county's), waits for the official, marks the task overdue at
 * its working-day deadline and tells the level above — and keeps waiting: nothing is decided by a
 * timer (an unanswered annual review never stops a payment). The outcome is then applied:
 * - roll_review / annual_review: continue, adjust (amount recomputed, case `adjustRecurring`) or stop
 *   (case `stopRecurring`), with reasons (001 §六(二); 003 §九);
 * - referral_outcome: accepted / refused (completes) or pending (recorded, stays open) with the other
 *   department's date and amount (000 §7–8; 001 §四(三)(四); 003 §二, §五, §七);
 * - visit: the visit record (000 §5);  outreach: what the station found (003 §九 主动发现).
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities } from '../../activities/index.js';
import type { DutyActivities } from '../../activities/duties/index.js';
import type { TaskUpsert } from '../../store/transition.js';
import { REFERRAL_OUTCOMES, REVIEW_OUTCOMES, outcomeDetails, outcomeOf } from '../../rules/duties/plan.js';
import { REFUSALS, SYSTEM_ACTOR, TASK_ROLE, type Actor, type TaskState } from '../definitions.js';
import { authorize, type CaseFacts, type TaskAction } from '../../rules/authority.js';
import { enforce, refuse } from '../refuse.js';
import { dutyClaimUpdate, dutyCompleteUpdate, dutyStateQuery, dutyUnclaimUpdate, workflowIdForDuty, type DutyCompleteInput, type DutyState, type DutyTaskSpec } from './messages.js';

const acts = wf.proxyActivities<CaseActivities & DutyActivities>({
  startToCloseTimeout: '60s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
});

export async function dutyTaskWorkflow(spec: DutyTaskSpec): Promise<DutyState> {
  const { role, level } = TASK_ROLE[spec.type];
  const task: TaskState = {
    id: spec.taskId, type: spec.type, role, county: spec.county, township: spec.township, status: 'open', openedAt: new Date(Date.now()).toISOString(),
    deadline: null, reminded: false, overdue: false, overdueSince: null, claimedBy: null, decidedBy: null, decision: null, reasons: null, evidence: [], completedAt: null,
  };
  const state: DutyState = { caseId: spec.chainId, subjectCaseId: spec.caseId, status: 'opening', county: spec.county, township: spec.township, tasks: [task], outcome: null, effect: null };
  let n = 0;
  let completion: { input: DutyCompleteInput; outcome: string; details: Record<string, unknown>; preview?: { amountFen: number; breakdown: unknown } } | null = null;
  const now = () => new Date(Date.now()).toISOString();
  const region = level === 'township' ? spec.township : spec.county;

  const row = (): TaskUpsert => ({
    id: task.id, type: task.type, subjectType: 'duty', workflowId: workflowIdForDuty(task.id), status: task.status, role, county: task.county, township: task.township,
    receivedOn: task.deadline?.from ?? task.openedAt.slice(0, 10), dueDate: task.deadline?.dueDate ?? null, dueAt: task.deadline?.dueAt ?? null, provisional: task.deadline?.provisional ?? false,
    overdue: task.overdue, overdueSince: task.overdueSince, claimedBy: task.claimedBy, completedBy: task.decidedBy, completedAt: task.completedAt, decision: task.decision, reasons: task.reasons, evidence: task.evidence,
  });
  const record = (type: string, actor: Actor, data: Record<string, unknown>, extra: { refs?: string[]; notify?: { kind: string; toRole: string; toRegion: string; message: string } } = {}) =>
    acts.applyTransition({
      caseId: spec.chainId, eventKey: `${workflowIdForDuty(task.id)}:${++n}`, at: now(), actor, type,
      data: { taskId: task.id, taskType: task.type, subjectType: 'duty', ...data }, refs: extra.refs ?? spec.refs, tasks: [row()],
      notifications: extra.notify ? [{ key: `${task.id}:${extra.notify.kind}`, taskId: task.id, ...extra.notify }] : [],
    });

  // ---------- who may act: the one authority (rules/authority.ts), on this duty's one task ----------
  const facts = (): CaseFacts => ({
    id: spec.chainId,
    status: 'open',
    matter: spec.matter ?? '',
    county: spec.county,
    township: spec.township,
    recurring: false,
    appealDeadline: null,
    filedByAgent: null,
    tasks: [{ id: task.id, type: task.type, role, status: task.status, claimedBy: task.claimedBy, decidedBy: task.decidedBy }],
  });
  function checkActor(actor: Actor, action: TaskAction = 'claim'): void {
    if (state.status === 'opening') refuse(REFUSALS.NOT_FOUND, `task ${task.id} is not open yet`);
    enforce(authorize(actor, { action, taskId: task.id }, facts(), Date.now()));
  }
  const mine = (taskId: string) => {
    if (taskId !== task.id) refuse(REFUSALS.NOT_FOUND, `task ${taskId} is not this duty's`);
  };

  function validateComplete(inp: DutyCompleteInput): void {
    mine(inp.taskId);
    checkActor(inp.actor, 'complete');
    if (completion) refuse(REFUSALS.TASK_COMPLETED, `task ${task.id} is being completed`);
    if (inp.decision !== 'approve' && inp.decision !== 'reject') refuse(REFUSALS.INVALID, 'decision must be "approve" or "reject"');
    const reasons = (inp.reasons ?? '').trim();
    const o = outcomeFor(inp);
    if (o === null) refuse(REFUSALS.INVALID, `outcome must be one of ${allowedOutcomes().join(', ')}`);
    if (o !== 'continue' && o !== 'done' && o !== 'accepted' && o !== 'pending' && !reasons) refuse(REFUSALS.REASONS_REQUIRED, `a ${task.type} outcome "${o}" needs reasons`);
    if (task.type === 'annual_review' || task.type === 'roll_review') {
      if (o !== 'continue' && !spec.caseId) refuse(REFUSALS.WRONG_STATE, 'this review has no case to act on');
      if (o === 'adjust' && (typeof outcomeDetails(inp as never).benefit !== 'object' || outcomeDetails(inp as never).benefit === null)) refuse(REFUSALS.INVALID, 'an adjustment needs benefit: the calculator inputs now (e.g. { dibaoStandardFen })');
    }
    if (task.type === 'visit') {
      const r = inp.record;
      if (!r && !reasons) refuse(REFUSALS.INVALID, 'a visit needs its record: place and findings');
      if (r && (!r.place?.trim() || !r.findings?.trim())) refuse(REFUSALS.INVALID, 'a visit record needs place and findings');
      if (r?.cashFen !== undefined && (!Number.isSafeInteger(r.cashFen) || r.cashFen < 0)) refuse(REFUSALS.INVALID, 'record.cashFen must be a non-negative whole number of fen');
    }
    const amount = outcomeDetails(inp as never).amountFen;
    if (amount !== undefined && (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0)) refuse(REFUSALS.INVALID, 'amountFen must be a non-negative whole number of fen');
  }
  function allowedOutcomes(): readonly string[] {
    return task.type === 'referral_outcome' ? REFERRAL_OUTCOMES : task.type === 'annual_review' || task.type === 'roll_review' ? REVIEW_OUTCOMES : ['done'];
  }
  function outcomeFor(inp: DutyCompleteInput): string | null {
    if (task.type === 'referral_outcome') return outcomeOf(REFERRAL_OUTCOMES, inp, 'accepted', 'refused');
    if (task.type === 'annual_review' || task.type === 'roll_review') return outcomeOf(REVIEW_OUTCOMES, inp, 'continue', 'stop');
    return 'done';
  }

  wf.setHandler(dutyStateQuery, () => state);
  wf.setHandler(
    dutyCompleteUpdate,
    async (inp) => {
      const outcome = outcomeFor(inp)!;
      const details = outcomeDetails(inp as never);
      if (outcome === 'pending') {
        // The other department has not decided yet: recorded, the task stays open with its deadline.
        await record('referral_outcome_pending', inp.actor, { outcome, on: details.on ?? null, reasons: inp.reasons ?? null });
        return state;
      }
      let preview: { amountFen: number; breakdown: unknown } | undefined;
      if (outcome === 'adjust') {
        const p = await acts.previewAdjustment({ matter: spec.matter ?? 'living_supplement', county: spec.county, benefit: details.benefit as Record<string, unknown>, at: now() });
        if (!p.ok) throw wf.ApplicationFailure.create({ type: REFUSALS.INVALID, message: `${p.field}: ${p.message}`, nonRetryable: true });
        preview = p;
      }
      if (completion || task.status !== 'open') refuse(REFUSALS.TASK_COMPLETED, `task ${task.id} is already done`);
      completion = { input: inp, outcome, details, preview };
      await wf.condition(() => state.status === 'done');
      return state;
    },
    { validator: validateComplete },
  );
  const claim = (on: boolean) => async ({ actor }: { taskId: string; actor: Actor }) => {
    task.claimedBy = on ? actor.sub : null;
    await record(on ? 'task_claimed' : 'task_unclaimed', actor, {});
    return state;
  };
  wf.setHandler(dutyClaimUpdate, claim(true), {
    validator: ({ taskId, actor }) => {
      mine(taskId);
      checkActor(actor, 'claim');
    },
  });
  wf.setHandler(dutyUnclaimUpdate, claim(false), {
    validator: ({ taskId, actor }) => {
      mine(taskId);
      checkActor(actor, 'unclaim');
    },
  });

  // ---------- open ----------
  task.deadline = await acts.computeDeadline({ region, ...(spec.deadline.from ? { from: spec.deadline.from } : { fromInstant: task.openedAt }), paramKey: spec.deadline.paramKey });
  if (spec.visit) await acts.createVisitRow({ id: task.id, caseId: spec.caseId ?? spec.chainId, personKey: spec.visit.personKey, county: spec.county, township: spec.township, reason: spec.visit.reason, dueDate: task.deadline.dueDate });
  await record('task_opened', SYSTEM_ACTOR, { role, region, deadline: task.deadline, subjectCaseId: spec.caseId, ...spec.data });
  state.status = 'open';

  // ---------- wait; overdue at the deadline, escalated; never decided by the timer ----------
  const left = Date.parse(task.deadline.dueAt) - Date.now();
  const answered = left > 0 ? await wf.condition(() => completion !== null, left) : completion !== null;
  if (!answered) {
    task.overdue = true;
    task.overdueSince = task.deadline.dueAt;
    const sup = level === 'township' ? { toRole: 'county_approver', toRegion: spec.county } : { toRole: 'ops', toRegion: spec.county.slice(0, 4) + '00' };
    await record('step_overdue', SYSTEM_ACTOR, { dueAt: task.deadline.dueAt, notified: sup }, {
      refs: [...spec.refs, 'SPEC §2 "At a deadline nothing is decided automatically"'],
      notify: { kind: 'overdue', ...sup, message: `${task.type} ${task.id} is overdue since ${task.deadline.dueDate}` },
    });
    await wf.condition(() => completion !== null);
  }

  // ---------- the answer and what it does ----------
  const c = completion!;
  const inp = c.input;
  task.status = 'completed';
  task.decision = inp.decision;
  task.reasons = inp.reasons?.trim() || null;
  task.evidence = (inp.evidence ?? []).map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
  task.decidedBy = inp.actor.sub;
  task.completedAt = now();
  state.outcome = c.outcome;
  if (task.type === 'visit') {
    const r = inp.record ?? { place: 'home', findings: task.reasons ?? '' };
    await acts.recordVisitRow({ id: task.id, record: { visitedBy: inp.actor.sub, visitedAt: r.visitedAt ?? task.completedAt, place: r.place, findings: r.findings, cashFen: r.cashFen ?? null, goods: r.goods ?? null, followUp: r.followUp ?? null, followUpCaseId: r.followUpCaseId ?? null } });
  }
  await record('task_completed', inp.actor, { decision: inp.decision, outcome: c.outcome, reasons: task.reasons, evidence: inp.evidence ?? [], overdue: task.overdue, on: c.details.on ?? null, amountFen: c.details.amountFen ?? null, record: inp.record ?? null, recomputed: c.preview ?? null });
  if (spec.caseId && c.outcome === 'stop') {
    state.effect = await acts.stopCasePayment({ caseId: spec.caseId, actor: inp.actor, reasons: task.reasons ?? '' });
  } else if (spec.caseId && c.outcome === 'adjust' && c.preview) {
    state.effect = await acts.adjustCasePayment({ caseId: spec.caseId, actor: inp.actor, reasons: task.reasons ?? '', amountFen: c.preview.amountFen, ref: `${task.type} ${task.id}` });
  }
  if (state.effect) await record('review_outcome_applied', inp.actor, { outcome: c.outcome, effect: state.effect });
  state.status = 'done';
  await wf.condition(wf.allHandlersFinished);
  return state;
}
