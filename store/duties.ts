/**
 * Reads the standing duties plan from (issue 13): which recurring payments are running and since when,
 * which referrals are waiting for the other department's answer, which households the stations visit,
 * which tasks already exist (a duty opens each task once: its id is its key).
 */
import type { Db } from './db.js';

/** The ids among `ids` that already have a task row. */
export async function existingTaskIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.task.findMany({ where: { id: { in: ids } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

export interface RecurringCase {
  caseId: string;
  matter: string;
  county: string;
  township: string;
  /** When the county approved (the county_decision task's completion). */
  approvedAt: Date;
  /** Annual reviews already opened on the case. */
  reviews: number;
}

/**
 * Recurring payments that keep running: living supplements being paid (001 §四(一)) and employment
 * subsidies (001 §四(五), paid monthly for up to 36 months) — open, approved cases.
 */
export async function recurringCases(db: Db): Promise<RecurringCase[]> {
  return db.$queryRaw<RecurringCase[]>`
    select c.id as "caseId", c.matter, c.county, c.township, d.completed_at as "approvedAt",
      (select count(*)::int from tasks r where r.case_id = c.id and r.type = 'annual_review') as reviews
    from cases c
    join tasks d on d.case_id = c.id and d.type = 'county_decision' and d.decision = 'approve' and d.completed_at is not null
    where c.open and c.status = 'paid' and c.matter in ('living_supplement', 'employment_subsidy')
    order by c.id`;
}

export interface ReferralCase {
  caseId: string;
  matter: string;
  county: string;
  township: string;
  closedAt: Date;
}

/** Cases closed by a referral to another department (001 §四(三)(四); 003 §七) without an outcome task. */
export async function referralsWithoutOutcome(db: Db): Promise<ReferralCase[]> {
  return db.$queryRaw<ReferralCase[]>`
    select c.id as "caseId", c.matter, c.county, c.township, c.closed_at as "closedAt"
    from cases c
    where c.matter in ('housing_referral', 'education_referral', 'funeral_referral') and not c.open and c.closed_at is not null
      and exists (select 1 from audit_events e where e.case_id = c.id and e.type = 'referred')
      and not exists (select 1 from tasks t where t.case_id = c.id and t.type = 'referral_outcome')
    order by c.id`;
}

export interface HouseholdRow {
  caseId: string;
  personKey: string;
  county: string;
  township: string;
  matter: string;
  open: boolean;
  receivedAt: Date;
  emergency: boolean;
  /** The applicant as stored (sealed when PII encryption is on): the activity unseals it. */
  applicant: unknown;
  lastVisitOn: string | null;
}

/**
 * One row per household known to Bangfu (its person's latest case), with the day of its last routine
 * or special visit. Households whose latest case closed more than a year ago are no longer visited by
 * rule (their file is closed).
 */
export async function households(db: Db, since: Date): Promise<HouseholdRow[]> {
  return db.$queryRaw<HouseholdRow[]>`
    select distinct on (c.person_key) c.id as "caseId", c.person_key as "personKey", c.county, c.township, c.matter, c.open,
      c.received_at as "receivedAt", c.emergency is not null as emergency, c.applicant,
      (select max(v.due_date) from visits v where v.person_key = c.person_key and v.reason in ('routine', 'special')) as "lastVisitOn"
    from cases c
    where c.open or c.closed_at >= ${since}
    order by c.person_key, c.received_at desc`;
}

/** Emergency cases received since `since` with no emergency visit yet (000 §10). */
export async function emergencyCasesWithoutVisit(db: Db, since: Date): Promise<{ caseId: string; personKey: string; county: string; township: string; receivedAt: Date }[]> {
  return db.$queryRaw`
    select c.id as "caseId", c.person_key as "personKey", c.county, c.township, c.received_at as "receivedAt"
    from cases c
    where c.emergency is not null and c.received_at >= ${since}
      and not exists (select 1 from visits v where v.case_id = c.id and v.reason = 'emergency')
    order by c.received_at`;
}

/** Whether the person has an open case of the matter (一事一批: one open case per matter). */
export async function hasOpenMatter(db: Db, personKey: string, matter: string): Promise<boolean> {
  const row = await db.openMatter.findUnique({ where: { personKey_matter: { personKey, matter } }, select: { caseId: true } });
  return row !== null;
}

/** Whether a case with this id exists. */
export async function caseExists(db: Db, caseId: string): Promise<boolean> {
  return (await db.case.findUnique({ where: { id: caseId }, select: { id: true } })) !== null;
}

/** The stored applicant of a case (sealed or not) and where it is. */
export async function caseApplicant(db: Db, caseId: string): Promise<{ applicant: unknown; county: string; township: string; personKey: string } | null> {
  return db.case.findUnique({ where: { id: caseId }, select: { applicant: true, county: true, township: true, personKey: true } });
}
