/**
 * Dated regional parameters (SPEC preamble: "stored per region with an effective date"): lookup walks
 * township (9 digits) → county (6) → city → province → national 000000, and takes the latest row in force.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalRegion,
  DEFAULT_PARAMETERS,
  lookupParameter,
  MONEY_RULES,
  PARAMETER_KEYS,
  REGIONAL_ONLY_KEYS,
  findParameter,
  missingParameterMessage,
  PARAMETER_TYPES,
  parameterValueProblem,
  regionChain,
  type ParameterTable,
} from '../../rules/index.js';

const table: ParameterTable = [
  { region: '000000', key: 'temporary_aid_max_fen', value: 1, effectiveFrom: '2022-01-01', ref: 'national' },
  { region: '330000', key: 'temporary_aid_max_fen', value: 2, effectiveFrom: '2022-01-01', ref: 'Zhejiang' },
  { region: '330300', key: 'temporary_aid_max_fen', value: 3, effectiveFrom: '2022-01-01', ref: 'Wenzhou' },
  { region: '330302', key: 'temporary_aid_max_fen', value: 4, effectiveFrom: '2022-01-01', ref: 'Lucheng' },
  { region: '330302001', key: 'temporary_aid_max_fen', value: 5, effectiveFrom: '2022-01-01', ref: 'a township' },
  // A county override effective later, and a later national change.
  { region: '330303', key: 'temporary_aid_max_fen', value: 6, effectiveFrom: '2026-07-01', ref: 'Longwan from July' },
  { region: '000000', key: 'temporary_aid_max_fen', value: 7, effectiveFrom: '2026-01-01', ref: 'national 2026' },
];
const v = (region: string, onDate: string) => lookupParameter(table, region, 'temporary_aid_max_fen', onDate).value;

describe('regionChain', () => {
  it('township → county → city → province → national', () => {
    expect(regionChain('330302001')).toEqual(['330302001', '330302', '330300', '330000', '000000']);
    expect(regionChain('330302')).toEqual(['330302', '330300', '330000', '000000']);
    expect(regionChain('330300')).toEqual(['330300', '330000', '000000']);
    expect(regionChain('000000')).toEqual(['000000']);
    expect(regionChain('')).toEqual(['000000']);
  });
});

describe('lookupParameter', () => {
  it('falls back township(9) → county(6) → city → province → 000000', () => {
    expect(v('330302001', '2025-06-01')).toBe(5); // the township's own row
    expect(v('330302002', '2025-06-01')).toBe(4); // another township: its county
    expect(v('330304', '2025-06-01')).toBe(3); // another county in Wenzhou: the city
    expect(v('330102', '2025-06-01')).toBe(2); // Hangzhou: the province
    expect(v('110105', '2025-06-01')).toBe(1); // Beijing: national
    expect(lookupParameter(table, '330302002', 'temporary_aid_max_fen', '2025-06-01')).toEqual({
      key: 'temporary_aid_max_fen',
      value: 4,
      region: '330302',
      effectiveFrom: '2022-01-01',
      ref: 'Lucheng',
    });
  });

  it('an override effective later is ignored before its date and applies from it', () => {
    expect(v('330303', '2026-06-30')).toBe(3); // before July: Wenzhou city row
    expect(v('330303', '2026-07-01')).toBe(6);
    expect(v('330303001', '2026-07-02')).toBe(6);
  });

  it('takes the latest row in force of the nearest region', () => {
    expect(v('110105', '2025-12-31')).toBe(1);
    expect(v('110105', '2026-01-01')).toBe(7);
    // A newer national row does not beat an older, nearer regional one.
    expect(v('330302', '2026-06-01')).toBe(4);
  });

  it('throws when no row is in force (before every effective date, or an unknown key)', () => {
    expect(() => v('330302', '2021-12-31')).toThrow(RangeError);
    expect(() => lookupParameter(table, '330302', 'no_such_key', '2026-01-01')).toThrow(/no parameter no_such_key/);
  });

  it('the defaults carry a reference for every key, and mark the ones not in the seeds', () => {
    for (const key of PARAMETER_KEYS.filter((k) => !(REGIONAL_ONLY_KEYS as readonly string[]).includes(k))) {
      const p = lookupParameter(DEFAULT_PARAMETERS, '330302001', key, '2026-06-01');
      expect(p.ref, key).toMatch(/^(00[0-4] §|SPEC §)/);
      if (p.ref.includes('not in seeds')) expect(p.notInSeeds, key).toBe(true);
    }
    expect(lookupParameter(DEFAULT_PARAMETERS, '000000', 'township_review_working_days', '2026-06-01')).toMatchObject({ value: 5, ref: '001 §五(二)' });
    expect(lookupParameter(DEFAULT_PARAMETERS, '000000', 'county_decision_working_days', '2026-06-01')).toMatchObject({ value: 5, ref: '001 §五(三)' });
  });
});

describe('GB/T 2260 codes: 2-digit province, 4-digit city, 6-digit county, 9-digit township; CN national', () => {
  it('canonical forms', () => {
    expect(canonicalRegion('33')).toBe('330000');
    expect(canonicalRegion('3303')).toBe('330300');
    expect(canonicalRegion('330302')).toBe('330302');
    expect(canonicalRegion('330302001')).toBe('330302001');
    expect(canonicalRegion('CN')).toBe('000000');
    expect(canonicalRegion('cn')).toBe('000000');
    for (const bad of ['3', '333', '33030', '3303020', 'ZJ', '33-03']) expect(() => canonicalRegion(bad), bad).toThrow(RangeError);
  });

  it('rows may be keyed by short codes and CN; lookups by any form find them', () => {
    const t: ParameterTable = [
      { region: 'CN', key: 'temporary_aid_max_fen', value: 1, effectiveFrom: '2022-01-01', ref: 'national' },
      { region: '33', key: 'temporary_aid_max_fen', value: 2, effectiveFrom: '2022-01-01', ref: 'Zhejiang' },
      { region: '3303', key: 'temporary_aid_max_fen', value: 3, effectiveFrom: '2022-01-01', ref: 'Wenzhou' },
    ];
    const at = (region: string) => lookupParameter(t, region, 'temporary_aid_max_fen', '2026-01-01');
    expect(at('330302001')).toMatchObject({ value: 3, region: '330300' });
    expect(at('330102')).toMatchObject({ value: 2, region: '330000' });
    expect(at('33')).toMatchObject({ value: 2, region: '330000' });
    expect(at('11')).toMatchObject({ value: 1, region: '000000' });
    expect(at('CN')).toMatchObject({ value: 1, region: '000000' });
    expect(regionChain('3303')).toEqual(['330300', '330000', '000000']);
    expect(regionChain('33')).toEqual(['330000', '000000']);
  });

  it('two rows of one region, key and date: the later one in the table wins (an override appended after the defaults)', () => {
    const t: ParameterTable = [...DEFAULT_PARAMETERS, { region: '000000', key: 'rounding', value: 'half_even', effectiveFrom: '2021-01-01', ref: 'ops override' }];
    expect(lookupParameter(t, '330302', 'rounding', '2026-01-01')).toMatchObject({ value: 'half_even', ref: 'ops override' });
  });

  it('refuses a date that is not YYYY-MM-DD (string comparison would silently misorder it)', () => {
    expect(() => lookupParameter(DEFAULT_PARAMETERS, '330302', 'rounding', '2026-1-1')).toThrow(/not a date/);
  });
});

describe('the bundled defaults (SPEC §2–3, 001, 004): every number the documents fix or leave open', () => {
  const ON = '2026-06-01';
  it.each([
    ['living_supplement_min_rate', '0.10', '001 §四(一)', false],
    ['living_supplement_includes_dibao_edge', false, '001 §四(一)', false],
    ['medical_aid_rate', '0.50', '001 §四(二)', false],
    ['medical_aid_cap_rate', '0.50', '001 §四(二)', false],
    ['employment_subsidy_rate', '2/3', '001 §四(五)', false],
    ['employment_subsidy_max_months', 36, '001 §四(五)', false],
    ['employment_subsidy_retirement_window_years', 5, '001 §四(五)', false],
    ['employment_subsidy_extends_to_retirement', true, '001 §四(五)', false],
    ['retiree_medical_band1_threshold_fen', 5_000_000, '004 §20', false],
    ['retiree_medical_band1_rate', '0.70', '004 §20', false],
    ['retiree_medical_band2_threshold_fen', 10_000_000, '004 §20', false],
    ['retiree_medical_band2_rate', '0.50', '004 §20', false],
    ['retiree_medical_cap_fen', 10_000_000, '004 §20', false],
    ['township_review_working_days', 5, '001 §五(二)', false],
    ['county_decision_working_days', 5, '001 §五(三)', false],
    ['publication_working_days', 5, 'SPEC §2.5 (not in seeds)', true],
    ['appeal_filing_days', 60, 'SPEC §2.4 (not in seeds)', true],
    ['appeal_decision_working_days', 10, 'SPEC §2.4 (not in seeds)', true],
    ['reminder_working_days_before', 1, 'SPEC §2 reminder (not in seeds)', true],
    ['temporary_aid_max_fen', 1_000_000, '001 §四(六) (amount not in seeds)', true],
    ['emergency_aid_max_fen', 1_000_000, '001 §五 紧急情况 (amount not in seeds)', true],
    ['medical_aid_cap_period', 'calendar_year', '001 §四(二) 一个医保年度 (its dates not in seeds)', true],
    ['retiree_medical_cap_period', 'calendar_year', '004 §20 (no period stated; not in seeds)', true],
    ['referral_outcome_working_days', 20, '001 §五 按现行规定程序及渠道办理 (deadline not in seeds)', true],
    ['living_supplement_rate', '0.10', '001 §四(一)', false],
    ['rounding', 'half_up', 'SPEC §3 (not in seeds)', true],
    ['jurisdiction_basis', 'either', '000 §3', false],
    ['retired_cadre_intake_first_month', 2, '004 §5', false],
    ['retired_cadre_intake_last_month', 10, '004 §5', false],
    ['retired_cadre_travel_approval_working_days', 10, '004 §15', false],
    ['retired_cadre_lost_contact_suspend_months', 6, '004 §15', false],
  ])('%s = %j (%s)', (key, value, ref, notInSeeds) => {
    const p = lookupParameter(DEFAULT_PARAMETERS, '330302001', key, ON);
    expect(p).toMatchObject({ value, ref, region: '000000' });
    expect(p.notInSeeds === true).toBe(notInSeeds);
  });

  it('every default key has a declared type, every default value is valid for it, and every declared key has a default except the regional-only ones', () => {
    // Issue 12 row 2: dibao_standard_fen and last year's per-capita consumption are local (001 §四 当地…):
    // no national default, ops load them per region.
    expect(new Set(DEFAULT_PARAMETERS.map((p) => p.key))).toEqual(new Set(PARAMETER_KEYS.filter((k) => !(REGIONAL_ONLY_KEYS as readonly string[]).includes(k))));
    for (const k of REGIONAL_ONLY_KEYS) expect(DEFAULT_PARAMETERS.some((p) => p.key === k), k).toBe(false);
    expect(Object.keys(PARAMETER_TYPES).sort()).toEqual([...PARAMETER_KEYS].sort());
    for (const p of DEFAULT_PARAMETERS) expect(parameterValueProblem(p.key, p.value), `${p.key}=${String(p.value)}`).toBeNull();
  });

  it('parameterValueProblem: ops can set only values of the key’s type', () => {
    expect(parameterValueProblem('jurisdiction_basis', 'resident')).toBeNull();
    expect(parameterValueProblem('jurisdiction_basis', 'registered')).toBeNull();
    expect(parameterValueProblem('jurisdiction_basis', 'anywhere')).toMatch(/registered, resident, either/);
    expect(parameterValueProblem('living_supplement_min_rate', '0.12')).toBeNull();
    expect(parameterValueProblem('living_supplement_min_rate', 0.12)).toMatch(/decimal/);
    expect(parameterValueProblem('employment_subsidy_rate', '2/3')).toBeNull();
    expect(parameterValueProblem('rounding', 'down')).toBeNull();
    expect(parameterValueProblem('rounding', 'bankers')).toMatch(/half_up/);
    expect(parameterValueProblem('temporary_aid_max_fen', -1)).toMatch(/fen/);
    expect(parameterValueProblem('temporary_aid_max_fen', 1.5)).toMatch(/fen/);
    expect(parameterValueProblem('publication_working_days', 367)).toMatch(/working days/);
    expect(parameterValueProblem('retired_cadre_intake_last_month', 13)).toMatch(/month of year/);
    expect(parameterValueProblem('living_supplement_includes_dibao_edge', 'yes')).toMatch(/true or false/);
    expect(parameterValueProblem('no_such_key', 1)).toMatch(/unknown parameter/);
  });
});

describe('every money parameter names its rounding (issue 12 row 1; SPEC §3 corrected)', () => {
  it('each rate or fen key has a MONEY_RULES entry: a floor (不低于) rounds up, a cap (封顶/最高限额) rounds down', () => {
    for (const [key, t] of Object.entries(PARAMETER_TYPES)) {
      if (t.type !== 'rate' && t.type !== 'fen') continue;
      const rule = MONEY_RULES[key];
      expect(rule, key).toBeDefined();
      if (rule!.bound === 'floor') expect(rule!.rounding, key).toBe('up');
      if (rule!.bound === 'cap') expect(rule!.rounding, key).toBe('down');
    }
    expect(MONEY_RULES.living_supplement_min_rate).toMatchObject({ bound: 'floor', rounding: 'up', ref: '001 §四(一)' });
    expect(MONEY_RULES.medical_aid_cap_rate).toMatchObject({ bound: 'cap', rounding: 'down', ref: '001 §四(二)' });
    expect(MONEY_RULES.retiree_medical_cap_fen).toMatchObject({ bound: 'cap', rounding: 'down', ref: '004 §20' });
    expect(MONEY_RULES.emergency_aid_max_fen).toMatchObject({ bound: 'cap', rounding: 'down' });
  });

  it('a regional-only key without a row: findParameter → null, and the message names key and region', () => {
    expect(findParameter(DEFAULT_PARAMETERS, '330302', 'dibao_standard_fen', '2026-06-01')).toBeNull();
    expect(missingParameterMessage('dibao_standard_fen', '330302')).toBe('missing parameter dibao_standard_fen for region 330302');
  });
});
