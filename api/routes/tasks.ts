/**
 * The officials' inbox and the actions on a task (claim, unclaim, complete). Role, jurisdiction, state
 * and separation of duties are checked against the task row first (so a task outside the caller's area
 * never reaches the workflow and never leaks); the workflow's validators decide races.
 * SPEC §2 "Who may act", §5.
 */
import type { WorkflowHandle } from '@temporalio/client';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import {
  REFUSALS,
  claimTaskUpdate,
  completeTaskUpdate,
  unclaimTaskUpdate,
  type Actor,
  type CaseState,
  type Role,
  type TaskType,
} from '../../workflows/definitions.js';
import { TASK_ROLES, canSeeCase, holdsRoleAt, levelOfRole } from '../access.js';
import { awaitProjection, loadCase, unsealKeys, type LoadedCase } from '../casedb.js';
import { actorOf } from '../context.js';
import { Problem, notFound, refusal } from '../errors.js';
import { CaseView, CompleteBody, IdParam, IdempotencyHeaders, TaskItem, TaskList, TaskQuery, problems } from '../schemas.js';
import { caseView, isOverdue, separationOfDuties, type TaskRow } from '../views.js';
import { callWorkflow, refused } from '../workflow.js';

/** Steps whose decision is given in writing: reasons are always required (001 §五). */
const WRITTEN: ReadonlySet<string> = new Set(['township_opinion', 'county_decision', 'appeal_decision']);

const tasks: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const keys = unsealKeys(deps.secrets);

  app.get(
    '/tasks',
    {
      config: { action: 'read_inbox' },
      schema: {
        summary: 'Your inbox: tasks for your roles in your jurisdiction, by priority then deadline',
        description: 'Priority follows 000 §3 (hardship severity, service contribution, conduct). Township roles see their township, county roles their county.',
        tags: ['tasks'],
        querystring: TaskQuery,
        response: { 200: TaskList, ...problems(400, 401) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      const now = new Date();
      const scopes: Prisma.TaskWhereInput[] = [];
      for (const role of actor.roles.filter((r) => TASK_ROLES.includes(r))) {
        if (!actor.county) continue;
        if (levelOfRole(role) === 'township') {
          if (actor.township) scopes.push({ role, county: actor.county, township: actor.township });
        } else {
          scopes.push({ role, county: actor.county });
        }
      }
      if (scopes.length === 0) return { items: [], total: 0 };
      const and: Prisma.TaskWhereInput[] = [{ OR: scopes }];
      if (q.status !== 'any') and.push({ status: q.status });
      if (q.type) and.push({ type: q.type });
      if (q.overdue === true) and.push({ OR: [{ overdue: true }, { status: 'open', dueAt: { lt: now } }] });
      if (q.overdue === false) and.push({ overdue: false, OR: [{ dueAt: null }, { dueAt: { gte: now } }, { status: { not: 'open' } }] });
      if (q.claimedBy) and.push({ claimedBy: q.claimedBy === 'none' ? null : q.claimedBy === 'me' ? actor.sub : q.claimedBy });
      if (q.dueDate) and.push({ dueDate: { lte: q.dueDate } });
      if (q.provisional !== undefined) and.push({ provisional: q.provisional });
      const where: Prisma.TaskWhereInput = { AND: and };
      const [rows, total] = await Promise.all([
        db.task.findMany({
          where,
          orderBy: [{ priority: 'desc' }, { dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }],
          take: q.limit,
          skip: q.offset,
        }),
        db.task.count({ where }),
      ]);
      return { items: rows.map((t) => taskItem(t, now)), total };
    },
  );

  /**
   * Loads the task and checks, in order: it exists and its case is visible to the caller (404), the
   * caller has the task's role (403), the caller holds it in the task's place (404). Refusals on a
   * real case are recorded.
   */
  async function taskFor(req: FastifyRequest, id: string, action: string): Promise<{ task: TaskRow; c: LoadedCase }> {
    const actor = actorOf(req);
    const task = await db.task.findUnique({ where: { id } });
    if (!task) throw notFound();
    const c = await loadCase(db, task.caseId, keys);
    if (!c) throw notFound();
    const where = { caseId: c.row.id, actor, action, taskId: id };
    const role = task.role as Role;
    if (!canSeeCase(actor, c.row)) {
      throw await refused(deps, req, where, refusal(REFUSALS.WRONG_JURISDICTION, `task ${id} of case ${c.row.id} is outside the caller's jurisdiction`));
    }
    if (!actor.roles.includes(role)) {
      throw await refused(deps, req, where, refusal(REFUSALS.WRONG_ROLE, `a ${task.type} task needs the role ${role}; you have ${actor.roles.join(', ') || 'none'}`));
    }
    if (!holdsRoleAt(actor, role, c.row)) {
      throw await refused(deps, req, where, refusal(REFUSALS.WRONG_JURISDICTION, `task ${id} of case ${c.row.id} (township ${c.row.township}) is outside the caller's ${role} jurisdiction`));
    }
    return { task, c };
  }

  /** Under the case lock: preflight, the update, then the case as the projection shows it. */
  async function taskAction(
    req: FastifyRequest,
    id: string,
    action: string,
    check: (task: TaskRow, c: LoadedCase, actor: Actor) => Problem | null,
    run: (caseId: string, actor: Actor) => (h: WorkflowHandle) => Promise<CaseState>,
    settled: (c: LoadedCase) => boolean,
  ): Promise<CaseView> {
    const actor = actorOf(req);
    const first = await db.task.findUnique({ where: { id }, select: { caseId: true } });
    if (!first) throw notFound();
    return app.caseLock(first.caseId, async () => {
      const { task, c } = await taskFor(req, id, action);
      const p = check(task, c, actor);
      if (p) throw await refused(deps, req, { caseId: c.row.id, actor, action, taskId: id }, p);
      await callWorkflow(deps, req, { caseId: c.row.id, actor, action, taskId: id, closed: REFUSALS.TASK_COMPLETED, run: run(c.row.id, actor) });
      const after = (await awaitProjection(db, c.row.id, settled, undefined, keys)) ?? c;
      return caseView(after.row, after.tasks, after.payments, actor);
    });
  }

  const notOpen = (t: TaskRow) => (t.status !== 'open' ? refusal(REFUSALS.TASK_COMPLETED, `task ${t.id} is already ${t.status}`) : null);
  const TaskActionResponses = { 200: CaseView, ...problems(400, 401, 403, 404, 409, 422, 503) };

  app.post(
    '/tasks/:id/claim',
    {
      config: { roles: TASK_ROLES, idempotent: true, action: 'claim_task', idOf: 'task' },
      schema: { summary: 'Claim a task (others then cannot complete it)', tags: ['tasks'], params: IdParam, headers: IdempotencyHeaders, response: TaskActionResponses },
    },
    async (req) => {
      const id = req.params.id;
      return taskAction(
        req,
        id,
        'claim_task',
        (t, _c, actor) => notOpen(t) ?? (t.claimedBy && t.claimedBy !== actor.sub ? refusal(REFUSALS.CLAIMED_BY_OTHER, `task ${t.id} is claimed by ${t.claimedBy}`) : null),
        (_caseId, actor) => (h) => h.executeUpdate(claimTaskUpdate, { args: [{ taskId: id, actor }] }),
        (c) => c.tasks.some((t) => t.id === id && (t.claimedBy !== null || t.status !== 'open')),
      );
    },
  );

  app.post(
    '/tasks/:id/unclaim',
    {
      config: { roles: TASK_ROLES, idempotent: true, action: 'unclaim_task', idOf: 'task' },
      schema: { summary: 'Give a claimed task back to the queue', tags: ['tasks'], params: IdParam, headers: IdempotencyHeaders, response: TaskActionResponses },
    },
    async (req) => {
      const id = req.params.id;
      return taskAction(
        req,
        id,
        'unclaim_task',
        (t, _c, actor) =>
          notOpen(t) ?? (t.claimedBy !== actor.sub ? refusal(REFUSALS.CLAIMED_BY_OTHER, t.claimedBy ? `task ${t.id} is claimed by ${t.claimedBy}` : `task ${t.id} is not claimed`) : null),
        (_caseId, actor) => (h) => h.executeUpdate(unclaimTaskUpdate, { args: [{ taskId: id, actor }] }),
        (c) => c.tasks.some((t) => t.id === id && (t.claimedBy === null || t.status !== 'open')),
      );
    },
  );

  app.post(
    '/tasks/:id/complete',
    {
      config: { roles: TASK_ROLES, idempotent: true, action: 'complete_task', idOf: 'task' },
      schema: {
        summary: 'Decide a task: approve (passes this step) or reject, with reasons and evidence',
        description:
          'For appeal_decision, approve means the appeal is granted. A rejection, a township opinion, a county decision and an appeal decision need written reasons. ' +
          'Whoever gave the township opinion on a case, or filed it as agent, may not make its county decision (separation of duties → 403).',
        tags: ['tasks'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: CompleteBody,
        response: TaskActionResponses,
      },
    },
    async (req) => {
      const id = req.params.id;
      const b = req.body;
      const reasons = (b.reasons ?? '').trim();
      return taskAction(
        req,
        id,
        'complete_task',
        (t, c, actor) => {
          const closed = notOpen(t);
          if (closed) return closed;
          if (t.claimedBy && t.claimedBy !== actor.sub) return refusal(REFUSALS.CLAIMED_BY_OTHER, `task ${t.id} is claimed by ${t.claimedBy}`);
          const sod = separationOfDuties(actor, t.type, c.row, c.tasks);
          if (sod) return refusal(REFUSALS.SEPARATION_OF_DUTIES, sod);
          if (b.decision === 'reject' && !reasons) return refusal(REFUSALS.REASONS_REQUIRED, 'a rejection needs written reasons (001 §五: reasons are delivered to the applicant)');
          if (WRITTEN.has(t.type) && !reasons) return refusal(REFUSALS.REASONS_REQUIRED, `a ${t.type} needs reasons (the opinion or decision is given in writing)`);
          if (t.type === 'county_decision') {
            const recheck = c.tasks.find((x) => x.type === 'county_recheck' && x.status === 'open');
            if (recheck) return refusal(REFUSALS.WRONG_STATE, `the county re-check ${recheck.id} is still open; decide after it is done`);
          }
          return null;
        },
        (_caseId, actor) => (h) =>
          h.executeUpdate(completeTaskUpdate, {
            args: [
              {
                taskId: id,
                actor,
                decision: b.decision,
                ...(reasons ? { reasons } : {}),
                ...(b.publish !== undefined ? { publish: b.publish } : {}),
                ...(b.evidence ? { evidence: b.evidence.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))) } : {}),
                ...(b.amountFen !== undefined ? { amountFen: b.amountFen } : {}),
              },
            ],
          }),
        (c) => c.tasks.some((t) => t.id === id && t.status !== 'open'),
      );
    },
  );
};

export function taskItem(t: TaskRow, now: Date): z.infer<typeof TaskItem> {
  return {
    id: t.id,
    caseId: t.caseId,
    type: t.type as TaskType,
    role: t.role,
    status: t.status,
    county: t.county,
    township: t.township,
    priority: t.priority,
    openedAt: t.createdAt.toISOString(),
    dueAt: t.dueAt ? t.dueAt.toISOString() : null,
    dueDate: t.dueDate,
    provisional: t.provisional,
    overdue: isOverdue(t, now),
    claimedBy: t.claimedBy,
  };
}

export default tasks;
