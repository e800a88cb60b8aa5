/**
 * The daily sweeps' planning (issue 13): read the database (store/), decide with the pure rules
 * (rules/duties/plan.ts) and the parameters in force, and answer the duty tasks to open. Task ids are
 * keys (case + duty + cycle, household + visit period), so a sweep that runs twice opens nothing twice.
 */
import { shanghaiDate, addCalendarDays } from '../../rules/index.js';
import { annualReviewDue, autumnTermVisitDue, routineVisitDue, visitPeriodKey, type VisitParams } from '../../rules/duties/plan.js';
import { emergencyCasesWithoutVisit, existingTaskIds, households, recurringCases, referralsWithoutOutcome, type HouseholdRow } from '../../store/duties.js';
import { countiesWithOpenCases, countyChainId, rollsLastImported } from '../../store/rolls.js';
import { openMaybe } from '../../store/seal.js';
import { applyTransition } from '../../store/transition.js';
import type { Db } from '../../store/db.js';
import { SYSTEM_ACTOR, type Applicant } from '../../workflows/definitions.js';
import type { DutyTaskSpec } from '../../workflows/duties/messages.js';
import type { PolicyStore } from '../../store/policy.js';
import { addMonths } from '../../rules/duties/plan.js';

/** A short, stable tag for a household in task ids: a prefix of its keyed hash (never the ID number). */
export const personTag = (personKey: string): string => personKey.replace(/[^0-9a-zA-Z]/g, '').slice(0, 16);

export function planActivities(db: Db, policies: PolicyStore, payloadKey?: string) {
  const fresh = async (specs: DutyTaskSpec[]) => {
    const have = await existingTaskIds(db, specs.map((s) => s.taskId));
    return specs.filter((s) => !have.has(s.taskId));
  };
  const applicantOf = (h: HouseholdRow): Partial<Applicant> => (openMaybe<Applicant>(h.applicant, payloadKey ? [payloadKey] : [], h.caseId) ?? {}) as Partial<Applicant>;

  return {
    /** Annual review of every recurring payment a year (parameter) after approval (001 §六(二)). */
    async planAnnualReviews(req: { today: string }): Promise<DutyTaskSpec[]> {
      const policy = await policies.get();
      const specs: DutyTaskSpec[] = [];
      for (const c of await recurringCases(db)) {
        const months = Number(policy.param(c.county, 'annual_review_months', req.today).value);
        const d = annualReviewDue(shanghaiDate(c.approvedAt), months, req.today, c.reviews);
        if (!d.due) continue;
        specs.push({
          taskId: `${c.caseId}-annual_review-${d.cycle}`,
          type: 'annual_review',
          chainId: c.caseId,
          caseId: c.caseId,
          matter: c.matter,
          county: c.county,
          township: c.township,
          deadline: { paramKey: 'annual_review_working_days' },
          data: { matter: c.matter, cycle: d.cycle, dueOn: d.dueOn, approvedOn: shanghaiDate(c.approvedAt), outcomes: ['continue', 'adjust', 'stop'] },
          refs: ['001 §六(二)', '001 §四(一)'],
        });
      }
      return fresh(specs);
    },

    /** A referral_outcome task for each referral closed without one (000 §7–8; 001 §四(三)(四); 003 §二, §五, §七). */
    async planReferrals(_req: { today: string }): Promise<DutyTaskSpec[]> {
      const specs = (await referralsWithoutOutcome(db)).map((c): DutyTaskSpec => ({
        taskId: `${c.caseId}-referral_outcome-1`,
        type: 'referral_outcome',
        chainId: c.caseId,
        caseId: c.caseId,
        matter: c.matter,
        county: c.county,
        township: c.township,
        deadline: { paramKey: 'referral_outcome_working_days', from: shanghaiDate(c.closedAt) },
        data: { matter: c.matter, referredOn: shanghaiDate(c.closedAt), outcomes: ['accepted', 'refused', 'pending'] },
        refs: ['001 §四(三)(四)', '000 §8', '003 §七'],
      }));
      return fresh(specs);
    },

    /** Visits due by rule today: routine/special by interval, autumn term, after an emergency (000 §5, §9, §10; 003 §五, §八). */
    async planVisits(req: { today: string }): Promise<DutyTaskSpec[]> {
      const policy = await policies.get();
      const specs: DutyTaskSpec[] = [];
      const since = new Date(Date.parse(`${addMonths(req.today, -12)}T00:00:00+08:00`));
      for (const h of await households(db, since)) {
        const a = applicantOf(h);
        const p: VisitParams = {
          routineMonths: Number(policy.param(h.township, 'visit_routine_interval_months', req.today).value),
          specialMonths: Number(policy.param(h.township, 'visit_special_interval_months', req.today).value),
          elderlyAge: Number(policy.param(h.township, 'visit_elderly_age_years', req.today).value),
          autumnTermMonth: Number(policy.param(h.township, 'autumn_term_month', req.today).value),
        };
        const household = { birthDate: a.birthDate ?? null, specialGroups: a.specialGroups ?? [], studentsInHousehold: a.studentsInHousehold ?? 0, lastVisitOn: h.lastVisitOn, knownSince: shanghaiDate(h.receivedAt) };
        const base = { chainId: h.caseId, caseId: h.caseId, matter: h.matter, county: h.county, township: h.township };
        const r = routineVisitDue(household, req.today, p);
        if (r.due) {
          specs.push({ ...base, taskId: `V-${personTag(h.personKey)}-${visitPeriodKey(r.reason, req.today, r.dueOn)}`, type: 'visit', deadline: { paramKey: 'visit_working_days' }, data: { reason: r.reason, groups: r.groups, dueOn: r.dueOn }, refs: [r.ref], visit: { personKey: h.personKey, reason: r.reason } });
        }
        if (autumnTermVisitDue(household, req.today, p)) {
          specs.push({ ...base, taskId: `V-${personTag(h.personKey)}-${visitPeriodKey('autumn_term', req.today, req.today)}`, type: 'visit', deadline: { paramKey: 'visit_working_days' }, data: { reason: 'autumn_term', students: household.studentsInHousehold }, refs: ['000 §9'], visit: { personKey: h.personKey, reason: 'autumn_term' } });
        }
      }
      // 000 §10: after a sudden illness, accident or disaster, within N working days of the case.
      const recent = new Date(Date.parse(`${addCalendarDays(req.today, -60)}T00:00:00+08:00`));
      for (const c of await emergencyCasesWithoutVisit(db, recent)) {
        specs.push({
          taskId: `${c.caseId}-visit-emergency`,
          type: 'visit',
          chainId: c.caseId,
          caseId: c.caseId,
          county: c.county,
          township: c.township,
          deadline: { paramKey: 'visit_after_emergency_working_days', from: shanghaiDate(c.receivedAt) },
          data: { reason: 'emergency', receivedOn: shanghaiDate(c.receivedAt) },
          refs: ['000 §10'],
          visit: { personKey: c.personKey, reason: 'emergency' },
        });
      }
      return fresh(specs);
    },

    /** Reminds ops (a notification on the county's chain) where a roll is due (003 §九 定期; parameter). */
    async remindRollsDue(req: { today: string; at: string }): Promise<{ reminded: number }> {
      const policy = await policies.get();
      const last = new Map((await rollsLastImported(db)).map((r) => [`${r.region}:${r.kind}`, shanghaiDate(r.last)]));
      let reminded = 0;
      for (const county of await countiesWithOpenCases(db)) {
        const months = Number(policy.param(county, 'roll_interval_months', req.today).value);
        for (const kind of ['dibao', 'tekun', 'monitoring']) {
          const prev = last.get(`${county}:${kind}`) ?? null;
          const dueOn = prev ? addMonths(prev, months) : req.today.slice(0, 8) + '01';
          if (dueOn > req.today) continue;
          const key = `roll_due:${county}:${kind}:${dueOn}`;
          const r = await applyTransition(db, {
            caseId: countyChainId(county),
            eventKey: key,
            at: req.at,
            actor: SYSTEM_ACTOR,
            type: 'roll_due',
            data: { kind, region: county, lastImportedOn: prev, dueOn, intervalMonths: months },
            refs: ['003 §九', '000 §4'],
            notifications: [{ key, kind: 'roll_due', toRole: 'ops', toRegion: county, message: `the ${kind} roll of ${county} is due (last ${prev ?? 'never'}; every ${months} months)` }],
          });
          if (r.applied) reminded++;
        }
      }
      return { reminded };
    },
  };
}
