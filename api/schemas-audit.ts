/**
 * The auditors' schemas (history as of any instant, chain verification, export): split out of
 * api/schemas.ts, used by api/routes/audit.ts.
 */
import { z } from 'zod';

export const Verification = z.object({
  valid: z.boolean(),
  events: z.number().int(),
  brokenAt: z.object({ seq: z.number().int(), eventKey: z.string().optional(), reason: z.string() }).optional(),
});

export const AuditEventView = z.object({
  caseId: z.string(),
  seq: z.number().int(),
  eventKey: z.string(),
  at: z.string(),
  actor: z.unknown(),
  type: z.string(),
  data: z.unknown(),
  refs: z.array(z.string()),
  prevHash: z.string(),
  hash: z.string(),
});

export const HistoryView = z.object({
  caseId: z.string(),
  masked: z.boolean().optional().describe('true for officials who are not auditors: names and ID numbers inside data and snapshots are masked; hashes are as stored'),
  verification: Verification.describe('the stored chain, verified by the server'),
  asOf: z.string().optional().describe('with ?asOf: the instant asked for'),
  status: z.string().optional().describe('with ?asOf: the case status at that instant'),
  case: z.unknown().optional().describe('with ?asOf: the case as it stood then (the snapshot recorded with the latest change at or before asOf)'),
  snapshotSeq: z.number().int().optional().describe('with ?asOf: the event whose snapshot `case` is'),
  events: z.array(AuditEventView),
  page: z
    .object({
      afterSeq: z.number().int(),
      limit: z.number().int(),
      nextAfterSeq: z.number().int().optional().describe('present when more events follow: pass it as ?afterSeq= for the next page'),
    })
    .optional()
    .describe('which events this answer holds (?afterSeq, ?limit)'),
});

export const HistoryQuery = z.object({
  asOf: z
    .string()
    .max(40)
    .transform((v) => v.replace(/ /g, '+')) // an unencoded "+08:00" arrives as " 08:00"
    .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v) && Number.isFinite(Date.parse(v)), 'expected an ISO 8601 instant with a zone, e.g. 2026-11-23T10:00:00Z')
    .optional()
    .describe('the case as it stood at this instant'),
  afterSeq: z.coerce.number().int().min(0).max(2_147_483_647).default(0).describe('events after this seq (paging; 0 = from the start)'),
  limit: z.coerce.number().int().min(1).max(1000).default(1000).describe('at most this many events (1–1000)'),
});

export const VerifyView = z.object({
  caseId: z.string(),
  valid: z.boolean(),
  events: z.number().int(),
  brokenAt: z.object({ seq: z.number().int(), eventKey: z.string().optional(), reason: z.string() }).optional(),
});

export const ExportBundle = z.object({
  format: z.literal('bangfu.case-export/1'),
  exportedAt: z.string(),
  exportedBy: z.string(),
  caseId: z.string(),
  case: z.unknown().describe('the case as the API shows it to auditors (personal data in full)'),
  payments: z.array(z.unknown()).describe('every payment with its breakdown (inputs, parameters with effective dates, steps, rounding)'),
  history: z.object({ events: z.array(AuditEventView) }),
  verification: Verification,
});

