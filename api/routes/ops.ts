/**
 * Ops read models (SPEC §5 "Ops"): overdue steps and steps due soon in the caller's county, filterable by
 * township and step, with their age in working days; counts by status and step; overdue over time;
 * which calendar years are loaded. Read-only; ops act on nothing here.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPolicyStore } from '../../activities/policy.js';
import { shanghaiDate } from '../../rules/index.js';
import { caseCounts, dueSoonSteps, overdueOverTime, overdueSteps, type OpenStepRow } from '../../store/ops.js';
import { TASK_TYPES } from '../../workflows/definitions.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import { CountyCode, TownshipCode, problems } from '../schemas.js';

const Filter = z.object({
  county: CountyCode.optional().describe('must be your county (default)'),
  township: TownshipCode.optional(),
  step: z.enum(TASK_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional().default(500),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional().default(0),
});

const Step = z.object({
  taskId: z.string(),
  caseId: z.string(),
  step: z.string(),
  county: z.string(),
  township: z.string(),
  role: z.string(),
  dueDate: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  provisional: z.boolean(),
  priority: z.number().int(),
  workingDays: z.number().int().describe('overdue list: working days past the due date; due-soon list: working days left'),
});
const Steps = z.object({ items: z.array(Step) });

const Counts = z.object({
  byStatus: z.array(z.object({ status: z.string(), county: z.string(), n: z.number().int() })),
  byStep: z.array(z.object({ step: z.string(), county: z.string(), n: z.number().int(), overdue: z.number().int() })),
  overdueByDay: z.array(z.object({ day: z.string(), n: z.number().int() })),
});

const Coverage = z.object({ officialYears: z.array(z.number().int()), firstYear: z.number().int(), lastYear: z.number().int() });

const ops: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.db;
  const policies = createPolicyStore(db);
  const cfg = { roles: ['ops'] as const, action: 'ops_read' };

  function countyOf(actorCounty: string | undefined, asked: string | undefined): string {
    if (!actorCounty) throw new Problem(403, 'WRONG_JURISDICTION', 'Outside your jurisdiction', 'your token names no county');
    if (asked && asked !== actorCounty) throw new Problem(403, 'WRONG_JURISDICTION', 'Outside your jurisdiction', `you may see county ${actorCounty} only`);
    return actorCounty;
  }

  async function withAge(rows: OpenStepRow[], mode: 'past' | 'left') {
    const { calendar } = await policies.get();
    const today = shanghaiDate(new Date());
    return rows.map((r) => ({
      taskId: r.taskId,
      caseId: r.caseId,
      step: r.step,
      county: r.county,
      township: r.township,
      role: r.role,
      dueDate: r.dueDate,
      dueAt: r.dueAt ? new Date(r.dueAt).toISOString() : null,
      overdue: r.overdue,
      provisional: r.provisional,
      priority: Number(r.priority),
      workingDays: r.dueDate ? (mode === 'past' ? calendar.workingDaysBetween(r.dueDate, today) : calendar.workingDaysBetween(today, r.dueDate)) : 0,
    }));
  }

  app.get(
    '/ops/overdue',
    { config: cfg, schema: { summary: 'Overdue steps, oldest first, with working days past due', tags: ['ops'], querystring: Filter, response: { 200: Steps, ...problems(400, 401, 403) } } },
    async (req) => {
      const q = req.query;
      const county = countyOf(actorOf(req).county, q.county);
      const rows = await overdueSteps(db, { county, township: q.township, step: q.step, limit: q.limit, offset: q.offset }, new Date());
      return { items: await withAge(rows, 'past') };
    },
  );

  app.get(
    '/ops/due-soon',
    {
      config: cfg,
      schema: {
        summary: 'Steps due within the next working days (default 2)',
        tags: ['ops'],
        querystring: Filter.extend({ withinWorkingDays: z.coerce.number().int().min(0).max(60).optional().default(2) }),
        response: { 200: Steps, ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      const q = req.query;
      const county = countyOf(actorOf(req).county, q.county);
      const { calendar } = await policies.get();
      const until = new Date(calendar.addWorkingDays(shanghaiDate(new Date()), q.withinWorkingDays).dueAt);
      const rows = await dueSoonSteps(db, { county, township: q.township, step: q.step, limit: q.limit, offset: q.offset }, new Date(), until);
      return { items: await withAge(rows, 'left') };
    },
  );

  app.get(
    '/ops/counts',
    {
      config: cfg,
      schema: {
        summary: 'Cases by status, open steps by type (with overdue), steps that became overdue per day',
        tags: ['ops'],
        querystring: z.object({ county: CountyCode.optional(), days: z.coerce.number().int().min(1).max(3660).optional().default(90) }),
        response: { 200: Counts, ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      const county = countyOf(actorOf(req).county, req.query.county);
      const [counts, overdueByDay] = await Promise.all([caseCounts(db, { county }), overdueOverTime(db, { county, days: req.query.days })]);
      return { ...counts, overdueByDay };
    },
  );

  app.get(
    '/ops/calendar',
    { config: cfg, schema: { summary: 'Which years\' official working-day calendars are loaded', tags: ['ops'], response: { 200: Coverage, ...problems(401, 403) } } },
    async () => (await policies.get()).calendar.coverage(),
  );
};

export default ops;
