/**
 * The activities of the case workflow, built from their dependencies (the worker passes the real
 * database; tests may pass their own). Workflows import only the type.
 */
import { applyTransition, type Transition } from '../store/transition.js';
import type { Db } from '../store/db.js';
import { assessmentActivities } from './assessment.js';
import { deadlineActivities } from './deadlines.js';
import { paymentActivities } from './payments.js';
import { createPolicyStore, type PolicyStore } from './policy.js';
import { publicationActivities } from './publication.js';

export interface ActivityDeps {
  db: Db;
  policies?: PolicyStore;
  /** BANGFU_PAYLOAD_KEY: seals the applicant's details in `cases.applicant` (store/seal.ts). */
  payloadKey?: string;
}

export function createActivities(deps: ActivityDeps) {
  const policies = deps.policies ?? createPolicyStore(deps.db);
  return {
    ...deadlineActivities(policies),
    ...assessmentActivities(policies, { payloadKey: deps.payloadKey }),
    ...paymentActivities(deps.db, policies),
    ...publicationActivities(),
    /** Projection rows and their audit event, in one transaction, idempotent by event key. */
    async applyTransition(t: Transition): Promise<{ applied: boolean }> {
      return applyTransition(deps.db, t);
    },
  };
}

export type CaseActivities = ReturnType<typeof createActivities>;
