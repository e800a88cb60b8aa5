/**
 * Saved inbox filters per official (the web app's 工作台 "保存筛选"): the caller's own only (by the
 * token's subject), at most 20. Not case data, so not on any audit chain.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_FILTERS_PER_USER, deleteInboxFilter, listInboxFilters, saveInboxFilter } from '../../store/inbox-filters.js';
import { TASK_TYPES } from '../../workflows/definitions.js';
import { actorOf } from '../context.js';
import { Problem, notFound } from '../errors.js';
import { problems } from '../schemas.js';

const InboxFilterBody = z.object({
  queue: z.enum(['mine', 'unclaimed', 'all', 'done']).describe('mine = claimed by me; unclaimed; all in my jurisdiction; done = completed'),
  step: z.union([z.enum(TASK_TYPES), z.literal('')]).optional().default(''),
  overdue: z.boolean().optional().default(false),
  sort: z.enum(['caseId', 'type', 'priority', 'dueDate', 'left']).optional().default('priority'),
  desc: z.boolean().optional().default(true),
});
const NameParam = z.object({ name: z.string().trim().min(1).max(40).regex(/^[^/\\?#%]+$/, 'no / \\ ? # or %') });
const Saved = z.object({ name: z.string(), filter: InboxFilterBody, updatedAt: z.string() });

const filters: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.db;
  const view = (f: { name: string; filter: unknown; updatedAt: Date }) => ({ name: f.name, filter: InboxFilterBody.parse(f.filter), updatedAt: f.updatedAt.toISOString() });

  app.get(
    '/me/inbox-filters',
    { config: { action: 'read_inbox_filters' }, schema: { summary: 'Your saved inbox filters', tags: ['tasks'], response: { 200: z.object({ items: z.array(Saved) }), ...problems(401) } } },
    async (req) => ({ items: (await listInboxFilters(db, actorOf(req).sub)).map(view) }),
  );

  app.put(
    '/me/inbox-filters/:name',
    {
      config: { action: 'save_inbox_filter' },
      schema: { summary: `Save (or replace) an inbox filter under a name (at most ${MAX_FILTERS_PER_USER})`, tags: ['tasks'], params: NameParam, body: InboxFilterBody, response: { 200: Saved, ...problems(400, 401, 409) } },
    },
    async (req) => {
      const saved = await saveInboxFilter(db, actorOf(req).sub, req.params.name, req.body);
      if (!saved) throw new Problem(409, 'TOO_MANY_FILTERS', 'Too many saved filters', `at most ${MAX_FILTERS_PER_USER} saved filters; delete one first`);
      return view(saved);
    },
  );

  app.delete(
    '/me/inbox-filters/:name',
    { config: { action: 'delete_inbox_filter' }, schema: { summary: 'Delete a saved inbox filter', tags: ['tasks'], params: NameParam, response: { 204: z.null(), ...problems(400, 401, 404) } } },
    async (req, reply) => {
      if (!(await deleteInboxFilter(db, actorOf(req).sub, req.params.name))) throw notFound();
      return reply.code(204).send(null);
    },
  );
};

export default filters;
