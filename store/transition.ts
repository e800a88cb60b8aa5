/**
 * Changes to a case: projection rows (case, tasks, notifications, open-matter guard) and the audit
 * events that explain them. A workflow gathers one reaction's changes and writes them here in ONE
 * transaction (plain pg: this is the hot path), idempotent by event key, so an activity retried after a
 * crash writes nothing twice. The hash chain is extended in memory from the chain's head.
 */
import pg from 'pg';
import type { Applicant, CaseStatus, TaskType } from '../rules/vocabulary.js';
import { CHECKPOINT_LOCK_SHARED, GENESIS_HASH, eventHash, type AuditEventInput } from './audit.js';
import { canonicalJson, jsonSafe } from './canonical.js';
import type { Db } from './db.js';
import { inTransaction } from './pg.js';

export interface CaseCreate {
  id: string;
  workflowId: string;
  status: CaseStatus;
  matter: string;
  county: string;
  township: string;
  personKey: string;
  applicantNameMasked: string;
  idNumberMasked: string;
  applicant: Applicant | { sealed: string };
  category: string;
  hardshipSituation: number;
  filedBy: Record<string, unknown>;
  emergency?: Record<string, unknown> | null;
  priority: number;
  priorityExplanation?: unknown;
  /** 001 §三(二) exclusion flags (facts): the authority refuses an approval with any of them. */
  exclusions?: Record<string, boolean> | null;
  receivedAt: string;
  /** 001 §五(一): filed before the consent was recorded (a visit's follow-up). */
  consentPending?: boolean;
}

export interface CasePatch {
  status?: CaseStatus;
  currentStep?: string | null;
  open?: boolean;
  writtenReasons?: string | null;
  publish?: boolean | null;
  publicationText?: string | null;
  appealDeadline?: string | null;
  closedAt?: string | null;
  /** Recomputed at township verification (000 §3 现实表现; 000 §2, §6 重病重残; issue 12 row 13). */
  priority?: number;
  priorityExplanation?: unknown;
  consentPending?: boolean;
}

export interface TaskUpsert {
  /** The deciding level when not its step's (an appeal to the next level up: 'city'). */
  level?: string;
  id: string;
  type: TaskType;
  /** What the task's file is ('case' unless a duty or a retired-cadre process owns it). */
  subjectType?: string;
  /** The workflow whose task updates act on it (default: the case's workflow). */
  workflowId?: string;
  status?: 'open' | 'completed' | 'cancelled';
  role: string;
  county: string;
  township: string;
  priority?: number;
  receivedOn: string;
  dueDate?: string | null;
  dueAt?: string | null;
  provisional?: boolean;
  overdue?: boolean;
  overdueSince?: string | null;
  remindedAt?: string | null;
  claimedBy?: string | null;
  claimedAt?: string | null;
  completedBy?: string | null;
  completedAt?: string | null;
  decision?: string | null;
  reasons?: string | null;
  evidence?: unknown;
  /** What the official needs to see on the task (the county decision's amount, 001 §五3); written when given. */
  data?: unknown;
}

export interface NotificationInput {
  key: string;
  taskId?: string;
  kind: string;
  toRole: string;
  toRegion: string;
  message: string;
}

/** The audit event (what happened, who, when, why) and the projection changes it explains. */
export interface Transition extends AuditEventInput {
  createCase?: CaseCreate;
  patchCase?: CasePatch;
  tasks?: TaskUpsert[];
  notifications?: NotificationInput[];
  /** Release the one-open-case-per-matter guard (the case is finished). */
  releaseOpenMatter?: boolean;
}

const ts = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));
const json = (v: unknown) => (v === undefined ? undefined : v === null ? null : canonicalJson(v));

/** `update … set` for the fields that are given (undefined: unchanged; null: cleared). */
function setClause(fields: Record<string, unknown>, first: number): { sql: string; values: unknown[] } {
  const cols = Object.entries(fields).filter(([, v]) => v !== undefined);
  return { sql: cols.map(([c], i) => `${c} = $${first + i}`).join(', '), values: cols.map(([, v]) => v) };
}

async function writeCase(q: pg.PoolClient, c: CaseCreate, at: Date): Promise<void> {
  await q.query(
    `insert into cases (id, workflow_id, status, current_step, matter, county, township, person_key, applicant_name_masked, id_number_masked,
       applicant, category, hardship_situation, filed_by, emergency, priority, priority_explanation, received_at, created_at, updated_at, consent_pending, exclusions)
     values ($1,$2,$3,null,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$18,$19,$20)`,
    [c.id, c.workflowId, c.status, c.matter, c.county, c.township, c.personKey, c.applicantNameMasked, c.idNumberMasked, canonicalJson(c.applicant), c.category, c.hardshipSituation, canonicalJson(c.filedBy), c.emergency ? canonicalJson(c.emergency) : null, c.priority, c.priorityExplanation ? canonicalJson(c.priorityExplanation) : null, new Date(c.receivedAt), at, c.consentPending ?? false, c.exclusions ? canonicalJson(c.exclusions) : null],
  );
  // The API reserves the guard before starting the workflow; a workflow started directly (tests,
  // tools) takes it here. Either way the guard names this case.
  await q.query('insert into open_matters (person_key, matter, case_id) values ($1, $2, $3) on conflict do nothing', [c.personKey, c.matter, c.id]);
}

async function writeTask(q: pg.PoolClient, caseId: string, t: TaskUpsert, at: Date): Promise<void> {
  const fields: Record<string, unknown> = {
    type: t.type,
    status: t.status ?? 'open',
    role: t.role,
    county: t.county,
    township: t.township,
    level: t.level,
    priority: t.priority ?? 0,
    received_on: t.receivedOn,
    due_date: t.dueDate,
    due_at: ts(t.dueAt),
    provisional: t.provisional,
    overdue: t.overdue,
    overdue_since: ts(t.overdueSince),
    reminded_at: ts(t.remindedAt),
    claimed_by: t.claimedBy,
    claimed_at: ts(t.claimedAt),
    completed_by: t.completedBy,
    completed_at: ts(t.completedAt),
    decision: t.decision,
    reasons: t.reasons,
    evidence: json(t.evidence),
    data: json(t.data),
  };
  const set = setClause(fields, 6);
  const cols = Object.keys(fields).filter((k) => fields[k] !== undefined);
  await q.query(
    `insert into tasks (id, case_id, subject_type, workflow_id, created_at, ${cols.join(', ')})
     values ($1, $2, $3, $4, $5, ${cols.map((_, i) => `$${6 + i}`).join(', ')})
     on conflict (id) do update set ${set.sql}`,
    [t.id, caseId, t.subjectType ?? 'case', t.workflowId ?? `case-${caseId}`, at, ...set.values],
  );
}

async function patchCase(q: pg.PoolClient, caseId: string, p: CasePatch, at: Date): Promise<void> {
  const set = setClause(
    {
      status: p.status,
      current_step: p.currentStep,
      open: p.open,
      written_reasons: p.writtenReasons,
      publish: p.publish,
      publication_text: p.publicationText,
      appeal_deadline: ts(p.appealDeadline),
      closed_at: ts(p.closedAt),
      priority: p.priority,
      priority_explanation: p.priorityExplanation === undefined ? undefined : canonicalJson(p.priorityExplanation),
      consent_pending: p.consentPending,
      updated_at: at,
    },
    2,
  );
  await q.query(`update cases set ${set.sql} where id = $1`, [caseId, ...set.values]);
}

/**
 * A receipt (issue 16 item 8a): the chain's last event written (or found already written) by a
 * write, `{chainId, seq, hash}`. The activity returns it, so it lands in the workflow's history — a
 * second store the database superuser cannot rewrite; `bangfu audit verify` checks each against the table.
 */
export interface Receipt {
  chainId: string;
  seq: number;
  hash: string;
}

export interface Applied {
  applied: number;
  receipts: Receipt[];
}

/** Per chain, the receipt with the highest seq. */
function latestPerChain(rs: Iterable<Receipt>): Receipt[] {
  const out = new Map<string, Receipt>();
  for (const r of rs) if ((out.get(r.chainId)?.seq ?? 0) < r.seq) out.set(r.chainId, r);
  return [...out.values()].sort((a, b) => a.chainId.localeCompare(b.chainId));
}

/** Writes a reaction's transitions (one chain or several) in one transaction; returns how many were new and the receipts. */
export async function applyTransitions(db: Db, batch: readonly Transition[]): Promise<Applied> {
  if (batch.length === 0) return { applied: 0, receipts: [] };
  const chains = [...new Set(batch.map((t) => t.caseId))].sort();
  // Round trips: BEGIN with the chains' locks (in id order); one read of what is already written and
  // of the heads; the rows; the events; COMMIT.
  const locks = chains.map((id) => `select pg_advisory_xact_lock(hashtextextended(${pg.escapeLiteral(id)}, 7))`).join('; ');
  return inTransaction(
    db,
    async (q) => {
      // Under the locks: the already-written events (their (chain, seq, hash) answer a retried write's
      // receipts) and each chain's head, with the checkpoint lock shared (appendEvents).
      const r = await q.query<{ event_key: string | null; case_id: string; seq: number | null; hash: string | null }>(
        `select event_key, case_id, seq, hash from audit_events where event_key = any($1)
         union all
         select null, c.id, h.seq, h.hash
           from (select ${CHECKPOINT_LOCK_SHARED}) l
           cross join unnest($2::text[]) as c(id)
           left join lateral (select seq, hash from audit_events where case_id = c.id order by seq desc limit 1) h on true`,
        [batch.map((t) => t.eventKey), chains],
      );
      const seen = r.rows.filter((x) => x.event_key !== null);
      const done = new Set(seen.map((x) => x.event_key));
      const before = seen.map((x) => ({ chainId: x.case_id, seq: x.seq!, hash: x.hash! }));
      const todo = batch.filter((t) => !done.has(t.eventKey));
      if (todo.length === 0) return { applied: 0, receipts: latestPerChain(before) };
      const heads: Heads = new Map(r.rows.filter((x) => x.event_key === null).map((h) => [h.case_id, { seq: h.seq ?? 0, hash: h.hash ?? GENESIS_HASH }]));
      for (const t of todo) {
        const at = new Date(t.at);
        if (t.createCase) await writeCase(q, t.createCase, at);
        for (const task of t.tasks ?? []) await writeTask(q, t.caseId, task, at);
        if (t.patchCase) await patchCase(q, t.caseId, t.patchCase, at);
        if (t.releaseOpenMatter) await q.query('delete from open_matters where case_id = $1', [t.caseId]);
        for (const n of t.notifications ?? []) {
          await q.query(
            `insert into notifications (key, case_id, task_id, kind, to_role, to_region, message, created_at) values ($1,$2,$3,$4,$5,$6,$7,$8) on conflict (key) do nothing`,
            [n.key, t.caseId, n.taskId ?? null, n.kind, n.toRole, n.toRegion, n.message, at],
          );
        }
      }
      const written = await appendEvents(q, todo, heads);
      return { applied: todo.length, receipts: latestPerChain([...before, ...written]) };
    },
    locks,
  );
}

type Heads = Map<string, { seq: number; hash: string }>;

/**
 * Appends events to their chains (caller holds each chain's lock), in the given order; returns each
 * chain's new head. The heads are read in one statement that also takes the checkpoint lock shared
 * (store/checkpoint.ts): no event id is assigned while a checkpoint reads the log's high-water mark,
 * so every id at or below a checkpoint's size was committed before it — at no extra round trip. A
 * caller that already read them that way under its locks (applyTransitions) passes them.
 */
export async function appendEvents(q: pg.PoolClient, events: readonly AuditEventInput[], known?: Heads): Promise<Receipt[]> {
  const ids = [...new Set(events.map((e) => e.caseId))];
  const heads: Heads = known ?? (await readHeads(q, ids));
  const values: unknown[] = [];
  const rows: string[] = [];
  for (const e of events) {
    const head = heads.get(e.caseId)!;
    const base = { caseId: e.caseId, seq: head.seq + 1, eventKey: e.eventKey, at: new Date(e.at).toISOString(), actor: jsonSafe(e.actor), type: e.type, data: jsonSafe(e.data), refs: e.refs ?? [] };
    const hash = eventHash(head.hash, base);
    const n = values.length;
    rows.push(`($${n + 1},$${n + 2},$${n + 3},$${n + 4},$${n + 5},$${n + 6},$${n + 7},$${n + 8},$${n + 9},$${n + 10})`);
    values.push(base.caseId, base.seq, base.eventKey, base.at, canonicalJson(base.actor), base.type, canonicalJson(base.data), base.refs, head.hash, hash);
    heads.set(e.caseId, { seq: base.seq, hash });
  }
  await q.query(`insert into audit_events (case_id, seq, event_key, at, actor, type, data, refs, prev_hash, hash) values ${rows.join(', ')}`, values);
  return ids.map((chainId) => ({ chainId, ...heads.get(chainId)! }));
}

async function readHeads(q: pg.PoolClient, ids: string[]): Promise<Heads> {
  const r = await q.query<{ case_id: string; seq: number | null; hash: string | null }>(
    `select c.id as case_id, h.seq, h.hash
       from (select ${CHECKPOINT_LOCK_SHARED}) l
       cross join unnest($1::text[]) as c(id)
       left join lateral (select seq, hash from audit_events where case_id = c.id order by seq desc limit 1) h on true`,
    [ids],
  );
  return new Map(r.rows.map((h) => [h.case_id, { seq: h.seq ?? 0, hash: h.hash ?? GENESIS_HASH }]));
}

/** One transition (a write that is not part of a workflow reaction, e.g. a duty's task). */
export async function applyTransition(db: Db, t: Transition): Promise<{ applied: boolean; receipts: Receipt[] }> {
  const r = await applyTransitions(db, [t]);
  return { applied: r.applied > 0, receipts: r.receipts };
}
