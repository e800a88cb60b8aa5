/**
 * Cases as stored: reading one with its steps and payments (the applicant column opened with the
 * payload keys), the one-open-case-per-matter guard (一事一批), and listings for tools.
 */
import type { Db } from './db.js';
import { poolOf } from './pg.js';
import { isSealed, openMaybe } from './seal.js';
import { TASK_COLUMNS } from './tasks.js';

export interface CaseRow {
  id: string;
  status: string;
  currentStep: string | null;
  matter: string;
  county: string;
  township: string;
  applicantNameMasked: string;
  idNumberMasked: string;
  applicant: unknown;
  category: string;
  hardshipSituation: number;
  filedBy: unknown;
  emergency: unknown;
  priority: number;
  /** 001 §三(二) exclusion flags recorded at intake (null on cases filed before they were stored). */
  exclusions?: unknown;
  open: boolean;
  writtenReasons: string | null;
  publicationText: string | null;
  appealDeadline: Date | null;
  /** 001 §五(一): consent still to be recorded (a visit's follow-up). Absent in rows built before it existed. */
  consentPending?: boolean;
  receivedAt: Date;
}

export interface TaskRow {
  id: string;
  caseId: string;
  type: string;
  status: string;
  role: string;
  county: string;
  township: string;
  /** The deciding level when not its step's (an appeal to the next level up: 'city'). */
  level?: string | null;
  priority: number;
  dueDate: string | null;
  dueAt: Date | null;
  provisional: boolean;
  overdue: boolean;
  claimedBy: string | null;
  completedBy: string | null;
  completedAt: Date | null;
  decision: string | null;
  reasons: string | null;
  evidence: unknown;
  /** The task's data for the official (e.g. the county decision's amount and breakdown). */
  data?: unknown;
  createdAt: Date;
  subjectType?: string;
  workflowId?: string | null;
}

export interface PaymentRow {
  item: string;
  period: string;
  amountFen: bigint | number;
  kind: string;
  breakdown: unknown;
  paidAt: Date;
  paidBy: string;
}

export interface LoadedCase {
  row: CaseRow;
  tasks: TaskRow[];
  payments: PaymentRow[];
}

/**
 * The applicant column opened with the payload keys (it is sealed at rest, store/seal.ts). Views decide
 * what each role sees; a value that no key opens stays sealed and views fall back to the masked columns.
 */
export function openApplicant<R extends { id: string; applicant: unknown }>(row: R, keys: readonly string[] | undefined): R {
  if (!keys || !isSealed(row.applicant)) return row;
  const opened = openMaybe(row.applicant, keys, row.id);
  return opened === null ? row : { ...row, applicant: opened };
}

/** Reads a case with its steps and payments; `keys` (payload key first, then retired keys) open the applicant. */
const CASE_COLUMNS = `id, workflow_id as "workflowId", status, current_step as "currentStep", matter, county, township, person_key as "personKey",
  applicant_name_masked as "applicantNameMasked", id_number_masked as "idNumberMasked", applicant, category, hardship_situation as "hardshipSituation",
  filed_by as "filedBy", emergency, priority, priority_explanation as "priorityExplanation", exclusions, open, written_reasons as "writtenReasons", publish,
  publication_text as "publicationText", appeal_deadline as "appealDeadline", consent_pending as "consentPending", received_at as "receivedAt",
  created_at as "createdAt", updated_at as "updatedAt", closed_at as "closedAt"`;
const PAYMENT_COLUMNS = `id, case_id as "caseId", item, period, amount_fen as "amountFen", kind, breakdown, paid_at as "paidAt", paid_by as "paidBy"`;

/**
 * Reads a case with its steps and payments; `keys` (payload key first, then retired keys) open the
 * applicant. Plain pg, three queries side by side: every official's action reads the case this way.
 */
export async function loadCase(db: Db, id: string, keys?: readonly string[]): Promise<LoadedCase | null> {
  const pool = poolOf(db);
  const [row, tasks, payments] = await Promise.all([
    pool.query<CaseRow>(`select ${CASE_COLUMNS} from cases where id = $1`, [id]),
    pool.query<TaskRow>(`select ${TASK_COLUMNS} from tasks where case_id = $1 and subject_type = 'case'`, [id]),
    pool.query<PaymentRow>(`select ${PAYMENT_COLUMNS} from payments where case_id = $1`, [id]),
  ]);
  const c = row.rows[0];
  if (!c) return null;
  return { row: openApplicant(c, keys), tasks: tasks.rows, payments: payments.rows };
}

export async function loadPayments(db: Db, caseId: string): Promise<PaymentRow[]> {
  return (await poolOf(db).query<PaymentRow>(`select ${PAYMENT_COLUMNS} from payments where case_id = $1`, [caseId])).rows;
}

export async function caseExists(db: Db, id: string): Promise<boolean> {
  const r = await poolOf(db).query('select 1 from cases where id = $1', [id]);
  return (r.rowCount ?? 0) > 0;
}

/** 一事一批: takes (person, matter) for `caseId`; or names the case that holds it. */
export async function reserveOpenMatter(db: Db, personKey: string, matter: string, caseId: string): Promise<{ reserved: true } | { reserved: false; caseId: string; createdAt: Date; recorded: boolean } | null> {
  const pool = poolOf(db);
  const ins = await pool.query('insert into open_matters (person_key, matter, case_id) values ($1, $2, $3) on conflict do nothing', [personKey, matter, caseId]);
  if (ins.rowCount === 1) return { reserved: true };
  const r = await pool.query<{ case_id: string; created_at: Date; recorded: boolean }>(
    'select m.case_id, m.created_at, exists(select 1 from cases c where c.id = m.case_id) as recorded from open_matters m where m.person_key = $1 and m.matter = $2',
    [personKey, matter],
  );
  const x = r.rows[0];
  return x ? { reserved: false, caseId: x.case_id, createdAt: x.created_at, recorded: x.recorded } : null; // null: released meanwhile
}

export async function releaseOpenMatter(db: Db, caseId: string): Promise<void> {
  await poolOf(db).query('delete from open_matters where case_id = $1', [caseId]);
}

/** Ids of the cases still open, in id order (for reconcile and replay tools). */
export async function openCaseIds(db: Db): Promise<string[]> {
  const r = await poolOf(db).query<{ id: string }>('select id from cases where open order by id');
  return r.rows.map((x) => x.id);
}

/** How many migrations are applied (readiness). */
export async function migrationsApplied(db: Db): Promise<number> {
  const r = await poolOf(db).query<{ n: number }>('select count(*)::int as n from _prisma_migrations where finished_at is not null');
  return r.rows[0]?.n ?? 0;
}
