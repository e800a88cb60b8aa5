/**
 * Who may do what to a case, as pure checks over the workflow's state. Used by the update validators
 * (a refusal is returned at once and nothing enters the history) and by the API's allowedActions.
 * SPEC §2 "Who may act"; separation of duties: 001 §五 (review and approval are distinct levels).
 */
import { ApplicationFailure } from '@temporalio/common';
import {
  REFUSALS,
  type Actor,
  type CaseState,
  type CompleteTaskInput,
  type RefusalCode,
  type TaskState,
} from './definitions.js';

/** Thrown from validators: the client sees type = code, message = reason. */
export function refuse(code: RefusalCode, message: string): never {
  throw ApplicationFailure.create({ type: code, message, nonRetryable: true });
}

export function inJurisdiction(actor: Actor, state: Pick<CaseState, 'county' | 'township'>, level: 'township' | 'county'): boolean {
  if (actor.county !== state.county) return false;
  if (level === 'township' && actor.township !== undefined && actor.township !== state.township) return false;
  if (level === 'township' && actor.township === undefined) return false;
  return true;
}

export function findTask(state: CaseState, taskId: string): TaskState {
  const t = state.tasks.find((x) => x.id === taskId);
  if (!t) refuse(REFUSALS.NOT_FOUND, `task ${taskId} is not part of case ${state.caseId}`);
  return t;
}

function levelOf(task: TaskState): 'township' | 'county' {
  return task.role === 'township_reviewer' || task.role === 'township_approver' ? 'township' : 'county';
}

/** Role and jurisdiction for acting on a task. */
export function checkActorForTask(state: CaseState, task: TaskState, actor: Actor): void {
  if (!inJurisdiction(actor, state, levelOf(task))) {
    refuse(REFUSALS.WRONG_JURISDICTION, `case ${state.caseId} is outside your jurisdiction`);
  }
  if (!actor.roles.includes(task.role)) {
    refuse(REFUSALS.WRONG_ROLE, `a ${task.type} task needs the role ${task.role}; you have ${actor.roles.join(', ') || 'none'}`);
  }
}

/** Separation of duties (SPEC §2): the township opinion giver and a filing agent may not approve. */
export function checkSeparationOfDuties(state: CaseState, task: TaskState, actor: Actor): void {
  if (task.type === 'county_decision') {
    if (state.opinionBy === actor.sub) {
      refuse(REFUSALS.SEPARATION_OF_DUTIES, `you gave the township review opinion on case ${state.caseId}; the county decision must be made by someone else (SPEC §2, 001 §五)`);
    }
    if (state.filedByAgent === actor.sub) {
      refuse(REFUSALS.SEPARATION_OF_DUTIES, `you filed case ${state.caseId} as agent; you may not decide it (SPEC §2)`);
    }
  }
  if (task.type === 'appeal_decision') {
    const decider = state.tasks.find((t) => t.type === 'county_decision' && t.status === 'completed')?.decidedBy;
    if (decider === actor.sub) {
      refuse(REFUSALS.SEPARATION_OF_DUTIES, `you made the county decision on case ${state.caseId}; the re-review must be made by someone else (001 §五 复核)`);
    }
  }
}

export function validateComplete(state: CaseState, input: CompleteTaskInput): void {
  const task = findTask(state, input.taskId);
  checkActorForTask(state, task, input.actor);
  if (task.status !== 'open') refuse(REFUSALS.TASK_COMPLETED, `task ${task.id} is already ${task.status}`);
  if (task.claimedBy && task.claimedBy !== input.actor.sub) {
    refuse(REFUSALS.CLAIMED_BY_OTHER, `task ${task.id} is claimed by ${task.claimedBy}`);
  }
  checkSeparationOfDuties(state, task, input.actor);
  if (input.decision !== 'approve' && input.decision !== 'reject') {
    refuse(REFUSALS.INVALID, 'decision must be "approve" or "reject"');
  }
  const reasons = (input.reasons ?? '').trim();
  if (input.decision === 'reject' && reasons.length === 0) {
    refuse(REFUSALS.REASONS_REQUIRED, 'a rejection needs written reasons (001 §五: reasons are delivered to the applicant)');
  }
  if ((task.type === 'township_opinion' || task.type === 'county_decision' || task.type === 'appeal_decision') && reasons.length === 0) {
    refuse(REFUSALS.REASONS_REQUIRED, `a ${task.type} needs reasons (the opinion or decision is given in writing)`);
  }
  if (task.type === 'county_decision') {
    const recheck = state.tasks.find((t) => t.type === 'county_recheck' && t.status === 'open');
    if (recheck) refuse(REFUSALS.WRONG_STATE, `the county re-check ${recheck.id} is still open; decide after it is done`);
  }
  if (input.amountFen !== undefined && (!Number.isSafeInteger(input.amountFen) || input.amountFen < 0)) {
    refuse(REFUSALS.INVALID, 'amountFen must be a non-negative whole number of fen');
  }
}

export function validateClaim(state: CaseState, taskId: string, actor: Actor, claim: boolean): void {
  const task = findTask(state, taskId);
  checkActorForTask(state, task, actor);
  if (task.status !== 'open') refuse(REFUSALS.TASK_COMPLETED, `task ${task.id} is already ${task.status}`);
  if (claim && task.claimedBy && task.claimedBy !== actor.sub) {
    refuse(REFUSALS.CLAIMED_BY_OTHER, `task ${task.id} is claimed by ${task.claimedBy}`);
  }
  if (!claim && task.claimedBy !== actor.sub) {
    refuse(REFUSALS.CLAIMED_BY_OTHER, task.claimedBy ? `task ${task.id} is claimed by ${task.claimedBy}` : `task ${task.id} is not claimed`);
  }
}

export function hasRole(actor: Actor, role: Actor['roles'][number]): boolean {
  return actor.roles.includes(role);
}
