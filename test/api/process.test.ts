/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies in tests */
/**
 * Issue 12's process rows through the HTTP API on the real stack (PostgreSQL, Temporal, the worker),
 * each written from the document's own words:
 * - row 5  (001 §三(二) "有下列情形之一的，不予帮扶援助"): an excluded case cannot be approved;
 * - row 11 (who acted must be true): the authenticated caller is the actor of case_received;
 * - row 13 (000 §3 现实表现; 000 §2, §6 重病重残): recorded at verification, used in the inbox order;
 * - row 12 (001 §五 last paragraph "按现行规定程序及渠道办理"): a referral records the other department's outcome;
 * - row 9  (001 §五3 "对审批结果有异议的，可向县级人民政府或上一级退役军人事务部门申请复核").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY, application, call, openStep, person, startApiStack, type ApiStack, type Person } from './support.js';

let s: ApiStack;
beforeAll(async () => {
  s = await startApiStack({ parameters: [{ key: 'publication_working_days', value: 0 }] });
}, 180_000);
afterAll(async () => s?.close());

const clerk = person('clerk-1', 'station_clerk');
const reviewer = person('reviewer-1', 'township_reviewer');
const tApprover = person('tapprover-1', 'township_approver');
const cApprover = person('capprover-1', 'county_approver', COUNTY, null);
const appealReviewer = person('appeal-1', 'appeal_reviewer', COUNTY, null);
const auditor = person('auditor-1', 'auditor', COUNTY, null);

async function apply(over: Record<string, unknown> = {}, who: Person = clerk) {
  const r = await call(s, 'POST', '/v1/cases', who, application(over));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function complete(view: any, type: string, who: Person, decision: 'approve' | 'reject', extra: Record<string, unknown> = {}) {
  return call(s, 'POST', `/v1/tasks/${openStep(view, type)}/complete`, who, { decision, reasons: `${type}: ${decision}, checked`, ...extra });
}

async function throughTownship(v: any, verification: Record<string, unknown> = {}) {
  const r1 = await complete(v, 'township_verification', reviewer, 'approve', verification);
  expect(r1.status, JSON.stringify(r1.body)).toBe(200);
  const r2 = await complete(r1.body, 'township_opinion', tApprover, 'approve');
  expect(r2.status, JSON.stringify(r2.body)).toBe(200);
  return r2.body;
}

const history = async (id: string) => (await call(s, 'GET', `/v1/cases/${id}/history`, auditor)).body;

describe('issue 12 row 5: 001 §三(二) "有下列情形之一的，不予帮扶援助"', () => {
  it('001 §三(二)2 "被纳入失信联合惩戒对象名单": the county approver cannot approve (422 naming the rule, recorded), is offered only reject, and rejecting is the path', async () => {
    const v = await throughTownship(await apply({ exclusions: { creditBlacklist: true } }));
    const step = v.steps.find((x: any) => x.type === 'county_decision');
    const asApprover = await call(s, 'GET', `/v1/cases/${v.id}`, cApprover);
    const offered = asApprover.body.steps.find((x: any) => x.id === step.id);
    expect(offered.actions).toContain('claim');
    const claimed = await call(s, 'POST', `/v1/tasks/${step.id}/claim`, cApprover);
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    expect(claimed.body.steps.find((x: any) => x.id === step.id).decisions).toEqual(['reject']);

    const r = await complete(v, 'county_decision', cApprover, 'approve');
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body.code).toBe('EXCLUDED');
    expect(r.body.ref).toBe('001 §三(二)2');
    expect(r.body.detail).toContain('不予帮扶援助');
    const refused = (await history(v.id)).events.filter((e: any) => e.type === 'action_refused');
    expect(refused).toEqual([expect.objectContaining({ actor: expect.objectContaining({ sub: 'capprover-1' }), data: expect.objectContaining({ code: 'EXCLUDED', action: 'complete_task' }) })]);

    const no = await complete(v, 'county_decision', cApprover, 'reject', { reasons: '001 §三(二)2: 被纳入失信联合惩戒对象名单，不予帮扶援助' });
    expect(no.status, JSON.stringify(no.body)).toBe(200);
    expect(no.body.status).toBe('rejected');
  });

  it('an appeal reviewer cannot grant an appeal of an excluded applicant either (001 §三(二)1)', async () => {
    const v = await throughTownship(await apply({ exclusions: { criminalPunishment: true } }));
    const d = await complete(v, 'county_decision', cApprover, 'reject', { reasons: '001 §三(二)1 因犯罪被刑事处罚' });
    expect(d.status).toBe(200);
    const ap = await call(s, 'POST', `/v1/cases/${v.id}/appeal`, clerk, { reasons: 'the sentence was served long ago' });
    expect(ap.status, JSON.stringify(ap.body)).toBe(202);
    const grant = await complete(ap.body, 'appeal_decision', appealReviewer, 'approve');
    expect(grant.status).toBe(422);
    expect(grant.body).toMatchObject({ code: 'EXCLUDED', ref: '001 §三(二)1' });
    const upheld = await complete(ap.body, 'appeal_decision', appealReviewer, 'reject', { reasons: '001 §三(二)1 applies: the refusal stands' });
    expect(upheld.status).toBe(200);
    expect(upheld.body.status).toBe('closed');
  });
});

describe('issue 12 row 11: who acted must be true', () => {
  it('an agent filing for the applicant is data: the authenticated clerk is the actor of case_received, and neither the clerk nor the agent decides the case', async () => {
    const v = await apply({ filedBy: { capacity: 'agent', sub: 'agent-7', name: '代办员' } });
    expect(v.filedBy).toMatchObject({ capacity: 'agent', sub: 'agent-7' });
    const received = (await history(v.id)).events.find((e: any) => e.type === 'case_received');
    expect(received.actor.sub).toBe('clerk-1');
    expect(received.data.filedBy).toMatchObject({ capacity: 'agent', sub: 'agent-7', receivedBy: 'clerk-1' });
    const c = await throughTownship(v);
    for (const who of ['clerk-1', 'agent-7']) {
      const r = await complete(c, 'county_decision', person(who, 'county_approver', COUNTY, null), 'approve');
      expect(r.status, who).toBe(403);
      expect(r.body.code).toBe('SEPARATION_OF_DUTIES');
    }
  });
});

describe('issue 12 row 13: 000 §3 "综合考虑…现实表现，确定相应的帮扶顺序"; 000 §2 "致残、患有严重疾病"', () => {
  it('serious illness recorded at township verification raises the case above an earlier one of equal hardship in the approver\'s inbox, with its explanation recorded', async () => {
    const earlier = await apply();
    const later = await apply();
    const bad = await complete(later, 'township_verification', reviewer, 'approve', { verification: { conduct: 'great' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'verification.conduct' })]));

    const e1 = await complete(earlier, 'township_verification', reviewer, 'approve', { verification: { conduct: 'ordinary' } });
    expect(e1.status, JSON.stringify(e1.body)).toBe(200);
    const l1 = await complete(later, 'township_verification', reviewer, 'approve', { verification: { seriousIllness: true, conduct: 'commendable' } });
    expect(l1.status, JSON.stringify(l1.body)).toBe(200);
    // 000 §2: one severity step (100) for the illness, 000 §3: +5 for commendable conduct.
    expect(l1.body.priority).toBe(earlier.priority + 105);
    expect(e1.body.priority).toBe(earlier.priority);

    const inbox = await call(s, 'GET', '/v1/tasks?type=township_opinion&limit=200', tApprover);
    const order = inbox.body.items.map((t: any) => t.caseId).filter((id: string) => id === earlier.id || id === later.id);
    expect(order).toEqual([later.id, earlier.id]);
    expect(inbox.body.items.find((t: any) => t.caseId === later.id).priority).toBe(earlier.priority + 105);

    const ev = (await history(later.id)).events.find((e: any) => e.type === 'priority_recomputed');
    expect(ev.actor.sub).toBe('reviewer-1');
    expect(ev.data).toMatchObject({ before: earlier.priority, priority: earlier.priority + 105, facts: { seriousIllness: true, conduct: 'commendable' } });
    expect(ev.data.priorityExplanation.join(' ')).toMatch(/000 §2/);
    const row = await s.db.prisma.case.findUnique({ where: { id: later.id } });
    expect(row!.priority).toBe(earlier.priority + 105);

    // The facts belong to verification: not accepted on another step.
    const wrong = await complete(l1.body, 'township_opinion', tApprover, 'approve', { verification: { seriousDisability: true } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.detail).toMatch(/township_verification/);
  });
});

describe('issue 12 row 12: 001 §五 last paragraph "住房、教育…援助工作按现行规定程序及渠道办理"', () => {
  it('001 §四(三) "符合公租房保障条件的…优先予以保障": after approval the housing department\'s answer is recorded (who, when, result, amount) on a referral_outcome task with a deadline, and the case closes with it', async () => {
    const rechecker = person('rechecker-1', 'county_rechecker', COUNTY, null);
    const v = await throughTownship(await apply({ matter: 'housing_referral', applicant: { householdStatus: 'dibao' } }));
    const d = await complete(v, 'county_decision', cApprover, 'approve');
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.open).toBe(true);
    const step = d.body.steps.find((x: any) => x.type === 'referral_outcome');
    expect(step).toMatchObject({ status: 'open', role: 'county_rechecker' });
    expect(step.dueDate).toBeTruthy();
    const referred = (await history(v.id)).events.find((e: any) => e.type === 'referred');
    expect(referred.data).toMatchObject({ kind: 'housing', department: '住房和城乡建设部门' });
    const referredOn = referred.data.referredOn as string;
    // The duties' referral sweep does not open a second task for it.
    const { referralsWithoutOutcome } = await import('../../store/duties.js');
    expect((await referralsWithoutOutcome(s.db.prisma)).map((x) => x.caseId)).not.toContain(v.id);

    const none = await call(s, 'POST', `/v1/tasks/${step.id}/complete`, rechecker, { decision: 'approve', reasons: '住建部门已答复' });
    expect(none.status).toBe(400);
    expect(none.body.errors.map((e: any) => e.path)).toEqual(expect.arrayContaining(['referral.decidedBy', 'referral.decidedOn', 'referral.outcome']));
    const early = await call(s, 'POST', `/v1/tasks/${step.id}/complete`, rechecker, { decision: 'approve', referral: { decidedBy: '某区住房和城乡建设局', decidedOn: '2020-01-01', outcome: 'public_rental_priority' } });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([expect.objectContaining({ path: 'referral.decidedOn' })]);
    const oddResult = await call(s, 'POST', `/v1/tasks/${step.id}/complete`, rechecker, { decision: 'approve', referral: { decidedBy: '某区住房和城乡建设局', decidedOn: referredOn, outcome: 'fee_waiver' } });
    expect(oddResult.body.errors).toEqual([expect.objectContaining({ path: 'referral.outcome' })]);
    // A referral answer on another step is not accepted.
    const elsewhere = await call(s, 'POST', `/v1/tasks/${openStep(await apply(), 'township_verification')}/complete`, reviewer, { decision: 'approve', referral: { outcome: 'not_eligible' } });
    expect(elsewhere.status).toBe(400);

    const answer = { decidedBy: '某区住房和城乡建设局', decidedOn: referredOn, outcome: 'public_rental_priority', amountFen: 60_000, reference: '住建〔2026〕12号' };
    const ok = await call(s, 'POST', `/v1/tasks/${step.id}/complete`, rechecker, { decision: 'approve', reasons: '公租房租赁补贴 600 元/月', referral: answer });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'closed', open: false });
    const closed = (await history(v.id)).events.find((e: any) => e.type === 'referral_outcome_recorded');
    expect(closed.actor.sub).toBe('rechecker-1');
    expect(closed.data).toMatchObject({ status: 'closed', kind: 'housing', referredOn, outcome: answer });
  });
});

describe('issue 12 row 9: 001 §五3 "可向县级人民政府或上一级退役军人事务部门申请复核"', () => {
  it('an appeal addressed to the next level up is decided by a city-level appeal reviewer (token naming 330300), not by the county\'s', async () => {
    const cityReviewer = person('city-appeal-1', 'appeal_reviewer', '330300', null);
    const v = await throughTownship(await apply());
    const d = await complete(v, 'county_decision', cApprover, 'reject', { reasons: 'household income above the local 低保 line' });
    expect(d.status).toBe(200);
    const ap = await call(s, 'POST', `/v1/cases/${v.id}/appeal`, clerk, { reasons: 'the pension was counted as income', body: 'higher_veterans_department' });
    expect(ap.status, JSON.stringify(ap.body)).toBe(202);
    expect(ap.body.status).toBe('appeal');
    const taskId = openStep(ap.body, 'appeal_decision');
    const countyInbox = await call(s, 'GET', '/v1/tasks?type=appeal_decision&limit=200', appealReviewer);
    expect(countyInbox.body.items.map((t: any) => t.id)).not.toContain(taskId);
    const byCounty = await call(s, 'POST', `/v1/tasks/${taskId}/complete`, appealReviewer, { decision: 'approve', reasons: 'granted' });
    expect(byCounty.status).toBe(404);
    const cityInbox = await call(s, 'GET', '/v1/tasks?type=appeal_decision&limit=200', cityReviewer);
    expect(cityInbox.body.items.map((t: any) => t.id)).toContain(taskId);
    const granted = await call(s, 'POST', `/v1/tasks/${taskId}/complete`, cityReviewer, { decision: 'approve', reasons: 'pension wrongly counted (000 §6); appeal granted' });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    expect(['publication', 'payable']).toContain(granted.body.status);
    // A city token is no county official: it cannot decide an appeal addressed to the county government.
    const v2 = await throughTownship(await apply());
    await complete(v2, 'county_decision', cApprover, 'reject', { reasons: 'not in hardship' });
    const ap2 = await call(s, 'POST', `/v1/cases/${v2.id}/appeal`, clerk, { reasons: 'please review' });
    expect(ap2.status).toBe(202);
    expect((await call(s, 'POST', `/v1/tasks/${openStep(ap2.body, 'appeal_decision')}/complete`, cityReviewer, { decision: 'approve', reasons: 'x' })).status).toBe(404);
  });

  it('审批结果 includes an approval: the clerk appeals the approved case, which stays payable', async () => {
    const v = await throughTownship(await apply());
    const d = await complete(v, 'county_decision', cApprover, 'approve');
    expect(d.body.status).toBe('payable');
    expect(d.body.appealDeadline).toBeTruthy();
    expect((await call(s, 'GET', `/v1/cases/${v.id}`, clerk)).body.allowedActions).toContain('appeal');
    const ap = await call(s, 'POST', `/v1/cases/${v.id}/appeal`, clerk, { reasons: 'the 低保 standard used is last year\'s' });
    expect(ap.status, JSON.stringify(ap.body)).toBe(202);
    expect(ap.body.status).toBe('payable');
    expect(ap.body.steps.find((x: any) => x.type === 'appeal_decision')).toMatchObject({ status: 'open' });
    const again = await call(s, 'POST', `/v1/cases/${v.id}/appeal`, clerk, { reasons: 'again' });
    expect(again.status).toBe(409);
    const kept = await complete(ap.body, 'appeal_decision', appealReviewer, 'reject', { reasons: 'the standard in force on the decision date was applied' });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    expect(kept.body.status).toBe('payable');
  });
});
