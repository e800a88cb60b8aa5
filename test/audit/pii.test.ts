/**
 * Personal data (PIPL; issue item 10) on the real stack:
 * - Temporal holds only ciphertext: a workflow's stored history, fetched by a client WITHOUT the codec,
 *   does not contain the applicant's ID number or name anywhere; with the key it decodes, and after a
 *   key rotation (old key in BANGFU_PAYLOAD_OLD_KEYS) it still does;
 * - `cases.applicant` is sealed at rest (AES-256-GCM under the payload key, bound to the case);
 *   auditors' views unseal it, everyone else gets the masked columns;
 * - the API's logs never contain a whole ID number (nor the token);
 * - the publication text and non-auditor views mask the name and the ID number.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import proto from '@temporalio/proto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { AesGcmCodec, dataConverter } from '../../platform/codec.js';
import { loadSecrets } from '../../platform/secrets.js';
import { maskIdNumber, maskName } from '../../rules/index.js';
import { isSealed, sealKeyId, unseal } from '../../store/seal.js';
import { stateQuery, workflowIdForCase, type CaseInput } from '../../workflows/definitions.js';
import { COUNTY, application, call, freshIdNumber, openStep, person, startApiStack, type ApiStack } from '../api/support.js';
import { NAMESPACE, TEST_PAYLOAD_KEY } from '../support/stack.js';

let s: ApiStack;
const clerk = person('clerk-p', 'station_clerk');
const reviewer = person('reviewer-p', 'township_reviewer');
const tApprover = person('tapprover-p', 'township_approver');
const cApprover = person('capprover-p', 'county_approver', COUNTY, null);
const auditor = person('auditor-p', 'auditor', COUNTY, null);
const NAME = '司马光华';

let idNumber: string;
let caseId: string;
const FRESH_KEY = randomBytes(32).toString('base64');

beforeAll(async () => {
  s = await startApiStack();
  idNumber = freshIdNumber();
  const c = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber, applicant: { name: NAME, phone: '13912345678' } }));
  expect(c.status, JSON.stringify(c.body)).toBe(201);
  caseId = c.body.id;
}, 180_000);
afterAll(async () => s?.close());

async function inject(app: FastifyInstance, method: 'GET' | 'POST', url: string, who: Parameters<ApiStack['token']>[0] | null, payload?: unknown) {
  const headers = who ? { authorization: `Bearer ${await s.token(who)}` } : {};
  const r = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return { status: r.statusCode, body: JSON.parse(r.body || 'null') };
}

describe('Temporal payloads are ciphertext', () => {
  it('the stored history read without the codec holds no ID number or name; with the key it decodes', async () => {
    const raw = new Client({ connection: s.client.connection, namespace: NAMESPACE }); // no data converter
    const history = await raw.workflow.getHandle(workflowIdForCase(caseId)).fetchHistory();
    const bytes = Buffer.from(proto.temporal.api.history.v1.History.encode(history).finish());
    expect(bytes.length).toBeGreaterThan(1000);
    for (const secret of [idNumber, NAME, '13912345678']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), `history contains ${secret}`).toBe(false);
      expect(bytes.toString('latin1')).not.toContain(secret);
    }
    const input = history.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads! as Payload[];
    expect(Buffer.from(input[0]!.metadata!.encoding!).toString()).toBe('binary/encrypted');
    const [plain] = await new AesGcmCodec(TEST_PAYLOAD_KEY).decode(input);
    const decoded = defaultPayloadConverter.fromPayload<CaseInput>(plain!);
    expect(decoded.applicant.idNumber).toBe(idNumber);
    expect(decoded.applicant.name).toBe(NAME);
  });

  it('after a key rotation (old key in BANGFU_PAYLOAD_OLD_KEYS) old payloads still decode; without the old key they do not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-rot-'));
    const secrets = loadSecrets(dir, { BANGFU_PAYLOAD_KEY: FRESH_KEY, BANGFU_PAYLOAD_OLD_KEYS: TEST_PAYLOAD_KEY, BANGFU_JWT_SECRET: 'x'.repeat(40) });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(secrets.oldPayloadKeys).toEqual([TEST_PAYLOAD_KEY]);
    const rotated = new Client({ connection: s.client.connection, namespace: NAMESPACE, dataConverter: dataConverter(secrets.payloadKey, secrets.oldPayloadKeys) });
    const state = await rotated.workflow.getHandle(workflowIdForCase(caseId)).query(stateQuery);
    expect(state.caseId).toBe(caseId);
    const history = await rotated.workflow.getHandle(workflowIdForCase(caseId)).fetchHistory();
    const input = history.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads! as Payload[];
    const [plain] = await new AesGcmCodec(secrets.payloadKey, secrets.oldPayloadKeys).decode(input);
    expect(defaultPayloadConverter.fromPayload<CaseInput>(plain!).applicant.idNumber).toBe(idNumber);
    await expect(new AesGcmCodec(FRESH_KEY).decode(input)).rejects.toThrow(/unknown key .*BANGFU_PAYLOAD_OLD_KEYS/);
  });
});

describe('cases.applicant is sealed at rest', () => {
  it('the column holds ciphertext bound to the case; the masked columns hold the masked name and number', async () => {
    const c = new pg.Client({ connectionString: s.db.ownerUrl });
    await c.connect();
    const { rows } = await c.query('select applicant, applicant::text as text, applicant_name_masked, id_number_masked from cases where id = $1', [caseId]);
    await c.end();
    const row = rows[0];
    expect(isSealed(row.applicant)).toBe(true);
    expect(row.applicant.keyId).toBe(sealKeyId(TEST_PAYLOAD_KEY));
    for (const secret of [idNumber, NAME, '13912345678', idNumber.slice(6, 14)]) expect(row.text).not.toContain(secret);
    expect(row.applicant_name_masked).toBe(maskName(NAME));
    expect(row.id_number_masked).toBe(maskIdNumber(idNumber));
    expect(unseal<{ idNumber: string }>(row.applicant, [TEST_PAYLOAD_KEY], caseId).idNumber).toBe(idNumber);
    expect(() => unseal(row.applicant, [TEST_PAYLOAD_KEY], 'BF-another-case')).toThrow(/does not open/);
    expect(() => unseal(row.applicant, [FRESH_KEY], caseId)).toThrow(/unknown key/);
  });

  it('auditors see the applicant unsealed; officials masked; after rotation auditors still do; without the key nobody does (no 5xx)', async () => {
    const a = await call(s, 'GET', `/v1/cases/${caseId}`, auditor);
    expect(a.body.applicant).toMatchObject({ idNumber, name: NAME });
    const r = await call(s, 'GET', `/v1/cases/${caseId}`, reviewer);
    expect(r.body.applicant).toMatchObject({ idNumber: maskIdNumber(idNumber), name: maskName(NAME), householdStatus: 'dibao' });
    expect(JSON.stringify(r.body)).not.toContain(idNumber);

    const deps = { db: s.db.prisma, temporal: s.client, taskQueue: s.taskQueue, auth: {} };
    const rotated = buildApp({ ...deps, secrets: { ...s.secrets, payloadKey: FRESH_KEY, oldPayloadKeys: [TEST_PAYLOAD_KEY] } });
    const keyless = buildApp({ ...deps, secrets: { ...s.secrets, payloadKey: FRESH_KEY, oldPayloadKeys: [] } });
    try {
      expect((await inject(rotated, 'GET', `/v1/cases/${caseId}`, auditor)).body.applicant.idNumber).toBe(idNumber);
      const k = await inject(keyless, 'GET', `/v1/cases/${caseId}`, auditor);
      expect(k.status).toBe(200);
      expect(k.body.applicant.idNumber).toBe(maskIdNumber(idNumber));
    } finally {
      await rotated.close();
      await keyless.close();
    }
  });
});

describe('logs and published texts', () => {
  it('request logs never contain a whole ID number or the token, whatever the request', async () => {
    const lines: string[] = [];
    const app = buildApp({
      db: s.db.prisma,
      temporal: s.client,
      taskQueue: s.taskQueue,
      secrets: s.secrets,
      auth: {},
      logger: { level: 'trace', stream: { write: (l: string) => lines.push(l) } },
    });
    try {
      const id = freshIdNumber();
      const token = await s.token(clerk);
      const send = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
        app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload !== undefined ? { payload: payload as object } : {}) });
      expect((await send('POST', '/v1/cases', application({ idNumber: id, applicant: { name: '诸葛云山' } }))).statusCode).toBe(201);
      expect((await send('POST', '/v1/cases', { ...application({ idNumber: id }), consentToMeansCheck: false })).statusCode).toBe(400);
      expect((await send('GET', `/v1/cases/${id}`)).statusCode).toBe(404); // the number in the URL
      expect((await send('GET', `/v1/tasks?claimedBy=${id}`)).statusCode).toBe(200);
      const text = lines.join('');
      expect(text).toContain('incoming request');
      expect(text).not.toContain(id);
      expect(text).not.toContain(token);
      expect(text).not.toContain('诸葛云山');
      expect(text).toContain(`${id.slice(0, 6)}********${id.slice(-4)}`); // the URL, masked
    } finally {
      await app.close();
    }
  });

  it('the publication text and every non-auditor view mask the name and the ID number', async () => {
    const id = freshIdNumber();
    const c = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber: id, applicant: { name: NAME, village: '东山村' } }));
    const v = await call(s, 'POST', `/v1/tasks/${openStep(c.body, 'township_verification')}/complete`, reviewer, { decision: 'approve' });
    const o = await call(s, 'POST', `/v1/tasks/${openStep(v.body, 'township_opinion')}/complete`, tApprover, { decision: 'approve', reasons: 'eligible' });
    const d = await call(s, 'POST', `/v1/tasks/${openStep(o.body, 'county_decision')}/complete`, cApprover, { decision: 'approve', reasons: 'approved' });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.status).toBe('publication');
    const text: string = d.body.publicationText;
    expect(text).toContain(maskIdNumber(id));
    expect(text).toContain(maskName(NAME));
    expect(text).not.toContain(id);
    expect(text).not.toContain(NAME);
    for (const who of [clerk, reviewer, tApprover, cApprover, person('finance-p', 'finance', COUNTY, null), person('ops-p', 'ops', COUNTY, null)]) {
      const r = await call(s, 'GET', `/v1/cases/${c.body.id}`, who);
      expect(r.status).toBe(200);
      expect(JSON.stringify(r.body)).not.toContain(id);
      expect(JSON.stringify(r.body)).not.toContain(NAME);
    }
    const h = await call(s, 'GET', `/v1/cases/${c.body.id}/history`, cApprover);
    expect(JSON.stringify(h.body)).not.toContain(id);
    expect(JSON.stringify(h.body)).not.toContain(NAME);
  });
});
