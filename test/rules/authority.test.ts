/**
 * The one authority (rules/authority.ts): worked cases from SPEC §2 "Who may act" and 001 §五, the
 * exact due instant, and a property that what allowedActions offers is exactly what authorize allows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedActions, authorize, authorizeApply, type CaseFacts, type TaskFacts } from '../../rules/authority.js';
import { isOverdue } from '../../rules/overdue.js';
import { ROLES, type Actor, type Role } from '../../rules/vocabulary.js';

const place = { county: '330302', township: '330302001' };
const t = (type: TaskFacts['type'], status: TaskFacts['status'] = 'open', extra: Partial<TaskFacts> = {}): TaskFacts => ({ id: `C1-${type}-1`, type, status, claimedBy: null, decidedBy: null, ...extra });
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({ id: 'C1', status: 'township_review', matter: 'living_supplement', ...place, recurring: false, appealDeadline: null, filedByAgent: null, tasks: [t('township_verification')], ...over });
const who = (sub: string, roles: Role[], county = place.county, township: string | undefined = place.township): Actor => ({ sub, roles, county, ...(township ? { township } : {}) });
const NOW = Date.parse('2026-10-12T08:00:00Z');

describe('isOverdue: one rule for late (SPEC §2)', () => {
  const due = '2026-10-12T16:00:00.000Z'; // the end of 2026-10-12 in Asia/Shanghai
  it('is not overdue one millisecond before the due instant, and is at it', () => {
    expect(isOverdue(due, Date.parse(due) - 1)).toBe(false);
    expect(isOverdue(due, Date.parse(due))).toBe(true);
    expect(isOverdue(new Date(due), new Date(Date.parse(due) + 1))).toBe(true);
  });
  it('a step without a deadline is never overdue', () => {
    expect(isOverdue(null, NOW)).toBe(false);
  });
});

describe('authorize: who may act (SPEC §2; 001 §五)', () => {
  it('a township reviewer of another township is told the case is outside their jurisdiction, not that it exists', () => {
    const v = authorize(who('r2', ['township_reviewer'], place.county, '330302002'), { action: 'claim', taskId: 'C1-township_verification-1' }, facts(), NOW);
    expect(v).toMatchObject({ ok: false, code: 'WRONG_JURISDICTION' });
  });
  it('the wrong role in the right place is WRONG_ROLE', () => {
    expect(authorize(who('a1', ['township_approver']), { action: 'claim', taskId: 'C1-township_verification-1' }, facts(), NOW)).toMatchObject({ ok: false, code: 'WRONG_ROLE' });
  });
  it('a completed task, a task claimed by another', () => {
    const done = facts({ tasks: [t('township_verification', 'completed')] });
    expect(authorize(who('r1', ['township_reviewer']), { action: 'complete', taskId: 'C1-township_verification-1' }, done, NOW)).toMatchObject({ code: 'TASK_COMPLETED' });
    const claimed = facts({ tasks: [t('township_verification', 'open', { claimedBy: 'r9' })] });
    expect(authorize(who('r1', ['township_reviewer']), { action: 'complete', taskId: 'C1-township_verification-1', decision: 'approve' }, claimed, NOW)).toMatchObject({ code: 'CLAIMED_BY_OTHER' });
  });
  it('001 §五: whoever gave the township opinion may not make the county decision; the refusal names the rule', () => {
    const c = facts({ status: 'county_review', tasks: [t('township_opinion', 'completed', { decidedBy: 'x1' }), t('county_decision')] });
    const v = authorize(who('x1', ['township_approver', 'county_approver'], place.county, place.township), { action: 'complete', taskId: 'C1-county_decision-1', decision: 'approve', reasons: 'ok' }, c, NOW);
    expect(v).toMatchObject({ ok: false, code: 'SEPARATION_OF_DUTIES' });
    expect(v.ok ? '' : v.ref).toMatch(/001 §五/);
    expect(authorize(who('x2', ['county_approver'], place.county, undefined), { action: 'complete', taskId: 'C1-county_decision-1', decision: 'approve', reasons: 'ok' }, c, NOW)).toEqual({ ok: true });
  });
  it('001 §五 复核: the county decider may not decide the appeal', () => {
    const c = facts({ status: 'appeal', tasks: [t('county_decision', 'completed', { decidedBy: 'd1' }), t('appeal_decision')] });
    expect(authorize(who('d1', ['appeal_reviewer'], place.county, undefined), { action: 'complete', taskId: 'C1-appeal_decision-1', decision: 'reject', reasons: 'no' }, c, NOW)).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });
  });
  it('written decisions need reasons; a rejection always does', () => {
    const c = facts({ tasks: [t('township_opinion')] });
    expect(authorize(who('a1', ['township_approver']), { action: 'complete', taskId: 'C1-township_opinion-1', decision: 'approve', reasons: ' ' }, c, NOW)).toMatchObject({ code: 'REASONS_REQUIRED' });
    expect(authorize(who('r1', ['township_reviewer']), { action: 'complete', taskId: 'C1-township_verification-1', decision: 'reject', reasons: '' }, facts(), NOW)).toMatchObject({ code: 'REASONS_REQUIRED' });
    expect(authorize(who('r1', ['township_reviewer']), { action: 'complete', taskId: 'C1-township_verification-1', decision: 'approve' }, facts(), NOW)).toEqual({ ok: true });
  });
  it('the county decision waits for an open re-check (001 §五(三) 复查)', () => {
    const c = facts({ status: 'county_review', tasks: [t('county_decision'), { ...t('county_recheck'), id: 'C1-county_recheck-1' }] });
    expect(authorize(who('d1', ['county_approver'], place.county, undefined), { action: 'complete', taskId: 'C1-county_decision-1', decision: 'approve', reasons: 'ok' }, c, NOW)).toMatchObject({ code: 'WRONG_STATE' });
  });
  it('the appeal window is closed at its end instant', () => {
    const end = '2026-12-11T16:00:00.000Z';
    const c = facts({ status: 'rejected', appealDeadline: end, tasks: [] });
    const clerk = who('c1', ['station_clerk']);
    expect(authorize(clerk, { action: 'appeal', reasons: 'x' }, c, Date.parse(end) - 1)).toEqual({ ok: true });
    expect(authorize(clerk, { action: 'appeal', reasons: 'x' }, c, Date.parse(end))).toMatchObject({ code: 'WINDOW_CLOSED' });
  });
  it('payment only when payable, by finance of the county; stop only while a recurring payment runs', () => {
    const fin = who('f1', ['finance'], place.county, undefined);
    expect(authorize(fin, { action: 'payment' }, facts({ status: 'payable', tasks: [] }), NOW)).toEqual({ ok: true });
    expect(authorize(fin, { action: 'payment' }, facts({ status: 'publication', tasks: [] }), NOW)).toMatchObject({ code: 'WRONG_STATE' });
    expect(authorize(who('f2', ['finance'], '330303', undefined), { action: 'payment' }, facts({ status: 'payable', tasks: [] }), NOW)).toMatchObject({ code: 'WRONG_JURISDICTION' });
    expect(authorize(fin, { action: 'stop', reasons: 'left 低保' }, facts({ status: 'paid', recurring: true, tasks: [] }), NOW)).toEqual({ ok: true });
    expect(authorize(fin, { action: 'stop', reasons: 'x' }, facts({ status: 'paid', recurring: false, tasks: [] }), NOW)).toMatchObject({ code: 'WRONG_STATE' });
  });
  it('issue 16 item 11: a payment names no period or the one due now (the Shanghai month for a recurring matter, once otherwise)', () => {
    const fin = who('f1', ['finance'], place.county, undefined);
    const payable = facts({ status: 'payable', tasks: [] });
    // NOW is 2026-10-12 16:00 in Shanghai; one millisecond before the 1st of November there it is still October.
    expect(authorize(fin, { action: 'payment', period: '2026-10' }, payable, NOW)).toEqual({ ok: true });
    expect(authorize(fin, { action: 'payment', period: '2026-01' }, payable, NOW)).toMatchObject({ code: 'PERIOD_NOT_DUE', ref: '001 §四(一) 按月发放' });
    expect(authorize(fin, { action: 'payment', period: '2026-10' }, payable, Date.parse('2026-10-31T16:00:00Z'))).toMatchObject({ code: 'PERIOD_NOT_DUE' });
    expect(authorize(fin, { action: 'payment', period: '2026-10' }, payable, Date.parse('2026-10-31T15:59:59.999Z'))).toEqual({ ok: true });
    const oneOff = facts({ status: 'payable', matter: 'temporary_aid', tasks: [] });
    expect(authorize(fin, { action: 'payment', period: 'once' }, oneOff, NOW)).toEqual({ ok: true });
    expect(authorize(fin, { action: 'payment', period: '2026-10' }, oneOff, NOW)).toMatchObject({ code: 'PERIOD_NOT_DUE' });
  });
  it('a clerk files only in their own township (001 §五(一))', () => {
    expect(authorizeApply(who('c1', ['station_clerk']), place)).toEqual({ ok: true });
    expect(authorizeApply(who('c1', ['station_clerk']), { county: '330302', township: '330302009' })).toMatchObject({ code: 'WRONG_JURISDICTION' });
  });
  it('001 §五(一): a follow-up case without the consent cannot have its means check approved; the station records the consent once', () => {
    const c = facts({ consentPending: true });
    const rev = who('r1', ['township_reviewer']);
    const approve = authorize(rev, { action: 'complete', taskId: 'C1-township_verification-1', decision: 'approve', reasons: 'ok' }, c, NOW);
    expect(approve).toMatchObject({ ok: false, code: 'WRONG_STATE', ref: '001 §五(一)' });
    // Rejecting with reasons (e.g. the applicant refused) stays possible.
    expect(authorize(rev, { action: 'complete', taskId: 'C1-township_verification-1', decision: 'reject', reasons: '本人不同意核对' }, c, NOW)).toEqual({ ok: true });
    expect(authorize(who('c1', ['station_clerk']), { action: 'consent' }, c, NOW)).toEqual({ ok: true });
    expect(authorize(rev, { action: 'consent' }, c, NOW)).toEqual({ ok: true });
    expect(authorize(who('a1', ['township_approver']), { action: 'consent' }, c, NOW)).toMatchObject({ code: 'WRONG_ROLE' });
    expect(authorize(who('c9', ['station_clerk'], place.county, '330302009'), { action: 'consent' }, c, NOW)).toMatchObject({ code: 'WRONG_JURISDICTION' });
    expect(authorize(who('c1', ['station_clerk']), { action: 'consent' }, facts(), NOW)).toMatchObject({ code: 'WRONG_STATE' });
    expect(authorize(rev, { action: 'complete', taskId: 'C1-township_verification-1', decision: 'approve', reasons: 'ok' }, facts({ consentPending: false }), NOW)).toEqual({ ok: true });
  });
  it('a task of another process is judged by its own role', () => {
    const c = facts({ tasks: [{ id: 'D1', type: 'visit', role: 'station_clerk', status: 'open', claimedBy: null, decidedBy: null }] });
    expect(authorize(who('c1', ['station_clerk']), { action: 'claim', taskId: 'D1' }, c, NOW)).toEqual({ ok: true });
    expect(authorize(who('r1', ['township_reviewer']), { action: 'claim', taskId: 'D1' }, c, NOW)).toMatchObject({ code: 'WRONG_ROLE' });
  });
});

describe('allowedActions offers exactly what authorize allows', () => {
  const statuses = ['township_review', 'county_review', 'publication', 'payable', 'paid', 'rejected', 'appeal', 'closed'] as const;
  const types = ['township_verification', 'township_opinion', 'county_recheck', 'county_decision', 'appeal_decision', 'objection_recheck', 'recovery'] as const;
  const subs = ['u1', 'u2'];
  const arbTask = fc.record({ type: fc.constantFrom(...types), status: fc.constantFrom('open' as const, 'completed' as const), claimedBy: fc.option(fc.constantFrom(...subs), { nil: null }), decidedBy: fc.option(fc.constantFrom(...subs), { nil: null }) });
  const arbCase = fc.record({
    status: fc.constantFrom(...statuses),
    recurring: fc.boolean(),
    tasks: fc.array(arbTask, { maxLength: 4 }),
    deadlineOffset: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
    agent: fc.option(fc.constantFrom(...subs), { nil: null }),
    consentPending: fc.boolean(),
  });
  const arbActor = fc.record({ sub: fc.constantFrom(...subs), roles: fc.subarray([...ROLES], { minLength: 1, maxLength: 3 }), township: fc.constantFrom(place.township, '330302002'), county: fc.constantFrom(place.county, '330303') });
  it('for any actor and case', () => {
    fc.assert(
      fc.property(arbCase, arbActor, (k, a) => {
        const c: CaseFacts = {
          ...facts(),
          status: k.status,
          recurring: k.recurring,
          filedByAgent: k.agent,
          consentPending: k.consentPending,
          appealDeadline: k.deadlineOffset === null ? null : new Date(NOW + k.deadlineOffset).toISOString(),
          tasks: k.tasks.map((x, i) => ({ ...x, id: `T${i}` })),
        };
        const actor: Actor = { sub: a.sub, roles: a.roles as Role[], county: a.county, township: a.township };
        const got = allowedActions(actor, c, NOW);
        for (const action of ['appeal', 'objection', 'recheck', 'payment', 'stop', 'history', 'consent'] as const) {
          expect(got.caseActions.includes(action)).toBe(authorize(actor, { action }, c, NOW).ok);
        }
        for (const task of c.tasks) {
          const acts = got.taskActions[task.id] ?? [];
          if (acts.includes('complete')) expect(authorize(actor, { action: 'complete', taskId: task.id }, c, NOW).ok).toBe(true);
          if (acts.includes('claim')) expect(authorize(actor, { action: 'claim', taskId: task.id }, c, NOW).ok).toBe(true);
          if (acts.includes('unclaim')) expect(authorize(actor, { action: 'unclaim', taskId: task.id }, c, NOW).ok).toBe(true);
          if (!authorize(actor, { action: 'claim', taskId: task.id }, c, NOW).ok && !authorize(actor, { action: 'unclaim', taskId: task.id }, c, NOW).ok) expect(acts).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('issue 12 row 5: 001 §三(二) "有下列情形之一的，不予帮扶援助"', () => {
  const county = who('c1', ['county_approver'], place.county, undefined);
  const decision = (exclusions: Record<string, boolean> | null) => facts({ status: 'county_review', exclusions, tasks: [t('county_decision')] });
  it('an approval of a case with an exclusion is refused naming the rule; rejecting is the path', () => {
    const v = authorize(county, { action: 'complete', taskId: 'C1-county_decision-1', decision: 'approve', reasons: 'ok' }, decision({ disruptivePetitioning: true }), NOW);
    expect(v).toMatchObject({ ok: false, code: 'EXCLUDED', ref: '001 §三(二)3' });
    expect(v.ok ? '' : v.message).toContain('不予帮扶援助');
    expect(authorize(county, { action: 'complete', taskId: 'C1-county_decision-1', decision: 'reject', reasons: '001 §三(二)3' }, decision({ disruptivePetitioning: true }), NOW)).toEqual({ ok: true });
    expect(allowedActions(county, decision({ disruptivePetitioning: true }), NOW).taskDecisions['C1-county_decision-1']).toEqual(['reject']);
    expect(allowedActions(county, decision(null), NOW).taskDecisions['C1-county_decision-1']).toEqual(['approve', 'reject']);
  });
  const keys = ['criminalPunishment', 'creditBlacklist', 'disruptivePetitioning', 'otherLegalBar'] as const;
  it('property: an approving step (county decision, appeal granted) is refused exactly when some exclusion is true', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.boolean()), fc.constantFrom('county_decision' as const, 'appeal_decision' as const), fc.constantFrom('approve' as const, 'reject' as const), (ex, type, d) => {
        const actor = who('c1', [type === 'county_decision' ? 'county_approver' : 'appeal_reviewer'], place.county, undefined);
        const v = authorize(actor, { action: 'complete', taskId: `C1-${type}-1`, decision: d, reasons: 'r' }, facts({ status: 'county_review', exclusions: ex, tasks: [t(type)] }), NOW);
        const blocked = d === 'approve' && Object.values(ex).some((x) => x);
        expect(v.ok).toBe(!blocked);
        if (!v.ok) expect(v.code).toBe('EXCLUDED');
      }),
      { numRuns: 300 },
    );
  });
});

describe('issue 12 row 11: separation of duties checks the real filer', () => {
  it('neither the caller who filed as agent nor the agent the application names may make the county decision (SPEC §2)', () => {
    const c = facts({ status: 'county_review', filedByAgent: 'clerk-1', agentOnRecord: 'agent-7', tasks: [t('county_decision')] });
    for (const sub of ['clerk-1', 'agent-7']) {
      expect(authorize(who(sub, ['county_approver'], place.county, undefined), { action: 'complete', taskId: 'C1-county_decision-1', decision: 'approve', reasons: 'ok' }, c, NOW)).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });
    }
    expect(authorize(who('other', ['county_approver'], place.county, undefined), { action: 'complete', taskId: 'C1-county_decision-1', decision: 'approve', reasons: 'ok' }, c, NOW)).toEqual({ ok: true });
  });
});

describe('issue 12 row 9: 001 §五3 "可向县级人民政府或上一级退役军人事务部门申请复核"', () => {
  const appealTo = (level: 'county' | 'city' | undefined) => facts({ status: 'appeal', tasks: [t('county_decision', 'completed', { decidedBy: 'd1' }), t('appeal_decision', 'open', level ? { level } : {})] });
  const grant = { action: 'complete' as const, taskId: 'C1-appeal_decision-1', decision: 'approve', reasons: 'granted' };
  it('an appeal to the next level up is decided by an appeal reviewer whose token names the city; one to the county government by the county\'s', () => {
    const city = who('r-city', ['appeal_reviewer'], '330300', undefined);
    const county = who('r-county', ['appeal_reviewer'], place.county, undefined);
    const otherCity = who('r-other', ['appeal_reviewer'], '330400', undefined);
    expect(authorize(city, grant, appealTo('city'), NOW)).toEqual({ ok: true });
    expect(authorize(county, grant, appealTo('city'), NOW)).toMatchObject({ code: 'WRONG_JURISDICTION' });
    expect(authorize(otherCity, grant, appealTo('city'), NOW)).toMatchObject({ code: 'WRONG_JURISDICTION' });
    expect(authorize(county, grant, appealTo(undefined), NOW)).toEqual({ ok: true });
    expect(authorize(city, grant, appealTo(undefined), NOW)).toMatchObject({ code: 'WRONG_JURISDICTION' });
    expect(authorize(city, { action: 'read' }, appealTo('city'), NOW)).toEqual({ ok: true });
  });
  it('审批结果 includes an approval: an approved case within its window may be appealed once', () => {
    const clerk = who('k1', ['station_clerk']);
    const deadline = new Date(NOW + 86_400_000).toISOString();
    for (const status of ['publication', 'payable', 'paid']) {
      expect(authorize(clerk, { action: 'appeal', reasons: 'the amount' }, facts({ status, appealDeadline: deadline, tasks: [] }), NOW)).toEqual({ ok: true });
    }
    expect(authorize(clerk, { action: 'appeal' }, facts({ status: 'payable', appealDeadline: deadline, tasks: [t('appeal_decision', 'completed')] }), NOW)).toMatchObject({ code: 'WRONG_STATE' });
    expect(authorize(clerk, { action: 'appeal' }, facts({ status: 'payable', appealDeadline: new Date(NOW - 1).toISOString(), tasks: [] }), NOW)).toMatchObject({ code: 'WINDOW_CLOSED' });
    expect(authorize(clerk, { action: 'appeal' }, facts({ status: 'county_review', appealDeadline: deadline, tasks: [] }), NOW)).toMatchObject({ code: 'WRONG_STATE' });
  });
});
