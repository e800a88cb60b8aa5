/**
 * How a workflow's update validator says no: an ApplicationFailure whose type is the refusal code and
 * whose details carry the rule, so the API maps it (api/errors.ts) and nothing enters the history.
 * The decision itself comes from rules/authority.ts.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { Verdict } from '../rules/authority.js';
import type { RefusalCode } from './definitions.js';

export function refuse(code: RefusalCode, message: string, ref?: string): never {
  throw ApplicationFailure.create({ type: code, message, nonRetryable: true, ...(ref ? { details: [ref] } : {}) });
}

/** Throws the authority's refusal, if it refused. */
export function enforce(v: Verdict): void {
  if (!v.ok) refuse(v.code, v.message, v.ref);
}
