/**
 * Who may act on a retired cadre's task: the one authority (rules/authority.ts) decides, from the
 * retiree's file as it sees a case (its county, its tasks with their roles). The institution's staff
 * and head act in the cadre's county (the county's institution, 004 §49); the upper department
 * (retiree_approver) is county-scoped for now.
 */
import { authorize, authorizeInstitution, type CaseFacts } from '../../rules/authority.js';
import { REFUSALS, type Actor, type CompleteTaskInput, type TaskState } from '../definitions.js';
import { enforce, refuse } from '../refuse.js';
import type { RetireeState } from './definitions.js';

function factsOf(state: RetireeState): CaseFacts {
  return {
    id: state.retireeId,
    status: 'open',
    matter: 'retired_cadre',
    county: state.county,
    township: '',
    recurring: false,
    appealDeadline: null,
    filedByAgent: null,
    tasks: state.tasks.map((t) => ({ id: t.id, type: t.type, role: t.role, status: t.status, claimedBy: t.claimedBy, decidedBy: t.decidedBy })),
  };
}

export function findRetireeTask(state: RetireeState, taskId: string): TaskState {
  const t = state.tasks.find((x) => x.id === taskId);
  if (!t) refuse(REFUSALS.NOT_FOUND, `task ${taskId} is not part of retiree ${state.retireeId}'s file`);
  return t;
}

export function validateRetireeComplete(state: RetireeState, input: CompleteTaskInput): void {
  findRetireeTask(state, input.taskId);
  enforce(authorize(input.actor, { action: 'complete', taskId: input.taskId, decision: input.decision, reasons: input.reasons ?? '' }, factsOf(state), Date.now()));
}

export function validateRetireeClaim(state: RetireeState, taskId: string, actor: Actor, claim: boolean): void {
  findRetireeTask(state, taskId);
  enforce(authorize(actor, { action: claim ? 'claim' : 'unclaim', taskId }, factsOf(state), Date.now()));
}

/** The institution's own acts on the file (intake, travel, contact, claims, reports): its staff or head, in its county. */
export function validateInstitutionActor(state: RetireeState, actor: Actor, what: string): void {
  enforce(authorizeInstitution(actor, { county: state.county, township: '' }, what));
}
