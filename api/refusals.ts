/**
 * Refused actions go into the case's audit history (type `action_refused`: who, what, why), so an
 * auditor sees attempts as well as decisions. Recording never changes the answer the caller gets.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { appendEventNow } from '../store/audit.js';
import { caseExists } from '../store/cases.js';
import type { Db } from '../store/db.js';
import type { Actor } from '../rules/vocabulary.js';
import type { Problem } from './errors.js';

export interface RefusedAction {
  caseId: string;
  actor: Actor;
  /** What was attempted, e.g. complete_task, file_appeal. */
  action: string;
  taskId?: string;
  problem: Problem;
}

export async function recordRefusal(db: Db, log: FastifyBaseLogger, r: RefusedAction): Promise<void> {
  try {
    if (!(await caseExists(db, r.caseId))) return;
    await appendEventNow(db, {
      caseId: r.caseId,
      eventKey: `refused:${randomUUID()}`,
      at: new Date().toISOString(),
      actor: { sub: r.actor.sub, roles: r.actor.roles, county: r.actor.county, township: r.actor.township },
      type: 'action_refused',
      data: {
        action: r.action,
        ...(r.taskId ? { taskId: r.taskId } : {}),
        code: r.problem.reasonCode ?? r.problem.code,
        status: r.problem.status,
        // The full reason, even when the caller only saw "not found".
        reason: r.problem.reason ?? r.problem.detail ?? r.problem.title,
      },
      refs: ['SPEC §2 "Who may act"', 'SPEC §5'],
    });
  } catch (err) {
    log.error({ err, caseId: r.caseId }, 'could not record a refused action');
  }
}
