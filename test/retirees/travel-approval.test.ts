/**
 * 004 §15 travel abroad of a 师级 cadre across National Day 2026: the upper department approves within
 * 10 working days. Applied Monday 2026-09-28 → due end of 2026-10-16 (holiday 10-01…10-07, working
 * Saturday 10-10). One approval on the 10th working day (not overdue); one left to the 11th (overdue,
 * still open — nothing decided by the timer — then approved late). Then a passport handed in late.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTravelUpdate, recordReturnUpdate } from '../../workflows/retirees/definitions.js';
import { approver, createRetireeHarness, head, officer, refusalOf, retireeInput, until, type RetireeHarness } from './harness.js';

let h: RetireeHarness;
let onTime: string;
let late: string;
beforeAll(async () => {
  h = await createRetireeHarness('2026-09-28T10:00:00+08:00');
  onTime = await h.start(retireeInput());
  late = await h.start(retireeInput());
}, 120_000);
afterAll(async () => h?.close());

describe('师级 travel approval within 10 working days (004 §15)', () => {
  it('an application opens travel_approval for the upper department, due at the end of the 10th working day', async () => {
    for (const id of [onTime, late]) {
      const s = await h.handle(id).executeUpdate(fileTravelUpdate, { args: [{ actor: officer, destination: '新加坡', departOn: '2026-10-20', plannedReturnOn: '2026-10-30', headOpinion: '同意，按期返回' }] });
      expect(s.travels[0]).toMatchObject({ status: 'pending_approval', needsApproval: true, longStay: false, headOpinion: { text: '同意，按期返回' } });
      const t = s.tasks.find((x) => x.type === 'travel_approval')!;
      expect(t).toMatchObject({ role: 'retiree_approver', status: 'open', county: '220102' });
      expect(t.deadline).toMatchObject({ from: '2026-09-28', workingDays: 10, dueDate: '2026-10-16', dueAt: '2026-10-16T16:00:00.000Z' });
      const row = await h.db.prisma.task.findUniqueOrThrow({ where: { id: t.id } });
      expect(row).toMatchObject({ caseId: id, subjectType: 'retiree', workflowId: `retiree-${id}`, role: 'retiree_approver', dueDate: '2026-10-16' });
    }
  });

  it('refuses the head or an officer as approver (wrong role) and another county (jurisdiction)', async () => {
    const t = (await h.state(onTime)).tasks.find((x) => x.type === 'travel_approval')!;
    expect(await refusalOf(h.complete(onTime, 'travel_approval', head, 'approve'))).toMatchObject({ type: 'WRONG_ROLE', message: expect.stringMatching(/needs the role retiree_approver/) });
    expect(await refusalOf(h.complete(onTime, 'travel_approval', { ...approver, county: '220103' }, 'approve'))).toMatchObject({ type: 'WRONG_JURISDICTION' });
    expect(await refusalOf(h.complete(onTime, 'travel_approval', approver, 'reject', ' '))).toMatchObject({ type: 'REASONS_REQUIRED' });
    expect((await h.state(onTime)).tasks.find((x) => x.id === t.id)!.status).toBe('open');
  });

  it('approved on the 10th working day (2026-10-16, 17:00) is on time', async () => {
    await h.sleepUntil('2026-10-16T17:00:00+08:00');
    const s = await h.complete(onTime, 'travel_approval', approver, 'approve', '同意');
    const t = s.tasks.find((x) => x.type === 'travel_approval')!;
    expect(t).toMatchObject({ status: 'completed', decision: 'approve', overdue: false });
    expect(s.travels[0]!.status).toBe('approved');
    const late0 = (await h.state(late)).tasks.find((x) => x.type === 'travel_approval')!;
    expect(late0.overdue).toBe(false);
  });

  it('left to the 11th working day it is overdue, still open, and the city is told; approved late it stays marked', async () => {
    await h.sleepUntil('2026-10-17T00:00:02+08:00');
    let s = await until(h, late, (x) => x.tasks.some((t) => t.type === 'travel_approval' && t.overdue), 'overdue mark');
    const t = s.tasks.find((x) => x.type === 'travel_approval')!;
    expect(t.status).toBe('open');
    expect(s.travels[0]!.status).toBe('pending_approval');
    expect(await h.db.prisma.task.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ overdue: true, status: 'open' });
    expect(await h.db.prisma.notification.findMany({ where: { caseId: late, kind: 'overdue' } })).toMatchObject([{ toRole: 'ops', toRegion: '220100' }]);
    await h.sleepUntil('2026-10-19T10:00:00+08:00');
    s = await h.complete(late, 'travel_approval', approver, 'approve', '同意（逾期）');
    expect(s.tasks.find((x) => x.type === 'travel_approval')).toMatchObject({ status: 'completed', overdue: true });
    expect(s.travels[0]!.status).toBe('approved');
  });
});

describe('passport handed in late (004 §15 回国后 10 天内)', () => {
  it('abroad from the departure day; the return opens passport_return due 10 calendar days later', async () => {
    await h.sleepUntil('2026-10-20T08:00:00+08:00');
    await until(h, onTime, (s) => s.status === 'abroad', 'departure');
    expect((await h.db.prisma.retiree.findUniqueOrThrow({ where: { id: onTime } })).status).toBe('abroad');
    await h.sleepUntil('2026-10-31T09:00:00+08:00');
    const s = await h.handle(onTime).executeUpdate(recordReturnUpdate, { args: [{ actor: officer, travelId: `${onTime}-T1`, returnedOn: '2026-10-30' }] });
    expect(s.status).toBe('active');
    const t = s.tasks.find((x) => x.type === 'passport_return')!;
    expect(t).toMatchObject({ role: 'retiree_officer', status: 'open' });
    expect(t.deadline).toMatchObject({ dueDate: '2026-11-09', dueAt: '2026-11-09T16:00:00.000Z' });
    expect(s.tasks.some((x) => x.type === 'travel_report')).toBe(false);
  });

  it('not handed in by 11-09: overdue, never decided; handed in on 11-12 it is recorded late', async () => {
    await h.sleepUntil('2026-11-11T12:00:00+08:00');
    let s = await until(h, onTime, (x) => x.tasks.some((t) => t.type === 'passport_return' && t.overdue), 'passport overdue');
    expect(s.tasks.find((x) => x.type === 'passport_return')!.status).toBe('open');
    expect(s.travels[0]!.status).toBe('returned');
    await h.sleepUntil('2026-11-12T10:00:00+08:00');
    s = await h.complete(onTime, 'passport_return', officer, 'approve', '护照已交机构集中保管');
    expect(s.travels[0]).toMatchObject({ status: 'closed', passportReturnedOn: '2026-11-12' });
    const ev = await h.db.prisma.auditEvent.findFirstOrThrow({ where: { caseId: onTime, type: 'passport_handed_in' } });
    expect(ev.data).toMatchObject({ late: true, on: '2026-11-12' });
  });

  it('the retiree chain holds every step', async () => {
    const types = (await h.db.prisma.auditEvent.findMany({ where: { caseId: onTime }, orderBy: { seq: 'asc' } })).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['retiree_received', 'travel_applied', 'task_opened', 'task_completed', 'travel_approved', 'cadre_abroad', 'cadre_returned', 'step_overdue', 'passport_handed_in']));
  });
});
