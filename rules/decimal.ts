/**
 * Exact rates and money arithmetic. A rate is a rational number (bigint numerator/denominator) parsed
 * from a decimal string ("0.12") or a fraction ("2/3"); money is integer fen. Products are rounded once,
 * by a named rounding mode. No binary floats touch money.
 *
 * Which mode: the rule's own words (SPEC §3, corrected; NOTES.md "Rounding"). A floor ("不低于", at
 * least) rounds UP to the fen, so the floor holds; a cap ("封顶", "最高限额", "不超过") rounds DOWN, so the
 * cap holds; an amount that is neither (a plain share such as "50%给予", "三分之二的补贴") rounds by the
 * regional `rounding` parameter (default half up). `roundingFor(bound, mode)` is that rule; every
 * money parameter names its bound in parameter-defaults.ts (MONEY_BOUNDS).
 */
export interface Rate {
  num: bigint;
  den: bigint;
  /** The text it was parsed from, for breakdowns. */
  text: string;
}

export type RoundingMode = 'half_up' | 'half_even' | 'down' | 'up';
export const ROUNDING_MODES: RoundingMode[] = ['half_up', 'half_even', 'down', 'up'];

/** What a money rule is: a floor (不低于), a cap (封顶/最高限额/不超过), or a plain amount. */
export type Bound = 'floor' | 'cap' | 'amount';

/** The rounding a rule's words require: floor → up, cap → down, a plain amount → the regional mode. */
export function roundingFor(bound: Bound, regional: RoundingMode): RoundingMode {
  return bound === 'floor' ? 'up' : bound === 'cap' ? 'down' : regional;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const FRACTION = /^(\d+)\/(\d+)$/;

export function parseRate(text: string): Rate {
  const t = text.trim();
  const f = FRACTION.exec(t);
  if (f) {
    const den = BigInt(f[2]!);
    if (den === 0n) throw new RangeError(`rate ${text}: zero denominator`);
    return { num: BigInt(f[1]!), den, text: t };
  }
  const d = DECIMAL.exec(t);
  if (!d) throw new RangeError(`rate ${text}: expected a decimal such as "0.12" or a fraction such as "2/3"`);
  const frac = d[2] ?? '';
  return { num: BigInt(d[1]! + frac), den: 10n ** BigInt(frac.length), text: t };
}

export function compareRates(a: Rate, b: Rate): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Divides non-negative n by positive d, rounding by mode. */
export function divRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (n < 0n || d <= 0n) throw new RangeError('divRound expects n >= 0 and d > 0');
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return q + 1n;
    case 'half_up':
      return 2n * r >= d ? q + 1n : q;
    case 'half_even':
      return 2n * r > d || (2n * r === d && q % 2n === 1n) ? q + 1n : q;
  }
}

/** fen × rate, rounded once to whole fen. */
export function applyRate(fen: number, rate: Rate, mode: RoundingMode): number {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`amount ${fen} must be a non-negative whole number of fen`);
  return Number(divRound(BigInt(fen) * rate.num, rate.den, mode));
}

/** Formats fen as yuan with two decimals, for breakdown steps. */
export function yuan(fen: number): string {
  const neg = fen < 0;
  const a = Math.abs(fen);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
