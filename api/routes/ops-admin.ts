/**
 * Ops admin (SPEC §5 "Ops"): calendar coverage, loading a year's official calendar, dated regional
 * parameters, the deadline recomputations they start and the cases waiting for ops (stuck). Admin is
 * audited on the system chain (`_system`), clears the policy caches and starts the fan-out that tells
 * every running case to recompute its deadlines (api/recompute.ts, workflows/recompute.ts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPolicyStore, loadCalendarYears } from '../../store/policy.js';
import { DEFAULT_PARAMETERS, PARAMETER_KEYS, parameterValueProblem, shanghaiDate } from '../../rules/index.js';
import { SYSTEM_CASE_ID } from '../../store/audit.js';
import { addParameter, saveCalendarYear } from '../../store/admin.js';
import { listStuck } from '../../store/stuck.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import { createRecomputer, listRecomputes } from '../recompute.js';
import approvals, { NATIONAL, PendingApproval, opsCovers, opsRegion, outOfRegion, requestBackdated } from './ops-approvals.js';
import { IsoDate, problems } from '../schemas.js';

const Coverage = z.object({
  officialYears: z.array(z.number().int()),
  provisionalYears: z.array(z.number().int()).describe('years up to next year with no official calendar: counted weekdays-only and flagged provisional (so is every year not listed as official)'),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  loaded: z.array(z.object({ year: z.number().int(), source: z.string(), loadedBy: z.string(), loadedAt: z.string(), holidays: z.number().int(), workdays: z.number().int() })).describe('years loaded by ops (they replace the bundled data for that year)'),
});

const CalendarBody = z.object({
  holidays: z.array(IsoDate).max(366).describe('statutory holiday dates of the year (days off)'),
  workdays: z.array(IsoDate).max(366).describe('adjusted working days (调休): weekend days that are working days'),
  source: z.string().trim().min(1).max(500).describe('where the calendar was published, e.g. 国务院办公厅关于2027年部分节假日安排的通知'),
});

const YearParam = z.object({ year: z.coerce.number().int().min(1990).max(2100) });

const Recompute = z.object({
  signalled: z.number().int(),
  finished: z.number().int(),
  failed: z.number().int(),
  workflowId: z.string().optional().describe('the fan-out workflow (GET /v1/ops/recomputes follows it)'),
  running: z.boolean().optional().describe('true: still signalling running cases; the counts are its progress so far'),
});

const CalendarLoaded = z.object({
  year: z.number().int(),
  status: z.literal('official'),
  holidays: z.number().int(),
  workdays: z.number().int(),
  source: z.string(),
  replaced: z.boolean(),
  recompute: Recompute,
});

const ParameterBody = z.object({
  region: z.string().regex(/^\d{6}(\d{3})?$/, 'expected a 6-digit county/city/province code (000000 national) or a 9-digit township code'),
  key: z.enum(PARAMETER_KEYS as [string, ...string[]]).describe('a known parameter key (rules/parameters.ts)'),
  value: z.union([z.number(), z.string().max(100), z.boolean()]),
  effectiveFrom: IsoDate,
  ref: z.string().trim().min(1).max(500).describe('the legal reference or decision that sets the value'),
  notInSeeds: z.boolean().optional().describe('true when the seeds documents do not fix this value'),
});

const ParameterSaved = z.object({
  region: z.string(),
  key: z.string(),
  value: z.union([z.number(), z.string(), z.boolean()]),
  effectiveFrom: z.string(),
  ref: z.string(),
  notInSeeds: z.boolean(),
  createdBy: z.string(),
  recompute: Recompute,
});

/** Why `value` is not a valid value for `key` (types and allowed values live with the rules). */
export { parameterValueProblem };

const opsAdmin: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const policies = createPolicyStore(db);
  const read = { roles: ['ops'] as const, action: 'ops_read' };
  // Debounced: a burst of admin changes costs one or two fan-outs over the running cases (issue 16 item 15).
  const recomputer = createRecomputer(deps);
  const recompute = (reason: string) => recomputer.request(reason);
  await app.register(approvals, { invalidate: () => policies.invalidate(), recompute });

  async function coverage() {
    const [{ calendar }, loaded] = await Promise.all([policies.get(), loadCalendarYears(db)]);
    const c = calendar.coverage();
    const official = new Set(c.officialYears);
    const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
    const from = c.officialYears.length ? Math.min(...c.officialYears) : thisYear;
    const provisionalYears: number[] = [];
    for (let y = from; y <= thisYear + 1; y++) if (!official.has(y)) provisionalYears.push(y);
    return {
      officialYears: c.officialYears,
      provisionalYears,
      firstYear: c.firstYear,
      lastYear: c.lastYear,
      loaded: loaded.map((y) => ({ year: y.year, source: y.source, loadedBy: y.loadedBy, loadedAt: y.loadedAt.toISOString(), holidays: y.holidays.length, workdays: y.workdays.length })),
    };
  }

  app.get(
    '/ops/recomputes',
    {
      config: read,
      schema: {
        summary: 'Deadline recomputations after calendar or parameter changes: each fan-out workflow with its progress',
        description: 'A calendar year or parameter change starts a workflow that signals every running case in batches (resumable); this lists the latest with their counts.',
        tags: ['ops'],
        response: { 200: z.object({ items: z.array(Recompute.extend({ reason: z.string(), startedAt: z.string(), status: z.string() })) }), ...problems(401, 403, 503) },
      },
    },
    async () => ({ items: await listRecomputes(deps) }),
  );

  app.get(
    '/ops/stuck',
    {
      config: read,
      schema: {
        summary: 'Cases waiting for ops: a write the database refused as bad input (the case does not retry forever)',
        description: 'After fixing the cause, signal the case workflow `retryStuck` to try the write again.',
        tags: ['ops'],
        response: { 200: z.object({ items: z.array(z.object({ caseId: z.string(), error: z.string(), since: z.string() })) }), ...problems(401, 403) },
      },
    },
    async () => ({ items: await listStuck(db) }),
  );

  app.get(
    '/ops/calendar',
    {
      config: read,
      schema: { summary: 'Calendar coverage: which years are official, which provisional, which ops loaded', tags: ['ops'], response: { 200: Coverage, ...problems(401, 403) } },
    },
    async () => coverage(),
  );

  app.put(
    '/ops/calendar/:year',
    {
      config: { roles: ['ops'], action: 'load_calendar_year' },
      schema: {
        summary: 'Load a newly published year\'s official calendar (holidays and 调休 working days)',
        description:
          'Replaces that year\'s calendar (bundled or loaded before). Audited on the system chain; running cases recompute their provisional deadlines (SPEC §2 "Working days").',
        tags: ['ops'],
        params: YearParam,
        body: CalendarBody,
        response: { 200: CalendarLoaded, ...problems(400, 401, 403, 503) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      // The State Council calendar is national: only a national ops token loads it (issue 16 item 15).
      if (opsRegion(actor) !== NATIONAL) throw outOfRegion(actor, 'the national calendar');
      const year = req.params.year;
      const b = req.body;
      const errors: { path: string; in: string; message: string }[] = [];
      const holidays = [...new Set(b.holidays)].sort();
      const workdays = [...new Set(b.workdays)].sort();
      holidays.forEach((d, i) => d.slice(0, 4) !== String(year) && errors.push({ path: `holidays.${i}`, in: 'body', message: `${d} is not in ${year}` }));
      workdays.forEach((d, i) => {
        if (d.slice(0, 4) !== String(year)) errors.push({ path: `workdays.${i}`, in: 'body', message: `${d} is not in ${year}` });
        else if (![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) errors.push({ path: `workdays.${i}`, in: 'body', message: `${d} is a weekday: adjusted working days (调休) are Saturdays or Sundays` });
        if (holidays.includes(d)) errors.push({ path: `workdays.${i}`, in: 'body', message: `${d} is also listed as a holiday` });
      });
      if (errors.length) throw new Problem(400, 'VALIDATION', 'The request is not valid', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });

      const replaced = await saveCalendarYear(db, { year, holidays, workdays, source: b.source, loadedBy: actor.sub }, (before) => ({
        caseId: SYSTEM_CASE_ID,
        eventKey: `calendar:${year}:${randomUUID()}`,
        at: new Date().toISOString(),
        actor: { sub: actor.sub, roles: actor.roles, county: actor.county, township: actor.township },
        type: 'calendar_year_loaded',
        data: { year, holidays, workdays, source: b.source, replaced: before },
        refs: ['SPEC §2 "Working days"', 'SPEC §5 Ops'],
      }));
      policies.invalidate();
      const report = await recompute(`calendar ${year} loaded by ${actor.sub}`);
      req.log.info({ year, recompute: report }, 'calendar year loaded');
      return { year, status: 'official' as const, holidays: holidays.length, workdays: workdays.length, source: b.source, replaced, recompute: report };
    },
  );

  app.put(
    '/ops/parameters',
    {
      config: { roles: ['ops'], action: 'set_parameter' },
      schema: {
        summary: 'Add a dated regional parameter value (effective from a date, for a region and its subregions)',
        description:
          'The key must be known (rules/parameters.ts) and the value of its type. Earlier values stay for earlier dates. Audited on the system chain; running cases recompute their provisional deadlines. 409 when a value for the same region, key and date exists. ' +
          'Only for the token\'s own region and below (403 OUT_OF_REGION). A value effective before today is not applied: 202 with an approval id, for a second ops official to approve.',
        tags: ['ops'],
        body: ParameterBody,
        response: { 201: ParameterSaved, 202: PendingApproval, ...problems(400, 401, 403, 409, 422, 503) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const b = req.body;
      const bad = parameterValueProblem(b.key, b.value);
      if (bad) throw new Problem(422, 'INVALID', 'Invalid parameter value', bad, { errors: [{ path: 'value', in: 'body', message: bad }] });
      if (!opsCovers(actor, b.region)) throw outOfRegion(actor, `region ${b.region}`);
      const notInSeeds = b.notInSeeds ?? DEFAULT_PARAMETERS.some((p) => p.key === b.key && p.notInSeeds === true);
      // Backdated: a second ops official must approve it (api/routes/ops-approvals.ts).
      if (b.effectiveFrom < shanghaiDate(new Date())) {
        return reply.code(202).send(await requestBackdated(db, actor, { region: b.region, key: b.key, value: b.value, effectiveFrom: b.effectiveFrom, ref: b.ref, notInSeeds }));
      }
      const created = await addParameter(db, { region: b.region, key: b.key, effectiveFrom: b.effectiveFrom, value: b.value, ref: b.ref, notInSeeds, createdBy: actor.sub }, {
        caseId: SYSTEM_CASE_ID,
        eventKey: `parameter:${b.region}:${b.key}:${b.effectiveFrom}`,
        at: new Date().toISOString(),
        actor: { sub: actor.sub, roles: actor.roles, county: actor.county, township: actor.township },
        type: 'parameter_set',
        data: { region: b.region, key: b.key, value: b.value, effectiveFrom: b.effectiveFrom, ref: b.ref, notInSeeds },
        refs: ['SPEC "policy parameter"', 'SPEC §5 Ops'],
      });
      if (!created) {
        throw new Problem(409, 'PARAMETER_EXISTS', 'A value for this region, key and date exists', `parameter ${b.key} for region ${b.region} from ${b.effectiveFrom} is already set; add a value with a later effectiveFrom`);
      }
      policies.invalidate();
      const report = await recompute(`parameter ${b.key} (${b.region}, from ${b.effectiveFrom}) set by ${actor.sub}`);
      req.log.info({ key: b.key, region: b.region, recompute: report }, 'parameter set');
      return reply.code(201).send({ region: b.region, key: b.key, value: b.value, effectiveFrom: b.effectiveFrom, ref: b.ref, notInSeeds, createdBy: actor.sub, recompute: report });
    },
  );
};

export default opsAdmin;
