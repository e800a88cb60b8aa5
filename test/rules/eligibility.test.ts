/**
 * Who may be helped (SPEC §1; 001 §三, 000 §2–3), household income (000 §6, 003 §二, 001 §四(一)),
 * the single-person 低保 referral (000 §6) and priority (000 §3).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  assessHouseholdIncome,
  CATEGORIES,
  checkEligibility,
  DEFAULT_PARAMETERS,
  EXCLUSIONS,
  lookupParameter,
  priorityScore,
  singlePersonDibaoReferral,
  type EligibilityInput,
  type ExclusionKey,
  type ParameterTable,
  type PriorityInput,
} from '../../rules/index.js';

const P = DEFAULT_PARAMETERS;
const veteran: EligibilityInput = {
  applicationDate: '2026-03-02',
  category: 'veteran',
  birthDate: '1970-01-01',
  registeredLocally: true,
  residesLocally: true,
  hardshipSituation: 2,
  exclusions: {},
};
const rules = (input: EligibilityInput, table: ParameterTable = P) => checkEligibility(input, table).reasons.map((r) => r.rule);

describe('eligibility (001 §三; 000 §2–3)', () => {
  it('001 §三: a local veteran in a named hardship situation with no exclusion is eligible', () => {
    expect(checkEligibility(veteran, P)).toMatchObject({ eligible: true, reasons: [] });
  });

  it('001 §三 "领取定期抚恤补助的三属": a survivor without a periodic pension is not eligible; with one is', () => {
    for (const category of ['martyr_survivor', 'duty_death_survivor', 'illness_death_survivor']) {
      const without = checkEligibility({ ...veteran, category }, P);
      expect(without.eligible, category).toBe(false);
      expect(without.reasons).toEqual([{ rule: 'periodic_pension', ref: '001 §三', message: expect.stringContaining('periodic pension') }]);
      expect(checkEligibility({ ...veteran, category, receivesPeriodicPension: false }, P).eligible).toBe(false);
      expect(checkEligibility({ ...veteran, category, receivesPeriodicPension: true }, P).eligible).toBe(true);
    }
    // The pension condition is for survivors only.
    expect(checkEligibility({ ...veteran, receivesPeriodicPension: false }, P).eligible).toBe(true);
  });

  it('001 §三 "未成年子女": a serving member’s child aged 18 on the application date is not eligible; 17 the day before the 18th birthday is', () => {
    const child = { ...veteran, category: 'serving_member_family', relationToServingMember: 'child', birthDate: '2008-03-02' };
    expect(ageOn(child.birthDate, '2026-03-02')).toBe(18);
    expect(ageOn(child.birthDate, '2026-03-01')).toBe(17);
    expect(checkEligibility({ ...child, applicationDate: '2026-03-01' }, P)).toMatchObject({ eligible: true, reasons: [] });
    const r = checkEligibility({ ...child, applicationDate: '2026-03-02' }, P);
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual([{ rule: 'minor_child', ref: '001 §三', message: expect.stringContaining('under 18 on the application date (2026-03-02)') }]);
  });

  it('001 §三 "父母、配偶": the age limit is for children only', () => {
    for (const rel of ['parent', 'spouse']) {
      expect(checkEligibility({ ...veteran, category: 'serving_member_family', relationToServingMember: rel, birthDate: '1960-05-05' }, P).eligible, rel).toBe(true);
    }
  });

  it('001 §三: a cousin (or no relation) of a serving member is not family', () => {
    for (const relationToServingMember of ['cousin', undefined]) {
      const r = checkEligibility({ ...veteran, category: 'serving_member_family', ...(relationToServingMember ? { relationToServingMember } : {}) }, P);
      expect(r.eligible).toBe(false);
      expect(r.reasons).toEqual([{ rule: 'serving_member_relation', ref: '001 §三', message: expect.stringContaining(relationToServingMember ?? 'none') }]);
    }
  });

  it('001 §三; 000 §2: an unknown category, and a hardship situation outside 1–5, each fail', () => {
    expect(rules({ ...veteran, category: 'tourist' })).toEqual(['category']);
    for (const h of [0, 6, -1, 2.5]) expect(rules({ ...veteran, hardshipSituation: h }), String(h)).toEqual(['hardship_situation']);
    for (const h of [1, 2, 3, 4, 5]) expect(rules({ ...veteran, hardshipSituation: h })).toEqual([]);
    expect(CATEGORIES).toContain('other_entitled'); // 000 §2 其他优抚对象
    expect(rules({ ...veteran, category: 'other_entitled' })).toEqual([]);
  });

  it('000 §3 (since 2025-01-20) residence; before it 001 §三 registration: lookupParameter by date', () => {
    expect(lookupParameter(P, '000000', 'jurisdiction_basis', '2025-01-19')).toMatchObject({ value: 'registered', ref: '001 §三', effectiveFrom: '2022-01-01' });
    expect(lookupParameter(P, '000000', 'jurisdiction_basis', '2025-01-20')).toMatchObject({ value: 'resident', ref: '000 §3', effectiveFrom: '2025-01-20' });
    expect(lookupParameter(P, '330302001', 'jurisdiction_basis', '2026-03-02').value).toBe('resident');

    const registeredNotResident = { ...veteran, registeredLocally: true, residesLocally: false };
    const residentNotRegistered = { ...veteran, registeredLocally: false, residesLocally: true };
    expect(checkEligibility({ ...registeredNotResident, applicationDate: '2025-01-19' }, P).eligible).toBe(true);
    const after = checkEligibility({ ...registeredNotResident, applicationDate: '2025-01-20' }, P);
    expect(after.reasons).toEqual([{ rule: 'jurisdiction', ref: '000 §3', message: expect.stringContaining('常住地') }]);
    expect(after.parameters).toEqual([{ key: 'jurisdiction_basis', value: 'resident', effectiveFrom: '2025-01-20', ref: '000 §3' }]);
    expect(checkEligibility({ ...residentNotRegistered, applicationDate: '2025-01-20' }, P).eligible).toBe(true);
    expect(checkEligibility({ ...residentNotRegistered, applicationDate: '2025-01-19' }, P).reasons).toEqual([
      { rule: 'jurisdiction', ref: '001 §三', message: expect.stringContaining('户籍') },
    ]);
  });

  it('SPEC §1 "which one applies is a regional parameter": a county keeping 户籍, or accepting either', () => {
    const table: ParameterTable = [
      ...P,
      { region: '330302', key: 'jurisdiction_basis', value: 'registered', effectiveFrom: '2025-06-01', ref: 'county rule' },
      { region: '330303', key: 'jurisdiction_basis', value: 'either', effectiveFrom: '2025-06-01', ref: 'county rule' },
    ];
    const residentNotRegistered = { ...veteran, applicationDate: '2026-03-02', registeredLocally: false, residesLocally: true };
    expect(rules({ ...residentNotRegistered, region: '330302001' }, table)).toEqual(['jurisdiction']);
    expect(rules({ ...residentNotRegistered, region: '330302001', applicationDate: '2025-05-31' }, table)).toEqual([]); // national rule before the county's
    expect(rules({ ...residentNotRegistered, region: '330303' }, table)).toEqual([]);
    expect(rules({ ...residentNotRegistered, region: '330303', residesLocally: false }, table)).toEqual(['jurisdiction']);
    expect(rules({ ...residentNotRegistered, region: '330304' }, table)).toEqual([]); // national default
  });

  it.each(Object.entries(EXCLUSIONS))('001 §三(二): exclusion %s is listed with its reference', (key, def) => {
    const r = checkEligibility({ ...veteran, exclusions: { [key]: true } }, P);
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual([{ rule: `exclusion.${key}`, ref: def.ref, message: def.message }]);
    expect(checkEligibility({ ...veteran, exclusions: { [key]: false } }, P).eligible).toBe(true);
  });

  it('SPEC §1 "lists every failing rule with its reference": all failures at once, not only the first', () => {
    const r = checkEligibility(
      {
        ...veteran,
        applicationDate: '2026-03-02',
        category: 'martyr_survivor',
        residesLocally: false,
        hardshipSituation: 0,
        exclusions: { criminalPunishment: true, creditBlacklist: true, disruptivePetitioning: true, otherLegalBar: true },
      },
      P,
    );
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => [x.rule, x.ref])).toEqual([
      ['periodic_pension', '001 §三'],
      ['jurisdiction', '000 §3'],
      ['hardship_situation', '001 §三(一); 000 §2'],
      ['exclusion.criminalPunishment', '001 §三(二)1'],
      ['exclusion.creditBlacklist', '001 §三(二)2'],
      ['exclusion.disruptivePetitioning', '001 §三(二)3'],
      ['exclusion.otherLegalBar', '001 §三(二)4'],
    ]);
    for (const reason of r.reasons) {
      expect(Object.keys(reason).sort()).toEqual(['message', 'ref', 'rule']);
      expect(reason.message.length).toBeGreaterThan(0);
    }
  });

  it('a serving member’s adult child with an exclusion gets both reasons', () => {
    const r = checkEligibility(
      { ...veteran, category: 'serving_member_family', relationToServingMember: 'child', birthDate: '2000-01-01', exclusions: { creditBlacklist: true } },
      P,
    );
    expect(r.reasons.map((x) => x.rule)).toEqual(['minor_child', 'exclusion.creditBlacklist']);
  });
});

describe('eligibility properties', () => {
  const keys = Object.keys(EXCLUSIONS) as ExclusionKey[];
  const arbInput: fc.Arbitrary<EligibilityInput> = fc.record({
    applicationDate: fc.constantFrom('2023-05-05', '2025-01-19', '2025-01-20', '2026-03-02'),
    category: fc.constantFrom(...CATEGORIES, 'tourist'),
    receivesPeriodicPension: fc.option(fc.boolean(), { nil: undefined }),
    relationToServingMember: fc.option(fc.constantFrom('parent', 'spouse', 'child', 'cousin'), { nil: undefined }),
    birthDate: fc.constantFrom('1960-01-01', '2008-03-02', '2010-12-31'),
    registeredLocally: fc.boolean(),
    residesLocally: fc.boolean(),
    hardshipSituation: fc.integer({ min: -1, max: 7 }),
    exclusions: fc.record(Object.fromEntries(keys.map((k) => [k, fc.boolean()])) as Record<ExclusionKey, fc.Arbitrary<boolean>>, { requiredKeys: [] }),
  });

  it('is monotone in the exclusions: adding one never makes an applicant eligible and adds exactly that reason', () => {
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...keys), (input, key) => {
        fc.pre(!input.exclusions?.[key]);
        const before = checkEligibility(input, P);
        const after = checkEligibility({ ...input, exclusions: { ...input.exclusions, [key]: true } }, P);
        expect(after.eligible).toBe(false);
        expect(after.reasons).toHaveLength(before.reasons.length + 1);
        const added = after.reasons.filter((r) => !before.reasons.some((b) => b.rule === r.rule));
        expect(added).toEqual([{ rule: `exclusion.${key}`, ref: EXCLUSIONS[key].ref, message: EXCLUSIONS[key].message }]);
        // The other reasons are unchanged, in order.
        expect(after.reasons.filter((r) => r.rule !== `exclusion.${key}`)).toEqual(before.reasons);
      }),
      { numRuns: 300 },
    );
  });

  it('eligible exactly when no reason is listed; every reason names a rule and a reference', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = checkEligibility(input, P);
        expect(r.eligible).toBe(r.reasons.length === 0);
        for (const reason of r.reasons) {
          expect(reason.rule).toMatch(/^[a-z_]+(\.[A-Za-z]+)?$/);
          expect(reason.ref).toMatch(/^00[0-4] §/);
        }
        expect(new Set(r.reasons.map((x) => x.rule)).size).toBe(r.reasons.length);
      }),
      { numRuns: 300 },
    );
  });
});

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

describe('priority (000 §3: severity first; at equal hardship, combat, decorated and remote service raise it)', () => {
  const score = (i: PriorityInput) => priorityScore(i).score;
  const allService = { combatVeteran: true, decorated: true, remoteHardshipService: true };

  it('000 §3 防止搞平均主义: a more severe case outranks a less severe one with every service point', () => {
    // Situation 4 (disaster, accident, major illness) is more severe than situation 5 (other).
    expect(score({ hardshipSituation: 4 })).toBeGreaterThan(score({ hardshipSituation: 5, ...allService }));
    expect(score({ hardshipSituation: 4, conductConcern: true })).toBeGreaterThan(score({ hardshipSituation: 5, ...allService }));
    expect(score({ hardshipSituation: 2, householdStatus: 'tekun' })).toBeGreaterThan(score({ hardshipSituation: 2, householdStatus: 'dibao', ...allService }));
    expect(score({ hardshipSituation: 2, emergency: true })).toBeGreaterThan(score({ hardshipSituation: 2, ...allService }));
  });

  it('000 §3 同等困难条件下…倾斜: at equal severity each of combat, decorated, remote service raises the score', () => {
    const base: PriorityInput = { hardshipSituation: 1, householdStatus: 'dibao' };
    for (const flag of ['combatVeteran', 'decorated', 'remoteHardshipService'] as const) {
      expect(score({ ...base, [flag]: true }), flag).toBeGreaterThan(score(base));
    }
    expect(score({ ...base, ...allService })).toBeGreaterThan(score({ ...base, combatVeteran: true }));
    expect(score({ ...base, conductConcern: true })).toBeLessThan(score(base));
    expect(priorityScore({ ...base, combatVeteran: true }).explanation.join('\n')).toMatch(/000 §3/);
  });

  it('property: service and conduct never overturn a difference in severity', () => {
    const severity = fc.record({
      hardshipSituation: fc.integer({ min: 1, max: 5 }),
      householdStatus: fc.option(fc.constantFrom('tekun', 'dibao', 'dibao_edge', 'expenditure_poverty', 'none'), { nil: undefined }),
      emergency: fc.boolean(),
      seriouslyIllOrDisabled: fc.boolean(),
    });
    const service = fc.record({ combatVeteran: fc.boolean(), decorated: fc.boolean(), remoteHardshipService: fc.boolean(), conductConcern: fc.boolean() });
    fc.assert(
      fc.property(severity, severity, service, service, (a, b, sa, sb) => {
        const bareA = score(a);
        const bareB = score(b);
        if (bareA > bareB) expect(score({ ...a, ...sa })).toBeGreaterThan(score({ ...b, ...sb }));
        if (bareA === bareB) {
          // Equal severity: the one with strictly more service (and no worse conduct) ranks higher.
          const pts = (s: typeof sa) => +s.combatVeteran + +s.decorated + +s.remoteHardshipService;
          if (pts(sa) > pts(sb) && sa.combatVeteran >= sb.combatVeteran && sa.decorated >= sb.decorated && sa.remoteHardshipService >= sb.remoteHardshipService && !sa.conductConcern) {
            expect(score({ ...a, ...sa })).toBeGreaterThan(score({ ...b, ...sb }));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
