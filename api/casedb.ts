/**
 * Reading cases from the database projection, and waiting for the projection to show what a workflow
 * update just did (activities write it; most updates return after the write, a few just before).
 */
import type { Db } from '../store/db.js';
import { isSealed, openMaybe } from '../store/seal.js';
import type { CaseRow, PaymentRow, TaskRow } from './views.js';

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

/** The keys that open sealed values: the current payload key, then the retired ones. */
export function unsealKeys(secrets: { payloadKey: string; oldPayloadKeys: string[] }): string[] {
  return [secrets.payloadKey, ...secrets.oldPayloadKeys];
}

/** Reads a case; `keys` (payload key first, then retired keys) open the sealed applicant. */
export async function loadCase(db: Db, id: string, keys?: readonly string[]): Promise<LoadedCase | null> {
  const [row, tasks] = await Promise.all([
    db.case.findUnique({ where: { id }, include: { payments: true } }),
    db.task.findMany({ where: { caseId: id, subjectType: 'case' } }),
  ]);
  if (!row) return null;
  const { payments, ...c } = row;
  return { row: openApplicant(c, keys), tasks, payments };
}

/** Polls the projection until `done` holds (or the time is up; then the latest is returned). */
export async function awaitProjection(db: Db, id: string, done: (c: LoadedCase) => boolean, timeoutMs = 5_000, keys?: readonly string[]): Promise<LoadedCase | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = await loadCase(db, id, keys);
    if (!c || done(c) || Date.now() > until) return c;
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Serialises the API's actions on one case within this process (the workflow decides races anyway). */
export function createCaseLocks() {
  const tails = new Map<string, Promise<void>>();
  return async function withCaseLock<T>(caseId: string, fn: () => Promise<T>): Promise<T> {
    const prev = tails.get(caseId) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev.then(() => mine);
    tails.set(caseId, tail);
    await prev;
    try {
      return await fn();
    } finally {
      release();
      if (tails.get(caseId) === tail) tails.delete(caseId);
    }
  };
}
export type CaseLock = ReturnType<typeof createCaseLocks>;
