/**
 * Deadlines: a reminder before, and at the deadline an overdue mark with a notice to the level above.
 * Never a decision (SPEC §2 "At a deadline nothing is decided automatically"). Deadlines themselves are
 * computed by an activity from the calendar and parameters, so an old history replays unchanged.
 */
import * as wf from '@temporalio/workflow';
import { isOverdue } from '../../rules/overdue.js';
import { TASK_ROLE, type Deadline, type TaskState } from '../definitions.js';
import type { ParamKey } from '../../rules/parameter-defaults.js';
import { local, type Ctx } from './context.js';
import { flush, record, setSearchAttributes, system, taskRow } from './recording.js';
import { regionOf } from './tasks.js';

/** The deadline for a period of `paramKey` working days counted from an instant, in the step's region. */
export function deadlineFrom(c: Ctx, level: 'township' | 'county', paramKey: ParamKey, fromInstant: string): Promise<Deadline> {
  return local.computeDeadline({ region: regionOf(c, level), fromInstant, paramKey });
}

/** The level above the step: township steps answer to the county department, county steps to the city. */
function supervisorOf(c: Ctx, t: TaskState): { role: string; region: string } {
  return TASK_ROLE[t.type].level === 'township' ? { role: 'county_approver', region: c.input.county } : { role: 'ops', region: c.input.county.slice(0, 4) + '00' };
}

type Next = { task: TaskState; kind: 'reminder' | 'overdue'; when: number };

function nextMark(c: Ctx): Next | null {
  let next: Next | null = null;
  for (const t of c.state.tasks) {
    if (t.status !== 'open' || !t.deadline) continue;
    const cands: { kind: 'reminder' | 'overdue'; when: number }[] = [];
    if (!t.reminded && t.deadline.reminderAt) cands.push({ kind: 'reminder', when: Date.parse(t.deadline.reminderAt) });
    if (!t.overdue) cands.push({ kind: 'overdue', when: Date.parse(t.deadline.dueAt) });
    for (const x of cands) if (!next || x.when < next.when) next = { task: t, ...x };
  }
  return next;
}

/** Runs beside the process for the life of this run. */
export async function watchDeadlines(c: Ctx): Promise<void> {
  for (;;) {
    const seen = c.deadlineVersion;
    const next = nextMark(c);
    const changed = () => c.deadlineVersion !== seen || c.recompute !== null;
    if (!next) await wf.condition(changed);
    else if (next.when > Date.now()) await wf.condition(changed, next.when - Date.now());
    if (c.recompute !== null) {
      const why = c.recompute;
      c.recompute = null;
      await recomputeDeadlines(c, why);
      continue;
    }
    if (c.deadlineVersion !== seen || !next || !isOverdue(next.when, Date.now()) || next.task.status !== 'open') continue;
    const t = next.task;
    const d = t.deadline!;
    if (next.kind === 'reminder') {
      t.reminded = true;
      record(c, 'step_reminder', system, { taskId: t.id, taskType: t.type, dueAt: d.dueAt }, {
        refs: ['SPEC §2 reminder (not in seeds: default 1 working day before)'],
        tasks: [taskRow(c, t)],
        notifications: [{ key: `${t.id}:reminder:${d.dueAt}`, taskId: t.id, kind: 'reminder', toRole: t.role, toRegion: regionOf(c, TASK_ROLE[t.type].level), message: `${t.type} for case ${c.input.caseId} is due ${d.dueDate}` }],
      });
    } else {
      t.overdue = true;
      t.overdueSince = d.dueAt;
      setSearchAttributes(c);
      const sup = supervisorOf(c, t);
      record(c, 'step_overdue', system, { taskId: t.id, taskType: t.type, dueAt: d.dueAt, notified: sup }, {
        refs: ['001 §五', 'SPEC §2 "At a deadline nothing is decided automatically"'],
        tasks: [taskRow(c, t)],
        notifications: [{ key: `${t.id}:overdue:${d.dueAt}`, taskId: t.id, kind: 'overdue', toRole: sup.role, toRegion: sup.region, message: `${t.type} for case ${c.input.caseId} is overdue since ${d.dueDate}` }],
      });
    }
    await flush(c);
  }
}

/** A year's calendar became official or a parameter changed: provisional deadlines are computed again. */
async function recomputeDeadlines(c: Ctx, why: string): Promise<void> {
  for (const t of c.state.tasks) {
    if (t.status !== 'open' || !t.deadline || !t.deadline.provisional) continue;
    const fresh = await local.computeDeadline({ region: regionOf(c, TASK_ROLE[t.type].level), from: t.deadline.from, workingDays: t.deadline.workingDays, fresh: true });
    if (fresh.dueAt === t.deadline.dueAt && fresh.provisional === t.deadline.provisional) continue;
    const before = t.deadline;
    t.deadline = fresh;
    if (t.overdue && !isOverdue(fresh.dueAt, Date.now())) {
      t.overdue = false;
      t.overdueSince = null;
    }
    if (t.reminded && fresh.reminderAt && !isOverdue(fresh.reminderAt, Date.now())) t.reminded = false;
    c.deadlineVersion++;
    record(c, 'deadline_recomputed', system, { taskId: t.id, before, after: fresh, why }, { refs: ['SPEC §2 "Working days"'], tasks: [taskRow(c, t)] });
  }
  setSearchAttributes(c);
  await flush(c);
}

