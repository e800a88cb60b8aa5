/**
 * The retired-cadre workflow's contract (004): input, state, the updates the API and officials act
 * through, the signal the schedules send, the state query. One workflow per cadre (`retiree-<id>`)
 * owns every task of the cadre's file: travel, reports, contact, pay suspension, medical claims,
 * health and care. Its task updates have the same names as the case's (workflows/definitions.ts), so
 * POST /v1/tasks/{id}/claim|unclaim|complete reaches it the same way.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { claimTaskUpdate, completeTaskUpdate, unclaimTaskUpdate, type Actor, type CompleteTaskInput, type TaskActionInput, type TaskState } from '../definitions.js';

export const RANK_CLASSES = ['division', 'regiment_or_below'] as const;
export type RankClass = (typeof RANK_CLASSES)[number];
export const RETIREE_STATUSES = ['active', 'abroad', 'suspended', 'deceased'] as const;
export type RetireeStatus = (typeof RETIREE_STATUSES)[number];
export const CONTACT_METHODS = ['phone', 'visit', 'video', 'message', 'letter', 'other'] as const;
export const REPORT_KINDS = ['remarriage', 'household_move', 'residence_change', 'award', 'violation', 'social_organisation_post'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface PersonDetails {
  idNumber: string;
  name: string;
  birthDate: string;
  phone?: string;
  address?: string;
}

export interface RetireeInput {
  retireeId: string;
  receivedAt: string;
  person: PersonDetails;
  personKey: string;
  rankClass: RankClass;
  institution: string;
  county: string;
  careFlags?: { seriouslyIll?: boolean; disabled?: boolean };
  filedBy: Actor;
}

export interface TravelState {
  id: string;
  destination: string;
  departOn: string;
  plannedReturnOn: string | null;
  returnedOn: string | null;
  status: 'pending_approval' | 'approved' | 'filed' | 'refused' | 'abroad' | 'returned' | 'closed';
  needsApproval: boolean;
  longStay: boolean;
  headOpinion: { by: string; text: string } | null;
  passportReturnedOn: string | null;
}

export interface ClaimState {
  id: string;
  period: string;
  selfPaidFen: number;
  status: 'checking' | 'approving' | 'paid' | 'refused';
  amountFen: number | null;
}

export interface ReportState {
  id: string;
  kind: ReportKind;
  major: boolean;
  status: 'recorded' | 'pending_approval' | 'approved' | 'refused';
}

export interface RetireeState {
  retireeId: string;
  status: RetireeStatus;
  paySuspended: boolean;
  county: string;
  institution: string;
  rankClass: RankClass;
  lastContactOn: string;
  tasks: TaskState[];
  travels: TravelState[];
  claims: ClaimState[];
  reports: ReportState[];
  /** 004 §20 per year: self-paid cost of paid claims and subsidy paid, against the cap. */
  medicalYears: Record<string, { selfPaidFen: number; paidFen: number }>;
}

export interface TravelRequest {
  actor: Actor;
  destination: string;
  departOn: string;
  plannedReturnOn?: string;
  /** 师级: the institution head's signed opinion on the form (004 §15 签署明确意见). */
  headOpinion?: string;
}
export interface ContactRequest {
  actor: Actor;
  method: (typeof CONTACT_METHODS)[number];
  notes?: string;
  contactedAt?: string;
}
export interface ClaimRequest {
  actor: Actor;
  selfPaidFen: number;
  /** The year the claim counts against (default: this year). */
  period?: string;
  description?: string;
}
export interface ReportRequest {
  actor: Actor;
  kind: ReportKind;
  major?: boolean;
  details: string;
}
export interface EmergencyRequest {
  actor: Actor;
  treatedOn: string;
  hospital: string;
  /** What the hospital accepted (004 §23 凭《离退休证》或者军休服务管理机构证明). */
  basis: 'retirement_certificate' | 'institution_certificate';
}

/** A schedule's periodic check (monthly contact, yearly health check, care visits). */
export interface DueNotice {
  kind: 'contact' | 'health_check' | 'care_visit';
  /** The day the check is for (Asia/Shanghai, YYYY-MM-DD). */
  on: string;
}

export const retireeIntakeUpdate = defineUpdate<RetireeState, []>('retireeIntake');
export const fileTravelUpdate = defineUpdate<RetireeState & { travelId: string }, [TravelRequest]>('fileTravel');
export const recordReturnUpdate = defineUpdate<RetireeState, [{ actor: Actor; travelId: string; returnedOn: string }]>('recordReturn');
export const recordContactUpdate = defineUpdate<RetireeState & { contactId: string }, [ContactRequest]>('recordContact');
export const fileMedicalClaimUpdate = defineUpdate<RetireeState & { claimId: string }, [ClaimRequest]>('fileMedicalClaim');
export const fileReportUpdate = defineUpdate<RetireeState & { reportId: string }, [ReportRequest]>('fileReport');
export const recordEmergencyUpdate = defineUpdate<RetireeState & { recordId: string }, [EmergencyRequest]>('recordEmergency');
export const retireeDueSignal = defineSignal<[DueNotice]>('retireeDue');
export const retireeStateQuery = defineQuery<RetireeState>('retireeState');

// The shared task updates (same names as the case's), typed with this workflow's answer.
export const completeRetireeTaskUpdate = defineUpdate<RetireeState, [CompleteTaskInput]>(completeTaskUpdate.name);
export const claimRetireeTaskUpdate = defineUpdate<RetireeState, [TaskActionInput]>(claimTaskUpdate.name);
export const unclaimRetireeTaskUpdate = defineUpdate<RetireeState, [TaskActionInput]>(unclaimTaskUpdate.name);

export const workflowIdForRetiree = (retireeId: string): string => `retiree-${retireeId}`;
