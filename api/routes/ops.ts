/**
 * Ops (SPEC §5 "Ops"): every overdue step and every step due soon, filterable by county, township and
 * step, with their age in working days; counts by status, step and county and overdue counts over
 * time; calendar coverage; and the admin of calendar years and parameters.
 *
 * Ops see every county: the role is a supervising one (city, province or national ops desks), so the
 * lists cover all counties and `county` narrows them to any one county — whatever county the token
 * names. (Officials' own lists, GET /v1/tasks, stay within their jurisdiction.)
 *
 * Calendar coverage and the admin of calendar years and parameters: api/routes/ops-admin.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPolicyStore } from '../../store/policy.js';
import { shanghaiDate, type Calendar } from '../../rules/index.js';
import { caseCounts, countyCounts, dueSoonSteps, overdueOverTime, overdueSteps, type OpenStepRow } from '../../store/ops.js';
import { TASK_TYPES } from '../../workflows/definitions.js';
import { CountyCode, TownshipCode, problems } from '../schemas.js';

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

};

export default ops;
