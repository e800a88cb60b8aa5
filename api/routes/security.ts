/**
 * GET /v1/security/events (issue 16 item 9): the security log for auditors — refusals of callers who
 * named a case they may not see or that does not exist, and rate-limit hits — newest first, in pages.
 * An auditor sees the events of callers from their county and those naming a case of their county
 * (case ids carry the county: BF<county>…). None of it is in a case's audit chain.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { securityEventsOfCounty } from '../../store/security.js';
import { actorOf } from '../context.js';
import { problems } from '../schemas.js';

const Query = z.object({
  kind: z.enum(['refused_outside_jurisdiction', 'refused_unknown_target', 'rate_limited']).optional(),
  before: z.coerce.number().int().min(1).optional().describe('the id of the last event of the previous page'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const Event = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.string(),
  actor: z.unknown(),
  action: z.string(),
  target: z.string().nullable(),
  code: z.string(),
  reason: z.string(),
});

const security: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/security/events',
    {
      config: { roles: ['auditor'], action: 'read_security_log' },
      schema: {
        summary: 'Security log: probes of other jurisdictions, unknown case ids, rate-limit hits (newest first, paged)',
        tags: ['audit'],
        querystring: Query,
        response: { 200: z.object({ items: z.array(Event), nextBefore: z.number().int().optional() }), ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (!actor.county) return { items: [] };
      const items = await securityEventsOfCounty(app.deps.db, actor.county, { kind: req.query.kind, before: req.query.before, limit: req.query.limit });
      return { items, ...(items.length === req.query.limit ? { nextBefore: items.at(-1)!.id } : {}) };
    },
  );
};

export default security;
