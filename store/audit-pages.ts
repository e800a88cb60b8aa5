/**
 * Reading a case's audit chain in pages (issue 16 item 9: history must not load a whole chain at
 * once), and verifying it page by page so memory stays bounded however long the chain grows.
 */
import { GENESIS_HASH, eventHash, rowToEvent, type ChainVerification, type StoredAuditEvent } from './audit.js';
import type { Db } from './db.js';

export const MAX_PAGE = 1000;

/** Events with seq > afterSeq (and at ≤ until, if given), at most `limit`, in seq order. */
export async function loadChainPage(db: Db, caseId: string, o: { afterSeq: number; limit: number; until?: Date }): Promise<{ events: StoredAuditEvent[]; more: boolean }> {
  const take = Math.min(Math.max(o.limit, 1), MAX_PAGE);
  const rows = await db.auditEvent.findMany({
    where: { caseId, seq: { gt: o.afterSeq }, ...(o.until ? { at: { lte: o.until } } : {}) },
    orderBy: { seq: 'asc' },
    take: take + 1,
  });
  return { events: rows.slice(0, take).map(rowToEvent), more: rows.length > take };
}

/** The latest event at or before `until` whose data carries a case snapshot, and the count up to then. */
export async function snapshotAsOf(db: Db, caseId: string, until: Date): Promise<{ event: StoredAuditEvent | null; eventsUpTo: number }> {
  const eventsUpTo = await db.auditEvent.count({ where: { caseId, at: { lte: until } } });
  const rows = await db.$queryRaw<{ seq: number }[]>`select seq from audit_events where case_id = ${caseId} and at <= ${until} and data ? 'snapshot' order by seq desc limit 1`;
  if (rows.length === 0) return { event: null, eventsUpTo };
  const row = await db.auditEvent.findFirst({ where: { caseId, seq: rows[0]!.seq } });
  return { event: row ? rowToEvent(row) : null, eventsUpTo };
}

/** The same check as verifyChain (numbering, links, hashes), reading MAX_PAGE events at a time. */
export async function verifyChainPaged(db: Db, caseId: string): Promise<ChainVerification> {
  let prev = GENESIS_HASH;
  let n = 0;
  for (;;) {
    const { events, more } = await loadChainPage(db, caseId, { afterSeq: n, limit: MAX_PAGE });
    for (const e of events) {
      const expected = n + 1;
      if (e.seq !== expected) return { valid: false, events: await db.auditEvent.count({ where: { caseId } }), brokenAt: { seq: expected, eventKey: e.eventKey, reason: `expected event ${expected}, found ${e.seq} (an event is missing or out of order)` } };
      if (e.prevHash !== prev) return { valid: false, events: await db.auditEvent.count({ where: { caseId } }), brokenAt: { seq: e.seq, eventKey: e.eventKey, reason: 'prevHash does not link to the previous event' } };
      if (eventHash(prev, e) !== e.hash) return { valid: false, events: await db.auditEvent.count({ where: { caseId } }), brokenAt: { seq: e.seq, eventKey: e.eventKey, reason: 'content does not match its hash (the event was altered)' } };
      prev = e.hash;
      n = e.seq;
    }
    if (!more) return { valid: true, events: n };
  }
}
