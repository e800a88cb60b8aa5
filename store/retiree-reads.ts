/**
 * Reading a retiree's file for the API (register row, open and past tasks, records) and the lists the
 * schedules need. No writes here.
 */
import type { Db } from './db.js';

export async function findRetireeByPersonKey(db: Db, personKey: string): Promise<{ id: string; status: string } | null> {
  return db.retiree.findUnique({ where: { personKey }, select: { id: true, status: true } });
}

export async function loadRetiree(db: Db, id: string) {
  const row = await db.retiree.findUnique({ where: { id } });
  if (!row) return null;
  const [tasks, contacts, travels, reports, claims, payments, care] = await Promise.all([
    db.task.findMany({ where: { caseId: id, subjectType: 'retiree' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    db.retireeContact.findMany({ where: { retireeId: id }, orderBy: { contactedAt: 'desc' }, take: 24 }),
    db.retireeTravel.findMany({ where: { retireeId: id }, orderBy: { createdAt: 'asc' } }),
    db.retireeReport.findMany({ where: { retireeId: id }, orderBy: { createdAt: 'asc' } }),
    db.retireeMedicalClaim.findMany({ where: { retireeId: id }, orderBy: { createdAt: 'asc' } }),
    db.retireeMedicalPayment.findMany({ where: { retireeId: id }, orderBy: { paidAt: 'asc' } }),
    db.retireeCareRecord.findMany({ where: { retireeId: id }, orderBy: { createdAt: 'asc' } }),
  ]);
  return { row, tasks, contacts, travels, reports, claims, payments, care };
}
export type LoadedRetiree = NonNullable<Awaited<ReturnType<typeof loadRetiree>>>;

/** Retirees whose workflows a schedule's sweep signals (not deceased), by id. */
export async function listLivingRetirees(db: Db, afterId: string | null, take: number): Promise<{ id: string; workflowId: string }[]> {
  return db.retiree.findMany({
    where: { status: { not: 'deceased' }, ...(afterId ? { id: { gt: afterId } } : {}) },
    select: { id: true, workflowId: true },
    orderBy: { id: 'asc' },
    take,
  });
}

/** The year's paid medical subsidy for a retiree (what the register shows against the 004 §20 cap). */
export async function medicalPaidInPeriod(db: Db, retireeId: string, period: string): Promise<number> {
  const r = await db.retireeMedicalPayment.aggregate({ where: { retireeId, period }, _sum: { amountFen: true } });
  return Number(r._sum.amountFen ?? 0);
}

/** Counties with living retirees: each department makes its yearly 疗养 plan (004 §29). */
export async function listRetireeCounties(db: Db): Promise<string[]> {
  const rows = await db.retiree.findMany({ where: { status: { not: 'deceased' } }, select: { county: true }, distinct: ['county'], orderBy: { county: 'asc' } });
  return rows.map((r) => r.county);
}
