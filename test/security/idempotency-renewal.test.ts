/**
 * Issue 16 item 16, the rest: "a request queued > 2 min is taken over and re-run". The holder of an
 * Idempotency-Key reservation renews it while it runs, so a slow request is waited for and its answer
 * replayed — it is not run a second time. Only a holder that stopped renewing (it died) is taken over.
 * The stale age is shortened here (600 ms instead of 2 min) so the test sees both cases in seconds.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { reserveKey } from '../../store/idempotency.js';
import { person, startApiStack, type ApiStack } from '../api/support.js';

const STALE_MS = 600;
let s: ApiStack;
let app: ReturnType<typeof buildApp>;
let runs = 0;
const clerk = person('clerk-renew', 'station_clerk');

beforeAll(async () => {
  s = await startApiStack();
  app = buildApp({ db: s.db.prisma, temporal: s.client, taskQueue: s.taskQueue, secrets: s.secrets, auth: {}, idempotencyStaleMs: STALE_MS });
  // A route as slow as a request stuck behind a busy case: well over the stale age.
  app.register(async (scope) => {
    scope.post('/v1/_slow', { onRequest: scope.authenticate, config: { idempotent: true } }, async () => {
      runs++;
      await new Promise((r) => setTimeout(r, STALE_MS * 2.5));
      return { run: runs };
    });
  });
  await app.ready();
}, 240_000);
afterAll(async () => {
  await app?.close();
  await s?.close();
});

const post = async (key: string) =>
  app.inject({ method: 'POST', url: '/v1/_slow', headers: { authorization: `Bearer ${await s.token(clerk)}`, 'idempotency-key': key, 'content-type': 'application/json' }, payload: { x: 1 } });

describe('item 16: a slow request keeps its Idempotency-Key reservation', () => {
  it('a duplicate arriving after the stale age waits for the first and gets its answer; the route ran once', async () => {
    runs = 0;
    const key = `renew-${randomBytes(4).toString('hex')}`;
    const first = post(key);
    await new Promise((r) => setTimeout(r, STALE_MS * 1.5)); // the first still runs, its reservation older than the stale age
    const second = await post(key);
    const one = await first;
    expect(one.statusCode, one.body).toBe(200);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toEqual(one.json());
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(runs).toBe(1);
  });

  it('a reservation nobody renews (its holder died) is taken over: the duplicate runs', async () => {
    runs = 0;
    const key = `dead-${randomBytes(4).toString('hex')}`;
    const { createHash } = await import('node:crypto');
    const stored = createHash('sha256').update(JSON.stringify([clerk.sub, key])).digest('hex');
    const { canonicalJson } = await import('../../store/canonical.js');
    const bodyHash = createHash('sha256').update(canonicalJson({ params: {}, body: { x: 1 } })).digest('hex');
    // A holder that reserved and died: no renewal follows.
    expect(await reserveKey(s.db.prisma, { key: stored, actor: clerk.sub, route: 'POST /v1/_slow', bodyHash, token: 'dead-holder' })).toBe(true);
    await new Promise((r) => setTimeout(r, STALE_MS * 1.5));
    const r = await post(key);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['idempotent-replayed']).toBeUndefined();
    expect(runs).toBe(1);
  });
});
