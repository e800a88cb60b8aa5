/**
 * Which duty is due when, as pure functions over dates and parameters (the activities read the
 * database and the policy; these decide).
 * - Annual review of every recurring payment: 001 §六(二) 动态调整; 001 §四(一) 动态更新.
 * - Roll comparison: 003 §九 定期比对; 000 §4; who left 低保, who is newly on a roll (主动发现).
 * - Visits: 000 §5 (日常走访; 老弱病残、鳏寡孤独 经常性上门走访), 003 §五 (elderly living alone), 003 §八
 *   (routine visits), 000 §10 (after a sudden illness, accident or disaster), 000 §9 (before the
 *   autumn term, households with students).
 */
/** The audit chain of a county's (or region's) duties: like `_system`, no case id can take this form. */
export const countyChainId = (region: string): string => `_county-${region}`;

/** Adds whole months to a date; the 31st becomes the month's last day (2026-01-31 + 1 = 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The n-th annual review of a payment approved on `approvedOn` falls due on approval + n × interval. */
export function annualReviewDue(approvedOn: string, intervalMonths: number, today: string, alreadyOpened: number): { due: boolean; cycle: number; dueOn: string } {
  const cycle = alreadyOpened + 1;
  const dueOn = addMonths(approvedOn, intervalMonths * cycle);
  return { due: dueOn <= today, cycle, dueOn };
}

export const REVIEW_OUTCOMES = ['continue', 'adjust', 'stop'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REFERRAL_OUTCOMES = ['accepted', 'refused', 'pending'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/**
 * The outcome an official gave: explicit (`outcome`, or an evidence item `{ref: 'outcome', outcome}`
 * — evidence objects pass through the generic task completion unchanged), else from the decision:
 * approve = continue (a review) / accepted (a referral), reject = stop / refused.
 */
export function outcomeOf<T extends string>(allowed: readonly T[], input: { decision: string; outcome?: unknown; evidence?: unknown }, onApprove: T, onReject: T): T | null {
  let o = input.outcome;
  if (o === undefined && Array.isArray(input.evidence)) {
    const e = input.evidence.find((x) => typeof x === 'object' && x !== null && (x as { ref?: unknown }).ref === 'outcome') as { outcome?: unknown } | undefined;
    o = e?.outcome;
  }
  if (o === undefined) return input.decision === 'approve' ? onApprove : input.decision === 'reject' ? onReject : null;
  return (allowed as readonly unknown[]).includes(o) ? (o as T) : null;
}

/** Extra structured fields given with an outcome (e.g. `benefit` for an adjustment, `amountFen`, `on`). */
export function outcomeDetails(input: { evidence?: unknown } & Record<string, unknown>): Record<string, unknown> {
  const fromEvidence = Array.isArray(input.evidence)
    ? ((input.evidence.find((x) => typeof x === 'object' && x !== null && (x as { ref?: unknown }).ref === 'outcome') as Record<string, unknown> | undefined) ?? {})
    : {};
  return { ...fromEvidence, ...input };
}

// ---------- roll comparison ----------

export interface RollPresence {
  status: 'active' | 'exited';
}

/**
 * For a person with an open living supplement (which needs a 低保 family, 001 §四(一)): did the new
 * 低保 roll show them leaving? Absent from the roll, or listed as exited.
 */
export function leftDibao(onRoll: RollPresence | undefined): boolean {
  return !onRoll || onRoll.status === 'exited';
}

/** A known veteran is newly on a roll when active now and not active on the previous roll of that kind. */
export function newlyOnRoll(now: RollPresence | undefined, before: RollPresence | undefined): boolean {
  return now?.status === 'active' && before?.status !== 'active';
}

// ---------- visits ----------

export const SPECIAL_GROUPS = ['elderly', 'seriously_ill', 'disabled', 'widowed', 'childless', 'living_alone'] as const;
export type SpecialGroup = (typeof SPECIAL_GROUPS)[number];

export interface Household {
  birthDate?: string | null;
  specialGroups?: readonly string[];
  studentsInHousehold?: number;
  /** The day of the last recorded (or planned) routine/special visit, if any. */
  lastVisitOn?: string | null;
  /** When the household's file was opened (routine visits count from there when never visited). */
  knownSince: string;
}

export interface VisitParams {
  routineMonths: number;
  specialMonths: number;
  elderlyAge: number;
  autumnTermMonth: number;
}

/** Age in whole years on `today`. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The groups that shorten the interval (000 §5 老弱病残、鳏寡孤独; 003 §五 独居、空巢 elderly). */
export function specialGroupsOf(h: Household, today: string, elderlyAge: number): string[] {
  const g = new Set((h.specialGroups ?? []).filter((x) => (SPECIAL_GROUPS as readonly string[]).includes(x)));
  if (h.birthDate && ageOn(h.birthDate, today) >= elderlyAge) g.add('elderly');
  return [...g].sort();
}

/** Whether a routine (or, for the special groups, frequent) visit is due on `today`, and why. */
export function routineVisitDue(h: Household, today: string, p: VisitParams): { due: boolean; reason: 'routine' | 'special'; dueOn: string; groups: string[]; ref: string } {
  const groups = specialGroupsOf(h, today, p.elderlyAge);
  const special = groups.length > 0;
  const months = special ? p.specialMonths : p.routineMonths;
  const dueOn = addMonths(h.lastVisitOn ?? h.knownSince, months);
  return { due: dueOn <= today, reason: special ? 'special' : 'routine', dueOn, groups, ref: special ? '000 §5 经常性上门走访; 003 §五' : '000 §5 日常走访; 003 §八' };
}

/** Households with students are all visited in the autumn-term month (000 §9), once a year. */
export function autumnTermVisitDue(h: Household, today: string, p: VisitParams): boolean {
  return (h.studentsInHousehold ?? 0) > 0 && Number(today.slice(5, 7)) === p.autumnTermMonth;
}

/** A key for "this visit, this period": opening it twice is a no-op. */
export function visitPeriodKey(reason: string, today: string, dueOn: string): string {
  return reason === 'autumn_term' ? `autumn-${today.slice(0, 4)}` : reason === 'emergency' ? 'emergency' : `${reason}-${dueOn}`;
}
