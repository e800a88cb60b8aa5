/**
 * Retired cadres (004): intake within the February–October window (§5), the file, and the institution's
 * acts on it — travel (§15), return, contacts (§15), medical claims (§20), reports (§16, §18), emergency
 * treatment (§23). The API validates and authorises; the cadre's workflow (`retiree-<id>`) decides.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type WorkflowHandle } from '@temporalio/client';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { createPolicyStore } from '../../store/policy.js';
import { personKeyOf } from '../../platform/secrets.js';
import { shanghaiDate } from '../../rules/index.js';
import { intakeWindow } from '../../rules/retirees/index.js';
import { appendEventNow } from '../../store/audit.js';
import { recordSecurityEvent } from '../../store/security.js';
import { findRetireeByPersonKey, loadRetiree, type LoadedRetiree } from '../../store/retiree-reads.js';
import { REFUSALS, type Actor, type Role } from '../../workflows/definitions.js';
import {
  fileMedicalClaimUpdate,
  fileReportUpdate,
  fileTravelUpdate,
  recordContactUpdate,
  recordEmergencyUpdate,
  recordReturnUpdate,
  retireeIntakeUpdate,
  workflowIdForRetiree,
  type RetireeInput,
} from '../../workflows/retirees/definitions.js';
import { unsealKeys } from '../../store/seal.js';
import { actorOf } from '../context.js';
import { Problem, fromTemporal, notFound, refusal } from '../errors.js';
import { ClaimBody, ContactBody, EmergencyBody, ReportBody, RetireeBody, RetireeCreated, RetireeParams, RetireeView, ReturnBody, TravelBody, TravelParams } from '../retiree-schemas.js';
import { retireeView } from '../retiree-views.js';
import { IdempotencyHeaders, problems } from '../schemas.js';
import { DEFAULT_WORKFLOW_TIMEOUT_MS } from '../workflow.js';

const READERS: readonly Role[] = ['retiree_officer', 'institution_head', 'retiree_approver', 'auditor'];
const INSTITUTION: readonly Role[] = ['retiree_officer', 'institution_head'];
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** JX + county + yymmdd (Asia/Shanghai) + 6 random base32 characters. */
function newRetireeId(county: string, now: Date): string {
  const d = shanghaiDate(now).replace(/-/g, '').slice(2);
  let tail = '';
  for (const b of randomBytes(6)) tail += BASE32[b & 31];
  return `JX${county}${d}${tail}`;
}

const retirees: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const keys = unsealKeys(deps.secrets);
  const policies = createPolicyStore(db);
  const clock = () => deps.clock?.() ?? new Date();

  /**
   * A refused action goes on the retiree's chain (who, what, why), as for cases (api/refusals.ts) — but
   * a caller outside the file's county is probing: that goes to the security log, never into a chain it
   * may not read (issue 16 item 9).
   */
  async function refusedOn(req: FastifyRequest, id: string, p: Problem, outside = false): Promise<Problem> {
    const actor = actorOf(req);
    try {
      if (outside) {
        await recordSecurityEvent(db, {
          kind: 'refused_outside_jurisdiction',
          actor: { sub: actor.sub, roles: actor.roles, county: actor.county, township: actor.township },
          action: req.routeOptions.config.action ?? req.url,
          target: `retiree ${id}`,
          code: p.reasonCode ?? p.code,
          reason: p.reason ?? p.detail ?? p.title,
          ip: req.ip,
        });
        return p;
      }
      await appendEventNow(db, {
        caseId: id,
        eventKey: `refused:${randomUUID()}`,
        at: new Date().toISOString(),
        actor: { sub: actor.sub, roles: actor.roles, county: actor.county },
        type: 'action_refused',
        data: { action: req.routeOptions.config.action ?? req.url, code: p.reasonCode ?? p.code, status: p.status, reason: p.reason ?? p.detail ?? p.title },
        refs: ['SPEC §2 "Who may act"', 'SPEC §5'],
      });
    } catch (err) {
      req.log.error({ err, retireeId: id }, 'could not record a refused action');
    }
    return p;
  }

  /** The file, if one of the caller's roles covers its county; otherwise 404 (never its contents). */
  async function fileFor(req: FastifyRequest, id: string): Promise<LoadedRetiree> {
    const actor = actorOf(req);
    const f = await loadRetiree(db, id);
    if (!f) throw notFound();
    if (actor.county !== f.row.county || !actor.roles.some((r) => READERS.includes(r))) {
      const p = refusal(REFUSALS.WRONG_JURISDICTION, `retiree ${id} (county ${f.row.county}) is outside the caller's jurisdiction (county ${actor.county ?? '-'}, roles ${actor.roles.join(', ') || 'none'})`);
      throw await refusedOn(req, id, p, actor.county !== f.row.county);
    }
    return f;
  }

  /** An update on the cadre's workflow; a refusal maps to HTTP (api/errors.ts), then the file is read. */
  async function act<T extends object>(req: FastifyRequest, id: string, run: (h: WorkflowHandle, actor: Actor) => Promise<T>): Promise<LoadedRetiree & { extra: T }> {
    const actor = actorOf(req);
    await fileFor(req, id);
    const handle = deps.temporal.workflow.getHandle(workflowIdForRetiree(id));
    let extra: T;
    try {
      extra = await deps.temporal.withDeadline(Date.now() + (deps.workflowTimeoutMs ?? DEFAULT_WORKFLOW_TIMEOUT_MS), () => run(handle, actor));
    } catch (e) {
      const p = fromTemporal(e, REFUSALS.WRONG_STATE);
      if (!p) throw e;
      throw p.status < 500 ? await refusedOn(req, id, p) : p;
    }
    return { ...(await loadRetiree(db, id))!, extra };
  }
  const pick = (o: Record<string, unknown>, k: string) => (typeof o[k] === 'string' ? { [k]: o[k] as string } : {});
  const created = (f: LoadedRetiree & { extra: object }, actor: Actor) => {
    const e = f.extra as Record<string, unknown>;
    return { ...retireeView(f, actor, keys), ...pick(e, 'travelId'), ...pick(e, 'contactId'), ...pick(e, 'claimId'), ...pick(e, 'reportId'), ...pick(e, 'recordId') };
  };
  const Responses = { 201: RetireeCreated, ...problems(400, 401, 403, 404, 409, 422, 503) };

  app.post(
    '/retirees',
    {
      config: { roles: ['retiree_officer'], idempotent: true, action: 'retiree_intake' },
      schema: {
        summary: 'Intake of a retired cadre (接收安置), February–October only (004 §5)',
        description: 'Outside the window (parameters retired_cadre_intake_first_month/last_month) → 422 naming the rule and the next opening date. The institution is the county\'s unless named.',
        tags: ['retirees'],
        headers: IdempotencyHeaders,
        body: RetireeBody,
        response: Responses,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const b = req.body;
      if (actor.county !== b.county) {
        throw new Problem(403, REFUSALS.WRONG_JURISDICTION, 'Outside your jurisdiction', `you register retired cadres for county ${actor.county ?? '-'}; this one is for county ${b.county}`);
      }
      const idBirth = `${b.idNumber.slice(6, 10)}-${b.idNumber.slice(10, 12)}-${b.idNumber.slice(12, 14)}`;
      if (idBirth !== b.birthDate) {
        throw new Problem(400, 'VALIDATION', 'Invalid request', `birthDate ${b.birthDate} differs from the ID number's ${idBirth}`, { errors: [{ path: 'birthDate', in: 'body', message: `differs from the ID number's birth date ${idBirth}` }] });
      }
      const now = clock();
      const today = shanghaiDate(now);
      policies.invalidate(); // ops may have just changed the window
      const policy = await policies.get();
      const first = Number(policy.param(b.county, 'retired_cadre_intake_first_month', today).value);
      const last = Number(policy.param(b.county, 'retired_cadre_intake_last_month', today).value);
      const w = intakeWindow(today, first, last);
      if (!w.open) {
        throw new Problem(422, REFUSALS.WINDOW_CLOSED, 'Outside the intake window', `${w.rule}; today is ${today}; the window next opens on ${w.nextOpening}`, { rule: w.rule, ref: '004 §5', nextOpening: w.nextOpening });
      }
      const personKey = personKeyOf(deps.secrets, b.idNumber);
      const existing = await findRetireeByPersonKey(db, personKey);
      if (existing) throw new Problem(409, 'ALREADY_REGISTERED', 'Already registered', `this cadre is already registered as ${existing.id}`, { retireeId: existing.id });
      const id = newRetireeId(b.county, now);
      const input: RetireeInput = {
        retireeId: id,
        receivedAt: now.toISOString(),
        person: { idNumber: b.idNumber, name: b.name, birthDate: b.birthDate, ...(b.phone ? { phone: b.phone } : {}), ...(b.address ? { address: b.address } : {}) },
        personKey,
        rankClass: b.rankClass,
        institution: b.institution ?? b.county,
        county: b.county,
        ...(b.careFlags ? { careFlags: b.careFlags } : {}),
        filedBy: actor,
      };
      // Start, then wait for the intake to be recorded (the register row and its event exist).
      try {
        await deps.temporal.withDeadline(Date.now() + (deps.workflowTimeoutMs ?? DEFAULT_WORKFLOW_TIMEOUT_MS), async () => {
          const h = await deps.temporal.workflow.start('retireeWorkflow', { workflowId: workflowIdForRetiree(id), taskQueue: deps.taskQueue, args: [input], workflowIdConflictPolicy: 'FAIL' });
          await h.executeUpdate(retireeIntakeUpdate);
        });
      } catch (e) {
        if (e instanceof WorkflowExecutionAlreadyStartedError) throw new Problem(409, 'ALREADY_REGISTERED', 'Already registered', `retiree ${id} already exists`);
        const p = fromTemporal(e, REFUSALS.WRONG_STATE);
        if (!p) throw e;
        throw p;
      }
      const f = (await loadRetiree(db, id))!;
      reply.code(201).header('location', `/v1/retirees/${id}`);
      return created({ ...f, extra: {} }, actor);
    },
  );

  app.get(
    '/retirees/:id',
    {
      config: { roles: READERS, action: 'read_retiree' },
      schema: { summary: 'A retired cadre\'s file: status, tasks, travel, contacts, claims and payments, care', tags: ['retirees'], params: RetireeParams, response: { 200: RetireeView, ...problems(400, 401, 403, 404) } },
    },
    async (req) => retireeView(await fileFor(req, req.params.id), actorOf(req), keys),
  );

  const post = <B>(url: string, summary: string, body: B, params: typeof RetireeParams | typeof TravelParams = RetireeParams) => ({
    url,
    opts: { config: { roles: INSTITUTION, idempotent: true, action: url.split('/').at(-1) }, schema: { summary, tags: ['retirees'], params, headers: IdempotencyHeaders, body, response: Responses } },
  });

  const travel = post('/retirees/:id/travel', 'Travel abroad: 师级 apply for approval, 团级及以下 file (004 §15)', TravelBody);
  app.post(travel.url, travel.opts, async (req, reply) => {
    const b = req.body as z.infer<typeof TravelBody>;
    const f = await act(req, (req.params as { id: string }).id, (h, actor) => h.executeUpdate(fileTravelUpdate, { args: [{ actor, ...b }] }));
    return reply.code(201).send(created(f, actorOf(req)));
  });

  const ret = post('/retirees/:id/travel/:travelId/return', 'The cadre is back: the passport is due within 10 days (004 §15)', ReturnBody, TravelParams);
  app.post(ret.url, ret.opts, async (req, reply) => {
    const p = req.params as { id: string; travelId: string };
    const b = req.body as z.infer<typeof ReturnBody>;
    const f = await act(req, p.id, async (h, actor) => (await h.executeUpdate(recordReturnUpdate, { args: [{ actor, travelId: p.travelId, returnedOn: b.returnedOn }] }), { travelId: p.travelId }));
    return reply.code(201).send(created(f, actorOf(req)));
  });

  const contact = post('/retirees/:id/contacts', 'Record a contact: who, how, notes (004 §15 每月至少联系1次)', ContactBody);
  app.post(contact.url, contact.opts, async (req, reply) => {
    const b = req.body as z.infer<typeof ContactBody>;
    const f = await act(req, (req.params as { id: string }).id, (h, actor) => h.executeUpdate(recordContactUpdate, { args: [{ actor, ...b }] }));
    return reply.code(201).send(created(f, actorOf(req)));
  });

  const claim = post('/retirees/:id/medical-claims', 'A medical subsidy claim: officer check, head approval, payment by the institution (004 §20)', ClaimBody);
  app.post(claim.url, claim.opts, async (req, reply) => {
    const b = req.body as z.infer<typeof ClaimBody>;
    const f = await act(req, (req.params as { id: string }).id, (h, actor) => h.executeUpdate(fileMedicalClaimUpdate, { args: [{ actor, ...b }] }));
    return reply.code(201).send(created(f, actorOf(req)));
  });

  const report = post('/retirees/:id/reports', 'A matter the cadre reports (004 §18) or a social-organisation post for approval (004 §16)', ReportBody);
  app.post(report.url, report.opts, async (req, reply) => {
    const b = req.body as z.infer<typeof ReportBody>;
    const f = await act(req, (req.params as { id: string }).id, (h, actor) => h.executeUpdate(fileReportUpdate, { args: [{ actor, ...b }] }));
    return reply.code(201).send(created(f, actorOf(req)));
  });

  const emergency = post('/retirees/:id/emergency-treatments', 'Emergency treatment given first; the paperwork follows (004 §23 先抢救，后补办手续)', EmergencyBody);
  app.post(emergency.url, emergency.opts, async (req, reply) => {
    const b = req.body as z.infer<typeof EmergencyBody>;
    const f = await act(req, (req.params as { id: string }).id, (h, actor) => h.executeUpdate(recordEmergencyUpdate, { args: [{ actor, ...b }] }));
    return reply.code(201).send(created(f, actorOf(req)));
  });
};

export default retirees;
