/**
 * A case through the API with its township review done (verification approved, opinion rejected):
 * several reactions, so several audit events and receipts. Shared by the audit tests.
 */
import { expect } from 'vitest';
import { application, call, openStep, type ApiStack, type Person } from '../api/support.js';

export async function reviewedCase(s: ApiStack, who: { clerk: Person; reviewer: Person; tApprover: Person }): Promise<string> {
  const c = await call(s, 'POST', '/v1/cases', who.clerk, application());
  expect(c.status, JSON.stringify(c.body)).toBe(201);
  const v = await call(s, 'POST', `/v1/tasks/${openStep(c.body, 'township_verification')}/complete`, who.reviewer, { decision: 'approve' });
  expect(v.status).toBe(200);
  const o = await call(s, 'POST', `/v1/tasks/${openStep(v.body, 'township_opinion')}/complete`, who.tApprover, { decision: 'reject', reasons: 'income above the line' });
  expect(o.status).toBe(200);
  return c.body.id;
}
