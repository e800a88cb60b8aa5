/**
 * Working days left until given due dates, by the official calendar (rules/calendar.ts, with the
 * years ops loaded): what the inbox shows beside each deadline and colours by (三色预警: red overdue,
 * amber due within 1 working day, blue otherwise). Any signed-in official may ask; it reveals no case.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPolicyStore } from '../../store/policy.js';
import { shanghaiDate } from '../../rules/index.js';
import { IsoDate, problems } from '../schemas.js';

const Query = z.object({
  dates: z
    .string()
    .max(11 * 200)
    .transform((v) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(IsoDate).max(200, 'at most 200 dates'))
    .describe('comma-separated due dates YYYY-MM-DD'),
});

const Result = z.object({
  today: z.string().describe('today in Asia/Shanghai'),
  items: z.array(
    z.object({
      date: z.string(),
      workingDaysLeft: z.number().int().describe('working days from today to the date; 0 = due today; negative = working days past it'),
      provisional: z.boolean().describe('the date is in a year whose official calendar is not loaded (weekdays only)'),
    }),
  ),
});

const workdays: FastifyPluginAsyncZod = async (app) => {
  const policies = createPolicyStore(app.deps.db);
  app.get(
    '/calendar/working-days-left',
    {
      config: { action: 'read_calendar' },
      schema: {
        summary: 'Working days from today to each due date (三色预警 in the inbox)',
        tags: ['ops'],
        querystring: Query,
        response: { 200: Result, ...problems(400, 401) },
      },
    },
    async (req) => {
      const { calendar } = await policies.get();
      const today = shanghaiDate(new Date());
      const items = req.query.dates.map((date) => {
        let n = 0;
        try {
          n = date >= today ? calendar.workingDaysBetween(today, date) : -calendar.workingDaysBetween(date, today);
        } catch {
          n = 0; // outside the calendar's range (1990–2100): shown as due today
        }
        return { date, workingDaysLeft: n, provisional: !calendar.isOfficialYear(Number(date.slice(0, 4))) };
      });
      return { today, items };
    },
  );
};

export default workdays;
