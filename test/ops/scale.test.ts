/**
 * The overdue list at 100k open tasks (issue item 6): 100,000 synthetic cases with one open task each,
 * inserted with generate_series, half of them past their deadline, over 10 counties. Checks that the
 * ops queries (store/ops.ts, on the partial indexes over open tasks) and the API return exactly the
 * right rows in the right order; the timings and the query plan are printed, never asserted.
 */
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { countyCounts, overdueSteps } from '../../store/ops.js';
import { connectClient, createTestDatabase, TEST_ACTOR_KEY, TEST_PAYLOAD_KEY, TEST_PERSON_KEY, type TestDatabase } from '../support/stack.js';
import { mintToken } from '../../api/tokens.js';

const N = 100_000;
const COUNTIES = Array.from({ length: 10 }, (_, k) => `3303${String(k + 1).padStart(2, '0')}`);
/** Row i: county COUNTIES[i % 10]; overdue when i % 60 < 30 (due 1..30 days ago), else due in 0..29 days. */
const countyOf = (i: number) => COUNTIES[i % 10]!;
const isOverdue = (i: number) => i % 60 < 30;

let db: TestDatabase;
let client: Client;
let app: FastifyInstance;
const secret = 'scale-test-secret-'.padEnd(40, 'x');

beforeAll(async () => {
  db = await createTestDatabase();
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const t0 = Date.now();
  await owner.query(`
    insert into cases (id, workflow_id, status, matter, county, township, person_key, applicant_name_masked, id_number_masked,
                       applicant, category, hardship_situation, filed_by, priority, received_at)
    select 'BFS' || lpad(i::text, 7, '0'), 'case-BFS' || lpad(i::text, 7, '0'),
           case when i % 2 = 0 then 'county_review' else 'township_review' end, 'living_supplement',
           '3303' || lpad((i % 10 + 1)::text, 2, '0'), '3303' || lpad((i % 10 + 1)::text, 2, '0') || lpad((i % 5 + 1)::text, 3, '0'),
           md5(i::text), '张*', '330302********1234', '{"sealed":"x","keyId":"x"}'::jsonb, 'veteran', 2, '{"capacity":"self"}'::jsonb,
           i % 100, now() - interval '40 days'
    from generate_series(1, ${N}) as i`);
  await owner.query(`
    insert into tasks (id, case_id, type, status, role, county, township, priority, received_on, due_date, due_at, provisional, overdue, created_at)
    select c.id || '-t', c.id, t.type, 'open', t.role, c.county, c.township, c.priority,
           to_char((d.due_at at time zone 'Asia/Shanghai') - interval '7 days', 'YYYY-MM-DD'),
           to_char(d.due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), d.due_at, false, false, now() - interval '40 days'
    from generate_series(1, ${N}) as i
    join cases c on c.id = 'BFS' || lpad(i::text, 7, '0')
    cross join lateral (select now() + ((i % 60) - 30) * interval '1 day' + interval '1 hour' as due_at) d
    cross join lateral (select case when i % 2 = 0 then 'county_decision' else 'township_verification' end as type,
                               case when i % 2 = 0 then 'county_approver' else 'township_reviewer' end as role) t`);
  // Some history too: completed tasks the partial indexes leave out.
  await owner.query(`
    insert into tasks (id, case_id, type, status, role, county, township, received_on, due_date, due_at, completed_at, decision)
    select c.id || '-done', c.id, 'township_verification', 'completed', 'township_reviewer', c.county, c.township, '2026-01-01', '2026-01-08',
           now() - interval '300 days', now() - interval '299 days', 'approve'
    from cases c`);
  await owner.query('analyze cases; analyze tasks');
  await owner.end();
  console.log(`[ops 100k] inserted ${N} cases, ${N} open tasks and ${N} completed tasks in ${Date.now() - t0} ms`);
  client = await connectClient();
  app = buildApp({ db: db.prisma, temporal: client, taskQueue: 'unused', secrets: { jwtSecret: secret, payloadKey: TEST_PAYLOAD_KEY, oldPayloadKeys: [], personKey: TEST_PERSON_KEY, actorKey: TEST_ACTOR_KEY }, auth: {} });
  await app.ready();
}, 300_000);
afterAll(async () => {
  await app?.close();
  await client?.connection.close();
  await db?.drop();
});

async function timed<T>(fn: () => Promise<T>, runs = 5): Promise<{ result: T; medianMs: number }> {
  const times: number[] = [];
  let result!: T;
  for (let k = 0; k < runs; k++) {
    const t = process.hrtime.bigint();
    result = await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { result, medianMs: times[Math.floor(runs / 2)]! };
}

describe('overdue at 100k open tasks', () => {
  it('returns exactly the overdue open steps, oldest first (store/ops.ts and GET /v1/ops/overdue)', async () => {
    const now = new Date();
    const expectedAll = Array.from({ length: N }, (_, k) => k + 1).filter(isOverdue).length;
    const expectedCounty = Array.from({ length: N }, (_, k) => k + 1).filter((i) => isOverdue(i) && countyOf(i) === '330301').length;

    const first = await timed(() => overdueSteps(db.prisma, { limit: 500 }, now));
    expect(first.result).toHaveLength(500);
    const dues = first.result.map((r) => new Date(r.dueAt!).getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(dues.every((d) => d <= now.getTime())).toBe(true);
    const county = await timed(() => overdueSteps(db.prisma, { county: '330305', limit: 500 }, now));
    expect(county.result.every((r) => r.county === '330305')).toBe(true);
    const narrow = await timed(() => overdueSteps(db.prisma, { county: '330305', township: '330305001', step: 'county_decision', limit: 500 }, now));
    expect(narrow.result.every((r) => r.township === '330305001' && r.step === 'county_decision')).toBe(true);

    // Every overdue row, paged through the API for one county: exactly the expected set.
    const token = await mintToken(secret, { sub: 'ops-scale', roles: ['ops'], county: '330302' });
    const seen: string[] = [];
    const tApi = Date.now();
    for (let offset = 0; ; offset += 5000) {
      const r = await app.inject({ method: 'GET', url: `/v1/ops/overdue?county=330301&limit=5000&offset=${offset}`, headers: { authorization: `Bearer ${token}` } });
      expect(r.statusCode).toBe(200);
      const items = JSON.parse(r.body).items as { caseId: string; overdue: boolean; county: string; workingDaysOverdue: number }[];
      expect(items.every((x) => x.overdue && x.county === '330301')).toBe(true);
      seen.push(...items.map((x) => x.caseId));
      if (items.length < 5000) break;
    }
    const apiMs = Date.now() - tApi;
    expect(seen).toHaveLength(expectedCounty);
    expect(new Set(seen).size).toBe(expectedCounty);
    expect(seen.every((id) => isOverdue(Number(id.slice(3))))).toBe(true);

    const counts = await countyCounts(db.prisma, now);
    expect(counts.reduce((n, c) => n + c.overdueSteps, 0)).toBe(expectedAll);
    expect(counts.reduce((n, c) => n + c.openSteps, 0)).toBe(N);

    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const plan = await c.query(
      `explain (analyze, buffers, format text) select id, case_id, type, county, township, due_at from tasks
       where status = 'open' and due_at <= $1 order by due_at asc, id limit 500`,
      [now],
    );
    await c.end();
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    console.log(
      `[ops 100k] overdue (${expectedAll} of ${N} open steps overdue): first page of 500 median ${first.medianMs.toFixed(1)} ms; ` +
        `county filter ${county.medianMs.toFixed(1)} ms; county+township+step ${narrow.medianMs.toFixed(1)} ms; ` +
        `all ${expectedCounty} overdue of one county through GET /v1/ops/overdue (pages of 5000, with working-day ages) ${apiMs} ms\n${text}`,
    );
  }, 300_000);

  it('stats and the metrics scrape stay exact at this size', async () => {
    const token = await mintToken(secret, { sub: 'ops-scale', roles: ['ops'], county: '330302' });
    const t0 = Date.now();
    const stats = JSON.parse((await app.inject({ method: 'GET', url: '/v1/ops/stats', headers: { authorization: `Bearer ${token}` } })).body);
    const statsMs = Date.now() - t0;
    expect(stats.byCounty).toHaveLength(10);
    expect(stats.byCounty.reduce((n: number, c: { openCases: number }) => n + c.openCases, 0)).toBe(N);
    const t1 = Date.now();
    const m = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } }); // an ops token, always (issue 16 item 17)
    const scrapeMs = Date.now() - t1;
    expect(m.statusCode).toBe(200);
    const overdue = [...m.body.matchAll(/^bangfu_overdue_steps\{county="(\d+)"\} (\d+)$/gm)].reduce((n, x) => n + Number(x[2]), 0);
    expect(overdue).toBe(Array.from({ length: N }, (_, k) => k + 1).filter(isOverdue).length);
    console.log(`[ops 100k] GET /v1/ops/stats ${statsMs} ms; GET /metrics ${scrapeMs} ms`);
  }, 120_000);
});
