/**
 * Local secrets for the embedded setup: generated once into the data directory unless the environment
 * provides them. The API and the `bangfu token` command read the same file, so a token printed by the
 * CLI is accepted by the running API. The file is written atomically (temporary file, fsync, rename:
 * a crash never leaves half a key behind) with mode 0600, in a data directory of mode 0700 (issue 16
 * item 19).
 */
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Secrets {
  jwtSecret: string;
  payloadKey: string;
  oldPayloadKeys: string[];
  /**
   * Input key material of the person key (base64, BANGFU_PERSON_KEY), separate from the payload key:
   * rotating the payload key must not give every person a new key (issue 16 item 7).
   */
  personKey: string;
  /**
   * The key (base64, 32 bytes; BANGFU_ACTOR_KEY) the API signs updates with and the workflows check
   * them with (issue 16 item 5): without it nobody can act as an official through Temporal.
   */
  actorKey: string;
}

type SecretEnv = { BANGFU_JWT_SECRET?: string; BANGFU_PAYLOAD_KEY?: string; BANGFU_PAYLOAD_OLD_KEYS?: string; BANGFU_PERSON_KEY?: string; BANGFU_ACTOR_KEY?: string };

/**
 * Creates (or tightens) the data directory: owner only (0700), it holds keys and the database. (Run as
 * root, the embedded PostgreSQL then adds o+x — traverse, not list or read — for the `postgres` user
 * it runs as: scripts/lib/database.ts makeTraversable.)
 */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((fs.statSync(dir).mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
}

/** Writes `file` atomically: a temporary file in the same directory, fsync, rename over the old one. */
export function writeFileAtomic(file: string, content: string, mode = 0o600): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export function loadSecrets(dataDir: string, env: SecretEnv): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Secrets>;
  let changed = false;
  if (!stored.jwtSecret) {
    stored.jwtSecret = randomBytes(32).toString('base64url');
    changed = true;
  }
  if (!stored.payloadKey) {
    stored.payloadKey = randomBytes(32).toString('base64');
    changed = true;
  }
  if (!stored.personKey) {
    stored.personKey = randomBytes(32).toString('base64');
    changed = true;
  }
  if (!stored.actorKey) {
    stored.actorKey = randomBytes(32).toString('base64');
    changed = true;
  }
  if (changed && (!env.BANGFU_JWT_SECRET || !env.BANGFU_PAYLOAD_KEY || !env.BANGFU_PERSON_KEY || !env.BANGFU_ACTOR_KEY)) {
    ensurePrivateDir(dataDir);
    writeFileAtomic(file, JSON.stringify({ jwtSecret: stored.jwtSecret, payloadKey: stored.payloadKey, personKey: stored.personKey, actorKey: stored.actorKey }, null, 2));
  }
  return {
    jwtSecret: env.BANGFU_JWT_SECRET ?? stored.jwtSecret,
    payloadKey: env.BANGFU_PAYLOAD_KEY ?? stored.payloadKey,
    oldPayloadKeys: (env.BANGFU_PAYLOAD_OLD_KEYS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    personKey: env.BANGFU_PERSON_KEY ?? stored.personKey!,
    actorKey: env.BANGFU_ACTOR_KEY ?? stored.actorKey,
  };
}

/** The version of the person-key derivation; it is the prefix of every key it makes. */
export const PERSON_KEY_VERSION = 'pk1';

/**
 * The HMAC key for person keys: HKDF-SHA256 over BANGFU_PERSON_KEY with a versioned `info`, so the
 * person key never depends on the payload key (issue 16 item 7) and a future derivation can live
 * beside this one under a new version.
 */
function personHmacKey(ikmBase64: string, version = PERSON_KEY_VERSION): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(ikmBase64, 'base64'), Buffer.from('bangfu/person-key'), Buffer.from(`bangfu person key ${version}`), 32));
}

/**
 * A person's stable key: `pk1:` + HMAC-SHA256 of the ID number under the HKDF-derived person key, so
 * the number itself is not needed to match cases (one open case per matter, yearly caps).
 * `secrets` may still be a bare string, the pre-pk1 form (below).
 */
export function personKeyOf(secrets: Pick<Secrets, 'payloadKey' | 'personKey'> | string, idNumber: string): string {
  if (typeof secrets === 'string') return legacyPersonKeyOf(secrets, idNumber);
  if (!secrets.personKey) throw new Error('BANGFU_PERSON_KEY: no person key (loadSecrets sets one)');
  return `${PERSON_KEY_VERSION}:` + createHmac('sha256', personHmacKey(secrets.personKey)).update('person:' + idNumber.toUpperCase()).digest('hex');
}

/**
 * The key cases filed before pk1 carry (an unprefixed HMAC under the payload key of the time). Kept
 * only for `bangfu person-keys migrate`, which recomputes stored keys from the sealed applicant.
 */
export function legacyPersonKeyOf(payloadKey: string, idNumber: string): string {
  return createHmac('sha256', Buffer.from(payloadKey, 'base64')).update('person:' + idNumber.toUpperCase()).digest('hex');
}
