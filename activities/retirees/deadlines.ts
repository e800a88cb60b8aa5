/**
 * Deadlines of the retired-cadre tasks, computed from the calendar and the retired_cadre_* parameters
 * (never in workflow code: a calendar or parameter change then never alters a replay). Working days for
 * the travel approval (004 §15 "10 个工作日内"), calendar days for the passport (004 §15 "10 天内"),
 * the month's end for a contact, the quarter's end for a report from abroad, the year's end for the
 * yearly health check (004 §19).
 */
import { endOfShanghaiDay, shanghaiDate } from '../../rules/index.js';
import { monthEnd as lastOfMonth, passportDueDate as passportDue, quarterOf as quarter } from '../../rules/retirees/index.js';
import type { Deadline } from '../../workflows/definitions.js';
import type { PolicyStore } from '../../store/policy.js';

export type RetireeDeadlineKind = 'travel_approval' | 'passport_return' | 'month_end' | 'quarter_end' | 'year_end' | 'months_after';

export interface RetireeDeadlineRequest {
  kind: RetireeDeadlineKind;
  region: string;
  /** Instant (ISO) or local date the period counts from. */
  from: string;
  /** months_after: how many months (e.g. the §24 care-visit period). */
  months?: number;
}

export function retireeDeadlineActivities(policies: PolicyStore) {
  return {
    async retireeDeadline(req: RetireeDeadlineRequest): Promise<Deadline> {
      const policy = await policies.get();
      const from = req.from.length === 10 ? req.from : shanghaiDate(req.from);
      const plain = (dueDate: string): Deadline => ({ from, workingDays: 0, dueDate, dueAt: endOfShanghaiDay(dueDate), provisional: false, reminderAt: null });
      switch (req.kind) {
        case 'travel_approval': {
          const n = Number(policy.param(req.region, 'retired_cadre_travel_approval_working_days', from).value);
          const due = policy.calendar.addWorkingDays(from, n);
          const before = Number(policy.param(req.region, 'reminder_working_days_before', from).value);
          const reminder = before > 0 && n - before >= 1 ? policy.calendar.addWorkingDays(from, n - before) : null;
          return { from, workingDays: n, dueDate: due.dueDate, dueAt: due.dueAt, provisional: due.provisional, reminderAt: reminder?.dueAt ?? null };
        }
        case 'passport_return': {
          const days = Number(policy.param(req.region, 'retired_cadre_passport_return_days', from).value);
          return plain(passportDue(from, days));
        }
        case 'month_end':
          return plain(lastOfMonth(from.slice(0, 7)));
        case 'quarter_end':
          return plain(quarter(from).end);
        case 'year_end':
          return plain(`${from.slice(0, 4)}-12-31`);
        case 'months_after': {
          const [y, m] = from.split('-').map(Number) as [number, number];
          const idx = y * 12 + (m - 1) + (req.months ?? 1) - 1;
          return plain(lastOfMonth(`${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`));
        }
      }
    },
  };
}
