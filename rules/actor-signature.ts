/**
 * The signature that makes an update's `actor` unforgeable (issue 16 item 5): the API signs what it
 * sends to a workflow, the workflow checks it before any validator, with a key both share
 * (BANGFU_ACTOR_KEY). Without the key, a caller who reaches Temporal cannot act as an official, nor
 * reuse a signature on another case, another update, other arguments or more than 5 minutes later.
 *
 * mac = HMAC-SHA256(key, canonical JSON of {workflowId, name, updateId, args, iat}) in lowercase hex,
 * carried in the update's `bangfu-auth` header as {iat, mac} (arguments keep their shapes).
 *
 * Pure and the same in Node and in the workflow sandbox (no node:crypto there): @noble/hashes.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** The header that carries the signature, next to the update's arguments. */
export const AUTH_HEADER = 'bangfu-auth';
/**
 * The marker a plaintext payload becomes in the worker (platform/codec.ts `quarantine`): the workflow
 * guard refuses any input that carries it.
 */
export const PLAINTEXT_REFUSED = '__bangfuPlaintextRefused';
export const isQuarantined = (v: unknown): boolean => typeof v === 'object' && v !== null && (v as Record<string, unknown>)[PLAINTEXT_REFUSED] === true;

/**
 * Workflows whose start is signed as well as their updates: their input names the person who filed and
 * can pay at once (an emergency payment at intake, 001 §五). Started by the API or an activity, never by
 * a schedule (whose stored start could not carry a fresh signature).
 */
export const SIGNED_STARTS: readonly string[] = ['caseWorkflow', 'retireeWorkflow'];
export const startName = (workflowType: string): string => `start:${workflowType}`;

/** How far `iat` may be from the workflow's clock, either way. */
export const MAX_SKEW_MS = 5 * 60_000;

export interface Signed {
  workflowId: string;
  /** The update's (or signal's) name. */
  name: string;
  /** The update's id (a signal has none): a signature is good for this one update only. */
  updateId?: string;
  args: unknown[];
  /** When the caller signed, ms since the epoch. */
  iat: number;
}

export interface Auth {
  iat: number;
  mac: string;
}

/**
 * JSON with object keys sorted at every level, as the arguments reach the workflow (they travel as
 * JSON: undefined members vanish, dates become strings), so both sides hash the same text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  });
}

export function macOf(keyHex: string, s: Signed): string {
  const body = canonicalJson({ args: s.args, iat: s.iat, name: s.name, updateId: s.updateId ?? null, workflowId: s.workflowId });
  return bytesToHex(hmac(sha256, hexToBytes(keyHex), utf8ToBytes(body)));
}

export function sign(keyHex: string, s: Omit<Signed, 'iat'>, nowMs: number): Auth {
  return { iat: nowMs, mac: macOf(keyHex, { ...s, iat: nowMs }) };
}

export type AuthVerdict = { ok: true } | { ok: false; reason: 'unsigned' | 'stale' | 'bad_mac' | 'no_key'; message: string };

/** Checks a signature against what arrived, at the workflow's `nowMs`. */
export function verify(keyHex: string | null, auth: unknown, s: Omit<Signed, 'iat'>, nowMs: number): AuthVerdict {
  if (!keyHex) return { ok: false, reason: 'no_key', message: 'this worker has no actor key (BANGFU_ACTOR_KEY): it accepts no update' };
  const a = auth as Partial<Auth> | null | undefined;
  if (!a || typeof a !== 'object' || typeof a.iat !== 'number' || !Number.isFinite(a.iat) || typeof a.mac !== 'string') {
    return { ok: false, reason: 'unsigned', message: `${s.name}: unsigned (no ${AUTH_HEADER} header): only the Bangfu API may act on a case` };
  }
  if (Math.abs(nowMs - a.iat) > MAX_SKEW_MS) return { ok: false, reason: 'stale', message: `${s.name}: signed at ${new Date(a.iat).toISOString()}, more than 5 minutes from the workflow's clock` };
  if (!timingSafeEqual(a.mac, macOf(keyHex, { ...s, iat: a.iat }))) return { ok: false, reason: 'bad_mac', message: `${s.name}: the signature does not match this workflow, update and arguments` };
  return { ok: true };
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}
