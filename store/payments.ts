/**
 * Payments: exactly once per (case, item, period) — the unique key makes a retried or crashed write
 * harmless — with the audit event that explains each, in one transaction.
 */
import type { RecordedPayment } from '../rules/caps.js';
import type { PaymentState } from '../rules/vocabulary.js';
import { type AuditEventInput } from './audit.js';
import type { Db } from './db.js';
import { inTransaction, poolOf } from './pg.js';
import { appendEvents } from './transition.js';

export interface PaymentWrite {
  caseId: string;
  item: string;
  period: string;
  amountFen: number;
  kind: 'emergency' | 'regular';
  breakdown: Record<string, unknown>;
  paidBy: string;
  event: AuditEventInput;
}

export type StoredPayment = PaymentState & { breakdown: Record<string, unknown> };

/** Writes the payment unless (case, item, period) is already paid; returns the payment as stored. */
export async function recordPayment(db: Db, p: PaymentWrite): Promise<StoredPayment> {
  return inTransaction(db, async (q) => {
    await q.query('select pg_advisory_xact_lock(hashtextextended($1, 7))', [p.caseId]);
    const existing = await q.query<{ item: string; period: string; amount_fen: number; kind: string; paid_at: Date; breakdown: Record<string, unknown> }>(
      'select item, period, amount_fen, kind, paid_at, breakdown from payments where case_id = $1 and item = $2 and period = $3',
      [p.caseId, p.item, p.period],
    );
    const e = existing.rows[0];
    if (e) return { item: e.item, period: e.period, amountFen: Number(e.amount_fen), kind: e.kind as StoredPayment['kind'], paidAt: e.paid_at.toISOString(), breakdown: e.breakdown };
    const paidAt = new Date(p.event.at);
    await q.query(
      'insert into payments (id, case_id, item, period, amount_fen, kind, breakdown, paid_at, paid_by) values ($1,$2,$3,$4,$5,$6,$7,$8,$9)',
      [`${p.caseId}-${p.item}-${p.period}`, p.caseId, p.item, p.period, p.amountFen, p.kind, JSON.stringify(p.breakdown), paidAt, p.paidBy],
    );
    await appendEvents(q, [p.event]);
    return { item: p.item, period: p.period, amountFen: p.amountFen, kind: p.kind, paidAt: paidAt.toISOString(), breakdown: p.breakdown };
  });
}

/**
 * Every payment recorded for a person on cases of `matter` paid between `start` and `end` (inclusive,
 * Asia/Shanghai dates), over all their cases, emergency payments included — the rows rules/caps.ts
 * capRoom counts for a per-person cap (001 §四(二) 一个医保年度内; 004 §20 补助最高限额). `item` is the
 * matter, so an emergency payment (item emergency_aid) counts toward its matter's cap.
 */
export async function paymentsInPeriod(db: Db, personKey: string, matter: string, start: string, end: string): Promise<RecordedPayment[]> {
  const r = await poolOf(db).query<{ case_id: string; amount_fen: string; kind: string; paid_on: string }>(
    `select p.case_id, p.amount_fen, p.kind, to_char(p.paid_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as paid_on
       from payments p join cases c on c.id = p.case_id
      where c.person_key = $1 and c.matter = $2
        and (p.paid_at at time zone 'Asia/Shanghai')::date between $3::date and $4::date
      order by p.paid_at, p.id`,
    [personKey, matter, start, end],
  );
  return r.rows.map((x) => ({ item: matter, amountFen: Number(x.amount_fen), paidOn: x.paid_on, kind: x.kind, caseId: x.case_id }));
}
