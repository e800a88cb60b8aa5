/**
 * GET /metrics (issue item 9) on the real stack: Bangfu's gauges computed from the database at scrape
 * (open cases by step, overdue steps by county, payments and their amounts), the HTTP latency
 * histogram by route/method/status, and the worker's own Temporal SDK metrics (sdk-core's Prometheus
 * exporter, installed before the worker connects) appended to the same scrape. Every scrape on the API
 * port needs an ops token, loopback included; or the metrics live alone on BANGFU_METRICS_PORT (issue 16 item 17).
 */
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { installWorkerMetrics } from '../../platform/metrics.js';
import { addCalendarDays, shanghaiDate } from '../../rules/index.js';
import { freePort } from '../../platform/ports.js';
import { serveMetricsSeparately } from '../../api/routes/metrics.js';
import { COUNTY, application, call, openStep, person, startApiStack, type ApiStack } from '../api/support.js';

let s: ApiStack;
let app: FastifyInstance;
let workerMetricsUrl: string;
const clerk = person('clerk-m', 'station_clerk');
const ops = person('ops-m', 'ops', COUNTY, null);
let openCase: string;
let paidFen: number;

beforeAll(async () => {
  // Before the worker's first native connection: the SDK runtime with its Prometheus exporter. The
  // test setup (test/support/quiet-runtime.ts) installed a quiet runtime in this process; it holds
  // nothing yet, so it is shut down and replaced (as a worker process would install it at start).
  const current = Runtime.instance() as unknown as { shutdown(): Promise<void> };
  await current.shutdown();
  const installed = await installWorkerMetrics(await freePort(), { logger: new DefaultLogger('WARN') });
  if (!installed.url) throw new Error(`could not install the SDK runtime: ${'reason' in installed ? installed.reason : ''}`);
  workerMetricsUrl = installed.url;
  s = await startApiStack();
  app = buildApp({ db: s.db.prisma, temporal: s.client, taskQueue: s.taskQueue, secrets: s.secrets, auth: {}, workerMetricsUrl });
  await app.ready();

  const a = await call(s, 'POST', '/v1/cases', clerk, application());
  expect(a.status).toBe(201);
  openCase = a.body.id;
  const past = addCalendarDays(shanghaiDate(new Date()), -20);
  await s.db.prisma.task.updateMany({ where: { caseId: openCase }, data: { dueDate: past, dueAt: new Date(`${past}T16:00:00Z`) } });

  const p = await call(s, 'POST', '/v1/cases', clerk, application());
  const v = await call(s, 'POST', `/v1/tasks/${openStep(p.body, 'township_verification')}/complete`, person('rev-m', 'township_reviewer'), { decision: 'approve' });
  const o = await call(s, 'POST', `/v1/tasks/${openStep(v.body, 'township_opinion')}/complete`, person('tap-m', 'township_approver'), { decision: 'approve', reasons: 'ok' });
  const d = await call(s, 'POST', `/v1/tasks/${openStep(o.body, 'county_decision')}/complete`, person('cap-m', 'county_approver', COUNTY, null), { decision: 'approve', reasons: 'ok', publish: false });
  expect(d.body.status).toBe('payable');
  const pay = await call(s, 'POST', `/v1/cases/${p.body.id}/payments`, person('fin-m', 'finance', COUNTY, null), {});
  expect(pay.status, JSON.stringify(pay.body)).toBe(201);
  paidFen = pay.body.payment.amountFen;
}, 240_000);
afterAll(async () => {
  await app?.close();
  await s?.close();
});

/** A scrape; with no options, as Prometheus does it: with an ops token. */
async function scrape(given?: { remoteAddress?: string; token?: string }) {
  const opts = given ?? { token: await s.token(ops) };
  return app.inject({ method: 'GET', url: '/metrics', ...(opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {}), headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {} });
}

/** The value of a sample line `name{labels} value` (labels in any order). */
function sample(text: string, name: string, labels: Record<string, string>): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{') && line !== name && !line.startsWith(name + ' ')) continue;
    const m = /^([^{\s]+)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return null;
}

describe('GET /metrics', () => {
  it('serves Bangfu\'s gauges from the database, the HTTP histogram and the worker\'s SDK metrics', async () => {
    const token = await s.token(clerk);
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url: `/v1/cases/${openCase}`, headers: { authorization: `Bearer ${token}` } });
    await app.inject({ method: 'GET', url: '/v1/cases/BF000000000000NOSUCH', headers: { authorization: `Bearer ${token}` } });

    const r = await scrape();
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(String(r.headers['content-type'])).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = r.body;
    expect(text).toContain('# TYPE bangfu_open_cases gauge');
    expect(sample(text, 'bangfu_open_cases', { step: 'township_verification' })).toBe(1);
    expect(sample(text, 'bangfu_open_cases', { step: 'paid' })).toBe(1); // the monthly supplement keeps running
    expect(sample(text, 'bangfu_overdue_steps', { county: COUNTY })).toBe(1);
    expect(sample(text, 'bangfu_payments_total', { item: 'living_supplement', kind: 'regular' })).toBe(1);
    expect(sample(text, 'bangfu_payments_amount_fen_total', { item: 'living_supplement', kind: 'regular' })).toBe(paidFen);
    expect(text).toContain('# TYPE bangfu_http_request_duration_seconds histogram');
    expect(sample(text, 'bangfu_http_request_duration_seconds_count', { route: '/v1/cases/:id', method: 'GET', status: '200' })).toBe(3);
    expect(sample(text, 'bangfu_http_request_duration_seconds_count', { route: '/v1/cases/:id', method: 'GET', status: '404' })).toBe(1);
    expect(sample(text, 'bangfu_http_request_duration_seconds_bucket', { route: '/v1/cases/:id', method: 'GET', status: '200', le: '+Inf' })).toBe(3);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    // The worker's own metrics from sdk-core (e.g. temporal_worker_start, temporal_num_pollers, …).
    expect(text).toMatch(/^temporal_\w+/m);
    const sdk = [...new Set([...text.matchAll(/^(temporal_\w+?)(?:_bucket|_sum|_count)?[{ ]/gm)].map((m) => m[1]))];
    console.log(`[metrics] ${sdk.length} SDK metric families appended, e.g. ${sdk.slice(0, 6).join(', ')}`);
    expect(text).not.toContain('worker metrics unavailable');
    const names = new Set([...text.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]));
    expect(names.size).toBe([...text.matchAll(/^# TYPE (\S+)/gm)].length); // no metric twice
  });

  it('the overdue and open gauges follow the database at each scrape', async () => {
    await s.db.prisma.task.updateMany({ where: { caseId: openCase }, data: { dueAt: new Date(Date.now() + 86_400_000) } });
    const text = (await scrape()).body;
    expect(sample(text, 'bangfu_overdue_steps', { county: COUNTY })).toBeNull();
  });

  // issue 16 item 17: behind a same-host proxy every caller is loopback, so loopback proves nothing.
  it('every scrape on the API port needs an ops token, loopback included', async () => {
    for (const remoteAddress of ['10.1.2.3', '127.0.0.1', '::1']) {
      expect((await scrape({ remoteAddress })).statusCode, remoteAddress).toBe(401);
      expect((await scrape({ remoteAddress, token: await s.token(clerk) })).statusCode, remoteAddress).toBe(403);
      expect((await scrape({ remoteAddress, token: await s.token(ops) })).statusCode, remoteAddress).toBe(200);
    }
  });

  it('with BANGFU_METRICS_PORT the metrics are only on that port, without a token, and not on the API', async () => {
    const sep = buildApp({ db: s.db.prisma, temporal: s.client, taskQueue: s.taskQueue, secrets: s.secrets, auth: {}, metricsPort: 1 });
    try {
      await sep.ready();
      expect((await sep.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${await s.token(ops)}` } })).statusCode).toBe(404);
      const port = await freePort();
      const m = await serveMetricsSeparately(sep, port, '127.0.0.1');
      try {
        const r = await fetch(m.url);
        expect(r.status).toBe(200);
        expect(await r.text()).toContain('bangfu_open_cases');
        expect((await fetch(`http://127.0.0.1:${port}/v1/cases`)).status).toBe(404);
      } finally {
        await m.close();
      }
    } finally {
      await sep.close();
    }
  });

  it('without a worker endpoint the scrape says so instead of failing', async () => {
    const lone = buildApp({ db: s.db.prisma, temporal: s.client, taskQueue: s.taskQueue, secrets: s.secrets, auth: {}, workerMetricsUrl: 'http://127.0.0.1:1/metrics' });
    try {
      const r = await lone.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${await s.token(ops)}` } });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('# worker metrics unavailable');
      expect(r.body).toContain('bangfu_open_cases');
    } finally {
      await lone.close();
    }
  });
});
