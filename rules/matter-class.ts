/**
 * How the case workflow pays a matter (it imports only data-free rules, so this small table, not the
 * catalogue in rules/matters.ts; the two agree — the employment subsidy is recurring over its window,
 * 001 §四(五), issue 12 row 7: workflows/case/payments.ts runRecurring stops it at the window's end).
 *
 * What kind of matter a case is, decided once: a recurring payment (paid each month until stopped or
 * its window ends), a referral to another department (no payment by the veterans' side), or a one-off
 * payment. 001 §四.
 */
import { shanghaiMonth } from './months.js';
import type { Matter } from './vocabulary.js';

export type MatterClass = 'recurring' | 'referral' | 'one_off';

export const MATTER_CLASS: Readonly<Record<Matter, MatterClass>> = {
  living_supplement: 'recurring', // 001 §四(一) 按月发放
  medical_aid: 'one_off', // 001 §四(二)
  employment_subsidy: 'recurring', // 001 §四(五) monthly over its window (rules/benefits/employment-subsidy.ts), then it stops by itself
  temporary_aid: 'one_off', // 001 §四(六)
  retiree_medical: 'one_off', // 004 §20
  housing_referral: 'referral', // 001 §四(三); 000 §8
  education_referral: 'referral', // 001 §四(四); 000 §9
  funeral_referral: 'referral', // 003 §七
};

export const isRecurring = (m: string): boolean => MATTER_CLASS[m as Matter] === 'recurring';
export const isReferral = (m: string): boolean => MATTER_CLASS[m as Matter] === 'referral';

/**
 * The period a payment made at `nowMs` is for (issue 16 item 11): the current Asia/Shanghai month for a
 * recurring matter (001 §四(一) 按月发放), `once` otherwise. Set by the server, never by the caller: a past
 * month would make the monthly loop pay every month since then at once.
 */
export const duePeriod = (matter: string, nowMs: number): string => (isRecurring(matter) ? shanghaiMonth(nowMs) : 'once');
