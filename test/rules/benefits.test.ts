/**
 * The benefit calculators (SPEC §3): worked examples from 001 §四 and 004 §20, in exact fen, with the
 * breakdown an auditor recomputes; then properties (no negative amounts, caps hold, more cost never
 * means less aid).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculateBenefit,
  DEFAULT_PARAMETERS,
  addYears,
  employmentSubsidy,
  livingSupplement,
  recordReferralOutcome,
  referralAdvice,
  medicalAid,
  retireeMedical,
  RuleInputError,
  temporaryAid,
  type ParameterRow,
  type ParameterTable,
} from '../../rules/index.js';
import { halfUp } from './oracle.js';

const ceilDiv = (n: bigint, d: bigint): number => Number((n + d - 1n) / d);

const P = DEFAULT_PARAMETERS;
const ON = '2026-06-01';
const YUAN = 100;

function inputError(f: () => unknown): RuleInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleInputError) return e;
    throw new Error(`expected a RuleInputError, got ${String(e)}`);
  }
  throw new Error('expected a RuleInputError, nothing was thrown');
}

const withRows = (...rows: Omit<ParameterRow, 'ref'>[]): ParameterTable => [...P, ...rows.map((r) => ({ ref: 'test override', ...r }))];

describe('living supplement (001 §四(一): each month ≥ 10% of the local 低保 standard)', () => {
  it('001 §四(一): 低保 standard 1,000 yuan at the minimum 10% → 100 yuan', () => {
    const r = livingSupplement({ dibaoStandardFen: 1000 * YUAN, householdStatus: 'dibao', onDate: ON }, P);
    expect(r.amountFen).toBe(100 * YUAN);
    expect(r.refs).toEqual(['001 §四(一)']);
  });

  it('001 §四(一) "不低于…10%": a region may pay more, rate "0.12" → 120 yuan', () => {
    expect(livingSupplement({ dibaoStandardFen: 1000 * YUAN, rate: '0.12', onDate: ON }, P).amountFen).toBe(120 * YUAN);
  });

  it('001 §四(一): a rate below 0.10 is refused with a RuleInputError on `rate`', () => {
    const e = inputError(() => livingSupplement({ dibaoStandardFen: 1000 * YUAN, rate: '0.09', onDate: ON }, P));
    expect(e.path).toBe('rate');
    expect(e.message).toMatch(/0\.10/);
    expect(inputError(() => livingSupplement({ dibaoStandardFen: 1000 * YUAN, rate: '0.0999', onDate: ON }, P)).path).toBe('rate');
    expect(inputError(() => livingSupplement({ dibaoStandardFen: 1000 * YUAN, rate: 'ten percent', onDate: ON }, P)).path).toBe('rate');
    // Exactly the minimum is accepted, written either way.
    expect(livingSupplement({ dibaoStandardFen: 1000 * YUAN, rate: '0.1', onDate: ON }, P).amountFen).toBe(100 * YUAN);
    expect(livingSupplement({ dibaoStandardFen: 1000 * YUAN, rate: '1/10', onDate: ON }, P).amountFen).toBe(100 * YUAN);
  });

  it('001 §四(一): a household not in 低保 gets 0 with a reason', () => {
    for (const householdStatus of ['tekun', 'none', 'expenditure_poverty', 'dibao_edge']) {
      const r = livingSupplement({ dibaoStandardFen: 1000 * YUAN, householdStatus, onDate: ON }, P);
      expect(r.amountFen, householdStatus).toBe(0);
      expect(r.breakdown.reason).toBe('not in a 低保 family');
    }
  });

  it('001 §四(一) "有条件的地区可统筹纳入": a region that opts 低边 in pays it', () => {
    const table = withRows({ region: '330302', key: 'living_supplement_includes_dibao_edge', value: true, effectiveFrom: '2026-01-01' });
    expect(livingSupplement({ dibaoStandardFen: 1000 * YUAN, householdStatus: 'dibao_edge', region: '330302001', onDate: ON }, table).amountFen).toBe(100 * YUAN);
    // Elsewhere, or before the opt-in, still 0.
    expect(livingSupplement({ dibaoStandardFen: 1000 * YUAN, householdStatus: 'dibao_edge', region: '330303', onDate: ON }, table).amountFen).toBe(0);
    expect(livingSupplement({ dibaoStandardFen: 1000 * YUAN, householdStatus: 'dibao_edge', region: '330302', onDate: '2025-12-31' }, table).amountFen).toBe(0);
  });

  // Changed by issue 12 (the law said the old answer was wrong): SPEC §3 had "half up" for every
  // amount; 001 §四(一) "不低于" is a floor, so the supplement rounds UP (100004 was 10000, below 10%).
  it('001 §四(一) "不低于…10%" is a floor, rounded up to the fen: 99,994 fen → 10,000; 100,004 → 10,001; 100,005 → 10,001', () => {
    expect(livingSupplement({ dibaoStandardFen: 99_994, onDate: ON }, P).amountFen).toBe(10_000);
    expect(livingSupplement({ dibaoStandardFen: 100_004, onDate: ON }, P).amountFen).toBe(10_001);
    expect(livingSupplement({ dibaoStandardFen: 100_005, onDate: ON }, P).amountFen).toBe(10_001);
    expect(livingSupplement({ dibaoStandardFen: 100_000, onDate: ON }, P).amountFen).toBe(10_000);
  });

  it('001 §四(一): a floor rounds up whatever the regional rounding (half-even region: 10000.5 → 10001)', () => {
    const table = withRows({ region: '330302', key: 'rounding', value: 'half_even', effectiveFrom: '2026-01-01' });
    const r = livingSupplement({ dibaoStandardFen: 100005, region: '330302', onDate: ON }, table);
    expect(r.amountFen).toBe(10001);
    expect(r.breakdown.rounding).toEqual({ mode: 'up', ref: '001 §四(一) 不低于: a floor rounds up to the fen' });
  });

  it('001 §四(一) 当地最低生活保障标准: the standard is the regional parameter dibao_standard_fen; none → "missing parameter dibao_standard_fen for region X"', () => {
    const table = withRows({ region: '330302', key: 'dibao_standard_fen', value: 99_994, effectiveFrom: '2026-01-01' });
    const r = livingSupplement({ region: '330302001', onDate: ON }, table);
    expect(r.amountFen).toBe(10_000);
    expect(r.breakdown.parameters).toContainEqual(expect.objectContaining({ key: 'dibao_standard_fen', value: 99_994, region: '330302' }));
    const e = inputError(() => livingSupplement({ region: '330303', onDate: ON }, table));
    expect(e.path).toBe('dibaoStandardFen');
    expect(e.detail).toMatch(/^missing parameter dibao_standard_fen for region 330303/);
    // Before the row is in force, the region has no standard either (dated parameters).
    expect(inputError(() => livingSupplement({ region: '330302', onDate: '2025-12-31' }, table)).detail).toMatch(/missing parameter dibao_standard_fen/);
  });

  it('001 §四(一) "不低于": a region whose rate is 0.12 (parameter living_supplement_rate) pays 12%, rounded up', () => {
    const table = withRows(
      { region: '330302', key: 'dibao_standard_fen', value: 100_001, effectiveFrom: '2026-01-01' },
      { region: '330302', key: 'living_supplement_rate', value: '0.12', effectiveFrom: '2026-01-01' },
    );
    expect(livingSupplement({ region: '330302', onDate: ON }, table).amountFen).toBe(12_001); // 12000.12 → 12001
  });

  it('SPEC §3: the breakdown names the parameters used with their effective dates and references', () => {
    const r = livingSupplement({ dibaoStandardFen: 1000 * YUAN, onDate: ON }, P);
    expect(r.breakdown.kind).toBe('living-supplement');
    expect(r.breakdown.amountFen).toBe(r.amountFen);
    expect(r.breakdown.parameters).toContainEqual({ key: 'living_supplement_min_rate', value: '0.10', region: '000000', effectiveFrom: '2022-01-01', ref: '001 §四(一)' });
    expect(r.breakdown.rounding).toEqual({ mode: 'up', ref: '001 §四(一) 不低于: a floor rounds up to the fen' });
    expect(r.breakdown.steps.join('\n')).toMatch(/not counted as household income/);
  });
});

describe('medical aid (001 §四(二): 50% of the remaining self-paid cost, capped at 50% of last year’s per-capita consumption)', () => {
  const base = { householdStatus: 'dibao', prevYearPerCapitaConsumptionFen: 42_000 * YUAN, paidThisYearFen: 0, onDate: ON };

  it('001 §四(二): 20,000 yuan remaining → 10,000 yuan (no deductible)', () => {
    expect(medicalAid({ ...base, remainingSelfPaidFen: 20_000 * YUAN }, P).amountFen).toBe(10_000 * YUAN);
    expect(medicalAid({ ...base, remainingSelfPaidFen: 1 }, P).amountFen).toBe(1); // 0.5 fen, half up: no deductible
  });

  it('001 §四(二) 封顶线: capped at 50% of 42,000 = 21,000 yuan minus what was paid this year', () => {
    expect(medicalAid({ ...base, remainingSelfPaidFen: 100_000 * YUAN }, P).amountFen).toBe(21_000 * YUAN);
    expect(medicalAid({ ...base, remainingSelfPaidFen: 20_000 * YUAN, paidThisYearFen: 15_000 * YUAN }, P).amountFen).toBe(6_000 * YUAN);
    expect(medicalAid({ ...base, remainingSelfPaidFen: 20_000 * YUAN, paidThisYearFen: 21_000 * YUAN }, P).amountFen).toBe(0);
    expect(medicalAid({ ...base, remainingSelfPaidFen: 20_000 * YUAN, paidThisYearFen: 30_000 * YUAN }, P).amountFen).toBe(0);
    // An odd cap is rounded down, never up: 50% of 4,200,001 fen = 2,100,000 fen.
    expect(medicalAid({ ...base, prevYearPerCapitaConsumptionFen: 4_200_001, remainingSelfPaidFen: 100_000 * YUAN }, P).amountFen).toBe(2_100_000);
  });

  it('001 §四(二): 低边 families are included; 特困 and others get 0 with a reason', () => {
    expect(medicalAid({ ...base, householdStatus: 'dibao_edge', remainingSelfPaidFen: 20_000 * YUAN }, P).amountFen).toBe(10_000 * YUAN);
    for (const householdStatus of ['tekun', 'none', 'expenditure_poverty']) {
      const r = medicalAid({ ...base, householdStatus, remainingSelfPaidFen: 20_000 * YUAN }, P);
      expect(r.amountFen, householdStatus).toBe(0);
      expect(r.breakdown.reason).toBe('not in a 低保 or 低边 family');
    }
  });

  it('rejects a negative or fractional amount, naming the field', () => {
    expect(inputError(() => medicalAid({ ...base, remainingSelfPaidFen: -1 }, P)).path).toBe('remainingSelfPaidFen');
    expect(inputError(() => medicalAid({ ...base, remainingSelfPaidFen: 1, paidThisYearFen: 0.5 }, P)).path).toBe('paidThisYearFen');
    expect(inputError(() => medicalAid({ ...base, remainingSelfPaidFen: 1, prevYearPerCapitaConsumptionFen: -100 }, P)).path).toBe('prevYearPerCapitaConsumptionFen');
  });
});

describe('employment social-insurance subsidy (001 §四(五): 2/3 of the premium, 3 years, or until retirement)', () => {
  const base = { premiumPaidFen: 90_000, firstApprovalDate: '2026-03-15', retirementDate: '2045-07-01', onDate: ON };

  it('001 §四(五) 三分之二: premium 900 yuan → 600 yuan; rounding half up (100 fen → 67, 50 → 33)', () => {
    expect(employmentSubsidy({ ...base, month: '2026-03' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...base, premiumPaidFen: 100, month: '2026-03' }, P).amountFen).toBe(67);
    expect(employmentSubsidy({ ...base, premiumPaidFen: 50, month: '2026-03' }, P).amountFen).toBe(33);
    expect(employmentSubsidy({ ...base, premiumPaidFen: 1, month: '2026-03' }, P).amountFen).toBe(1);
  });

  it('001 §四(五) 不超过3年: the month of first approval is month 1; the 36th (2029-02) pays, the 37th (2029-03) is 0', () => {
    expect(employmentSubsidy({ ...base, month: '2026-03' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...base, month: '2029-02' }, P).amountFen).toBe(60_000);
    const r = employmentSubsidy({ ...base, month: '2029-03' }, P);
    expect(r.amountFen).toBe(0);
    expect(r.breakdown.reason).toBe('month outside the subsidy window');
  });

  it('001 §四(五): the month before first approval is 0', () => {
    expect(employmentSubsidy({ ...base, month: '2026-02' }, P).amountFen).toBe(0);
  });

  it('001 §四(五) 距退休年龄不足5年…延长至退休: retirement 2030-06-10 (< 5 years after 2026-03-15) pays every month before June 2030, 0 from it', () => {
    const near = { ...base, retirementDate: '2030-06-10' };
    expect(employmentSubsidy({ ...near, month: '2026-02' }, P).amountFen).toBe(0);
    expect(employmentSubsidy({ ...near, month: '2026-03' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...near, month: '2029-03' }, P).amountFen).toBe(60_000); // beyond 36 months: extended to retirement
    expect(employmentSubsidy({ ...near, month: '2030-05' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...near, month: '2030-06' }, P).amountFen).toBe(0);
    expect(employmentSubsidy({ ...near, month: '2030-07' }, P).amountFen).toBe(0);
  });

  it('001 §四(五): retirement within 3 years ends the subsidy at retirement, before the 36 months', () => {
    const soon = { ...base, retirementDate: '2027-01-20' };
    expect(employmentSubsidy({ ...soon, month: '2026-12' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...soon, month: '2027-01' }, P).amountFen).toBe(0);
  });

  it('001 §四(五): retirement exactly 5 years after first approval is not "less than 5 years": the 36-month window applies', () => {
    const edge = { ...base, retirementDate: '2031-03-15' };
    expect(employmentSubsidy({ ...edge, month: '2029-02' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...edge, month: '2029-03' }, P).amountFen).toBe(0);
    const dayBefore = { ...base, retirementDate: '2031-03-14' };
    expect(employmentSubsidy({ ...dayBefore, month: '2029-03' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...dayBefore, month: '2031-02' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...dayBefore, month: '2031-03' }, P).amountFen).toBe(0);
  });

  it('rejects a malformed month, naming the field', () => {
    expect(inputError(() => employmentSubsidy({ ...base, month: '2026-13' }, P)).path).toBe('month');
    expect(inputError(() => employmentSubsidy({ ...base, month: '2026-3' }, P)).path).toBe('month');
  });
});

describe('retired-cadre medical subsidy (004 §20: marginal bands 70% above 50,000, 50% above 100,000, at most 100,000 yuan)', () => {
  it.each([
    [50_000, 0, '004 §20: at 50,000 yuan nothing is above the threshold'],
    [60_000, 7_000, '004 §20: 70% × 10,000'],
    [100_000, 35_000, '004 §20: 70% × 50,000'],
    [120_000, 45_000, '004 §20: 35,000 + 50% × 20,000'],
    [230_000, 100_000, '004 §20: 35,000 + 65,000 reaches the cap exactly'],
    [260_000, 100_000, '004 §20 补助最高限额10万元: 35,000 + 80,000 = 115,000 → capped at 100,000'],
    [0, 0, 'nothing self-paid'],
  ])('%i yuan self-paid → %i yuan (%s)', (selfPaid, expected) => {
    expect(retireeMedical({ selfPaidFen: selfPaid * YUAN, onDate: ON }, P).amountFen).toBe(expected * YUAN);
  });

  it('004 §20: one fen above 50,000 yuan → 0.7 fen → 1 fen (rounded half up once)', () => {
    expect(retireeMedical({ selfPaidFen: 5_000_001, onDate: ON }, P).amountFen).toBe(1);
    // Rounded once over both bands: 100,000.01 + … band 1 is whole, band 2 0.5 fen → 1.
    expect(retireeMedical({ selfPaidFen: 10_000_001, onDate: ON }, P).amountFen).toBe(3_500_001);
  });

  it('004 §20: the breakdown cites the bands with their effective date (2021-01-01)', () => {
    const r = retireeMedical({ selfPaidFen: 26_000_000, onDate: ON }, P);
    expect(r.refs).toEqual(['004 §20']);
    expect(r.breakdown.parameters).toContainEqual({ key: 'retiree_medical_cap_fen', value: 10_000_000, region: '000000', effectiveFrom: '2021-01-01', ref: '004 §20' });
    expect(r.breakdown.steps.at(-2)).toMatch(/cap 10000000 fen → 10000000 fen/);
  });

  it('004 §20 is in force in 2021: a 2021 claim is computed (every parameter it needs is dated 2021)', () => {
    expect(retireeMedical({ selfPaidFen: 60_000 * YUAN, onDate: '2021-06-01' }, P).amountFen).toBe(7_000 * YUAN);
  });
});

describe('temporary aid (001 §四(六): one-off, within a regional maximum)', () => {
  it('001 §四(六): min(requested, maximum) with the parameter default (10,000 yuan, not in seeds)', () => {
    expect(temporaryAid({ requestedFen: 5_000 * YUAN, onDate: ON }, P).amountFen).toBe(5_000 * YUAN);
    expect(temporaryAid({ requestedFen: 20_000 * YUAN, onDate: ON }, P).amountFen).toBe(10_000 * YUAN);
  });

  it('001 §四(六): a given maximum replaces the parameter', () => {
    expect(temporaryAid({ requestedFen: 5_000 * YUAN, regionalMaxFen: 3_000 * YUAN, onDate: ON }, P).amountFen).toBe(3_000 * YUAN);
    expect(temporaryAid({ requestedFen: 5_000 * YUAN, regionalMaxFen: 0, onDate: ON }, P).amountFen).toBe(0);
  });

  it('001 §四(六) "由当地视情": a county maximum overrides the national default', () => {
    const table = withRows({ region: '330302', key: 'temporary_aid_max_fen', value: 2_000 * YUAN, effectiveFrom: '2026-01-01' });
    expect(temporaryAid({ requestedFen: 5_000 * YUAN, region: '330302001', onDate: ON }, table).amountFen).toBe(2_000 * YUAN);
  });
});

describe('calculateBenefit (dispatch, dates)', () => {
  it('dispatches by kind and takes parameters as of onDate, else today', () => {
    expect(calculateBenefit('retiree-medical', { selfPaidFen: 6_000_000 }, P, ON).amountFen).toBe(700_000);
    expect(calculateBenefit('temporary-aid', { requestedFen: 1 }, P, ON).breakdown.kind).toBe('temporary-aid');
  });

  it('needs a date whose parameters apply', () => {
    expect(inputError(() => calculateBenefit('retiree-medical', { selfPaidFen: 1 }, P)).path).toBe('onDate');
  });

  it('a date before any parameter is in force is a bad input on onDate, not an internal error', () => {
    expect(inputError(() => livingSupplement({ dibaoStandardFen: 100_000, onDate: '2021-06-01' }, P)).path).toBe('onDate');
    expect(inputError(() => retireeMedical({ selfPaidFen: 6_000_000, onDate: '2020-06-01' }, P)).path).toBe('onDate');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const arbFen = fc.integer({ min: 0, max: 2_000_000_000 });
const arbOnDate = fc.constantFrom('2022-01-01', '2024-07-15', ON, '2030-12-31');

describe('benefit properties', () => {
  it('living supplement: never negative, exactly standard × rate rounded UP (a floor), never below 10% of the standard', () => {
    fc.assert(
      fc.property(arbFen, fc.integer({ min: 10, max: 100 }), (standard, pct) => {
        const rate = `0.${String(pct).padStart(2, '0')}`.replace('0.100', '1.00');
        const r = livingSupplement({ dibaoStandardFen: standard, rate, onDate: ON }, P);
        expect(r.amountFen).toBe(ceilDiv(BigInt(standard) * BigInt(pct), 100n));
        // The floor holds exactly: amount × 10 ≥ standard (no rounding below 10%).
        expect(BigInt(r.amountFen) * 10n).toBeGreaterThanOrEqual(BigInt(standard));
      }),
    );
  });

  it('medical aid: 0 ≤ amount ≤ min(50% remaining, cap − paid)', () => {
    fc.assert(
      fc.property(fc.constantFrom('dibao', 'dibao_edge', 'tekun', 'none'), arbFen, arbFen, arbFen, arbOnDate, (householdStatus, remaining, paid, consumption, onDate) => {
        const r = medicalAid({ householdStatus, remainingSelfPaidFen: remaining, paidThisYearFen: paid, prevYearPerCapitaConsumptionFen: consumption, onDate }, P);
        const cap = Math.floor(consumption / 2);
        expect(r.amountFen).toBeGreaterThanOrEqual(0);
        expect(r.amountFen).toBeLessThanOrEqual(Math.max(0, cap - paid));
        expect(r.amountFen).toBeLessThanOrEqual(halfUp(BigInt(remaining), 2n));
      }),
    );
  });

  it('medical aid: over any sequence of claims in a year (paid fed forward) the total never exceeds the cap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 30 }), fc.integer({ min: 0, max: 10_000_000 }), (claims, consumption) => {
        const cap = Math.floor(consumption / 2);
        let paid = 0;
        for (const remaining of claims) {
          const { amountFen } = medicalAid({ householdStatus: 'dibao', remainingSelfPaidFen: remaining, paidThisYearFen: paid, prevYearPerCapitaConsumptionFen: consumption, onDate: ON }, P);
          expect(amountFen).toBeGreaterThanOrEqual(0);
          paid += amountFen;
          expect(paid).toBeLessThanOrEqual(cap);
        }
        // Every claim is paid its 50% until the cap binds: the total is min(Σ 50%, cap).
        const uncapped = claims.reduce((a, c) => a + halfUp(BigInt(c), 2n), 0);
        expect(paid).toBe(Math.min(uncapped, cap));
      }),
    );
  });

  it('medical aid: more self-paid cost never means less aid', () => {
    fc.assert(
      fc.property(arbFen, arbFen, arbFen, arbFen, (a, b, paid, consumption) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const f = (remaining: number) =>
          medicalAid({ householdStatus: 'dibao_edge', remainingSelfPaidFen: remaining, paidThisYearFen: paid, prevYearPerCapitaConsumptionFen: consumption, onDate: ON }, P).amountFen;
        expect(f(lo)).toBeLessThanOrEqual(f(hi));
      }),
    );
  });

  it('retiree medical: 0 ≤ amount ≤ 10,000,000 fen, equal to the marginal-band formula, monotone in the cost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 40_000_000 }), arbOnDate, (x, y, onDate) => {
        const f = (s: number) => retireeMedical({ selfPaidFen: s, onDate }, P).amountFen;
        for (const s of [x, y]) {
          const a = f(s);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(10_000_000);
          // Independent formula in tenths of a fen: 7/10 of band 1, 5/10 of band 2.
          const S = BigInt(s);
          const b1 = S > 5_000_000n ? (S < 10_000_000n ? S : 10_000_000n) - 5_000_000n : 0n;
          const b2 = S > 10_000_000n ? S - 10_000_000n : 0n;
          expect(a).toBe(Math.min(halfUp(b1 * 7n + b2 * 5n, 10n), 10_000_000));
        }
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(f(lo)).toBeLessThanOrEqual(f(hi));
      }),
      { numRuns: 300 },
    );
  });

  it('temporary aid: 0 ≤ amount = min(requested, max) ≤ max', () => {
    fc.assert(
      fc.property(arbFen, fc.option(arbFen, { nil: undefined }), (requested, regionalMaxFen) => {
        const r = temporaryAid({ requestedFen: requested, ...(regionalMaxFen === undefined ? {} : { regionalMaxFen }), onDate: ON }, P);
        const max = regionalMaxFen ?? 1_000_000;
        expect(r.amountFen).toBe(Math.min(requested, max));
        expect(r.amountFen).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('employment subsidy: 0 outside the window, 2/3 of the premium inside it, never negative', () => {
    const arbMonth = fc.integer({ min: 2022 * 12, max: 2040 * 12 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    fc.assert(
      fc.property(arbFen, arbMonth, arbMonth, arbMonth, (premium, first, retire, month) => {
        const r = employmentSubsidy({ premiumPaidFen: premium, firstApprovalDate: `${first}-15`, retirementDate: `${retire}-10`, month }, P);
        expect([0, halfUp(BigInt(premium) * 2n, 3n)]).toContain(r.amountFen);
        const idx = (m: string) => +m.slice(0, 4) * 12 + +m.slice(5, 7) - 1;
        const near = `${retire}-10` < `${+first.slice(0, 4) + 5}${first.slice(4)}-15`;
        const end = near ? idx(retire) : idx(first) + 36;
        const inWindow = idx(month) >= idx(first) && idx(month) < end;
        if (!inWindow) expect(r.amountFen).toBe(0);
        else expect(r.amountFen).toBe(halfUp(BigInt(premium) * 2n, 3n));
      }),
    );
  });

  it('every calculator refuses a negative amount with the field’s path', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: -1 }), (neg) => {
        expect(inputError(() => livingSupplement({ dibaoStandardFen: neg, onDate: ON }, P)).path).toBe('dibaoStandardFen');
        expect(inputError(() => retireeMedical({ selfPaidFen: neg, onDate: ON }, P)).path).toBe('selfPaidFen');
        expect(inputError(() => temporaryAid({ requestedFen: neg, onDate: ON }, P)).path).toBe('requestedFen');
        expect(inputError(() => temporaryAid({ requestedFen: 1, regionalMaxFen: neg, onDate: ON }, P)).path).toBe('regionalMaxFen');
        expect(inputError(() => employmentSubsidy({ premiumPaidFen: neg, firstApprovalDate: '2026-01-01', retirementDate: '2040-01-01', month: '2026-01' }, P)).path).toBe(
          'premiumPaidFen',
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('employment subsidy: dates (001 §四(五))', () => {
  const base = { premiumPaidFen: 90_000, onDate: ON };

  it('"5 years after" a 29 February is 28 February in a common year', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-03-15', 5)).toBe('2031-03-15');
    // First approval 2024-02-29; retirement 2029-02-28 is exactly 5 years later: not "less than 5 years" → 36 months.
    const exact = { ...base, firstApprovalDate: '2024-02-29', retirementDate: '2029-02-28' };
    expect(employmentSubsidy({ ...exact, month: '2027-01' }, P).amountFen).toBe(60_000); // month 36
    expect(employmentSubsidy({ ...exact, month: '2027-02' }, P).amountFen).toBe(0); // month 37
    const dayBefore = { ...base, firstApprovalDate: '2024-02-29', retirementDate: '2029-02-27' };
    expect(employmentSubsidy({ ...dayBefore, month: '2029-01' }, P).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...dayBefore, month: '2029-02' }, P).amountFen).toBe(0);
  });

  it('001 §四(五) "可延长至退休": a region that does not extend pays 36 months at most, and never from retirement on', () => {
    const table = withRows({ region: '330302', key: 'employment_subsidy_extends_to_retirement', value: false, effectiveFrom: '2022-01-01' });
    const near = { ...base, firstApprovalDate: '2026-03-15', retirementDate: '2030-06-10', region: '330302' };
    expect(employmentSubsidy({ ...near, month: '2029-02' }, table).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...near, month: '2029-03' }, table).amountFen).toBe(0);
    const soon = { ...near, retirementDate: '2027-01-20' };
    expect(employmentSubsidy({ ...soon, month: '2026-12' }, table).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...soon, month: '2027-01' }, table).amountFen).toBe(0);
  });

  it('without onDate the parameters are those in force at first approval (初次核定)', () => {
    const table = withRows({ region: '000000', key: 'employment_subsidy_rate', value: '1/2', effectiveFrom: '2027-01-01' });
    const input = { premiumPaidFen: 90_000, firstApprovalDate: '2026-03-15', retirementDate: '2045-07-01', month: '2027-06' };
    expect(employmentSubsidy(input, table).amountFen).toBe(60_000);
    expect(employmentSubsidy({ ...input, onDate: '2027-06-01' }, table).amountFen).toBe(45_000);
  });

  it('refuses impossible dates, naming the field', () => {
    const input = { premiumPaidFen: 1, firstApprovalDate: '2026-02-30', retirementDate: '2045-07-01', month: '2026-03' };
    expect(inputError(() => employmentSubsidy(input, P)).path).toBe('firstApprovalDate');
    expect(inputError(() => employmentSubsidy({ ...input, firstApprovalDate: '2026-03-01', retirementDate: 'soon' }, P)).path).toBe('retirementDate');
  });

  it('the breakdown states the window and the month number', () => {
    const r = employmentSubsidy({ ...base, firstApprovalDate: '2026-03-15', retirementDate: '2045-07-01', month: '2026-05' }, P);
    expect(r.breakdown.steps).toEqual([
      'window: at most 36 months from 2026-03, before retirement 2045-07-01: months 2026-03 to 2029-02',
      '2026-05 is month 3 of the window',
      '900.00 yuan premium paid × 2/3 = 60000 fen, rounded half_up',
      'amount 60000 fen (600.00 yuan)',
    ]);
  });
});

describe('retired-cadre medical subsidy across claims (004 §20 补助最高限额10万元)', () => {
  it('with the year’s cumulative self-paid cost and what was paid, a claim pays the difference', () => {
    // 120,000 yuan so far → 45,000 due; 35,000 already paid (at 100,000) → 10,000 now.
    expect(retireeMedical({ selfPaidFen: 12_000_000, paidThisYearFen: 3_500_000, onDate: ON }, P).amountFen).toBe(1_000_000);
    expect(retireeMedical({ selfPaidFen: 30_000_000, paidThisYearFen: 9_000_000, onDate: ON }, P).amountFen).toBe(1_000_000);
    expect(retireeMedical({ selfPaidFen: 30_000_000, paidThisYearFen: 10_000_000, onDate: ON }, P).amountFen).toBe(0);
    expect(inputError(() => retireeMedical({ selfPaidFen: 1, paidThisYearFen: -1, onDate: ON }, P)).path).toBe('paidThisYearFen');
  });

  it('property: over any sequence of claims in a year, the total paid equals the formula on the total cost, never above the cap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8_000_000 }), { maxLength: 20 }), (claims) => {
        let cost = 0;
        let paid = 0;
        for (const c of claims) {
          cost += c;
          const { amountFen } = retireeMedical({ selfPaidFen: cost, paidThisYearFen: paid, onDate: ON }, P);
          expect(amountFen).toBeGreaterThanOrEqual(0);
          paid += amountFen;
          expect(paid).toBeLessThanOrEqual(10_000_000);
        }
        expect(paid).toBe(retireeMedical({ selfPaidFen: cost, onDate: ON }, P).amountFen);
      }),
    );
  });
});

describe('where and when: bad region or date is a bad input on that field', () => {
  it('names onDate and region', () => {
    expect(inputError(() => temporaryAid({ requestedFen: 1, onDate: '2026-02-30' }, P)).path).toBe('onDate');
    expect(inputError(() => temporaryAid({ requestedFen: 1, onDate: 'today' }, P)).path).toBe('onDate');
    expect(inputError(() => temporaryAid({ requestedFen: 1, onDate: ON, region: 'Wenzhou' }, P)).path).toBe('region');
    expect(inputError(() => temporaryAid({ requestedFen: 1 }, P)).path).toBe('onDate');
    expect(inputError(() => calculateBenefit('pension-bonus' as never, { requestedFen: 1, onDate: ON }, P)).path).toBe('kind');
  });

  it('a short region code picks the regional row: 33 (Zhejiang) and 3303 (Wenzhou)', () => {
    const table = withRows(
      { region: '33', key: 'temporary_aid_max_fen', value: 300_000, effectiveFrom: '2022-01-01' },
      { region: '3303', key: 'temporary_aid_max_fen', value: 500_000, effectiveFrom: '2022-01-01' },
    );
    const r = temporaryAid({ requestedFen: 2_000_000, region: '330302001', onDate: ON }, table);
    expect(r.amountFen).toBe(500_000);
    expect(r.breakdown.parameters).toContainEqual({ key: 'temporary_aid_max_fen', value: 500_000, region: '330300', effectiveFrom: '2022-01-01', ref: 'test override' });
    expect(temporaryAid({ requestedFen: 2_000_000, region: '330102', onDate: ON }, table).amountFen).toBe(300_000);
  });
});

describe('referrals (001 §四(三)(四); 000 §8–9; 003 §七): advice and recorded outcomes, no money', () => {
  it('001 §四(三): a rural 低保 household whose only home is certified dangerous → 危房改造; public-rental conditions → priority', () => {
    const a = referralAdvice('housing', { householdStatus: 'dibao', rural: true, onlyHomeCertifiedDangerous: true, meetsPublicRentalConditions: true });
    expect(a.suggested).toEqual(['dangerous_house_renovation', 'public_rental_priority']);
    expect(a.ref).toBe('001 §四(三); 000 §8');
    expect(referralAdvice('housing', { householdStatus: 'dibao', rural: false, onlyHomeCertifiedDangerous: true }).suggested).toEqual([]);
    expect(referralAdvice('housing', { householdStatus: 'none', disabledHardship: true, rural: true, onlyHomeCertifiedDangerous: true }).suggested).toEqual(['dangerous_house_renovation']);
    expect(referralAdvice('housing', { householdStatus: 'none', rural: true, onlyHomeCertifiedDangerous: true }).suggested).toEqual([]);
  });

  it('001 §四(四), 000 §9: children in education → education aid', () => {
    expect(referralAdvice('education', { childrenInEducation: true }).suggested).toEqual(['education_subsidy']);
    expect(referralAdvice('education', {}).steps.join()).toMatch(/department decides/);
  });

  it('003 §七: a periodic-pension recipient has the basic funeral service fees waived', () => {
    expect(referralAdvice('funeral', { receivesPeriodicPension: true })).toMatchObject({ suggested: ['basic_funeral_fees_waived'], ref: '003 §七' });
    expect(referralAdvice('funeral', { receivesPeriodicPension: false }).suggested).toEqual([]);
  });

  it('a recorded outcome must be one the referral knows', () => {
    expect(recordReferralOutcome('housing', 'public_rental_priority')).toEqual({ kind: 'housing', outcome: 'public_rental_priority', ref: '001 §四(三); 000 §8' });
    expect(() => recordReferralOutcome('funeral', 'education_subsidy')).toThrow(RangeError);
  });
});

describe('breakdowns can be recomputed by hand (SPEC §3)', () => {
  it('medical aid: steps with the numbers', () => {
    const r = medicalAid({ householdStatus: 'dibao', remainingSelfPaidFen: 2_000_000, paidThisYearFen: 1_500_000, prevYearPerCapitaConsumptionFen: 4_200_000, onDate: ON }, P);
    expect(r.breakdown.steps).toEqual([
      '20000.00 yuan remaining self-paid × 0.50 = 1000000 fen, rounded half_up (no deductible)',
      'annual cap 42000.00 yuan × 0.50 = 2100000 fen (rounded down); already paid this year 1500000 fen; room 600000 fen',
      'amount = min(1000000, 600000)',
      'amount 600000 fen (6000.00 yuan)',
    ]);
    expect(r.breakdown.parameters.map((p) => [p.key, p.value, p.effectiveFrom, p.ref])).toEqual([
      ['rounding', 'half_up', '2021-01-01', 'SPEC §3 (not in seeds)'],
      ['medical_aid_rate', '0.50', '2022-01-01', '001 §四(二)'],
      ['medical_aid_cap_rate', '0.50', '2022-01-01', '001 §四(二)'],
    ]);
    expect(r.breakdown.inputs).toMatchObject({ remainingSelfPaidFen: 2_000_000, paidThisYearFen: 1_500_000 });
  });

  it('rounding "down" is supported: 2/3 of 100 fen → 66', () => {
    const table = withRows({ region: '000000', key: 'rounding', value: 'down', effectiveFrom: '2026-01-01' });
    expect(employmentSubsidy({ premiumPaidFen: 100, firstApprovalDate: '2026-03-15', retirementDate: '2045-07-01', month: '2026-03', onDate: ON }, table).amountFen).toBe(66);
  });
});
