/**
 * Human steps: opening a task (from the STEPS table), waiting for an official to complete it, and
 * "settling" — writing the reaction and letting the updates that caused it return, so the official
 * sees the case with its next step already open.
 */
import * as wf from '@temporalio/workflow';
import { TASK_ROLE, type Deadline, type Level, type TaskState, type TaskType } from '../definitions.js';
import { now, type Ctx } from './context.js';
import { currentStep, flush, record, setSearchAttributes, system, taskRow } from './recording.js';

export const regionOf = (c: Ctx, level: 'township' | 'county' | 'city'): string => (level === 'township' ? c.input.township : level === 'city' ? `${c.input.county.slice(0, 4)}00` : c.input.county);

/**
 * `shown`: what the task's row shows the official in the inbox and the case view (e.g. the amount, 001 §五3);
 * `atLevel` when another level than the step's decides it (an appeal to the next level up, 001 §五3).
 */
export function openTask(c: Ctx, type: TaskType, deadline: Deadline | null, data: Record<string, unknown>, refs: readonly string[], shown?: Record<string, unknown>, atLevel?: Level): TaskState {
  const { role } = TASK_ROLE[type];
  const level = atLevel ?? TASK_ROLE[type].level;
  const n = c.state.tasks.filter((t) => t.type === type).length + 1;
  const task: TaskState = {
    id: `${c.input.caseId}-${type}-${n}`,
    type,
    role,
    ...(level !== TASK_ROLE[type].level ? { level } : {}),
    county: c.input.county,
    township: c.input.township,
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
  c.state.tasks.push(task);
  c.state.currentStep = currentStep(c);
  c.deadlineVersion++;
  setSearchAttributes(c);
  record(c, 'task_opened', system, { taskId: task.id, taskType: type, role, region: regionOf(c, level), deadline, ...data }, {
    refs: [...refs],
    tasks: [{ ...taskRow(c, task), ...(shown ? { data: shown } : {}) }],
    patchCase: { status: c.state.status, currentStep: c.state.currentStep },
  });
  return task;
}

/**
 * Writes what the process has gathered, then lets every update it has reacted to return. Called
 * whenever the process is about to block.
 */
export async function settle(c: Ctx): Promise<void> {
  await flush(c);
  for (const t of c.state.tasks) if (t.status !== 'open') c.processed.add(t.id);
  c.settles++;
}

/** Waits (settled) until pred holds or, if given, until the instant `untilMs`; true when pred held. */
export async function waitFor(c: Ctx, pred: () => boolean, untilMs?: number): Promise<boolean> {
  if (pred()) return true; // not blocking: a decision just made is still being reacted to
  await settle(c);
  if (untilMs === undefined) {
    await wf.condition(pred);
    return true;
  }
  const left = untilMs - Date.now();
  if (left <= 0) return pred();
  return wf.condition(pred, left);
}

/** Waits for an official to complete the task; records the completion. */
export async function awaitTask(c: Ctx, task: TaskState, refs: readonly string[]): Promise<TaskState> {
  await waitFor(c, () => task.status !== 'open');
  if (task.status === 'completed') {
    c.deadlineVersion++;
    c.state.currentStep = currentStep(c);
    setSearchAttributes(c);
    record(
      c,
      'task_completed',
      c.deciders.get(task.id) ?? { sub: task.decidedBy ?? 'unknown', roles: [task.role] },
      { taskId: task.id, taskType: task.type, decision: task.decision, reasons: task.reasons, evidence: task.evidence, overdue: task.overdue },
      { refs: [...refs], tasks: [taskRow(c, task)], patchCase: { currentStep: c.state.currentStep } },
    );
  }
  return task;
}

export function cancelTask(c: Ctx, task: TaskState, why: string, refs: string[]): void {
  task.status = 'cancelled';
  task.completedAt = now();
  task.reasons = why;
  c.deadlineVersion++;
  record(c, 'task_cancelled', system, { taskId: task.id, taskType: task.type, why }, { refs, tasks: [taskRow(c, task)] });
}
