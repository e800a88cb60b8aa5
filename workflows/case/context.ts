/**
 * What the modules of the case workflow share: the input, the state the officials see, the requests
 * waiting for the process, the writes not yet flushed, and the activity proxies.
 *
 * Short database work runs as local activities (no task-queue round trip; the result is recorded in
 * the history as a marker, so replay never repeats it). Payments run as ordinary activities: each is
 * its own transaction with its own idempotency key.
 */
import * as wf from '@temporalio/workflow';
import type { DecidedAmount } from '../../activities/amounts.js';
import type { CaseActivities } from '../../activities/index.js';
import type { Transition } from '../../store/transition.js';
import type { Actor, AppealBodyKey, CaseInput, CaseState, CompleteTaskInput } from '../definitions.js';

const retry = { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s', nonRetryableErrorTypes: ['BadInput'] };

/** Database writes and reads that take milliseconds: local activities, 15 s each attempt. */
export const local = wf.proxyLocalActivities<CaseActivities>({ startToCloseTimeout: '15s', retry });
/** Payments: ordinary activities (any worker may run them; each is idempotent by its unique key). */
export const acts = wf.proxyActivities<CaseActivities>({ startToCloseTimeout: '15s', retry });

/** A request from an official that the process takes up; the update returns once it has reacted. */
export interface Request<T> {
  value: T;
  /** `settles` when the process took the request; -1 while it waits. */
  takenAt: number;
}

export interface Carried {
  state: CaseState;
  counter: number;
  priority: number;
  nextPeriod: string | null;
  money?: Money;
}

/**
 * The money of the case (issue 12 rows 3, 4, 7): the amount the county decided and froze (001 §五3),
 * and what is left of an emergency payment for a recurring matter to deduct once.
 */
export interface Money {
  decided: DecidedAmount | null;
  emergencyLeftFen: number;
}

export interface Ctx {
  input: CaseInput;
  state: CaseState;
  /** Event-key counter: every recorded event gets `${caseId}:${counter}`. */
  counter: number;
  priority: number;
  /** Bumped whenever a task opens, closes or changes its deadline: the deadline watcher re-plans. */
  deadlineVersion: number;
  /** How many times the process has written its reaction and blocked again. */
  settles: number;
  /** Tasks whose completion the process has reacted to (their completeTask updates may return). */
  processed: Set<string>;
  /** Recorded changes not yet written: one transaction writes them when the process blocks. */
  pending: Transition[];
  requests: {
    appeal: Request<{ actor: Actor; reasons: string; at: string; body?: AppealBodyKey }> | null;
    objection: Request<{ actor: Actor; text: string }> | null;
    recheck: Request<{ actor: Actor; reasons: string }> | null;
    payment: Request<{ actor: Actor; period: string }> | null;
    stop: Request<{ actor: Actor; reasons: string }> | null;
  };
  recompute: string | null;
  /** Who completed each task (with the roles they acted in), for the audit event. */
  deciders: Map<string, Actor>;
  intakeRecorded: boolean;
  /** Last search-attribute values written (upserted only when one changes). */
  searchAttributes: string;
  /** Something the search attributes show changed since the last flush. */
  searchAttributesDirty: boolean;
  /** What township verification recorded for priority (000 §3; 000 §2, §6), until the process uses it. */
  verified: NonNullable<CompleteTaskInput['verification']> | null;
  /** The other department's answer recorded on the referral_outcome task, until the process uses it. */
  referralOutcome: NonNullable<CompleteTaskInput['referral']> | null;
  /** The amount an appeal of an approved decision was granted with, until the appeal uses it. */
  appealAmountFen: number | null;
  /** A write refused as bad input: the case waits for ops (retryStuck) instead of retrying forever. */
  stuck: { error: string; retry: boolean } | null;
  money: Money;
}

export function newState(input: CaseInput): CaseState {
  return {
    caseId: input.caseId,
    status: 'township_review',
    matter: input.matter,
    county: input.county,
    township: input.township,
    emergency: input.emergency !== undefined,
    tasks: [],
    payments: [],
    writtenReasons: null,
    publish: null,
    publicationEndsAt: null,
    appealDeadline: null,
    opinionBy: null,
    // Separation of duties checks the real filer, the authenticated caller (issue 12 row 11); the agent
    // the application names is data, kept beside it.
    filedByAgent: input.filedBy.capacity === 'agent' ? filerOf(input) : null,
    agentOnRecord: input.filedBy.capacity === 'agent' ? input.filedBy.sub : null,
    ...(input.consentToMeansCheck === false ? { consentPending: true } : {}),
    recurring: false,
    approvedAmountFen: null,
    open: true,
    currentStep: null,
    publicationText: null,
  };
}

export function newCtx(input: CaseInput, carried?: Carried): Ctx {
  return {
    input,
    state: carried?.state ?? newState(input),
    counter: carried?.counter ?? 0,
    priority: carried?.priority ?? 0,
    deadlineVersion: 0,
    settles: 0,
    processed: new Set(),
    pending: [],
    requests: { appeal: null, objection: null, recheck: null, payment: null, stop: null },
    recompute: null,
    deciders: new Map(),
    intakeRecorded: carried !== undefined,
    searchAttributes: '',
    searchAttributesDirty: false,
    stuck: null,
    verified: null,
    referralOutcome: null,
    appealAmountFen: null,
    money: carried?.money ?? { decided: null, emergencyLeftFen: 0 },
  };
}

/** The authenticated caller who filed the case (older inputs: the filedBy sub). Issue 12 row 11. */
export const filerOf = (input: CaseInput): string => input.filedBy.receivedBy ?? input.filedBy.sub;

export const now = (): string => new Date(Date.now()).toISOString();
export const nextKey = (c: Ctx): string => `${c.input.caseId}:${++c.counter}`;

/** Takes up a request: the update that made it returns after the process's next settle. */
export function take<T>(c: Ctx, r: Request<T>): T {
  r.takenAt = c.settles;
  return r.value;
}
