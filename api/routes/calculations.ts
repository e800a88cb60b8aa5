/**
 * Benefit previews: the rules' calculators (rules/) with the region's parameters in force, and the
 * breakdown an auditor can recompute (inputs, parameters with effective dates, steps, rounding).
 * SPEC §3. Query values are strings; numbers and booleans are coerced.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPolicyStore } from '../../store/policy.js';
import { BENEFIT_KINDS, RuleInputError, calculateBenefit, type BenefitKind } from '../../rules/index.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import { problems } from '../schemas.js';

const CalcParams = z.object({ kind: z.enum(BENEFIT_KINDS) });
// The calculator's inputs are free-form (a record); written as an object with a catch-all so that the
// OpenAPI document describes it as parameters (a bare record rendered as nonsense parameters).
const CalcQuery = z
  .object({
    region: z.string().max(200).optional().describe('GB/T 2260 region code (default: your county)'),
    onDate: z.string().max(200).optional().describe('YYYY-MM-DD (default: today)'),
  })
  .catchall(z.string().max(200, 'at most 200 characters'))
  .refine((q) => Object.keys(q).length <= 40, 'at most 40 query parameters')
  .describe('calculator inputs, e.g. dibaoStandardFen=100000; region (default: your county) and onDate (default: today)');
const CalcResult = z.object({
  kind: z.enum(BENEFIT_KINDS),
  amountFen: z.number().int(),
  breakdown: z.unknown(),
  refs: z.array(z.string()),
  input: z.record(z.string(), z.unknown()),
});

/** "12" → 12, "true" → true; anything else stays a string. */
export function coerceQueryValue(v: string): string | number | boolean {
  if (/^-?\d+(\.\d+)?$/.test(v) && v.length <= 17) return Number(v);
  if (v === 'true') return true;
  if (v === 'false') return false;
  return v;
}

function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

const calculations: FastifyPluginAsyncZod = async (app) => {
  const policies = createPolicyStore(app.deps.db);

  app.get(
    '/calculations/:kind',
    {
      config: { action: 'preview_benefit' },
      schema: {
        summary: 'Preview a benefit amount with its breakdown',
        description:
          'living-supplement (001 §四(一)), medical-aid (001 §四(二)), employment-subsidy (001 §四(五)), temporary-aid (001 §四(六)), retiree-medical (004 §20). ' +
          'Parameters not in the seeds are defaults that regions may change.',
        tags: ['calculations'],
        params: CalcParams,
        querystring: CalcQuery,
        response: { 200: CalcResult, ...problems(400, 401, 403, 422) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (actor.roles.length === 0) throw new Problem(403, 'WRONG_ROLE', 'Your role may not do this', 'previews need an official role');
      const input: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(req.query)) {
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
        input[k] = coerceQueryValue(v);
      }
      input.region = typeof input.region === 'string' && /^\d{6}$/.test(input.region) ? input.region : actor.county;
      input.onDate = typeof input.onDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.onDate) ? input.onDate : shanghaiToday();
      const policy = await policies.get();
      let r: { amountFen: number; breakdown: unknown; refs?: string[] };
      try {
        r = calculateBenefit(req.params.kind as BenefitKind, input, policy.parameters, shanghaiToday());
      } catch (e) {
        if (e instanceof RuleInputError) {
          throw new Problem(422, 'CALCULATION_INPUT', 'The inputs cannot be calculated', e.message, { errors: [{ path: e.path, in: 'querystring', message: e.message }] });
        }
        // Free-form inputs the calculator could not use (e.g. a rate that is not a number).
        req.log.warn({ err: e, kind: req.params.kind }, 'calculation failed');
        throw new Problem(422, 'CALCULATION_INPUT', 'The inputs cannot be calculated', 'these inputs cannot be used by this calculator; see the API documentation for its inputs');
      }
      if (!Number.isSafeInteger(r.amountFen)) {
        throw new Problem(422, 'CALCULATION_INPUT', 'The inputs cannot be calculated', 'the inputs do not give a whole amount of fen');
      }
      return { kind: req.params.kind, amountFen: r.amountFen, breakdown: r.breakdown, refs: r.refs ?? [], input };
    },
  );
};

export default calculations;
