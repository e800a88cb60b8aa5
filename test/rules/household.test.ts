/**
 * Household income (000 §6; 003 §二; 001 §四(一)) and the single-person 低保 referral (000 §6; 003 §二).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessHouseholdIncome, singlePersonDibaoReferral } from '../../rules/index.js';

describe('household income (000 §6; 003 §二; 001 §四(一))', () => {
  it('000 §6, 003 §二 优待抚恤金 and 001 §四(一) 生活补助 are not counted', () => {
    const r = assessHouseholdIncome({
      incomes: [
        { kind: 'wages', amountFen: 300_000 },
        { kind: 'preferential_pension', amountFen: 150_000 },
        { kind: 'living_supplement', amountFen: 10_000 },
        { kind: 'pension', amountFen: 50_000 },
      ],
    });
    expect(r.grossFen).toBe(510_000);
    expect(r.countedFen).toBe(350_000);
    expect(r.deductedFen).toBe(0);
    expect(r.refs).toEqual(expect.arrayContaining(['000 §6; 003 §二', '001 §四(一)']));
  });

  it('003 §二 必要工作成本: work costs are deducted, at most the earned income (wages and business)', () => {
    const incomes = [
      { kind: 'wages' as const, amountFen: 100_000 },
      { kind: 'business' as const, amountFen: 20_000 },
      { kind: 'pension' as const, amountFen: 80_000 },
    ];
    expect(assessHouseholdIncome({ incomes, workCostsFen: 30_000 })).toMatchObject({ countedFen: 170_000, deductedFen: 30_000 });
    // Costs above the earned income deduct only the earned income: the pension stays counted.
    expect(assessHouseholdIncome({ incomes, workCostsFen: 500_000 })).toMatchObject({ countedFen: 80_000, deductedFen: 120_000 });
    // No earned income: nothing to deduct.
    expect(assessHouseholdIncome({ incomes: [{ kind: 'pension', amountFen: 80_000 }], workCostsFen: 30_000 })).toMatchObject({ countedFen: 80_000, deductedFen: 0 });
    expect(assessHouseholdIncome({ incomes, workCostsFen: 30_000 }).refs).toContain('003 §二');
  });

  it('property: counted income is never negative, never above gross, and ignores non-counted kinds', () => {
    const arbIncome = fc.record({ kind: fc.constantFrom('wages', 'business', 'pension', 'preferential_pension', 'living_supplement', 'other') as fc.Arbitrary<'wages'>, amountFen: fc.integer({ min: 0, max: 10_000_000 }) });
    fc.assert(
      fc.property(fc.array(arbIncome, { maxLength: 8 }), fc.integer({ min: 0, max: 20_000_000 }), (incomes, workCostsFen) => {
        const r = assessHouseholdIncome({ incomes, workCostsFen });
        const sum = (ks: string[]) => incomes.filter((i) => ks.includes(i.kind)).reduce((a, i) => a + i.amountFen, 0);
        const earned = sum(['wages', 'business']);
        expect(r.deductedFen).toBe(Math.min(workCostsFen, earned));
        expect(r.countedFen).toBe(sum(['wages', 'business', 'pension', 'other']) - r.deductedFen);
        expect(r.countedFen).toBeGreaterThanOrEqual(0);
        expect(r.countedFen).toBeLessThanOrEqual(r.grossFen);
      }),
    );
  });
});

describe('single-person 低保 referral (000 §6 "低保边缘家庭中的退役军人重病重残的…按照单人户纳入低保")', () => {
  it('000 §6: a seriously ill or disabled veteran in a 低边 family is referred', () => {
    const r = singlePersonDibaoReferral({ householdStatus: 'dibao_edge', seriouslyIllOrDisabled: true });
    expect(r.referral).toBe(true);
    expect(r.needsPersonalApplication).toBe(true); // 经个人申请
    expect(r.ref).toMatch(/000 §6/);
    expect(r.message).toMatch(/单人户/);
  });

  it('000 §6: not referred when not 低边, or not seriously ill or disabled', () => {
    expect(singlePersonDibaoReferral({ householdStatus: 'dibao_edge', seriouslyIllOrDisabled: false }).referral).toBe(false);
    expect(singlePersonDibaoReferral({ householdStatus: 'dibao_edge' }).referral).toBe(false);
    for (const householdStatus of ['dibao', 'tekun', 'none', undefined]) {
      expect(singlePersonDibaoReferral({ ...(householdStatus ? { householdStatus } : {}), seriouslyIllOrDisabled: true }).referral, String(householdStatus)).toBe(false);
    }
  });
});

describe('household income: inputs', () => {
  it('003 §二 a work cost and every amount must be a whole, non-negative number of fen', () => {
    expect(() => assessHouseholdIncome({ incomes: [{ kind: 'wages', amountFen: -1 }] })).toThrow(/incomes\.0\.amountFen/);
    expect(() => assessHouseholdIncome({ incomes: [{ kind: 'wages', amountFen: 0.5 }] })).toThrow(RangeError);
    expect(() => assessHouseholdIncome({ incomes: [], workCostsFen: -10 })).toThrow(/workCostsFen/);
    expect(() => assessHouseholdIncome({ incomes: [{ kind: 'lottery' as never, amountFen: 1 }] })).toThrow(/incomes\.0\.kind/);
  });

  it('the steps state the counted total', () => {
    const r = assessHouseholdIncome({ incomes: [{ kind: 'wages', amountFen: 100 }, { kind: 'preferential_pension', amountFen: 50 }] });
    expect(r.steps.at(-1)).toBe('counted household income 100 fen of 150 fen');
    expect(r.steps[1]).toMatch(/优待抚恤金不计入家庭收入/);
  });
});
