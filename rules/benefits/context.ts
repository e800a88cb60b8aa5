/**
 * What every calculator shares: the parameters it looked up (for the breakdown), the rounding mode,
 * input checks that name the bad field, and the result with its breakdown (SPEC §3: inputs, parameters
 * with their effective dates, steps, rounding — enough for an auditor to recompute by hand).
 */
import { parseRate, roundingFor, ROUNDING_MODES, yuan, type Rate, type RoundingMode } from '../decimal.js';
import { MONEY_RULES, REGIONAL_ONLY_KEYS } from '../parameter-defaults.js';
import { RuleInputError } from '../errors.js';
import { isRealDate } from '../dates.js';
import { canonicalRegion, findParameter, lookupParameter, missingParameterMessage, NATIONAL, type ParameterTable, type ResolvedParameter } from '../parameters.js';

export const BENEFIT_KINDS = ['living-supplement', 'medical-aid', 'employment-subsidy', 'retiree-medical', 'temporary-aid'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export interface Breakdown {
  kind: BenefitKind;
  inputs: Record<string, unknown>;
  parameters: ResolvedParameter[];
  steps: string[];
  rounding: { mode: RoundingMode; ref: string };
  amountFen: number;
  refs: string[];
  /** Why the amount is 0 when a condition is not met. */
  reason?: string;
}

export interface BenefitResult {
  amountFen: number;
  breakdown: Breakdown;
  refs: string[];
}

/** Where and when: region (default national) and the date whose parameters apply. */
export interface Where {
  region?: string;
  onDate?: string;
}

export class Ctx {
  readonly params: ResolvedParameter[] = [];
  /** The rounding applied to the amount, when a rule's words fix it (a floor: up); else the regional mode. */
  private applied: { mode: RoundingMode; ref: string } | undefined;
  readonly region: string;
  readonly onDate: string;

  constructor(
    readonly kind: BenefitKind,
    readonly table: ParameterTable,
    where: Where,
    today: string | undefined,
  ) {
    try {
      this.region = canonicalRegion(where.region ?? NATIONAL);
    } catch (e) {
      throw new RuleInputError('region', (e as Error).message);
    }
    const onDate = where.onDate ?? today;
    if (!onDate) throw new RuleInputError('onDate', 'the date whose parameters apply is required');
    if (!isRealDate(onDate)) throw new RuleInputError('onDate', `${String(onDate)}: expected a real date YYYY-MM-DD`);
    this.onDate = onDate;
  }

  param(key: string): ResolvedParameter {
    let p: ResolvedParameter;
    try {
      p = lookupParameter(this.table, this.region, key, this.onDate);
    } catch (e) {
      // The key exists, only from a later date: the rule was not in force then (a bad input, not a fault).
      if (e instanceof RangeError && this.table.some((row) => row.key === key)) {
        throw new RuleInputError('onDate', `${this.onDate} is before ${key} is in force (region ${this.region})`);
      }
      throw e;
    }
    if (!this.params.some((x) => x.key === key)) this.params.push(p);
    return p;
  }

  /**
   * A regional-only parameter (e.g. dibao_standard_fen): its value, or a RuleInputError on `path`
   * saying "missing parameter <key> for region <region>" (there is no national default to fall to).
   */
  regional(key: (typeof REGIONAL_ONLY_KEYS)[number], path: string): number {
    const p = findParameter(this.table, this.region, key, this.onDate);
    if (!p) throw new RuleInputError(path, missingParameterMessage(key, this.region, this.onDate));
    if (!this.params.some((x) => x.key === key)) this.params.push(p);
    if (typeof p.value !== 'number' || !Number.isSafeInteger(p.value) || p.value < 0) throw new Error(`parameter ${key}=${String(p.value)} is not a whole number of fen`);
    return p.value;
  }

  /**
   * The rounding of an amount derived from money parameter `key` (MONEY_RULES): a floor rounds up, a
   * cap down, a plain amount by the regional `rounding`. Recorded as the breakdown's rounding.
   */
  roundingOf(key: string): { mode: RoundingMode; ref: string } {
    const rule = MONEY_RULES[key];
    const regional = this.rounding();
    if (!rule || rule.rounding === 'regional' || rule.rounding === 'exact') return (this.applied = regional);
    const mode = roundingFor(rule.bound as 'floor' | 'cap', regional.mode);
    return (this.applied = { mode, ref: `${rule.ref} ${rule.bound === 'floor' ? '不低于: a floor rounds up to the fen' : 'a cap rounds down to the fen'}` });
  }

  rate(key: string): Rate {
    return parseRate(String(this.param(key).value));
  }

  int(key: string): number {
    const v = this.param(key).value;
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new Error(`parameter ${key}=${String(v)} is not a whole number`);
    return v;
  }

  rounding(): { mode: RoundingMode; ref: string } {
    const p = this.param('rounding');
    const mode = String(p.value) as RoundingMode;
    if (!ROUNDING_MODES.includes(mode)) throw new Error(`parameter rounding=${mode} is not a rounding mode`);
    return { mode, ref: p.ref };
  }

  /** The result: the amount, checked, with its breakdown. */
  done(inputs: object, steps: string[], amountFen: number, refs: string[], reason?: string): BenefitResult {
    const rounding = this.applied ?? this.rounding();
    if (!Number.isSafeInteger(amountFen) || amountFen < 0) throw new Error(`${this.kind}: computed an invalid amount ${amountFen}`);
    steps.push(`amount ${amountFen} fen (${yuan(amountFen)} yuan)`);
    const breakdown: Breakdown = { kind: this.kind, inputs: { ...inputs }, parameters: this.params, steps, rounding, amountFen, refs, ...(reason ? { reason } : {}) };
    return { amountFen, refs, breakdown };
  }
}

/** A non-negative whole number of fen, or a RuleInputError naming the field. */
export function fen(path: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new RuleInputError(path, 'expected a non-negative whole number of fen');
  return v;
}
