/**
 * Signing what Bangfu sends to its workflows (issue 16 item 5): one client interceptor, installed on
 * every Temporal client that acts for an official — the API's (platform/temporal.ts temporalClient),
 * the one the worker gives its activities (platform/worker.ts), the tests' — so nothing calls
 * executeUpdate unsigned. Each update carries `bangfu-auth: {iat, mac}` in its headers, next to its
 * arguments (whose shapes do not change); the workflow guard (workflows/guard.ts) checks it before any
 * validator. The mac binds the workflow id, the update's name and id, the arguments and the time
 * (rules/actor-signature.ts).
 */
import { randomUUID } from 'node:crypto';
import type { WorkflowClientInterceptor, WorkflowStartInput, WorkflowStartUpdateInput, WorkflowStartUpdateWithStartInput } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { AUTH_HEADER, SIGNED_STARTS, sign, startName } from '../rules/actor-signature.js';

/** The key (base64, 32 bytes; BANGFU_ACTOR_KEY) as the hex the signature functions take. */
export function actorKeyHex(base64: string): string {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('BANGFU_ACTOR_KEY: expected 32 bytes in base64');
  return key.toString('hex');
}

/**
 * The signer. `clock` is Temporal's clock as the workflow reads it: the wall clock in production; a
 * time-skipping test server's own clock in tests (its workflows live in another year).
 */
export function actorSigningInterceptor(actorKeyB64: string, clock: Clock = Date.now): WorkflowClientInterceptor {
  const key = actorKeyHex(actorKeyB64);
  const header = async (workflowId: string, name: string, updateId: string | undefined, args: unknown[]) =>
    defaultPayloadConverter.toPayload(sign(key, { workflowId, name, ...(updateId ? { updateId } : {}), args }, await clock()));
  /** A case or retiree workflow's start is signed too: its input names the filer and may pay at once. */
  const startHeaders = async (type: string, workflowId: string, args: unknown[], headers: WorkflowStartInput['headers']) =>
    SIGNED_STARTS.includes(type) ? { ...headers, [AUTH_HEADER]: await header(workflowId, startName(type), undefined, args) } : headers;
  return {
    async startWithDetails(input: WorkflowStartInput, next) {
      return next({ ...input, headers: await startHeaders(input.workflowType, input.options.workflowId, input.options.args ?? [], input.headers) });
    },
    async startUpdate(input: WorkflowStartUpdateInput, next) {
      const updateId = input.options?.updateId ?? randomUUID();
      const signed = await header(input.workflowExecution.workflowId, input.updateName, updateId, input.args);
      return next({ ...input, options: { ...input.options, updateId }, headers: { ...input.headers, [AUTH_HEADER]: signed } });
    },
    async startUpdateWithStart(input: WorkflowStartUpdateWithStartInput, next) {
      const updateId = input.updateOptions?.updateId ?? randomUUID();
      const signed = await header(input.workflowStartOptions.workflowId, input.updateName, updateId, input.updateArgs);
      const workflowStartHeaders = await startHeaders(input.workflowType, input.workflowStartOptions.workflowId, input.workflowStartOptions.args ?? [], input.workflowStartHeaders);
      return next({ ...input, workflowStartHeaders, updateOptions: { ...input.updateOptions, updateId }, updateHeaders: { ...input.updateHeaders, [AUTH_HEADER]: signed } });
    },
  };
}

/** Client options' `interceptors` with the signer (none without a key: such a client cannot act). */
export function signingInterceptors(actorKeyB64: string | undefined, clock?: Clock): { workflow: WorkflowClientInterceptor[] } | undefined {
  return actorKeyB64 ? { workflow: [actorSigningInterceptor(actorKeyB64, clock)] } : undefined;
}

export type Clock = () => number | Promise<number>;
