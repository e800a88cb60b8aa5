/**
 * Intake checks that need the region's parameters (issue 12 rows 2, 4, 6): pure functions of the
 * application and the parameter table the caller loaded (activities/policy.ts). The API answers 422
 * with these problems (the body itself was valid; the region's policy cannot serve it yet).
 *
 * Pure API:
 * - intakePolicyProblems(application, table) → IntakeProblem[] ([] when the case may start):
 *   · a regional parameter the matter needs and the region lacks (no national default):
 *     {path: 'county', parameter: 'dibao_standard_fen', message: 'missing parameter dibao_standard_fen
 *     for region 330302'} (001 §四(一) 当地最低生活保障标准);
 *   · a 低边 applicant for the living supplement where the region has not opted in (001 §四(一));
 *   · an emergency amount above the ceiling: {path: 'emergency.amountFen'} (001 §五 先行帮扶援助).
 * - emergencyCeiling(matter, table, region, onDate) → {maxFen, steps}: the regional
 *   `emergency_aid_max_fen`, and no more than the matter's own maximum (temporary_aid_max_fen,
 *   retiree_medical_cap_fen, the medical-aid yearly cap): the emergency payment counts toward every cap
 *   of its matter. Per-person room from recorded payments is rules/caps.ts capRoom (the caller's).
 * - perPersonCap(matter, table, region, onDate) → {capFen, period, steps, ref} | null: the per-person cap
 *   of a matter and its period parameter (medical aid: 50% of last year's per-capita consumption, rounded
 *   down, per medical_aid_cap_period, 001 §四(二); retired-cadre medical: retiree_medical_cap_fen per
 *   retiree_medical_cap_period, 004 §20); null for a matter without one (issue 12 row 8).
 */
import { applyRate, parseRate } from './decimal.js';
import { MATTER_CATALOGUE, matterCoversApplicant, type MatterKey } from './matters.js';
import { canonicalRegion, findParameter, missingParameterMessage, type ParameterTable } from './parameters.js';

export interface IntakeApplication {
  matter: MatterKey;
  county: string;
  /** The date of receipt (Asia/Shanghai) whose parameters apply. */
  onDate: string;
  applicant: { category: string; householdStatus?: string; receivesPeriodicPension?: boolean };
  benefit?: { householdStatus?: unknown };
  emergency?: { amountFen: number };
}

export interface IntakeProblem {
  path: string;
  message: string;
  /** The parameter concerned, when one is missing or binding. */
  parameter?: string;
  ref: string;
}

const num = (table: ParameterTable, region: string, key: string, onDate: string): number | null => {
  const p = findParameter(table, region, key, onDate);
  return p && typeof p.value === 'number' ? p.value : null;
};

/** The most an emergency payment of this matter may be: the regional ceiling and the matter's own maximum. */
export function emergencyCeiling(matter: MatterKey, table: ParameterTable, region: string, onDate: string): { maxFen: number | null; steps: string[]; parameters: string[] } {
  const steps: string[] = [];
  const parameters: string[] = [];
  let max: number | null = null;
  const take = (key: string, v: number | null, why: string) => {
    if (v === null) return;
    parameters.push(key);
    steps.push(`${key} = ${v} fen (${why})`);
    max = max === null ? v : Math.min(max, v);
  };
  take('emergency_aid_max_fen', num(table, region, 'emergency_aid_max_fen', onDate), '001 §五 先行帮扶援助, regional maximum');
  if (matter === 'temporary_aid') take('temporary_aid_max_fen', num(table, region, 'temporary_aid_max_fen', onDate), '001 §四(六)');
  if (matter === 'retiree_medical') take('retiree_medical_cap_fen', num(table, region, 'retiree_medical_cap_fen', onDate), '004 §20');
  if (matter === 'medical_aid') {
    const c = num(table, region, 'prev_year_per_capita_consumption_fen', onDate);
    const r = findParameter(table, region, 'medical_aid_cap_rate', onDate);
    if (c !== null && r) take('medical_aid_cap_rate', applyRate(c, parseRate(String(r.value)), 'down'), '001 §四(二) 封顶线, rounded down');
  }
  return { maxFen: max, steps, parameters };
}

/** What the region's policy says about this application before the case starts ([] = it may start). */
export function intakePolicyProblems(app: IntakeApplication, table: ParameterTable): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  const region = canonicalRegion(app.county);
  const def = MATTER_CATALOGUE[app.matter];
  for (const key of def.regionalParameters) {
    if (!findParameter(table, region, key, app.onDate)) {
      problems.push({ path: 'county', parameter: key, message: missingParameterMessage(key, region), ref: def.coverageRef });
    }
  }
  for (const p of matterCoversApplicant(app.matter, app.applicant, app.benefit, { table, region, onDate: app.onDate })) {
    const optIn = def.optInStatuses && p.message.includes(def.optInStatuses.parameter) ? { parameter: def.optInStatuses.parameter } : {};
    problems.push({ path: p.path, message: p.message, ref: p.ref, ...optIn });
  }
  if (app.emergency) {
    const c = emergencyCeiling(app.matter, table, region, app.onDate);
    if (c.maxFen !== null && app.emergency.amountFen > c.maxFen) {
      problems.push({
        path: 'emergency.amountFen',
        parameter: c.parameters.join(', '),
        message: `the emergency amount ${app.emergency.amountFen} fen is above the maximum ${c.maxFen} fen for ${app.matter} in region ${region} (${c.steps.join('; ')}); it counts toward every cap of its matter`,
        ref: '001 §五 紧急情况时…先行帮扶援助',
      });
    }
  }
  return problems;
}

export interface PerPersonCap {
  capFen: number;
  /** The cap-period parameter's value (calendar_year or year_from_MM). */
  period: string;
  steps: string[];
  ref: string;
}

const value = (table: ParameterTable, region: string, key: string, onDate: string) => findParameter(table, region, key, onDate)?.value;

/** The per-person cap of a matter in the region on onDate, or null (no cap, or a parameter missing). */
export function perPersonCap(matter: string, table: ParameterTable, region: string, onDate: string): PerPersonCap | null {
  const r = canonicalRegion(region);
  if (matter === 'medical_aid') {
    const consumption = value(table, r, 'prev_year_per_capita_consumption_fen', onDate);
    const rate = value(table, r, 'medical_aid_cap_rate', onDate);
    if (typeof consumption !== 'number' || rate === undefined) return null;
    const capFen = applyRate(consumption, parseRate(String(rate)), 'down');
    return {
      capFen,
      period: String(value(table, r, 'medical_aid_cap_period', onDate) ?? 'calendar_year'),
      steps: [`封顶线: ${consumption} fen × ${String(rate)} = ${capFen} fen, rounded down`],
      ref: '001 §四(二) 一个医保年度内…封顶线',
    };
  }
  if (matter === 'retiree_medical') {
    const capFen = value(table, r, 'retiree_medical_cap_fen', onDate);
    if (typeof capFen !== 'number') return null;
    return { capFen, period: String(value(table, r, 'retiree_medical_cap_period', onDate) ?? 'calendar_year'), steps: [`最高限额 ${capFen} fen`], ref: '004 §20 补助最高限额' };
  }
  return null;
}
