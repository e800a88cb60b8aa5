/**
 * The retired-cadre Schedules (Temporal Schedules, created idempotently at start): each runs the sweep
 * workflow (workflows/retirees/sweep.ts), which tells every living cadre's workflow that a periodic
 * check is due; the cadre's workflow opens the task. Times are Asia/Shanghai.
 * - monthly contact check, 00:10 on the 1st (004 §15 每月至少联系 1 次; the 6-month line is checked then);
 * - yearly health check, 00:20 on 1 January (004 §19 每年…1 次健康体检);
 * - care visits for the very old, seriously ill and disabled, 00:30 on the 1st (004 §24; each cadre's
 *   workflow opens a visit every `retired_cadre_care_visit_months`);
 * - the yearly 疗养 plan, 00:40 on 1 January: one recuperation_plan task per county with living cadres
 *   (004 §29).
 * A missed run (server down) is caught up within a week (catchupWindow); overlapping runs are skipped.
 */
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { DueNotice } from '../workflows/retirees/definitions.js';

const sweep = (kind: DueNotice['kind']) => ({ workflowType: 'retireeSweepWorkflow', args: [{ kind }] });

export const RETIREE_SCHEDULES: { id: string; workflowType: string; args: unknown[]; cron: string; ref: string }[] = [
  { id: 'retirees-monthly-contact', ...sweep('contact'), cron: '10 0 1 * *', ref: '004 §15' },
  { id: 'retirees-yearly-health-check', ...sweep('health_check'), cron: '20 0 1 1 *', ref: '004 §19' },
  { id: 'retirees-care-visits', ...sweep('care_visit'), cron: '30 0 1 * *', ref: '004 §24' },
  { id: 'retirees-yearly-recuperation-plan', workflowType: 'recuperationSweepWorkflow', args: [{}], cron: '40 0 1 1 *', ref: '004 §29' },
];

/** Creates the schedules that do not exist yet; returns the ids created. Safe to call at every start. */
export async function ensureRetireeSchedules(client: Client, taskQueue: string): Promise<string[]> {
  const created: string[] = [];
  for (const s of RETIREE_SCHEDULES) {
    try {
      await client.schedule.create({
        scheduleId: s.id,
        spec: { cronExpressions: [s.cron], timezone: 'Asia/Shanghai' },
        action: { type: 'startWorkflow', workflowType: s.workflowType, args: s.args, taskQueue, workflowId: `${s.id}-run` },
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '7 days' },
        memo: { ref: s.ref },
      });
      created.push(s.id);
    } catch (e) {
      if (!(e instanceof ScheduleAlreadyRunning)) throw e;
    }
  }
  return created;
}
