/**
 * Ops admin safeguards (issue 16 item 15):
 * - Scope: an ops token administers its own region only — the region its `county` claim names
 *   (000000 national, 330000 a province, 330300 a city, 330302 a county) and the regions below it.
 *   National parameters and the State Council calendar need a national (000000) ops token.
 * - Backdating: a parameter value effective before today (Asia/Shanghai) changes amounts and deadlines
 *   already computed, so it is not applied by one official: PUT answers 202 with an approval id, and a
 *   second ops official whose scope covers the region approves (or rejects) it here. Requests,
 *   approvals and rejections are audited on the system chain.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canonicalRegion, regionChain } from '../../rules/index.js';
import type { Db } from '../../store/db.js';
import { approveAndApply, createApprovalRequest, findApproval, listApprovals, reject, type ParameterRequest } from '../../store/parameter-approvals.js';
import type { Actor } from '../../rules/vocabulary.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import type { RecomputeReport } from '../recompute.js';

export type { ParameterRequest };
import { problems } from '../schemas.js';

export const NATIONAL = '000000';

/** The region an ops token administers: its county claim, canonical. */
export function opsRegion(actor: Actor): string | null {
  try {
    return actor.county ? canonicalRegion(actor.county) : null;
  } catch {
    return null;
  }
}

/** The ops actor may administer `region` (theirs or below it). */
export function opsCovers(actor: Actor, region: string): boolean {
  const mine = opsRegion(actor);
  if (!mine) return false;
  try {
    return regionChain(region).includes(mine);
  } catch {
    return false;
  }
}

export function outOfRegion(actor: Actor, what: string): Problem {
  return new Problem(403, 'OUT_OF_REGION', 'Outside your region', `your ops token administers region ${opsRegion(actor) ?? '-'} and the regions below it; ${what} is outside it`);
}

const actorOfRow = (a: Actor) => ({ sub: a.sub, roles: a.roles, county: a.county, township: a.township });

export const PendingApproval = z.object({
  status: z.literal('pending_approval'),
  approvalId: z.string(),
  region: z.string(),
  key: z.string(),
  value: z.union([z.number(), z.string(), z.boolean()]),
  effectiveFrom: z.string(),
  ref: z.string(),
  requestedBy: z.string(),
  detail: z.string(),
});

export interface ApprovalsOptions {
  /** Clears the policy caches after a change (shared with the ops routes). */
  invalidate(): void;
  /** The debounced recompute (api/recompute.ts createRecomputer). */
  recompute(reason: string): Promise<RecomputeReport>;
}

/** Records a backdated parameter value as waiting for a second approver; the 202 body. */
export async function requestBackdated(db: Db, actor: Actor, b: ParameterRequest): Promise<z.infer<typeof PendingApproval>> {
  const id = `pa-${randomUUID()}`;
  await createApprovalRequest(db, id, actorOfRow(actor), b);
  return {
    status: 'pending_approval',
    approvalId: id,
    region: b.region,
    key: b.key,
    value: b.value,
    effectiveFrom: b.effectiveFrom,
    ref: b.ref,
    requestedBy: actor.sub,
    detail: `effective ${b.effectiveFrom} is before today: a second ops official must approve it (POST /v1/ops/parameters/approvals/${id}/approve)`,
  };
}

const Approval = z.object({
  id: z.string(),
  region: z.string(),
  key: z.string(),
  value: z.unknown(),
  effectiveFrom: z.string(),
  ref: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  status: z.string(),
  decidedBy: z.string().nullable(),
});

const Recompute = z.object({ signalled: z.number().int(), finished: z.number().int(), failed: z.number().int() });
const Approved = z.object({
  region: z.string(),
  key: z.string(),
  value: z.union([z.number(), z.string(), z.boolean()]),
  effectiveFrom: z.string(),
  ref: z.string(),
  notInSeeds: z.boolean(),
  createdBy: z.string(),
  approvedBy: z.string(),
  recompute: Recompute,
});

const IdParam = z.object({ id: z.string().min(1).max(100) });

const approvals: FastifyPluginAsyncZod<ApprovalsOptions> = async (app, opts) => {
  const db = app.deps.db;

  async function pendingInScope(actor: Actor, id: string) {
    const row = await findApproval(db, id);
    if (!row || !opsCovers(actor, row.region)) throw new Problem(404, 'NOT_FOUND', 'Not found', 'no such approval in your region');
    if (row.status !== 'pending') throw new Problem(409, 'WRONG_STATE', 'Already decided', `approval ${id} is ${row.status}${row.decidedBy ? ` (by ${row.decidedBy})` : ''}`);
    if (row.requestedBy === actor.sub) throw new Problem(403, 'SEPARATION_OF_DUTIES', 'Separation of duties', 'a backdated value needs a second ops official: the one who requested it may not approve or reject it');
    return row;
  }

  app.get(
    '/ops/parameters/approvals',
    {
      config: { roles: ['ops'], action: 'list_parameter_approvals' },
      schema: {
        summary: 'Backdated parameter values waiting for a second approver (in your region)',
        tags: ['ops'],
        querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).default('pending') }),
        response: { 200: z.object({ items: z.array(Approval) }), ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await listApprovals(db, req.query.status);
      return {
        items: rows
          .filter((r) => opsCovers(actor, r.region))
          .map((r) => ({ id: r.id, region: r.region, key: r.key, value: r.value, effectiveFrom: r.effectiveFrom, ref: r.ref, requestedBy: r.requestedBy, requestedAt: r.requestedAt.toISOString(), status: r.status, decidedBy: r.decidedBy })),
      };
    },
  );

  app.post(
    '/ops/parameters/approvals/:id/approve',
    {
      config: { roles: ['ops'], action: 'approve_parameter' },
      schema: {
        summary: 'Approve a backdated parameter value (a second ops official of the region): it is applied and running cases recompute',
        tags: ['ops'],
        params: IdParam,
        response: { 201: Approved, ...problems(400, 401, 403, 404, 409, 503) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const row = await pendingInScope(actor, req.params.id);
      const value = row.value as number | string | boolean;
      const applied = await approveAndApply(db, row.id, actorOfRow(actor));
      if (applied === 'exists') throw new Problem(409, 'PARAMETER_EXISTS', 'A value for this region, key and date exists', `parameter ${row.key} for region ${row.region} from ${row.effectiveFrom} is already set`);
      if (applied === 'decided') throw new Problem(409, 'WRONG_STATE', 'Already decided', `approval ${row.id} was decided meanwhile`);
      opts.invalidate();
      const recompute = await opts.recompute(`parameter ${row.key} (${row.region}, from ${row.effectiveFrom}) approved by ${actor.sub}`);
      return reply.code(201).send({ region: row.region, key: row.key, value, effectiveFrom: row.effectiveFrom, ref: row.ref, notInSeeds: row.notInSeeds, createdBy: row.requestedBy, approvedBy: actor.sub, recompute });
    },
  );

  app.post(
    '/ops/parameters/approvals/:id/reject',
    {
      config: { roles: ['ops'], action: 'reject_parameter' },
      schema: {
        summary: 'Reject a backdated parameter value (a second ops official of the region)',
        tags: ['ops'],
        params: IdParam,
        response: { 200: z.object({ id: z.string(), status: z.literal('rejected'), decidedBy: z.string() }), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const row = await pendingInScope(actor, req.params.id);
      if (!(await reject(db, row.id, actorOfRow(actor)))) throw new Problem(409, 'WRONG_STATE', 'Already decided', `approval ${row.id} was decided meanwhile`);
      return { id: row.id, status: 'rejected' as const, decidedBy: actor.sub };
    },
  );
};

export default approvals;
