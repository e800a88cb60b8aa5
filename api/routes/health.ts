/**
 * Liveness and readiness. /healthz: the process answers. /readyz: 200 when the database is reachable
 * and migrated, Temporal reachable and a worker polling; otherwise 503 naming the part that is not.
 * The probe comes from the start script (it knows which parts this process runs); without one the app
 * checks the database, Temporal and the task queue's pollers itself.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, Readiness } from '../context.js';
import { Problem } from '../errors.js';
import { sendProblem } from '../plugins/problem.js';
import { ProblemSchema } from '../schemas.js';
import { migrationsApplied } from '../../store/cases.js';

const Health = z.object({ status: z.literal('ok') });
const Ready = z.object({ ready: z.boolean(), parts: z.record(z.string(), z.string()), detail: z.string().optional() });

export async function defaultReadiness(deps: AppDeps): Promise<Readiness> {
  const parts: Record<string, string> = {};
  try {
    parts.database = (await migrationsApplied(deps.db)) > 0 ? 'ok' : 'not migrated';
  } catch {
    parts.database = 'unreachable';
  }
  try {
    const res = await deps.temporal.withDeadline(Date.now() + 3_000, () =>
      deps.temporal.workflowService.describeTaskQueue({
        namespace: deps.temporal.options.namespace,
        taskQueue: { name: deps.taskQueue },
        taskQueueType: 1, // workflow
      }),
    );
    parts.temporal = 'ok';
    parts.worker = (res.pollers?.length ?? 0) > 0 ? 'ok' : `no worker polling task queue ${deps.taskQueue}`;
  } catch {
    parts.temporal = 'unreachable';
    parts.worker = 'unknown (Temporal unreachable)';
  }
  return { ready: Object.values(parts).every((v) => v === 'ok'), parts };
}

const health: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', { schema: { summary: 'Liveness', tags: ['health'], security: [], response: { 200: Health } } }, async () => ({ status: 'ok' as const }));

  app.get(
    '/readyz',
    { schema: { summary: 'Readiness: database, Temporal, worker', tags: ['health'], security: [], response: { 200: Ready, 503: ProblemSchema } } },
    async (_req, reply) => {
      let r: Readiness;
      try {
        r = await (app.deps.readiness ?? (() => defaultReadiness(app.deps)))();
      } catch {
        r = { ready: false, parts: { probe: 'failed' } };
      }
      const notReady = Object.entries(r.parts).filter(([, v]) => v !== 'ok');
      // The parts' messages name what is wrong, never connection strings or stack traces.
      const parts = Object.fromEntries(Object.entries(r.parts).map(([k, v]) => [k, v.replace(/postgres(ql)?:\/\/\S+/g, 'postgres://***').slice(0, 200)]));
      if (r.ready) return reply.code(200).send({ ready: true, parts });
      const p = new Problem(503, 'NOT_READY', 'Not ready', `not ready: ${notReady.map(([k, v]) => `${k} (${v})`).join(', ')}`, { ready: false, parts });
      return sendProblem(reply, p);
    },
  );
};

export default health;
