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
import { authorize, authorizeApply, type CaseAction } from '../../rules/authority.js';
import { maskIdNumber, maskName } from '../../rules/mask.js';
import { SHANGHAI_OFFSET_MS } from '../../rules/timezone.js';
import { loadCase, loadPayments, releaseOpenMatter, reserveOpenMatter, type LoadedCase } from '../../store/cases.js';
import { unsealKeys } from '../../store/seal.js';
import {
  commissionRecheckUpdate,
  disburseUpdate,
  fileAppealUpdate,
  fileObjectionUpdate,
  intakeUpdate,
  stopRecurringUpdate,
  workflowIdForCase,
  REFUSALS,
  type Actor,
  type CaseInput,
  type CaseState,
} from '../../workflows/definitions.js';
import { actorOf } from '../context.js';
import { Problem, notFound, refusalOf, unavailable } from '../errors.js';
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
import { afterUpdate, caseView, factsFromRows, paymentView } from '../views.js';
import { intakePolicyCheck } from '../intake-policy.js';
import { DEFAULT_WORKFLOW_TIMEOUT_MS, callWorkflow, refused } from '../workflow.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** BF + county + yymmdd (Asia/Shanghai) + 6 random base32 characters. */
export function newCaseId(county: string, now = new Date()): string {
  const d = new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  const ymd = d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
  const bytes = randomBytes(6);
  let tail = '';
  for (const b of bytes) tail += BASE32[b & 31];
  return `BF${county}${ymd}${tail}`;
}

const cases: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const keys = unsealKeys(deps.secrets);
  const checkIntakePolicy = intakePolicyCheck(db);

  /** The case if the actor may `action` it (rules/authority.ts); otherwise the refusal (recorded). */
  async function caseFor(req: FastifyRequest, id: string, action: CaseAction, auditAction: string, content: { reasons?: string; text?: string } = {}): Promise<LoadedCase> {
    const actor = actorOf(req);
    const c = await loadCase(db, id, keys);
    if (!c) throw notFound();
    const v = authorize(actor, { action, ...content }, factsFromRows(c.row, c.tasks), Date.now());
    if (!v.ok) throw await refused(deps, req, { caseId: id, actor, action: auditAction }, refusalOf(v));
    return c;
  }

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
      const may = authorizeApply(actor, b);
      // No case exists yet, so a place outside the clerk's area is a plain 403 (nothing to hide).
      if (!may.ok) throw new Problem(403, may.code, 'Outside your jurisdiction', may.message, { ref: may.ref });
      const now = new Date();
      await checkIntakePolicy(b, now); // 422 naming the missing regional parameter / emergency.amountFen (issue 12)
      const id = newCaseId(b.county, now);
      const personKey = personKeyOf(deps.secrets.payloadKey, b.applicant.idNumber);
      await reserveOpenMatter_(personKey, b.matter, id);

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
      let state: CaseState;
      try {
        state = await deps.temporal.withDeadline(Date.now() + (deps.workflowTimeoutMs ?? DEFAULT_WORKFLOW_TIMEOUT_MS), () =>
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
          await releaseOpenMatter(db, id).catch(() => {});
          req.log.warn({ err }, 'could not start a case workflow');
          throw unavailable('the case could not be started (the workflow service is not available); nothing was recorded — try again');
        }
        // Started, but intake was not confirmed in time (e.g. no worker polling): the case exists and
        // will be recorded when a worker picks it up.
        req.log.warn({ err, caseId: id }, 'case started, intake not yet confirmed');
        return reply.code(202).send({ id, status: 'township_review', pending: true, detail: 'the case was started; its intake is not recorded yet — read it again shortly' });
      }
      // The intake update returns once the case, its first task and its audit event are written: the
      // answer is built from what it returned, without reading the projection back.
      const received: LoadedCase = {
        row: {
          id,
          status: state.status,
          currentStep: state.currentStep ?? null,
          matter: b.matter,
          county: b.county,
          township: b.township,
          applicantNameMasked: maskName(b.applicant.name),
          idNumberMasked: maskIdNumber(b.applicant.idNumber),
          applicant: b.applicant,
          category: b.applicant.category,
          hardshipSituation: b.hardshipSituation,
          filedBy: input.filedBy,
          emergency: b.emergency ?? null,
          priority: state.priority ?? 0,
          open: true,
          writtenReasons: null,
          publicationText: null,
          appealDeadline: null,
          receivedAt: now,
        },
        tasks: [],
        payments: [],
      };
      const c = afterUpdate(received, state);
      return reply.code(201).header('location', `/v1/cases/${id}`).send(caseView(c.row, c.tasks, c.payments, actor));
    },
  );

  /** 一事一批: reserve (person, matter) for this case, or 409 naming the open case. */
  async function reserveOpenMatter_(personKey: string, matter: string, caseId: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await reserveOpenMatter(db, personKey, matter, caseId);
      if (r === null) continue; // released meanwhile
      if (r.reserved) return;
      if (!r.recorded && Date.now() - r.createdAt.getTime() > 10 * 60_000 && (await workflowExists(r.caseId)) === false) {
        // A reservation whose start failed and was never released: release it and try again.
        await releaseOpenMatter(db, r.caseId);
        continue;
      }
      throw new Problem(
        409,
        'DUPLICATE_OPEN_MATTER',
        'An open case exists for this person and matter',
        `case ${r.caseId} for the same person and matter (${matter}) is still open: one matter, one approval (一事一批, 001 §五)`,
        { caseId: r.caseId, openCaseId: r.caseId, id: r.caseId },
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
      const c = await caseFor(req, req.params.id, 'read', 'read_case');
      return caseView(c.row, c.tasks, c.payments, actor);
    },
  );

  // ---------------------------------------------------------------- actions on a case
  /**
   * An action on a case, under the per-case lock: the authority's pre-check on the rows (404 outside
   * the caller's area, 403 wrong role, 409 wrong state — each recorded), the workflow update (its own
   * validator asks the same authority, which decides races), and the answer from the update's result.
   */
  async function caseAction(
    req: FastifyRequest,
    o: { id: string; action: CaseAction; auditAction: string; content?: { reasons?: string; text?: string }; run: (h: WorkflowHandle, actor: Actor) => Promise<CaseState> },
  ): Promise<{ before: LoadedCase; after: LoadedCase; state: CaseState }> {
    const actor = actorOf(req);
    return app.caseLock(o.id, async () => {
      const before = await caseFor(req, o.id, o.action, o.auditAction, o.content);
      const state = await callWorkflow(deps, req, { caseId: o.id, actor, action: o.auditAction, closed: REFUSALS.WRONG_STATE, run: (h) => o.run(h, actor) });
      return { before, after: afterUpdate(before, state), state };
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
        action: 'appeal',
        auditAction: 'file_appeal',
        content: { reasons: req.body.reasons },
        run: (h, actor) => h.executeUpdate(fileAppealUpdate, { args: [{ actor, reasons: req.body.reasons }] }),
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
        action: 'objection',
        auditAction: 'file_objection',
        content: { text: req.body.text },
        run: (h, actor) => h.executeUpdate(fileObjectionUpdate, { args: [{ actor, text: req.body.text }] }),
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
        action: 'recheck',
        auditAction: 'commission_recheck',
        run: (h, actor) => h.executeUpdate(commissionRecheckUpdate, { args: [{ actor, ...(req.body.reasons ? { reasons: req.body.reasons } : {}) }] }),
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
        action: 'payment',
        auditAction: 'disburse',
        run: (h, actor) => h.executeUpdate(disburseUpdate, { args: [{ actor, ...(req.body.period ? { period: req.body.period } : {}) }] }),
      });
      // The payment's breakdown (rules/ calculators) is read once from the stored payment.
      const had = new Set(before.payments.map((p) => `${p.item}|${p.period}`));
      after.payments = await loadPayments(db, req.params.id);
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
        action: 'stop',
        auditAction: 'stop_recurring',
        content: { reasons: req.body.reasons },
        run: (h, actor) => h.executeUpdate(stopRecurringUpdate, { args: [{ actor, reasons: req.body.reasons }] }),
      });
      return reply.code(202).send(caseView(after.row, after.tasks, after.payments, actorOf(req)));
    },
  );

};

export default cases;
