/**
 * Local secrets for the embedded setup: generated once into the data directory (mode 600) unless the
 * environment provides them. The API and the `bangfu token` command read the same file, so a token
 * printed by the CLI is accepted by the running API.
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Secrets {
  jwtSecret: string;
  payloadKey: string;
  oldPayloadKeys: string[];
}

export function loadSecrets(dataDir: string, env: { BANGFU_JWT_SECRET?: string; BANGFU_PAYLOAD_KEY?: string; BANGFU_PAYLOAD_OLD_KEYS?: string }): Secrets {
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
  if (changed && (!env.BANGFU_JWT_SECRET || !env.BANGFU_PAYLOAD_KEY)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ jwtSecret: stored.jwtSecret, payloadKey: stored.payloadKey }, null, 2), { mode: 0o600 });
  }
  return {
    jwtSecret: env.BANGFU_JWT_SECRET ?? stored.jwtSecret,
    payloadKey: env.BANGFU_PAYLOAD_KEY ?? stored.payloadKey,
    oldPayloadKeys: (env.BANGFU_PAYLOAD_OLD_KEYS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  };
}

/** A person's stable key: HMAC of the ID number, so the number itself is not needed to match cases. */
export function personKeyOf(secret: string, idNumber: string): string {
  return createHmac('sha256', Buffer.from(secret, 'base64')).update('person:' + idNumber.toUpperCase()).digest('hex');
}
