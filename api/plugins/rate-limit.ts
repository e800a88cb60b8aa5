/**
 * Per-subject rate limits (issue 16 item 9) with @fastify/rate-limit on the /v1 routes: after
 * authentication (preHandler), keyed by the token's subject, so one official — or one stolen token —
 * cannot flood the API, and officials behind one proxy address do not share a budget. Over the limit →
 * 429 problem+json with Retry-After; the first hit of each subject in a window goes to the security
 * log. The limit comes from BANGFU_RATE_LIMIT (requests per minute; the start script passes it); an
 * app built without it (tests) has none.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordSecurityEvent } from '../../store/security.js';
import { Problem } from '../errors.js';

export interface RateLimitConfig {
  /** Requests per subject per window. */
  max: number;
  /** Window length (default 60 s). */
  timeWindowMs?: number;
}

const keyOf = (req: FastifyRequest) => (req.actor ? `sub:${req.actor.sub}` : `ip:${req.ip}`);

export async function registerRateLimit(scope: FastifyInstance, cfg: RateLimitConfig | undefined): Promise<void> {
  if (!cfg) return;
  const windowMs = cfg.timeWindowMs ?? 60_000;
  const logged = new Map<string, number>();
  await scope.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: cfg.max,
    timeWindow: windowMs,
    keyGenerator: keyOf,
    onExceeded: (req, key) => {
      const now = Date.now();
      if ((logged.get(key) ?? 0) > now - windowMs) return;
      logged.set(key, now);
      if (logged.size > 10_000) for (const [k, t] of logged) if (t <= now - windowMs) logged.delete(k);
      const a = req.actor;
      void recordSecurityEvent(scope.deps.db, {
        kind: 'rate_limited',
        actor: a ? { sub: a.sub, roles: a.roles, county: a.county, township: a.township } : null,
        action: `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}`,
        code: 'RATE_LIMITED',
        reason: `more than ${cfg.max} requests in ${windowMs / 1000} s`,
        ip: req.ip,
      }).catch((err: unknown) => req.log.warn({ err }, 'could not record a rate-limit hit'));
    },
    errorResponseBuilder: (_req, ctx) =>
      new Problem(429, 'RATE_LIMITED', 'Too many requests', `at most ${ctx.max} requests per ${windowMs / 1000} s for one caller; retry after ${ctx.after}`, {}, { 'retry-after': String(Math.ceil(ctx.ttl / 1000)) }),
  });
}
