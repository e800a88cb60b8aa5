/**
 * The duties' HTTP contract (issue 13) through the API on the real stack (dev server, PostgreSQL,
 * worker): POST /v1/rolls/{kind} (CSV in UTF-8 or GB18030, a bad row → 400 naming its line with the
 * header as line 1 and nothing imported, counts and opened tasks, a re-import opening nothing),
 * GET /v1/visits, GET /v1/reports/disclosure (JSON, CSV, HTML, no personal data),
 * GET /v1/ops/schedules (created idempotently, with their next run).
 */
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataConverter } from '../../platform/codec.js';
import { ensureSchedules } from '../../platform/schedules.js';
import { decodeRoll, parseRoll } from '../../rules/duties/roll-csv.js';
import { COUNTY, application, call, freshIdNumber, person, startApiStack, waitForCase, openStep, type ApiStack } from '../api/support.js';

let s: ApiStack;
beforeAll(async () => {
  s = await startApiStack();
}, 180_000);
afterAll(async () => s?.close());

const ops = person('ops-1', 'ops', COUNTY, null);
const HEADER = '身份证号,姓名,状态,起始日期';

async function postRoll(kind: string, csv: string | Buffer, region = COUNTY) {
  const r = await s.app.inject({ method: 'POST', url: `/v1/rolls/${kind}?region=${region}`, headers: { authorization: `Bearer ${await s.token(ops)}`, 'content-type': 'text/csv' }, payload: csv });
  return { status: r.statusCode, body: JSON.parse(r.body), headers: r.headers };
}

describe('rolls', () => {
  it('a bad row is a 400 naming its line (header = line 1) and column, and nothing is imported', async () => {
    const good = freshIdNumber();
    const csv = `${HEADER}\n${good},张三,在保,2025-01-01\n${freshIdNumber()},李四,在保,2025-01-01\n330302197001011230,王五,在保,2025-01-01\n`;
    const r = await postRoll('dibao', csv);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    expect(r.body).toMatchObject({ line: 4, column: '身份证号' });
    expect(r.body.detail).toMatch(/^line 4, column 身份证号/);
    expect(await s.db.prisma.roll.count()).toBe(0);
    expect(await s.db.prisma.rollEntry.count()).toBe(0);

    const header = await postRoll('dibao', `身份证,姓名,状态,起始日期\n${good},张三,在保,2025-01-01\n`);
    expect(header.status).toBe(400);
    expect(header.body.line).toBe(1);
    const status = await postRoll('tekun', `${HEADER}\n${good},张三,也许,2025-01-01\n`);
    expect(status.body).toMatchObject({ line: 2, column: '状态' });
    expect((await postRoll('nonsense', `${HEADER}\n`)).status).toBe(400);
    const r403 = await s.app.inject({ method: 'POST', url: `/v1/rolls/dibao?region=${COUNTY}`, headers: { authorization: `Bearer ${await s.token(person('c', 'county_approver', COUNTY, null))}`, 'content-type': 'text/csv' }, payload: csv });
    expect(r403.statusCode).toBe(403);
  });

  it('reads GB18030 as well as UTF-8', () => {
    // "身份证号,姓名,状态,起始日期\n…,张三,在保,2025-01-01" encoded in GB18030 by hand (two bytes a character).
    const gb = Buffer.from('c9edb7ddd6a4bac52cd0d5c3fb2cd7b4ccac2cc6f0cabcc8d5c6da0a3333303330323139373030313031313233362cd5c5c8fd2cd4dab1a32c323032352d30312d30310a', 'hex');
    const parsed = parseRoll(decodeRoll(gb));
    expect(parsed).toMatchObject({ ok: true, rows: [{ line: 2, idNumber: '330302197001011236', name: '张三', status: 'active', since: '2025-01-01' }] });
  });

  it('imports, opens a roll_review for a supplement whose person left 低保, and a re-import opens nothing', async () => {
    const clerk = person('clerk-1', 'station_clerk');
    const idA = freshIdNumber();
    const created = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber: idA }), { 'idempotency-key': `roll-a-${idA}` });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const steps: [string, ReturnType<typeof person>][] = [
      ['township_verification', person('rev-1', 'township_reviewer')],
      ['township_opinion', person('tap-1', 'township_approver')],
      ['county_decision', person('cap-1', 'county_approver', COUNTY, null)],
    ];
    for (const [type, who] of steps) {
      const v = await waitForCase(s, id, who, (x) => x.steps.some((st: { type: string; status: string }) => st.type === type && st.status === 'open'));
      expect((await call(s, 'POST', `/v1/tasks/${openStep(v, type)}/complete`, who, { decision: 'approve', reasons: 'ok', publish: false })).status).toBe(200);
    }
    const fin = person('fin-1', 'finance', COUNTY, null);
    await waitForCase(s, id, fin, (x) => x.status === 'payable');
    expect((await call(s, 'POST', `/v1/cases/${id}/payments`, fin, {}, { 'idempotency-key': `pay-${id}` })).status).toBeLessThan(300);
    await waitForCase(s, id, fin, (x) => x.status === 'paid');

    const csv = `${HEADER}\r\n${idA},张三,退出,2026-01-01\r\n${freshIdNumber()},某某,在保,2025-06-01\r\n`;
    const first = await postRoll('dibao', csv);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'dibao', region: COUNTY, imported: true, rows: 2, active: 1, exited: 1, openedCount: 1, counts: { roll_review: 1 } });
    expect(first.body.opened[0]).toMatchObject({ type: 'roll_review', caseId: id });
    expect(JSON.stringify(await s.db.prisma.rollEntry.findMany())).not.toContain(idA);
    const again = await postRoll('dibao', csv);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ imported: false, openedCount: 0, opened: [] });
    expect(await s.db.prisma.rollEntry.count()).toBe(2);
    // The review is in the county approver's inbox like any step.
    const inbox = await call(s, 'GET', '/v1/tasks?type=roll_review', person('cap-1', 'county_approver', COUNTY, null));
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((t: { id: string }) => t.id)).toContain(first.body.opened[0].taskId);
  }, 120_000);
});

describe('visits, disclosure, schedules', () => {
  it('GET /v1/visits lists visits in the caller\'s jurisdiction', async () => {
    const r = await call(s, 'GET', '/v1/visits?status=any', person('rev-1', 'township_reviewer'));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
    expect((await call(s, 'GET', '/v1/visits?status=bogus', person('rev-1', 'township_reviewer'))).status).toBe(400);
    expect((await call(s, 'POST', '/v1/visits/nope/record', person('rev-1', 'township_reviewer'), { place: '家中', findings: 'x' })).status).toBe(404);
  });

  it('GET /v1/reports/disclosure answers JSON, CSV and a printable page, with no personal data', async () => {
    const from = '2026-01-01';
    const to = '2027-12-31';
    const who = person('aud-1', 'auditor', COUNTY, null);
    const json = await call(s, 'GET', `/v1/reports/disclosure?county=${COUNTY}&from=${from}&to=${to}`, who);
    expect(json.status).toBe(200);
    expect(json.body.criteria.find((c: { key: string }) => c.key === 'living_supplement_min_rate')).toMatchObject({ value: '0.10', ref: '001 §四(一)' });
    expect(json.body.procedure.length).toBeGreaterThan(3);
    expect(json.body.refs).toContain('001 §六(四)');
    const text = JSON.stringify(json.body);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(text).not.toMatch(/person_?key|caseId|张三/i);
    const csv = await call(s, 'GET', `/v1/reports/disclosure?county=${COUNTY}&from=${from}&to=${to}`, who, undefined, { accept: 'text/csv' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(String(csv.body).split('\r\n')[0]).toBe('section,item,month,count,cases,amount_fen,value,ref');
    const html = await call(s, 'GET', `/v1/reports/disclosure?county=${COUNTY}&from=${from}&to=${to}`, who, undefined, { accept: 'text/html' });
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(String(html.body)).toContain('资金使用情况');
    expect((await call(s, 'GET', `/v1/reports/disclosure?county=${COUNTY}&from=${to}&to=${from}`, who)).status).toBe(400);
  });

  it('schedules are created idempotently and listed with their next run', async () => {
    const first = await ensureSchedules(s.client, s.taskQueue);
    const second = await ensureSchedules(s.client, s.taskQueue);
    expect(second.created).toEqual([]);
    expect([...first.created, ...first.existing].sort()).toEqual(second.existing.sort());
    const r = await call(s, 'GET', '/v1/ops/schedules', ops);
    expect(r.status).toBe(200);
    const annual = r.body.items.find((x: { id: string }) => x.id === 'bangfu-duty-annual-reviews');
    expect(annual).toMatchObject({ sweep: 'annual_reviews', paused: false });
    expect(Date.parse(annual.nextRun)).toBeGreaterThan(Date.now());
    expect((await call(s, 'GET', '/v1/ops/schedules', person('rev-1', 'township_reviewer'))).status).toBe(403);
  });

  it('a schedule written under another payload key (another data directory on the same server) does not break the listing', async () => {
    const other = new Client({ connection: s.client.connection, namespace: s.client.options.namespace, dataConverter: dataConverter(Buffer.alloc(32, 9).toString('base64')) });
    const id = `foreign-${randomUUID().slice(0, 8)}`;
    await other.schedule.create({
      scheduleId: id,
      spec: { calendars: [{ hour: 3 }] },
      action: { type: 'startWorkflow', workflowType: 'dutySweepWorkflow', taskQueue: s.taskQueue, args: [{ sweep: 'visits' }] },
      memo: { what: 'sealed under another key' },
      state: { paused: true },
    });
    try {
      // (The SDK's own list decodes every memo with this process's codec and fails on that one.) The
      // server's list is eventually consistent: ask until the schedule shows, every answer a 200.
      let found: unknown;
      for (let i = 0; i < 100 && !found; i++) {
        const r = await call(s, 'GET', '/v1/ops/schedules', ops);
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        found = r.body.items.find((x: { id: string }) => x.id === id);
        if (!found) await new Promise((res) => setTimeout(res, 100));
      }
      expect(found).toMatchObject({ paused: true, sweep: null });
    } finally {
      await other.schedule.getHandle(id).delete();
    }
  });
});
