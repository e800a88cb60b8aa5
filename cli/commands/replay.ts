/**
 * `bangfu replay --case <id>` / `bangfu replay --all-open`: fetches case histories from Temporal and
 * replays them against the current workflow code. Run `--all-open` before a deploy: a non-zero exit
 * names each case and event where the new code would diverge.
 */
import { Client } from '@temporalio/client';
import { loadEnv } from '../../config/env.js';
import { dataConverter } from '../../platform/codec.js';
import { locate } from '../../platform/locate.js';
import { replayHistories } from '../../platform/replay.js';
import { loadSecrets } from '../../platform/secrets.js';
import { connectTemporal } from '../../platform/temporal.js';
import { workflowIdForCase } from '../../workflows/definitions.js';

export async function replay(args: string[]): Promise<number> {
  const caseIdx = args.indexOf('--case');
  const caseId = caseIdx >= 0 ? args[caseIdx + 1] : undefined;
  const allOpen = args.includes('--all-open');
  if ((!caseId && !allOpen) || (caseIdx >= 0 && !caseId)) {
    process.stderr.write('usage: bangfu replay --case <id> | --all-open\n');
    return 2;
  }
  const env = loadEnv();
  const where = locate(env);
  const secrets = loadSecrets(env.dataDir, env);
  const connection = await connectTemporal(where.temporalAddress(), { timeoutMs: 10_000 });
  const client = new Client({ connection, namespace: where.namespace, dataConverter: dataConverter(secrets.payloadKey, secrets.oldPayloadKeys) });
  try {
    const ids: string[] = [];
    if (caseId) ids.push(workflowIdForCase(caseId));
    else for await (const wf of client.workflow.list({ query: `ExecutionStatus = "Running" AND WorkflowType = "caseWorkflow"` })) ids.push(wf.workflowId);
    const items = [];
    for (const id of ids) {
      try {
        items.push({ workflowId: id, history: await client.workflow.getHandle(id).fetchHistory() });
      } catch (e) {
        process.stderr.write(`replay: cannot fetch the history of ${id}: ${(e as Error).message}\n`);
        return 1;
      }
    }
    const started = Date.now();
    const results = await replayHistories(items, { dataConverter: dataConverter(secrets.payloadKey, secrets.oldPayloadKeys) });
    const failed = results.filter((r) => !r.ok);
    const events = results.reduce((a, r) => a + r.events, 0);
    process.stdout.write(JSON.stringify({ replayed: results.length, events, failed: failed.length, ms: Date.now() - started, results: failed }) + '\n');
    for (const f of failed) process.stderr.write(`non-determinism in ${f.workflowId}${f.eventId ? ` at event ${f.eventId}` : ''}: ${f.error}\n`);
    return failed.length ? 1 : 0;
  } finally {
    await connection.close();
  }
}
