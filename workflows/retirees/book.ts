/**
 * The retiree workflow's file keeper: writes (records + audit event, one activity, idempotent by event
 * key), tasks (open, complete, cancel), the shared task updates, and the deadline watcher that sends
 * reminders and marks overdue — never decides. Shared by the process files through this small object.
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities } from '../../activities/index.js';
import type { RetireeActivities } from '../../activities/retirees/index.js';
import type { RetireeChange } from '../../store/retirees.js';
import type { NotificationInput, TaskUpsert } from '../../store/transition.js';
import { SYSTEM_ACTOR, TASK_ROLE, recomputeDeadlinesSignal, type Actor, type CompleteTaskInput, type Deadline, type TaskState, type TaskType } from '../definitions.js';
import { claimRetireeTaskUpdate, completeRetireeTaskUpdate, unclaimRetireeTaskUpdate, workflowIdForRetiree, type RetireeState } from './definitions.js';
import { taskUpsertOf } from '../task-row.js';
import { findRetireeTask, validateRetireeClaim, validateRetireeComplete } from './guards.js';

export const acts = wf.proxyActivities<RetireeActivities & Pick<CaseActivities, 'computeDeadline'>>({
  startToCloseTimeout: '60s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
});

export type Extra = Omit<RetireeChange, 'transition'> & { refs?: string[]; tasks?: TaskState[]; notifications?: NotificationInput[] };

/** A coroutine of the process (one travel, one claim …): it settles the completions it reacted to. */
export interface Flow {
  /** Waits until the task is done (its completion is already recorded). */
  task(t: TaskState): Promise<TaskState>;
  /** Settles, then waits for pred or until the instant; true when pred held. */
  wait(pred: () => boolean, untilMs?: number): Promise<boolean>;
  end(): void;
}

/** Who hears when a task is overdue: the level above the one acting. */
function supervisorOf(role: string, county: string): { role: string; region: string } {
  if (role === 'retiree_officer') return { role: 'institution_head', region: county };
  if (role === 'institution_head') return { role: 'retiree_approver', region: county };
  return { role: 'ops', region: county.slice(0, 4) + '00' };
}

/** The file's kind and owning workflow, for the task rows (a cadre's file unless told otherwise). */
export interface BookOptions {
  subjectType?: string;
  workflowId?: string;
}

export function createBook(state: RetireeState, opts: BookOptions = {}) {
  let counter = 0;
  let deadlineVersion = 0;
  const processed = new Set<string>();
  const awaited = new Set<string>();
  const recorded = new Set<string>();
  /** Reactions to completions no process waits for (a contact task done from the inbox). */
  const hooks: { completed?: (task: TaskState, actor: Actor) => Promise<void> } = {};
  const id = state.retireeId;
  const now = () => new Date(Date.now()).toISOString();
  const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  function row(t: TaskState): TaskUpsert {
    return { ...taskUpsertOf(t, now()), subjectType: opts.subjectType ?? 'retiree', workflowId: opts.workflowId ?? workflowIdForRetiree(id) };
  }


  async function record(type: string, actor: Actor, data: Record<string, unknown>, extra: Extra = {}): Promise<void> {
    const { refs, tasks, notifications, ...records } = extra;
    await acts.retireeChange({
      ...records,
      transition: {
        caseId: id,
        eventKey: `${id}:${++counter}`,
        at: now(),
        actor,
        type,
        data: { ...data, file: { status: state.status, paySuspended: state.paySuspended, lastContactOn: state.lastContactOn } },
        refs: refs ?? [],
        tasks: (tasks ?? []).map(row),
        notifications,
      },
    });
  }

  async function openTask(type: TaskType, deadline: Deadline | null, data: Record<string, unknown>, refs: string[], opts: { awaited?: boolean; subject?: string } = {}): Promise<TaskState> {
    const { role } = TASK_ROLE[type];
    const n = state.tasks.filter((t) => t.type === type).length + 1;
    const task: TaskState = {
      id: `${id}-${type}-${n}`,
      type,
      role,
      county: state.county,
      township: '',
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
      evidence: opts.subject ? [opts.subject] : [],
      completedAt: null,
    };
    state.tasks.push(task);
    if (opts.awaited) awaited.add(task.id);
    deadlineVersion++;
    await record('task_opened', SYSTEM_ACTOR, { taskId: task.id, taskType: type, role, region: state.county, deadline, ...data }, { refs, tasks: [task] });
    return task;
  }

  /** Closes a task on the file's own motion (a contact that satisfies it, a return before the quarter ended). */
  async function closeTask(task: TaskState, status: 'completed' | 'cancelled', actor: Actor, why: string, refs: string[]): Promise<void> {
    task.status = status;
    task.completedAt = now();
    task.reasons = why;
    if (status === 'completed') {
      task.decision = 'approve';
      task.decidedBy = actor.sub;
    }
    deadlineVersion++;
    recorded.add(task.id);
    processed.add(task.id);
    await record(status === 'completed' ? 'task_completed' : 'task_cancelled', actor, { taskId: task.id, taskType: task.type, why, overdue: task.overdue }, { refs, tasks: [task] });
  }

  function flow(): Flow {
    const reacting = new Set<string>();
    const settle = () => {
      for (const t of reacting) processed.add(t);
      reacting.clear();
    };
    return {
      async task(t) {
        settle();
        await wf.condition(() => t.status !== 'open' && recorded.has(t.id));
        reacting.add(t.id);
        return t;
      },
      async wait(pred, untilMs) {
        settle();
        if (pred()) return true;
        if (untilMs === undefined) {
          await wf.condition(pred);
          return true;
        }
        const left = untilMs - Date.now();
        return left <= 0 ? pred() : wf.condition(pred, left);
      },
      end: settle,
    };
  }

  // ---------- the shared task updates ----------
  function registerTaskHandlers(): void {
    wf.setHandler(
      completeRetireeTaskUpdate,
      async (inp: CompleteTaskInput) => {
        const task = findRetireeTask(state, inp.taskId);
        task.status = 'completed';
        task.decision = inp.decision;
        task.reasons = inp.reasons?.trim() || null;
        task.evidence = [...task.evidence, ...(inp.evidence ?? [])];
        task.decidedBy = inp.actor.sub;
        task.completedAt = now();
        deadlineVersion++;
        await record('task_completed', inp.actor, { taskId: task.id, taskType: task.type, decision: task.decision, reasons: task.reasons, evidence: inp.evidence ?? [], overdue: task.overdue }, { refs: ['004'], tasks: [task] });
        recorded.add(task.id);
        if (hooks.completed) await hooks.completed(task, inp.actor);
        // A step a process waits for returns once the process has reacted (its next step is open).
        if (awaited.has(task.id)) await wf.condition(() => processed.has(task.id));
        return state;
      },
      { validator: (inp) => validateRetireeComplete(state, inp) },
    );
    const claim = (on: boolean) => async ({ taskId, actor }: { taskId: string; actor: Actor }) => {
      const task = findRetireeTask(state, taskId);
      task.claimedBy = on ? actor.sub : null;
      await record(on ? 'task_claimed' : 'task_unclaimed', actor, { taskId }, { tasks: [task] });
      return state;
    };
    wf.setHandler(claimRetireeTaskUpdate, claim(true), { validator: ({ taskId, actor }) => validateRetireeClaim(state, taskId, actor, true) });
    wf.setHandler(unclaimRetireeTaskUpdate, claim(false), { validator: ({ taskId, actor }) => validateRetireeClaim(state, taskId, actor, false) });
  }

  // ---------- deadlines: reminders and overdue marks, never a decision ----------
  let recompute: string | null = null;
  wf.setHandler(recomputeDeadlinesSignal, ({ reason }) => {
    recompute = reason || 'calendar or parameters changed';
  });

  /** A year's calendar became official: provisional working-day deadlines are computed again. */
  async function recomputeDeadlines(why: string): Promise<void> {
    for (const t of state.tasks) {
      if (t.status !== 'open' || !t.deadline?.provisional || t.deadline.workingDays === 0) continue;
      const fresh = await acts.computeDeadline({ region: state.county, from: t.deadline.from, workingDays: t.deadline.workingDays, fresh: true });
      if (fresh.dueAt === t.deadline.dueAt && fresh.provisional === t.deadline.provisional) continue;
      const before = t.deadline;
      t.deadline = fresh;
      if (t.overdue && Date.parse(fresh.dueAt) > Date.now()) {
        t.overdue = false;
        t.overdueSince = null;
      }
      if (t.reminded && fresh.reminderAt && Date.parse(fresh.reminderAt) > Date.now()) t.reminded = false;
      deadlineVersion++;
      await record('deadline_recomputed', SYSTEM_ACTOR, { taskId: t.id, before, after: fresh, why }, { refs: ['SPEC §2 "Working days"'], tasks: [t] });
    }
  }

  async function watchDeadlines(): Promise<void> {
    for (;;) {
      if (recompute !== null) {
        const why: string = recompute;
        recompute = null;
        await recomputeDeadlines(why);
      }
      const seen = deadlineVersion;
      let next: { task: TaskState; kind: 'reminder' | 'overdue'; when: number } | null = null;
      for (const t of state.tasks) {
        if (t.status !== 'open' || !t.deadline) continue;
        const cands: { kind: 'reminder' | 'overdue'; when: number }[] = [];
        if (!t.reminded && t.deadline.reminderAt) cands.push({ kind: 'reminder', when: Date.parse(t.deadline.reminderAt) });
        if (!t.overdue) cands.push({ kind: 'overdue', when: Date.parse(t.deadline.dueAt) });
        for (const c of cands) if (!next || c.when < next.when) next = { task: t, ...c };
      }
      if (!next) await wf.condition(() => deadlineVersion !== seen || recompute !== null);
      else if (next.when > Date.now()) await wf.condition(() => deadlineVersion !== seen || recompute !== null, next.when - Date.now());
      if (recompute !== null || deadlineVersion !== seen || !next || Date.now() < next.when || next.task.status !== 'open') continue;
      const t = next.task;
      const d = t.deadline!;
      if (next.kind === 'reminder') {
        t.reminded = true;
        await record('step_reminder', SYSTEM_ACTOR, { taskId: t.id, taskType: t.type, dueAt: d.dueAt }, {
          refs: ['SPEC §2 reminder (not in seeds: default 1 working day before)'],
          tasks: [t],
          notifications: [{ key: `${t.id}:reminder:${d.dueAt}`, taskId: t.id, kind: 'reminder', toRole: t.role, toRegion: state.county, message: `${t.type} for retiree ${id} is due ${d.dueDate}` }],
        });
      } else {
        t.overdue = true;
        t.overdueSince = d.dueAt;
        const sup = supervisorOf(t.role, state.county);
        await record('step_overdue', SYSTEM_ACTOR, { taskId: t.id, taskType: t.type, dueAt: d.dueAt, notified: sup }, {
          refs: ['004 §15', 'SPEC §2 "At a deadline nothing is decided automatically"'],
          tasks: [t],
          notifications: [{ key: `${t.id}:overdue:${d.dueAt}`, taskId: t.id, kind: 'overdue', toRole: sup.role, toRegion: sup.region, message: `${t.type} for retiree ${id} is overdue since ${d.dueDate}` }],
        });
      }
    }
  }

  return { state, hooks, lock: { paying: false }, now, today, record, openTask, closeTask, flow, registerTaskHandlers, watchDeadlines, counter: () => counter };
}

export type Book = ReturnType<typeof createBook>;
