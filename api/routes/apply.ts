/**
 * Applying for help (申请, 001 §五(一)): the station clerk files in their own township, the one-open-
 * case-per-matter guard (一事一批) is reserved before the workflow starts (update-with-start), and the
 * answer is built from what the intake update returned.
 */
import { randomBytes } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowNotFoundError } from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { personKeyOf } from '../../platform/secrets.js';
import { authorizeApply, canSeeCase } from '../../rules/authority.js';
import { maskIdNumber, maskName } from '../../rules/mask.js';
import { SHANGHAI_OFFSET_MS } from '../../rules/timezone.js';
import type { Actor } from '../../rules/vocabulary.js';
import { releaseOpenMatter, reserveOpenMatter, type LoadedCase } from '../../store/cases.js';
import { casePlace } from '../../store/security.js';
import {
  intakeUpdate,
  workflowIdForCase,
  type CaseInput,
  type CaseState,
} from '../../workflows/definitions.js';
import { actorOf } from '../context.js';
import { Problem, unavailable } from '../errors.js';
import {
  AcceptedCase,
  CaseView,
  CreateCaseBody,
  IdempotencyHeaders,
  problems,
} from '../schemas.js';
import { afterUpdate, caseView } from '../views.js';
import { intakePolicyCheck } from '../intake-policy.js';
import { DEFAULT_WORKFLOW_TIMEOUT_MS } from '../workflow.js';

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

const apply: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const checkIntakePolicy = intakePolicyCheck(db);

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
      const personKey = personKeyOf(deps.secrets, b.applicant.idNumber);
      await reserveOpenMatter_(personKey, b.matter, id, actor);

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
  async function reserveOpenMatter_(personKey: string, matter: string, caseId: string, actor: Actor): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await reserveOpenMatter(db, personKey, matter, caseId);
      if (r === null) continue; // released meanwhile
      if (r.reserved) return;
      if (!r.recorded && Date.now() - r.createdAt.getTime() > 10 * 60_000 && (await workflowExists(r.caseId)) === false) {
        // A reservation whose start failed and was never released: release it and try again.
        await releaseOpenMatter(db, r.caseId);
        continue;
      }
      // The open case's id only to a caller who may see that case (issue 16 item 10); a case being
      // filed this instant has no row yet: wait for it briefly (the intake writes it).
      const place = await casePlaceSoon(r.caseId);
      if (!place || !canSeeCase(actor, place)) {
        throw new Problem(409, 'DUPLICATE_OPEN_MATTER', 'An open case exists for this person and matter', `a case for the same person and matter (${matter}) is still open; it is not a case you may see, so it is not named: one matter, one approval (一事一批, 001 §五)`);
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

  async function casePlaceSoon(caseId: string): Promise<{ county: string; township: string } | null> {
    for (let i = 0; i < 50; i++) {
      const r = await casePlace(db, caseId);
      if (r) return r;
      await new Promise((res) => setTimeout(res, 100));
    }
    return null;
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

};

export default apply;
