/**
 * The case workflow's messages, shared by the workflow, the worker, the API and the tests: the updates
 * officials act through, the state query, signals and search attributes. The vocabulary (statuses, task
 * types, roles, the case's shape) lives in rules/vocabulary.ts, free of Temporal, and is re-exported
 * here for the workflow side. Deterministic and I/O-free: safe to import from workflow code.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { Actor, AppealBodyKey, CaseState, CompleteTaskInput, DisburseInput, TaskActionInput } from '../rules/vocabulary.js';
import { STEPS } from '../rules/steps.js';

export * from '../rules/vocabulary.js';

/** Which role acts on each task, and at which level (derived from rules/steps.ts). */
export const TASK_ROLE = STEPS;

// Messages. Each official action is an update with a validator: a refusal comes back at once with a
// code and a reason, and nothing is written to the history.
export const completeTaskUpdate = defineUpdate<CaseState, [CompleteTaskInput]>('completeTask');
export const claimTaskUpdate = defineUpdate<CaseState, [TaskActionInput]>('claimTask');
export const unclaimTaskUpdate = defineUpdate<CaseState, [TaskActionInput]>('unclaimTask');
export const commissionRecheckUpdate = defineUpdate<CaseState, [{ actor: Actor; reasons?: string }]>('commissionRecheck');
/** `body`: to whom the appeal is addressed (001 §五3; rules/appeal.ts APPEAL_BODIES), default the county government. */
export const fileAppealUpdate = defineUpdate<CaseState, [{ actor: Actor; reasons: string; body?: AppealBodyKey }]>('fileAppeal');
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
/** Ops fixed what made a case stuck (a write refused as bad input): try the failed step again. */
export const retryStuckSignal = defineSignal<[{ by: string }]>('retryStuck');

// Search attributes, so the Temporal UI can filter cases the way ops do (registered at start).
export const SA_STATUS = defineSearchAttributeKey('BangfuStatus', SearchAttributeType.KEYWORD);
export const SA_STEP = defineSearchAttributeKey('BangfuStep', SearchAttributeType.KEYWORD);
export const SA_OVERDUE = defineSearchAttributeKey('BangfuOverdue', SearchAttributeType.BOOL);
export const SA_COUNTY = defineSearchAttributeKey('BangfuCounty', SearchAttributeType.KEYWORD);
export const SA_DUE_AT = defineSearchAttributeKey('BangfuDueAt', SearchAttributeType.DATETIME);
export const SEARCH_ATTRIBUTES = [SA_STATUS, SA_STEP, SA_OVERDUE, SA_COUNTY, SA_DUE_AT];

/** Annual or roll review outcome "adjust" (issue 13; 001 §六(二)): the amount of the following monthly payments. */
/** The applicant's consent to the means check, recorded after a visit's follow-up filing (001 §五(一); 000 §5). */
export const recordConsentUpdate = defineUpdate<CaseState, [{ actor: Actor; evidence: string }]>('recordConsent');
export const adjustRecurringUpdate = defineUpdate<CaseState, [{ actor: Actor; reasons: string; amountFen: number; ref: string }]>('adjustRecurring');
