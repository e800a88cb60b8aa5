/**
 * Pure rules for retired cadres (004): the intake window (§5), travel path, long stays, quarters and the
 * passport's calendar days (§15), the 6-month contact line (§15), a year's claims against the §20 cap,
 * care needs (§24) and report paths (§16, §18).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../rules/index.js';
import { ageOn, contactCheck, intakeWindow, isLongStay, needsCareVisits, passportDueDate, quarterOf, reportPath, retireeClaimAmount, travelPath, wholeMonthsBetween } from '../../rules/retirees/index.js';

describe('intake window (004 §5: February–October)', () => {
  it('is open from 02-01 to 10-31 and names the next opening otherwise', () => {
    expect(intakeWindow('2026-11-16', 2, 10)).toMatchObject({ open: false, nextOpening: '2027-02-01' });
    expect(intakeWindow('2027-01-31', 2, 10)).toMatchObject({ open: false, nextOpening: '2027-02-01' });
    expect(intakeWindow('2027-02-01', 2, 10)).toMatchObject({ open: true, nextOpening: null, closesOn: '2027-10-31' });
    expect(intakeWindow('2027-10-31', 2, 10).open).toBe(true);
    expect(intakeWindow('2027-11-01', 2, 10).rule).toMatch(/004 §5/);
    expect(intakeWindow('2027-12-15', 11, 3)).toMatchObject({ open: true, closesOn: '2028-03-31' });
    expect(() => intakeWindow('2027-02-30', 2, 10)).toThrow(/onDate/);
  });
});

describe('travel (004 §15)', () => {
  it('师级 needs approval; 团级及以下 only files', () => {
    expect(travelPath('division')).toMatchObject({ needsApproval: true });
    expect(travelPath('regiment_or_below')).toMatchObject({ needsApproval: false, steps: ['cadre files (报备) with the institution'] });
  });
  it('long stays, quarters and the passport (10 calendar days)', () => {
    expect(wholeMonthsBetween('2027-01-31', '2027-02-28')).toBe(0);
    expect(wholeMonthsBetween('2027-02-01', '2027-08-01')).toBe(6);
    expect(isLongStay('2027-02-15', '2027-05-14', 3)).toBe(false);
    expect(isLongStay('2027-02-15', '2027-05-15', 3)).toBe(true);
    expect(isLongStay('2027-02-15', null, 3)).toBe(true);
    expect(quarterOf('2027-02-15')).toEqual({ start: '2027-01-01', end: '2027-03-31', label: '2027-Q1' });
    expect(quarterOf('2028-12-01').end).toBe('2028-12-31');
    expect(passportDueDate('2026-10-30', 10)).toBe('2026-11-09');
    expect(passportDueDate('2026-12-28', 10)).toBe('2027-01-07');
  });
});

describe('contact (004 §15: 失联 6 个月（含）以上)', () => {
  it('the line is reached at six whole months, inclusive', () => {
    expect(contactCheck('2027-02-01', '2027-07-31', 6)).toMatchObject({ monthsWithoutContact: 5, suspensionDue: false });
    expect(contactCheck('2027-02-01', '2027-08-01', 6)).toMatchObject({ monthsWithoutContact: 6, suspensionDue: true });
  });
});

describe('medical subsidy over a year (004 §20)', () => {
  const at = { region: '220102', onDate: '2027-03-01' };
  it('two claims meet the 100,000-yuan cap once; a third pays nothing', () => {
    const a = retireeClaimAmount({ ...at, selfPaidFen: 15_000_000, priorSelfPaidFen: 0, priorPaidFen: 0 }, DEFAULT_PARAMETERS);
    expect(a.amountFen).toBe(6_000_000);
    const b = retireeClaimAmount({ ...at, selfPaidFen: 10_000_000, priorSelfPaidFen: 15_000_000, priorPaidFen: 6_000_000 }, DEFAULT_PARAMETERS);
    expect(b.amountFen).toBe(4_000_000);
    const c = retireeClaimAmount({ ...at, selfPaidFen: 5_000_000, priorSelfPaidFen: 25_000_000, priorPaidFen: 10_000_000 }, DEFAULT_PARAMETERS);
    expect(c.amountFen).toBe(0);
  });
  it('splitting a cost into claims never pays more than one claim for it', () => {
    const one = retireeClaimAmount({ ...at, selfPaidFen: 12_345_678, priorSelfPaidFen: 0, priorPaidFen: 0 }, DEFAULT_PARAMETERS).amountFen;
    const first = retireeClaimAmount({ ...at, selfPaidFen: 7_000_000, priorSelfPaidFen: 0, priorPaidFen: 0 }, DEFAULT_PARAMETERS).amountFen;
    const second = retireeClaimAmount({ ...at, selfPaidFen: 5_345_678, priorSelfPaidFen: 7_000_000, priorPaidFen: first }, DEFAULT_PARAMETERS).amountFen;
    expect(first + second).toBe(one);
  });
});

describe('care and reports (004 §24, §16, §18)', () => {
  it('very old, seriously ill or disabled', () => {
    expect(ageOn('1947-03-12', '2027-03-11')).toBe(79);
    expect(needsCareVisits('1947-03-12', '2027-03-12', {}, 80)).toEqual({ needed: true, why: ['高龄 (80+)'] });
    expect(needsCareVisits('1960-01-01', '2027-03-12', { disabled: true }, 80)).toEqual({ needed: true, why: ['失能'] });
    expect(needsCareVisits('1960-01-01', '2027-03-12', {}, 80).needed).toBe(false);
  });
  it('a social-organisation post is approved by level; §18 matters are reported', () => {
    expect(reportPath('social_organisation_post', 'division', false)).toMatchObject({ needsApproval: true, toProvince: true });
    expect(reportPath('social_organisation_post', 'regiment_or_below', false)).toMatchObject({ needsApproval: true, approvals: ['upper department'] });
    expect(reportPath('remarriage', 'division', false)).toMatchObject({ needsApproval: false, toProvince: false });
    expect(reportPath('violation', 'division', true)).toMatchObject({ needsApproval: false, toProvince: true });
  });
});
