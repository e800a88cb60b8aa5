/**
 * The standing duties' activities (issue 13), built from the same dependencies as the case's. The
 * duty workflows also use the case activities `computeDeadline` and `applyTransition`.
 */
import type { Client } from '@temporalio/client';
import { createVisit, recordVisit, type VisitDue, type VisitRecord } from '../../store/visits.js';
import { createPolicyStore, type PolicyStore } from '../../store/policy.js';
import type { ActivityDeps } from '../index.js';
import { educationActivities } from './education.js';
import { effectActivities } from './effects.js';
import { planActivities } from './plan.js';
import { rollActivities } from './roll.js';

export function createDutyActivities(deps: ActivityDeps & { policies?: PolicyStore; client?: () => Client }) {
  const policies = deps.policies ?? createPolicyStore(deps.db);
  return {
    ...planActivities(deps.db, policies, deps.payloadKey),
    ...rollActivities(deps.db),
    ...effectActivities(policies, deps.client),
    ...educationActivities(deps.db, policies, deps.payloadKey, deps.client),
    async createVisitRow(v: VisitDue): Promise<void> {
      await createVisit(deps.db, v);
    },
    async recordVisitRow(req: { id: string; record: VisitRecord }): Promise<void> {
      await recordVisit(deps.db, req.id, req.record);
    },
  };
}

export type DutyActivities = ReturnType<typeof createDutyActivities>;
