/**
 * Re-keying stored person keys (issue 16 item 7): cases filed before the pk1 person key carry an
 * unprefixed HMAC under the payload key of the time. `bangfu person-keys migrate` rewrites them — the
 * case row and its open-matter reservation together — to the pk1 key computed from the sealed applicant.
 */
import type { Db } from './db.js';

export interface LegacyKeyedCase {
  id: string;
  personKey: string;
  applicant: unknown;
}

/** Cases whose person key is not of the current version, in id order, a page at a time. */
export async function casesWithLegacyPersonKey(db: Db, prefix: string, after: string | null, limit = 500): Promise<LegacyKeyedCase[]> {
  return db.case.findMany({
    where: { NOT: { personKey: { startsWith: prefix } }, ...(after ? { id: { gt: after } } : {}) },
    select: { id: true, personKey: true, applicant: true },
    orderBy: { id: 'asc' },
    take: limit,
  });
}

/** Replaces a case's person key (and its reservation's) if it is still `from`. */
export async function rekeyCase(db: Db, id: string, from: string, to: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const n = await tx.$executeRaw`update cases set person_key = ${to} where id = ${id} and person_key = ${from}`;
    if (n !== 1) return false;
    await tx.$executeRaw`update open_matters set person_key = ${to} where case_id = ${id} and person_key = ${from}
      and not exists (select 1 from open_matters o where o.person_key = ${to} and o.matter = open_matters.matter)`;
    return true;
  });
}
