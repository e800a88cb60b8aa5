/** An official's saved inbox filters (web app 工作台), keyed by token subject and a name they choose. */
import type { Db } from './db.js';

export const MAX_FILTERS_PER_USER = 20;

export interface SavedFilter {
  name: string;
  filter: unknown;
  updatedAt: Date;
}

export async function listInboxFilters(db: Db, sub: string): Promise<SavedFilter[]> {
  return db.inboxFilter.findMany({ where: { sub }, orderBy: { name: 'asc' }, select: { name: true, filter: true, updatedAt: true } });
}

/** Creates or replaces; null when the user already has the maximum number of other filters. */
export async function saveInboxFilter(db: Db, sub: string, name: string, filter: object): Promise<SavedFilter | null> {
  return db.$transaction(async (tx) => {
    const others = await tx.inboxFilter.count({ where: { sub, name: { not: name } } });
    if (others >= MAX_FILTERS_PER_USER) return null;
    return tx.inboxFilter.upsert({
      where: { sub_name: { sub, name } },
      create: { sub, name, filter: filter as never },
      update: { filter: filter as never },
      select: { name: true, filter: true, updatedAt: true },
    });
  });
}

export async function deleteInboxFilter(db: Db, sub: string, name: string): Promise<boolean> {
  const r = await db.inboxFilter.deleteMany({ where: { sub, name } });
  return r.count > 0;
}
