/**
 * The roll reminder (issue 13; 003 §九 定期比对 — "定期" is the parameter roll_interval_months, not in
 * seeds): a county with open cases gets one notification to ops per kind and due date — a roll older
 * than the interval on its due date, a kind never imported once a month — recorded on the county's
 * chain; running again the same day or month adds none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planActivities } from '../../activities/duties/plan.js';
import { createPolicyStore } from '../../store/policy.js';
import { loadChain } from '../../store/audit.js';
import { createTestDatabase, type TestDatabase } from '../support/stack.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.case.create({
    data: {
      id: 'BFROLLDUE1', workflowId: 'case-BFROLLDUE1', status: 'paid', matter: 'living_supplement', county: '330302', township: '330302001', personKey: 'pk-1',
      applicantNameMasked: '张*', idNumberMasked: '3303**********1236', applicant: {}, category: 'veteran', hardshipSituation: 2, filedBy: {}, receivedAt: new Date('2026-01-05T02:00:00Z'),
    },
  });
  await db.prisma.roll.create({ data: { id: 'R-old', kind: 'dibao', region: '330302', fileHash: 'h', rows: 0, importedBy: 'ops-1', importedAt: new Date('2026-09-01T02:00:00Z') } });
});
afterAll(async () => db?.drop());

describe('rolls due', () => {
  it('reminds ops once per kind and due date, on the county\'s chain', async () => {
    const plan = planActivities(db.prisma, createPolicyStore(db.prisma));
    // dibao imported 2026-09-01, due 2026-12-01 (3 months); tekun and monitoring never imported.
    expect(await plan.remindRollsDue({ today: '2026-11-20', at: '2026-11-20T01:45:00+08:00' })).toEqual({ reminded: 2 });
    expect(await plan.remindRollsDue({ today: '2026-11-21', at: '2026-11-21T01:45:00+08:00' })).toEqual({ reminded: 0 });
    // December: dibao falls due; tekun and monitoring, still never imported, are reminded for the new month.
    expect(await plan.remindRollsDue({ today: '2026-12-01', at: '2026-12-01T01:45:00+08:00' })).toEqual({ reminded: 3 });
    expect(await plan.remindRollsDue({ today: '2026-12-02', at: '2026-12-02T01:45:00+08:00' })).toEqual({ reminded: 0 });
    const notes = await db.prisma.notification.findMany({ where: { kind: 'roll_due' }, orderBy: { id: 'asc' } });
    expect(notes).toHaveLength(5);
    expect(new Set(notes.map((n) => `${n.toRole}:${n.toRegion}`))).toEqual(new Set(['ops:330302']));
    expect(notes.map((n) => n.message).join('\n')).toMatch(/dibao roll of 330302 is due \(last 2026-09-01; every 3 months\)/);
    const chain = await loadChain(db.prisma, '_county-330302');
    expect(chain.map((e) => [e.type, e.data.kind])).toEqual([
      ['roll_due', 'tekun'],
      ['roll_due', 'monitoring'],
      ['roll_due', 'dibao'],
      ['roll_due', 'tekun'],
      ['roll_due', 'monitoring'],
    ]);
  });
});
