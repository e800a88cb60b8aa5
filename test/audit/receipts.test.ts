/**
 * Receipts (issue 16 item 8a): the transition write returns, per chain it wrote, the `{chainId, seq,
 * hash}` of that chain's last event — what the workflow's history keeps as its second copy. A retried
 * write (its first attempt committed, the answer lost) answers the same receipts; a batch over two
 * chains answers one receipt per chain; each receipt is exactly the row in `audit_events`.
 * Checkpoints read under the checkpoint lock are consistent with writers committing out of id order:
 * every checkpoint's head recomputes afterwards; the writers' latency with checkpoints running is
 * reported beside their latency without.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChain, verifyChain } from '../../store/audit.js';
import { headAt, logState, type LogState } from '../../store/checkpoint.js';
import { applyTransitions, type Transition } from '../../store/transition.js';
import { createTestDatabase, type TestDatabase } from '../support/stack.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => db?.drop());

const actor = { sub: 'tester', roles: ['township_reviewer' as const], county: '330302', township: '330302001' };
const ev = (caseId: string, n: number): Transition => ({
  caseId,
  eventKey: `${caseId}:${n}`,
  at: new Date(Date.UTC(2026, 10, 1, 0, 0, n)).toISOString(),
  actor,
  type: n === 1 ? 'case_received' : 'task_completed',
  data: { n },
  refs: ['001 §五'],
});

describe('receipts from the transition write', () => {
  it('names the last event written on the chain, as stored', async () => {
    const r1 = await applyTransitions(db.prisma, [ev('BFRCPT1', 1), ev('BFRCPT1', 2), ev('BFRCPT1', 3)]);
    const chain = await loadChain(db.prisma, 'BFRCPT1');
    expect(verifyChain(chain).valid).toBe(true);
    expect(r1).toEqual({ applied: 3, receipts: [{ chainId: 'BFRCPT1', seq: 3, hash: chain[2]!.hash }] });
    const r2 = await applyTransitions(db.prisma, [ev('BFRCPT1', 4)]);
    expect(r2.receipts).toEqual([{ chainId: 'BFRCPT1', seq: 4, hash: (await loadChain(db.prisma, 'BFRCPT1'))[3]!.hash }]);
  });

  it('a retried write writes nothing and answers the same receipts', async () => {
    const batch = [ev('BFRCPT2', 1), ev('BFRCPT2', 2)];
    const first = await applyTransitions(db.prisma, batch);
    const again = await applyTransitions(db.prisma, batch);
    expect(again).toEqual({ applied: 0, receipts: first.receipts });
    // Half done (the first event committed before): the receipt is still the chain's last event of the batch.
    const half = await applyTransitions(db.prisma, [ev('BFRCPT2', 2), ev('BFRCPT2', 3)]);
    expect(half.applied).toBe(1);
    expect(half.receipts).toEqual([{ chainId: 'BFRCPT2', seq: 3, hash: (await loadChain(db.prisma, 'BFRCPT2'))[2]!.hash }]);
  });

  it('one receipt per chain when a reaction writes on two chains', async () => {
    const r = await applyTransitions(db.prisma, [ev('BFRCPT3A', 1), ev('BFRCPT3B', 1), ev('BFRCPT3A', 2)]);
    const a = await loadChain(db.prisma, 'BFRCPT3A');
    const b = await loadChain(db.prisma, 'BFRCPT3B');
    expect(r.receipts).toEqual([
      { chainId: 'BFRCPT3A', seq: 2, hash: a[1]!.hash },
      { chainId: 'BFRCPT3B', seq: 1, hash: b[0]!.hash },
    ]);
  });
});

describe('checkpoints while writers commit (store/checkpoint.ts lock)', () => {
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

  /** 8 writers × `rounds` reactions of 3 events each, on 8 chains; each reaction's latency in ms. */
  async function writers(tag: string, rounds: number): Promise<number[]> {
    const ms: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        const id = `BFCONC${tag}${w}`;
        for (let i = 0; i < rounds; i++) {
          const t = performance.now();
          await applyTransitions(db.prisma, [ev(id, 3 * i + 1), ev(id, 3 * i + 2), ev(id, 3 * i + 3)]);
          ms.push(performance.now() - t);
        }
      }),
    );
    return ms;
  }

  it('every checkpoint taken during concurrent writes recomputes afterwards; writers are not held up', async () => {
    const quiet = await writers('Q', 40);
    const taken: LogState[] = [];
    let stop = false;
    const checkpointer = (async () => {
      while (!stop) {
        taken.push(await logState(db.prisma));
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const busy = await writers('B', 40);
    stop = true;
    await checkpointer;
    expect(taken.length).toBeGreaterThan(5);
    const sizes = taken.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    for (const c of taken) expect((await headAt(db.prisma, c.size)).head, `checkpoint at size ${c.size}`).toBe(c.head);
    console.log(
      `[checkpoint lock] 320 reactions by 8 writers: without checkpoints p50 ${pct(quiet, 0.5).toFixed(1)} ms p99 ${pct(quiet, 0.99).toFixed(1)} ms; ` +
        `with ${taken.length} checkpoints taken meanwhile p50 ${pct(busy, 0.5).toFixed(1)} ms p99 ${pct(busy, 0.99).toFixed(1)} ms`,
    );
  }, 120_000);
});
