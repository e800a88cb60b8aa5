/**
 * Aggregates for the public disclosure (001 §六(四)): payments and visits by matter and month for a
 * county and period. Only counts and sums leave this module — no names, ids or keys.
 */
import type { FundsRow } from '../rules/duties/disclosure.js';
import type { Db } from './db.js';

/** [from, to] as Asia/Shanghai dates, both included. */
export async function fundsByMatterAndMonth(db: Db, county: string, from: string, to: string): Promise<FundsRow[]> {
  const rows = await db.$queryRaw<{ matter: string; month: string; payments: number; cases: number; amount: number }[]>`
    select c.matter, to_char(p.paid_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
      count(*)::int as payments, count(distinct p.case_id)::int as cases, coalesce(sum(p.amount_fen), 0)::bigint as amount
    from payments p join cases c on c.id = p.case_id
    where c.county = ${county}
      and (p.paid_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date
    group by 1, 2 order by 2, 1`;
  return rows.map((r) => ({ matter: r.matter, month: r.month, payments: r.payments, cases: r.cases, amountFen: Number(r.amount) }));
}

export async function visitsByMonth(db: Db, county: string, from: string, to: string): Promise<{ month: string; visits: number; cashFen: number }[]> {
  const rows = await db.$queryRaw<{ month: string; visits: number; cash: number }[]>`
    select to_char(v.visited_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*)::int as visits, coalesce(sum(v.cash_fen), 0)::bigint as cash
    from visits v
    where v.county = ${county} and v.status = 'done'
      and (v.visited_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date
    group by 1 order by 1`;
  return rows.map((r) => ({ month: r.month, visits: r.visits, cashFen: Number(r.cash) }));
}
