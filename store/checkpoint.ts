/**
 * What a signed checkpoint (issue 16 item 8b) states about the whole audit log: its size — the global
 * `audit_events.id` high-water mark — and its head — a Merkle root over every chain's head as of that
 * id (per chain, the last `(chainId, seq, hash)` with id ≤ size). Chains are per case and each
 * event's hash covers its chain's past, so the root commits to every event at or below `size`:
 * deleting a chain, cutting a chain's tail or recomputing a chain changes it.
 *
 * Consistency: ids are assigned when an event is inserted, and a transaction with a smaller id may
 * commit after one with a larger id. Every writer holds the checkpoint lock shared from before its
 * insert until commit (store/audit.ts, store/transition.ts); the checkpoint takes it exclusively just
 * long enough to read `max(id)` (one index probe), so every id ≤ size is committed when it is read and
 * no later writer can get one. The heads are then read outside the lock: writers never wait for that.
 */
import { createHash } from 'node:crypto';
import { CHECKPOINT_LOCK_EXCLUSIVE } from './audit.js';
import type { Db } from './db.js';
import { inTransaction } from './pg.js';

export interface ChainHead {
  chainId: string;
  seq: number;
  hash: string;
}

export interface LogState {
  /** `bangfu/<database name>`: which log this is. */
  origin: string;
  /** The global event id high-water mark (0: no events). */
  size: number;
  /** Merkle root over the chain heads as of `size` (hex). */
  head: string;
  /** How many chains the root covers. */
  chains: number;
}

const sha256 = (...parts: (Buffer | string)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

export function leafHash(h: ChainHead): Buffer {
  return sha256(Buffer.from([0]), `${h.chainId}\n${h.seq}\n${h.hash}`);
}

/** RFC 6962 §2.1 Merkle tree hash over the leaves in order (empty: SHA-256 of nothing). */
export function merkleRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256('');
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha256(Buffer.from([1]), merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

export function headOf(heads: readonly ChainHead[]): string {
  const sorted = [...heads].sort((a, b) => (a.chainId < b.chainId ? -1 : a.chainId > b.chainId ? 1 : 0));
  return merkleRoot(sorted.map(leafHash)).toString('hex');
}

/** The log's high-water mark, read under the exclusive checkpoint lock (every id ≤ it is committed). */
export async function highWaterMark(db: Db): Promise<{ origin: string; size: number }> {
  return inTransaction(db, async (q) => {
    await q.query(`select ${CHECKPOINT_LOCK_EXCLUSIVE}`);
    const r = await q.query<{ size: string; db: string }>('select coalesce(max(id), 0)::text as size, current_database() as db from audit_events');
    return { origin: `bangfu/${r.rows[0]!.db}`, size: Number(r.rows[0]!.size) };
  });
}

/** Every chain's last event with id ≤ size, in chain order. */
export async function chainHeads(db: Db, size: number): Promise<ChainHead[]> {
  const rows = await db.$queryRaw<{ case_id: string; seq: number; hash: string }[]>`
    select distinct on (case_id) case_id, seq, hash from audit_events where id <= ${BigInt(size)} order by case_id, seq desc`;
  return rows.map((r) => ({ chainId: r.case_id, seq: r.seq, hash: r.hash }));
}

/** The log as of its current high-water mark; `previous` is reused when nothing was appended since. */
export async function logState(db: Db, previous?: LogState | null): Promise<LogState> {
  const { origin, size } = await highWaterMark(db);
  if (previous && previous.origin === origin && previous.size === size) return previous;
  const heads = await chainHeads(db, size);
  return { origin, size, head: headOf(heads), chains: heads.length };
}

/** Recomputes the head for a past checkpoint's size from the table as it is now. */
export async function headAt(db: Db, size: number): Promise<{ head: string; chains: number; heads: ChainHead[] }> {
  const heads = await chainHeads(db, size);
  return { head: headOf(heads), chains: heads.length, heads };
}
