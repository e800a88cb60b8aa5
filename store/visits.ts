/**
 * The visit ledger (000 §5 "经常性上门走访" with a record; 003 §五, §八): a visit row per visit task,
 * then its record — who, when, where, findings, cash or goods given, follow-up. Writes are idempotent
 * (the visit id is the task id), so a retried activity changes nothing twice.
 */
import type { Db } from './db.js';
import { poolOf } from './pg.js';

export interface VisitDue {
  id: string;
  caseId: string;
  personKey: string;
  county: string;
  township: string;
  reason: string;
  dueDate: string;
}

export async function createVisit(db: Db, v: VisitDue): Promise<void> {
  await db.$executeRaw`insert into visits (id, case_id, person_key, county, township, reason, due_date)
    values (${v.id}, ${v.caseId}, ${v.personKey}, ${v.county}, ${v.township}, ${v.reason}, ${v.dueDate})
    on conflict (id) do nothing`;
}

export interface VisitRecord {
  visitedBy: string;
  visitedAt: string;
  place: string;
  findings: string;
  cashFen?: number | null;
  goods?: string | null;
  followUp?: string | null;
  followUpCaseId?: string | null;
}

export async function recordVisit(db: Db, id: string, r: VisitRecord): Promise<void> {
  await db.visit.update({
    where: { id },
    data: {
      status: 'done',
      visitedBy: r.visitedBy,
      visitedAt: new Date(r.visitedAt),
      place: r.place,
      findings: r.findings,
      cashFen: r.cashFen == null ? null : BigInt(r.cashFen),
      goods: r.goods ?? null,
      followUp: r.followUp ?? null,
      followUpCaseId: r.followUpCaseId ?? null,
    },
  });
}

export interface VisitFilter {
  scopes: { county: string; township?: string }[];
  status?: 'due' | 'done';
  reason?: string;
  overdue?: boolean;
  /** Ops: every county. */
  everywhere?: boolean;
  id?: string;
  limit: number;
  offset: number;
  now: Date;
}

export interface VisitListRow {
  id: string;
  caseId: string;
  county: string;
  township: string;
  reason: string;
  dueDate: string;
  status: string;
  visitedBy: string | null;
  visitedAt: Date | null;
  place: string | null;
  findings: string | null;
  cashFen: number | null;
  goods: string | null;
  followUp: string | null;
  followUpCaseId: string | null;
  dueAt: Date | null;
  overdue: boolean;
  claimedBy: string | null;
  workflowId: string | null;
}

/**
 * Visits due and done in the caller's jurisdictions (as the task inbox filters), soonest due first.
 * One query joins each visit to its task, so `overdue` (rules/overdue.ts: marked by the workflow, or
 * open at or past its due instant) filters before paging and `total` counts what matches.
 */
export async function listVisits(db: Db, f: VisitFilter): Promise<{ items: VisitListRow[]; total: number }> {
  if (f.scopes.length === 0 && !f.everywhere) return { items: [], total: 0 };
  // Built twice (page and count) so that each statement binds exactly the values it uses.
  const build = (page: boolean) => {
    const v: unknown[] = [];
    const p = (x: unknown) => `$${v.push(x)}`;
    const overdue = () => `coalesce(t.overdue or (t.status = 'open' and t.due_at is not null and t.due_at <= ${p(f.now)}), false)`;
    const where: string[] = [];
    if (!f.everywhere) where.push(`(${f.scopes.map((s) => (s.township ? `(v.county = ${p(s.county)} and v.township = ${p(s.township)})` : `v.county = ${p(s.county)}`)).join(' or ')})`);
    if (f.id) where.push(`v.id = ${p(f.id)}`);
    if (f.status) where.push(`v.status = ${p(f.status)}`);
    if (f.reason) where.push(`v.reason = ${p(f.reason)}`);
    if (f.overdue !== undefined) where.push(`${overdue()} = ${p(f.overdue)}`);
    const from = `from visits v left join tasks t on t.id = v.id ${where.length ? `where ${where.join(' and ')}` : ''}`;
    if (!page) return { text: `select count(*)::text as n ${from}`, values: v };
    const text = `select v.id, v.case_id as "caseId", v.county, v.township, v.reason, v.due_date as "dueDate", v.status,
        v.visited_by as "visitedBy", v.visited_at as "visitedAt", v.place, v.findings, v.cash_fen::text as "cashFen", v.goods,
        v.follow_up as "followUp", v.follow_up_case_id as "followUpCaseId", t.due_at as "dueAt", ${overdue()} as overdue, t.claimed_by as "claimedBy", t.workflow_id as "workflowId"
       ${from} order by v.status desc, v.due_date asc, v.id asc limit ${p(f.limit)} offset ${p(f.offset)}`;
    return { text, values: v };
  };
  const pool = poolOf(db);
  const page = build(true);
  const count = build(false);
  const [rows, n] = await Promise.all([pool.query<Omit<VisitListRow, 'cashFen'> & { cashFen: string | null }>(page.text, page.values), pool.query<{ n: string }>(count.text, count.values)]);
  return {
    items: rows.rows.map((r) => ({ ...r, cashFen: r.cashFen === null ? null : Number(r.cashFen), dueAt: r.dueAt ?? null, claimedBy: r.claimedBy ?? null, workflowId: r.workflowId ?? null })),
    total: Number(n.rows[0]!.n),
  };
}

/** The visit and the task that owns it (for the record route); `task` is null while its workflow opens it. */
export async function visitWithTask(db: Db, id: string) {
  const [visit, task] = await Promise.all([db.visit.findUnique({ where: { id } }), db.task.findUnique({ where: { id } })]);
  return visit ? { visit, task } : null;
}
