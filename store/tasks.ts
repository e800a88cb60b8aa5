/**
 * The inbox: tasks for an official's roles in their jurisdiction, by priority (000 §3) then deadline.
 * Plain pg (a hot path). Overdue follows rules/overdue.ts: marked by the workflow, or open at or past
 * its due instant.
 */
import type { Db } from './db.js';
import { poolOf } from './pg.js';
import type { TaskRow } from './cases.js';

/**
 * One role in one place: township roles see their township, county roles their county (not the tasks
 * addressed to the next level up); a city-level role (`city`: the city's 4-digit prefix) sees the tasks
 * of the city's counties addressed to the city (an appeal to 上一级退役军人事务部门, 001 §五3).
 */
export interface InboxScope {
  role: string;
  county: string;
  township?: string;
  city?: string;
}

export interface InboxFilter {
  status: 'open' | 'completed' | 'cancelled' | 'any';
  type?: string;
  overdue?: boolean;
  claimedBy?: string | null;
  dueDate?: string;
  provisional?: boolean;
  limit: number;
  offset: number;
}

export const TASK_COLUMNS = `id, case_id as "caseId", type, status, role, county, township, level, priority, due_date as "dueDate", due_at as "dueAt", provisional, overdue,
  claimed_by as "claimedBy", completed_by as "completedBy", completed_at as "completedAt", decision, reasons, evidence, data, created_at as "createdAt",
  subject_type as "subjectType", workflow_id as "workflowId"`;

export async function inbox(db: Db, scopes: readonly InboxScope[], f: InboxFilter, now: Date): Promise<{ items: TaskRow[]; total: number }> {
  if (scopes.length === 0) return { items: [], total: 0 };
  const v: unknown[] = [];
  const p = (x: unknown) => `$${v.push(x)}`;
  const scope = scopes.map((s) =>
    s.city !== undefined
      ? `(role = ${p(s.role)} and county like ${p(`${s.city}%`)} and level = 'city')`
      : s.township !== undefined
        ? `(role = ${p(s.role)} and county = ${p(s.county)} and township = ${p(s.township)})`
        : `(role = ${p(s.role)} and county = ${p(s.county)} and level is distinct from 'city')`,
  );
  const where = [`(${scope.join(' or ')})`];
  if (f.status !== 'any') where.push(`status = ${p(f.status)}`);
  if (f.type) where.push(`type = ${p(f.type)}`);
  if (f.overdue === true) where.push(`(overdue or (status = 'open' and due_at <= ${p(now)}))`);
  if (f.overdue === false) where.push(`(not overdue and (due_at is null or due_at > ${p(now)} or status <> 'open'))`);
  if (f.claimedBy !== undefined) where.push(f.claimedBy === null ? 'claimed_by is null' : `claimed_by = ${p(f.claimedBy)}`);
  if (f.dueDate) where.push(`due_date <= ${p(f.dueDate)}`);
  if (f.provisional !== undefined) where.push(`provisional = ${p(f.provisional)}`);
  const w = where.join(' and ');
  const pool = poolOf(db);
  const n = v.length;
  const [rows, count] = await Promise.all([
    pool.query<TaskRow>(`select ${TASK_COLUMNS} from tasks where ${w} order by priority desc, due_at asc nulls last, created_at asc, id asc limit $${n + 1} offset $${n + 2}`, [...v, f.limit, f.offset]),
    pool.query<{ n: number }>(`select count(*)::int as n from tasks where ${w}`, v),
  ]);
  return { items: rows.rows, total: count.rows[0]?.n ?? 0 };
}

export async function findTask(db: Db, id: string): Promise<TaskRow | null> {
  const r = await poolOf(db).query<TaskRow>(`select ${TASK_COLUMNS} from tasks where id = $1`, [id]);
  return r.rows[0] ?? null;
}
