/**
 * Request and response shapes of /v1/retirees (004). Bad input → 400 naming the field (api/errors.ts).
 */
import { z } from 'zod';
import { CONTACT_METHODS, RANK_CLASSES, REPORT_KINDS, RETIREE_STATUSES } from '../workflows/retirees/definitions.js';
import { CountyCode, Fen, IdNumber, IsoDate } from './schemas.js';

const Text = (max: number) => z.string().trim().min(1).max(max);

export const RetireeBody = z.object({
  idNumber: IdNumber,
  name: Text(60),
  birthDate: IsoDate,
  rankClass: z.enum(RANK_CLASSES).describe('division = 师级; regiment_or_below = 团级及以下 (004 §15, §16)'),
  county: CountyCode,
  institution: Text(64).optional().describe('the service institution (军休服务管理机构); default: the county\'s'),
  phone: z.string().trim().max(30).optional(),
  address: z.string().trim().max(200).optional(),
  careFlags: z.object({ seriouslyIll: z.boolean().optional(), disabled: z.boolean().optional() }).optional().describe('004 §24 重病、失能'),
});

export const RetireeParams = z.object({ id: z.string().min(1).max(80).regex(/^[A-Za-z0-9_-]+$/, 'expected a retiree id') });
export const TravelParams = RetireeParams.extend({ travelId: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'expected a travel id') });

export const TravelBody = z
  .object({
    destination: Text(120),
    departOn: IsoDate,
    plannedReturnOn: IsoDate.optional(),
    headOpinion: Text(2000).optional().describe('师级: the institution head\'s signed opinion on the 审批表 (004 §15)'),
  })
  .refine((b) => !b.plannedReturnOn || b.plannedReturnOn >= b.departOn, { path: ['plannedReturnOn'], message: 'must be on or after departOn' });
export const ReturnBody = z.object({ returnedOn: IsoDate });
export const ContactBody = z.object({
  method: z.enum(CONTACT_METHODS),
  notes: z.string().trim().max(4000).optional(),
  contactedAt: z.iso.datetime({ offset: true }).optional(),
});
export const ClaimBody = z.object({
  selfPaidFen: Fen.describe('self-paid cost within basic insurance and medical subsidy (004 §20), in fen'),
  period: z.string().regex(/^\d{4}$/, 'expected a year YYYY').optional(),
  description: z.string().trim().max(2000).optional(),
});
export const ReportBody = z.object({ kind: z.enum(REPORT_KINDS), major: z.boolean().optional(), details: Text(4000) });
export const EmergencyBody = z.object({ treatedOn: IsoDate, hospital: Text(200), basis: z.enum(['retirement_certificate', 'institution_certificate']) });

const Task = z.object({
  id: z.string(),
  type: z.string(),
  role: z.string(),
  status: z.string(),
  openedAt: z.string(),
  dueDate: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  claimedBy: z.string().nullable(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
  decision: z.string().nullable(),
});
const Rec = z.record(z.string(), z.unknown());

export const RetireeView = z.object({
  id: z.string(),
  status: z.enum(RETIREE_STATUSES),
  paySuspended: z.boolean(),
  rankClass: z.enum(RANK_CLASSES),
  institution: z.string(),
  county: z.string(),
  name: z.string().describe('masked unless the caller is an auditor'),
  idNumber: z.string().describe('masked unless the caller is an auditor'),
  lastContactOn: z.string().nullable(),
  createdAt: z.string(),
  tasks: z.array(Task),
  travels: z.array(Rec),
  contacts: z.array(Rec),
  reports: z.array(Rec),
  medicalClaims: z.array(Rec),
  medicalPayments: z.array(Rec),
  care: z.array(Rec),
});

export const RetireeCreated = RetireeView.extend({
  travelId: z.string().optional(),
  contactId: z.string().optional(),
  claimId: z.string().optional(),
  reportId: z.string().optional(),
  recordId: z.string().optional(),
});
