/**
 * Bearer tokens: the claims Bangfu reads, minting local HS256 tokens (the `bangfu token` command and the
 * tests use this), and verification with pinned algorithms (HS256 with the local secret, or EdDSA/RS256
 * with BANGFU_JWT_PUBLIC_KEY in production — then HS256 is refused).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';
import { ROLES, type Actor, type Role } from '../workflows/definitions.js';

export interface AuthConfig {
  /** Required `iss`; with a public key it must be set (issue 16 item 14). */
  issuer?: string;
  /** Required `aud`; with a public key it must be set. */
  audience?: string;
  /** Oldest token accepted, seconds since its `iat` (default DEFAULT_MAX_AGE_SECONDS). */
  maxAgeSeconds?: number;
  /** PEM public key (Ed25519/Ed448 → EdDSA, RSA → RS256). When set, HS256 tokens are refused. */
  publicKeyPem?: string;
}

export interface MintOptions {
  sub: string;
  roles: Role[];
  county: string;
  township?: string;
  /** Lifetime in seconds (default 12 h). */
  ttlSeconds?: number;
  issuer?: string;
  audience?: string;
}

export const DEFAULT_TTL_SECONDS = 12 * 3600;
/** Tokens older than this (by `iat`) are refused whatever their `exp` says. */
export const DEFAULT_MAX_AGE_SECONDS = 12 * 3600;

/** A local HS256 token signed with the data directory's secret (platform/secrets.ts). */
export async function mintToken(jwtSecret: string, o: MintOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT({ roles: o.roles, county: o.county, ...(o.township ? { township: o.township } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(o.sub)
    .setIssuedAt(now)
    .setExpirationTime(now + (o.ttlSeconds ?? DEFAULT_TTL_SECONDS));
  if (o.issuer) jwt = jwt.setIssuer(o.issuer);
  if (o.audience) jwt = jwt.setAudience(o.audience);
  return jwt.sign(new TextEncoder().encode(jwtSecret));
}

const Claims = z.object({
  sub: z.string().min(1).max(128),
  roles: z.array(z.string()).max(20),
  county: z.string().regex(/^\d{6}$/, 'county must be a 6-digit GB/T 2260 code'),
  township: z.string().regex(/^\d{9}$/, 'township must be a 9-digit code').optional(),
});

export class TokenError extends Error {}

export type Verify = (token: string) => Promise<Actor>;

export function createVerifier(jwtSecret: string, cfg: AuthConfig): Verify {
  let key: KeyObject | Uint8Array;
  let algorithms: string[];
  if (cfg.publicKeyPem) {
    if (!cfg.issuer || !cfg.audience) throw new Error('BANGFU_JWT_ISSUER and BANGFU_JWT_AUDIENCE are required with BANGFU_JWT_PUBLIC_KEY');
    const k = createPublicKey(cfg.publicKeyPem.replace(/\\n/g, '\n'));
    const t = k.asymmetricKeyType;
    if (t === 'ed25519' || t === 'ed448') algorithms = ['EdDSA'];
    else if (t === 'rsa') algorithms = ['RS256'];
    else throw new Error(`BANGFU_JWT_PUBLIC_KEY: unsupported key type ${t}; expected Ed25519 or RSA`);
    key = k;
  } else {
    key = new TextEncoder().encode(jwtSecret);
    algorithms = ['HS256'];
  }
  // Verified tokens, until they expire or pass their maximum age: an official's client sends the same
  // token with every request, and verifying its signature again each time is most of what
  // authentication costs. Expiry and age are still checked at each use; the cache is bounded.
  const verified = new Map<string, { actor: Actor; validUntilMs: number }>();
  const maxAgeMs = (cfg.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS) * 1000;
  return async (token: string) => {
    const hit = verified.get(token);
    if (hit) {
      if (Date.now() < hit.validUntilMs) return { ...hit.actor, roles: [...hit.actor.roles] };
      verified.delete(token);
    }
    const actor = await verifyOnce(token);
    return actor;
  };

  async function verifyOnce(token: string): Promise<Actor> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms,
        issuer: cfg.issuer,
        audience: cfg.audience,
        requiredClaims: ['exp', 'sub', 'iat', ...(cfg.issuer ? ['iss'] : []), ...(cfg.audience ? ['aud'] : [])],
        maxTokenAge: cfg.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS,
        clockTolerance: 30,
      }));
    } catch (e) {
      const code = (e as { code?: string }).code;
      const claim = (e as { claim?: string }).claim;
      throw new TokenError(
        claim === 'iat' && (code === 'ERR_JWT_EXPIRED' || code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
          ? `the token is too old or has no iat (tokens are accepted for ${cfg.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS} s after issue)`
          : code === 'ERR_JWT_EXPIRED'
          ? 'the token has expired'
          : code === 'ERR_JOSE_ALG_NOT_ALLOWED'
            ? `the token's algorithm is not accepted (expected ${algorithms.join(', ')})`
            : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
              ? `the token's claims are not accepted: ${(e as Error).message}`
              : 'the token is not valid',
      );
    }
    const c = Claims.safeParse(payload);
    if (!c.success) throw new TokenError(`the token's claims are not valid: ${c.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (c.data.township && !c.data.township.startsWith(c.data.county)) throw new TokenError('the token\'s township is not in its county');
    const roles = [...new Set(c.data.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)))];
    const actor: Actor = { sub: c.data.sub, roles, county: c.data.county, ...(c.data.township ? { township: c.data.township } : {}) };
    // Valid until the earlier of its expiry and its maximum age (without the clock tolerance: a cached
    // token is never accepted longer than a fresh verification would accept it).
    const validUntilMs = Math.min(Number(payload.exp) * 1000, Number(payload.iat) * 1000 + maxAgeMs);
    if (Number.isFinite(validUntilMs)) {
      if (verified.size >= 10_000) verified.delete(verified.keys().next().value!);
      verified.set(token, { actor, validUntilMs });
    }
    return actor;
  }
}
