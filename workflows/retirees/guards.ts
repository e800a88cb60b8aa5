/**
 * Who may act on a retired cadre's task, as pure checks over the workflow's state (the validators of
 * the shared task updates: a refusal comes back at once with a REFUSALS code and nothing enters the
 * history). The institution's staff and head act in the cadre's county (the county's institution,
 * 004 §49); the upper department (retiree_approver) is county-scoped for now.
 */
import { REFUSALS, type Actor, type CompleteTaskInput, type TaskState } from '../definitions.js';
import { refuse } from '../guards.js';
import type { RetireeState } from './definitions.js';

export function findRetireeTask(state: RetireeState, taskId: string): TaskState {
  const t = state.tasks.find((x) => x.id === taskId);
  if (!t) refuse(REFUSALS.NOT_FOUND, `task ${taskId} is not part of retiree ${state.retireeId}'s file`);
  return t;
}

export function checkRetireeActor(state: RetireeState, task: TaskState, actor: Actor): void {
  if (actor.county !== state.county) refuse(REFUSALS.WRONG_JURISDICTION, `retiree ${state.retireeId} is outside your jurisdiction`);
  if (!actor.roles.includes(task.role)) {
    refuse(REFUSALS.WRONG_ROLE, `a ${task.type} task needs the role ${task.role}; you have ${actor.roles.join(', ') || 'none'}`);
  }
}

/** Decisions that are given in writing when they refuse (004 §15 审批, §20 补助). */
export function validateRetireeComplete(state: RetireeState, input: CompleteTaskInput): void {
  const task = findRetireeTask(state, input.taskId);
  checkRetireeActor(state, task, input.actor);
  if (task.status !== 'open') refuse(REFUSALS.TASK_COMPLETED, `task ${task.id} is already ${task.status}`);
  if (task.claimedBy && task.claimedBy !== input.actor.sub) refuse(REFUSALS.CLAIMED_BY_OTHER, `task ${task.id} is claimed by ${task.claimedBy}`);
  if (input.decision !== 'approve' && input.decision !== 'reject') refuse(REFUSALS.INVALID, 'decision must be "approve" or "reject"');
  if (input.decision === 'reject' && !(input.reasons ?? '').trim()) refuse(REFUSALS.REASONS_REQUIRED, 'a refusal needs written reasons');
  if (task.type === 'contact' && input.decision === 'reject') refuse(REFUSALS.INVALID, 'a contact task is completed by recording the contact (decision "approve", notes in reasons)');
}

export function validateRetireeClaim(state: RetireeState, taskId: string, actor: Actor, claim: boolean): void {
  const task = findRetireeTask(state, taskId);
  checkRetireeActor(state, task, actor);
  if (task.status !== 'open') refuse(REFUSALS.TASK_COMPLETED, `task ${task.id} is already ${task.status}`);
  if (claim && task.claimedBy && task.claimedBy !== actor.sub) refuse(REFUSALS.CLAIMED_BY_OTHER, `task ${task.id} is claimed by ${task.claimedBy}`);
  if (!claim && task.claimedBy !== actor.sub) {
    refuse(REFUSALS.CLAIMED_BY_OTHER, task.claimedBy ? `task ${task.id} is claimed by ${task.claimedBy}` : `task ${task.id} is not claimed`);
  }
}

/** The institution's own acts on the file (intake, travel, contact, claims, reports): its staff or head, in its county. */
export function validateInstitutionActor(state: RetireeState, actor: Actor, what: string): void {
  if (actor.county !== state.county) refuse(REFUSALS.WRONG_JURISDICTION, `retiree ${state.retireeId} is outside your jurisdiction`);
  if (!actor.roles.includes('retiree_officer') && !actor.roles.includes('institution_head')) {
    refuse(REFUSALS.WRONG_ROLE, `${what} is recorded by the institution (retiree_officer or institution_head)`);
  }
}
