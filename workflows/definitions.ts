/**
 * The case workflow's contract, shared by the workflow, the worker, the API and the tests:
 * vocabulary (statuses, task types, roles), inputs, the updates officials act through, the state query,
 * signals, search attributes and the refusal codes the API maps to HTTP.
 * Deterministic and I/O-free: safe to import from workflow code.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Case status vocabulary (exposed by the API; black-box checks use it). SPEC §2. */
export const CASE_STATUSES = [
  'township_review',
  'county_review',
  'publication',
  'payable',
  'paid',
  'rejected',
  'appeal',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Human steps of a case. */
export const TASK_TYPES = [
  'township_verification',
  'township_opinion',
  'county_recheck',
  'county_decision',
  'appeal_decision',
  'objection_recheck',
  'recovery',
  // Standing duties (issue 13; workflows/duties/): owned by their duty workflows, not by the case.
  'roll_review',
  'annual_review',
  'visit',
  'referral_outcome',
  'outreach',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const ROLES = [
  'station_clerk',
  'township_reviewer',
  'township_approver',
  'county_rechecker',
  'county_approver',
  'appeal_reviewer',
  'finance',
  'auditor',
  'ops',
] as const;
export type Role = (typeof ROLES)[number];

/** Which role acts on each task, and at which level of jurisdiction. SPEC §2 "Who may act". */
export const TASK_ROLE: Record<TaskType, { role: Role; level: 'township' | 'county' }> = {
  township_verification: { role: 'township_reviewer', level: 'township' },
  township_opinion: { role: 'township_approver', level: 'township' },
  county_recheck: { role: 'county_rechecker', level: 'county' },
  county_decision: { role: 'county_approver', level: 'county' },
  appeal_decision: { role: 'appeal_reviewer', level: 'county' },
  objection_recheck: { role: 'county_rechecker', level: 'county' },
  recovery: { role: 'finance', level: 'county' },
  // Standing duties (issue 13): stopping a payment needs county_approver (stopRecurring), visits and
  // outreach are the township station's (000 §5), referral outcomes are recorded at the county.
  roll_review: { role: 'county_approver', level: 'county' },
  annual_review: { role: 'county_approver', level: 'county' },
  visit: { role: 'township_reviewer', level: 'township' },
  referral_outcome: { role: 'county_rechecker', level: 'county' },
  outreach: { role: 'township_reviewer', level: 'township' },
};

export const MATTERS = [
  'living_supplement',
  'medical_aid',
  'employment_subsidy',
  'temporary_aid',
  'retiree_medical',
  'housing_referral',
  'education_referral',
  'funeral_referral',
] as const;
export type Matter = (typeof MATTERS)[number];

export const FILING_CAPACITIES = ['self', 'guardian', 'agent', 'station'] as const;
export type FilingCapacity = (typeof FILING_CAPACITIES)[number];

/** Who did something: the token's subject and roles, with their jurisdiction. */
export interface Actor {
  sub: string;
  roles: Role[];
  county?: string;
  township?: string;
}

/** The system itself (timers, schedules): never a person. */
export const SYSTEM_ACTOR: Actor = { sub: 'system', roles: [] };

export interface Applicant {
  idNumber: string;
  name: string;
  category: string;
  birthDate: string;
  receivesPeriodicPension?: boolean;
  relationToServingMember?: string;
  registeredLocally?: boolean;
  residesLocally?: boolean;
  householdStatus?: string;
  combatVeteran?: boolean;
  decorated?: boolean;
  remoteHardshipService?: boolean;
  phone?: string;
  village?: string;
  /** Visits (issue 13; 000 §5 老弱病残、鳏寡孤独): elderly, seriously_ill, disabled, widowed, childless, living_alone. */
  specialGroups?: string[];
  /** Students in the household (000 §9 autumn-term visit; 001 §四(四) education aid). */
  studentsInHousehold?: number;
}

export interface CaseInput {
  caseId: string;
  /** Instant the station received the application (ISO). The day of receipt is not counted. */
  receivedAt: string;
  applicant: Applicant;
  /** Keyed hash of the ID number: the same person without the number. */
  personKey: string;
  matter: Matter;
  hardshipSituation: 1 | 2 | 3 | 4 | 5;
  county: string;
  township: string;
  consentToMeansCheck: true;
  filedBy: { capacity: FilingCapacity; sub: string; name?: string; relation?: string };
  emergency?: { amountFen: number; reason: string };
  /** Matter-specific inputs for the benefit calculators (rules/), e.g. { dibaoStandardFen }. */
  benefit?: Record<string, unknown>;
  exclusions?: Record<string, boolean>;
  /** Whether to upsert Temporal search attributes (off on servers that lack them). */
  searchAttributes?: boolean;
}

export interface Deadline {
  /** Local (Asia/Shanghai) date the period counts from; not itself counted. */
  from: string;
  workingDays: number;
  dueDate: string;
  dueAt: string;
  provisional: boolean;
  reminderAt: string | null;
}

export interface TaskState {
  id: string;
  type: TaskType;
  role: Role;
  county: string;
  township: string;
  status: 'open' | 'completed' | 'cancelled';
  openedAt: string;
  deadline: Deadline | null;
  reminded: boolean;
  overdue: boolean;
  overdueSince: string | null;
  claimedBy: string | null;
  decidedBy: string | null;
  decision: 'approve' | 'reject' | null;
  reasons: string | null;
  evidence: string[];
  completedAt: string | null;
}

export interface PaymentState {
  item: string;
  period: string;
  amountFen: number;
  kind: 'emergency' | 'regular';
  paidAt: string;
}

export interface CaseState {
  caseId: string;
  status: CaseStatus;
  matter: Matter;
  county: string;
  township: string;
  emergency: boolean;
  tasks: TaskState[];
  payments: PaymentState[];
  writtenReasons: string | null;
  publish: boolean | null;
  publicationEndsAt: string | null;
  appealDeadline: string | null;
  opinionBy: string | null;
  filedByAgent: string | null;
  recurring: boolean;
  approvedAmountFen: number | null;
}

export interface CompleteTaskInput {
  taskId: string;
  actor: Actor;
  decision: 'approve' | 'reject';
  reasons?: string;
  /** County decision only: publish in the village/community (视情况, default true). */
  publish?: boolean;
  evidence?: string[];
  /** County decision on temporary aid: the amount decided (within the regional maximum). */
  amountFen?: number;
}

export interface TaskActionInput {
  taskId: string;
  actor: Actor;
}

export interface DisburseInput {
  actor: Actor;
  /** Payment period, e.g. '2026-11' for a monthly item or 'once'. Defaults from the matter. */
  period?: string;
}

/** Refusal codes (stable; the API maps them to HTTP statuses in one place). */
export const REFUSALS = {
  NOT_FOUND: 'NOT_FOUND',
  WRONG_ROLE: 'WRONG_ROLE',
  WRONG_JURISDICTION: 'WRONG_JURISDICTION',
  SEPARATION_OF_DUTIES: 'SEPARATION_OF_DUTIES',
  WRONG_STATE: 'WRONG_STATE',
  TASK_COMPLETED: 'TASK_COMPLETED',
  CLAIMED_BY_OTHER: 'CLAIMED_BY_OTHER',
  REASONS_REQUIRED: 'REASONS_REQUIRED',
  INVALID: 'INVALID',
  WINDOW_CLOSED: 'WINDOW_CLOSED',
} as const;
export type RefusalCode = (typeof REFUSALS)[keyof typeof REFUSALS];

// Messages. Each official action is an update with a validator: a refusal comes back at once with a
// code and a reason, and nothing is written to the history.
export const completeTaskUpdate = defineUpdate<CaseState, [CompleteTaskInput]>('completeTask');
export const claimTaskUpdate = defineUpdate<CaseState, [TaskActionInput]>('claimTask');
export const unclaimTaskUpdate = defineUpdate<CaseState, [TaskActionInput]>('unclaimTask');
export const commissionRecheckUpdate = defineUpdate<CaseState, [{ actor: Actor; reasons?: string }]>('commissionRecheck');
export const fileAppealUpdate = defineUpdate<CaseState, [{ actor: Actor; reasons: string }]>('fileAppeal');
export const fileObjectionUpdate = defineUpdate<CaseState, [{ actor: Actor; text: string }]>('fileObjection');
export const disburseUpdate = defineUpdate<CaseState, [DisburseInput]>('disburse');
export const stopRecurringUpdate = defineUpdate<CaseState, [{ actor: Actor; reasons: string }]>('stopRecurring');
export const stateQuery = defineQuery<CaseState>('state');
/**
 * Used with update-with-start by the API: returns once intake is recorded (the case row, its first
 * task and the audit event exist), so the 201 the official gets describes a case that can be read.
 */
export const intakeUpdate = defineUpdate<CaseState, []>('intake');
/** A year's calendar became official or a parameter changed: recompute provisional deadlines. */
export const recomputeDeadlinesSignal = defineSignal<[{ reason: string }]>('recomputeDeadlines');

// Search attributes, so the Temporal UI can filter cases the way ops do (registered at start).
export const SA_STATUS = defineSearchAttributeKey('BangfuStatus', SearchAttributeType.KEYWORD);
export const SA_STEP = defineSearchAttributeKey('BangfuStep', SearchAttributeType.KEYWORD);
export const SA_OVERDUE = defineSearchAttributeKey('BangfuOverdue', SearchAttributeType.BOOL);
export const SA_COUNTY = defineSearchAttributeKey('BangfuCounty', SearchAttributeType.KEYWORD);
export const SA_DUE_AT = defineSearchAttributeKey('BangfuDueAt', SearchAttributeType.DATETIME);
export const SEARCH_ATTRIBUTES = [SA_STATUS, SA_STEP, SA_OVERDUE, SA_COUNTY, SA_DUE_AT];

export const workflowIdForCase = (caseId: string): string => `case-${caseId}`;

/** Annual or roll review outcome "adjust" (issue 13; 001 §六(二)): the amount of the following monthly payments. */
export const adjustRecurringUpdate = defineUpdate<CaseState, [{ actor: Actor; reasons: string; amountFen: number; ref: string }]>('adjustRecurring');
