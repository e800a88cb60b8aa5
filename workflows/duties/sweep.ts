/**
 * A daily sweep started by a Temporal Schedule (platform/schedules.ts): plans one standing duty for
 * the day and opens its tasks (issue 13).
 * - annual_reviews: every recurring payment a year after approval (001 §六(二));
 * - visits: routine / special intervals, autumn term, after an emergency (000 §5, §9, §10; 003 §五, §八);
 * - referrals: an outcome task for every referral (000 §7–8; 001 §四(三)(四); 003 §七);
 * - rolls_due: reminds ops where a roll is due (003 §九 定期);
 * - education_aid: in the autumn-term month, a case per household with students (001 §四(四); 000 §9).
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities } from '../../activities/index.js';
import type { DutyActivities } from '../../activities/duties/index.js';
import { shanghaiDate } from '../../rules/dates.js';
import type { DutyTaskSpec, OpenedTask, SweepInput } from './messages.js';
import { openDutyTasks } from './open.js';

const acts = wf.proxyActivities<CaseActivities & DutyActivities>({
  startToCloseTimeout: '300s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '60s' },
});

export interface SweepResult {
  sweep: SweepInput['sweep'];
  today: string;
  opened: OpenedTask[];
  reminded?: number;
  filed?: string[];
}

export async function dutySweepWorkflow(inp: SweepInput): Promise<SweepResult> {
  const at = new Date(Date.now()).toISOString();
  const today = inp.today ?? shanghaiDate(at);
  let specs: DutyTaskSpec[] = [];
  switch (inp.sweep) {
    case 'annual_reviews':
      specs = await acts.planAnnualReviews({ today });
      break;
    case 'visits':
      specs = await acts.planVisits({ today });
      break;
    case 'referrals':
      specs = await acts.planReferrals({ today });
      break;
    case 'rolls_due':
      return { sweep: inp.sweep, today, opened: [], ...(await acts.remindRollsDue({ today, at })) };
    case 'education_aid':
      return { sweep: inp.sweep, today, opened: [], ...(await acts.fileEducationAid({ today, at, searchAttributes: inp.searchAttributes })) };
  }
  return { sweep: inp.sweep, today, opened: await openDutyTasks(specs) };
}
