/**
 * Ops (SPEC §5 "Ops"): every overdue step and every step due soon, filterable by county, township and
 * step, with their age in working days; counts by status, step and county and overdue counts over
 * time; calendar coverage; and the admin of calendar years and parameters.
 *
 * Ops see every county: the role is a supervising one (city, province or national ops desks), so the
 * lists cover all counties and `county` narrows them to any one county — whatever county the token
 * names. (Officials' own lists, GET /v1/tasks, stay within their jurisdiction.)
 *
 * Admin (PUT calendar year, PUT parameter) is audited on the system chain (`_system`), clears the
 * policy caches and tells every running case to recompute its deadlines (api/recompute.ts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPolicyStore, loadCalendarYears } from '../../store/policy.js';
import { DEFAULT_PARAMETERS, PARAMETER_KEYS, parameterValueProblem, shanghaiDate, type Calendar } from '../../rules/index.js';
import { SYSTEM_CASE_ID } from '../../store/audit.js';
import { addParameter, saveCalendarYear } from '../../store/admin.js';
import { listStuck } from '../../store/stuck.js';
import { caseCounts, countyCounts, dueSoonSteps, overdueOverTime, overdueSteps, type OpenStepRow } from '../../store/ops.js';
import { TASK_TYPES } from '../../workflows/definitions.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import { listRecomputes, signalRunningCases } from '../recompute.js';
import { CountyCode, IsoDate, TownshipCode, problems } from '../schemas.js';

const Filter = z.object({
  county: CountyCode.optional().describe('any county (ops see every county); default: all'),
  township: TownshipCode.optional(),
  step: z.enum(TASK_TYPES).optional().describe('task type, e.g. township_verification'),
  limit: z.coerce.number().int().min(1).max(5000).optional().default(500),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional().default(0),
});

const Step = z.object({
  caseId: z.string(),
  step: z.string(),
  county: z.string(),
  township: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  workingDaysOpen: z.number().int().describe('working days from the step\'s receipt date to today (Asia/Shanghai), by the calendar'),
  workingDaysOverdue: z.number().int().describe('working days from the due date to today; 0 when not overdue'),
  taskId: z.string(),
  role: z.string(),
  receivedOn: z.string(),
  dueDate: z.string().nullable(),
  provisional: z.boolean().describe('the deadline falls in a year whose official calendar is not loaded yet'),
  priority: z.number().int(),
  workingDays: z.number().int().describe('overdue list: working days past the due date; due-soon list: working days left (kept for older clients)'),
});
const Steps = z.object({ items: z.array(Step) });

const Counts = z.object({
  byStatus: z.array(z.object({ status: z.string(), county: z.string(), n: z.number().int() })),
  byStep: z.array(z.object({ step: z.string(), county: z.string(), n: z.number().int(), overdue: z.number().int() })),
  overdueByDay: z.array(z.object({ day: z.string(), n: z.number().int() })),
});

const Stats = Counts.extend({
  byCounty: z.array(z.object({ county: z.string(), openCases: z.number().int(), openSteps: z.number().int(), overdueSteps: z.number().int() })),
  overdueOverTime: z.array(z.object({ day: z.string(), n: z.number().int() })).describe('steps that became overdue, per day (Asia/Shanghai)'),
  asOf: z.string(),
});

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

const ops: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const policies = createPolicyStore(db);
  const read = { roles: ['ops'] as const, action: 'ops_read' };

  function safeBetween(calendar: Calendar, from: string | null, to: string): number {
    if (!from) return 0;
    try {
      return calendar.workingDaysBetween(from, to);
    } catch {
      return 0;
    }
  }

  async function withAge(rows: OpenStepRow[], mode: 'past' | 'left', now: Date) {
    const { calendar } = await policies.get();
    const today = shanghaiDate(now);
    return rows.map((r) => {
      const dueAt = r.dueAt ? new Date(r.dueAt) : null;
      const overdue = r.overdue || (dueAt !== null && dueAt.getTime() <= now.getTime());
      const workingDaysOverdue = overdue && r.dueDate && r.dueDate < today ? safeBetween(calendar, r.dueDate, today) : 0;
      return {
        caseId: r.caseId,
        step: r.step,
        county: r.county,
        township: r.township,
        dueAt: dueAt ? dueAt.toISOString() : null,
        overdue,
        workingDaysOpen: safeBetween(calendar, r.receivedOn, today),
        workingDaysOverdue,
        taskId: r.taskId,
        role: r.role,
        receivedOn: r.receivedOn,
        dueDate: r.dueDate,
        provisional: r.provisional,
        priority: Number(r.priority),
        workingDays: mode === 'past' ? workingDaysOverdue : safeBetween(calendar, today, r.dueDate ?? today),
      };
    });
  }

  app.get(
    '/ops/overdue',
    {
      config: read,
      schema: {
        summary: 'Every overdue step (open past its deadline), oldest first, with its age in working days',
        description: 'Ops see every county; filter with county, township and step. At a deadline nothing is decided: the step stays open and is listed here (SPEC §2).',
        tags: ['ops'],
        querystring: Filter,
        response: { 200: Steps, ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      const q = req.query;
      const now = new Date();
      const rows = await overdueSteps(db, { county: q.county, township: q.township, step: q.step, limit: q.limit, offset: q.offset }, now);
      return { items: await withAge(rows, 'past', now) };
    },
  );

  app.get(
    '/ops/due-soon',
    {
      config: read,
      schema: {
        summary: 'Steps due within the next N working days (default 2; 0 = by the end of today)',
        tags: ['ops'],
        querystring: Filter.extend({ withinWorkingDays: z.coerce.number().int().min(0).max(60).optional().default(2) }),
        response: { 200: Steps, ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      const q = req.query;
      const now = new Date();
      const { calendar } = await policies.get();
      const today = shanghaiDate(now);
      const until = q.withinWorkingDays === 0 ? new Date(`${today}T23:59:59.999+08:00`) : new Date(calendar.addWorkingDays(today, q.withinWorkingDays).dueAt);
      const rows = await dueSoonSteps(db, { county: q.county, township: q.township, step: q.step, limit: q.limit, offset: q.offset }, now, until);
      return { items: await withAge(rows, 'left', now) };
    },
  );

  const CountsQuery = z.object({ county: CountyCode.optional(), days: z.coerce.number().int().min(1).max(3660).optional().default(90) });

  app.get(
    '/ops/counts',
    {
      config: read,
      schema: {
        summary: 'Cases by status, open steps by type (with overdue), steps that became overdue per day',
        tags: ['ops'],
        querystring: CountsQuery,
        response: { 200: Counts, ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      const county = req.query.county;
      const [counts, overdueByDay] = await Promise.all([caseCounts(db, { county }), overdueOverTime(db, { county, days: req.query.days })]);
      return { ...counts, overdueByDay };
    },
  );

  app.get(
    '/ops/stats',
    {
      config: read,
      schema: {
        summary: 'Counts by status, step and county, and overdue counts over time',
        description: 'byStatus: cases by status and county; byStep: open steps by type and county with how many are marked overdue; byCounty: open cases, open steps and steps past due now; overdueOverTime: steps that became overdue per day over the last `days` days.',
        tags: ['ops'],
        querystring: CountsQuery,
        response: { 200: Stats, ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      const county = req.query.county;
      const now = new Date();
      const [counts, overdue, byCounty] = await Promise.all([caseCounts(db, { county }), overdueOverTime(db, { county, days: req.query.days }), countyCounts(db, now, { county })]);
      return { ...counts, byCounty, overdueOverTime: overdue, overdueByDay: overdue, asOf: now.toISOString() };
    },
  );

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
      const recompute = await signalRunningCases(deps, `calendar ${year} loaded by ${actor.sub}`);
      req.log.info({ year, recompute }, 'calendar year loaded');
      return { year, status: 'official' as const, holidays: holidays.length, workdays: workdays.length, source: b.source, replaced, recompute };
    },
  );

  app.put(
    '/ops/parameters',
    {
      config: { roles: ['ops'], action: 'set_parameter' },
      schema: {
        summary: 'Add a dated regional parameter value (effective from a date, for a region and its subregions)',
        description:
          'The key must be known (rules/parameters.ts) and the value of its type. Earlier values stay for earlier dates. Audited on the system chain; running cases recompute their provisional deadlines. 409 when a value for the same region, key and date exists.',
        tags: ['ops'],
        body: ParameterBody,
        response: { 201: ParameterSaved, ...problems(400, 401, 403, 409, 422, 503) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const b = req.body;
      const bad = parameterValueProblem(b.key, b.value);
      if (bad) throw new Problem(422, 'INVALID', 'Invalid parameter value', bad, { errors: [{ path: 'value', in: 'body', message: bad }] });
      const notInSeeds = b.notInSeeds ?? DEFAULT_PARAMETERS.some((p) => p.key === b.key && p.notInSeeds === true);
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
      const recompute = await signalRunningCases(deps, `parameter ${b.key} (${b.region}, from ${b.effectiveFrom}) set by ${actor.sub}`);
      req.log.info({ key: b.key, region: b.region, recompute }, 'parameter set');
      return reply.code(201).send({ region: b.region, key: b.key, value: b.value, effectiveFrom: b.effectiveFrom, ref: b.ref, notInSeeds, createdBy: actor.sub, recompute });
    },
  );
};

export default ops;
