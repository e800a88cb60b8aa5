/**
 * Deadlines are computed here, never in workflow code: the calendar and parameters live in data that
 * ops can change, and the result is recorded in the history, so an old case replays unchanged.
 * SPEC §2 "Working days"; 001 §五 (5 working days per step).
 */
import { appealWindowEnd, endOfShanghaiDay, shanghaiDate } from '../rules/index.js';
import type { ParamKey } from '../rules/parameter-defaults.js';
import type { Deadline } from '../rules/vocabulary.js';
import type { PolicyStore } from '../store/policy.js';

export interface DeadlineRequest {
  /** Region whose parameters apply (township or county code). */
  region: string;
  /** Local date the period counts from (not itself counted)… */
  from?: string;
  /** …or the instant it counts from (its Asia/Shanghai date is used). */
  fromInstant?: string;
  /** Number of working days, or the parameter that holds it. */
  workingDays?: number;
  paramKey?: ParamKey;
  /** Reload calendar and parameters first (a recompute after ops changed them). */
  fresh?: boolean;
}

export function deadlineActivities(policies: PolicyStore) {
  return {
    async computeDeadline(req: DeadlineRequest): Promise<Deadline> {
      if (req.fresh) policies.invalidate();
      const policy = await policies.get();
      const from = req.from ?? shanghaiDate(req.fromInstant ?? new Date().toISOString());
      let n = req.workingDays;
      if (n === undefined) {
        if (!req.paramKey) throw new Error('computeDeadline needs workingDays or paramKey');
        n = Number(policy.param(req.region, req.paramKey, from).value);
      }
      if (n === 0) {
        return { from, workingDays: 0, dueDate: from, dueAt: req.fromInstant ?? endOfShanghaiDay(from), provisional: false, reminderAt: null };
      }
      const due = policy.calendar.addWorkingDays(from, n);
      const before = Number(policy.param(req.region, 'reminder_working_days_before', from).value);
      const reminder = before > 0 && n - before >= 1 ? policy.calendar.addWorkingDays(from, n - before) : null;
      return {
        from,
        workingDays: n,
        dueDate: due.dueDate,
        dueAt: due.dueAt,
        provisional: due.provisional,
        reminderAt: reminder ? reminder.dueAt : null,
      };
    },

    /**
     * Appeal filing window in calendar days from notice of the result (001 §五3; parameter
     * appeal_filing_days, not in seeds: 60), counted under 民法典 §201 and ending per §203: a last day
     * that is a rest day moves to the next working day, and the window ends at its 24:00 (rules/appeal.ts).
     */
    async appealWindow(req: { region: string; fromInstant: string }): Promise<{ deadline: string; days: number; ref: string; lastDay?: string; movedFrom?: string; provisional?: boolean; steps?: string[] }> {
      const policy = await policies.get();
      const from = shanghaiDate(req.fromInstant);
      const p = policy.param(req.region, 'appeal_filing_days', from);
      const days = Number(p.value);
      const w = appealWindowEnd(policy.calendar, from, days);
      return { deadline: w.endsAt, days, ref: `${p.ref}; 民法典 §201, §203`, lastDay: w.lastDay, ...(w.movedFrom ? { movedFrom: w.movedFrom } : {}), provisional: w.provisional, steps: w.steps };
    },
  };
}
