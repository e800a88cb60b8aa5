/**
 * The raw Temporal baseline: a trivial workflow with the shape of a typical Bangfu case (measured from
 * a real case's history in the same run) and nothing else: the same number of updates, each waiting
 * until its sequence of no-op activities has run (as completeTask waits until the case has reacted),
 * and a deadline timer re-planned at each step (as the case's deadline watcher does). No database, no
 * HTTP, no payload encryption: what Temporal alone costs for a case's worth of work.
 * Bundled on its own (bench/raw-worker.ts).
 */
import * as wf from '@temporalio/workflow';

export interface RawShape {
  /** No-op activities run after each update (the first update is the one sent with the start). */
  segments: number[];
  /** Re-plan a long timer at each step (cancel + start), like the case's deadline watcher. */
  timers: boolean;
}

export const stepUpdate = wf.defineUpdate<number, []>('step');

const { noop } = wf.proxyActivities<{ noop(step: number): Promise<number> }>({
  startToCloseTimeout: '60s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
});

export async function rawCaseWorkflow(shape: RawShape): Promise<number> {
  let requested = 0;
  let done = 0;
  let version = 0;
  wf.setHandler(stepUpdate, async () => {
    const mine = ++requested;
    await wf.condition(() => done >= mine);
    return mine;
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
    for (let a = 0; a < shape.segments[s]!; a++) await noop(a);
    done = s + 1;
  }
  await wf.condition(wf.allHandlersFinished);
  return done;
}
