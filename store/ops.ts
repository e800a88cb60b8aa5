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

const COLUMNS = `id as "taskId", case_id as "caseId", type as step, county, township, role, received_on as "receivedOn",
  due_date as "dueDate", due_at as "dueAt", overdue, provisional, priority`;

/** Open steps whose deadline has passed at `now` (whether or not the watcher has marked them yet). */
export async function overdueSteps(db: Db, f: OpsFilter, now: Date): Promise<OpenStepRow[]> {
  const params: unknown[] = [now];
  const sql = `select ${COLUMNS} from tasks where ${where(f, ['due_at <= $1'], params)}
    order by due_at asc, id limit ${Math.min(f.limit ?? 500, 5000)} offset ${f.offset ?? 0}`;
  return db.$queryRawUnsafe<OpenStepRow[]>(sql, ...params);
}

/** Open steps due after `now` and no later than `until`. */
export async function dueSoonSteps(db: Db, f: OpsFilter, now: Date, until: Date): Promise<OpenStepRow[]> {
  const params: unknown[] = [now, until];
  const sql = `select ${COLUMNS} from tasks where ${where(f, ['due_at > $1', 'due_at <= $2'], params)}
    order by due_at asc, id limit ${Math.min(f.limit ?? 500, 5000)} offset ${f.offset ?? 0}`;
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
