/**
 * GET /v1/visits's query (store/visits.ts listVisits) on a real PostgreSQL: `overdue` follows the one
 * rule of rules/overdue.ts (at the due instant and after; 000 §5 visits are steps like any other) and
 * filters BEFORE paging, so `total` and the pages agree with the filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVisit, listVisits } from '../../store/visits.js';
import { createTestDatabase, type TestDatabase } from '../support/stack.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(async () => db?.drop());

const NOW = new Date('2026-10-09T16:00:00.000Z'); // 2026-10-10 00:00 Asia/Shanghai

async function visitWithTask(id: string, dueAt: Date | null, opts: { township?: string; status?: string; markedOverdue?: boolean } = {}) {
  const township = opts.township ?? '330302001';
  await createVisit(db.prisma, { id, caseId: `case-${id}`, personKey: `pk-${id}`, county: '330302', township, reason: 'routine', dueDate: '2026-10-09' });
  await db.prisma.task.create({
    data: { id, caseId: `case-${id}`, subjectType: 'duty', type: 'visit', role: 'township_reviewer', county: '330302', township, receivedOn: '2026-10-01', dueAt, status: opts.status ?? 'open', overdue: opts.markedOverdue ?? false },
  });
}

describe('listVisits', () => {
  it('filters overdue before paging: every page holds only matches and total counts them all', async () => {
    await visitWithTask('v-a-future', new Date(NOW.getTime() + 86_400_000));
    await visitWithTask('v-b-exact', NOW); // due exactly now: overdue (rules/overdue.ts)
    await visitWithTask('v-c-past', new Date(NOW.getTime() - 1));
    await visitWithTask('v-d-future', new Date(NOW.getTime() + 1));
    await visitWithTask('v-e-marked', new Date(NOW.getTime() + 86_400_000), { markedOverdue: true });
    await visitWithTask('v-f-other', new Date(NOW.getTime() - 1), { township: '330302002' });
    const scopes = [{ county: '330302', township: '330302001' }];

    const page1 = await listVisits(db.prisma, { scopes, overdue: true, limit: 2, offset: 0, now: NOW });
    const page2 = await listVisits(db.prisma, { scopes, overdue: true, limit: 2, offset: 2, now: NOW });
    expect(page1.total).toBe(3);
    expect(page2.total).toBe(3);
    const ids = [...page1.items, ...page2.items].map((v) => v.id).sort();
    expect(ids).toEqual(['v-b-exact', 'v-c-past', 'v-e-marked']);
    expect([...page1.items, ...page2.items].every((v) => v.overdue)).toBe(true);

    const notLate = await listVisits(db.prisma, { scopes, overdue: false, limit: 1, offset: 0, now: NOW });
    expect(notLate.total).toBe(2);
    expect(notLate.items).toHaveLength(1);
    expect(notLate.items[0]!.overdue).toBe(false);

    // One millisecond earlier the exact-instant visit is not yet late.
    const before = await listVisits(db.prisma, { scopes, overdue: true, limit: 10, offset: 0, now: new Date(NOW.getTime() - 1) });
    expect(before.items.map((v) => v.id).sort()).toEqual(['v-c-past', 'v-e-marked']);

    // Ops see every township; the county scope sees both townships.
    const county = await listVisits(db.prisma, { scopes: [{ county: '330302' }], overdue: true, limit: 10, offset: 0, now: NOW });
    expect(county.total).toBe(4);
    const everywhere = await listVisits(db.prisma, { scopes: [], everywhere: true, limit: 10, offset: 0, now: NOW });
    expect(everywhere.total).toBe(6);
    expect(everywhere.items.find((v) => v.id === 'v-a-future')).toMatchObject({ status: 'due', cashFen: null, claimedBy: null, overdue: false });
  });
});
