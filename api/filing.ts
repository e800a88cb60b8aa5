/**
 * Filing a case (申请, 001 §五(一)), shared by the station's application (api/routes/apply.ts) and a
 * visit's follow-up (api/routes/visits.ts; 000 §5): the one-open-case-per-matter guard (一事一批) is
 * reserved before the workflow starts (update-with-start), a start that did not happen releases it,
 * and the answer is built from what the intake update returned.
 */
import { randomBytes } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowNotFoundError } from '@temporalio/client';
import type { FastifyBaseLogger } from 'fastify';
import { canSeeCase } from '../rules/authority.js';
import { maskIdNumber, maskName } from '../rules/mask.js';
import type { Actor } from '../rules/vocabulary.js';
import { SHANGHAI_OFFSET_MS } from '../rules/timezone.js';
import { releaseOpenMatter, reserveOpenMatter, type LoadedCase } from '../store/cases.js';
import { casePlace } from '../store/security.js';
import { intakeUpdate, workflowIdForCase, type CaseInput, type CaseState } from '../workflows/definitions.js';
import type { AppDeps } from './context.js';
import { Problem, unavailable } from './errors.js';
import { afterUpdate } from './views.js';
import { DEFAULT_WORKFLOW_TIMEOUT_MS } from './workflow.js';

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

export type Filed = { kind: 'recorded'; case: LoadedCase } | { kind: 'pending'; id: string };

export function caseFiling(deps: AppDeps) {
  const db = deps.db;

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

  /** 一事一批: reserve (person, matter) for this case, or 409 naming the open case. */
  async function reserve(personKey: string, matter: string, caseId: string, actor: Actor): Promise<void> {
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

  /**
   * Reserves the matter, starts the case workflow and waits for its intake. Answers the case as the
   * intake update returned it, or `pending` when the workflow started but its intake is not recorded yet.
   */
  async function file(input: CaseInput, log: FastifyBaseLogger, actor: Actor): Promise<Filed> {
    await reserve(input.personKey, input.matter, input.caseId, actor);
    const op = new WithStartWorkflowOperation('caseWorkflow', {
      workflowId: workflowIdForCase(input.caseId),
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
        )) || (await workflowExists(input.caseId)) === true;
      if (!started) {
        await releaseOpenMatter(db, input.caseId).catch(() => {});
        log.warn({ err }, 'could not start a case workflow');
        throw unavailable('the case could not be started (the workflow service is not available); nothing was recorded — try again');
      }
      // Started, but intake was not confirmed in time (e.g. no worker polling): the case exists and
      // will be recorded when a worker picks it up.
      log.warn({ err, caseId: input.caseId }, 'case started, intake not yet confirmed');
      return { kind: 'pending', id: input.caseId };
    }
    // The intake update returns once the case, its first task and its audit event are written: the
    // answer is built from what it returned, without reading the projection back.
    const a = input.applicant;
    const received: LoadedCase = {
      row: {
        id: input.caseId,
        status: state.status,
        currentStep: state.currentStep ?? null,
        matter: input.matter,
        county: input.county,
        township: input.township,
        applicantNameMasked: maskName(a.name),
        idNumberMasked: maskIdNumber(a.idNumber),
        applicant: a,
        category: a.category,
        hardshipSituation: input.hardshipSituation,
        filedBy: input.filedBy,
        emergency: input.emergency ?? null,
        exclusions: input.exclusions ?? null,
        priority: state.priority ?? 0,
        open: true,
        writtenReasons: null,
        publicationText: null,
        appealDeadline: null,
        consentPending: input.consentToMeansCheck === false,
        receivedAt: new Date(input.receivedAt),
      },
      tasks: [],
      payments: [],
    };
    return { kind: 'recorded', case: afterUpdate(received, state) };
  }

  return { file };
}
