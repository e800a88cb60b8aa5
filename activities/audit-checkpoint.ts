/**
 * The checkpoint activity (issue 16 item 8b): reads the log's size and head (store/checkpoint.ts),
 * signs them with the key outside the database and appends the signed line to the file outside the
 * database (platform/checkpoints.ts). Run by the singleton `auditCheckpointWorkflow` every minute and
 * on demand (`bangfu audit checkpoint`).
 */
import { ApplicationFailure } from '@temporalio/common';
import { appendCheckpoint, signCheckpoint, type Checkpoint, type CheckpointConfig } from '../platform/checkpoints.js';
import { logState, type LogState } from '../store/checkpoint.js';
import type { Db } from '../store/db.js';

/** Takes, signs and appends one checkpoint; `previous` (the last one) spares the heads scan when nothing was appended. */
export async function takeCheckpoint(db: Db, config: CheckpointConfig, previous?: LogState | null): Promise<Checkpoint> {
  if (!config.privateKey) throw new Error('no audit signing key (BANGFU_AUDIT_SIGNING_KEY or the data directory\'s audit-signing-key.pem)');
  const state = await logState(db, previous);
  const c = signCheckpoint(state, new Date().toISOString(), config.privateKey);
  appendCheckpoint(config.file, c);
  return c;
}

export function checkpointActivities(db: Db, config: CheckpointConfig | undefined) {
  return {
    async auditCheckpoint(r: { previous?: LogState | null }): Promise<Checkpoint> {
      if (!config?.privateKey) throw ApplicationFailure.nonRetryable('this worker has no audit checkpoint configuration (key and file)', 'NotConfigured');
      return takeCheckpoint(db, config, r.previous);
    },
  };
}
