/**
 * Checkpoints (issue 16 item 8b) as `bangfu audit verify` checks them: every line of the checkpoint
 * file is signed by the audit key, sizes and times never go back, the origin is this database's log,
 * and the latest checkpoint's head recomputes from the table as it is now (chain heads as of its size).
 */
import type { Checkpoint, CheckpointConfig } from '../../platform/checkpoints.js';
import { keyIdOf, readCheckpoints, signatureValid } from '../../platform/checkpoints.js';
import { headAt, highWaterMark } from '../../store/checkpoint.js';
import type { Db } from '../../store/db.js';

export interface CheckpointProblem {
  /** Line of the checkpoint file. */
  line: number;
  size?: number;
  time?: string;
  reason: string;
}

export type CheckpointReport =
  | 'none'
  | 'unchecked'
  | { file: string; count: number; latest: { line: number; size: number; time: string; chains: number } | null; problems: CheckpointProblem[] };

export async function checkCheckpoints(db: Db, config: CheckpointConfig): Promise<{ report: CheckpointReport; note?: string }> {
  const { checkpoints, unreadable } = readCheckpoints(config.file);
  if (checkpoints.length === 0 && unreadable.length === 0) return { report: 'none', note: `no checkpoints in ${config.file}` };
  if (!config.publicKey) return { report: 'unchecked', note: `${checkpoints.length} checkpoints in ${config.file} not checked: no key (set BANGFU_AUDIT_PUBLIC_KEY)` };
  const problems: CheckpointProblem[] = unreadable.map((line) => ({ line, reason: 'not a checkpoint (unreadable line)' }));
  const keyId = keyIdOf(config.publicKey);
  const { origin, size: now } = await highWaterMark(db);
  let prev: (Checkpoint & { line: number }) | null = null;
  for (const c of checkpoints) {
    const at = { line: c.line, size: c.size, time: c.time };
    if (!signatureValid(c, config.publicKey)) problems.push({ ...at, reason: `signature does not verify under the audit key ${keyId}${c.keyId !== keyId ? ` (the line names key ${c.keyId})` : ''}` });
    if (c.origin !== origin) problems.push({ ...at, reason: `checkpoint of ${c.origin}, not of this log (${origin})` });
    if (prev && c.size < prev.size) problems.push({ ...at, reason: `size went back from ${prev.size} (line ${prev.line}) to ${c.size}: events were removed between the two checkpoints` });
    if (prev && c.time < prev.time) problems.push({ ...at, reason: `time went back from ${prev.time} (line ${prev.line})` });
    prev = c;
  }
  const latest = checkpoints.filter((c) => c.origin === origin).at(-1) ?? null;
  if (latest) {
    const at = { line: latest.line, size: latest.size, time: latest.time };
    if (now < latest.size) problems.push({ ...at, reason: `the log's newest event id is ${now}, below the checkpoint's size ${latest.size}: the newest events were deleted` });
    const again = await headAt(db, latest.size);
    if (again.head !== latest.head) {
      problems.push({
        ...at,
        reason: `head does not recompute from the table: checkpoint ${latest.head} over ${latest.chains} chains, table ${again.head} over ${again.chains} chains (an event at or below id ${latest.size} was deleted, changed or recomputed${again.chains < latest.chains ? `; ${latest.chains - again.chains} chain(s) fewer` : ''})`,
      });
    }
  }
  return {
    report: { file: config.file, count: checkpoints.length, latest: latest ? { line: latest.line, size: latest.size, time: latest.time, chains: latest.chains } : null, problems },
  };
}
