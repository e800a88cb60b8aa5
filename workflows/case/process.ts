/**
 * One workflow per case (001 §五; SPEC §2): apply → township review → county approval → publication or
 * written reasons → appeal → exact, once-only payment; the emergency path pays first.
 *
 * This module is the process as it reads in the law; the other modules of workflows/case/ hold the
 * tasks, deadlines, message handlers, payments and recording it uses. It only orchestrates: deadlines,
 * amounts and texts come from activities, every change is recorded with its audit event, and nothing
 * is decided by a timer.
 */
import * as wf from '@temporalio/workflow';
import { isReferral } from '../../rules/matter-class.js';
import { casePriority } from '../../rules/priority.js';
import { STEPS } from '../../rules/steps.js';
import { APPEAL_BODY_LEVEL, type CaseInput, type CaseState, type Deadline, type TaskState } from '../definitions.js';
import { filerOf, local, newCtx, now, take, type Carried, type Ctx } from './context.js';
import { deadlineFrom, watchDeadlines } from './deadlines.js';
import { appealWindowFromNow, approvedAppeal } from './appeal.js';
import { installHandlers } from './handlers.js';
import { referAndAwaitOutcome } from './referral.js';
import { finish, freezeAmount, payable, payEmergency, previewAmount, runRecurring } from './payments.js';
import { closeCase, record, setSearchAttributes, setStatus, system, taskRow } from './recording.js';
import { awaitTask, cancelTask, openTask, settle, waitFor } from './tasks.js';

export type { Carried } from './context.js';

export async function caseWorkflow(input: CaseInput, carried?: Carried): Promise<CaseState> {
  const c = newCtx(input, carried);
  installHandlers(c);
  // Beside the process for the life of this run; a bug in it fails the workflow task (retried after
  // a fix), it is never swallowed.
  void watchDeadlines(c);
  if (carried) return runRecurring(c, carried.nextPeriod);

  await intake(c);
  // 2. Township review (审核): verification then opinion, both within 5 working days of receipt.
  const townshipDeadline = c.state.tasks[0]!.deadline;
  const verification = c.state.tasks[0]!;
  await awaitTask(c, verification, STEPS.township_verification.refs);
  if (c.verified) reprioritise(c, verification);
  const opinion = openTask(c, 'township_opinion', townshipDeadline, { verification: verification.decision }, STEPS.township_opinion.refs);
  await awaitTask(c, opinion, STEPS.township_opinion.refs);

  // 3. County approval (审批) within 5 working days of receiving the opinion; optional re-check (复查).
  // 001 §五3 审批决定: the approver sees the amount with its breakdown; approving freezes it. Both are
  // computed at the same instant, side by side (one round of local activities).
  const [countyDeadline, amount] = await Promise.all([deadlineFrom(c, 'county', STEPS.county_decision.deadline, now()), previewAmount(c)]);
  setStatus(c, 'county_review', 'forwarded_to_county', system, { opinion: opinion.decision, opinionReasons: opinion.reasons }, ['001 §五(三)']);
  const decision = openTask(c, 'county_decision', countyDeadline, { opinion: opinion.decision, ...amount }, STEPS.county_decision.refs, amount);
  while (decision.status === 'open') {
    await waitFor(c, () => decision.status !== 'open' || c.requests.recheck !== null);
    if (c.requests.recheck !== null && decision.status === 'open') {
      const req = take(c, c.requests.recheck);
      const recheck = openTask(c, 'county_recheck', countyDeadline, { commissionedBy: req.actor.sub, reasons: req.reasons }, STEPS.county_recheck.refs);
      c.requests.recheck = null;
      await awaitTask(c, recheck, STEPS.county_recheck.refs);
    }
  }
  await awaitTask(c, decision, STEPS.county_decision.refs);
  // An approval freezes the amount and may be disputed too (001 §五3): its appeal runs beside publication
  // and payment (appeal.ts). The amount, the appeal window and the publication period are computed side
  // by side, at the approval: one round of local activities instead of three, scheduled in the order
  // they ran one after the other (so the committed histories replay).
  // A freeze that got stuck (ops had to load a parameter) counts both from when it went through instead,
  // as before: a publication must not lose the days the case waited.
  let appeal: (() => Promise<void>) | null = null;
  let publication: Promise<Deadline> | undefined;
  if (decision.decision === 'approve') {
    const frozen = freezeAmount(c, c.deciders.get(decision.id) ?? system);
    let window = isReferral(c.input.matter) ? null : appealWindowFromNow(c);
    publication = publishes(c) ? publicationPeriod(c) : undefined;
    if ((await frozen).wasStuck) {
      for (const early of [window, publication]) early?.catch(() => {}); // superseded, not awaited
      window = window && appealWindowFromNow(c);
      publication = publication && publicationPeriod(c);
    }
    if (window) appeal = await approvedAppeal(c, window);
  }
  const outcome = decision.decision === 'approve' ? await approved(c, publication) : await rejected(c, decision.reasons ?? '');
  const result = outcome === 'closed' ? await finish(c) : await payable(c);
  if (!appeal) return result;
  await appeal();
  return finish(c);
}

/**
 * 1. Apply (申请), 001 §五(一): consent given (the API refuses without it), who filed recorded. A case the
 * station files on a visit's follow-up (000 §5) may come before the consent: it is recorded later and the
 * means check waits for it (rules/authority.ts).
 */
async function intake(c: Ctx): Promise<void> {
  const input = c.input;
  const [assessment, townshipDeadline] = await Promise.all([
    local.assessCase(input),
    local.computeDeadline({ region: input.township, fromInstant: input.receivedAt, paramKey: STEPS.township_verification.deadline }),
  ]);
  c.priority = assessment.priority;
  c.state.priority = assessment.priority;
  record(
    c,
    'case_received',
    // The authenticated caller is the actor; an agent filing for the applicant is data (issue 12 row 11).
    { sub: filerOf(input), roles: ['station_clerk'] },
    {
      matter: input.matter,
      hardshipSituation: input.hardshipSituation,
      filedBy: input.filedBy,
      consentToMeansCheck: input.consentToMeansCheck,
      ...(input.followUpOfVisit ? { followUpOfVisit: input.followUpOfVisit } : {}),
      emergency: input.emergency ?? null,
      eligibility: assessment.eligibility,
      priority: assessment.priority,
      priorityExplanation: assessment.explanation,
      referral: assessment.referral ?? null,
    },
    { refs: ['001 §五(一)', '000 §3', ...assessment.refs], createCase: assessment.caseRow },
  );
  setSearchAttributes(c);
  // Emergency path (001 §五 last paragraphs): pay first, the paperwork follows.
  if (input.emergency) await payEmergency(c);
  openTask(c, 'township_verification', townshipDeadline, { checks: ['信息核对', '入户调查'] }, STEPS.township_verification.refs);
  await settle(c);
  c.intakeRecorded = true;
}

/**
 * Issue 12 row 13: township verification recorded conduct (000 §3 现实表现) or a serious illness or
 * disability (000 §2 致残、患有严重疾病; 000 §6 重病重残): the priority is recomputed with the same
 * function as at intake, its explanation recorded, and the case's open and later tasks carry it (the
 * inbox orders by it, store/tasks.ts).
 */
function reprioritise(c: Ctx, verification: TaskState): void {
  const facts = c.verified!;
  const before = c.priority;
  const p = casePriority(c.input, facts);
  c.priority = p.score;
  c.state.priority = p.score;
  c.verified = null;
  const open = c.state.tasks.filter((t) => t.status === 'open').map((t) => taskRow(c, t));
  record(c, 'priority_recomputed', c.deciders.get(verification.id) ?? system, { taskId: verification.id, facts, before, priority: p.score, priorityExplanation: p.explanation }, {
    refs: ['000 §3', '000 §2', '000 §6'],
    tasks: open,
    patchCase: { priority: p.score, priorityExplanation: p.explanation },
  });
}

/** Whether an approval is published (not a referral, and the decision did not say otherwise). */
const publishes = (c: Ctx): boolean => !isReferral(c.input.matter) && c.state.publish !== false;

/** The publication period counted from now (SPEC §2 publication; not in seeds: 5 working days). */
const publicationPeriod = (c: Ctx): Promise<Deadline> => deadlineFrom(c, 'county', 'publication_working_days', now());

/**
 * Approved by the county (or on appeal): a referral awaits the other department's outcome; otherwise
 * publication, unless not published. `started`: the publication period, already computed at the approval.
 */
async function approved(c: Ctx, started?: Promise<Deadline>): Promise<'approved' | 'closed'> {
  for (;;) {
    // 001 §五 last paragraph: another department's channel; the case records its outcome (referral.ts).
    if (isReferral(c.input.matter)) return referAndAwaitOutcome(c);
    if (c.state.publish === false) return 'approved';
    // 5. Publication (公示) with personal data masked.
    const period = await (started ?? publicationPeriod(c));
    started = undefined;
    const text = await local.composePublication({ caseId: c.input.caseId, applicant: c.input.applicant, matter: c.input.matter, county: c.input.county, township: c.input.township, until: period.dueDate, workingDays: period.workingDays });
    const endsAt = period.workingDays === 0 ? now() : period.dueAt;
    c.state.publicationEndsAt = endsAt;
    setStatus(c, 'publication', 'publication_started', system, { endsAt, text }, ['001 §五(三)', 'SPEC §2 publication (not in seeds: default 5 working days)'], { patchCase: { publish: true, publicationText: text } });
    if (!(await waitFor(c, () => c.requests.objection !== null, Date.parse(endsAt)))) {
      record(c, 'publication_ended', system, { objections: 0 }, { refs: ['001 §五(三)'] });
      return 'approved';
    }
    // An objection sends the case to a re-check before any payment.
    const obj = take(c, c.requests.objection!);
    const recheck = openTask(c, 'objection_recheck', await deadlineFrom(c, 'county', STEPS.objection_recheck.deadline, now()), { objection: obj.text, filedBy: obj.actor.sub }, STEPS.objection_recheck.refs);
    record(c, 'objection_filed', obj.actor, { text: obj.text, taskId: recheck.id }, { refs: ['SPEC §2 publication objection'] });
    c.requests.objection = null;
    await awaitTask(c, recheck, STEPS.objection_recheck.refs);
    if (recheck.decision === 'reject') return rejected(c, recheck.reasons ?? '');
    // The objection was unfounded: publication resumes for the rest of its period.
    if (await waitFor(c, () => c.requests.objection !== null, Date.parse(endsAt))) continue;
    record(c, 'publication_ended', system, { objections: 1, recheck: recheck.id }, { refs: ['001 §五(三)'] });
    return 'approved';
  }
}

/** Rejected: written reasons delivered, the appeal window open; an emergency payment is reconciled. */
async function rejected(c: Ctx, reasons: string): Promise<'approved' | 'closed'> {
  const s = c.state;
  const by = [...s.tasks].reverse().find((t) => t.status === 'completed')!;
  s.writtenReasons = reasons;
  const window = await local.appealWindow({ region: c.input.county, fromInstant: now() });
  s.appealDeadline = window.deadline;
  setStatus(c, 'rejected', 'written_reasons_delivered', system, { reasons, decidedBy: by.decidedBy, appealDeadline: window.deadline }, ['001 §五(三)', window.ref], {
    patchCase: { writtenReasons: reasons, appealDeadline: window.deadline },
    notifications: [{ key: `${c.input.caseId}:reasons:${by.id}`, kind: 'written_reasons', toRole: 'applicant', toRegion: c.input.township, message: `Case ${c.input.caseId} was not approved. Reasons: ${reasons}. You may ask for re-review until ${window.deadline}.` }],
  });
  const recovery = openRecovery(c);
  const filed = await waitFor(c, () => c.requests.appeal !== null, Date.parse(window.deadline));
  if (!filed) {
    record(c, 'appeal_window_lapsed', system, { appealDeadline: window.deadline }, { refs: [window.ref] });
    if (recovery) await recovery.done;
    closeCase(c, 'closed', 'case_closed', system, { outcome: 'rejected' }, ['001 §五(三)']);
    return 'closed';
  }
  // 4. Appeal (复核) by the county government or the next-level department.
  const ap = take(c, c.requests.appeal!);
  const appealDeadline = await deadlineFrom(c, 'county', STEPS.appeal_decision.deadline, ap.at);
  setStatus(c, 'appeal', 'appeal_filed', ap.actor, { reasons: ap.reasons, ...(ap.body ? { body: ap.body } : {}) }, ['001 §五(四)']);
  const review = openTask(c, 'appeal_decision', appealDeadline, { appealReasons: ap.reasons, ...(ap.body ? { body: ap.body } : {}) }, STEPS.appeal_decision.refs, undefined, ap.body ? APPEAL_BODY_LEVEL[ap.body] : undefined);
  await awaitTask(c, review, STEPS.appeal_decision.refs);
  if (review.decision === 'approve') {
    if (recovery && recovery.task.status === 'open') cancelTask(c, recovery.task, 'appeal granted: the emergency payment stands', ['001 §五(四)']);
    s.writtenReasons = null;
    s.publish = s.publish ?? true;
    record(c, 'appeal_granted', c.deciders.get(review.id) ?? { sub: review.decidedBy ?? 'unknown', roles: ['appeal_reviewer'] }, { reasons: review.reasons }, { refs: ['001 §五(四)'], patchCase: { writtenReasons: null } });
    c.requests.appeal = null;
    return approved(c);
  }
  if (recovery) await recovery.done;
  closeCase(c, 'closed', 'case_closed', system, { outcome: 'appeal_upheld', reasons: review.reasons }, ['001 §五(四)']);
  return 'closed';
}

/**
 * Nothing is silently undone: a rejected case that was paid first gets a recovery task for finance,
 * running beside the appeal window (its completion is recorded by its own coroutine).
 */
function openRecovery(c: Ctx): { task: TaskState; done: Promise<void> } | null {
  const s = c.state;
  if (!s.payments.some((p) => p.kind === 'emergency') || s.tasks.some((t) => t.type === 'recovery' && t.status === 'open')) return null;
  const paid = s.payments.filter((p) => p.kind === 'emergency').reduce((a, p) => a + p.amountFen, 0);
  const task = openTask(c, 'recovery', null, { emergencyPaidFen: paid }, STEPS.recovery.refs);
  const done = (async () => {
    await wf.condition(() => task.status !== 'open');
    await awaitTask(c, task, STEPS.recovery.refs);
    await settle(c);
  })();
  return { task, done };
}
