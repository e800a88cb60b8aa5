/**
 * Recording: every change to the case is an audit event with the projection rows it explains. Events
 * are gathered while the process reacts and written in ONE transaction when it blocks again (flush),
 * so an official's action costs one database write. Search attributes are upserted only when a value
 * changes.
 */
import * as wf from '@temporalio/workflow';
import { ApplicationFailure } from '@temporalio/common';
import type { TaskUpsert, Transition } from '../../store/transition.js';
import { SA_COUNTY, SA_DUE_AT, SA_OVERDUE, SA_STATUS, SA_STEP, SYSTEM_ACTOR, type Actor, type CaseState, type CaseStatus, type TaskState } from '../definitions.js';
import { taskUpsertOf } from '../task-row.js';
import { local, nextKey, now, type Ctx } from './context.js';

export type Extra = Partial<Omit<Transition, 'caseId' | 'eventKey' | 'at' | 'actor' | 'type' | 'data'>>;

export function snapshot(c: Ctx): CaseState {
  return JSON.parse(JSON.stringify(c.state)) as CaseState;
}

/** Gathers one event (and its projection changes) for the next flush. */
export function record(c: Ctx, type: string, actor: Actor, data: Record<string, unknown>, extra: Extra = {}): void {
  const at = now();
  // The auditor's asOf (api/routes/audit.ts) answers with the snapshot of the latest event at or before
  // an instant. Of events gathered at the same instant only the last one's can be that answer, so only
  // it carries one: the same answers, without copying, sealing and hashing the whole case per event.
  const last = c.pending[c.pending.length - 1];
  if (last && last.at === at) delete (last.data as { snapshot?: unknown }).snapshot;
  c.pending.push({ caseId: c.input.caseId, eventKey: nextKey(c), at, actor, type, data: { ...data, snapshot: snapshot(c) }, ...extra });
}

/**
 * Writes everything gathered, in one transaction (idempotent by event keys). A write the database
 * refuses as bad input is not retried forever: the case is marked stuck (an ops item and a metric)
 * and waits for ops to retry it.
 */
export async function flush(c: Ctx): Promise<void> {
  upsertSearchAttributes(c);
  while (c.pending.length > 0) {
    const batch = c.pending.splice(0);
    try {
      await local.applyTransitions(batch);
    } catch (err) {
      if (!isBadInput(err)) throw err;
      c.pending.unshift(...batch);
      await stuck(c, err);
    }
  }
}

function isBadInput(err: unknown): boolean {
  const cause = (err as { cause?: unknown })?.cause;
  return cause instanceof ApplicationFailure && cause.type === 'BadInput';
}

/** Marks the case stuck (an ops item and a metric) and waits until ops retry it (retryStuck). */
export async function stuck(c: Ctx, err: unknown): Promise<void> {
  const error = String((err as { cause?: Error })?.cause?.message ?? err).slice(0, 500);
  c.stuck = { error, retry: false };
  await local.markStuck({ caseId: c.input.caseId, error, at: now() });
  await wf.condition(() => c.stuck?.retry === true);
  c.stuck = null;
  await local.clearStuck({ caseId: c.input.caseId });
}

export function currentStep(c: Ctx): string | null {
  const open = c.state.tasks.filter((t) => t.status === 'open');
  return open.find((t) => t.type !== 'recovery')?.type ?? open[0]?.type ?? null;
}

export function taskRow(c: Ctx, t: TaskState): TaskUpsert {
  return { ...taskUpsertOf(t, now()), priority: c.priority };
}

/**
 * Marks the search attributes as possibly changed. They are upserted once, when the reaction is written
 * (flush): one upsert command per reaction instead of one per change (each is a history event and a
 * visibility write on the server).
 */
export function setSearchAttributes(c: Ctx): void {
  c.searchAttributesDirty = true;
}

/** Upserts the search attributes when one of them changed since the last upsert. */
function upsertSearchAttributes(c: Ctx): void {
  if (!c.searchAttributesDirty) return;
  c.searchAttributesDirty = false;
  if (c.input.searchAttributes === false) return;
  const open = c.state.tasks.filter((t) => t.status === 'open');
  const due = open
    .map((t) => t.deadline?.dueAt)
    .filter((x): x is string => !!x)
    .sort()[0];
  const values = { status: c.state.status, step: open[0]?.type ?? c.state.status, overdue: open.some((t) => t.overdue), county: c.input.county, due: due ?? null };
  const key = JSON.stringify(values);
  if (key === c.searchAttributes) return;
  c.searchAttributes = key;
  wf.upsertSearchAttributes([
    { key: SA_STATUS, value: values.status },
    { key: SA_STEP, value: values.step },
    { key: SA_OVERDUE, value: values.overdue },
    { key: SA_COUNTY, value: values.county },
    { key: SA_DUE_AT, value: values.due ? new Date(values.due) : null },
  ]);
}

/** A new status, with the event that explains it. */
export function setStatus(c: Ctx, status: CaseStatus, type: string, actor: Actor, data: Record<string, unknown>, refs: string[], extra: Extra = {}): void {
  c.state.status = status;
  c.state.currentStep = currentStep(c);
  if (extra.patchCase?.open === false) c.state.open = false;
  if (extra.patchCase?.publicationText !== undefined) c.state.publicationText = extra.patchCase.publicationText;
  setSearchAttributes(c);
  record(c, type, actor, { status, ...data }, { refs, ...extra, patchCase: { status, currentStep: c.state.currentStep, ...(extra.patchCase ?? {}) } });
}

/** The case is finished: closes it and releases the one-open-case-per-matter guard. */
export function closeCase(c: Ctx, status: CaseStatus, type: string, actor: Actor, data: Record<string, unknown>, refs: string[], extra: Extra = {}): void {
  setStatus(c, status, type, actor, data, refs, { ...extra, patchCase: { ...(extra.patchCase ?? {}), open: false, closedAt: now() }, releaseOpenMatter: true });
}

export const system = SYSTEM_ACTOR;
