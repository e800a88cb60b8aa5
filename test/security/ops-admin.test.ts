/**
 * Issue 16 item 15: ops admin is scoped to the token's region; a backdated parameter needs a second
 * approver; the recompute after admin changes is debounced (a burst of changes → at most two sweeps
 * of the running cases, not one per change).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, shanghaiDate } from '../../rules/index.js';
import { SYSTEM_CASE_ID, loadChain, verifyChain } from '../../store/audit.js';
import { workflowIdForCase } from '../../workflows/definitions.js';
import { COUNTY, COUNTY_B, application, call, person, startApiStack, type ApiStack } from '../api/support.js';

let s: ApiStack;
const opsA = person('ops-a1', 'ops', COUNTY, null);
const opsA2 = person('ops-a2', 'ops', COUNTY, null);
const opsB = person('ops-b1', 'ops', COUNTY_B, null);
const opsNational = person('ops-national', 'ops', '000000', null);
const clerk = person('clerk-oa', 'station_clerk');
const today = () => shanghaiDate(new Date());

beforeAll(async () => {
  s = await startApiStack();
}, 240_000);
afterAll(async () => {
  await s?.close();
});

const put = async (who: typeof opsA, body: Record<string, unknown>) => {
  const r = await s.app.inject({ method: 'PUT', url: '/v1/ops/parameters', headers: { authorization: `Bearer ${await s.token(who)}` }, payload: body });
  return { status: r.statusCode, body: JSON.parse(r.body) };
};
const param = (over: Record<string, unknown> = {}) => ({ region: COUNTY, key: 'publication_working_days', value: 6, effectiveFrom: addCalendarDays(today(), 30), ref: 'test 2026-15', ...over });

describe('scope: an ops token administers its own region and below', () => {
  it('a county\'s ops may not set national or another county\'s values; may set its own and its townships\'', async () => {
    const national = await put(opsA, param({ region: '000000' }));
    expect(national.status).toBe(403);
    expect(national.body.code).toBe('OUT_OF_REGION');
    expect((await put(opsA, param({ region: '330000' }))).status).toBe(403); // the province above
    expect((await put(opsA, param({ region: COUNTY_B }))).status).toBe(403);
    expect((await put(opsB, param({ region: '330302001' }))).status).toBe(403);
    expect((await put(opsA, param({ region: '330302001', effectiveFrom: addCalendarDays(today(), 31) }))).status).toBe(201);
    expect((await put(opsNational, param({ region: '000000', effectiveFrom: addCalendarDays(today(), 32) }))).status).toBe(201);
    expect(await s.db.prisma.parameter.count({ where: { region: { in: ['000000', '330000', COUNTY_B] }, createdBy: { in: ['ops-a1', 'ops-b1'] } } })).toBe(0); // (the stack's own regional values are by 'test')
  });
});

describe('backdating needs a second approver', () => {
  it('a past effectiveFrom → 202 pending; the requester and other regions may not approve; a second ops of the region applies it', async () => {
    const past = addCalendarDays(today(), -40);
    const req = await put(opsA, param({ key: 'living_supplement_min_rate', value: '0.11', effectiveFrom: past }));
    expect(req.status).toBe(202);
    expect(req.body).toMatchObject({ status: 'pending_approval', requestedBy: 'ops-a1', effectiveFrom: past });
    const id = req.body.approvalId as string;
    expect(await s.db.prisma.parameter.count({ where: { key: 'living_supplement_min_rate', effectiveFrom: past } })).toBe(0);

    const decide = async (who: typeof opsA, verb = 'approve') => {
      const r = await s.app.inject({ method: 'POST', url: `/v1/ops/parameters/approvals/${id}/${verb}`, headers: { authorization: `Bearer ${await s.token(who)}` } });
      return { status: r.statusCode, body: JSON.parse(r.body) };
    };
    const self = await decide(opsA);
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SEPARATION_OF_DUTIES');
    expect((await decide(opsB)).status).toBe(404);
    const listed = await call(s, 'GET', '/v1/ops/parameters/approvals', opsA2);
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await call(s, 'GET', '/v1/ops/parameters/approvals', opsB)).body.items.map((x: { id: string }) => x.id)).not.toContain(id);

    const ok = await decide(opsA2);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ key: 'living_supplement_min_rate', value: '0.11', effectiveFrom: past, createdBy: 'ops-a1', approvedBy: 'ops-a2' });
    expect(await s.db.prisma.parameter.count({ where: { key: 'living_supplement_min_rate', effectiveFrom: past } })).toBe(1);
    expect((await decide(opsNational)).status).toBe(409);
    const system = await loadChain(s.db.prisma, SYSTEM_CASE_ID);
    expect(system.map((e) => e.type)).toEqual(expect.arrayContaining(['parameter_backdating_requested', 'parameter_set']));
    expect(system.find((e) => e.type === 'parameter_set' && e.data.approvalId === id)?.data).toMatchObject({ requestedBy: 'ops-a1', approvedBy: 'ops-a2' });
    expect(verifyChain(system).valid).toBe(true);

    // and a rejected one is never applied
    const other = await put(opsA, param({ key: 'rounding', value: 'half_even', effectiveFrom: past }));
    const rej = await s.app.inject({ method: 'POST', url: `/v1/ops/parameters/approvals/${other.body.approvalId}/reject`, headers: { authorization: `Bearer ${await s.token(opsA2)}` } });
    expect(rej.statusCode).toBe(200);
    expect(await s.db.prisma.parameter.count({ where: { key: 'rounding', effectiveFrom: past } })).toBe(0);
  });
});

describe('recompute is debounced', () => {
  it('8 admin changes at once signal each running case a few times, not 8, and every change gets a report', async () => {
    const c = await call(s, 'POST', '/v1/cases', clerk, application());
    expect(c.status).toBe(201);
    const signals = async () =>
      ((await s.client.workflow.getHandle(workflowIdForCase(c.body.id)).fetchHistory()).events ?? []).filter((e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'recomputeDeadlines').length;
    const before = await signals();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => put(opsA, param({ effectiveFrom: addCalendarDays(today(), 100 + i) }))));
    for (const r of results) {
      expect(r.status).toBe(201);
      expect(r.body.recompute.signalled).toBeGreaterThanOrEqual(1);
    }
    const after = await signals();
    // Without debouncing: 8 signals. The writes queue on the system chain's lock, so the burst reaches
    // the recomputer spread over a few hundred ms: one settling sweep, one queued, rarely one more.
    expect(after - before).toBeGreaterThanOrEqual(1);
    expect(after - before).toBeLessThanOrEqual(3);
  }, 120_000);
});
