/**
 * The audit log's signed checkpoints (issue 16 item 8b): one long-running workflow (fixed id
 * `bangfu-audit-checkpoints`, started with the worker, platform/audit-checkpoints.ts) takes a
 * checkpoint every minute and whenever asked (the `checkpointNow` update, `bangfu audit checkpoint`),
 * keeps the latest in its state (`latestCheckpoint` query) and continues as new as its history grows.
 * The activity signs with a key outside the database and appends to a file outside it.
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities } from '../activities/index.js';

export type SignedCheckpoint = Awaited<ReturnType<CaseActivities['auditCheckpoint']>>;

export const AUDIT_CHECKPOINT_WORKFLOW_ID = 'bangfu-audit-checkpoints';
export const latestCheckpointQuery = wf.defineQuery<SignedCheckpoint | null>('latestCheckpoint');
/** Takes a checkpoint now (one that starts after the request) and answers it. */
export const checkpointNowUpdate = wf.defineUpdate<SignedCheckpoint>('checkpointNow');

const acts = wf.proxyActivities<CaseActivities>({
  startToCloseTimeout: '120s',
  retry: { initialInterval: '5s', backoffCoefficient: 2, maximumInterval: '60s', nonRetryableErrorTypes: ['NotConfigured'] },
});

export interface CheckpointWorkflowInput {
  /** Between checkpoints (default one minute). */
  intervalMs?: number;
  latest?: SignedCheckpoint | null;
}

const ROUNDS_PER_RUN = 200;

export async function auditCheckpointWorkflow(input: CheckpointWorkflowInput = {}): Promise<void> {
  const interval = input.intervalMs ?? 60_000;
  let latest: SignedCheckpoint | null = input.latest ?? null;
  let requested = 0;
  let served = 0;
  wf.setHandler(latestCheckpointQuery, () => latest);
  wf.setHandler(checkpointNowUpdate, async () => {
    const mine = ++requested;
    await wf.condition(() => served >= mine);
    return latest!;
  });
  for (let round = 0; ; round++) {
    const serving = requested;
    latest = await acts.auditCheckpoint({ previous: latest });
    served = serving;
    await wf.condition(() => requested > served, interval);
    if (round >= ROUNDS_PER_RUN || wf.workflowInfo().continueAsNewSuggested) {
      // Answer every waiting request with a checkpoint taken after it before the history is handed on.
      while (!wf.allHandlersFinished()) {
        const waiting = requested;
        latest = await acts.auditCheckpoint({ previous: latest });
        served = waiting;
        if (!wf.allHandlersFinished()) await wf.condition(() => wf.allHandlersFinished() || requested > served);
      }
      await wf.continueAsNew<typeof auditCheckpointWorkflow>({ intervalMs: interval, latest });
    }
  }
}
