/**
 * Money within the law on every path (issue 12 rows 4, 8): per-person caps over a period of recorded
 * payments, the emergency payment counted toward every cap of its matter, its true-up after the
 * decision, and its one-time deduction from a recurring matter.
 *
 * Data-free (the case workflow imports emergencyTrueUp); a matter's cap from the parameters is
 * rules/intake.ts perPersonCap.
 *
 * Pure API (payments are rows the caller read from store/; nothing here reads a clock):
 * - capPeriod(period, onDate) → {start, end, label}: 'calendar_year' or 'year_from_MM' (parameters
 *   medical_aid_cap_period / retiree_medical_cap_period, default calendar year, not in seeds).
 * - capRoom({capFen, period, onDate, item, payments}) → {paidInPeriodFen, roomFen, …}: what the person
 *   was paid for `item` in the period (every case of the person; emergency payments included) and what
 *   is left under the cap (001 §四(二) 一个医保年度内…封顶线; 004 §20 补助最高限额).
 * - clampToRoom(amountFen, room) → the amount paid (never above the room).
 * - emergencyTrueUp({decidedFen, emergencyPaidFen}) → a top-up, or an excess for a `recovery` task
 *   (001 §五 先行帮扶援助，事后再补齐审核审批手续): nothing silently undone.
 * - deductEmergencyOnce(schedule, emergencyPaidFen) → each period's net: a recurring matter deducts the
 *   emergency payment once, from the first periods until it is used up, never from every month.
 */
import { yuan } from './decimal.js';

export interface RecordedPayment {
  item: string;
  amountFen: number;
  /** Asia/Shanghai date it was paid (YYYY-MM-DD). */
  paidOn: string;
  kind?: 'emergency' | 'regular' | string;
  caseId?: string;
}

export interface CapPeriod {
  start: string;
  /** Inclusive. */
  end: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The cap period containing onDate: a calendar year, or a year starting on the 1st of month MM. */
export function capPeriod(period: string, onDate: string): CapPeriod {
  const m = period === 'calendar_year' ? 1 : /^year_from_(0[1-9]|1[0-2])$/.exec(period) ? +period.slice(-2) : NaN;
  if (!Number.isInteger(m) || !/^\d{4}-\d{2}-\d{2}$/.test(onDate)) throw new RangeError(`cap period ${period} on ${onDate}: expected calendar_year or year_from_MM and a date`);
  const y = +onDate.slice(0, 4);
  const startYear = +onDate.slice(5, 7) >= m ? y : y - 1;
  const start = `${startYear}-${pad(m)}-01`;
  const endMonth = m === 1 ? 12 : m - 1;
  const endYear = m === 1 ? startYear : startYear + 1;
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return { start, end: `${endYear}-${pad(endMonth)}-${pad(lastDay)}`, label: m === 1 ? `calendar year ${startYear}` : `year from ${start}` };
}

export interface CapRoom {
  period: CapPeriod;
  capFen: number;
  paidInPeriodFen: number;
  roomFen: number;
  counted: RecordedPayment[];
  steps: string[];
}

/** What is left under a per-person cap in the period of onDate, counting every recorded payment of `item`. */
export function capRoom(input: { capFen: number; period: string; onDate: string; item: string; payments: readonly RecordedPayment[] }): CapRoom {
  if (!Number.isSafeInteger(input.capFen) || input.capFen < 0) throw new RangeError('capFen: expected a non-negative whole number of fen');
  const period = capPeriod(input.period, input.onDate);
  const counted = input.payments.filter((p) => p.item === input.item && p.paidOn >= period.start && p.paidOn <= period.end);
  const paid = counted.reduce((a, p) => a + p.amountFen, 0);
  const room = Math.max(0, input.capFen - paid);
  const emergency = counted.filter((p) => p.kind === 'emergency').reduce((a, p) => a + p.amountFen, 0);
  return {
    period,
    capFen: input.capFen,
    paidInPeriodFen: paid,
    roomFen: room,
    counted,
    steps: [
      `${period.label} (${period.start} – ${period.end}): ${counted.length} recorded ${input.item} payment(s) of the person, ${paid} fen (${yuan(paid)} yuan)${emergency ? `, of which emergency ${emergency} fen` : ''}`,
      `cap ${input.capFen} fen − paid ${paid} fen = room ${room} fen`,
    ],
  };
}

/** The amount that may be paid: never above the room left under the cap. */
export function clampToRoom(amountFen: number, room: Pick<CapRoom, 'roomFen'>): number {
  return Math.max(0, Math.min(amountFen, room.roomFen));
}

export interface TrueUp {
  decidedFen: number;
  emergencyPaidFen: number;
  /** Paid after the decision: decided − emergency, when positive. */
  topUpFen: number;
  /** Paid in excess of the decision: a `recovery` task for this amount (never silently undone). */
  excessFen: number;
  action: 'top_up' | 'recovery' | 'none';
  ref: string;
}

/** After the county decides a one-off matter, the emergency payment is trued up against the decided amount. */
export function emergencyTrueUp(input: { decidedFen: number; emergencyPaidFen: number }): TrueUp {
  const { decidedFen: d, emergencyPaidFen: e } = input;
  for (const [k, v] of Object.entries(input)) if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${k}: expected a non-negative whole number of fen`);
  return { decidedFen: d, emergencyPaidFen: e, topUpFen: Math.max(0, d - e), excessFen: Math.max(0, e - d), action: d > e ? 'top_up' : e > d ? 'recovery' : 'none', ref: '001 §五 紧急情况时…先行帮扶援助，事后再补齐审核审批手续' };
}

export interface ScheduledAmount {
  period: string;
  amountFen: number;
}

/** A recurring matter deducts the emergency payment once: from the first periods until it is used up. */
export function deductEmergencyOnce(schedule: readonly ScheduledAmount[], emergencyPaidFen: number): { periods: (ScheduledAmount & { grossFen: number; deductedFen: number })[]; unusedFen: number } {
  let left = emergencyPaidFen;
  const periods = schedule.map((s) => {
    const deducted = Math.min(left, s.amountFen);
    left -= deducted;
    return { period: s.period, grossFen: s.amountFen, deductedFen: deducted, amountFen: s.amountFen - deducted };
  });
  return { periods, unusedFen: left };
}
