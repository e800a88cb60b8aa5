/**
 * Where a refused action is recorded (issue 16 item 9). A refusal of a caller who may see the case —
 * a wrong step, separation of duties, a role that may not act at this point — goes into the case's
 * audit history (`action_refused`: who, what, why), so an auditor sees attempts as well as decisions.
 * A caller who may not see the case (another jurisdiction) or names no existing case is probing: that
 * goes to the security log (store/security.ts), never into the case's chain, so no token can append to
 * a chain it may not read. Recording never changes the answer the caller gets.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { canSeeCase } from '../rules/authority.js';
import type { Actor } from '../rules/vocabulary.js';
import { appendEventNow } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { casePlace, recordSecurityEvent } from '../store/security.js';
import type { Problem } from './errors.js';

export interface RefusedAction {
  caseId: string;
  actor: Actor;
  /** What was attempted, e.g. complete_task, file_appeal. */
  action: string;
  taskId?: string;
  problem: Problem;
  /** The caller's address, for the security log. */
  ip?: string;
}

export async function recordRefusal(db: Db, log: FastifyBaseLogger, r: RefusedAction): Promise<void> {
  const actor = { sub: r.actor.sub, roles: r.actor.roles, county: r.actor.county, township: r.actor.township };
  const code = r.problem.reasonCode ?? r.problem.code;
  // The full reason, even when the caller only saw "not found".
  const reason = r.problem.reason ?? r.problem.detail ?? r.problem.title;
  try {
    const place = await casePlace(db, r.caseId);
    if (!place || !canSeeCase(r.actor, place)) {
      await recordSecurityEvent(db, {
        kind: place ? 'refused_outside_jurisdiction' : 'refused_unknown_target',
        actor,
        action: r.action,
        target: r.taskId ? `${r.caseId} task ${r.taskId}` : r.caseId,
        code,
        reason,
        ...(r.ip ? { ip: r.ip } : {}),
      });
      return;
    }
    await appendEventNow(db, {
      caseId: r.caseId,
      eventKey: `refused:${randomUUID()}`,
      at: new Date().toISOString(),
      actor,
      type: 'action_refused',
      data: {
        action: r.action,
        ...(r.taskId ? { taskId: r.taskId } : {}),
        code,
        status: r.problem.status,
        reason,
      },
      refs: ['SPEC §2 "Who may act"', 'SPEC §5'],
    });
  } catch (err) {
    log.error({ err, caseId: r.caseId }, 'could not record a refused action');
  }
}
