/**
 * Dated regional policy parameters (in the manner of OpenFisca): every number the documents fix or
 * leave open is data with a region, an effective date and its legal reference, never a literal in
 * code. Regions are GB/T 2260 codes, looked up upward: township (9 digits) → county (6) → city
 * (4 + "00") → province (2 + "0000") → national default "000000".
 * Items marked notInSeeds are Bangfu's defaults where the documents are silent (SPEC.md).
 */
export type ParameterValue = string | number | boolean;

export interface ParameterRow {
  region: string;
  key: string;
  value: ParameterValue;
  effectiveFrom: string;
  ref: string;
  notInSeeds?: boolean;
}
export type ParameterTable = readonly ParameterRow[];

export interface ResolvedParameter {
  key: string;
  value: ParameterValue;
  region: string;
  effectiveFrom: string;
  ref: string;
  notInSeeds?: boolean;
}

export const NATIONAL = '000000';
const FROM = '2022-01-01'; // 001 in force

export const DEFAULT_PARAMETERS: ParameterTable = [
  // Process deadlines (001 §五)
  { region: NATIONAL, key: 'township_review_working_days', value: 5, effectiveFrom: FROM, ref: '001 §五(二)' },
  { region: NATIONAL, key: 'county_decision_working_days', value: 5, effectiveFrom: FROM, ref: '001 §五(三)' },
  { region: NATIONAL, key: 'publication_working_days', value: 5, effectiveFrom: FROM, ref: 'SPEC §2.5 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'appeal_filing_days', value: 60, effectiveFrom: FROM, ref: 'SPEC §2.4 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'appeal_decision_working_days', value: 10, effectiveFrom: FROM, ref: 'SPEC §2.4 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'reminder_working_days_before', value: 1, effectiveFrom: FROM, ref: 'SPEC §2 reminder (not in seeds)', notInSeeds: true },
  // Jurisdiction: 001 §三 requires local 户籍; 000 §3 (national, later, prevails per 000 §17) moves
  // services to the place of habitual residence. Default: resident (either also configurable).
  { region: NATIONAL, key: 'jurisdiction_basis', value: 'resident', effectiveFrom: '2025-01-20', ref: '000 §3' },
  { region: NATIONAL, key: 'jurisdiction_basis', value: 'registered', effectiveFrom: FROM, ref: '001 §三' },
  // Benefits (001 §四, 004 §20)
  { region: NATIONAL, key: 'living_supplement_min_rate', value: '0.10', effectiveFrom: FROM, ref: '001 §四(一)' },
  { region: NATIONAL, key: 'living_supplement_includes_dibao_edge', value: false, effectiveFrom: FROM, ref: '001 §四(一)' },
  { region: NATIONAL, key: 'medical_aid_rate', value: '0.50', effectiveFrom: FROM, ref: '001 §四(二)' },
  { region: NATIONAL, key: 'medical_aid_cap_rate', value: '0.50', effectiveFrom: FROM, ref: '001 §四(二)' },
  { region: NATIONAL, key: 'employment_subsidy_rate', value: '2/3', effectiveFrom: FROM, ref: '001 §四(五)' },
  { region: NATIONAL, key: 'employment_subsidy_max_months', value: 36, effectiveFrom: FROM, ref: '001 §四(五)' },
  { region: NATIONAL, key: 'employment_subsidy_retirement_window_years', value: 5, effectiveFrom: FROM, ref: '001 §四(五)' },
  { region: NATIONAL, key: 'temporary_aid_max_fen', value: 1_000_000, effectiveFrom: FROM, ref: '001 §四(六) (amount not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'retiree_medical_band1_threshold_fen', value: 5_000_000, effectiveFrom: '2021-01-01', ref: '004 §20' },
  { region: NATIONAL, key: 'retiree_medical_band1_rate', value: '0.70', effectiveFrom: '2021-01-01', ref: '004 §20' },
  { region: NATIONAL, key: 'retiree_medical_band2_threshold_fen', value: 10_000_000, effectiveFrom: '2021-01-01', ref: '004 §20' },
  { region: NATIONAL, key: 'retiree_medical_band2_rate', value: '0.50', effectiveFrom: '2021-01-01', ref: '004 §20' },
  { region: NATIONAL, key: 'retiree_medical_cap_fen', value: 10_000_000, effectiveFrom: '2021-01-01', ref: '004 §20' },
  // From 2021, like the 004 §20 bands: every calculator's rows must be in force whenever its own are.
  { region: NATIONAL, key: 'rounding', value: 'half_up', effectiveFrom: '2021-01-01', ref: 'SPEC §3 (not in seeds)', notInSeeds: true },
];

/** The region and its ancestors, most specific first. */
export function regionChain(region: string): string[] {
  const chain: string[] = [];
  const push = (c: string) => {
    if (!chain.includes(c)) chain.push(c);
  };
  if (/^\d{9,12}$/.test(region)) push(region);
  if (/^\d{6,}$/.test(region)) {
    push(region.slice(0, 6));
    push(region.slice(0, 4) + '00');
    push(region.slice(0, 2) + '0000');
  }
  push(NATIONAL);
  return chain;
}

/** The value of `key` for `region` on `onDate`: the latest effective row of the nearest region. */
export function lookupParameter(table: ParameterTable, region: string, key: string, onDate: string): ResolvedParameter {
  for (const r of regionChain(region)) {
    let best: ParameterRow | null = null;
    for (const row of table) {
      if (row.key !== key || row.region !== r || row.effectiveFrom > onDate) continue;
      if (!best || row.effectiveFrom >= best.effectiveFrom) best = row;
    }
    if (best) return { key, value: best.value, region: best.region, effectiveFrom: best.effectiveFrom, ref: best.ref, ...(best.notInSeeds ? { notInSeeds: true } : {}) };
  }
  throw new RangeError(`no parameter ${key} for region ${region} on ${onDate}`);
}

export const PARAMETER_KEYS = [...new Set(DEFAULT_PARAMETERS.map((p) => p.key))];
