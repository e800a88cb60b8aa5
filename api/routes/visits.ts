/**
 * The visit ledger (issue 13; 000 §5 日常走访 and frequent home visits with a record; 003 §五, §八; 000 §9,
 * §10): `GET /v1/visits` lists visits due and done in the caller's jurisdiction (as the task inbox
 * does: township roles their township, county roles their county, ops every county), and
 * `POST /v1/visits/{id}/record` records one — who (the caller), when, where, findings, cash or goods
 * given, follow-up — by completing its visit task in the duty workflow that owns it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listVisits, visitWithTask } from '../../store/visits.js';
import { dutyCompleteUpdate } from '../../workflows/duties/messages.js';
import { holdsRoleAt, levelOfRole } from '../../rules/authority.js';
import { actorOf } from '../context.js';
import { fromTemporal, notFound } from '../errors.js';
import { problems } from '../schemas.js';

const boolString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const VisitItem = z.object({
  id: z.string().describe('the visit task id'),
  caseId: z.string(),
  county: z.string(),
  township: z.string(),
  reason: z.string().describe('routine, special (elderly, ill, disabled, widowed, childless), emergency, autumn_term'),
  dueDate: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  status: z.enum(['due', 'done']),
  claimedBy: z.string().nullable(),
  visitedBy: z.string().nullable(),
  visitedAt: z.string().nullable(),
  place: z.string().nullable(),
  findings: z.string().nullable(),
  cashFen: z.number().int().nullable(),
  goods: z.string().nullable(),
  followUp: z.string().nullable(),
});

const RecordBody = z.object({
  place: z.string().trim().min(1).max(200).describe('where the visit took place (home, hospital, …)'),
  findings: z.string().trim().min(1).max(4000),
  visitedAt: z.iso.datetime({ offset: true }).optional().describe('when (default: now)'),
  cashFen: z.number().int().min(0).max(100_000_000).optional().describe('cash given, in fen'),
  goods: z.string().trim().max(1000).optional().describe('goods given'),
  followUp: z.string().trim().max(2000).optional().describe('what happens next (e.g. an application to file)'),
});

const visits: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    '/visits',
    {
      config: { action: 'read_visits' },
      schema: {
        summary: 'Visits due and done in your jurisdiction',
        tags: ['duties'],
        querystring: z.object({
          status: z.enum(['due', 'done', 'any']).optional().default('any'),
          reason: z.enum(['routine', 'special', 'emergency', 'autumn_term']).optional(),
          overdue: boolString.optional(),
          limit: z.coerce.number().int().min(1).max(500).optional().default(100),
          offset: z.coerce.number().int().min(0).max(1_000_000).optional().default(0),
        }),
        response: { 200: z.object({ items: z.array(VisitItem), total: z.number().int() }), ...problems(400, 401) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      const scopes: { county: string; township?: string }[] = [];
      for (const role of actor.roles) {
        if (!actor.county || role === 'ops') continue;
        if (levelOfRole(role) === 'township') {
          if (actor.township) scopes.push({ county: actor.county, township: actor.township });
        } else scopes.push({ county: actor.county });
      }
      // Ops supervise every county (as in GET /v1/ops/*).
      const all = actor.roles.includes('ops');
      const r = await listVisits(deps.db, {
        scopes: all ? [] : scopes,
        status: q.status === 'any' ? undefined : q.status,
        reason: q.reason,
        overdue: q.overdue,
        limit: q.limit,
        offset: q.offset,
        now: new Date(),
        everywhere: all,
      });
      return {
        total: r.total,
        items: r.items.map((v) => ({ ...v, status: v.status as 'due' | 'done', dueAt: v.dueAt?.toISOString() ?? null, visitedAt: v.visitedAt?.toISOString() ?? null })),
      };
    },
  );

  app.post(
    '/visits/:id/record',
    {
      config: { roles: ['township_reviewer'], action: 'record_visit' },
      schema: {
        summary: 'Record a visit: where, findings, cash or goods given, follow-up (000 §5)',
        tags: ['duties'],
        params: z.object({ id: z.string().min(1).max(200) }),
        body: RecordBody,
        response: { 200: VisitItem, ...problems(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const found = await visitWithTask(deps.db, req.params.id);
      if (!found || !found.task.workflowId || !holdsRoleAt(actor, 'township_reviewer', found.visit)) throw notFound();
      const b = req.body;
      try {
        await deps.temporal.workflow.getHandle(found.task.workflowId).executeUpdate(dutyCompleteUpdate, {
          args: [{ taskId: found.task.id, actor: { sub: actor.sub, roles: actor.roles, county: actor.county, township: actor.township }, decision: 'approve', reasons: b.findings, record: b }],
        });
      } catch (e) {
        throw fromTemporal(e, 'TASK_COMPLETED') ?? e;
      }
      const after = await listVisits(deps.db, { scopes: [{ county: found.visit.county, township: found.visit.township }], limit: 1, offset: 0, now: new Date(), id: found.visit.id });
      const v = after.items[0]!;
      return { ...v, status: v.status as 'due' | 'done', dueAt: v.dueAt?.toISOString() ?? null, visitedAt: v.visitedAt?.toISOString() ?? null };
    },
  );
};

export default visits;
