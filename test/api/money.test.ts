/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies in tests */
/**
 * 001 §五3 审批决定 through the HTTP API on the real stack (issue 12 row 3): the county approver's inbox
 * (GET /v1/tasks) and the case view show the amount computed from the applicant's facts and the
 * county's parameters, with its breakdown; the payment is the decided amount.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY, application, call, openStep, person, startApiStack, waitForCase, type ApiStack } from './support.js';

let s: ApiStack;
beforeAll(async () => {
  s = await startApiStack({ parameters: [{ key: 'publication_working_days', value: 0 }] });
}, 180_000);
afterAll(async () => s?.close());

const clerk = person('clerk-1', 'station_clerk');
const reviewer = person('reviewer-1', 'township_reviewer');
const tApprover = person('tapprover-1', 'township_approver');
const cApprover = person('capprover-1', 'county_approver', COUNTY, null);
const finance = person('finance-1', 'finance', COUNTY, null);

async function complete(view: any, type: string, who: ReturnType<typeof person>, extra: Record<string, unknown> = {}) {
  const r = await call(s, 'POST', `/v1/tasks/${openStep(view, type)}/complete`, who, { decision: 'approve', reasons: `${type}: checked`, ...extra });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

describe('001 §五3 审批决定: the approver sees the amount before deciding', () => {
  it('001 §四(二) 50% of 30,000 yuan left to pay = 15,000 yuan: shown on the county_decision task, then paid as decided', async () => {
    const created = await call(s, 'POST', '/v1/cases', clerk, application({ matter: 'medical_aid', benefit: { remainingSelfPaidFen: 3_000_000 } }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    let v = await complete(created.body, 'township_verification', reviewer);
    v = await complete(v, 'township_opinion', tApprover);
    const inbox = await call(s, 'GET', '/v1/tasks?type=county_decision', cApprover);
    expect(inbox.status).toBe(200);
    const task = inbox.body.items.find((t: any) => t.caseId === v.id);
    expect(task.data.amount).toMatchObject({ amountFen: 1_500_000, monthly: false });
    expect(task.data.amount.breakdown.cap).toMatchObject({ capFen: 2_100_000, roomFen: 2_100_000 });
    expect(task.data.amount.breakdown.parameters.map((p: any) => p.key)).toEqual(expect.arrayContaining(['prev_year_per_capita_consumption_fen', 'medical_aid_rate']));
    // The case view shows it to the approver, not to the township reviewer (money is for those who handle it).
    const asApprover = await call(s, 'GET', `/v1/cases/${v.id}`, cApprover);
    expect(asApprover.body.steps.find((x: any) => x.type === 'county_decision').data.amount.amountFen).toBe(1_500_000);
    const asReviewer = await call(s, 'GET', `/v1/cases/${v.id}`, reviewer);
    expect(asReviewer.body.steps.find((x: any) => x.type === 'county_decision').data).toBeUndefined();
    const decided = await complete(asApprover.body, 'county_decision', cApprover, { publish: false });
    expect(decided.status).toBe('payable');
    const pay = await call(s, 'POST', `/v1/cases/${v.id}/payments`, finance, {});
    expect(pay.status, JSON.stringify(pay.body)).toBeLessThan(300);
    const paid = await waitForCase(s, v.id, finance, (x) => x.status === 'paid');
    expect(paid.payments).toEqual([expect.objectContaining({ item: 'medical_aid', amountFen: 1_500_000 })]);
  });
});
