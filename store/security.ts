/**
 * The security log (issue 16 item 9): probes and abuse that must be seen but must not write into a
 * case's audit chain — refusals of callers who may not see the case they named (or named no case at
 * all), and rate-limit hits. Append-only for the application role (prisma/sql/app-role.sql).
 */
import type { Actor } from '../rules/vocabulary.js';
import type { Db } from './db.js';

export interface SecurityEventInput {
  kind: 'refused_outside_jurisdiction' | 'refused_unknown_target' | 'rate_limited';
  actor: Pick<Actor, 'sub' | 'roles' | 'county' | 'township'> | null;
  action: string;
  target?: string;
  code: string;
  reason: string;
  ip?: string;
}

export async function recordSecurityEvent(db: Db, e: SecurityEventInput): Promise<void> {
  await db.securityEvent.create({
    data: {
      kind: e.kind,
      actor: (e.actor ?? {}) as object,
      action: e.action.slice(0, 200),
      target: e.target?.slice(0, 200) ?? null,
      code: e.code,
      reason: e.reason.slice(0, 2000),
      ip: e.ip ?? null,
    },
  });
}

export interface SecurityEventRow {
  id: number;
  at: string;
  kind: string;
  actor: unknown;
  action: string;
  target: string | null;
  code: string;
  reason: string;
}

/**
 * Newest first, in pages (before = the id of the last row of the previous page): events of callers
 * from `county`, and events naming a case of `county` (case ids are BF<county>…).
 */
export async function securityEventsOfCounty(db: Db, county: string, o: { kind?: string; before?: number; limit: number }): Promise<SecurityEventRow[]> {
  const limit = Math.min(Math.max(o.limit, 1), 1000);
  const rows = await db.$queryRaw<{ id: bigint; at: Date; kind: string; actor: unknown; action: string; target: string | null; code: string; reason: string }[]>`
    select id, at, kind, actor, action, target, code, reason from security_events
    where (actor->>'county' = ${county} or target like ${'BF' + county + '%'})
      and (${o.kind ?? null}::text is null or kind = ${o.kind ?? null}::text)
      and (${o.before ?? null}::bigint is null or id < ${o.before ?? null}::bigint)
    order by id desc limit ${limit}::int`;
  return rows.map((r) => ({ id: Number(r.id), at: r.at.toISOString(), kind: r.kind, actor: r.actor, action: r.action, target: r.target, code: r.code, reason: r.reason }));
}

/** Where a case is (its county and township), or null when no such case exists. */
export async function casePlace(db: Db, id: string): Promise<{ county: string; township: string } | null> {
  return db.case.findUnique({ where: { id }, select: { county: true, township: true } });
}
