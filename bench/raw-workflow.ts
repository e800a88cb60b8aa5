/**
 * The raw Temporal baseline: a trivial workflow with the shape of a typical Bangfu case (measured from
 * a real case's history in the same run) and nothing else: the same number of updates, each waiting
 * until its sequence of no-op activities has run (as completeTask waits until the case has reacted),
 * and a deadline timer re-planned at each step (as the case's deadline watcher does). No database, no
 * HTTP, no payload encryption: what Temporal alone costs for a case's worth of work.
 * Bundled on its own (bench/raw-worker.ts).
 */
import * as wf from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export interface RawShape {
  /** No-op activities run after each update (the first update is the one sent with the start). */
  segments: number[];
  /** Re-plan a long timer at each step (cancel + start), like the case's deadline watcher. */
  timers: boolean;
  /**
   * Optional, to explain a gap (the "same messages" variant): search-attribute upserts after each
   * update, and payload sizes like the case's (its activities carry the case state, encrypted).
   */
  upsertsPerSegment?: number[];
  activityInputBytes?: number;
  updateResultBytes?: number;
}

export const stepUpdate = wf.defineUpdate<string, []>('step');

// The five attributes a case upserts (registered by Bangfu's namespace set-up, workflows/definitions.ts).
const STATUS = defineSearchAttributeKey('BangfuStatus', SearchAttributeType.KEYWORD);
const STEP = defineSearchAttributeKey('BangfuStep', SearchAttributeType.KEYWORD);
const OVERDUE = defineSearchAttributeKey('BangfuOverdue', SearchAttributeType.BOOL);
const COUNTY = defineSearchAttributeKey('BangfuCounty', SearchAttributeType.KEYWORD);
const DUE_AT = defineSearchAttributeKey('BangfuDueAt', SearchAttributeType.DATETIME);

const { noop } = wf.proxyActivities<{ noop(input: string): Promise<number> }>({
  startToCloseTimeout: '60s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
});

export async function rawCaseWorkflow(shape: RawShape): Promise<number> {
  let requested = 0;
  let done = 0;
  let version = 0;
  const result = 'r'.repeat(shape.updateResultBytes ?? 1);
  const input = 'i'.repeat(shape.activityInputBytes ?? 1);
  wf.setHandler(stepUpdate, async () => {
    const mine = ++requested;
    await wf.condition(() => done >= mine);
    return result;
  });
  if (shape.timers) {
    void (async () => {
      for (;;) {
        const seen = version;
        await wf.condition(() => version !== seen, '5 days');
      }
    })();
  }
  for (let s = 0; s < shape.segments.length; s++) {
    await wf.condition(() => requested > s);
    version++;
    const upserts = shape.upsertsPerSegment?.[s] ?? 0;
    for (let u = 0; u < upserts; u++) {
      wf.upsertSearchAttributes([
        { key: STATUS, value: `status-${s}` },
        { key: STEP, value: `step-${s}-${u}` },
        { key: OVERDUE, value: false },
        { key: COUNTY, value: '330302' },
        { key: DUE_AT, value: new Date(Date.now() + 86_400_000 * (s + 1)) },
      ]);
    }
    for (let a = 0; a < shape.segments[s]!; a++) await noop(input);
    done = s + 1;
  }
  await wf.condition(wf.allHandlersFinished);
  return done;
}
