/**
 * Issue 16, the security items outside the case core, each with the test that would have caught it:
 * 7 person key independent of the payload key; 9 rate limit, security log, paged history; 10 the 409 names
 * the open case only to who may see it; 13 NUL / lone surrogates refused with the field named; 17 village masked, 15-digit IDs scrubbed; 18 limit/offset
 * bound; 19 secrets file and data dir; 16 idempotency keys per (actor, key) with a reservation token.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationFailure, defaultPayloadConverter } from '@temporalio/common';
import { encodeFailure } from '@temporalio/common/lib/internal-non-workflow/index.js';
import { buildApp } from '../../api/app.js';
import { dataConverter } from '../../platform/codec.js';
import { maskIdNumbersInText, maskValue } from '../../api/masking.js';
import { ensurePrivateDir, legacyPersonKeyOf, loadSecrets, personKeyOf } from '../../platform/secrets.js';
import { migratePersonKeys } from '../../cli/commands/person-keys.js';
import { appendEventNow } from '../../store/audit.js';
import { completeKey, findKey, releaseKey, reserveKey, takeOverKey } from '../../store/idempotency.js';
import { overdueSteps, page } from '../../store/ops.js';
import { COUNTY, COUNTY_B, NO_IDEMPOTENCY_KEY, TOWNSHIP_B, application, call, freshIdNumber, person, startApiStack, type ApiStack } from '../api/support.js';

let s: ApiStack;
const clerk = person('clerk-sec', 'station_clerk');
const clerkB = person('clerk-sec-b', 'station_clerk', COUNTY_B, TOWNSHIP_B);
const auditor = person('auditor-sec', 'auditor', COUNTY, null);
const reviewer = person('reviewer-sec', 'township_reviewer');

beforeAll(async () => {
  s = await startApiStack();
}, 240_000);
afterAll(async () => {
  await s?.close();
});

describe('item 7: the person key does not depend on the payload key', () => {
  it('is versioned (pk1:), HKDF-derived from BANGFU_PERSON_KEY, unchanged when the payload key rotates', () => {
    const id = freshIdNumber();
    const personKey = randomBytes(32).toString('base64');
    const a = personKeyOf({ payloadKey: randomBytes(32).toString('base64'), personKey }, id);
    const b = personKeyOf({ payloadKey: randomBytes(32).toString('base64'), personKey }, id);
    expect(a).toMatch(/^pk1:[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(personKeyOf({ payloadKey: 'x', personKey }, id.toLowerCase())).toBe(a);
    expect(personKeyOf({ payloadKey: 'x', personKey: randomBytes(32).toString('base64') }, id)).not.toBe(a);
    // not the old HMAC under the payload key, nor the same HMAC under the raw person key
    expect(a.slice(4)).not.toBe(legacyPersonKeyOf(personKey, id));
  });

  it('after a payload-key rotation a second open case for the same person and matter is still refused', async () => {
    const idNumber = freshIdNumber();
    const first = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber }));
    expect(first.status).toBe(201);
    const rotated = { ...s.secrets, payloadKey: randomBytes(32).toString('base64'), oldPayloadKeys: [s.secrets.payloadKey] };
    const app2 = buildApp({ db: s.db.prisma, temporal: s.client, taskQueue: s.taskQueue, secrets: rotated, auth: {} });
    try {
      await app2.ready();
      const r = await app2.inject({ method: 'POST', url: '/v1/cases', headers: { authorization: `Bearer ${await s.token(clerk)}` }, payload: application({ idNumber }) });
      expect(r.statusCode, r.body).toBe(409);
      expect(JSON.parse(r.body).code).toBe('DUPLICATE_OPEN_MATTER');
    } finally {
      await app2.close();
    }
  });
});

describe('item 7: migrating cases filed under the old person key', () => {
  it('`bangfu person-keys migrate` rewrites legacy keys from the sealed applicant; the open case is found again', async () => {
    const idNumber = freshIdNumber();
    const first = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber }));
    expect(first.status).toBe(201);
    // As it was stored before pk1: an HMAC under the payload key.
    const legacy = legacyPersonKeyOf(s.secrets.payloadKey, idNumber);
    await s.db.prisma.$executeRaw`update cases set person_key = ${legacy} where id = ${first.body.id}`;
    await s.db.prisma.$executeRaw`update open_matters set person_key = ${legacy} where case_id = ${first.body.id}`;
    // Unmigrated, the new key misses the old case (what a payload-key rotation used to do to everyone):
    const missed = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber, matter: 'living_supplement' }));
    expect(missed.status).toBe(201);
    await s.db.prisma.$executeRaw`delete from open_matters where case_id = ${missed.body.id}`;
    await s.db.prisma.$executeRaw`update cases set open = false where id = ${missed.body.id}`;
    const r = await migratePersonKeys(s.db.prisma, s.secrets);
    expect(r.unopened).toEqual([]);
    expect(r.rekeyed).toBeGreaterThanOrEqual(1);
    const row = await s.db.prisma.case.findUniqueOrThrow({ where: { id: first.body.id } });
    expect(row.personKey).toBe(personKeyOf(s.secrets, idNumber));
    const again = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber }));
    expect(again.status).toBe(409);
    expect(again.body.openCaseId).toBe(first.body.id);
    expect((await migratePersonKeys(s.db.prisma, s.secrets)).rekeyed).toBe(0);
  });
});

describe('item 10: the 409 names the open case only to a caller who may see it', () => {
  it('names it to the clerk of its township, not to a clerk of another county', async () => {
    const idNumber = freshIdNumber();
    const first = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber }));
    expect(first.status).toBe(201);
    const same = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber }));
    expect(same.status).toBe(409);
    expect(same.body.openCaseId).toBe(first.body.id);
    const other = await call(s, 'POST', '/v1/cases', clerkB, application({ idNumber, county: COUNTY_B, township: TOWNSHIP_B }));
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('DUPLICATE_OPEN_MATTER');
    expect(JSON.stringify(other.body)).not.toContain(first.body.id);
  });
});

describe('item 13: text PostgreSQL cannot store is refused at the API, naming the field', () => {
  it('NUL and lone surrogates in body fields, nested fields, keys and the query → 400 VALIDATION', async () => {
    const cases: [unknown, string][] = [
      [application({ applicant: { name: '张\u0000三' } }), 'applicant.name'],
      [application({ applicant: { name: 'bad \ud800 half' } }), 'applicant.name'],
      [application({ applicant: { name: '\udc00' } }), 'applicant.name'],
      [{ ...application(), filedBy: { capacity: 'agent', name: 'a\u0000' } }, 'filedBy.name'],
      [{ ...application(), ['k\u0000']: 1 }, 'k\\u0000'],
    ];
    for (const [body, field] of cases) {
      const r = await call(s, 'POST', '/v1/cases', clerk, body);
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.code).toBe('VALIDATION');
      expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    const q = await call(s, 'GET', '/v1/tasks?status=%00open', reviewer);
    expect(q.status).toBe(400);
    expect(q.body.errors[0]).toMatchObject({ path: 'status', in: 'querystring' });
    // a well-formed pair (an emoji) is fine: the guard is about storability, not about characters
    const ok = await call(s, 'POST', '/v1/cases', clerk, application({ applicant: { name: '张三😀' } }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    // on a task route too
    const t = await call(s, 'POST', `/v1/tasks/${ok.body.steps[0].id}/complete`, reviewer, { decision: 'approve', reasons: 'ok\u0000' });
    expect(t.status).toBe(400);
    expect(t.body.errors[0].path).toBe('reasons');
  });
});

describe('item 9: rate limit, security log, paged history', () => {
  it('one subject over its budget gets 429 problem+json with Retry-After; another subject does not; the hit is logged', async () => {
    const limited = buildApp({ db: s.db.prisma, temporal: s.client, taskQueue: s.taskQueue, secrets: s.secrets, auth: {}, rateLimit: { max: 5, timeWindowMs: 60_000 } });
    try {
      await limited.ready();
      const get = async (who: typeof clerk) => limited.inject({ method: 'GET', url: '/v1/tasks', headers: { authorization: `Bearer ${await s.token(who)}` } });
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await get(reviewer)).statusCode);
      expect(codes).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const r = await get(reviewer);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(JSON.parse(r.body).code).toBe('RATE_LIMITED');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect((await get(clerk)).statusCode).toBe(200);
      await expect.poll(() => s.db.prisma.securityEvent.count({ where: { kind: 'rate_limited', action: 'GET /v1/tasks' } })).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('a probe of another county\'s case or of an unknown id goes to the security log, the case chain stays untouched', async () => {
    const c = await call(s, 'POST', '/v1/cases', clerk, application());
    const before = await s.db.prisma.auditEvent.count({ where: { caseId: c.body.id } });
    const probe = person('prober', ['township_reviewer', 'county_approver'], COUNTY_B, TOWNSHIP_B);
    expect((await call(s, 'GET', `/v1/cases/${c.body.id}`, probe)).status).toBe(404);
    expect((await call(s, 'GET', `/v1/cases/${c.body.id}/history`, probe)).status).toBe(404);
    expect((await call(s, 'POST', `/v1/tasks/${c.body.steps[0].id}/complete`, probe, { decision: 'approve' })).status).toBe(404);
    expect((await call(s, 'GET', '/v1/cases/BF330303999999NOSUCH/history', probe)).status).toBe(404);
    expect(await s.db.prisma.auditEvent.count({ where: { caseId: c.body.id } })).toBe(before);
    const log = await s.db.prisma.securityEvent.findMany({ where: { actor: { path: ['sub'], equals: 'prober' } }, orderBy: { id: 'asc' } });
    expect(log.map((e) => e.kind)).toEqual(expect.arrayContaining(['refused_outside_jurisdiction']));
    expect(log.every((e) => e.code === 'WRONG_JURISDICTION' || e.kind === 'refused_unknown_target')).toBe(true);
    expect(log.some((e) => e.target === c.body.id)).toBe(true);
    // The app role cannot rewrite the security log.
    await expect(s.db.prisma.$executeRawUnsafe('delete from security_events')).rejects.toThrow(/permission denied/);
  });

  it('history comes in pages (?afterSeq, ?limit) with nextAfterSeq; the chain is verified whole', async () => {
    const c = await call(s, 'POST', '/v1/cases', clerk, application());
    const all = await call(s, 'GET', `/v1/cases/${c.body.id}/history`, auditor);
    expect(all.status).toBe(200);
    const n = all.body.events.length;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(all.body.page).toEqual({ afterSeq: 0, limit: 1000 });
    const seen: number[] = [];
    let after = 0;
    for (let guard = 0; guard < 50; guard++) {
      const p = await call(s, 'GET', `/v1/cases/${c.body.id}/history?limit=1&afterSeq=${after}`, auditor);
      expect(p.status).toBe(200);
      expect(p.body.verification).toEqual(all.body.verification);
      seen.push(...p.body.events.map((e: { seq: number }) => e.seq));
      if (p.body.page.nextAfterSeq === undefined) break;
      after = p.body.page.nextAfterSeq;
    }
    expect(seen).toEqual(all.body.events.map((e: { seq: number }) => e.seq));
    expect((await call(s, 'GET', `/v1/cases/${c.body.id}/history?limit=5000`, auditor)).status).toBe(400);
  });
});

describe('item 17: village masked for non-auditors; 15-digit ID numbers scrubbed', () => {
  it('masks village like an address and 15-digit (first-generation) ID numbers in any text', () => {
    const v = maskValue({ applicant: { village: '五星村', name: '张三' }, note: 'old id 330302700101123 on file' }, { names: [], idNumbers: [] }) as { applicant: { village: string }; note: string };
    expect(v.applicant.village).toBe('***');
    expect(v.note).toBe('old id 330302******123 on file');
    expect(maskIdNumbersInText('x 330302197001011236 y')).toBe('x 330302********1236 y');
    expect(maskIdNumbersInText('amount 1234567890123456 fen')).toBe('amount 1234567890123456 fen');
  });

  it('a township reviewer reading the history sees no village; the county auditor does', async () => {
    const c = await call(s, 'POST', '/v1/cases', clerk, application({ applicant: { village: '五星村' } }));
    expect(c.status).toBe(201);
    // Events carrying the applicant's village (as a household check's findings would): through the API.
    await appendEventNow(s.db.prisma, { caseId: c.body.id, eventKey: `test-village:${c.body.id}`, at: new Date().toISOString(), actor: { sub: 'system', roles: [] }, type: 'household_checked', data: { applicant: { village: '五星村' } } });
    const masked = await call(s, 'GET', `/v1/cases/${c.body.id}/history`, reviewer);
    expect(masked.status).toBe(200);
    expect(JSON.stringify(masked.body)).not.toContain('五星村');
    const full = await call(s, 'GET', `/v1/cases/${c.body.id}/history`, auditor);
    expect(JSON.stringify(full.body)).toContain('五星村');
  });
});

describe('item 18: ops limit and offset are bound, never spliced into SQL', () => {
  it('binds both as parameters', () => {
    const params: unknown[] = [new Date()];
    expect(page({ limit: 10, offset: 20 }, params)).toBe('limit $2::int offset $3::int');
    expect(params.slice(1)).toEqual([10, 20]);
  });

  it('an offset carrying SQL is a number or nothing, never SQL', async () => {
    const now = new Date();
    const evil = '0 union all select 1 --' as unknown as number;
    await expect(overdueSteps(s.db.prisma, { offset: evil, limit: 10 }, now)).resolves.toEqual(await overdueSteps(s.db.prisma, { offset: 0, limit: 10 }, now));
  });
});

describe('item 19: secrets written atomically into an owner-only data directory', () => {
  it('creates the data dir 0700, secrets.json 0600, leaves no temporary file, keeps the keys across loads', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-sec-')), 'data');
    const first = loadSecrets(dir, {});
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['secrets.json']);
    expect(loadSecrets(dir, {})).toEqual(first);
    expect(first.personKey).not.toBe(first.payloadKey);
    // an existing, too-open data dir is tightened
    fs.chmodSync(dir, 0o755);
    ensurePrivateDir(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });
});


describe('item 16: idempotency keys are per (actor, key), reserved with a token, required on payments', () => {
  it('a payment without Idempotency-Key → 400 naming the header, nothing paid', async () => {
    const c = await call(s, 'POST', '/v1/cases', clerk, application());
    expect(c.status).toBe(201);
    const fin = person('fin-sec', 'finance', COUNTY, null);
    const r = await call(s, 'POST', `/v1/cases/${c.body.id}/payments`, fin, {}, { 'idempotency-key': NO_IDEMPOTENCY_KEY });
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ path: 'idempotency-key', in: 'headers' });
    expect(await s.db.prisma.payment.count({ where: { caseId: c.body.id } })).toBe(0);
  });

  it('subject "a:b" with key "c" and subject "a" with key "b:c" are two keys, not one', async () => {
    const one = person('clerk-16:x', 'station_clerk');
    const two = person('clerk-16', 'station_clerk');
    const r1 = await call(s, 'POST', '/v1/cases', one, application(), { 'idempotency-key': 'k' });
    const r2 = await call(s, 'POST', '/v1/cases', two, application(), { 'idempotency-key': 'x:k' });
    expect(r1.status, JSON.stringify(r1.body)).toBe(201);
    // Under `${sub}:${key}` both were "clerk-16:x:k": the second got 422 (or, with the same body, the first's case).
    expect(r2.status, JSON.stringify(r2.body)).toBe(201);
    expect(r2.body.id).not.toBe(r1.body.id);
  });

  it('only the holder of the reservation completes or releases it; a takeover moves it to one new holder', async () => {
    const key = `test-16-${randomBytes(6).toString('hex')}`;
    expect(await reserveKey(s.db.prisma, { key, actor: 'a', route: 'POST /x', bodyHash: 'h', token: 'first' })).toBe(true);
    expect(await reserveKey(s.db.prisma, { key, actor: 'a', route: 'POST /x', bodyHash: 'h', token: 'second' })).toBe(false);
    expect(await findKey(s.db.prisma, key, 'someone-else')).toBeNull();
    expect((await findKey(s.db.prisma, key, 'a'))?.token).toBe('first');
    expect(await takeOverKey(s.db.prisma, key, 'first', 'second')).toBe(true);
    expect(await takeOverKey(s.db.prisma, key, 'first', 'third')).toBe(false);
    await releaseKey(s.db.prisma, key, 'first'); // not the holder any more: nothing happens
    expect(await completeKey(s.db.prisma, key, 'first', 201, { late: true })).toBe(false);
    expect(await completeKey(s.db.prisma, key, 'second', 201, { ok: true })).toBe(true);
    expect(await findKey(s.db.prisma, key, 'a')).toMatchObject({ statusCode: 201, responseBody: { ok: true } });
  });
});

describe('item 5 (in part): failure texts travel encoded', () => {
  it('an error message and stack are replaced in the failure and sealed by the payload codec', async () => {
    const dc = dataConverter(randomBytes(32).toString('base64'));
    const failure = dc.failureConverter.errorToFailure(ApplicationFailure.create({ message: 'refused for 张三 330302197001011236' }), defaultPayloadConverter);
    expect(failure.message).toBe('Encoded failure');
    expect(failure.stackTrace ?? '').toBe('');
    const sealed = await encodeFailure(dc.payloadCodecs, failure);
    const raw = Buffer.from(sealed.encodedAttributes!.data!).toString('latin1');
    expect(raw).not.toContain('330302197001011236');
    expect(Buffer.from(sealed.encodedAttributes!.metadata!.encoding!).toString()).toBe('binary/encrypted');
  });
});
