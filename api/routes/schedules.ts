/**
 * `GET /v1/ops/schedules` (issue 13): the Temporal Schedules of the standing duties with their next
 * runs (created at every worker start, platform/schedules.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listSchedules } from '../../platform/schedules.js';
import { problems } from '../schemas.js';

const Schedule = z.object({
  id: z.string(),
  sweep: z.string().nullable(),
  what: z.string().nullable(),
  refs: z.array(z.string()),
  paused: z.boolean(),
  nextRun: z.string().nullable().describe('the next run (ISO instant)'),
  nextRuns: z.array(z.string()),
  lastRun: z.string().nullable(),
});

const schedules: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/ops/schedules',
    {
      config: { roles: ['ops'], action: 'ops_read' },
      schema: {
        summary: 'The standing duties\' schedules with their next run',
        tags: ['ops'],
        response: { 200: z.object({ items: z.array(Schedule) }), ...problems(401, 403) },
      },
    },
    async () => ({ items: await listSchedules(app.deps.temporal) }),
  );
};

export default schedules;
