/**
 * The activities of the case workflow, built from their dependencies (the worker passes the real
 * database; tests may pass their own). Workflows import only the type.
 */
import type { Db } from '../store/db.js';
import { openWorkflowIds } from '../store/ops.js';
import { clearStuck, markStuck } from '../store/stuck.js';
import { applyTransition, applyTransitions, type Applied, type Receipt, type Transition } from '../store/transition.js';
import type { CheckpointConfig } from '../platform/checkpoints.js';
import { amountActivities } from './amounts.js';
import { checkpointActivities } from './audit-checkpoint.js';
import { assessmentActivities } from './assessment.js';
import { deadlineActivities } from './deadlines.js';
import { badInput } from './errors.js';
import { paymentActivities } from './payments.js';
import { createPolicyStore, type PolicyStore } from '../store/policy.js';
import { publicationActivities } from './publication.js';

export interface ActivityDeps {
  db: Db;
  policies?: PolicyStore;
  /** BANGFU_PAYLOAD_KEY: seals the applicant's details in `cases.applicant` (store/seal.ts). */
  payloadKey?: string;
  /** The audit checkpoints' key and file (platform/checkpoints.ts); without it the checkpoint activity refuses. */
  checkpoints?: CheckpointConfig;
}

export function createActivities(deps: ActivityDeps) {
  const policies = deps.policies ?? createPolicyStore(deps.db);
  return {
    ...deadlineActivities(policies),
    ...assessmentActivities(policies, { payloadKey: deps.payloadKey }),
    ...paymentActivities(deps.db, policies),
    ...amountActivities(deps.db, policies),
    ...publicationActivities(),
    ...checkpointActivities(deps.db, deps.checkpoints),
    /**
     * A reaction's projection rows and audit events, in one transaction, idempotent by event key. The
     * result's receipts (`{chainId, seq, hash}` per chain) are recorded in the workflow's history
     * (issue 16 item 8a; `bangfu audit verify` checks them).
     */
    async applyTransitions(batch: Transition[]): Promise<Applied> {
      return badInput(() => applyTransitions(deps.db, batch));
    },
    /** One transition (kept for writers outside a case reaction). */
    async applyTransition(t: Transition): Promise<{ applied: boolean; receipts: Receipt[] }> {
      return badInput(() => applyTransition(deps.db, t));
    },
    /** A page of running case workflows, in id order (the recompute fan-out). */
    async openCaseWorkflows(r: { after: string | null; limit: number }): Promise<string[]> {
      return openWorkflowIds(deps.db, r.after, r.limit);
    },
    async markStuck(r: { caseId: string; error: string; at: string }): Promise<void> {
      await markStuck(deps.db, r.caseId, r.error, r.at);
    },
    async clearStuck(r: { caseId: string }): Promise<void> {
      await clearStuck(deps.db, r.caseId);
    },
  };
}

export type CaseActivities = ReturnType<typeof createActivities>;
