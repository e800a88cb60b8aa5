/**
 * Idempotency-Key on the POSTs that create or pay. The first request with a key reserves it (insert
 * first, so concurrent requests with the same key cannot both run); the others wait for its answer and
 * get the same status and body. The same key with a different body (or route) → 422. Keys are scoped to
 * the caller and kept at least 24 h (purged after 48 h). A 5xx answer releases the key so a retry runs.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson } from '../../store/canonical.js';
import { PENDING, completeKey, findKey, purgeKeys, releaseKey, reserveKey } from '../../store/idempotency.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import { named } from './named.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

export const KEEP_HOURS = 48;
/** A reservation older than this belongs to a request that died: the next one takes it over. */
const STALE_MS = 2 * 60_000;
const WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const idempotencyPlugin = named('bangfu-idempotency', async function idempotencyPlugin(app: FastifyInstance) {
  const db = app.deps.db;
  app.decorateRequest('idempotencyKey', null);

  const purge = async () => {
    await purgeKeys(db, KEEP_HOURS).catch((err: unknown) => app.log.warn({ err }, 'idempotency purge failed'));
  };
  const timer = setInterval(() => void purge(), 3600_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.routeOptions.config.idempotent) return;
    const raw = request.headers['idempotency-key'];
    if (typeof raw !== 'string' || raw === '') return;
    const actor = actorOf(request);
    const key = `${actor.sub}:${raw}`;
    const route = `${request.method} ${request.routeOptions.url}`;
    const bodyHash = createHash('sha256').update(canonicalJson({ params: request.params ?? {}, body: request.body ?? null })).digest('hex');

    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (await reserveKey(db, { key, actor: actor.sub, route, bodyHash })) {
        request.idempotencyKey = key;
        return;
      }
      const row = await findKey(db, key);
      if (!row) continue; // released meanwhile: try again
      if (row.route !== route || row.bodyHash !== bodyHash) {
        throw new Problem(422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key reused with a different request', `the key ${raw} was first used for another request (${row.route}); use a new key for a new request`);
      }
      if (row.statusCode !== PENDING) {
        reply.header('idempotent-replayed', 'true');
        if (row.statusCode >= 400) reply.type(PROBLEM_CONTENT_TYPE);
        return reply.code(row.statusCode).send(row.responseBody);
      }
      if (Date.now() - row.createdAt.getTime() > STALE_MS) {
        await releaseKey(db, key, row.createdAt);
        continue;
      }
      if (Date.now() > deadline) {
        throw new Problem(409, 'IDEMPOTENCY_IN_PROGRESS', 'The first request with this key is still running', 'try again in a moment to get its answer', {}, { 'retry-after': '2' });
      }
      await sleep(50 + Math.random() * 50);
    }
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const key = request.idempotencyKey;
    if (!key) return payload;
    request.idempotencyKey = null;
    try {
      if (reply.statusCode >= 500 || typeof payload !== 'string') {
        await releaseKey(db, key);
      } else {
        await completeKey(db, key, reply.statusCode, JSON.parse(payload));
      }
    } catch (err) {
      request.log.error({ err }, 'could not store the idempotent response');
      await releaseKey(db, key).catch(() => {});
    }
    return payload;
  });
});
