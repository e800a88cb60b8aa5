/**
 * Who may be helped (SPEC §1; 001 §三, 000 §2–3): worked examples with their references, then
 * properties (monotone in the exclusions; eligible exactly when no reason is listed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  CATEGORIES,
  checkEligibility,
  DEFAULT_PARAMETERS,
  EXCLUSIONS,
  lookupParameter,
  type EligibilityInput,
  type ExclusionKey,
  type ParameterTable,
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

  it('000 §3 (since 2025-01-20, "逐步调整为常住地"): registration or residence; before it 001 §三 registration only', () => {
    expect(lookupParameter(P, '000000', 'jurisdiction_basis', '2025-01-19')).toMatchObject({ value: 'registered', ref: '001 §三', effectiveFrom: '2022-01-01' });
    expect(lookupParameter(P, '000000', 'jurisdiction_basis', '2025-01-20')).toMatchObject({ value: 'either', ref: '000 §3', effectiveFrom: '2025-01-20' });
    expect(lookupParameter(P, '330302001', 'jurisdiction_basis', '2026-03-02').value).toBe('either');

    const registeredNotResident = { ...veteran, registeredLocally: true, residesLocally: false };
    const residentNotRegistered = { ...veteran, registeredLocally: false, residesLocally: true };
    const neither = { ...veteran, registeredLocally: false, residesLocally: false };
    // Before 000: 001 §三 户籍 only.
    expect(checkEligibility({ ...registeredNotResident, applicationDate: '2025-01-19' }, P).eligible).toBe(true);
    expect(checkEligibility({ ...residentNotRegistered, applicationDate: '2025-01-19' }, P).reasons).toEqual([
      { rule: 'jurisdiction', ref: '001 §三', message: expect.stringContaining('户籍') },
    ]);
    // From 000: residence is enough, and registration still is during the gradual move (NOTES.md).
    expect(checkEligibility({ ...residentNotRegistered, applicationDate: '2025-01-20' }, P).eligible).toBe(true);
    expect(checkEligibility({ ...registeredNotResident, applicationDate: '2025-01-20' }, P).eligible).toBe(true);
    const after = checkEligibility({ ...neither, applicationDate: '2025-01-20' }, P);
    expect(after.reasons).toEqual([{ rule: 'jurisdiction', ref: '000 §3', message: expect.stringMatching(/户籍.*常住地/) }]);
    expect(after.parameters).toEqual([{ key: 'jurisdiction_basis', value: 'either', effectiveFrom: '2025-01-20', ref: '000 §3' }]);
  });

  it('000 §3: a region that completed the move to residence sets "resident"', () => {
    const table: ParameterTable = [...P, { region: '33', key: 'jurisdiction_basis', value: 'resident', effectiveFrom: '2025-06-01', ref: 'provincial notice' }];
    const registeredNotResident = { ...veteran, registeredLocally: true, residesLocally: false, region: '330302001' };
    expect(rules(registeredNotResident, table)).toEqual(['jurisdiction']);
    expect(checkEligibility(registeredNotResident, table).reasons[0]!.message).toContain('常住地');
    expect(rules({ ...registeredNotResident, applicationDate: '2025-05-31' }, table)).toEqual([]);
    expect(rules({ ...registeredNotResident, region: '110105' }, table)).toEqual([]); // another province: national either
  });

  it('SPEC §1 "which one applies is a regional parameter": a county keeping 户籍, or accepting either', () => {
    const table: ParameterTable = [
      ...P,
      { region: '330302', key: 'jurisdiction_basis', value: 'registered', effectiveFrom: '2025-06-01', ref: 'county rule' },
      { region: '330303', key: 'jurisdiction_basis', value: 'either', effectiveFrom: '2025-06-01', ref: 'county rule' },
    ];
    const residentNotRegistered = { ...veteran, applicationDate: '2026-03-02', registeredLocally: false, residesLocally: true };
    expect(rules({ ...residentNotRegistered, region: '330302001' }, table)).toEqual(['jurisdiction']);
    expect(rules({ ...residentNotRegistered, region: '330302001', registeredLocally: true, residesLocally: false }, table)).toEqual([]);
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
        registeredLocally: false,
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
