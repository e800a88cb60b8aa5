/**
 * Dated regional policy parameters (SPEC preamble: "stored per region with an effective date, never a
 * literal in code"). A table is plain data — the bundled defaults (parameter-defaults.ts) followed by
 * the rows ops stored in the database — so an override needs no release.
 *
 * Regions are GB/T 2260 codes: 2-digit province, 4-digit city, 6-digit county, 9-digit township
 * (a 6-digit code may also name a city or province as 330300 / 330000), national "000000" or "CN".
 * A lookup walks upward: township → county → city → province → national, and at the first level that
 * has a row in force on the date takes the one with the latest effective date (the later row in the
 * table when two share a date, so an override appended after the defaults wins).
 */
export type ParameterValue = string | number | boolean;

export interface ParameterRow {
  region: string;
  key: string;
  value: ParameterValue;
  /** YYYY-MM-DD: in force from this day until a later row of the same region and key. */
  effectiveFrom: string;
  /** The legal reference or decision that fixes the value. */
  ref: string;
  /** True when the seeds documents do not fix the value (Bangfu's default, SPEC "(not in seeds)"). */
  notInSeeds?: boolean;
  /** Free-text provenance (e.g. which region's document a national default was taken from). */
  note?: string;
}
export type ParameterTable = readonly ParameterRow[];

export interface ResolvedParameter {
  key: string;
  value: ParameterValue;
  /** The region of the row that applied (canonical: 000000, 330000, 330300, 330302, 330302001). */
  region: string;
  effectiveFrom: string;
  ref: string;
  notInSeeds?: boolean;
}

export const NATIONAL = '000000';

/**
 * The canonical form of a region code: 2 → 6 digits (33 → 330000), 4 → 6 (3303 → 330300), 6 and 9
 * unchanged, a 12-digit village code kept; "CN", "" and "000000" → "000000". Throws on anything else.
 */
export function canonicalRegion(code: string): string {
  const c = (code ?? '').trim().toUpperCase();
  if (c === '' || c === 'CN' || c === NATIONAL) return NATIONAL;
  if (/^\d{2}$/.test(c)) return `${c}0000`;
  if (/^\d{4}$/.test(c)) return `${c}00`;
  if (/^\d{6}$/.test(c) || /^\d{9}$/.test(c) || /^\d{12}$/.test(c)) return c;
  throw new RangeError(`region ${code}: expected a GB/T 2260 code (2, 4, 6, 9 or 12 digits) or CN`);
}

/** The region and its ancestors, most specific first, ending with the national default. */
export function regionChain(region: string): string[] {
  const c = canonicalRegion(region);
  const chain: string[] = [];
  const push = (r: string) => {
    if (r !== NATIONAL && !chain.includes(r)) chain.push(r);
  };
  if (c.length === 12) push(c);
  if (c.length >= 9) push(c.slice(0, 9));
  if (c !== NATIONAL) {
    push(c.slice(0, 6));
    push(`${c.slice(0, 4)}00`);
    push(`${c.slice(0, 2)}0000`);
  }
  chain.push(NATIONAL);
  return chain;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The words every caller uses for a regional parameter nobody loaded (SPEC §3; issue 12 row 2). */
export function missingParameterMessage(key: string, region: string, onDate?: string): string {
  return `missing parameter ${key} for region ${region}${onDate ? ` on ${onDate}` : ''}`;
}

/** Like lookupParameter, but null (instead of a RangeError) when no row is in force. */
export function findParameter(table: ParameterTable, region: string, key: string, onDate: string): ResolvedParameter | null {
  try {
    return lookupParameter(table, region, key, onDate);
  } catch (e) {
    if (e instanceof RangeError && DATE.test(onDate)) return null;
    throw e;
  }
}

/** The value of `key` for `region` on `onDate`: the latest row in force at the nearest level that has one. */
export function lookupParameter(table: ParameterTable, region: string, key: string, onDate: string): ResolvedParameter {
  if (!DATE.test(onDate)) throw new RangeError(`parameter ${key}: ${onDate} is not a date YYYY-MM-DD`);
  const rows = table.filter((row) => row.key === key && row.effectiveFrom <= onDate);
  for (const r of regionChain(region)) {
    let best: ParameterRow | null = null;
    for (const row of rows) {
      if (canonicalRegion(row.region) === r && (!best || row.effectiveFrom >= best.effectiveFrom)) best = row;
    }
    if (best) return { key, value: best.value, region: r, effectiveFrom: best.effectiveFrom, ref: best.ref, ...(best.notInSeeds ? { notInSeeds: true } : {}) };
  }
  throw new RangeError(`no parameter ${key} for region ${region} on ${onDate}`);
}
