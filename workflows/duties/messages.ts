/**
 * The duty workflows' contract (issue 13). A duty task answers the same updates as a case's task —
 * same names (`claimTask`, `unclaimTask`, `completeTask`), same input — so POST /v1/tasks/{id}/... can
 * send them to the task's `workflow_id` whatever owns it. The answer is the duty's state, shaped like
 * a case's (`caseId`, `status`, `tasks[]`).
 */
import type { ParamKey } from '../../rules/parameter-defaults.js';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, CompleteTaskInput, TaskActionInput, TaskState, TaskType } from '../definitions.js';

export const DUTY_TASK_TYPES = ['roll_review', 'annual_review', 'visit', 'referral_outcome', 'outreach'] as const satisfies readonly TaskType[];
export type DutyTaskType = (typeof DUTY_TASK_TYPES)[number];

/** What a duty task is about, and where its deadline comes from. */
export interface DutyTaskSpec {
  taskId: string;
  type: DutyTaskType;
  /** The audit chain: the case's id for a task about a case, else the county's chain (`_county-<code>`). */
  chainId: string;
  /** The case the task is about (a review of its payment, a referral's outcome), if any. */
  caseId: string | null;
  matter?: string | null;
  county: string;
  township: string;
  /** Working days from `from` (a local date; default: the day the task opens), by the parameter. */
  deadline: { paramKey: ParamKey; from?: string };
  data: Record<string, unknown>;
  refs: string[];
  /** Visit tasks: the household, and why the visit is due (routine, special, emergency, autumn_term). */
  visit?: { personKey: string; reason: string };
}

export interface VisitRecordInput {
  place: string;
  findings: string;
  /** When the visit took place (ISO); default: when it is recorded. */
  visitedAt?: string;
  cashFen?: number;
  goods?: string;
  followUp?: string;
  /** The case the station filed on this follow-up (000 §5; api/routes/visits.ts). */
  followUpCaseId?: string;
}

export interface DutyCompleteInput extends CompleteTaskInput {
  /** roll_review / annual_review: continue | adjust | stop; referral_outcome: accepted | refused | pending. */
  outcome?: string;
  /** adjust: the calculator's inputs now (e.g. { dibaoStandardFen }); the amount is recomputed. */
  benefit?: Record<string, unknown>;
  /** referral_outcome: the other department's date of answer. */
  on?: string;
  /** visit: the record. */
  record?: VisitRecordInput;
}

export interface DutyState {
  /** The chain the duty writes to (as a case's state names its case). */
  caseId: string;
  subjectCaseId: string | null;
  status: 'opening' | 'open' | 'done';
  county: string;
  township: string;
  tasks: TaskState[];
  outcome: string | null;
  effect: Record<string, unknown> | null;
}

export const dutyCompleteUpdate = defineUpdate<DutyState, [DutyCompleteInput]>('completeTask');
export const dutyClaimUpdate = defineUpdate<DutyState, [TaskActionInput]>('claimTask');
export const dutyUnclaimUpdate = defineUpdate<DutyState, [TaskActionInput]>('unclaimTask');
export const dutyStateQuery = defineQuery<DutyState>('state');

export const workflowIdForDuty = (taskId: string): string => `duty-${taskId}`;

export const SWEEPS = ['annual_reviews', 'visits', 'referrals', 'rolls_due', 'education_aid'] as const;
export type Sweep = (typeof SWEEPS)[number];

export interface SweepInput {
  sweep: Sweep;
  /** The local date the sweep runs for (default: today in Asia/Shanghai, by workflow time). */
  today?: string;
  /** Whether cases the sweep files upsert Temporal search attributes (off on servers that lack them). */
  searchAttributes?: boolean;
}

export interface RollMatchInput {
  rollId: string;
  kind: string;
  region: string;
  rows: number;
  actor: Actor;
}

export interface OpenedTask {
  taskId: string;
  type: DutyTaskType;
  caseId: string | null;
  county: string;
  township: string;
}
