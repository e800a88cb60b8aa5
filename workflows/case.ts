/**
 * One workflow per case (001 §五; SPEC §2): apply → township review → county approval → publication or
 * written reasons → appeal → exact, once-only payment; the emergency path pays first.
 *
 * This file only orchestrates. Deadlines, amounts and texts come from activities (so a calendar or
 * parameter update never changes how an old history replays); every change is written by the
 * `applyTransition` activity together with its audit event. Nothing is decided by a timer: at a
 * deadline the step becomes overdue and the workflow keeps waiting for the official.
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities } from '../activities/index.js';
import type { Transition, TaskUpsert } from '../store/transition.js';
import {
  REFUSALS,
  SA_COUNTY,
  SA_DUE_AT,
  SA_OVERDUE,
  SA_STATUS,
  SA_STEP,
  SYSTEM_ACTOR,
  TASK_ROLE,
  claimTaskUpdate,
  commissionRecheckUpdate,
  completeTaskUpdate,
  disburseUpdate,
  fileAppealUpdate,
  intakeUpdate,
  fileObjectionUpdate,
  recomputeDeadlinesSignal,
  stateQuery,
  stopRecurringUpdate,
  adjustRecurringUpdate,
  unclaimTaskUpdate,
  type Actor,
  type CaseInput,
  type CaseState,
  type CaseStatus,
  type CompleteTaskInput,
  type Deadline,
  type TaskState,
  type TaskType,
} from './definitions.js';
import { checkActorForTask, findTask, hasRole, inJurisdiction, refuse, validateClaim, validateComplete } from './guards.js';

const acts = wf.proxyActivities<CaseActivities>({
  startToCloseTimeout: '60s',
  // Unlimited attempts: a database or worker outage delays a case, it never loses a step.
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
});

/** Items paid monthly until stopped (001 §四(一): "each month"). */
const RECURRING_MATTERS = new Set(['living_supplement']);
/** Matters that end in a referral to another department (001 §四(三)(四), 003 §七), not a payment. */
const REFERRAL_MATTERS = new Set(['housing_referral', 'education_referral', 'funeral_referral']);
/** After this many monthly payments the workflow continues as new, keeping its history short. */
const PAYMENTS_PER_RUN = 12;

export interface Carried {
  state: CaseState;
  counter: number;
  priority: number;
  nextPeriod: string | null;
}

export async function caseWorkflow(input: CaseInput, carried?: Carried): Promise<CaseState> {
  const state: CaseState = carried?.state ?? {
    caseId: input.caseId,
    status: 'township_review',
    matter: input.matter,
    county: input.county,
    township: input.township,
    emergency: input.emergency !== undefined,
    tasks: [],
    payments: [],
    writtenReasons: null,
    publish: null,
    publicationEndsAt: null,
    appealDeadline: null,
    opinionBy: null,
    filedByAgent: input.filedBy.capacity === 'agent' ? input.filedBy.sub : null,
    recurring: false,
    approvedAmountFen: null,
  };
  let counter = carried?.counter ?? 0;
  /** Bumped whenever a task opens, closes or changes its deadline: the deadline watcher re-plans. */
  let deadlineVersion = 0;
  const processed = new Set<string>();
  let recomputeRequested: string | null = null;
  let objection: { actor: Actor; text: string } | null = null;
  let appeal: { actor: Actor; reasons: string; at: string } | null = null;
  let recheckRequest: { actor: Actor; reasons: string } | null = null;
  let disburseRequest: { actor: Actor; period: string } | null = null;
  let stopRequest: { actor: Actor; reasons: string } | null = null;
  let priority = carried?.priority ?? 0;
  let intakeRecorded = carried !== undefined;
  let stopRecorded = false;
  /** Who completed each task (with the roles they acted in), for the audit event. */
  const deciders = new Map<string, Actor>();

  const now = () => new Date(Date.now()).toISOString();
  const nextKey = () => `${input.caseId}:${++counter}`;
  const region = (level: 'township' | 'county') => (level === 'township' ? input.township : input.county);

  // ---------- writing (projection + audit event, one activity, idempotent by event key) ----------
  async function record(
    type: string,
    actor: Actor,
    data: Record<string, unknown>,
    extra: Partial<Omit<Transition, 'caseId' | 'eventKey' | 'at' | 'actor' | 'type' | 'data'>> = {},
  ): Promise<void> {
    const at = now();
    await acts.applyTransition({
      caseId: input.caseId,
      eventKey: nextKey(),
      at,
      actor,
      type,
      data: { ...data, snapshot: snapshot() },
      ...extra,
    });
  }

  function snapshot(): CaseState {
    return JSON.parse(JSON.stringify(state)) as CaseState;
  }

  function taskRow(t: TaskState): TaskUpsert {
    return {
      id: t.id,
      type: t.type,
      status: t.status,
      role: t.role,
      county: t.county,
      township: t.township,
      priority,
      receivedOn: t.deadline?.from ?? t.openedAt.slice(0, 10),
      dueDate: t.deadline?.dueDate ?? null,
      dueAt: t.deadline?.dueAt ?? null,
      provisional: t.deadline?.provisional ?? false,
      overdue: t.overdue,
      overdueSince: t.overdueSince,
      remindedAt: t.reminded ? now() : null,
      claimedBy: t.claimedBy,
      completedBy: t.decidedBy,
      completedAt: t.completedAt,
      decision: t.decision,
      reasons: t.reasons,
      evidence: t.evidence,
    };
  }

  function setSearchAttributes(): void {
    if (input.searchAttributes === false) return;
    const open = state.tasks.filter((t) => t.status === 'open');
    const due = open
      .map((t) => t.deadline?.dueAt)
      .filter((x): x is string => !!x)
      .sort()[0];
    wf.upsertSearchAttributes([
      { key: SA_STATUS, value: state.status },
      { key: SA_STEP, value: open[0]?.type ?? state.status },
      { key: SA_OVERDUE, value: open.some((t) => t.overdue) },
      { key: SA_COUNTY, value: input.county },
      { key: SA_DUE_AT, value: due ? new Date(due) : null },
    ]);
  }

  async function setStatus(status: CaseStatus, type: string, actor: Actor, data: Record<string, unknown>, refs: string[], extra: Partial<Transition> = {}) {
    state.status = status;
    setSearchAttributes();
    await record(type, actor, { status, ...data }, {
      refs,
      ...extra,
      patchCase: { status, currentStep: currentStep(), ...(extra.patchCase ?? {}) },
    });
  }

  function currentStep(): string | null {
    return state.tasks.find((t) => t.status === 'open' && t.type !== 'recovery')?.type ?? state.tasks.find((t) => t.status === 'open')?.type ?? null;
  }

  // ---------- tasks ----------
  async function openTask(type: TaskType, deadline: Deadline | null, data: Record<string, unknown>, refs: string[]): Promise<TaskState> {
    const { role, level } = TASK_ROLE[type];
    const n = state.tasks.filter((t) => t.type === type).length + 1;
    const task: TaskState = {
      id: `${input.caseId}-${type}-${n}`,
      type,
      role,
      county: input.county,
      township: input.township,
      status: 'open',
      openedAt: now(),
      deadline,
      reminded: false,
      overdue: false,
      overdueSince: null,
      claimedBy: null,
      decidedBy: null,
      decision: null,
      reasons: null,
      evidence: [],
      completedAt: null,
    };
    state.tasks.push(task);
    deadlineVersion++;
    setSearchAttributes();
    await record('task_opened', SYSTEM_ACTOR, { taskId: task.id, taskType: type, role, region: region(level), deadline, ...data }, {
      refs,
      tasks: [taskRow(task)],
      patchCase: { status: state.status, currentStep: currentStep() },
    });
    return task;
  }

  /**
   * Before the process blocks, every decision it has reacted to is "processed": the update that made
   * it returns now, so the official sees the case with its next step already open.
   */
  function settle(): void {
    for (const t of state.tasks) if (t.status !== 'open') processed.add(t.id);
  }

  /** Waits (settled) until pred holds or, if given, until the instant `untilMs`; true when pred held. */
  async function waitFor(pred: () => boolean, untilMs?: number): Promise<boolean> {
    if (pred()) return true; // not blocking: a decision just made is still being reacted to
    settle();
    if (untilMs === undefined) {
      await wf.condition(pred);
      return true;
    }
    const left = untilMs - Date.now();
    if (left <= 0) return pred();
    return wf.condition(pred, left);
  }

  /** Waits for an official to complete the task; returns once the completion is recorded. */
  async function awaitTask(task: TaskState, refs: string[]): Promise<TaskState> {
    await waitFor(() => task.status !== 'open');
    if (task.status === 'completed') {
      deadlineVersion++;
      setSearchAttributes();
      await record(
        'task_completed',
        deciders.get(task.id) ?? { sub: task.decidedBy ?? 'unknown', roles: [task.role] },
        { taskId: task.id, taskType: task.type, decision: task.decision, reasons: task.reasons, evidence: task.evidence, overdue: task.overdue },
        { refs, tasks: [taskRow(task)], patchCase: { currentStep: currentStep() } },
      );
    }
    return task;
  }

  async function cancelTask(task: TaskState, why: string, refs: string[]): Promise<void> {
    task.status = 'cancelled';
    task.completedAt = now();
    task.reasons = why;
    deadlineVersion++;
    await record('task_cancelled', SYSTEM_ACTOR, { taskId: task.id, taskType: task.type, why }, { refs, tasks: [taskRow(task)] });
  }

  // ---------- deadlines: reminders and overdue marks; never a decision ----------
  async function watchDeadlines(): Promise<void> {
    for (;;) {
      const seen = deadlineVersion;
      const at = Date.now();
      let next: { task: TaskState; kind: 'reminder' | 'overdue'; when: number } | null = null;
      for (const t of state.tasks) {
        if (t.status !== 'open' || !t.deadline) continue;
        const cands: { kind: 'reminder' | 'overdue'; when: number }[] = [];
        if (!t.reminded && t.deadline.reminderAt) cands.push({ kind: 'reminder', when: Date.parse(t.deadline.reminderAt) });
        if (!t.overdue) cands.push({ kind: 'overdue', when: Date.parse(t.deadline.dueAt) });
        for (const c of cands) if (!next || c.when < next.when) next = { task: t, ...c };
      }
      if (!next) {
        await wf.condition(() => deadlineVersion !== seen || recomputeRequested !== null);
      } else if (next.when > at) {
        await wf.condition(() => deadlineVersion !== seen || recomputeRequested !== null, next.when - at);
      }
      if (recomputeRequested !== null) {
        const why = recomputeRequested;
        recomputeRequested = null;
        await recomputeDeadlines(why);
        continue;
      }
      if (deadlineVersion !== seen || !next || Date.now() < next.when) continue;
      const t = next.task;
      if (t.status !== 'open') continue;
      if (next.kind === 'reminder') {
        t.reminded = true;
        await record('step_reminder', SYSTEM_ACTOR, { taskId: t.id, taskType: t.type, dueAt: t.deadline!.dueAt }, {
          refs: ['SPEC §2 reminder (not in seeds: default 1 working day before)'],
          tasks: [taskRow(t)],
          notifications: [
            { key: `${t.id}:reminder:${t.deadline!.dueAt}`, taskId: t.id, kind: 'reminder', toRole: t.role, toRegion: region(TASK_ROLE[t.type].level), message: `${t.type} for case ${input.caseId} is due ${t.deadline!.dueDate}` },
          ],
        });
      } else {
        t.overdue = true;
        t.overdueSince = t.deadline!.dueAt;
        setSearchAttributes();
        const sup = supervisorOf(t);
        await record('step_overdue', SYSTEM_ACTOR, { taskId: t.id, taskType: t.type, dueAt: t.deadline!.dueAt, notified: sup }, {
          refs: ['001 §五', 'SPEC §2 "At a deadline nothing is decided automatically"'],
          tasks: [taskRow(t)],
          notifications: [
            { key: `${t.id}:overdue:${t.deadline!.dueAt}`, taskId: t.id, kind: 'overdue', toRole: sup.role, toRegion: sup.region, message: `${t.type} for case ${input.caseId} is overdue since ${t.deadline!.dueDate}` },
          ],
        });
      }
    }
  }

  /** The level above the step: township steps answer to the county department, county steps to the city. */
  function supervisorOf(t: TaskState): { role: string; region: string } {
    return TASK_ROLE[t.type].level === 'township'
      ? { role: 'county_approver', region: input.county }
      : { role: 'ops', region: input.county.slice(0, 4) + '00' };
  }

  async function recomputeDeadlines(why: string): Promise<void> {
    for (const t of state.tasks) {
      if (t.status !== 'open' || !t.deadline || !t.deadline.provisional) continue;
      const fresh = await acts.computeDeadline({ region: region(TASK_ROLE[t.type].level), from: t.deadline.from, workingDays: t.deadline.workingDays, fresh: true });
      if (fresh.dueAt === t.deadline.dueAt && fresh.provisional === t.deadline.provisional) continue;
      const before = t.deadline;
      t.deadline = fresh;
      if (t.overdue && Date.parse(fresh.dueAt) > Date.now()) {
        t.overdue = false;
        t.overdueSince = null;
      }
      if (t.reminded && fresh.reminderAt && Date.parse(fresh.reminderAt) > Date.now()) t.reminded = false;
      deadlineVersion++;
      await record('deadline_recomputed', SYSTEM_ACTOR, { taskId: t.id, before, after: fresh, why }, { refs: ['SPEC §2 "Working days"'], tasks: [taskRow(t)] });
    }
    setSearchAttributes();
  }

  // ---------- message handlers ----------
  wf.setHandler(stateQuery, () => state);
  wf.setHandler(intakeUpdate, async () => {
    await wf.condition(() => intakeRecorded);
    return state;
  });
  wf.setHandler(recomputeDeadlinesSignal, ({ reason }) => {
    recomputeRequested = reason || 'calendar or parameters changed';
  });

  wf.setHandler(
    completeTaskUpdate,
    async (inp: CompleteTaskInput) => {
      const task = findTask(state, inp.taskId);
      task.status = 'completed';
      task.decision = inp.decision;
      task.reasons = inp.reasons?.trim() || null;
      task.evidence = inp.evidence ?? [];
      task.decidedBy = inp.actor.sub;
      deciders.set(task.id, inp.actor);
      task.completedAt = now();
      if (task.type === 'county_decision') {
        state.publish = inp.publish ?? true;
        if (inp.amountFen !== undefined) state.approvedAmountFen = inp.amountFen;
      }
      if (task.type === 'township_opinion') state.opinionBy = inp.actor.sub;
      await wf.condition(() => processed.has(task.id));
      return state;
    },
    { validator: (inp) => validateComplete(state, inp) },
  );

  const claimHandler = (claim: boolean) => async ({ taskId, actor }: { taskId: string; actor: Actor }) => {
    const task = findTask(state, taskId);
    task.claimedBy = claim ? actor.sub : null;
    await record(claim ? 'task_claimed' : 'task_unclaimed', actor, { taskId }, { tasks: [taskRow(task)] });
    return state;
  };
  wf.setHandler(claimTaskUpdate, claimHandler(true), { validator: ({ taskId, actor }) => validateClaim(state, taskId, actor, true) });
  wf.setHandler(unclaimTaskUpdate, claimHandler(false), { validator: ({ taskId, actor }) => validateClaim(state, taskId, actor, false) });

  wf.setHandler(
    commissionRecheckUpdate,
    async ({ actor, reasons }) => {
      recheckRequest = { actor, reasons: reasons ?? '' };
      await wf.condition(() => recheckRequest === null);
      return state;
    },
    {
      validator: ({ actor }) => {
        const decision = state.tasks.find((t) => t.type === 'county_decision' && t.status === 'open');
        if (!decision) refuse(REFUSALS.WRONG_STATE, `case ${state.caseId} is not awaiting a county decision (status ${state.status})`);
        checkActorForTask(state, decision, actor);
        if (recheckRequest || state.tasks.some((t) => t.type === 'county_recheck' && t.status === 'open')) {
          refuse(REFUSALS.WRONG_STATE, 'a county re-check is already open');
        }
      },
    },
  );

  const clerkCheck = (actor: Actor) => {
    if (!inJurisdiction(actor, state, 'township')) refuse(REFUSALS.WRONG_JURISDICTION, `case ${state.caseId} is outside your jurisdiction`);
    if (!hasRole(actor, 'station_clerk')) refuse(REFUSALS.WRONG_ROLE, 'only the township station clerk files this on the applicant\'s behalf');
  };

  wf.setHandler(
    fileAppealUpdate,
    async ({ actor, reasons }) => {
      appeal = { actor, reasons, at: now() };
      await wf.condition(() => state.tasks.some((t) => t.type === 'appeal_decision') || state.status === 'closed');
      return state;
    },
    {
      validator: ({ actor, reasons }) => {
        clerkCheck(actor);
        if (state.status !== 'rejected' || appeal) refuse(REFUSALS.WRONG_STATE, `only a rejected case can be appealed; case ${state.caseId} is ${state.status}`);
        if (state.appealDeadline && Date.now() > Date.parse(state.appealDeadline)) {
          refuse(REFUSALS.WINDOW_CLOSED, `the appeal window closed at ${state.appealDeadline}`);
        }
        if (!reasons || !reasons.trim()) refuse(REFUSALS.REASONS_REQUIRED, 'an appeal needs the applicant\'s reasons');
      },
    },
  );

  wf.setHandler(
    fileObjectionUpdate,
    async ({ actor, text }) => {
      objection = { actor, text };
      await wf.condition(() => objection === null);
      return state;
    },
    {
      validator: ({ actor, text }) => {
        clerkCheck(actor);
        if (state.status !== 'publication' || objection) refuse(REFUSALS.WRONG_STATE, `objections are taken during publication; case ${state.caseId} is ${state.status}`);
        if (!text || !text.trim()) refuse(REFUSALS.INVALID, 'an objection needs its text');
      },
    },
  );

  wf.setHandler(
    disburseUpdate,
    async ({ actor, period }) => {
      disburseRequest = { actor, period: period ?? defaultPeriod() };
      await wf.condition(() => disburseRequest === null);
      return state;
    },
    {
      validator: ({ actor }) => {
        if (!inJurisdiction(actor, state, 'county')) refuse(REFUSALS.WRONG_JURISDICTION, `case ${state.caseId} is outside your jurisdiction`);
        if (!hasRole(actor, 'finance')) refuse(REFUSALS.WRONG_ROLE, 'disbursement needs the finance role');
        if (state.status !== 'payable' || disburseRequest) refuse(REFUSALS.WRONG_STATE, `case ${state.caseId} is ${state.status}, not payable`);
      },
    },
  );

  wf.setHandler(
    stopRecurringUpdate,
    async ({ actor, reasons }) => {
      stopRequest = { actor, reasons };
      await wf.condition(() => stopRecorded);
      return state;
    },
    {
      validator: ({ actor, reasons }) => {
        if (!inJurisdiction(actor, state, 'county')) refuse(REFUSALS.WRONG_JURISDICTION, `case ${state.caseId} is outside your jurisdiction`);
        if (!hasRole(actor, 'county_approver') && !hasRole(actor, 'finance')) refuse(REFUSALS.WRONG_ROLE, 'stopping a recurring payment needs county_approver or finance');
        if (!state.recurring || stopRequest) refuse(REFUSALS.WRONG_STATE, `case ${state.caseId} has no recurring payment running`);
        if (!reasons?.trim()) refuse(REFUSALS.REASONS_REQUIRED, 'stopping a payment needs reasons');
      },
    },
  );

  // ---- adjustRecurring (issue 13) ----
  // Annual or roll review outcome "adjust" (001 §六(二) 动态调整; 001 §四(一)): the following monthly
  // payments are the amount the review recomputed from the parameters in force (its breakdown is on the
  // review's event); kept in the input's benefit so it survives continue-as-new. Recorded with reasons.
  wf.setHandler(
    adjustRecurringUpdate,
    async ({ actor, reasons, amountFen, ref }) => {
      const before = state.approvedAmountFen;
      state.approvedAmountFen = amountFen;
      input.benefit = { ...(input.benefit ?? {}), adjustedAmountFen: amountFen, adjustmentRef: ref };
      await record('recurring_payment_adjusted', actor, { reasons, amountFen, before, ref }, { refs: ['001 §六(二)', ref] });
      return state;
    },
    {
      validator: ({ actor, reasons, amountFen }) => {
        if (!inJurisdiction(actor, state, 'county')) refuse(REFUSALS.WRONG_JURISDICTION, `case ${state.caseId} is outside your jurisdiction`);
        if (!hasRole(actor, 'county_approver') && !hasRole(actor, 'finance')) refuse(REFUSALS.WRONG_ROLE, 'adjusting a recurring payment needs county_approver or finance');
        if (!state.recurring || stopRequest) refuse(REFUSALS.WRONG_STATE, `case ${state.caseId} has no recurring payment running`);
        if (!reasons?.trim()) refuse(REFUSALS.REASONS_REQUIRED, 'adjusting a payment needs reasons');
        if (!Number.isSafeInteger(amountFen) || amountFen < 0) refuse(REFUSALS.INVALID, 'amountFen must be a non-negative whole number of fen');
      },
    },
  );
  // ---- adjustRecurring (issue 13) ----

  function shanghaiMonth(ms: number): string {
    return new Date(ms + 8 * 3600_000).toISOString().slice(0, 7);
  }
  function defaultPeriod(): string {
    return RECURRING_MATTERS.has(input.matter) ? shanghaiMonth(Date.now()) : 'once';
  }
  /** 00:00 Asia/Shanghai on the first day of the month after `period` (YYYY-MM). */
  function startOfNextMonth(period: string): { period: string; at: number } {
    const [y, m] = period.split('-').map(Number) as [number, number];
    const ny = m === 12 ? y + 1 : y;
    const nm = m === 12 ? 1 : m + 1;
    const p = `${ny}-${String(nm).padStart(2, '0')}`;
    return { period: p, at: Date.parse(`${p}-01T00:00:00+08:00`) };
  }

  // ---------- the process ----------
  // Runs beside the process for the life of this run; a bug in it fails the workflow task (and is
  // retried after a fix), it is never swallowed.
  void watchDeadlines();

  if (carried) return await runRecurring(carried.nextPeriod);

  // 1. Apply (申请), 001 §五(一): consent given (the API refuses without it), who filed recorded.
  const assessment = await acts.assessCase(input);
  priority = assessment.priority;
  const townshipDeadline = await acts.computeDeadline({ region: input.township, fromInstant: input.receivedAt, paramKey: 'township_review_working_days' });
  await record(
    'case_received',
    { sub: input.filedBy.sub, roles: ['station_clerk'] },
    {
      matter: input.matter,
      hardshipSituation: input.hardshipSituation,
      filedBy: input.filedBy,
      consentToMeansCheck: input.consentToMeansCheck,
      emergency: input.emergency ?? null,
      eligibility: assessment.eligibility,
      priority: assessment.priority,
      priorityExplanation: assessment.explanation,
      referral: assessment.referral ?? null,
    },
    { refs: ['001 §五(一)', '000 §3', ...assessment.refs], createCase: assessment.caseRow },
  );
  setSearchAttributes();

  // Emergency path (001 §五 last paragraphs; 004 §23 先抢救，后补办手续): pay first, paperwork follows.
  if (input.emergency) {
    const p = await acts.recordPayment({
      caseId: input.caseId,
      eventKey: nextKey(),
      at: now(),
      actor: { sub: input.filedBy.sub, roles: ['station_clerk'] },
      matter: input.matter,
      item: 'emergency_aid',
      period: 'emergency',
      kind: 'emergency',
      county: input.county,
      personKey: input.personKey,
      emergency: input.emergency,
      snapshotHint: state.status,
    });
    state.payments.push(p);
  }

  // 2. Township review (审核): verification then opinion, both within 5 working days of receipt.
  const verification = await openTask('township_verification', townshipDeadline, { checks: ['信息核对', '入户调查'] }, ['001 §五(二)']);
  intakeRecorded = true;
  await awaitTask(verification, ['001 §五(二)']);
  const opinionTask = await openTask('township_opinion', townshipDeadline, { verification: verification.decision }, ['001 §五(二)']);
  await awaitTask(opinionTask, ['001 §五(二)']);

  // 3. County approval (审批) within 5 working days of receiving the opinion; optional re-check (复查).
  state.status = 'county_review';
  const countyDeadline = await acts.computeDeadline({ region: input.county, fromInstant: now(), paramKey: 'county_decision_working_days' });
  await setStatus('county_review', 'forwarded_to_county', SYSTEM_ACTOR, { opinion: opinionTask.decision, opinionReasons: opinionTask.reasons }, ['001 §五(三)']);
  const decision = await openTask('county_decision', countyDeadline, { opinion: opinionTask.decision }, ['001 §五(三)']);
  while (decision.status === 'open') {
    await waitFor(() => decision.status !== 'open' || recheckRequest !== null);
    if (recheckRequest !== null && decision.status === 'open') {
      const req: { actor: Actor; reasons: string } = recheckRequest;
      const recheck = await openTask('county_recheck', countyDeadline, { commissionedBy: req.actor.sub, reasons: req.reasons }, ['001 §五(三) 复查']);
      recheckRequest = null;
      await awaitTask(recheck, ['001 §五(三) 复查']);
    }
  }
  await awaitTask(decision, ['001 §五(三)']);

  let outcome: 'approved' | 'closed' = decision.decision === 'approve' ? 'approved' : await rejected(decision.reasons ?? '');
  if (decision.decision === 'approve') outcome = await approved();
  if (outcome === 'closed') return await finish();
  return await payable();

  // ---------- branches ----------
  async function approved(): Promise<'approved' | 'closed'> {
    for (;;) {
      if (REFERRAL_MATTERS.has(input.matter)) {
        await setStatus('closed', 'referred', SYSTEM_ACTOR, { matter: input.matter }, ['001 §四(三)(四)', '000 §8–9', '003 §七'], { patchCase: { open: false, closedAt: now() }, releaseOpenMatter: true });
        return 'closed';
      }
      if (state.publish === false) return 'approved';
      // 5. Publication (公示) with personal data masked.
      const period = await acts.computeDeadline({ region: input.county, fromInstant: now(), paramKey: 'publication_working_days' });
      const text = await acts.composePublication({ caseId: input.caseId, applicant: input.applicant, matter: input.matter, county: input.county, township: input.township, until: period.dueDate, workingDays: period.workingDays });
      state.publicationEndsAt = period.workingDays === 0 ? now() : period.dueAt;
      await setStatus('publication', 'publication_started', SYSTEM_ACTOR, { endsAt: state.publicationEndsAt, text }, ['001 §五(三)', 'SPEC §2 publication (not in seeds: default 5 working days)'], { patchCase: { publish: true, publicationText: text } });
      await waitFor(() => objection !== null, Date.parse(state.publicationEndsAt));
      if (objection === null) {
        await record('publication_ended', SYSTEM_ACTOR, { objections: 0 }, { refs: ['001 §五(三)'] });
        return 'approved';
      }
      // An objection sends the case to a re-check before any payment.
      const obj: { actor: Actor; text: string } = objection;
      const recheck = await openTask('objection_recheck', await acts.computeDeadline({ region: input.county, fromInstant: now(), paramKey: 'county_decision_working_days' }), { objection: obj.text, filedBy: obj.actor.sub }, ['SPEC §2 publication objection']);
      await record('objection_filed', obj.actor, { text: obj.text, taskId: recheck.id }, { refs: ['SPEC §2 publication objection'] });
      objection = null;
      await awaitTask(recheck, ['SPEC §2 publication objection']);
      if (recheck.decision === 'reject') return await rejected(recheck.reasons ?? '');
      // The objection was unfounded: publication resumes for the rest of its period.
      if (await waitFor(() => objection !== null, Date.parse(state.publicationEndsAt))) continue;
      await record('publication_ended', SYSTEM_ACTOR, { objections: 1, recheck: recheck.id }, { refs: ['001 §五(三)'] });
      return 'approved';
    }
  }

  async function rejected(reasons: string): Promise<'approved' | 'closed'> {
    const by = [...state.tasks].reverse().find((t) => t.status === 'completed')!;
    state.writtenReasons = reasons;
    const window = await acts.appealWindow({ region: input.county, fromInstant: now() });
    state.appealDeadline = window.deadline;
    await setStatus('rejected', 'written_reasons_delivered', SYSTEM_ACTOR, { reasons, decidedBy: by.decidedBy, appealDeadline: window.deadline }, ['001 §五(三)', window.ref], {
      patchCase: { writtenReasons: reasons, appealDeadline: window.deadline },
      notifications: [{ key: `${input.caseId}:reasons:${by.id}`, kind: 'written_reasons', toRole: 'applicant', toRegion: input.township, message: `Case ${input.caseId} was not approved. Reasons: ${reasons}. You may ask for re-review until ${window.deadline}.` }],
    });
    let recovery: TaskState | null = null;
    let recoveryDone: Promise<void> | null = null;
    if (state.payments.some((p) => p.kind === 'emergency') && !state.tasks.some((t) => t.type === 'recovery' && t.status === 'open')) {
      // Nothing is silently undone: finance reconciles the emergency payment. The task runs beside the
      // appeal window, so its completion is recorded by its own coroutine.
      const task = await openTask('recovery', null, { emergencyPaidFen: state.payments.filter((p) => p.kind === 'emergency').reduce((a, p) => a + p.amountFen, 0) }, ['001 §五 emergency', '004 §23']);
      recovery = task;
      recoveryDone = (async () => {
        await wf.condition(() => task.status !== 'open');
        await awaitTask(task, ['001 §五 emergency', '004 §23']);
        processed.add(task.id);
      })();
    }
    const filed = await waitFor(() => appeal !== null, Date.parse(window.deadline));
    if (!filed) {
      await record('appeal_window_lapsed', SYSTEM_ACTOR, { appealDeadline: window.deadline }, { refs: [window.ref] });
      if (recoveryDone) await waitFor(() => recovery!.status !== 'open').then(() => recoveryDone);
      await setStatus('closed', 'case_closed', SYSTEM_ACTOR, { outcome: 'rejected' }, ['001 §五(三)'], { patchCase: { open: false, closedAt: now() }, releaseOpenMatter: true });
      return 'closed';
    }
    // 4. Appeal (复核) by the county government or the next-level department.
    const ap: { actor: Actor; reasons: string; at: string } = appeal!;
    const appealDeadline = await acts.computeDeadline({ region: input.county, fromInstant: ap.at, paramKey: 'appeal_decision_working_days' });
    await setStatus('appeal', 'appeal_filed', ap.actor, { reasons: ap.reasons }, ['001 §五(四)']);
    const review = await openTask('appeal_decision', appealDeadline, { appealReasons: ap.reasons }, ['001 §五(四)', 'SPEC §2 appeal (not in seeds: default 10 working days)']);
    await awaitTask(review, ['001 §五(四)']);
    if (review.decision === 'approve') {
      if (recovery && recovery.status === 'open') await cancelTask(recovery, 'appeal granted: the emergency payment stands', ['001 §五(四)']);
      state.writtenReasons = null;
      state.publish = state.publish ?? true;
      await record('appeal_granted', { sub: review.decidedBy ?? 'unknown', roles: ['appeal_reviewer'] }, { reasons: review.reasons }, { refs: ['001 §五(四)'], patchCase: { writtenReasons: null } });
      return await approved();
    }
    if (recoveryDone) await waitFor(() => recovery!.status !== 'open').then(() => recoveryDone);
    await setStatus('closed', 'case_closed', SYSTEM_ACTOR, { outcome: 'appeal_upheld', reasons: review.reasons }, ['001 §五(四)'], { patchCase: { open: false, closedAt: now() }, releaseOpenMatter: true });
    return 'closed';
  }

  async function payable(): Promise<CaseState> {
    // An emergency payment already made for a one-off matter is the payment: approval confirms it.
    if (state.payments.some((p) => p.kind === 'emergency') && !RECURRING_MATTERS.has(input.matter)) {
      await setStatus('paid', 'emergency_payment_confirmed', SYSTEM_ACTOR, { payments: state.payments }, ['001 §五 emergency', '004 §23'], { patchCase: { open: false, closedAt: now() }, releaseOpenMatter: true });
      return await finish();
    }
    await setStatus('payable', 'case_payable', SYSTEM_ACTOR, {}, ['001 §五', 'SPEC §2.6']);
    await waitFor(() => disburseRequest !== null);
    const req: { actor: Actor; period: string } = disburseRequest!;
    await pay(req.actor, req.period);
    const recurring = RECURRING_MATTERS.has(input.matter);
    state.recurring = recurring;
    await setStatus('paid', 'case_paid', req.actor, { period: req.period, recurring }, ['SPEC §2.6', '001 §四'], recurring ? {} : { patchCase: { open: false, closedAt: now() }, releaseOpenMatter: true });
    disburseRequest = null;
    if (!recurring) return await finish();
    return await runRecurring(startOfNextMonth(req.period).period);
  }

  async function pay(actor: Actor, period: string): Promise<void> {
    const p = await acts.recordPayment({
      caseId: input.caseId,
      eventKey: nextKey(),
      at: now(),
      actor,
      matter: input.matter,
      item: input.matter,
      period,
      kind: 'regular',
      county: input.county,
      personKey: input.personKey,
      benefit: input.benefit ?? {},
      approvedAmountFen: state.approvedAmountFen,
      emergencyPaidFen: state.payments.filter((x) => x.kind === 'emergency').reduce((a, x) => a + x.amountFen, 0),
      snapshotHint: state.status,
    });
    if (!state.payments.some((x) => x.item === p.item && x.period === p.period)) state.payments.push(p);
  }

  /** Monthly living supplement (001 §四(一)): paid on the 1st of each month until stopped. */
  async function runRecurring(nextPeriod: string | null): Promise<CaseState> {
    let period = nextPeriod;
    let paidThisRun = 0;
    while (period !== null) {
      await waitFor(() => stopRequest !== null, startOfNextMonth(shiftMonth(period, -1)).at);
      if (stopRequest !== null) {
        const s: { actor: Actor; reasons: string } = stopRequest;
        state.recurring = false;
        await setStatus('closed', 'recurring_payment_stopped', s.actor, { reasons: s.reasons, lastPeriod: shiftMonth(period, -1) }, ['001 §四(一)', '000 §4'], { patchCase: { open: false, closedAt: now() }, releaseOpenMatter: true });
        stopRecorded = true;
        return await finish();
      }
      await pay(SYSTEM_ACTOR, period);
      paidThisRun++;
      period = startOfNextMonth(period).period;
      if (paidThisRun >= PAYMENTS_PER_RUN || wf.workflowInfo().continueAsNewSuggested) {
        await wf.condition(wf.allHandlersFinished);
        await wf.continueAsNew<typeof caseWorkflow>(input, { state, counter, priority, nextPeriod: period });
      }
    }
    return await finish();
  }

  function shiftMonth(period: string, delta: number): string {
    const [y, m] = period.split('-').map(Number) as [number, number];
    const idx = y * 12 + (m - 1) + delta;
    return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
  }

  async function finish(): Promise<CaseState> {
    settle();
    await wf.condition(wf.allHandlersFinished);
    return state;
  }
}
