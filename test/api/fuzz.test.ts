/**
 * Property tests of every route from its schema (fast-check) against the real stack: arbitrary params,
 * queries, bodies and headers, and valid requests with one field replaced by anything — no input yields
 * a 5xx, every error is problem+json, and a 400 names at least one field.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../workflows/definitions.js';
import { COUNTY, TOWNSHIP, application, call, openStep, person, startApiStack, type ApiStack } from './support.js';

let s: ApiStack;
let token: string;
let caseId: string;
let taskId: string;

beforeAll(async () => {
  s = await startApiStack();
  token = await s.token({ sub: 'fuzzer', roles: [...ROLES], county: COUNTY, township: TOWNSHIP });
  const v = await call(s, 'POST', '/v1/cases', person('clerk-f', 'station_clerk'), application());
  expect(v.status).toBe(201);
  caseId = v.body.id;
  taskId = openStep(v.body, 'township_verification');
}, 180_000);
afterAll(async () => s?.close());

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

interface Route {
  method: 'GET' | 'POST';
  path: (id: string) => string;
  valid?: () => Record<string, unknown>;
}

const ROUTES: Route[] = [
  { method: 'POST', path: () => '/v1/cases', valid: () => application() },
  { method: 'GET', path: (id) => `/v1/cases/${id}` },
  { method: 'GET', path: (id) => `/v1/cases/${id}/history` },
  { method: 'GET', path: (id) => `/v1/cases/${id}/history/verify` },
  { method: 'GET', path: (id) => `/v1/cases/${id}/export` },
  { method: 'POST', path: (id) => `/v1/cases/${id}/appeal`, valid: () => ({ reasons: 'r' }) },
  { method: 'POST', path: (id) => `/v1/cases/${id}/objections`, valid: () => ({ text: 't' }) },
  { method: 'POST', path: (id) => `/v1/cases/${id}/recheck`, valid: () => ({ reasons: 'r' }) },
  { method: 'POST', path: (id) => `/v1/cases/${id}/payments`, valid: () => ({ period: '2026-01' }) },
  { method: 'POST', path: (id) => `/v1/cases/${id}/stop`, valid: () => ({ reasons: 'r' }) },
  { method: 'GET', path: () => '/v1/tasks' },
  { method: 'POST', path: (id) => `/v1/tasks/${id}/claim` },
  { method: 'POST', path: (id) => `/v1/tasks/${id}/unclaim` },
  { method: 'POST', path: (id) => `/v1/tasks/${id}/complete`, valid: () => ({ decision: 'reject', reasons: 'fuzz' }) },
  { method: 'GET', path: (id) => `/v1/calculations/${id}` },
  { method: 'GET', path: () => '/v1/ops/overdue' },
  { method: 'GET', path: () => '/v1/ops/due-soon' },
  { method: 'GET', path: () => '/v1/ops/counts' },
  { method: 'GET', path: () => '/v1/ops/calendar' },
  { method: 'GET', path: () => '/v1/ops/stats' },
  { method: 'GET', path: () => '/metrics' },
  { method: 'GET', path: () => '/healthz' },
  { method: 'GET', path: () => '/readyz' },
];

async function send(method: 'GET' | 'POST', url: string, payload: unknown, headers: Record<string, string>) {
  const r = await s.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(payload !== undefined && method === 'POST' ? { payload: JSON.stringify(payload) } : {}) });
  return r;
}

function checkAnswer(r: { statusCode: number; headers: Record<string, unknown>; body: string }, label: string) {
  expect(r.statusCode, `${label} → ${r.statusCode} ${r.body.slice(0, 300)}`).toBeLessThan(500);
  if (r.statusCode >= 400) {
    expect(String(r.headers['content-type'])).toMatch(/^application\/problem\+json/);
    const p = JSON.parse(r.body);
    expect(p).toEqual(expect.objectContaining({ status: r.statusCode, title: expect.any(String), type: expect.any(String) }));
    if (r.statusCode === 400 && p.code === 'VALIDATION') expect(p.errors.length).toBeGreaterThan(0);
  }
}

const idArb = fc.oneof(
  fc.constantFrom('CASE', 'TASK', 'living-supplement', 'medical-aid', 'nope', '%00', '..', 'a%2Fb'),
  fc.string({ maxLength: 40 }).map((x) => encodeURIComponent(x)),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,130}$/),
);
const queryArb = fc.dictionary(fc.constantFrom('type', 'overdue', 'status', 'claimedBy', 'dueDate', 'limit', 'offset', 'provisional', 'dibaoStandardFen', 'region', 'onDate', 'x', 'county', 'township', 'step', 'withinWorkingDays', 'days', 'asOf'), fc.string({ maxLength: 30 }), { maxKeys: 5 });
const headerArb = fc.oneof(fc.constant({}), fc.record({ 'idempotency-key': fc.string({ minLength: 0, maxLength: 250 }).filter((x) => /^[\x20-\x7e]*$/.test(x)) }));

describe('no input yields a 5xx', () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path(':id')}: arbitrary params, query, body and headers`, async () => {
      await fc.assert(
        fc.asyncProperty(idArb, queryArb, fc.jsonValue({ maxDepth: 3 }), headerArb, async (rawId, query, body, headers) => {
          const id = rawId === 'CASE' ? caseId : rawId === 'TASK' ? taskId : rawId;
          const qs = new URLSearchParams(query).toString();
          const url = route.path(id) + (qs ? `?${qs}` : '');
          checkAnswer(await send(route.method, url, body, headers as Record<string, string>), `${route.method} ${url} ${JSON.stringify(body).slice(0, 100)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  for (const route of ROUTES.filter((r) => r.valid)) {
    it(`${route.method} ${route.path(':id')}: a valid body with one field replaced by anything`, async () => {
      const paths = (o: unknown, prefix: string[] = []): string[][] =>
        o && typeof o === 'object' && !Array.isArray(o) ? Object.entries(o).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]) : [];
      const all = paths(route.valid!());
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...all), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), async (path, value) => {
          const body = route.valid!();
          let cur = body as Record<string, unknown>;
          for (const k of path.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
          if (value === undefined) delete cur[path.at(-1)!];
          else cur[path.at(-1)!] = value;
          const url = route.path(route.path('x').startsWith('/v1/tasks') ? taskId : caseId);
          checkAnswer(await send(route.method, url, body, {}), `${route.method} ${url} ${path.join('.')}=${JSON.stringify(value)?.slice(0, 80)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('arbitrary Authorization headers → 401, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }).filter((x) => /^[\x20-\x7e]*$/.test(x)), async (h) => {
        const r = await s.app.inject({ method: 'GET', url: '/v1/tasks', headers: { authorization: h } });
        expect([401]).toContain(r.statusCode);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('non-JSON bodies and odd content types → 4xx', async () => {
    for (const [ct, payload] of [
      ['application/json', '{'],
      ['application/json', '{"__proto__":{"x":1}}'],
      ['text/plain', 'hello'],
      ['application/x-www-form-urlencoded', 'a=1'],
      ['application/json', JSON.stringify('x'.repeat(300_000))],
    ] as const) {
      const r = await s.app.inject({ method: 'POST', url: '/v1/cases', headers: { authorization: `Bearer ${token}`, 'content-type': ct }, payload });
      checkAnswer(r, `${ct} ${payload.slice(0, 30)}`);
      expect(r.statusCode).toBeGreaterThanOrEqual(400);
    }
  });
});
