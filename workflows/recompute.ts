/**
 * After ops load a calendar year or change a parameter, every running case recomputes its provisional
 * deadlines (SPEC §2 "Working days": running cases included). This workflow does the fan-out outside
 * the HTTP request: it pages through the open cases, signals each case workflow in batches, keeps its
 * progress queryable (GET /v1/ops/recomputes) and continues as new when its history grows, so it
 * resumes where it was after any crash.
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities } from '../activities/index.js';
import { recomputeDeadlinesSignal } from './definitions.js';

const local = wf.proxyLocalActivities<CaseActivities>({ startToCloseTimeout: '15s', retry: { initialInterval: '1s', maximumInterval: '30s' } });

export interface RecomputeProgress {
  reason: string;
  signalled: number;
  /** Cases whose workflow had already finished (the projection had not caught up). */
  finished: number;
  failed: number;
  /** The last case workflow id handled (the next page starts after it). */
  after: string | null;
  done: boolean;
}

export const recomputeProgressQuery = wf.defineQuery<RecomputeProgress>('progress');

const PAGE = 200;
const PAGES_PER_RUN = 25;

export async function recomputeFanoutWorkflow(input: { reason: string; progress?: RecomputeProgress }): Promise<RecomputeProgress> {
  const p: RecomputeProgress = input.progress ?? { reason: input.reason, signalled: 0, finished: 0, failed: 0, after: null, done: false };
  wf.setHandler(recomputeProgressQuery, () => p);
  for (let pages = 0; ; pages++) {
    if (pages >= PAGES_PER_RUN || wf.workflowInfo().continueAsNewSuggested) {
      await wf.continueAsNew<typeof recomputeFanoutWorkflow>({ reason: input.reason, progress: p });
    }
    const ids = await local.openCaseWorkflows({ after: p.after, limit: PAGE });
    await Promise.all(
      ids.map((id) =>
        wf
          .getExternalWorkflowHandle(id)
          .signal(recomputeDeadlinesSignal, { reason: input.reason })
          .then(
            () => void p.signalled++,
            (e: unknown) => void (/not ?found|already completed|ExternalWorkflowExecutionNotFound/i.test(`${(e as Error)?.name} ${(e as Error)?.message}`) ? p.finished++ : p.failed++),
          ),
      ),
    );
    if (ids.length > 0) p.after = ids[ids.length - 1]!;
    if (ids.length < PAGE) break;
  }
  p.done = true;
  return p;
}
