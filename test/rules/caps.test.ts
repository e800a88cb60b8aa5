/**
 * Issue 12 rows 4, 8 (rules part): per-person caps over a period of recorded payments (001 §四(二) 一个
 * 医保年度内…封顶线; 004 §20 补助最高限额10万元), the emergency payment within a regional maximum and
 * counted toward every cap of its matter, its true-up after the decision, and its one-time deduction
 * from a recurring matter (001 §五 先行帮扶援助，事后再补齐审核审批手续). Properties: no amount below a
 * floor or above a cap on any path, emergency included; caps hold over any sequence of claims.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMETERS,
  applyRate,
  capPeriod,
  capRoom,
  clampToRoom,
  deductEmergencyOnce,
  emergencyCeiling,
  emergencyTrueUp,
  intakePolicyProblems,
  livingSupplement,
  medicalAid,
  parseRate,
  retireeMedical,
  temporaryAid,
  type ParameterTable,
  type RecordedPayment,
} from '../../rules/index.js';

const ON = '2026-06-01';
const TABLE: ParameterTable = [
  ...DEFAULT_PARAMETERS,
  { region: '330302', key: 'dibao_standard_fen', value: 100_000, effectiveFrom: '2026-01-01', ref: 'test' },
  { region: '330302', key: 'prev_year_per_capita_consumption_fen', value: 4_200_000, effectiveFrom: '2026-01-01', ref: 'test' },
];

describe('cap periods and room (001 §四(二) 一个医保年度内; default calendar year, not in seeds)', () => {
  it('calendar_year and year_from_MM', () => {
    expect(capPeriod('calendar_year', '2026-06-01')).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(capPeriod('year_from_07', '2026-06-30')).toMatchObject({ start: '2025-07-01', end: '2026-06-30' });
    expect(capPeriod('year_from_07', '2026-07-01')).toMatchObject({ start: '2026-07-01', end: '2027-06-30' });
    expect(capPeriod('year_from_03', '2027-02-10')).toMatchObject({ start: '2026-03-01', end: '2027-02-28' });
    expect(() => capPeriod('fortnight', ON)).toThrow(RangeError);
  });

  it('001 §四(二) 封顶线 21,000 yuan: two cases of one person in 2026 (one an emergency payment) leave 1,000 yuan; 2025 payments do not count', () => {
    const payments: RecordedPayment[] = [
      { item: 'medical_aid', amountFen: 1_500_000, paidOn: '2026-02-10', caseId: 'A' },
      { item: 'medical_aid', amountFen: 500_000, paidOn: '2026-05-01', kind: 'emergency', caseId: 'B' },
      { item: 'medical_aid', amountFen: 2_000_000, paidOn: '2025-12-31', caseId: 'C' },
      { item: 'living_supplement', amountFen: 10_000, paidOn: '2026-03-01', caseId: 'D' },
    ];
    const room = capRoom({ capFen: 2_100_000, period: 'calendar_year', onDate: ON, item: 'medical_aid', payments });
    expect(room).toMatchObject({ paidInPeriodFen: 2_000_000, roomFen: 100_000 });
    expect(room.steps.join('\n')).toMatch(/emergency 500000 fen/);
    expect(clampToRoom(600_000, room)).toBe(100_000);
    // With the room as paidThisYearFen the calculator pays the same.
    expect(medicalAid({ householdStatus: 'dibao', remainingSelfPaidFen: 1_200_000, paidThisYearFen: room.paidInPeriodFen, region: '330302', onDate: ON }, TABLE).amountFen).toBe(100_000);
  });

  it('property: per-person caps hold over any sequence of claims across cases (emergency payments included), for medical aid and retiree medical', () => {
    const claim = fc.record({ cost: fc.integer({ min: 0, max: 40_000_000 }), emergency: fc.integer({ min: 0, max: 1_000_000 }), day: fc.integer({ min: 0, max: 364 }) });
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 12 }), (claims) => {
        for (const [item, capFen] of [
          ['medical_aid', applyRate(4_200_000, parseRate('0.50'), 'down')],
          ['retiree_medical', 10_000_000],
        ] as const) {
          const paid: RecordedPayment[] = [];
          for (const c of [...claims].sort((a, b) => a.day - b.day)) {
            const on = new Date(Date.UTC(2026, 0, 1 + c.day)).toISOString().slice(0, 10);
            // The emergency payment is clamped to the room too (it counts toward every cap of its matter).
            const e = clampToRoom(c.emergency, capRoom({ capFen, period: 'calendar_year', onDate: on, item, payments: paid }));
            if (e > 0) paid.push({ item, amountFen: e, paidOn: on, kind: 'emergency' });
            const room = capRoom({ capFen, period: 'calendar_year', onDate: on, item, payments: paid });
            const amount =
              item === 'medical_aid'
                ? medicalAid({ householdStatus: 'dibao', remainingSelfPaidFen: c.cost, paidThisYearFen: room.paidInPeriodFen, region: '330302', onDate: on }, TABLE).amountFen
                : retireeMedical({ selfPaidFen: c.cost, paidThisYearFen: room.paidInPeriodFen, onDate: on }, TABLE).amountFen;
            expect(amount).toBeLessThanOrEqual(room.roomFen);
            if (amount > 0) paid.push({ item, amountFen: amount, paidOn: on });
          }
          expect(paid.reduce((a, p) => a + p.amountFen, 0)).toBeLessThanOrEqual(capFen);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the emergency payment (001 §五 紧急情况时…先行帮扶援助，事后再补齐审核审批手续)', () => {
  it('a regional maximum emergency_aid_max_fen (default 10,000 yuan, not in seeds), and never above the matter’s own maximum', () => {
    expect(emergencyCeiling('living_supplement', TABLE, '330302', ON).maxFen).toBe(1_000_000);
    const low: ParameterTable = [...TABLE, { region: '330302', key: 'temporary_aid_max_fen', value: 300_000, effectiveFrom: '2026-01-01', ref: 'test' }];
    expect(emergencyCeiling('temporary_aid', low, '330302', ON)).toMatchObject({ maxFen: 300_000, parameters: ['emergency_aid_max_fen', 'temporary_aid_max_fen'] });
    // Medical aid: the yearly cap 50% × 42,000 yuan = 21,000 yuan is above the emergency maximum here.
    expect(emergencyCeiling('medical_aid', TABLE, '330302', ON).maxFen).toBe(1_000_000);
  });

  it('intake: above the ceiling → a problem at emergency.amountFen; at it → none', () => {
    const app = { matter: 'temporary_aid' as const, county: '330302', onDate: ON, applicant: { category: 'veteran' } };
    expect(intakePolicyProblems({ ...app, emergency: { amountFen: 1_000_000 } }, TABLE)).toEqual([]);
    expect(intakePolicyProblems({ ...app, emergency: { amountFen: 1_000_001 } }, TABLE).map((p) => p.path)).toEqual(['emergency.amountFen']);
  });

  it('intake: a county without dibao_standard_fen → "missing parameter dibao_standard_fen for region 330303"', () => {
    const problems = intakePolicyProblems({ matter: 'living_supplement', county: '330303', onDate: ON, applicant: { category: 'veteran', householdStatus: 'dibao' } }, TABLE);
    expect(problems).toEqual([expect.objectContaining({ path: 'county', parameter: 'dibao_standard_fen', message: 'missing parameter dibao_standard_fen for region 330303' })]);
  });

  it('true-up after the decision: a top-up, or an excess for a recovery task, never silently undone', () => {
    expect(emergencyTrueUp({ decidedFen: 300_000, emergencyPaidFen: 200_000 })).toMatchObject({ action: 'top_up', topUpFen: 100_000, excessFen: 0 });
    expect(emergencyTrueUp({ decidedFen: 150_000, emergencyPaidFen: 200_000 })).toMatchObject({ action: 'recovery', topUpFen: 0, excessFen: 50_000 });
    expect(emergencyTrueUp({ decidedFen: 0, emergencyPaidFen: 200_000 })).toMatchObject({ action: 'recovery', excessFen: 200_000 });
    expect(emergencyTrueUp({ decidedFen: 5, emergencyPaidFen: 5 }).action).toBe('none');
  });

  it('a recurring matter deducts the emergency payment once (from the first months), not from every month', () => {
    const months = ['2026-07', '2026-08', '2026-09', '2026-10'].map((period) => ({ period, amountFen: 10_000 }));
    const r = deductEmergencyOnce(months, 25_000);
    expect(r.periods.map((p) => p.amountFen)).toEqual([0, 0, 5_000, 10_000]);
    expect(r.unusedFen).toBe(0);
  });

  it('property: emergency + true-up = decided amount exactly (the excess is recovered); a recurring deduction totals the emergency once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (d, e) => {
        const t = emergencyTrueUp({ decidedFen: d, emergencyPaidFen: e });
        expect(e + t.topUpFen - t.excessFen).toBe(d);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50_000 }), { maxLength: 40 }), fc.integer({ min: 0, max: 500_000 }), (amounts, e) => {
        const r = deductEmergencyOnce(amounts.map((amountFen, i) => ({ period: String(i), amountFen })), e);
        const deducted = r.periods.reduce((a, p) => a + p.deductedFen, 0);
        expect(deducted + r.unusedFen).toBe(e);
        for (const p of r.periods) expect(p.amountFen).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('no amount below a floor or above a cap on any path (issue 12 "Done when")', () => {
  it('property: the living supplement never falls below 10% of the standard; medical aid never above its yearly cap; temporary aid and emergency never above their maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 100_000_000 }), (standard, cost, requested) => {
        const t: ParameterTable = [...TABLE, { region: '330304', key: 'dibao_standard_fen', value: standard, effectiveFrom: '2026-01-01', ref: 'test' }];
        const ls = livingSupplement({ region: '330304', onDate: ON }, t).amountFen;
        expect(BigInt(ls) * 10n).toBeGreaterThanOrEqual(BigInt(standard));
        expect(medicalAid({ householdStatus: 'dibao', remainingSelfPaidFen: cost, paidThisYearFen: 0, region: '330302', onDate: ON }, TABLE).amountFen).toBeLessThanOrEqual(2_100_000);
        expect(temporaryAid({ requestedFen: requested, region: '330302', onDate: ON }, TABLE).amountFen).toBeLessThanOrEqual(1_000_000);
        const over = intakePolicyProblems({ matter: 'temporary_aid', county: '330302', onDate: ON, applicant: { category: 'veteran' }, emergency: { amountFen: requested } }, TABLE);
        expect(over.length > 0).toBe(requested > 1_000_000);
      }),
      { numRuns: 300 },
    );
  });
});
