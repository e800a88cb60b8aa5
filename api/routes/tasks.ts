/**
 * The officials' inbox and the actions on a task (claim, unclaim, complete). Role, jurisdiction, state
 * and separation of duties are checked against the task row first (so a task outside the caller's area
 * never reaches the workflow and never leaks); the workflow's validators decide races.
 * SPEC §2 "Who may act", §5.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { CITY_ROLES, authorize, levelOfRole, type ActionRequest, type CaseFacts, type TaskAction } from '../../rules/authority.js';
import { STEP_ROLES } from '../../rules/steps.js';
import { referralKindOf, referralOutcomeProblems } from '../../rules/benefits/referrals.js';
import { shanghaiDate } from '../../rules/index.js';
import { loadCase, type LoadedCase } from '../../store/cases.js';
import { unsealKeys } from '../../store/seal.js';
import { findTask, inbox, type InboxScope } from '../../store/tasks.js';
import { REFUSALS, claimTaskUpdate, completeTaskUpdate, unclaimTaskUpdate, type Actor, type CaseState, type CompleteTaskInput, type Role, type TaskType } from '../../workflows/definitions.js';
import { actorOf } from '../context.js';
import { Problem, notFound, refusalOf } from '../errors.js';
import { IdParam, IdempotencyHeaders, problems } from '../schemas.js';
import { CompleteBody, TaskActionResult, TaskItem, TaskList, TaskQuery } from '../schemas-tasks.js';
import { afterUpdate, caseView, factsFromRows, isOverdue, type TaskRow } from '../views.js';
import { callWorkflow, refused } from '../workflow.js';

/** Every role that can hold a task in the inbox: the case steps' roles and any other process's. */
export const INBOX_ROLES: readonly Role[] = STEP_ROLES;

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
      const scopes: InboxScope[] = [];
      for (const role of actor.roles) {
        if (!actor.county) continue;
        if (levelOfRole(role) === 'township') {
          if (actor.township) scopes.push({ role, county: actor.county, township: actor.township });
        } else if (CITY_ROLES.includes(role) && actor.county.endsWith('00')) {
          // A city-level token (GB/T 2260 XXXX00): the appeals addressed to the next level up (001 §五3).
          scopes.push({ role, county: actor.county, city: actor.county.slice(0, 4) });
        } else scopes.push({ role, county: actor.county });
      }
      const claimedBy = q.claimedBy === undefined ? undefined : q.claimedBy === 'none' ? null : q.claimedBy === 'me' ? actor.sub : q.claimedBy;
      const r = await inbox(db, scopes, { status: q.status, type: q.type, overdue: q.overdue, claimedBy, dueDate: q.dueDate, provisional: q.provisional, limit: q.limit, offset: q.offset }, now);
      return { items: r.items.map((t) => taskItem(t, now)), total: r.total };
    },
  );

  /** A task that is not a case step: the authority sees its own row (role, place, claim). */
  function factsOfTask(t: TaskRow): CaseFacts {
    return {
      id: t.caseId,
      status: 'open',
      matter: '',
      county: t.county,
      township: t.township,
      recurring: false,
      appealDeadline: null,
      filedByAgent: null,
      tasks: [{ id: t.id, type: t.type, role: t.role as Role, status: t.status as 'open', claimedBy: t.claimedBy, decidedBy: t.completedBy }],
    };
  }

  /**
   * Under the case's lock: the authority's pre-check on the rows (refusals recorded; a task outside
   * the caller's area answers 404 and never reaches the workflow), the update on the workflow that owns
   * the task, and the answer built from the update's result — no polling of the projection.
   */
  async function taskAction(
    req: FastifyRequest,
    id: string,
    ask: ActionRequest & { action: TaskAction },
    send: (actor: Actor) => Parameters<typeof callWorkflow<CaseState>>[2]['run'],
    validate?: (task: TaskRow, c: LoadedCase | null) => void,
  ) {
    const actor = actorOf(req);
    const first = await findTask(db, id);
    if (!first) throw notFound();
    return app.caseLock(first.caseId, async () => {
      // Read again under the lock: a case step from the case's own rows (one read), any other task by id.
      const isCase = (first.subjectType ?? 'case') === 'case';
      const c: LoadedCase | null = isCase ? await loadCase(db, first.caseId, keys) : null;
      if (isCase && !c) throw notFound();
      const task = (c ? c.tasks.find((t) => t.id === id) : await findTask(db, id)) ?? first;
      const facts = c ? factsFromRows(c.row, c.tasks) : factsOfTask(task);
      const where = { caseId: task.caseId, actor, action: `${ask.action}_task`, taskId: id };
      const v = authorize(actor, { ...ask, taskId: id }, facts, Date.now());
      if (!v.ok) throw await refused(deps, req, where, refusalOf(v));
      validate?.(task, c);
      const state = await callWorkflow(deps, req, { caseId: task.caseId, workflowId: task.workflowId ?? undefined, actor, action: where.action, taskId: id, closed: REFUSALS.TASK_COMPLETED, run: send(actor) });
      if (c) return caseView(...spread(afterUpdate(c, state)), actor);
      const after = (await findTask(db, id)) ?? task;
      return { task: taskItem(after, new Date()), subject: { type: task.subjectType ?? 'case', id: task.caseId } };
    });
  }
  const spread = (l: LoadedCase) => [l.row, l.tasks, l.payments] as const;

  const TaskActionResponses = { 200: TaskActionResult, ...problems(400, 401, 403, 404, 409, 422, 503) };

  app.post(
    '/tasks/:id/claim',
    {
      config: { roles: INBOX_ROLES, idempotent: true, action: 'claim_task', idOf: 'task' },
      schema: { summary: 'Claim a task (others then cannot complete it)', tags: ['tasks'], params: IdParam, headers: IdempotencyHeaders, response: TaskActionResponses },
    },
    async (req) => {
      const id = req.params.id;
      return taskAction(req, id, { action: 'claim' }, (actor) => (h) => h.executeUpdate(claimTaskUpdate, { args: [{ taskId: id, actor }] }));
    },
  );

  app.post(
    '/tasks/:id/unclaim',
    {
      config: { roles: INBOX_ROLES, idempotent: true, action: 'unclaim_task', idOf: 'task' },
      schema: { summary: 'Give a claimed task back to the queue', tags: ['tasks'], params: IdParam, headers: IdempotencyHeaders, response: TaskActionResponses },
    },
    async (req) => {
      const id = req.params.id;
      return taskAction(req, id, { action: 'unclaim' }, (actor) => (h) => h.executeUpdate(unclaimTaskUpdate, { args: [{ taskId: id, actor }] }));
    },
  );

  app.post(
    '/tasks/:id/complete',
    {
      config: { roles: INBOX_ROLES, idempotent: true, action: 'complete_task', idOf: 'task' },
      schema: {
        summary: 'Decide a task: approve (passes this step) or reject, with reasons and evidence',
        description:
          'For appeal_decision, approve means the appeal is granted. A rejection, a township opinion, a county decision and an appeal decision need written reasons. ' +
          'Whoever gave the township opinion on a case, or filed it as agent, may not make its county decision (separation of duties → 403). ' +
          'A case step answers with the case; a task of another process (a standing duty, a retired cadre\'s) answers with the task.',
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
      const verification = b.verification ? { ...b.verification } : undefined;
      const referral = b.referral ? (b.referral as NonNullable<CompleteTaskInput['referral']>) : undefined;
      return taskAction(req, id, { action: 'complete', decision: b.decision, reasons, ...(b.amountFen !== undefined ? { amountFen: b.amountFen } : {}), ...(verification ? { verification } : {}) }, (actor) => (h) =>
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
              ...(verification ? { verification } : {}),
              ...(referral ? { referral } : {}),
            },
          ],
        }),
        (task, c) => checkReferral(task, c, b.referral),
      );
    },
  );
};

/**
 * A referral's outcome (001 §五 last paragraph; issue 12 row 12): on a referral case's referral_outcome
 * task the other department's answer is required and checked by referralOutcomeProblems — a 400 naming
 * `referral.<field>`; on any other task it is not accepted.
 */
function checkReferral(task: TaskRow, c: LoadedCase | null, referral: Record<string, unknown> | undefined): void {
  const kind = c && task.type === 'referral_outcome' ? referralKindOf(c.row.matter) : null;
  const errors = (list: { path: string; message: string }[]) =>
    new Problem(400, 'VALIDATION', 'The request is not valid', list.map((e) => `referral.${e.path}: ${e.message}`).join('; '), { errors: list.map((e) => ({ path: e.path ? `referral.${e.path}` : 'referral', in: 'body', message: e.message })) });
  if (kind === null) {
    if (referral !== undefined) throw errors([{ path: '', message: `the other department's outcome is recorded on a referral case's referral_outcome task, not on ${task.type}` }]);
    return;
  }
  const problems = referralOutcomeProblems(kind, shanghaiDate(task.createdAt.toISOString()), referral ?? {});
  if (problems.length > 0) throw errors(problems);
}

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
    data: (t.data as Record<string, unknown> | null | undefined) ?? null,
  };
}

export default tasks;
