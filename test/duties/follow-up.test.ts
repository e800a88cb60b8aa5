/**
 * A visit's follow-up opens a case (issue 13; 000 §5 "经常性上门走访" with a record, whose follow-up is an
 * application): POST /v1/visits/{id}/record with `openCase` files a case for the visited person, filed
 * by the station; the applicant's consent to the means check (001 §五(一) "经本人同意…核对") is recorded
 * later (POST /v1/cases/{id}/consent), and until then the means check cannot be approved.
 * Real stack: Temporal dev server, PostgreSQL, the worker with the duty workflows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../rules/index.js';
import type { SweepResult } from '../../workflows/duties/sweep.js';
import { COUNTY, application, call, freshIdNumber, openStep, person, startApiStack, waitForCase, type ApiStack } from '../api/support.js';

let s: ApiStack;
beforeAll(async () => {
  s = await startApiStack();
}, 180_000);
afterAll(async () => s?.close());

const clerk = person('clerk-1', 'station_clerk');
const reviewer = person('rev-1', 'township_reviewer');

/** An emergency case (000 §10: a visit within N working days), then the visits sweep for today. */
async function visitedPerson(): Promise<{ caseId: string; visitId: string }> {
  const created = await call(s, 'POST', '/v1/cases', clerk, application({ idNumber: freshIdNumber(), emergency: { amountFen: 50_000, reason: '房屋火灾' } }), { 'idempotency-key': `fu-${Math.random()}` });
  expect(created.status).toBe(201);
  const caseId = created.body.id as string;
  const id = `sweep-visits-${caseId}`;
  await s.client.workflow.start('dutySweepWorkflow', { workflowId: id, taskQueue: s.taskQueue, args: [{ sweep: 'visits', today: shanghaiDate(new Date().toISOString()), searchAttributes: false }] });
  const swept = (await s.client.workflow.getHandle(id).result()) as SweepResult;
  const opened = swept.opened.find((o) => o.caseId === caseId);
  expect(opened, JSON.stringify(swept.opened)).toBeDefined();
  for (let i = 0; i < 100; i++) {
    const list = await call(s, 'GET', '/v1/visits?status=due', reviewer);
    // Listed when the sweep stores it; recordable once its task's workflow has opened it (its due
    // instant shows; until then the record route answers 503 with Retry-After).
    const v = list.body.items.find((x: { caseId: string; dueAt: string | null }) => x.caseId === caseId && x.dueAt);
    if (v) return { caseId, visitId: v.id };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the visit did not appear');
}

describe("a visit's follow-up opens a case (000 §5; 001 §五(一))", () => {
  it('files a temporary-aid case for the visited person; the means check waits for the consent, recorded later', async () => {
    const { caseId, visitId } = await visitedPerson();
    const rec = await call(s, 'POST', `/v1/visits/${visitId}/record`, reviewer, {
      place: '家中',
      findings: '火灾后住房受损，生活困难',
      followUp: '申请临时救助',
      openCase: { matter: 'temporary_aid', hardshipSituation: 4, benefit: { requestedFen: 200_000 } },
    });
    expect(rec.status, JSON.stringify(rec.body)).toBe(200);
    expect(rec.body).toMatchObject({ status: 'done', followUp: '申请临时救助' });
    const followUpCaseId = rec.body.followUpCaseId as string;
    expect(followUpCaseId).toMatch(/^BF/);
    expect(followUpCaseId).not.toBe(caseId);

    const v = await waitForCase(s, followUpCaseId, reviewer, (x) => x.steps.some((st: { type: string }) => st.type === 'township_verification'), 60_000);
    expect(v).toMatchObject({ matter: 'temporary_aid', consentPending: true, filedBy: { capacity: 'station', sub: 'rev-1' } });
    expect(v.allowedActions).toContain('consent');
    const verification = openStep(v, 'township_verification');
    // 001 §五(一): no consent, no means check — an approval is refused, naming the rule.
    const early = await call(s, 'POST', `/v1/tasks/${verification}/complete`, reviewer, { decision: 'approve', reasons: '核对完毕' });
    expect(early.status).toBe(409);
    expect(early.body.ref).toBe('001 §五(一)');
    expect(early.body.detail).toMatch(/consent/);
    // The evidence of consent is required; another township's clerk may not record it.
    expect((await call(s, 'POST', `/v1/cases/${followUpCaseId}/consent`, clerk, { evidence: ' ' }, { 'idempotency-key': `c0-${followUpCaseId}` })).status).toBe(400);
    const stranger = person('clerk-x', 'station_clerk', COUNTY, `${COUNTY}999`);
    expect((await call(s, 'POST', `/v1/cases/${followUpCaseId}/consent`, stranger, { evidence: '同意书 2026-118' }, { 'idempotency-key': `c1-${followUpCaseId}` })).status).toBe(404);

    const consent = await call(s, 'POST', `/v1/cases/${followUpCaseId}/consent`, clerk, { evidence: '同意书 2026-118' }, { 'idempotency-key': `c2-${followUpCaseId}` });
    expect(consent.status, JSON.stringify(consent.body)).toBe(200);
    expect(consent.body.consentPending).toBe(false);
    expect(consent.body.allowedActions).not.toContain('consent');
    // Recorded once: a second recording is a state error.
    expect((await call(s, 'POST', `/v1/cases/${followUpCaseId}/consent`, clerk, { evidence: '同意书 2026-118' }, { 'idempotency-key': `c3-${followUpCaseId}` })).status).toBe(409);

    const done = await call(s, 'POST', `/v1/tasks/${verification}/complete`, reviewer, { decision: 'approve', reasons: '核对完毕' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);

    // The auditor sees who did what: filed by the station on the visit, the consent recorded later.
    const auditor = person('aud-1', 'auditor', COUNTY, null);
    const h = await call(s, 'GET', `/v1/cases/${followUpCaseId}/history`, auditor);
    expect(h.status).toBe(200);
    const types = h.body.events.map((e: { type: string }) => e.type);
    expect(types.indexOf('consent_recorded')).toBeGreaterThan(types.indexOf('case_received'));
    const received = h.body.events.find((e: { type: string }) => e.type === 'case_received');
    expect(received.data).toMatchObject({ consentToMeansCheck: false, followUpOfVisit: visitId });
    const consentEvent = h.body.events.find((e: { type: string }) => e.type === 'consent_recorded');
    expect(consentEvent).toMatchObject({ actor: { sub: 'clerk-1' }, data: { evidence: '同意书 2026-118' }, refs: ['001 §五(一)'] });
  }, 120_000);

  it('a follow-up whose benefit names a policy field is refused naming openCase.benefit, and the visit stays due (nothing half-written)', async () => {
    const { visitId } = await visitedPerson();
    const r = await call(s, 'POST', `/v1/visits/${visitId}/record`, reviewer, {
      place: '家中',
      findings: '了解情况',
      openCase: { matter: 'temporary_aid', hardshipSituation: 4, benefit: { rate: 0.2 } },
    });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.errors)).toContain('openCase.benefit');
    const list = await call(s, 'GET', '/v1/visits?status=due', reviewer);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(visitId);
  }, 120_000);
});
