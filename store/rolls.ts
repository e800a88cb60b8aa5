/**
 * Rolls from civil affairs (issue 13; 003 §九 定期比对; 000 §4): the import (one transaction: the roll,
 * every row, and the `roll_imported` event on the county's chain — nothing is half imported) and the
 * reads the comparison needs. Rows are inserted from one JSON parameter per 25,000 rows, so a
 * 100,000-row roll takes seconds.
 */
import { countyChainId } from '../rules/duties/plan.js';
import type { Actor } from '../workflows/definitions.js';
import { appendEvent, lockCase } from './audit.js';
import type { Db } from './db.js';

export { countyChainId };

export interface RollEntryInput {
  line: number;
  personKey: string;
  nameMasked: string;
  status: 'active' | 'exited';
  statusText: string;
  since: string;
}

export interface RollImport {
  id: string;
  kind: string;
  region: string;
  fileHash: string;
  actor: Actor;
  at: string;
  entries: RollEntryInput[];
}

const CHUNK = 25_000;

/** Stores the roll unless this very file was imported before (then `created` is false). */
export async function importRoll(db: Db, r: RollImport): Promise<{ created: boolean; rows: number; importedAt: string }> {
  return db.$transaction(
    async (tx) => {
      const chain = countyChainId(r.region);
      await lockCase(tx, chain);
      const existing = await tx.roll.findUnique({ where: { id: r.id } });
      if (existing) return { created: false, rows: existing.rows, importedAt: existing.importedAt.toISOString() };
      await tx.roll.create({ data: { id: r.id, kind: r.kind, region: r.region, fileHash: r.fileHash, rows: r.entries.length, importedBy: r.actor.sub, importedAt: new Date(r.at) } });
      // One JSON parameter per chunk: PostgreSQL unpacks it (jsonb_to_recordset), no per-row binding.
      for (let i = 0; i < r.entries.length; i += CHUNK) {
        const part = JSON.stringify(r.entries.slice(i, i + CHUNK));
        await tx.$executeRaw`insert into roll_entries (roll_id, line, person_key, name_masked, status, status_text, since)
          select ${r.id}, x.line, x."personKey", x."nameMasked", x.status, x."statusText", x.since
          from jsonb_to_recordset(${part}::jsonb) as x(line int, "personKey" text, "nameMasked" text, status text, "statusText" text, since text)`;
      }
      const counts = r.entries.reduce((c, e) => ({ ...c, [e.status]: (c[e.status] ?? 0) + 1 }), {} as Record<string, number>);
      await appendEvent(tx, {
        caseId: chain,
        eventKey: `roll:${r.id}:imported`,
        at: r.at,
        actor: r.actor,
        type: 'roll_imported',
        data: { rollId: r.id, kind: r.kind, region: r.region, rows: r.entries.length, active: counts.active ?? 0, exited: counts.exited ?? 0, fileHash: r.fileHash },
        refs: ['003 §九', '000 §4'],
      });
      return { created: true, rows: r.entries.length, importedAt: r.at };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export interface RollInfo {
  id: string;
  kind: string;
  region: string;
  rows: number;
  importedAt: Date;
}

export async function rollById(db: Db, id: string): Promise<RollInfo | null> {
  return db.roll.findUnique({ where: { id }, select: { id: true, kind: true, region: true, rows: true, importedAt: true } });
}

/** The roll of the same kind and region imported before this one, if any. */
export async function previousRoll(db: Db, roll: RollInfo): Promise<RollInfo | null> {
  return db.roll.findFirst({
    where: { kind: roll.kind, region: roll.region, importedAt: { lt: roll.importedAt }, id: { not: roll.id } },
    orderBy: { importedAt: 'desc' },
    select: { id: true, kind: true, region: true, rows: true, importedAt: true },
  });
}

/** Region code → the prefix of the counties it covers (330300 → 3303, 330302 → 330302). */
export function regionPrefix(region: string): string {
  return region.length === 6 ? region.replace(/(00)+$/, '') || '' : region;
}

export interface RecurringOnRoll {
  caseId: string;
  personKey: string;
  county: string;
  township: string;
  status: 'active' | 'exited' | null;
}

/** Every open living supplement being paid in the roll's region, with its person's line on the roll. */
export async function recurringCasesOnRoll(db: Db, rollId: string, region: string): Promise<RecurringOnRoll[]> {
  const prefix = regionPrefix(region);
  return db.$queryRaw<RecurringOnRoll[]>`
    select c.id as "caseId", c.person_key as "personKey", c.county, c.township,
      (select e.status from roll_entries e where e.roll_id = ${rollId} and e.person_key = c.person_key limit 1) as status
    from cases c
    where c.open and c.matter = 'living_supplement' and c.status = 'paid' and c.county like ${prefix + '%'}
    order by c.id`;
}

export interface KnownOnRoll {
  line: number;
  personKey: string;
  status: 'active' | 'exited';
  since: string;
  caseId: string;
  county: string;
  township: string;
  before: 'active' | 'exited' | null;
}

/** Roll lines [fromLine, toLine) whose person is known to Bangfu (has a case), with the previous roll's status. */
export async function knownPersonsOnRoll(db: Db, rollId: string, previousId: string | null, fromLine: number, toLine: number): Promise<KnownOnRoll[]> {
  // From the known persons' side: Bangfu knows far fewer people than a roll lists.
  return db.$queryRaw<KnownOnRoll[]>`
    with k as (select distinct on (c.person_key) c.person_key, c.id, c.county, c.township from cases c order by c.person_key, c.received_at desc)
    select e.line, e.person_key as "personKey", e.status, e.since, k.id as "caseId", k.county, k.township,
      (select p.status from roll_entries p where p.roll_id = ${previousId ?? ''} and p.person_key = e.person_key limit 1) as before
    from k join roll_entries e on e.roll_id = ${rollId} and e.person_key = k.person_key
    where e.line >= ${fromLine} and e.line < ${toLine}
    order by e.line`;
}

/** Regions whose last roll of a kind is older than `before` (or that never had one but have open cases). */
export async function rollsLastImported(db: Db): Promise<{ kind: string; region: string; last: Date }[]> {
  return db.$queryRaw<{ kind: string; region: string; last: Date }[]>`
    select kind, region, max(imported_at) as last from rolls group by kind, region order by region, kind`;
}

/** Counties with open cases (where rolls are expected). */
export async function countiesWithOpenCases(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ county: string }[]>`select distinct county from cases where open order by county`;
  return rows.map((r) => r.county);
}

/** Rows of a stored roll by status ('active' / 'exited'), or null when there is no such roll. */
export async function rollCounts(db: Db, id: string): Promise<{ rows: number; active: number; exited: number } | null> {
  const roll = await db.roll.findUnique({ where: { id }, select: { rows: true } });
  if (!roll) return null;
  const by = await db.rollEntry.groupBy({ by: ['status'], where: { rollId: id }, _count: { _all: true } });
  const n = (s: string) => by.find((b) => b.status === s)?._count._all ?? 0;
  return { rows: roll.rows, active: n('active'), exited: n('exited') };
}
