/**
 * The comparison of an imported roll (issue 13; 003 §九 定期比对; 000 §4), in batches of roll lines:
 * living supplements whose person left 低保 get a `roll_review`, known veterans newly on a roll an
 * `outreach` (主动发现). Ends with a `roll_compared` event on the county's chain.
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities } from '../../activities/index.js';
import type { DutyActivities } from '../../activities/duties/index.js';
import { countyChainId } from '../../rules/duties/plan.js';
import type { OpenedTask, RollMatchInput } from './messages.js';
import { openDutyTasks } from './open.js';

const acts = wf.proxyActivities<CaseActivities & DutyActivities>({
  startToCloseTimeout: '120s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
});

/** Roll lines per batch (one activity each). */
const BATCH = 20_000;

export async function rollMatchWorkflow(inp: RollMatchInput): Promise<{ rollId: string; opened: OpenedTask[] }> {
  const opened: OpenedTask[] = [];
  opened.push(...(await openDutyTasks(await acts.rollLeftDibao({ rollId: inp.rollId }))));
  // Data lines are 2 … rows + 1 (the header is line 1).
  for (let from = 2; from < inp.rows + 2; from += BATCH) {
    opened.push(...(await openDutyTasks(await acts.rollOutreachBatch({ rollId: inp.rollId, fromLine: from, toLine: from + BATCH }))));
  }
  await acts.applyTransition({
    caseId: countyChainId(inp.region),
    eventKey: `roll:${inp.rollId}:compared:${wf.workflowInfo().runId}`,
    at: new Date(Date.now()).toISOString(),
    actor: inp.actor,
    type: 'roll_compared',
    data: { rollId: inp.rollId, kind: inp.kind, region: inp.region, rows: inp.rows, opened: opened.map((o) => ({ taskId: o.taskId, type: o.type })) },
    refs: ['003 §九', '000 §4'],
  });
  return { rollId: inp.rollId, opened };
}
