/**
 * The append-only, hash-chained audit log. Each event's hash is SHA-256 over the previous event's hash
 * and the canonical form of the event, so any edit, deletion or reordering breaks the chain at that
 * point. Events for one case are serialised by a transaction-scoped advisory lock on the case.
 *
 * Retention: the log is kept for good — at least the 6 months auditors need, with no delete path at
 * all. No code deletes or updates an event; the application role has only SELECT and INSERT on
 * `audit_events` (prisma/sql/app-role.sql) and cannot drop or disable the trigger that refuses UPDATE,
 * DELETE and TRUNCATE for every role, the owner included (only the owner could remove the trigger, by
 * a migration, which is itself reviewed). Workflow histories in Temporal are kept 180 days after a case
 * closes (namespace retention, platform/temporal.ts); the audit log is what outlives them.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../workflows/definitions.js';
import { canonicalJson, jsonSafe } from './canonical.js';
import type { Db } from './db.js';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The chain that records changes made outside any case (calendar years and parameters loaded by ops):
 * an ordinary hash-chained "case" id that no real case can have (case ids start with BF).
 */
export const SYSTEM_CASE_ID = '_system';

export interface AuditEventInput {
  caseId: string;
  /** Unique, deterministic key: a retried write of the same event is a no-op. */
  eventKey: string;
  at: string;
  actor: Actor;
  type: string;
  data: Record<string, unknown>;
  refs?: string[];
}

export interface StoredAuditEvent {
  caseId: string;
  seq: number;
  eventKey: string;
  at: string;
  actor: Actor;
  type: string;
  data: Record<string, unknown>;
  refs: string[];
  prevHash: string;
  hash: string;
}

export function eventHash(prevHash: string, e: Omit<StoredAuditEvent, 'prevHash' | 'hash'>): string {
  const body = canonicalJson({
    caseId: e.caseId,
    seq: e.seq,
    eventKey: e.eventKey,
    at: new Date(e.at).toISOString(),
    actor: e.actor,
    type: e.type,
    data: e.data,
    refs: e.refs,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * The checkpoint lock (issue 16 item 8b): every writer of `audit_events` holds it shared from before
 * its insert until commit; a checkpoint takes it exclusively only while it reads the log's high-water
 * mark (store/checkpoint.ts). The two-int4 key space never meets the one-bigint case locks.
 */
export const CHECKPOINT_LOCK_SHARED = 'pg_advisory_xact_lock_shared(1111577159, 8)';
export const CHECKPOINT_LOCK_EXCLUSIVE = 'pg_advisory_xact_lock(1111577159, 8)';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Takes the case's audit lock for the rest of the transaction. */
export async function lockCase(tx: Tx, caseId: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${caseId}, 7))`;
}

/** True when an event with this key is already in the log (the write it belongs to was done). */
export async function eventExists(tx: Tx, eventKey: string): Promise<boolean> {
  const row = await tx.auditEvent.findUnique({ where: { eventKey }, select: { id: true } });
  return row !== null;
}

/** Appends one event inside the caller's transaction (caller holds lockCase). */
export async function appendEvent(tx: Tx, input: AuditEventInput): Promise<StoredAuditEvent> {
  const last = await tx.auditEvent.findFirst({
    where: { caseId: input.caseId },
    orderBy: { seq: 'desc' },
    select: { seq: true, hash: true },
  });
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const base = {
    caseId: input.caseId,
    seq,
    eventKey: input.eventKey,
    at: new Date(input.at).toISOString(),
    actor: jsonSafe(input.actor),
    type: input.type,
    data: jsonSafe(input.data),
    refs: input.refs ?? [],
  };
  const hash = eventHash(prevHash, base);
  await tx.$executeRawUnsafe(`select ${CHECKPOINT_LOCK_SHARED}`);
  await tx.auditEvent.create({
    data: {
      caseId: base.caseId,
      seq,
      eventKey: base.eventKey,
      at: new Date(base.at),
      actor: base.actor as object,
      type: base.type,
      data: base.data as object,
      refs: base.refs,
      prevHash,
      hash,
    },
  });
  return { ...base, prevHash, hash };
}

/** Appends an event in its own transaction (e.g. a refused action recorded by the API). */
export async function appendEventNow(db: Db, input: AuditEventInput): Promise<StoredAuditEvent | null> {
  return db.$transaction(async (tx) => {
    await lockCase(tx, input.caseId);
    if (await eventExists(tx, input.eventKey)) return null;
    return appendEvent(tx, input);
  });
}

export function rowToEvent(r: {
  caseId: string;
  seq: number;
  eventKey: string;
  at: Date;
  actor: unknown;
  type: string;
  data: unknown;
  refs: string[];
  prevHash: string;
  hash: string;
}): StoredAuditEvent {
  return {
    caseId: r.caseId,
    seq: r.seq,
    eventKey: r.eventKey,
    at: r.at.toISOString(),
    actor: r.actor as Actor,
    type: r.type,
    data: r.data as Record<string, unknown>,
    refs: r.refs,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

export interface ChainVerification {
  valid: boolean;
  events: number;
  brokenAt?: { seq: number; eventKey?: string; reason: string };
}

/** Pure check of a case's chain, in seq order: numbering, links and hashes. */
export function verifyChain(events: StoredAuditEvent[]): ChainVerification {
  let prev = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.seq !== i + 1) {
      return { valid: false, events: events.length, brokenAt: { seq: i + 1, eventKey: e.eventKey, reason: `expected event ${i + 1}, found ${e.seq} (an event is missing or out of order)` } };
    }
    if (e.prevHash !== prev) {
      return { valid: false, events: events.length, brokenAt: { seq: e.seq, eventKey: e.eventKey, reason: 'prevHash does not link to the previous event' } };
    }
    const h = eventHash(prev, e);
    if (h !== e.hash) {
      return { valid: false, events: events.length, brokenAt: { seq: e.seq, eventKey: e.eventKey, reason: 'content does not match its hash (the event was altered)' } };
    }
    prev = e.hash;
  }
  return { valid: true, events: events.length };
}

/** A case's events in seq order; with `until`, only those recorded at or before that instant. */
export async function loadChain(db: Db, caseId: string, opts: { until?: Date } = {}): Promise<StoredAuditEvent[]> {
  const rows = await db.auditEvent.findMany({
    where: { caseId, ...(opts.until ? { at: { lte: opts.until } } : {}) },
    orderBy: { seq: 'asc' },
  });
  return rows.map(rowToEvent);
}

/** Loads and verifies one case's chain. */
export async function verifyCase(db: Db, caseId: string): Promise<ChainVerification & { caseId: string }> {
  return { caseId, ...verifyChain(await loadChain(db, caseId)) };
}

/** Case ids that have audit events (every chain, including the system chain). */
export async function chainIds(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ case_id: string }[]>`select distinct case_id from audit_events order by case_id`;
  return rows.map((r) => r.case_id);
}

/**
 * The workflows that may hold receipts for a chain: the case's own and any that own a task on it (a
 * duty about the case, a retiree's file). For `bangfu audit verify --case`.
 */
export async function workflowIdsOfChain(db: Db, caseId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ workflow_id: string }[]>`
    select workflow_id from cases where id = ${caseId}
    union select workflow_id from tasks where case_id = ${caseId} and workflow_id is not null`;
  return rows.map((r) => r.workflow_id).sort();
}
