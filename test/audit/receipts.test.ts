/**
 * Receipts (issue 16 item 8a): the transition write returns, per chain it wrote, the `{chainId, seq,
 * hash}` of that chain's last event — what the workflow's history keeps as its second copy. A retried
 * write (its first attempt committed, the answer lost) answers the same receipts; a batch over two
 * chains answers one receipt per chain; each receipt is exactly the row in `audit_events`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChain, verifyChain } from '../../store/audit.js';
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
