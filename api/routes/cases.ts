/**
 * Cases: apply (一事一批 guard, update-with-start), read, history, and the actions taken on a case as a
 * whole (appeal, objection, county re-check, payment, stopping a recurring payment).
 * SPEC §2; 001 §五.
 */
import { randomBytes } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { personKeyOf } from '../../platform/secrets.js';
import {
  REFUSALS,
  commissionRecheckUpdate,
  disburseUpdate,
  fileAppealUpdate,
  fileObjectionUpdate,
  intakeUpdate,
  stopRecurringUpdate,
  workflowIdForCase,
  type Actor,
  type CaseInput,
  type CaseState,
  type Role,
} from '../../workflows/definitions.js';
import { canSeeCase, holdsRoleAt, type Place } from '../access.js';
import { awaitProjection, loadCase, unsealKeys, type LoadedCase } from '../casedb.js';
import { actorOf } from '../context.js';
import { Problem, notFound, refusal, unavailable } from '../errors.js';
import {
  AcceptedCase,
  AppealBody,
  CaseView,
  CreateCaseBody,
  DisburseBody,
  IdParam,
  IdempotencyHeaders,
  ObjectionBody,
  PaymentResponse,
  RecheckBody,
  StopBody,
  problems,
} from '../schemas.js';
import { caseView, paymentView } from '../views.js';
import { intakePolicyCheck } from '../intake-policy.js';
import { DEFAULT_WORKFLOW_TIMEOUT_MS, callWorkflow, refused } from '../workflow.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** BF + county + yymmdd (Asia/Shanghai) + 6 random base32 characters. */
export function newCaseId(county: string, now = new Date()): string {
  const d = new Date(now.getTime() + 8 * 3600_000).toISOString();
  const ymd = d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
  const bytes = randomBytes(6);
  let tail = '';
  for (const b of bytes) tail += BASE32[b & 31];
  return `BF${county}${ymd}${tail}`;
}

const RECURRING = new Set(['living_supplement']);

const cases: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const keys = unsealKeys(deps.secrets);
  const checkIntakePolicy = intakePolicyCheck(db);

  /** The case if the actor passes `may` for it; otherwise 404 (recorded), never its contents. */
  async function caseFor(req: FastifyRequest, id: string, action: string, may: (a: Actor, p: Place) => boolean = canSeeCase): Promise<LoadedCase> {
    const actor = actorOf(req);
    const c = await loadCase(db, id, keys);
    if (!c) throw notFound();
    if (!may(actor, c.row)) {
      throw await refused(deps, req, { caseId: id, actor, action }, refusal(REFUSALS.WRONG_JURISDICTION, `case ${id} (county ${c.row.county}, township ${c.row.township}) is outside the caller's jurisdiction (county ${actor.county ?? '-'}, township ${actor.township ?? '-'}) for ${action}`));
    }
    return c;
  }

  const holdsAny = (roles: Role[]) => (a: Actor, p: Place) => roles.some((r) => holdsRoleAt(a, r, p));

  /** Waits until the projection shows the workflow's answer (status, and its tasks at least as far). */
  const caughtUp = (s: CaseState) => (c: LoadedCase) =>
    c.row.status === s.status &&
    s.tasks.every((t) => {
      const r = c.tasks.find((x) => x.id === t.id);
      return r !== undefined && (t.status === 'open' || r.status !== 'open');
    });

  // ---------------------------------------------------------------- apply
  app.post(
    '/cases',
    {
      config: { roles: ['station_clerk'], idempotent: true, action: 'apply' },
      schema: {
        summary: 'Apply for help (申请): starts the case workflow',
        description:
          'One matter, one approval (一事一批): a second open case for the same person and matter is refused with 409 naming the open case. ' +
          'Needs the applicant\'s consent to the means check (001 §五(一)). The station clerk files in their own county and township.',
        tags: ['cases'],
        headers: IdempotencyHeaders,
        body: CreateCaseBody,
        response: { 201: CaseView, 202: AcceptedCase, ...problems(400, 401, 403, 409, 422, 503) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const b = req.body;
      if (!holdsRoleAt(actor, 'station_clerk', b)) {
        throw new Problem(403, REFUSALS.WRONG_JURISDICTION, 'Outside your jurisdiction', `you file applications for county ${actor.county ?? '-'} township ${actor.township ?? '-'}; this one is for county ${b.county} township ${b.township}`);
      }
      const now = new Date();
      await checkIntakePolicy(b, now); // 422 naming the missing regional parameter / emergency.amountFen (issue 12)
      const id = newCaseId(b.county, now);
      const personKey = personKeyOf(deps.secrets.payloadKey, b.applicant.idNumber);
      await reserveOpenMatter(personKey, b.matter, id);

      const agent = b.filedBy.capacity === 'agent' ? (b.filedBy.sub ?? b.filedBy.agentId ?? actor.sub) : actor.sub;
      const input: CaseInput = {
        caseId: id,
        receivedAt: now.toISOString(),
        applicant: b.applicant,
        personKey,
        matter: b.matter,
        hardshipSituation: b.hardshipSituation as CaseInput['hardshipSituation'],
        county: b.county,
        township: b.township,
        consentToMeansCheck: true,
        filedBy: {
          capacity: b.filedBy.capacity,
          sub: agent,
          ...(b.filedBy.name ? { name: b.filedBy.name } : {}),
          ...(b.filedBy.relation ? { relation: b.filedBy.relation } : {}),
        },
        ...(b.emergency ? { emergency: b.emergency } : {}),
        ...(b.benefit ? { benefit: b.benefit } : {}),
        ...(b.exclusions ? { exclusions: b.exclusions } : {}),
      };
      const op = new WithStartWorkflowOperation('caseWorkflow', {
        workflowId: workflowIdForCase(id),
        taskQueue: deps.taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
      });
      try {
        await deps.temporal.withDeadline(Date.now() + (deps.workflowTimeoutMs ?? DEFAULT_WORKFLOW_TIMEOUT_MS), () =>
          deps.temporal.workflow.executeUpdateWithStart(intakeUpdate, { startWorkflowOperation: op }),
        );
      } catch (err) {
        // The start may have happened even when its answer did not arrive (e.g. the deadline passed
        // while the update waited for a worker): ask Temporal before releasing the reservation.
        const started =
          (await op.workflowHandle().then(
            () => true,
            () => false,
          )) || (await workflowExists(id)) === true;
        if (!started) {
          await db.openMatter.deleteMany({ where: { caseId: id } }).catch(() => {});
          req.log.warn({ err }, 'could not start a case workflow');
          throw unavailable('the case could not be started (the workflow service is not available); nothing was recorded — try again');
        }
        // Started, but intake was not confirmed in time (e.g. no worker polling): the case exists and
        // will be recorded when a worker picks it up.
        req.log.warn({ err, caseId: id }, 'case started, intake not yet confirmed');
        return reply.code(202).send({ id, status: 'township_review', pending: true, detail: 'the case was started; its intake is not recorded yet — read it again shortly' });
      }
      const c = await awaitProjection(db, id, (x) => x.tasks.length > 0, 5_000, keys);
      if (!c) return reply.code(202).send({ id, status: 'township_review', pending: true, detail: 'the case was started; it is not readable yet — read it again shortly' });
      return reply.code(201).header('location', `/v1/cases/${id}`).send(caseView(c.row, c.tasks, c.payments, actor));
    },
  );

  /** 一事一批: reserve (person, matter) for this case, or 409 naming the open case. */
  async function reserveOpenMatter(personKey: string, matter: string, caseId: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await db.$executeRaw`insert into open_matters (person_key, matter, case_id) values (${personKey}, ${matter}, ${caseId}) on conflict do nothing`;
      if (inserted === 1) return;
      const existing = await db.openMatter.findUnique({ where: { personKey_matter: { personKey, matter } } });
      if (!existing) continue; // released meanwhile
      const row = await db.case.findUnique({ where: { id: existing.caseId }, select: { id: true } });
      if (!row && Date.now() - existing.createdAt.getTime() > 10 * 60_000 && (await workflowExists(existing.caseId)) === false) {
        // A reservation whose start failed and was never released: release it and try again.
        await db.openMatter.deleteMany({ where: { caseId: existing.caseId } });
        continue;
      }
      throw new Problem(
        409,
        'DUPLICATE_OPEN_MATTER',
        'An open case exists for this person and matter',
        `case ${existing.caseId} for the same person and matter (${matter}) is still open: one matter, one approval (一事一批, 001 §五)`,
        { caseId: existing.caseId, openCaseId: existing.caseId, id: existing.caseId },
      );
    }
    throw unavailable('the application could not be reserved; try again');
  }

  /** true / false, or null when Temporal cannot tell (unreachable). */
  async function workflowExists(caseId: string): Promise<boolean | null> {
    try {
      await deps.temporal.withDeadline(Date.now() + 3_000, () => deps.temporal.workflow.getHandle(workflowIdForCase(caseId)).describe());
      return true;
    } catch (e) {
      return e instanceof WorkflowNotFoundError ? false : null;
    }
  }

  // ---------------------------------------------------------------- read
  app.get(
    '/cases/:id',
    {
      config: { action: 'read_case' },
      schema: {
        summary: 'A case: status, steps with deadlines, payments, what you may do next',
        description: 'Personal data is masked (name partly, the ID number never whole) except for auditors. Outside your jurisdiction → 404.',
        tags: ['cases'],
        params: IdParam,
        response: { 200: CaseView, ...problems(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (actor.roles.length === 0) throw new Problem(403, 'WRONG_ROLE', 'Your role may not do this', 'reading a case needs an official role');
      const c = await caseFor(req, req.params.id, 'read_case');
      return caseView(c.row, c.tasks, c.payments, actor);
    },
  );

  // ---------------------------------------------------------------- actions on a case
  /**
   * Runs an action on a case under the per-case lock: jurisdiction (404), the state pre-check (409,
   * recorded), the workflow update (its refusals mapped and recorded), then the projection.
   */
  async function caseAction(
    req: FastifyRequest,
    o: {
      id: string;
      action: string;
      roles: Role[];
      precheck?: (c: LoadedCase) => Problem | null;
      run: (h: WorkflowHandle, actor: Actor) => Promise<CaseState>;
      settled?: (s: CaseState) => (c: LoadedCase) => boolean;
    },
  ): Promise<{ before: LoadedCase; after: LoadedCase; state: CaseState }> {
    const actor = actorOf(req);
    return app.caseLock(o.id, async () => {
      const before = await caseFor(req, o.id, o.action, holdsAny(o.roles));
      const p = o.precheck?.(before) ?? null;
      if (p) throw await refused(deps, req, { caseId: o.id, actor, action: o.action }, p);
      const state = await callWorkflow(deps, req, { caseId: o.id, actor, action: o.action, closed: REFUSALS.WRONG_STATE, run: (h) => o.run(h, actor) });
      const after = (await awaitProjection(db, o.id, (o.settled ?? caughtUp)(state), undefined, keys)) ?? before;
      return { before, after, state };
    });
  }

  const CaseAccepted = { 202: CaseView, ...problems(400, 401, 403, 404, 409, 422, 503) };

  app.post(
    '/cases/:id/appeal',
    {
      config: { roles: ['station_clerk'], idempotent: true, action: 'file_appeal', idOf: 'case' },
      schema: {
        summary: 'Ask for re-review (复核) of a rejected case, on the applicant\'s behalf',
        description: 'Within the appeal window (parameter; not in seeds: default 60 days). Opens an appeal_decision task for the appeal reviewer. 001 §五(四).',
        tags: ['cases'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: AppealBody,
        response: CaseAccepted,
      },
    },
    async (req, reply) => {
      const { after } = await caseAction(req, {
        id: req.params.id,
        action: 'file_appeal',
        roles: ['station_clerk'],
        precheck: ({ row }) => {
          if (row.status !== 'rejected') return refusal(REFUSALS.WRONG_STATE, `only a rejected case can be appealed; case ${row.id} is ${row.status}`);
          if (row.appealDeadline && row.appealDeadline.getTime() < Date.now()) return refusal(REFUSALS.WINDOW_CLOSED, `the appeal window closed at ${row.appealDeadline.toISOString()}`);
          return null;
        },
        run: (h, actor) => h.executeUpdate(fileAppealUpdate, { args: [{ actor, reasons: req.body.reasons }] }),
        settled: () => (c) => c.row.status === 'closed' || c.tasks.some((t) => t.type === 'appeal_decision' && t.status === 'open'),
      });
      return reply.code(202).send(caseView(after.row, after.tasks, after.payments, actorOf(req)));
    },
  );

  app.post(
    '/cases/:id/objections',
    {
      config: { roles: ['station_clerk'], idempotent: true, action: 'file_objection', idOf: 'case' },
      schema: {
        summary: 'Record an objection raised during publication (公示): the case goes to a re-check before payment',
        tags: ['cases'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: ObjectionBody,
        response: CaseAccepted,
      },
    },
    async (req, reply) => {
      const { after } = await caseAction(req, {
        id: req.params.id,
        action: 'file_objection',
        roles: ['station_clerk'],
        precheck: ({ row }) => (row.status !== 'publication' ? refusal(REFUSALS.WRONG_STATE, `objections are taken during publication; case ${row.id} is ${row.status}`) : null),
        run: (h, actor) => h.executeUpdate(fileObjectionUpdate, { args: [{ actor, text: req.body.text }] }),
        settled: () => (c) => c.tasks.some((t) => t.type === 'objection_recheck' && t.status === 'open') || c.row.status !== 'publication',
      });
      return reply.code(202).send(caseView(after.row, after.tasks, after.payments, actorOf(req)));
    },
  );

  app.post(
    '/cases/:id/recheck',
    {
      config: { roles: ['county_approver'], idempotent: true, action: 'commission_recheck', idOf: 'case' },
      schema: {
        summary: 'Commission the county service center to re-check (复查) before the county decision',
        description: '001 §五(三). The county decision waits until the re-check is done.',
        tags: ['cases'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: RecheckBody,
        response: CaseAccepted,
      },
    },
    async (req, reply) => {
      const { after } = await caseAction(req, {
        id: req.params.id,
        action: 'commission_recheck',
        roles: ['county_approver'],
        precheck: ({ row, tasks }) => {
          if (!tasks.some((t) => t.type === 'county_decision' && t.status === 'open')) return refusal(REFUSALS.WRONG_STATE, `case ${row.id} is not awaiting a county decision (status ${row.status})`);
          if (tasks.some((t) => t.type === 'county_recheck' && t.status === 'open')) return refusal(REFUSALS.WRONG_STATE, 'a county re-check is already open');
          return null;
        },
        run: (h, actor) => h.executeUpdate(commissionRecheckUpdate, { args: [{ actor, ...(req.body.reasons ? { reasons: req.body.reasons } : {}) }] }),
        settled: () => (c) => c.tasks.some((t) => t.type === 'county_recheck' && t.status === 'open'),
      });
      return reply.code(202).send(caseView(after.row, after.tasks, after.payments, actorOf(req)));
    },
  );

  app.post(
    '/cases/:id/payments',
    {
      config: { roles: ['finance'], idempotent: true, action: 'disburse', idOf: 'case' },
      schema: {
        summary: 'Disburse the approved benefit (exactly once per case, item and period)',
        description: 'The amount comes from the benefit calculators (rules/) with its breakdown. SPEC §2.6, §3.',
        tags: ['cases', 'payments'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: DisburseBody,
        response: { 201: PaymentResponse, ...problems(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (req, reply) => {
      const { before, after } = await caseAction(req, {
        id: req.params.id,
        action: 'disburse',
        roles: ['finance'],
        precheck: ({ row }) => (row.status !== 'payable' ? refusal(REFUSALS.WRONG_STATE, `case ${row.id} is ${row.status}, not payable`) : null),
        run: (h, actor) => h.executeUpdate(disburseUpdate, { args: [{ actor, ...(req.body.period ? { period: req.body.period } : {}) }] }),
        settled: (s) => (c) => c.payments.length >= s.payments.length && c.row.status !== 'payable',
      });
      const had = new Set(before.payments.map((p) => `${p.item}|${p.period}`));
      const fresh = after.payments.find((p) => !had.has(`${p.item}|${p.period}`)) ?? null;
      const v = caseView(after.row, after.tasks, after.payments, actorOf(req));
      return reply.code(201).send({ ...v, payment: fresh ? paymentView(fresh, true) : null });
    },
  );

  app.post(
    '/cases/:id/stop',
    {
      config: { roles: ['county_approver', 'finance'], idempotent: true, action: 'stop_recurring', idOf: 'case' },
      schema: {
        summary: 'Stop a recurring living supplement (e.g. the household left 低保)',
        description: '001 §四(一), 000 §4. Closes the case after the last paid month.',
        tags: ['cases', 'payments'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: StopBody,
        response: CaseAccepted,
      },
    },
    async (req, reply) => {
      const { after } = await caseAction(req, {
        id: req.params.id,
        action: 'stop_recurring',
        roles: ['county_approver', 'finance'],
        precheck: ({ row }) =>
          row.status !== 'paid' || !row.open || !RECURRING.has(row.matter) ? refusal(REFUSALS.WRONG_STATE, `case ${row.id} has no recurring payment running (status ${row.status})`) : null,
        run: (h, actor) => h.executeUpdate(stopRecurringUpdate, { args: [{ actor, reasons: req.body.reasons }] }),
        settled: () => (c) => c.row.status === 'closed',
      });
      return reply.code(202).send(caseView(after.row, after.tasks, after.payments, actorOf(req)));
    },
  );

};

export default cases;
