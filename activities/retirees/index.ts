/**
 * The activities of the retired-cadre workflows (004), built from their dependencies like the case's
 * (activities/index.ts). They read the rules (rules/retirees/) with the parameters in force and write
 * through store/retirees.ts (records, then the audit event via applyTransition). Workflows import only
 * the type.
 */
import type { ParamKey } from '../../rules/parameter-defaults.js';
import { maskIdNumber, maskName } from '../../rules/index.js';
import {
  contactCheck,
  isLongStay,
  needsCareVisits,
  reportPath,
  retireeClaimAmount,
  travelPath,
  type CareFlags,
  type RankClass,
  type ReportKind,
} from '../../rules/retirees/index.js';
import { listLivingRetirees, listRetireeCounties } from '../../store/retiree-reads.js';
import { applyRetireeChange, type RetireeChange } from '../../store/retirees.js';
import type { Receipt } from '../../store/transition.js';
import { seal } from '../../store/seal.js';
import type { ActivityDeps } from '../index.js';
import { createPolicyStore } from '../../store/policy.js';
import { retireeDeadlineActivities } from './deadlines.js';

export interface PersonDetails {
  idNumber: string;
  name: string;
  birthDate: string;
  phone?: string;
  address?: string;
}

export function createRetireeActivities(deps: ActivityDeps) {
  const policies = deps.policies ?? createPolicyStore(deps.db);
  const num = async (region: string, key: ParamKey, onDate: string) => Number((await policies.get()).param(region, key, onDate).value);
  return {
    ...retireeDeadlineActivities(policies),

    /** Records and the audit event of one change to a retiree's file (idempotent by event key). */
    async retireeChange(change: RetireeChange): Promise<{ applied: boolean; receipts: Receipt[] }> {
      return applyRetireeChange(deps.db, change);
    },

    /** Seals the personal details for the register (AES-256-GCM bound to the retiree id), with masks. */
    async sealRetiree(req: { retireeId: string; person: PersonDetails }): Promise<{ person: object; nameMasked: string; idNumberMasked: string }> {
      const person = deps.payloadKey ? seal(req.person, deps.payloadKey, `retiree:${req.retireeId}`) : req.person;
      return { person, nameMasked: maskName(req.person.name), idNumberMasked: maskIdNumber(req.person.idNumber) };
    },

    /** 004 §15: approval or filing, and whether the stay is long enough for quarterly reports. */
    async travelPlan(req: { region: string; rankClass: RankClass; departOn: string; plannedReturnOn: string | null; onDate: string }) {
      const months = await num(req.region, 'retired_cadre_long_stay_months', req.onDate);
      return { ...travelPath(req.rankClass), longStay: isLongStay(req.departOn, req.plannedReturnOn, months), longStayMonths: months };
    },

    /** 004 §15: months without contact and whether the 6-month line (含) is reached. */
    async contactCheck(req: { region: string; lastContactOn: string; today: string }) {
      const months = await num(req.region, 'retired_cadre_lost_contact_suspend_months', req.today);
      return { ...contactCheck(req.lastContactOn, req.today, months), thresholdMonths: months };
    },

    /** 004 §20 bands and cap over the year's claims. */
    async medicalClaimAmount(req: { region: string; onDate: string; selfPaidFen: number; priorSelfPaidFen: number; priorPaidFen: number }) {
      const r = retireeClaimAmount(req, (await policies.get()).parameters);
      return { amountFen: r.amountFen, breakdown: r.breakdown as unknown as object };
    },

    /** 004 §24: whether the cadre is very old, seriously ill or disabled, and the visit period. */
    async careNeeded(req: { region: string; onDate: string; birthDate: string; flags: CareFlags }) {
      const age = await num(req.region, 'retired_cadre_very_old_age', req.onDate);
      const months = await num(req.region, 'retired_cadre_care_visit_months', req.onDate);
      return { ...needsCareVisits(req.birthDate, req.onDate, req.flags, age), periodMonths: months };
    },

    async reportPath(req: { kind: ReportKind; rankClass: RankClass; major: boolean }) {
      return reportPath(req.kind, req.rankClass, req.major);
    },

    /** A page of the register for a schedule's sweep. */
    async listLivingRetirees(req: { afterId: string | null; take: number }) {
      return listLivingRetirees(deps.db, req.afterId, req.take);
    },

    /** Counties with living retirees (004 §29: each department's yearly plan). */
    async listRetireeCounties(): Promise<string[]> {
      return listRetireeCounties(deps.db);
    },
  };
}

export type RetireeActivities = ReturnType<typeof createRetireeActivities>;
