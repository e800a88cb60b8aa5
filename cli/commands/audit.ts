/**
 * `bangfu audit verify [--case <id> | --all]`: recomputes every hash chain in the audit log (all
 * chains, the system chain included, when no case is named) and exits 1 naming the first broken event
 * of each broken chain when anything was edited, deleted or reordered; 0 when every chain holds; 2 on
 * bad arguments. Prints one JSON line on stdout; the broken events also go to stderr in words.
 *
 * Issue 16 item 8: it also checks the receipts recorded in the workflow histories (cli/commands/
 * audit-receipts.ts: a cut tail, a recomputed chain or a deleted chain is named with the case and seq;
 * `receipts: "unchecked"` when Temporal cannot be reached) and the signed checkpoints in the checkpoint
 * file (cli/commands/audit-checkpoints.ts).
 * `bangfu audit checkpoint` takes a signed checkpoint now (through the checkpoint workflow, else
 * locally); `bangfu audit public-key` prints the key verifiers need.
 */
import { Client } from '@temporalio/client';
import { loadEnv, type Env } from '../../config/env.js';
import { checkpointConfig, publicKeyPem } from '../../platform/checkpoints.js';
import { AesGcmCodec, dataConverter } from '../../platform/codec.js';
import { locate } from '../../platform/locate.js';
import { loadSecrets } from '../../platform/secrets.js';
import { connectTemporal, temporalTls } from '../../platform/temporal.js';
import { chainIds, loadChain, verifyChain, workflowIdsOfChain, type ChainVerification } from '../../store/audit.js';
import { openDb } from '../../store/db.js';
import { takeCheckpoint } from '../../activities/audit-checkpoint.js';
import { readCheckpoints } from '../../platform/checkpoints.js';
import { AUDIT_CHECKPOINT_WORKFLOW_ID, checkpointNowUpdate } from '../../workflows/audit-checkpoints.js';
import { workflowIdForCase } from '../../workflows/definitions.js';
import { checkCheckpoints } from './audit-checkpoints.js';
import { checkReceipts, collectReceipts, type HistoryReceipt } from './audit-receipts.js';

const USAGE = 'usage: bangfu audit verify [--case <id> | --all] | bangfu audit checkpoint | bangfu audit public-key\n';

export async function audit(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'verify') return verify(rest);
  if (sub === 'checkpoint' && rest.length === 0) return checkpoint();
  if (sub === 'public-key' && rest.length === 0) return publicKey();
  process.stderr.write(USAGE);
  return 2;
}

type LoadedEnv = Env & { dataDir: string };

/** A Temporal client with the payload codec, or why there is none. */
async function openTemporal(env: LoadedEnv): Promise<{ client: Client; codec: AesGcmCodec; close: () => Promise<void> }> {
  const where = locate(env);
  const address = where.temporalAddress();
  const secrets = loadSecrets(env.dataDir, env);
  const connection = await connectTemporal(address, { timeoutMs: 5_000, tls: temporalTls(env) });
  const client = new Client({ connection, namespace: where.namespace, dataConverter: dataConverter(secrets.payloadKey, secrets.oldPayloadKeys) });
  return { client, codec: new AesGcmCodec(secrets.payloadKey, secrets.oldPayloadKeys), close: () => connection.close() };
}

type Broken = { caseId: string } & Required<Pick<ChainVerification, 'brokenAt'>> & { receipt?: Pick<HistoryReceipt, 'workflowId' | 'runId' | 'eventId' | 'seq' | 'hash'> };

async function verify(rest: string[]): Promise<number> {
  const caseIdx = rest.indexOf('--case');
  const caseId = caseIdx >= 0 ? rest[caseIdx + 1] : undefined;
  if (caseIdx >= 0 && (!caseId || caseId.startsWith('--'))) {
    process.stderr.write('audit verify: --case needs a case id\n');
    return 2;
  }
  if (caseId && rest.includes('--all')) {
    process.stderr.write('audit verify: give --case <id> or --all, not both\n');
    return 2;
  }
  const env = loadEnv();
  const db = openDb(locate(env).databaseUrl(), { max: 4 });
  try {
    const started = Date.now();
    // Receipts from the workflow histories (the second store), grouped by chain.
    const byChain = new Map<string, HistoryReceipt[]>();
    let receipts: 'unchecked' | { runs: number; receipts: number; chains: number } = 'unchecked';
    try {
      const t = await openTemporal(env);
      try {
        // With --case: the case's workflow and those owning its tasks (case-<id> even when the projection row is gone).
        const workflowIds = caseId ? [...new Set([workflowIdForCase(caseId), ...(await workflowIdsOfChain(db.prisma, caseId))])] : undefined;
        const got = await collectReceipts(t.client, t.codec, { taskQueue: env.TEMPORAL_TASK_QUEUE, ...(workflowIds ? { workflowIds } : {}) });
        for (const r of got.receipts) if (!caseId || r.chainId === caseId) byChain.set(r.chainId, [...(byChain.get(r.chainId) ?? []), r]);
        receipts = { runs: got.runs, receipts: [...byChain.values()].reduce((n, l) => n + l.length, 0), chains: byChain.size };
      } finally {
        await t.close();
      }
    } catch (e) {
      process.stderr.write(`audit verify: receipts unchecked: ${(e as Error).message.split('\n')[0]}\n`);
    }
    const stored = caseId ? [caseId] : await chainIds(db.prisma);
    // A chain deleted whole is known only from its receipts.
    const ids = caseId ? stored : [...new Set([...stored, ...byChain.keys()])].sort();
    let events = 0;
    const broken: Broken[] = [];
    for (const id of ids) {
      const chain = await loadChain(db.prisma, id);
      const held = byChain.get(id) ?? [];
      if (caseId && chain.length === 0 && held.length === 0) {
        process.stdout.write(JSON.stringify({ valid: false, caseId: id, error: 'no audit events for this case', receipts }) + '\n');
        process.stderr.write(`audit verify: no audit events for case ${id}\n`);
        return 1;
      }
      const r = verifyChain(chain);
      events += r.events;
      if (!r.valid) {
        broken.push({ caseId: id, brokenAt: r.brokenAt! });
        continue;
      }
      const p = checkReceipts(id, chain, held);
      if (p) {
        const { workflowId, runId, eventId, seq, hash } = p.receipt;
        broken.push({ caseId: id, brokenAt: { seq: p.seq, reason: p.reason }, receipt: { workflowId, runId, eventId, seq, hash } });
      }
    }
    // Checkpoints cover the whole log: checked when the whole log is (not with --case).
    const cp = caseId ? { report: 'not checked with --case' as const } : await checkCheckpoints(db.prisma, checkpointConfig(env));
    if ('note' in cp && cp.note && cp.report === 'unchecked') process.stderr.write(`audit verify: checkpoints unchecked: ${cp.note}\n`);
    const cpProblems = typeof cp.report === 'object' ? cp.report.problems : [];
    const extra = { receipts, checkpoints: cp.report };
    const ms = Date.now() - started;
    for (const b of broken) {
      process.stderr.write(`audit chain of case ${b.caseId} is broken at event ${b.brokenAt.seq}${b.brokenAt.eventKey ? ` (${b.brokenAt.eventKey})` : ''}: ${b.brokenAt.reason}\n`);
    }
    for (const p of cpProblems) process.stderr.write(`audit checkpoint at line ${p.line}${p.time ? ` (${p.time}, size ${p.size})` : ''}: ${p.reason}\n`);
    if (broken.length > 0) {
      const first = broken[0]!;
      process.stdout.write(JSON.stringify({ valid: false, caseId: first.caseId, brokenAt: first.brokenAt, broken, cases: ids.length, events, ms, ...extra }) + '\n');
      return 1;
    }
    if (cpProblems.length > 0) {
      process.stdout.write(JSON.stringify({ valid: false, broken, cases: ids.length, events, ms, ...extra }) + '\n');
      return 1;
    }
    process.stdout.write(JSON.stringify({ valid: true, cases: ids.length, events, ms, ...extra }) + '\n');
    return 0;
  } finally {
    await db.close();
  }
}

/** A checkpoint now: the checkpoint workflow's (the worker's key and file), else taken here. */
async function checkpoint(): Promise<number> {
  const env = loadEnv();
  try {
    const t = await openTemporal(env);
    try {
      const handle = t.client.workflow.getHandle(AUDIT_CHECKPOINT_WORKFLOW_ID);
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in 20 s (is a worker running?)')), 20_000).unref());
      const c = await Promise.race([handle.executeUpdate(checkpointNowUpdate), timeout]);
      process.stdout.write(JSON.stringify({ via: 'workflow', workflowId: AUDIT_CHECKPOINT_WORKFLOW_ID, checkpoint: c }) + '\n');
      return 0;
    } finally {
      await t.close();
    }
  } catch (e) {
    process.stderr.write(`audit checkpoint: the checkpoint workflow did not answer (${(e as Error).message.split('\n')[0]}); taking it here\n`);
  }
  const config = checkpointConfig(env);
  if (!config.privateKey) {
    process.stderr.write('audit checkpoint: no signing key here (BANGFU_AUDIT_SIGNING_KEY or audit-signing-key.pem in the data directory)\n');
    return 1;
  }
  const db = openDb(locate(env).databaseUrl(), { max: 2 });
  try {
    const previous = readCheckpoints(config.file).checkpoints.at(-1) ?? null;
    const c = await takeCheckpoint(db.prisma, config, previous);
    process.stdout.write(JSON.stringify({ via: 'local', file: config.file, checkpoint: c }) + '\n');
    return 0;
  } finally {
    await db.close();
  }
}

async function publicKey(): Promise<number> {
  const config = checkpointConfig(loadEnv());
  if (!config.publicKey) {
    process.stderr.write('audit public-key: no audit key (BANGFU_AUDIT_SIGNING_KEY / BANGFU_AUDIT_PUBLIC_KEY, or audit-signing-key.pem in the data directory)\n');
    return 1;
  }
  process.stdout.write(publicKeyPem(config.publicKey));
  return 0;
}
