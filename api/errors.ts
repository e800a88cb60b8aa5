/**
 * The one place refusals become HTTP: the workflow's REFUSALS codes, the API's own checks, and Temporal
 * client failures. Everything leaves as application/problem+json (RFC 9457) via api/plugins/problem.ts.
 */
import { WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, isGrpcServiceError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Refusal } from '../rules/authority.js';
import { REFUSALS, type RefusalCode } from '../rules/vocabulary.js';

export interface FieldError {
  path: string;
  in?: string;
  message: string;
}

/** An error that is meant for the caller: status, stable code, a human reason. */
export class Problem extends Error {
  /** The full reason and code for the audit log (a 404 is generic on purpose). Never sent. */
  reason?: string;
  reasonCode?: string;
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'Problem';
  }
}

/** REFUSALS code → HTTP status. SPEC §5: a refused action says why. */
export const REFUSAL_STATUS: Record<RefusalCode, number> = {
  [REFUSALS.NOT_FOUND]: 404,
  [REFUSALS.WRONG_JURISDICTION]: 404, // never reveal that a case outside the caller's area exists
  [REFUSALS.WRONG_ROLE]: 403,
  [REFUSALS.SEPARATION_OF_DUTIES]: 403,
  [REFUSALS.TASK_COMPLETED]: 409,
  [REFUSALS.CLAIMED_BY_OTHER]: 409,
  [REFUSALS.WRONG_STATE]: 409,
  [REFUSALS.WINDOW_CLOSED]: 409,
  [REFUSALS.REASONS_REQUIRED]: 422,
  [REFUSALS.INVALID]: 422,
  [REFUSALS.EXCLUDED]: 422,
  [REFUSALS.PERIOD_NOT_DUE]: 409,
};

const TITLES: Record<RefusalCode, string> = {
  NOT_FOUND: 'Not found',
  WRONG_JURISDICTION: 'Not found',
  WRONG_ROLE: 'Your role may not do this',
  SEPARATION_OF_DUTIES: 'Separation of duties',
  TASK_COMPLETED: 'The task is already done',
  CLAIMED_BY_OTHER: 'The task is claimed by someone else',
  WRONG_STATE: 'Not possible in the case\'s current state',
  WINDOW_CLOSED: 'The window has closed',
  REASONS_REQUIRED: 'Reasons are required',
  INVALID: 'Invalid request',
  EXCLUDED: 'Not to be assisted (不予帮扶援助)',
  PERIOD_NOT_DUE: 'That period is not the one due',
};

export function isRefusalCode(code: unknown): code is RefusalCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(REFUSAL_STATUS, code);
}

/** The problem for a refusal code. 404s never carry the workflow's wording (it names the case). */
export function refusal(code: RefusalCode, reason: string, extra: Record<string, unknown> = {}): Problem {
  const status = REFUSAL_STATUS[code];
  const detail = status === 404 ? 'no such case or task in your jurisdiction' : reason;
  const fields = code === REFUSALS.REASONS_REQUIRED ? { errors: [{ path: 'reasons', in: 'body', message: reason }] } : {};
  // A case outside the caller's area looks exactly like one that does not exist.
  const p = new Problem(status, status === 404 ? REFUSALS.NOT_FOUND : code, TITLES[code], detail, { ...fields, ...extra });
  p.reason = reason;
  p.reasonCode = code;
  return p;
}

/** The problem for the authority's refusal (rules/authority.ts), naming the rule that refuses. */
export function refusalOf(r: Refusal): Problem {
  return refusal(r.code, r.message, REFUSAL_STATUS[r.code] === 404 ? {} : { ref: r.ref });
}

export const notFound = () => refusal(REFUSALS.NOT_FOUND, 'not found');

export function unauthorized(detail: string): Problem {
  return new Problem(401, 'UNAUTHENTICATED', 'Authentication required', detail, {}, { 'www-authenticate': 'Bearer realm="bangfu"' });
}

export function unavailable(detail: string): Problem {
  return new Problem(503, 'UNAVAILABLE', 'Service unavailable', detail, {}, { 'retry-after': '5' });
}

/** What to call the failure when the workflow is no longer running. */
export type ClosedMeaning = typeof REFUSALS.TASK_COMPLETED | typeof REFUSALS.WRONG_STATE;

/**
 * A Temporal client failure as a problem. A refused update (validator) carries its REFUSALS code as the
 * ApplicationFailure type; a closed workflow means the task or case is finished; anything else is 5xx
 * and its details stay in the log.
 */
export function fromTemporal(e: unknown, closed: ClosedMeaning): Problem | null {
  if (e instanceof Problem) return e;
  if (e instanceof WorkflowUpdateFailedError) {
    const cause = e.cause;
    if (cause instanceof ApplicationFailure && isRefusalCode(cause.type)) {
      const ref = cause.details?.[0];
      return refusal(cause.type, cause.message, typeof ref === 'string' && REFUSAL_STATUS[cause.type] !== 404 ? { ref } : {});
    }
    return null;
  }
  const code = grpcCode(e);
  if (e instanceof WorkflowNotFoundError || code === 5 || /workflow execution already completed/i.test(String((e as Error)?.message))) {
    return refusal(closed, closed === REFUSALS.TASK_COMPLETED ? 'the task is already done: the case\'s process has finished' : 'the case\'s process has finished');
  }
  if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return unavailable('the workflow service did not answer in time; the action may still take effect — read the case before retrying');
  }
  if (code !== null && [1, 4, 8, 14].includes(code)) {
    return unavailable('the workflow service is not reachable; try again shortly');
  }
  return null;
}

/** The gRPC status code of the error or of one of its causes, if any. */
function grpcCode(e: unknown): number | null {
  for (let cur = e, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) {
    if (isGrpcServiceError(cur) && typeof cur.code === 'number') return cur.code;
  }
  return null;
}
