/**
 * A task as its inbox row (store/transition.ts TaskUpsert): one mapping for every workflow that owns
 * tasks (the case, the retired cadres'), so the inbox shows them alike. Deterministic: `at` is the
 * workflow's own clock.
 */
import type { TaskUpsert } from '../store/transition.js';
import type { TaskState } from './definitions.js';

export function taskUpsertOf(t: TaskState, at: string): TaskUpsert {
  return {
    id: t.id,
    type: t.type,
    status: t.status,
    role: t.role,
    county: t.county,
    township: t.township,
    ...(t.level ? { level: t.level } : {}),
    receivedOn: t.deadline?.from ?? t.openedAt.slice(0, 10),
    dueDate: t.deadline?.dueDate ?? null,
    dueAt: t.deadline?.dueAt ?? null,
    provisional: t.deadline?.provisional ?? false,
    overdue: t.overdue,
    overdueSince: t.overdueSince,
    remindedAt: t.reminded ? at : null,
    claimedBy: t.claimedBy,
    completedBy: t.decidedBy,
    completedAt: t.completedAt,
    decision: t.decision,
    reasons: t.reasons,
    evidence: t.evidence,
  };
}
