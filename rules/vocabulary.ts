/**
 * Bangfu's shared vocabulary: case statuses, task types, roles, matters, who acted, and the shapes of a
 * case as the workflow keeps it. Plain data and types, no Temporal or database imports, so every floor
 * (rules → store → activities → workflows → api) can speak it without importing a floor above.
 * SPEC §2.
 */

/** Case status vocabulary (exposed by the API; black-box checks use it). SPEC §2. */
export const CASE_STATUSES = ['township_review', 'county_review', 'publication', 'payable', 'paid', 'rejected', 'appeal', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Human steps of a case (their role, level, deadline and references: rules/steps.ts). */
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
  // Retired cadres (004 §15, §16, §18, §19, §20, §23, §24): the service institution's own processes.
  'travel_approval',
  'travel_report',
  'passport_return',
  'contact',
  'pay_suspension',
  'medical_claim_check',
  'medical_claim_approval',
  'health_check',
  'report_approval',
  'emergency_paperwork',
  'recuperation_plan',
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
  // Retired cadres (004): institution staff, its head, and the upper department (上级退役军人工作部门).
  'retiree_officer',
  'institution_head',
  'retiree_approver',
] as const;
export type Role = (typeof ROLES)[number];

/** The level of government a role works at: its jurisdiction is a township, a county or a city. */
export type Level = 'township' | 'county' | 'city';

/**
 * To whom an appeal is addressed (001 §五3 "可向县级人民政府或上一级退役军人事务部门申请复核"): the county
 * government (decided at the county) or the next level up (decided by a city-level appeal reviewer).
 * rules/appeal.ts APPEAL_BODIES has their names and levels.
 */
export const APPEAL_BODY_LEVEL = { county_government: 'county', higher_veterans_department: 'city' } as const satisfies Record<string, Level>;
export type AppealBodyKey = keyof typeof APPEAL_BODY_LEVEL;

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
  /**
   * The applicant's consent to the means check (001 §五(一)). `false` only for a case the station files
   * on a visit's follow-up (000 §5): the consent is recorded later and the means check waits for it.
   */
  consentToMeansCheck: boolean;
  /** The visit whose follow-up this case is (000 §5; issue 13). */
  followUpOfVisit?: string;
  /**
   * Who filed: the capacity, and `sub` the person acting for the applicant (the agent in the agent
   * capacity: data about the filing). `receivedBy` is the authenticated caller who filed it — the
   * actor of case_received (issue 12 row 11); absent on inputs from before it was recorded.
   */
  filedBy: { capacity: FilingCapacity; sub: string; name?: string; relation?: string; receivedBy?: string };
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

export type TaskStatus = 'open' | 'completed' | 'cancelled';
export type Decision = 'approve' | 'reject';

export interface TaskState {
  id: string;
  type: TaskType;
  role: Role;
  /** The level that decides it when not its step's: an appeal to the next level up is 'city' (001 §五3). */
  level?: Level;
  county: string;
  township: string;
  status: TaskStatus;
  openedAt: string;
  deadline: Deadline | null;
  reminded: boolean;
  overdue: boolean;
  overdueSince: string | null;
  claimedBy: string | null;
  decidedBy: string | null;
  decision: Decision | null;
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
  /** The agent the application names (data), when it differs from who filed it. */
  agentOnRecord?: string | null;
  /** The consent to the means check is still to be recorded (001 §五(一)); absent on older cases. */
  consentPending?: boolean;
  recurring: boolean;
  approvedAmountFen: number | null;
  /** The case is still open (not closed, not finished paying a one-off). */
  open?: boolean;
  /** The open step shown as the case's current step. */
  currentStep?: string | null;
  /** Queue priority from the intake assessment (000 §3). */
  priority?: number;
  /** A referral (001 §五 last paragraph): the local date it was made, while its outcome is awaited. */
  referredOn?: string | null;
  /** The masked notice posted in the village during publication. */
  publicationText?: string | null;
}

export interface CompleteTaskInput {
  taskId: string;
  actor: Actor;
  decision: Decision;
  reasons?: string;
  /** County decision only: publish in the village/community (视情况, default true). */
  publish?: boolean;
  evidence?: string[];
  /** County decision on temporary aid: the amount decided (within the regional maximum). */
  amountFen?: number;
  /**
   * Township verification only: what it found for priority — conduct (000 §3 现实表现), serious illness
   * or disability (000 §2, §6 重病重残). Issue 12 row 13.
   */
  verification?: { conduct?: 'commendable' | 'ordinary' | 'concern'; seriousIllness?: boolean; seriousDisability?: boolean };
  /**
   * referral_outcome only: the other department's answer (001 §五 last paragraph; issue 12 row 12) —
   * who decided, when, the result, any amount it granted (fen; not paid by this case), its reference.
   */
  referral?: { decidedBy: string; decidedOn: string; outcome: string; amountFen?: number; reference?: string };
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

/** Refusal codes (stable; the API maps them to HTTP statuses in one place, api/errors.ts). */
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
  /** 001 §三(二) 不予帮扶援助: a recorded exclusion bars approval (issue 12 row 5). */
  EXCLUDED: 'EXCLUDED',
  /** A payment for a period other than the one due now (issue 16 item 11: the server sets the period). */
  PERIOD_NOT_DUE: 'PERIOD_NOT_DUE',
} as const;
export type RefusalCode = (typeof REFUSALS)[keyof typeof REFUSALS];

export const workflowIdForCase = (caseId: string): string => `case-${caseId}`;
