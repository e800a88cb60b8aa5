/**
 * Issue 12 row 2 (rules part): the case's `benefit` holds facts about the applicant, typed per matter
 * and strict; rates, standards and maxima are regional policy (001 §四 "当地最低生活保障标准…", "由当地
 * 视情给予") and are refused by name. The calculators take them from parameters on the case path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENEFIT_FACTS, FACT_FIELDS, benefitFactsIssues, calculatorInput, parseBenefitFacts, policyFieldProblem } from '../../rules/benefit-facts.js';
import { calculateBenefit, DEFAULT_PARAMETERS, MATTER_KEYS, type ParameterTable } from '../../rules/index.js';

const ON = '2026-06-01';
const TABLE: ParameterTable = [...DEFAULT_PARAMETERS, { region: '330302', key: 'dibao_standard_fen', value: 99_994, effectiveFrom: '2026-01-01', ref: 'test' }];

describe('benefitFactsIssues: facts only, per matter (issue 12 row 2)', () => {
  it.each(['rate', 'regionalMaxFen', 'dibaoStandardFen', 'emergencyAidMaxFen', 'temporaryAidMaxFen', 'prevYearPerCapitaConsumptionFen', 'paidThisYearFen'])(
    '001 §四 "当地…标准" / "由当地视情": %s is policy → issue at benefit.<field> naming where it lives',
    (field) => {
      for (const m of MATTER_KEYS) {
        const issues = benefitFactsIssues(m, { [field]: 1 });
        expect(issues.map((i) => i.path), `${m}`).toContain(`benefit.${field}`);
        expect(issues.find((i) => i.path === `benefit.${field}`)?.message).toMatch(/is policy/);
      }
    },
  );

  it('an unknown field is named; a fact of another matter is named as such', () => {
    expect(benefitFactsIssues('living_supplement', { colour: 'red' })).toEqual([{ path: 'benefit.colour', message: expect.stringMatching(/^unknown field colour/) }]);
    expect(benefitFactsIssues('living_supplement', { premiumPaidFen: 1 })).toEqual([{ path: 'benefit.premiumPaidFen', message: expect.stringMatching(/not a fact of living_supplement/) }]);
  });

  it('001 §四(五) 实际缴纳社会保险费: the employment subsidy needs the premium and the retirement date, typed', () => {
    expect(benefitFactsIssues('employment_subsidy', { premiumPaidFen: 90_000, retirementDate: '2045-07-01' })).toEqual([]);
    expect(benefitFactsIssues('employment_subsidy', { premiumPaidFen: 1.5 }).map((i) => i.path).sort()).toEqual(['benefit.premiumPaidFen', 'benefit.retirementDate']);
  });

  it('an empty or absent benefit is fine where no fact is required; not an object → benefit', () => {
    expect(benefitFactsIssues('living_supplement', undefined)).toEqual([]);
    expect(benefitFactsIssues('temporary_aid', {})).toEqual([]);
    expect(benefitFactsIssues('medical_aid', {}).map((i) => i.path)).toEqual(['benefit.remainingSelfPaidFen']);
    expect(benefitFactsIssues('living_supplement', [1])).toEqual([{ path: 'benefit', message: expect.any(String) }]);
  });

  it('property: any field ending in MaxFen or Rate is refused by name, for every matter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MATTER_KEYS), fc.stringMatching(/^[a-z][a-zA-Z]{0,12}$/), fc.constantFrom('MaxFen', 'Rate', 'CapFen', 'StandardFen'), (m, stem, suffix) => {
        const field = stem + suffix;
        expect(policyFieldProblem(field)).not.toBeNull();
        expect(benefitFactsIssues(m, { [field]: 1 }).map((i) => i.path)).toContain(`benefit.${field}`);
      }),
    );
  });

  it('no fact field is itself a policy field', () => {
    for (const f of FACT_FIELDS) expect(policyFieldProblem(f), f).toBeNull();
    expect(Object.keys(BENEFIT_FACTS).sort()).toEqual([...MATTER_KEYS].sort());
  });

  it('parseBenefitFacts returns typed facts or throws naming the paths', () => {
    expect(parseBenefitFacts('medical_aid', { remainingSelfPaidFen: 5 })).toEqual({ remainingSelfPaidFen: 5 });
    expect(() => parseBenefitFacts('temporary_aid', { regionalMaxFen: 1 })).toThrow(/benefit\.regionalMaxFen/);
  });
});

describe('calculatorInput: the case path computes from facts and parameters, never a clerk’s policy number', () => {
  it('001 §四(一): the living supplement of a case in 330302 uses the county’s standard (99,994 fen → 10,000, a floor rounds up)', () => {
    const input = calculatorInput('living_supplement', {}, { region: '330302', onDate: ON, householdStatus: 'dibao' });
    expect(input).toEqual({ region: '330302', onDate: ON, householdStatus: 'dibao' });
    const r = calculateBenefit('living-supplement', input, TABLE);
    expect(r.amountFen).toBe(10_000);
    // The same as the rules CLI computes with the standard given explicitly (its contract).
    expect(calculateBenefit('living-supplement', { dibaoStandardFen: 99_994, onDate: ON }, DEFAULT_PARAMETERS).amountFen).toBe(r.amountFen);
  });

  it('001 §四(五): the employment subsidy month and window start come from the county’s approval, not the clerk', () => {
    const input = calculatorInput('employment_subsidy', { premiumPaidFen: 90_000, retirementDate: '2045-07-01' }, { region: '330302', onDate: '2026-03-15', approvalDate: '2026-03-15', month: '2026-04' });
    expect(calculateBenefit('employment-subsidy', input, TABLE).amountFen).toBe(60_000);
  });

  it('001 §四(六): temporary aid pays what the county decided, within the parameter maximum', () => {
    const input = calculatorInput('temporary_aid', { requestedFen: 5_000_000 }, { region: '330302', onDate: ON, decidedFen: 2_000_000 });
    expect(calculateBenefit('temporary-aid', input, TABLE).amountFen).toBe(1_000_000);
  });

  it('001 §五 last paragraph: a referral has no amount', () => {
    expect(() => calculatorInput('housing_referral', {}, { region: '330302', onDate: ON })).toThrow(/referral/);
  });
});
