/**
 * The visit ledger (000 §5 "经常性上门走访" with a record; 003 §五, §八): a visit row per visit task,
 * then its record — who, when, where, findings, cash or goods given, follow-up. Writes are idempotent
 * (the visit id is the task id), so a retried activity changes nothing twice.
 */
import type { Db } from './db.js';

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
  dueAt: Date | null;
  overdue: boolean;
  claimedBy: string | null;
  workflowId: string | null;
}

/** Visits due and done in the caller's jurisdictions (as the task inbox filters), soonest due first. */
export async function listVisits(db: Db, f: VisitFilter): Promise<{ items: VisitListRow[]; total: number }> {
  if (f.scopes.length === 0 && !f.everywhere) return { items: [], total: 0 };
  const where = {
    AND: [
      ...(f.everywhere ? [] : [{ OR: f.scopes.map((s) => ({ county: s.county, ...(s.township ? { township: s.township } : {}) })) }]),
      ...(f.id ? [{ id: f.id }] : []),
      ...(f.status ? [{ status: f.status }] : []),
      ...(f.reason ? [{ reason: f.reason }] : []),
    ],
  };
  const [rows, total] = await Promise.all([
    db.visit.findMany({ where, orderBy: [{ status: 'desc' }, { dueDate: 'asc' }, { id: 'asc' }], take: f.limit, skip: f.offset }),
    db.visit.count({ where }),
  ]);
  const tasks = await db.task.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, dueAt: true, overdue: true, claimedBy: true, workflowId: true, status: true } });
  const byId = new Map(tasks.map((t) => [t.id, t]));
  let items = rows.map((r) => {
    const t = byId.get(r.id);
    const overdue = !!t && (t.overdue || (t.status === 'open' && t.dueAt !== null && t.dueAt < f.now));
    return {
      id: r.id,
      caseId: r.caseId,
      county: r.county,
      township: r.township,
      reason: r.reason,
      dueDate: r.dueDate,
      status: r.status,
      visitedBy: r.visitedBy,
      visitedAt: r.visitedAt,
      place: r.place,
      findings: r.findings,
      cashFen: r.cashFen === null ? null : Number(r.cashFen),
      goods: r.goods,
      followUp: r.followUp,
      dueAt: t?.dueAt ?? null,
      overdue,
      claimedBy: t?.claimedBy ?? null,
      workflowId: t?.workflowId ?? null,
    };
  });
  if (f.overdue !== undefined) items = items.filter((i) => i.overdue === f.overdue);
  return { items, total };
}

/** The visit and the task that owns it (for the record route). */
export async function visitWithTask(db: Db, id: string) {
  const [visit, task] = await Promise.all([db.visit.findUnique({ where: { id } }), db.task.findUnique({ where: { id } })]);
  return visit && task ? { visit, task } : null;
}
