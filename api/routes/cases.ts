/**
 * Cases: reading one, and the actions taken on a case as a whole (appeal, objection, county re-check,
 * payment, stopping a recurring payment). Applying is api/routes/apply.ts. SPEC §2; 001 §五.
 */
import type { WorkflowHandle } from '@temporalio/client';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize, type CaseAction } from '../../rules/authority.js';
import { duePeriod } from '../../rules/matter-class.js';
import { loadCase, loadPayments, type LoadedCase } from '../../store/cases.js';
import { unsealKeys } from '../../store/seal.js';
import {
  commissionRecheckUpdate,
  disburseUpdate,
  fileAppealUpdate,
  fileObjectionUpdate,
  stopRecurringUpdate,
  recordConsentUpdate,
  REFUSALS,
  type Actor,
  type CaseState,
} from '../../workflows/definitions.js';
import { actorOf } from '../context.js';
import { Problem, notFound, refusalOf } from '../errors.js';
import {
  AppealBody,
  ConsentBody,
  CaseView,
  DisburseBody,
  IdParam,
  IdempotencyHeaders,
  IdempotencyHeadersRequired,
  ObjectionBody,
  PaymentResponse,
  RecheckBody,
  StopBody,
  problems,
} from '../schemas.js';
import { afterUpdate, caseView, factsFromRows, paymentView } from '../views.js';
import { callWorkflow, refused } from '../workflow.js';

const cases: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const keys = unsealKeys(deps.secrets);

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
    o: { id: string; action: CaseAction; auditAction: string; content?: { reasons?: string; text?: string }; run: (h: WorkflowHandle, actor: Actor, before: LoadedCase) => Promise<CaseState> },
  ): Promise<{ before: LoadedCase; after: LoadedCase; state: CaseState }> {
    const actor = actorOf(req);
    return app.caseLock(o.id, async () => {
      const before = await caseFor(req, o.id, o.action, o.auditAction, o.content);
      const state = await callWorkflow(deps, req, { caseId: o.id, actor, action: o.auditAction, closed: REFUSALS.WRONG_STATE, run: (h) => o.run(h, actor, before) });
      return { before, after: afterUpdate(before, state), state };
    });
  }

  /**
   * The period a payment is for is the server's (issue 16 item 11): the current month (Asia/Shanghai)
   * for a recurring matter, `once` otherwise. Finance does not pick it — a past month would make the
   * recurring loop pay every month since then at once; a `period` in the body must agree (409 naming it).
   */
  function serverPeriod(matter: string, asked: string | undefined): string {
    const period = duePeriod(matter, Date.now());
    if (asked !== undefined && asked !== period) {
      const message = `the period is set by the server: ${period} for this case, not ${asked}`;
      throw new Problem(409, 'PERIOD_NOT_DUE', 'That period is not the one due', message, { errors: [{ path: 'period', in: 'body', message }], period });
    }
    return period;
  }

  const CaseAccepted = { 202: CaseView, ...problems(400, 401, 403, 404, 409, 422, 503) };

  app.post(
    '/cases/:id/appeal',
    {
      config: { roles: ['station_clerk'], idempotent: true, action: 'file_appeal', idOf: 'case' },
      schema: {
        summary: 'Ask for re-review (复核) of a decision — a rejection, or an approval (its amount) — on the applicant\'s behalf',
        description:
          'Within the appeal window (parameter; not in seeds: default 60 days from the decision; a last day on a rest day moves to the next working day, 民法典 §203). Opens an appeal_decision task for the appeal reviewer. ' +
          'An approved case keeps its status and its payment while the appeal is heard; one appeal per decision. 001 §五3.',
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
        run: (h, actor) => h.executeUpdate(fileAppealUpdate, { args: [{ actor, reasons: req.body.reasons, ...(req.body.body ? { body: req.body.body } : {}) }] }),
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
      config: { roles: ['finance'], idempotent: 'required', action: 'disburse', idOf: 'case' },
      schema: {
        summary: 'Disburse the approved benefit (exactly once per case, item and period)',
        description: 'The amount comes from the benefit calculators (rules/) with its breakdown. SPEC §2.6, §3.',
        tags: ['cases', 'payments'],
        params: IdParam,
        headers: IdempotencyHeadersRequired,
        body: DisburseBody,
        response: { 201: PaymentResponse, ...problems(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (req, reply) => {
      const { before, after } = await caseAction(req, {
        id: req.params.id,
        action: 'payment',
        auditAction: 'disburse',
        // The body's period is checked here (409 naming it); the workflow sets the period itself from its
        // own clock (issue 16 item 11), so none is sent: a month turning between here and there pays the new one.
        run: (h, actor, before) => {
          serverPeriod(before.row.matter, req.body.period);
          return h.executeUpdate(disburseUpdate, { args: [{ actor }] });
        },
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

  app.post(
    '/cases/:id/consent',
    {
      config: { roles: ['station_clerk', 'township_reviewer'], idempotent: true, action: 'record_consent', idOf: 'case' },
      schema: {
        summary: "Record the applicant's consent to the means check, for a case filed on a visit's follow-up",
        description:
          "001 §五(一): the means check (township_verification, 信息核对 and 入户调查) needs the applicant's consent. A case the station files on a visit's follow-up (000 §5, POST /v1/visits/{id}/record with openCase) starts before it is signed; until it is recorded here the verification can only be rejected with reasons.",
        tags: ['cases'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: ConsentBody,
        response: { 200: CaseView, ...problems(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (req) => {
      const { after } = await caseAction(req, {
        id: req.params.id,
        action: 'consent',
        auditAction: 'record_consent',
        run: (h, actor) => h.executeUpdate(recordConsentUpdate, { args: [{ actor, evidence: req.body.evidence }] }),
      });
      return caseView(after.row, after.tasks, after.payments, actorOf(req));
    },
  );
};

export default cases;
