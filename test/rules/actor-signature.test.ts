/**
 * The actor signature (rules/actor-signature.ts; issue 16 item 5), pure: the sandbox's HMAC-SHA256
 * (@noble/hashes) agrees with Node's; the canonical JSON is what the workflow sees after the payload
 * converter's JSON round trip; a signature verifies for exactly what it signed, within 5 minutes.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SKEW_MS, canonicalJson, macOf, sign, verify } from '../../rules/actor-signature.js';

const KEY = Buffer.alloc(32, 5).toString('hex');
const NOW = Date.parse('2026-12-01T08:00:00Z');
const what = { workflowId: 'case-BF1', name: 'claimTask', updateId: 'u-1', args: [{ taskId: 'BF1-township_verification-1', actor: { sub: 'r1', roles: ['township_reviewer'], county: '330302' } }] };

describe('HMAC-SHA256 in the sandbox', () => {
  it('equals node:crypto for the same key and canonical body', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.jsonValue(), fc.string(), (key, arg, name) => {
        const hex = Buffer.from(key).toString('hex');
        const s = { workflowId: 'w', name, updateId: 'u', args: [arg], iat: NOW };
        const body = canonicalJson({ args: s.args, iat: s.iat, name: s.name, updateId: s.updateId, workflowId: s.workflowId });
        expect(macOf(hex, s)).toBe(createHmac('sha256', key).update(body, 'utf8').digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('canonical JSON', () => {
  it('is the same before and after the JSON round trip the arguments make, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(JSON.parse(JSON.stringify(v)))).toBe(canonicalJson(v));
      }),
      { numRuns: 300 },
    );
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(canonicalJson({ at: new Date(NOW) })).toBe(canonicalJson({ at: new Date(NOW).toISOString() }));
  });
});

describe('verify', () => {
  it('accepts what was signed, up to 5 minutes either way', () => {
    const auth = sign(KEY, what, NOW);
    expect(verify(KEY, auth, what, NOW)).toEqual({ ok: true });
    expect(verify(KEY, auth, what, NOW + MAX_SKEW_MS)).toEqual({ ok: true });
    expect(verify(KEY, auth, what, NOW - MAX_SKEW_MS)).toEqual({ ok: true });
    expect(verify(KEY, auth, what, NOW + MAX_SKEW_MS + 1)).toMatchObject({ ok: false, reason: 'stale' });
    expect(verify(KEY, auth, what, NOW - MAX_SKEW_MS - 1)).toMatchObject({ ok: false, reason: 'stale' });
  });

  it('refuses no signature, a malformed one, no key, and any change to the workflow, update, call, arguments or time', () => {
    const auth = sign(KEY, what, NOW);
    for (const bad of [undefined, null, {}, { iat: NOW }, { mac: auth.mac }, { iat: String(NOW), mac: auth.mac }, { iat: Infinity, mac: auth.mac }]) {
      expect(verify(KEY, bad, what, NOW), JSON.stringify(bad)).toMatchObject({ ok: false, reason: 'unsigned' });
    }
    expect(verify(null, auth, what, NOW)).toMatchObject({ ok: false, reason: 'no_key' });
    expect(verify(Buffer.alloc(32, 6).toString('hex'), auth, what, NOW)).toMatchObject({ ok: false, reason: 'bad_mac' });
    expect(verify(KEY, { ...auth, iat: NOW + 1 }, what, NOW)).toMatchObject({ ok: false, reason: 'bad_mac' });
    const changes = [{ workflowId: 'case-BF2' }, { name: 'unclaimTask' }, { updateId: 'u-2' }, { args: [{ ...what.args[0], actor: { ...what.args[0]!.actor, sub: 'r2' } }] }, { args: [] }];
    for (const c of changes) expect(verify(KEY, auth, { ...what, ...c }, NOW), JSON.stringify(c)).toMatchObject({ ok: false, reason: 'bad_mac' });
  });
});
