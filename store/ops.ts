/**
 * Read models for ops: overdue and due-soon steps across counties, counts by status/step/county, and
 * overdue counts over time. Plain SQL on the partial indexes over open tasks (see the init migration),
 * so the lists stay fast at 100k open cases.
 */
import type { Db } from './db.js';

export interface OpsFilter {
  county?: string;
  township?: string;
  step?: string;
  limit?: number;
  offset?: number;
}

export interface OpenStepRow {
  taskId: string;
  caseId: string;
  step: string;
  county: string;
  township: string;
  role: string;
  receivedOn: string;
  dueDate: string | null;
  dueAt: Date | null;
  overdue: boolean;
  provisional: boolean;
  priority: number;
}

function where(f: OpsFilter, extra: string[], params: unknown[]): string {
  const parts = [`status = 'open'`, ...extra];
  if (f.county) {
    params.push(f.county);
    parts.push(`county = $${params.length}`);
  }
  if (f.township) {
    params.push(f.township);
    parts.push(`township = $${params.length}`);
  }
  if (f.step) {
    params.push(f.step);
    parts.push(`type = $${params.length}`);
  }
  return parts.join(' and ');
}

/**
 * `limit $n offset $m` with both values bound as parameters, never spliced into the SQL (issue 16
 * item 18): whatever reaches here (a NaN, a string, a negative number) cannot change the statement.
 */
export function page(f: Pick<OpsFilter, 'limit' | 'offset'>, params: unknown[]): string {
  const limit = Math.min(Math.max(Math.trunc(Number(f.limit ?? 500)) || 0, 0), 5000);
  const offset = Math.max(Math.trunc(Number(f.offset ?? 0)) || 0, 0);
  params.push(limit, offset);
  return `limit $${params.length - 1}::int offset $${params.length}::int`;
}

const COLUMNS = `id as "taskId", case_id as "caseId", type as step, county, township, role, received_on as "receivedOn",
  due_date as "dueDate", due_at as "dueAt", overdue, provisional, priority`;

/** Open steps whose deadline has passed at `now` (whether or not the watcher has marked them yet). */
export async function overdueSteps(db: Db, f: OpsFilter, now: Date): Promise<OpenStepRow[]> {
  const params: unknown[] = [now];
  const sql = `select ${COLUMNS} from tasks where ${where(f, ['due_at <= $1'], params)}
    order by due_at asc, id ${page(f, params)}`;
  return db.$queryRawUnsafe<OpenStepRow[]>(sql, ...params);
}

/** Open steps due after `now` and no later than `until`. */
export async function dueSoonSteps(db: Db, f: OpsFilter, now: Date, until: Date): Promise<OpenStepRow[]> {
  const params: unknown[] = [now, until];
  const sql = `select ${COLUMNS} from tasks where ${where(f, ['due_at > $1', 'due_at <= $2'], params)}
    order by due_at asc, id ${page(f, params)}`;
  return db.$queryRawUnsafe<OpenStepRow[]>(sql, ...params);
}

export async function caseCounts(db: Db, f: { county?: string }) {
  const byStatus = await db.$queryRawUnsafe<{ status: string; county: string; n: number }[]>(
    `select status, county, count(*)::int as n from cases ${f.county ? 'where county = $1' : ''} group by status, county order by status, county`,
    ...(f.county ? [f.county] : []),
  );
  const byStep = await db.$queryRawUnsafe<{ step: string; county: string; n: number; overdue: number }[]>(
    `select type as step, county, count(*)::int as n, count(*) filter (where overdue)::int as overdue
     from tasks where status = 'open' ${f.county ? 'and county = $1' : ''} group by type, county order by type, county`,
    ...(f.county ? [f.county] : []),
  );
  return { byStatus, byStep };
}

/** Steps that became overdue, per day (Asia/Shanghai), from the audit log. */
export async function overdueOverTime(db: Db, f: { county?: string; days?: number }) {
  return db.$queryRawUnsafe<{ day: string; n: number }[]>(
    `select to_char(e.at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, count(*)::int as n
     from audit_events e ${f.county ? 'join cases c on c.id = e.case_id and c.county = $2' : ''}
     where e.type = 'step_overdue' and e.at > now() - ($1 || ' days')::interval
     group by 1 order by 1`,
    String(f.days ?? 90),
    ...(f.county ? [f.county] : []),
  );
}

/** Open cases by the step they wait on (their status when no task is open), for the metrics. */
export async function openCasesByStep(db: Db): Promise<{ step: string; n: number }[]> {
  return db.$queryRawUnsafe(
    `select coalesce(current_step, status) as step, count(*)::int as n from cases where open group by 1 order by 1`,
  );
}

/** Open steps past their deadline at `now`, by county (marked by the watcher or not yet). */
export async function overdueByCounty(db: Db, now: Date): Promise<{ county: string; n: number }[]> {
  return db.$queryRawUnsafe(
    `select county, count(*)::int as n from tasks where status = 'open' and due_at <= $1 group by county order by county`,
    now,
  );
}

/** Payments made, by item and kind: how many and how much (fen). */
export async function paymentTotals(db: Db): Promise<{ item: string; kind: string; n: number; fen: number }[]> {
  return db.$queryRawUnsafe(
    `select item, kind, count(*)::int as n, coalesce(sum(amount_fen), 0)::bigint as fen from payments group by item, kind order by item, kind`,
  );
}

/** Per county: open cases, open steps and open steps past due at `now`. */
export async function countyCounts(db: Db, now: Date, f: { county?: string } = {}) {
  const params: unknown[] = [now];
  if (f.county) params.push(f.county);
  return db.$queryRawUnsafe<{ county: string; openCases: number; openSteps: number; overdueSteps: number }[]>(
    `select county, sum(c)::int as "openCases", sum(s)::int as "openSteps", sum(o)::int as "overdueSteps" from (
       select county, count(*) as c, 0 as s, 0 as o from cases where open ${f.county ? 'and county = $2' : ''} group by county
       union all
       select county, 0, count(*), count(*) filter (where due_at <= $1) from tasks where status = 'open' ${f.county ? 'and county = $2' : ''} group by county
     ) x group by county order by county`,
    ...params,
  );
}

/** Workflow ids of the cases still running (open in the projection), in pages. */
export async function openWorkflowIds(db: Db, after: string | null, limit = 1000): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ workflow_id: string }[]>(
    `select workflow_id from cases where open ${after ? 'and workflow_id > $2' : ''} order by workflow_id limit $1`,
    limit,
    ...(after ? [after] : []),
  );
  return rows.map((r) => r.workflow_id);
}
