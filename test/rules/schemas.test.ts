/**
 * The input schemas shared by the CLI and the API: each bad field is named by its dotted path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { benefitInputs, deadlineInput, eligibilityInput, issuesOf } from '../../rules/schemas.js';

const paths = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : issuesOf(r.error).map((i) => i.path);
};

const applicant = {
  applicationDate: '2026-03-02',
  category: 'veteran',
  birthDate: '1949-12-31',
  registeredLocally: true,
  residesLocally: true,
  hardshipSituation: 2,
  exclusions: {},
};

describe('eligibilityInput', () => {
  it('SPEC §1: accepts a veteran born before 1990 (the calendar’s range is for deadlines, not birth dates)', () => {
    for (const birthDate of ['1949-12-31', '1970-01-01', '1900-01-01', '2024-02-29']) expect(paths(eligibilityInput, { ...applicant, birthDate }), birthDate).toEqual([]);
  });

  it('rejects an impossible birth date on `birthDate` (without throwing)', () => {
    for (const birthDate of ['1970-02-30', '1970-02-32', '1970-13-01', '1970-00-10', '2023-02-29', '1899-12-31', '1970-1-1', 19700101]) {
      expect(paths(eligibilityInput, { ...applicant, birthDate }), String(birthDate)).toEqual(['birthDate']);
    }
  });

  it('names nested and missing fields by their dotted path', () => {
    expect(paths(eligibilityInput, { ...applicant, exclusions: { criminalPunishment: 'yes' } })).toEqual(['exclusions.criminalPunishment']);
    const { birthDate: _b, ...noBirth } = applicant;
    expect(paths(eligibilityInput, noBirth)).toEqual(['birthDate']);
    expect(paths(eligibilityInput, { ...applicant, category: 'tourist' })).toEqual(['category']);
    expect(paths(eligibilityInput, { ...applicant, region: '33030' })).toEqual(['region']);
    for (const region of ['33', '3303', '330302', '330302001', 'CN']) expect(paths(eligibilityInput, { ...applicant, region }), region).toEqual([]);
  });

  it('property: every real date from 1900 to 2100 is a valid birth date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(paths(eligibilityInput, { ...applicant, birthDate: d.toISOString().slice(0, 10) })).toEqual([]);
      }),
    );
  });
});

describe('deadlineInput and benefitInputs', () => {
  it('one issue per bad field: a malformed date stops at the format check', () => {
    const r = deadlineInput.safeParse({ received: '2026-2-30', workingDays: 5 });
    expect(r.success ? [] : issuesOf(r.error)).toEqual([{ path: 'received', message: 'expected a date as YYYY-MM-DD' }]);
    const r2 = deadlineInput.safeParse({ received: '2026-02-30', workingDays: 5 });
    expect(r2.success ? [] : issuesOf(r2.error)).toEqual([{ path: 'received', message: 'not a real date (or outside 1990–2100)' }]);
  });

  it('household status is one of tekun, dibao, dibao_edge, expenditure_poverty, none', () => {
    expect(paths(benefitInputs['living-supplement'], { dibaoStandardFen: 1, householdStatus: 'Dibao' })).toEqual(['householdStatus']);
    expect(paths(benefitInputs['living-supplement'], { dibaoStandardFen: 1, householdStatus: 'dibao_edge' })).toEqual([]);
    expect(paths(benefitInputs['retiree-medical'], { selfPaidFen: 1, paidThisYearFen: -1 })).toEqual(['paidThisYearFen']);
  });

  it('an impossible or out-of-range receipt date, and a bad number of working days', () => {
    expect(paths(deadlineInput, { received: '2026-02-30', workingDays: 5 })).toEqual(['received']);
    expect(paths(deadlineInput, { received: '1989-12-31', workingDays: 5 })).toEqual(['received']);
    expect(paths(deadlineInput, { received: '2026-09-29', workingDays: 0 })).toEqual(['workingDays']);
    expect(paths(deadlineInput, { received: '2026-09-29', workingDays: 2.5 })).toEqual(['workingDays']);
    expect(paths(deadlineInput, { received: '2026-09-29', workingDays: 5 })).toEqual([]);
  });

  it('money is a non-negative whole number of fen', () => {
    expect(paths(benefitInputs['retiree-medical'], { selfPaidFen: -1 })).toEqual(['selfPaidFen']);
    expect(paths(benefitInputs['retiree-medical'], { selfPaidFen: 0.5 })).toEqual(['selfPaidFen']);
    expect(paths(benefitInputs['retiree-medical'], { selfPaidFen: '100' })).toEqual(['selfPaidFen']);
    expect(paths(benefitInputs['temporary-aid'], { requestedFen: 1, regionalMaxFen: -5 })).toEqual(['regionalMaxFen']);
    expect(paths(benefitInputs['medical-aid'], { householdStatus: 'rich', remainingSelfPaidFen: 1, paidThisYearFen: 0, prevYearPerCapitaConsumptionFen: 1 })).toEqual([
      'householdStatus',
    ]);
  });

  it('rates are decimals or fractions; months are YYYY-MM', () => {
    expect(paths(benefitInputs['living-supplement'], { dibaoStandardFen: 1, rate: '12%' })).toEqual(['rate']);
    expect(paths(benefitInputs['living-supplement'], { dibaoStandardFen: 1, rate: '1/0' })).toEqual(['rate']);
    expect(paths(benefitInputs['living-supplement'], { dibaoStandardFen: 1, rate: '2/3' })).toEqual([]);
    const emp = { premiumPaidFen: 1, firstApprovalDate: '2026-03-15', retirementDate: '2040-01-01' };
    expect(paths(benefitInputs['employment-subsidy'], { ...emp, month: '2026-13' })).toEqual(['month']);
    expect(paths(benefitInputs['employment-subsidy'], { ...emp, month: '2026-03' })).toEqual([]);
  });
});
