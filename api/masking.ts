/**
 * Masking personal data inside audit events and snapshots for officials who are not auditors (SPEC §5;
 * PIPL): names partly, ID numbers never whole, phone numbers and birth dates cut, in any field and in
 * free text. The stored events are never changed: hashes stay as stored (so an official's copy does not
 * recompute; the server verifies the stored chain and says so in `verification`).
 */
import { maskIdNumber, maskName } from '../rules/index.js';

/** 18-character resident ID numbers (GB 11643) anywhere in a text. */
const ID_NUMBER_IN_TEXT = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9A-Za-z])/g;
/** 15-digit first-generation ID numbers (area, YYMMDD, sequence) — still on old records (issue 16 item 17). */
const OLD_ID_NUMBER_IN_TEXT = /(?<![0-9A-Za-z])(\d{6})\d{6}(\d{3})(?![0-9A-Za-z])/g;

export function maskIdNumbersInText(s: string): string {
  return s
    .replace(ID_NUMBER_IN_TEXT, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(OLD_ID_NUMBER_IN_TEXT, (_m, head: string, tail: string) => `${head}******${tail}`);
}

export interface MaskContext {
  /** The applicant's name in full (opened from the sealed column), masked wherever it appears. */
  names: string[];
  /** The applicant's ID number in full, masked wherever it appears (also a 15-character one). */
  idNumbers: string[];
}

const NAME_KEYS = new Set(['name', 'applicantName', 'fullName', 'guardianName', 'agentName']);
const ID_KEYS = new Set(['idNumber', 'idCard', 'idNo']);
const PHONE_KEYS = new Set(['phone', 'mobile', 'telephone']);
const BIRTH_KEYS = new Set(['birthDate', 'dateOfBirth']);
// The village narrows a person down to a few hundred neighbours: masked for non-auditors (issue 16 item 17).
const ADDRESS_KEYS = new Set(['address', 'homeAddress', 'village']);

function maskText(s: string, ctx: MaskContext): string {
  let out = maskIdNumbersInText(s);
  for (const id of ctx.idNumbers) if (id.length >= 8) out = out.split(id).join(maskIdNumber(id));
  for (const n of ctx.names) if ([...n].length >= 2) out = out.split(n).join(maskName(n));
  return out;
}

function maskField(key: string, v: unknown, ctx: MaskContext): unknown {
  if (typeof v !== 'string') return maskValue(v, ctx);
  if (NAME_KEYS.has(key)) return maskName(v);
  if (ID_KEYS.has(key)) return maskIdNumber(v);
  if (PHONE_KEYS.has(key)) return v.length > 4 ? '*'.repeat(v.length - 4) + v.slice(-4) : '*'.repeat(v.length);
  if (BIRTH_KEYS.has(key)) return /^\d{4}/.test(v) ? `${v.slice(0, 4)}-**-**` : '****';
  if (ADDRESS_KEYS.has(key)) return '***';
  return maskText(v, ctx);
}

/** A deep copy of `v` with personal data masked. */
export function maskValue(v: unknown, ctx: MaskContext): unknown {
  if (typeof v === 'string') return maskText(v, ctx);
  if (Array.isArray(v)) return v.map((x) => maskValue(x, ctx));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = maskField(k, x, ctx);
    return out;
  }
  return v;
}

/** What to mask for a case: its applicant's name and ID number, when the API could open them. */
export function maskContextOf(applicant: unknown): MaskContext {
  const a = (applicant ?? {}) as { name?: unknown; idNumber?: unknown };
  return {
    names: typeof a.name === 'string' ? [a.name.trim()] : [],
    idNumbers: typeof a.idNumber === 'string' ? [a.idNumber.trim()] : [],
  };
}
