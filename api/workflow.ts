/**
 * Calls to a case's workflow from the API: with a deadline, refusals mapped by api/errors.ts and
 * recorded in the case's audit history.
 */
import type { FastifyRequest } from 'fastify';
import type { WorkflowHandle } from '@temporalio/client';
import { workflowIdForCase, type Actor } from '../rules/vocabulary.js';
import type { AppDeps } from './context.js';
import { Problem, fromTemporal, type ClosedMeaning } from './errors.js';
import { recordRefusal } from './refusals.js';

export const DEFAULT_WORKFLOW_TIMEOUT_MS = 30_000;

export interface WorkflowCall<T> {
  caseId: string;
  /** The workflow to call; default: the case's. */
  workflowId?: string;
  actor: Actor;
  action: string;
  taskId?: string;
  /** What a finished workflow means for this action. */
  closed: ClosedMeaning;
  run(handle: WorkflowHandle): Promise<T>;
}

export async function callWorkflow<T>(deps: AppDeps, req: FastifyRequest, call: WorkflowCall<T>): Promise<T> {
  const handle = deps.temporal.workflow.getHandle(call.workflowId ?? workflowIdForCase(call.caseId));
  try {
    return await deps.temporal.withDeadline(Date.now() + (deps.workflowTimeoutMs ?? DEFAULT_WORKFLOW_TIMEOUT_MS), () => call.run(handle));
  } catch (e) {
    const p = fromTemporal(e, call.closed);
    if (!p) throw e;
    if (p.status < 500) await refused(deps, req, call, p);
    else req.log.warn({ err: e, caseId: call.caseId }, 'workflow call failed');
    throw p;
  }
}

/** Records the refusal on the case, then returns the problem to throw. */
export async function refused(deps: AppDeps, req: FastifyRequest, where: { caseId: string; actor: Actor; action: string; taskId?: string }, p: Problem): Promise<Problem> {
  await recordRefusal(deps.db, req.log, { caseId: where.caseId, actor: where.actor, action: where.action, taskId: where.taskId, problem: p, ip: req.ip });
  return p;
}
