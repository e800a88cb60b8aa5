/**
 * Personal data protection in Temporal (PIPL): every payload (workflow inputs with ID numbers, names,
 * health and income data; activity arguments; results) is encrypted with AES-256-GCM before it leaves
 * the process, so the Temporal server, its database and its UI only hold ciphertext.
 * Key rotation: each payload names its key by id; the current key encrypts, retired keys
 * (BANGFU_PAYLOAD_OLD_KEYS) still decrypt.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { DefaultFailureConverter, METADATA_ENCODING_KEY, type DataConverter, type Payload, type PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import { PLAINTEXT_REFUSED } from '../rules/actor-signature.js';

const { temporal } = proto; // CommonJS package: named ESM imports fail under plain Node

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const enc = new TextEncoder();
const dec = new TextDecoder();

export function keyId(keyB64: string): string {
  return createHash('sha256').update(Buffer.from(keyB64, 'base64')).digest('hex').slice(0, 16);
}

/**
 * What decode does with a payload that is not sealed (issue 16 item 5: a plaintext payload must never
 * reach workflow code): `throw` (clients: the call fails), or `quarantine` (the worker): the payload
 * becomes the marker `{ [PLAINTEXT_REFUSED]: true }`, which the workflow guard (workflows/guard.ts)
 * refuses — the update is rejected, the signal dropped, a workflow start fails — while the case goes
 * on. Throwing in the worker would fail the whole workflow task, and Temporal retries it forever: one
 * forged signal would stop the case.
 */
export type PlaintextPolicy = 'throw' | 'quarantine';

const quarantined = (): Payload => ({
  metadata: { [METADATA_ENCODING_KEY]: enc.encode('json/plain') },
  data: enc.encode(JSON.stringify({ [PLAINTEXT_REFUSED]: true })),
});

export class AesGcmCodec implements PayloadCodec {
  private readonly current: { id: string; key: Buffer };
  private readonly keys = new Map<string, Buffer>();
  private plaintext: PlaintextPolicy = 'throw';

  /** The same keys, quarantining plaintext payloads instead of throwing: the worker's codec. */
  quarantining(): AesGcmCodec {
    const c = Object.create(AesGcmCodec.prototype) as AesGcmCodec;
    Object.assign(c, this, { plaintext: 'quarantine' });
    return c;
  }

  constructor(currentKeyB64: string, oldKeysB64: string[] = []) {
    const key = Buffer.from(currentKeyB64, 'base64');
    if (key.length !== 32) throw new Error('BANGFU_PAYLOAD_KEY: expected 32 bytes in base64');
    this.current = { id: keyId(currentKeyB64), key };
    this.keys.set(this.current.id, key);
    for (const k of oldKeysB64) {
      const b = Buffer.from(k, 'base64');
      if (b.length !== 32) throw new Error('BANGFU_PAYLOAD_OLD_KEYS: every key must be 32 bytes in base64');
      this.keys.set(keyId(k), b);
    }
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => {
      const plain = temporal.api.common.v1.Payload.encode(p).finish();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return {
        metadata: { [METADATA_ENCODING_KEY]: enc.encode(ENCODING), [KEY_ID]: enc.encode(this.current.id) },
        data: Buffer.concat([iv, cipher.getAuthTag(), body]),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => {
      const encoding = p.metadata?.[METADATA_ENCODING_KEY];
      if (!encoding || dec.decode(encoding) !== ENCODING) {
        if (this.plaintext === 'quarantine') return quarantined();
        throw new Error(`plaintext payload refused (encoding ${encoding ? dec.decode(encoding) : 'none'}): every payload must be sealed with the payload codec`);
      }
      const id = p.metadata?.[KEY_ID] ? dec.decode(p.metadata[KEY_ID]) : '';
      const key = this.keys.get(id);
      if (!key) throw new Error(`payload encrypted with unknown key ${id}: add it to BANGFU_PAYLOAD_OLD_KEYS`);
      const data = Buffer.from(p.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

/**
 * The payload codec, and failures whose message and stack trace travel encoded too (issue 16 item 5):
 * an error text can carry personal data (a validator's reason, a database error), and Temporal would
 * otherwise store it in clear in the history.
 */
export function dataConverter(currentKeyB64: string, oldKeysB64: string[] = []) {
  return { payloadCodecs: [new AesGcmCodec(currentKeyB64, oldKeysB64)], failureConverter: new DefaultFailureConverter({ encodeCommonAttributes: true }) };
}

/** The worker's data converter: the same keys, plaintext payloads quarantined (see PlaintextPolicy). */
export function workerDataConverter(dc: DataConverter): DataConverter {
  return { ...dc, payloadCodecs: (dc.payloadCodecs ?? []).map((c) => (c instanceof AesGcmCodec ? c.quarantining() : c)) };
}
