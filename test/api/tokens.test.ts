/**
 * Tokens: the `bangfu token` command signs with the data directory's secret, and the API's verifier
 * accepts exactly that; algorithms are pinned, exp is required, iss/aud checked when configured, and a
 * configured public key (EdDSA/RS256) shuts HS256 out. Also the GB 11643 check used on intake.
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVerifier, mintToken } from '../../api/tokens.js';
import { loadEnv } from '../../config/env.js';
import { loadSecrets } from '../../platform/secrets.js';
import { CreateCaseBody } from '../../api/schemas.js';
import { parseTokenArgs, parseTtl, token } from '../../cli/commands/token.js';
import { application, makeIdNumber } from './support.js';

const SECRET = 's'.repeat(43);
const claims = { sub: 'u1', roles: ['station_clerk'], county: '330302', township: '330302001' };

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('bangfu token', () => {
  it('prints one token signed with the local secret the API reads', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-token-'));
    vi.stubEnv('BANGFU_DATA_DIR', dir);
    vi.stubEnv('BANGFU_JWT_SECRET', '');
    vi.stubEnv('BANGFU_JWT_PUBLIC_KEY', '');
    vi.stubEnv('BANGFU_JWT_ISSUER', '');
    vi.stubEnv('BANGFU_JWT_AUDIENCE', '');
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    const code = await token(['--sub', 'clerk1', '--role', 'station_clerk,auditor', '--county', '330302', '--township', '330302001']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const secrets = loadSecrets(dir, {});
    const actor = await createVerifier(secrets.jwtSecret, {})(out.trim());
    expect(actor).toEqual({ sub: 'clerk1', roles: ['station_clerk', 'auditor'], county: '330302', township: '330302001' });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks its arguments', () => {
    expect(parseTokenArgs(['--sub', 'a', '--role', 'finance', '--county', '330302'])).toMatchObject({ sub: 'a', roles: ['finance'], county: '330302', ttlSeconds: 12 * 3600 });
    expect(parseTokenArgs(['--sub=a', '--role=finance', '--role=ops', '--county=330302', '--ttl=30m'])).toMatchObject({ roles: ['finance', 'ops'], ttlSeconds: 1800 });
    expect(parseTokenArgs(['--sub', 'a', '--role', 'boss', '--county', '330302'])).toMatch(/unknown role/);
    expect(parseTokenArgs(['--sub', 'a', '--role', 'finance', '--county', '33030'])).toMatch(/county/);
    expect(parseTokenArgs(['--sub', 'a', '--role', 'finance', '--county', '330302', '--township', '330303001'])).toMatch(/township/);
    expect(parseTokenArgs(['--role', 'finance', '--county', '330302'])).toMatch(/--sub/);
    expect(parseTtl('7d')).toBe(604800);
    expect(parseTtl('0')).toBeNull();
  });
});

describe('verification', () => {
  it('accepts a local token and reads its claims', async () => {
    const t = await mintToken(SECRET, { sub: 'u1', roles: ['station_clerk'], county: '330302', township: '330302001' });
    await expect(createVerifier(SECRET, {})(t)).resolves.toEqual(claims);
  });

  it('refuses: another secret, expired, no exp, alg none, unknown claims shape', async () => {
    const v = createVerifier(SECRET, {});
    await expect(v(await mintToken('x'.repeat(43), { sub: 'u1', roles: [], county: '330302' }))).rejects.toThrow(/not valid/);
    await expect(v(await mintToken(SECRET, { sub: 'u1', roles: [], county: '330302', ttlSeconds: -100 }))).rejects.toThrow(/expired/);
    const noExp = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').sign(new TextEncoder().encode(SECRET));
    await expect(v(noExp)).rejects.toThrow();
    const none = new UnsecuredJWT(claims).setSubject('u1').setExpirationTime('1h').encode();
    await expect(v(none)).rejects.toThrow();
    const badCounty = await new SignJWT({ ...claims, county: 'abc' }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    await expect(v(badCounty)).rejects.toThrow(/county/);
  });

  it('a verified token is remembered only until it expires: a later use past its expiry is refused', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const v = createVerifier(SECRET, {});
      const t = await mintToken(SECRET, { sub: 'u1', roles: ['station_clerk'], county: '330302', ttlSeconds: 60 });
      await expect(v(t)).resolves.toMatchObject({ sub: 'u1' });
      const again = await v(t); // from memory: the same actor, a copy (a caller changing it changes nothing)
      again.roles.push('ops');
      await expect(v(t)).resolves.toEqual({ sub: 'u1', roles: ['station_clerk'], county: '330302' });
      vi.setSystemTime(Date.now() + 60_000 + 31_000); // past exp and the 30 s clock tolerance
      await expect(v(t)).rejects.toThrow(/expired/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks iss and aud when configured', async () => {
    const v = createVerifier(SECRET, { issuer: 'bangfu-idp', audience: 'bangfu-api' });
    await expect(v(await mintToken(SECRET, { ...claims, roles: ['station_clerk'], issuer: 'bangfu-idp', audience: 'bangfu-api' }))).resolves.toMatchObject({ sub: 'u1' });
    await expect(v(await mintToken(SECRET, { ...claims, roles: ['station_clerk'], issuer: 'other', audience: 'bangfu-api' }))).rejects.toThrow();
    await expect(v(await mintToken(SECRET, { ...claims, roles: ['station_clerk'] }))).rejects.toThrow();
  });

  it('with a public key: EdDSA or RS256 accepted, HS256 refused', async () => {
    const idp = { issuer: 'https://idp.example', audience: 'bangfu-api' };
    const ed = generateKeyPairSync('ed25519');
    const v = createVerifier(SECRET, { ...idp, publicKeyPem: ed.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    const edToken = await new SignJWT({ roles: ['auditor'], county: '330302' }).setProtectedHeader({ alg: 'EdDSA' }).setSubject('a1').setIssuer(idp.issuer).setAudience(idp.audience).setIssuedAt().setExpirationTime('1h').sign(ed.privateKey);
    await expect(v(edToken)).resolves.toMatchObject({ sub: 'a1', roles: ['auditor'] });
    await expect(v(await mintToken(SECRET, { ...claims, roles: ['auditor'], ...idp }))).rejects.toThrow(/algorithm/);

    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const vr = createVerifier(SECRET, { ...idp, publicKeyPem: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    const rsToken = await new SignJWT({ roles: ['ops'], county: '330302' }).setProtectedHeader({ alg: 'RS256' }).setSubject('o1').setIssuer(idp.issuer).setAudience(idp.audience).setIssuedAt().setExpirationTime('1h').sign(rsa.privateKey);
    await expect(vr(rsToken)).resolves.toMatchObject({ sub: 'o1' });
  });

  // issue 16 item 14: an identity provider's key without iss/aud accepted any token it ever signed,
  // for any audience, and a token lived as long as its exp said.
  it('with a public key, iss and aud are required: in the configuration and in every token', async () => {
    const ed = generateKeyPairSync('ed25519');
    const pem = ed.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => createVerifier(SECRET, { publicKeyPem: pem })).toThrow(/BANGFU_JWT_ISSUER and BANGFU_JWT_AUDIENCE/);
    expect(() => loadEnv({ BANGFU_JWT_PUBLIC_KEY: pem })).toThrow(/BANGFU_JWT_ISSUER: required when BANGFU_JWT_PUBLIC_KEY is set[\s\S]*BANGFU_JWT_AUDIENCE: required/);
    const v = createVerifier(SECRET, { issuer: 'idp', audience: 'bangfu-api', publicKeyPem: pem });
    const base = () => new SignJWT({ roles: ['auditor'], county: '330302' }).setProtectedHeader({ alg: 'EdDSA' }).setSubject('a1').setIssuedAt().setExpirationTime('1h');
    await expect(v(await base().setIssuer('idp').setAudience('bangfu-api').sign(ed.privateKey))).resolves.toMatchObject({ sub: 'a1' });
    await expect(v(await base().setAudience('bangfu-api').sign(ed.privateKey))).rejects.toThrow(/iss/);
    await expect(v(await base().setIssuer('idp').sign(ed.privateKey))).rejects.toThrow(/aud/);
    await expect(v(await base().setIssuer('idp').setAudience('another-service').sign(ed.privateKey))).rejects.toThrow(/aud/);
  });

  it('caps token age by iat (BANGFU_JWT_MAX_AGE, default 12 h): an old token with a far exp is refused, so is one without iat', async () => {
    const now = Math.floor(Date.now() / 1000);
    const key = new TextEncoder().encode(SECRET);
    const v = createVerifier(SECRET, { maxAgeSeconds: 3600 });
    const issuedAt = (iat: number) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuedAt(iat).setExpirationTime(now + 30 * 24 * 3600).sign(key);
    await expect(v(await issuedAt(now - 60))).resolves.toMatchObject({ sub: 'u1' });
    await expect(v(await issuedAt(now - 2 * 3600))).rejects.toThrow(/too old/);
    const noIat = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setExpirationTime('1h').sign(key);
    await expect(v(noIat)).rejects.toThrow(/iat/);
    // the default
    const d = createVerifier(SECRET, {});
    await expect(d(await issuedAt(now - 13 * 3600))).rejects.toThrow(/too old/);
    expect(loadEnv({}).BANGFU_JWT_MAX_AGE).toBe(12 * 3600);
    expect(() => loadEnv({ BANGFU_JWT_MAX_AGE: '10' })).toThrow(/BANGFU_JWT_MAX_AGE: expected at least 60 seconds/);
  });
});

describe('intake validation of ID numbers (GB 11643)', () => {
  const issues = (idNumber: string) => {
    const r = CreateCaseBody.safeParse(application({ idNumber }));
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  it('accepts numbers with the right check character and names applicant.idNumber otherwise', () => {
    const id = makeIdNumber('330302', '19700101', '123');
    expect(issues(id)).toEqual([]);
    expect(issues('11010519491231002X')).toEqual([]);
    expect(issues('11010519491231002x')).toEqual([]);
    expect(issues(id.slice(0, 17) + (id[17] === '1' ? '2' : '1'))).toContain('applicant.idNumber');
    expect(issues('330302197013011230')).toContain('applicant.idNumber');
    expect(issues('1234')).toContain('applicant.idNumber');
    expect(issues(makeIdNumber('330302', '29990101', '123'))).toContain('applicant.idNumber');
  });
});
