/**
 * Sealing personal data at rest (PIPL): the applicant's details (ID number, name, birth date, household
 * and health facts) are stored in `cases.applicant` as AES-256-GCM ciphertext under the payload key
 * (BANGFU_PAYLOAD_KEY), bound to the case id (additional authenticated data), so a sealed value cannot
 * be moved to another case. Everyone but auditors works from the masked columns
 * (`applicant_name_masked`, `id_number_masked`); the API unseals for auditors' views.
 *
 * Key rotation: the sealed value names its key by id (the same id as platform/codec.ts uses for
 * Temporal payloads); the current key seals, retired keys (BANGFU_PAYLOAD_OLD_KEYS) still unseal.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface Sealed {
  /** base64 of iv (12) ‖ tag (16) ‖ ciphertext of the JSON value. */
  sealed: string;
  keyId: string;
  alg: 'A256GCM';
}

/** Same id as platform/codec.ts keyId(): first 16 hex of SHA-256 of the raw key. */
export function sealKeyId(keyB64: string): string {
  return createHash('sha256').update(Buffer.from(keyB64, 'base64')).digest('hex').slice(0, 16);
}

function rawKey(keyB64: string): Buffer {
  const key = Buffer.from(keyB64, 'base64');
  if (key.length !== 32) throw new Error('payload key: expected 32 bytes in base64');
  return key;
}

const aadOf = (context: string) => Buffer.from(`bangfu:sealed:${context}`, 'utf8');

export function isSealed(v: unknown): v is Sealed {
  return !!v && typeof v === 'object' && typeof (v as Sealed).sealed === 'string' && typeof (v as Sealed).keyId === 'string';
}

/** Seals a JSON value for `context` (e.g. the case id). */
export function seal(value: unknown, keyB64: string, context: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', rawKey(keyB64), iv);
  cipher.setAAD(aadOf(context));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { sealed: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'), keyId: sealKeyId(keyB64), alg: 'A256GCM' };
}

export class UnsealError extends Error {}

/** Opens a sealed value with whichever of `keysB64` it names; throws UnsealError otherwise. */
export function unseal<T = unknown>(s: Sealed, keysB64: readonly string[], context: string): T {
  const keyB64 = keysB64.find((k) => sealKeyId(k) === s.keyId);
  if (!keyB64) throw new UnsealError(`sealed with unknown key ${s.keyId}: add it to BANGFU_PAYLOAD_OLD_KEYS`);
  const data = Buffer.from(s.sealed, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', rawKey(keyB64), data.subarray(0, 12));
    decipher.setAAD(aadOf(context));
    decipher.setAuthTag(data.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as T;
  } catch (e) {
    throw new UnsealError(`sealed value does not open for ${context}: ${(e as Error).message}`);
  }
}

/** The value itself when it is not sealed; the opened value when it is and a key fits; else null. */
export function openMaybe<T = unknown>(v: unknown, keysB64: readonly string[], context: string): T | null {
  if (!isSealed(v)) return v as T;
  try {
    return unseal<T>(v, keysB64, context);
  } catch {
    return null;
  }
}

/** The keys that open sealed values: the current payload key, then the retired ones. */
export function unsealKeys(secrets: { payloadKey: string; oldPayloadKeys: string[] }): string[] {
  return [secrets.payloadKey, ...secrets.oldPayloadKeys];
}
