/**
 * Replaying case histories against the current workflow code: the gate before a deploy. Any
 * non-determinism (the code would now make different decisions for an old history) is reported with
 * the workflow and the event where it diverged. Used by `bangfu replay` and `npm run test:replay`.
 */
import type { DataConverter } from '@temporalio/common';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from './worker.js';
import { workerDataConverter } from './codec.js';
import { skipStackCaptureHere } from './workflow-threads.js';

type History = proto.temporal.api.history.v1.IHistory;

export interface ReplayOutcome {
  workflowId: string;
  events: number;
  ok: boolean;
  error?: string;
  /** The history event id where the replay diverged, when the error says. */
  eventId?: number;
}

/**
 * A history from its JSON form (protobufjs `toJSON()` of a History, as the fixtures are written:
 * enum names, 64-bit numbers as strings, bytes in base64).
 */
export function parseHistory(json: unknown): History {
  return proto.temporal.api.history.v1.History.fromObject(json as Record<string, unknown>);
}

export async function replayHistories(
  items: { workflowId: string; history: History }[],
  opts: { dataConverter?: DataConverter; bundle?: Awaited<ReturnType<typeof workflowBundle>> } = {},
): Promise<ReplayOutcome[]> {
  const bundle = opts.bundle ?? (await workflowBundle());
  // Replay runs the workflows in this thread: without the per-promise stack capture, as the worker does.
  skipStackCaptureHere();
  const events = new Map(items.map((i) => [i.workflowId, i.history.events?.length ?? 0]));
  const out: ReplayOutcome[] = [];
  const iter = Worker.runReplayHistories(
    // As the worker decodes (a forged plaintext signal in a history replays as the marker the guard drops).
    { workflowBundle: bundle, dataConverter: opts.dataConverter && workerDataConverter(opts.dataConverter), replayName: 'bangfu-replay' },
    items.map((i) => ({ workflowId: i.workflowId, history: i.history })),
  );
  for await (const r of iter) {
    const error = r.error ? `${r.error.name}: ${r.error.message}` : undefined;
    const m = error?.match(/event(?:\s+id)?[^\d]{0,20}(\d+)/i);
    out.push({
      workflowId: r.workflowId,
      events: events.get(r.workflowId) ?? 0,
      ok: !r.error,
      ...(error ? { error } : {}),
      ...(m ? { eventId: Number(m[1]) } : {}),
    });
  }
  return out;
}
