/**
 * Idempotency-Key on the POSTs that create or pay. The first request with a key reserves it (insert
 * first, so concurrent requests with the same key cannot both run); the others wait for its answer and
 * get the same status and body. The same key with a different body (or route) → 422. Keys are scoped to
 * the caller and kept at least 24 h (purged after 48 h). A 5xx answer releases the key so a retry runs.
 *
 * Issue 16 item 16: the stored key is a hash of (subject, key) — `a:b` + `c` and `a` + `b:c` no longer
 * meet — and it is looked up with the stored actor; the reservation carries a random token, so only the
 * request that holds it completes or releases it (a request whose stale reservation was taken over
 * cannot overwrite the answer of the one that took it). The holder renews its reservation while it
 * runs (every quarter of the stale age), so a slow request is waited for, not run twice: only a holder
 * that died (no renewal) is taken over. Routes with `idempotent: 'required'` (payments) refuse a
 * request without the header: 400 naming `idempotency-key`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson } from '../../store/canonical.js';
import { PENDING, completeKey, findKey, purgeKeys, releaseKey, renewKey, reserveKey, takeOverKey } from '../../store/idempotency.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import { named } from './named.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: { key: string; token: string; renew: NodeJS.Timeout } | null;
  }
}

export const KEEP_HOURS = 48;
/** A reservation not renewed for this long belongs to a request that died: the next one takes it over. */
const STALE_MS = 2 * 60_000;
const WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const idempotencyPlugin = named('bangfu-idempotency', async function idempotencyPlugin(app: FastifyInstance) {
  const db = app.deps.db;
  const staleMs = app.deps.idempotencyStaleMs ?? STALE_MS;
  app.decorateRequest('idempotencyKey', null);

  /** Holds the reservation for this request, renewing it until the answer is stored or released. */
  const hold = (request: FastifyRequest, key: string, token: string) => {
    const renew = setInterval(() => {
      void renewKey(db, key, token).catch((err: unknown) => request.log.warn({ err }, 'idempotency reservation not renewed'));
    }, Math.max(50, Math.floor(staleMs / 4)));
    renew.unref();
    request.idempotencyKey = { key, token, renew };
  };
  const letGo = (request: FastifyRequest) => {
    const held = request.idempotencyKey;
    if (held) clearInterval(held.renew);
    request.idempotencyKey = null;
    return held;
  };
  // A request that ends without a reply being sent (the client went away) stops renewing too.
  app.addHook('onResponse', async (request: FastifyRequest) => {
    const held = letGo(request);
    if (held) await releaseKey(db, held.key, held.token).catch(() => {});
  });

  const purge = async () => {
    await purgeKeys(db, KEEP_HOURS).catch((err: unknown) => app.log.warn({ err }, 'idempotency purge failed'));
  };
  const timer = setInterval(() => void purge(), 3600_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const mode = request.routeOptions.config.idempotent;
    if (!mode) return;
    const raw = request.headers['idempotency-key'];
    if (typeof raw !== 'string' || raw === '') {
      if (mode !== 'required') return;
      const message = 'required on this route: a payment is retried safely only with the same key (issue 16 item 16)';
      throw new Problem(400, 'VALIDATION', 'The request is not valid', `idempotency-key: ${message}`, { errors: [{ path: 'idempotency-key', in: 'headers', message }] });
    }
    const actor = actorOf(request);
    // (subject, key) hashed as a JSON pair: no separator a subject or key could contain.
    const key = createHash('sha256').update(JSON.stringify([actor.sub, raw])).digest('hex');
    const route = `${request.method} ${request.routeOptions.url}`;
    const bodyHash = createHash('sha256').update(canonicalJson({ params: request.params ?? {}, body: request.body ?? null })).digest('hex');
    const token = randomUUID();

    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (await reserveKey(db, { key, actor: actor.sub, route, bodyHash, token })) {
        hold(request, key, token);
        return;
      }
      const row = await findKey(db, key, actor.sub);
      if (!row) continue; // released meanwhile: try again
      if (row.route !== route || row.bodyHash !== bodyHash) {
        throw new Problem(422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key reused with a different request', `the key ${raw} was first used for another request (${row.route}); use a new key for a new request`);
      }
      if (row.statusCode !== PENDING) {
        reply.header('idempotent-replayed', 'true');
        if (row.statusCode >= 400) reply.type(PROBLEM_CONTENT_TYPE);
        return reply.code(row.statusCode).send(row.responseBody);
      }
      if (Date.now() - row.createdAt.getTime() > staleMs) {
        // Not renewed: the holder died. One waiting request takes the reservation over.
        if (await takeOverKey(db, key, row.token, token)) {
          hold(request, key, token);
          return;
        }
        continue;
      }
      if (Date.now() > deadline) {
        throw new Problem(409, 'IDEMPOTENCY_IN_PROGRESS', 'The first request with this key is still running', 'try again in a moment to get its answer', {}, { 'retry-after': '2' });
      }
      await sleep(50 + Math.random() * 50);
    }
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const held = letGo(request);
    if (!held) return payload;
    try {
      if (reply.statusCode >= 500 || typeof payload !== 'string') {
        await releaseKey(db, held.key, held.token);
      } else if (!(await completeKey(db, held.key, held.token, reply.statusCode, JSON.parse(payload)))) {
        request.log.warn('idempotency reservation was taken over by a later request; this answer is not stored');
      }
    } catch (err) {
      request.log.error({ err }, 'could not store the idempotent response');
      await releaseKey(db, held.key, held.token).catch(() => {});
    }
    return payload;
  });
});
