/**
 * Dated regional parameters (SPEC preamble: "stored per region with an effective date"): lookup walks
 * township (9 digits) → county (6) → city → province → national 000000, and takes the latest row in force.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS, lookupParameter, PARAMETER_KEYS, regionChain, type ParameterTable } from '../../rules/index.js';

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
    for (const key of PARAMETER_KEYS) {
      const p = lookupParameter(DEFAULT_PARAMETERS, '330302001', key, '2026-06-01');
      expect(p.ref, key).toMatch(/^(00[0-4] §|SPEC §)/);
      if (p.ref.includes('not in seeds')) expect(p.notInSeeds, key).toBe(true);
    }
    expect(lookupParameter(DEFAULT_PARAMETERS, '000000', 'township_review_working_days', '2026-06-01')).toMatchObject({ value: 5, ref: '001 §五(二)' });
    expect(lookupParameter(DEFAULT_PARAMETERS, '000000', 'county_decision_working_days', '2026-06-01')).toMatchObject({ value: 5, ref: '001 §五(三)' });
  });
});
