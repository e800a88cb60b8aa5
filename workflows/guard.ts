/**
 * The gate in front of every Bangfu workflow (issue 16 item 5), a workflow inbound interceptor
 * registered at bundle time (platform/worker.ts `workflowInterceptorModules`):
 *
 * - every update must carry the API's signature (rules/actor-signature.ts) for this workflow, this
 *   update and these arguments, made within 5 minutes of the workflow's clock — checked once here,
 *   before the update's own validator, so a refusal rejects the update and nothing enters the history.
 *   Validators do not run on replay, so neither does this check: a key rotation never breaks replay.
 * - a payload that arrived unsealed (the worker's codec quarantines it, platform/codec.ts) is refused
 *   wherever it appears: an update is rejected, a signal dropped (deterministically: the codec turns
 *   the same plaintext into the same marker on replay), a query refused, a workflow start fails.
 *
 * The key reaches the sandbox at bundle time (webpack DefinePlugin), never through a history.
 */
import * as wf from '@temporalio/workflow';
import { ApplicationFailure, defaultPayloadConverter } from '@temporalio/common';
import { AUTH_HEADER, SIGNED_STARTS, isQuarantined, startName, verify } from '../rules/actor-signature.js';

declare const __BANGFU_ACTOR_KEY_HEX__: string | null;
/** The actor key as hex, compiled into this bundle (null: a bundle without a key accepts no update). */
const KEY: string | null = typeof __BANGFU_ACTOR_KEY_HEX__ === 'string' ? __BANGFU_ACTOR_KEY_HEX__ : null;

/** The failure type of a refused signature or plaintext input (not a refusal code: the API never causes one). */
export const GUARD_FAILURE = 'ACTOR_NOT_AUTHENTICATED';

const plaintext = (args: unknown[]) => args.some(isQuarantined);
const refuse = (message: string): never => {
  throw ApplicationFailure.create({ type: GUARD_FAILURE, message, nonRetryable: true });
};

function authOf(headers: wf.WorkflowExecuteInput['headers']): unknown {
  const p = headers[AUTH_HEADER];
  if (!p) return undefined;
  try {
    return defaultPayloadConverter.fromPayload(p);
  } catch {
    return undefined;
  }
}

class Guard implements wf.WorkflowInboundCallsInterceptor {
  async execute(input: wf.WorkflowExecuteInput, next: wf.Next<wf.WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    if (plaintext(input.args)) refuse('the workflow input arrived unsealed (plaintext payload): refused');
    // A case's or retiree's start must be the API's (or its activities'): checked against the server's
    // start time, so a start that waited for a worker is not refused. Not on replay (the run started
    // once, and a key rotation must not fail it), not for a run continued as new (the workflow started it).
    const info = wf.workflowInfo();
    if (SIGNED_STARTS.includes(info.workflowType) && !info.unsafe.isReplaying && !info.continuedFromExecutionRunId) {
      const v = verify(KEY, authOf(input.headers), { workflowId: info.workflowId, name: startName(info.workflowType), args: input.args }, info.startTime.getTime());
      if (!v.ok) refuse(v.message);
    }
    return next(input);
  }

  validateUpdate(input: wf.UpdateInput, next: wf.Next<wf.WorkflowInboundCallsInterceptor, 'validateUpdate'>): void {
    if (plaintext(input.args)) refuse(`${input.name}: the arguments arrived unsealed (plaintext payload): refused`);
    const v = verify(KEY, authOf(input.headers), { workflowId: wf.workflowInfo().workflowId, name: input.name, updateId: input.updateId, args: input.args }, Date.now());
    if (!v.ok) refuse(v.message);
    next(input);
  }

  async handleSignal(input: wf.SignalInput, next: wf.Next<wf.WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    if (plaintext(input.args)) {
      wf.log.warn('signal dropped: its arguments arrived unsealed (plaintext payload)', { signal: input.signalName });
      return;
    }
    return next(input);
  }

  async handleQuery(input: wf.QueryInput, next: wf.Next<wf.WorkflowInboundCallsInterceptor, 'handleQuery'>): Promise<unknown> {
    if (plaintext(input.args)) refuse(`${input.queryName}: the arguments arrived unsealed (plaintext payload): refused`);
    return next(input);
  }
}

export const interceptors: wf.WorkflowInterceptorsFactory = () => ({ inbound: [new Guard()] });
