/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies in tests */
/**
 * The two routes the web app added: local sign-in (POST /v1/dev/token — only where no public key is
 * configured and only from this machine) and working days left to due dates (the inbox's 三色预警).
 * Against the real stack (the calendar comes from the database and the bundled data).
 */
import { generateKeyPairSync } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { addCalendarDays, createCalendar, defaultCalendarData, shanghaiDate } from '../../rules/index.js';
import { COUNTY, TOWNSHIP, call, startApiStack, type ApiStack, type Person } from '../api/support.js';

let s: ApiStack;
let withKey: FastifyInstance;
beforeAll(async () => {
  s = await startApiStack();
  const { publicKey } = generateKeyPairSync('ed25519');
  withKey = buildApp({ db: s.db.prisma, temporal: s.client, taskQueue: s.taskQueue, secrets: s.secrets, auth: { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), issuer: 'https://idp.example', audience: 'bangfu-api' } }); // iss/aud required with a key (issue 16 item 14)
  await withKey.ready();
}, 180_000);
afterAll(async () => {
  await withKey?.close();
  await s?.close();
});

const body = { sub: 'reviewer-dev', roles: ['township_reviewer'], county: COUNTY, township: TOWNSHIP };

describe('local sign-in (POST /v1/dev/token)', () => {
  it('in local mode gives a token the API accepts, for the chosen role and jurisdiction', async () => {
    const info = await call(s, 'GET', '/v1/dev/token', null);
    expect(info.status).toBe(200);
    expect(info.body.roles).toContain('station_clerk');
    const r = await call(s, 'POST', '/v1/dev/token', null, body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toMatchObject({ sub: 'reviewer-dev', roles: ['township_reviewer'], county: COUNTY, township: TOWNSHIP });
    const inbox = await call(s, 'GET', '/v1/tasks', r.body.token);
    expect(inbox.status).toBe(200);
    const wrongRole = await call(s, 'GET', '/v1/ops/overdue', r.body.token);
    expect(wrongRole.status).toBe(403);
  });

  it('names the failing field of a bad request', async () => {
    const r = await call(s, 'POST', '/v1/dev/token', null, { ...body, roles: ['mayor'], township: '330303001' });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: any) => e.path)).toContain('roles.0');
    const t = await call(s, 'POST', '/v1/dev/token', null, { ...body, township: '330303001' });
    expect(t.status).toBe(400);
    expect(t.body.errors.map((e: any) => e.path)).toEqual(['township']);
  });

  it('answers 404 whenever a public key is configured, even to a malformed request', async () => {
    for (const [method, payload] of [['GET', undefined], ['POST', body], ['POST', { nonsense: true }]] as const) {
      const r = await withKey.inject({ method, url: '/v1/dev/token', ...(payload ? { payload } : {}) });
      expect(r.statusCode, `${method} ${JSON.stringify(payload)}`).toBe(404);
      expect(r.body).not.toContain('eyJ');
    }
  });

  it('answers 404 to a caller that is not on this machine', async () => {
    const r = await s.app.inject({ method: 'POST', url: '/v1/dev/token', payload: body, remoteAddress: '10.1.2.3' });
    expect(r.statusCode).toBe(404);
    const g = await s.app.inject({ method: 'GET', url: '/v1/dev/token', remoteAddress: '192.168.0.9' });
    expect(g.statusCode).toBe(404);
  });
});

describe('working days left (GET /v1/calendar/working-days-left)', () => {
  const cal = createCalendar(defaultCalendarData());
  const today = shanghaiDate(new Date());

  it('counts working days to each date by the official calendar: 0 today, negative once past', async () => {
    const in5 = cal.addWorkingDays(today, 5).dueDate;
    const past = addCalendarDays(today, -30);
    const r = await call(s, 'GET', `/v1/calendar/working-days-left?dates=${today},${in5},${past}`, { sub: 'x', roles: ['township_reviewer'], county: COUNTY, township: TOWNSHIP });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.today).toBe(today);
    const by = Object.fromEntries(r.body.items.map((i: any) => [i.date, i.workingDaysLeft]));
    expect(by[today]).toBe(0);
    expect(by[in5]).toBe(cal.workingDaysBetween(today, in5));
    expect(by[past]).toBe(-cal.workingDaysBetween(past, today));
    expect(by[past]).toBeLessThan(0);
  });

  it('refuses a bad date naming the field, and callers without a token', async () => {
    const who = { sub: 'x', roles: ['township_reviewer' as const], county: COUNTY, township: TOWNSHIP };
    const r = await call(s, 'GET', '/v1/calendar/working-days-left?dates=2026-02-30', who);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].path).toMatch(/^dates/);
    expect((await call(s, 'GET', `/v1/calendar/working-days-left?dates=${today}`, null)).status).toBe(401);
  });
});

/** call() for PUT and DELETE too. */
async function send(method: 'GET' | 'PUT' | 'DELETE', url: string, who: Person | null, payload?: unknown) {
  const headers = who ? { authorization: `Bearer ${await s.token(who)}` } : {};
  const r = await s.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return { status: r.statusCode, body: r.body ? (JSON.parse(r.body) as any) : null };
}

describe('saved inbox filters (/v1/me/inbox-filters)', () => {
  const me = { sub: 'filter-user', roles: ['township_reviewer' as const], county: COUNTY, township: TOWNSHIP };
  const other = { ...me, sub: 'someone-else' };

  it('saves, replaces, lists and deletes the caller\'s own filters only', async () => {
    const put = await send('PUT', `/v1/me/inbox-filters/${encodeURIComponent('超期')}`, me, { queue: 'all', overdue: true });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.filter).toEqual({ queue: 'all', step: '', overdue: true, sort: 'priority', desc: true });
    const again = await send('PUT', `/v1/me/inbox-filters/${encodeURIComponent('超期')}`, me, { queue: 'mine', step: 'township_verification', sort: 'dueDate', desc: false });
    expect(again.status).toBe(200);
    const mine = await send('GET', '/v1/me/inbox-filters', me);
    expect(mine.body.items.map((f: any) => [f.name, f.filter.queue, f.filter.step])).toEqual([['超期', 'mine', 'township_verification']]);
    expect((await send('GET', '/v1/me/inbox-filters', other)).body.items).toEqual([]);
    expect((await send('DELETE', `/v1/me/inbox-filters/${encodeURIComponent('超期')}`, other)).status).toBe(404);
    expect((await send('DELETE', `/v1/me/inbox-filters/${encodeURIComponent('超期')}`, me)).status).toBe(204);
    expect((await send('GET', '/v1/me/inbox-filters', me)).body.items).toEqual([]);
  });

  it('names the failing field, caps the number per official, and needs a token', async () => {
    const bad = await send('PUT', '/v1/me/inbox-filters/x', me, { queue: 'everything' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('queue');
    for (let i = 0; i < 20; i++) expect((await send('PUT', `/v1/me/inbox-filters/f${i}`, other, { queue: 'all' })).status).toBe(200);
    const full = await send('PUT', '/v1/me/inbox-filters/f20', other, { queue: 'all' });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('TOO_MANY_FILTERS');
    expect((await send('PUT', '/v1/me/inbox-filters/f3', other, { queue: 'done' })).status).toBe(200);
    expect((await send('GET', '/v1/me/inbox-filters', null)).status).toBe(401);
  });
});
