/**
 * Backdated parameter values waiting for a second ops approver (issue 16 item 15): the request, the
 * approval that applies the value, the rejection — each with its event on the system chain, in one
 * transaction.
 */
import { SYSTEM_CASE_ID, appendEvent, lockCase } from './audit.js';
import type { Db } from './db.js';
import type { Actor } from '../rules/vocabulary.js';

export interface ParameterRequest {
  region: string;
  key: string;
  value: number | string | boolean;
  effectiveFrom: string;
  ref: string;
  notInSeeds: boolean;
}

const REFS = ['SPEC "policy parameter"', 'SPEC §5 Ops', 'issue 16 item 15'];

export async function createApprovalRequest(db: Db, id: string, actor: Actor, b: ParameterRequest): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockCase(tx, SYSTEM_CASE_ID);
    await tx.parameterApproval.create({ data: { id, region: b.region, key: b.key, value: b.value as never, effectiveFrom: b.effectiveFrom, ref: b.ref, notInSeeds: b.notInSeeds, requestedBy: actor.sub } });
    await appendEvent(tx, { caseId: SYSTEM_CASE_ID, eventKey: `parameter-request:${id}`, at: new Date().toISOString(), actor, type: 'parameter_backdating_requested', data: { approvalId: id, ...b }, refs: REFS });
  });
}

export const findApproval = (db: Db, id: string) => db.parameterApproval.findUnique({ where: { id } });

export const listApprovals = (db: Db, status: string) => db.parameterApproval.findMany({ where: { status }, orderBy: { requestedAt: 'asc' }, take: 1000 });

/** 'applied', 'decided' (someone decided first) or 'exists' (a value for that region, key and date exists). */
export async function approveAndApply(db: Db, id: string, actor: Actor): Promise<'applied' | 'decided' | 'exists'> {
  try {
    return await db.$transaction(async (tx) => {
      await lockCase(tx, SYSTEM_CASE_ID);
      const row = await tx.parameterApproval.findUnique({ where: { id } });
      const claimed = await tx.parameterApproval.updateMany({ where: { id, status: 'pending' }, data: { status: 'approved', decidedBy: actor.sub, decidedAt: new Date() } });
      if (!row || claimed.count !== 1) return 'decided' as const;
      const inserted = await tx.$executeRaw`insert into parameters (region, key, effective_from, value, ref, not_in_seeds, created_by, created_at)
        values (${row.region}, ${row.key}, ${row.effectiveFrom}, ${JSON.stringify(row.value)}::jsonb, ${row.ref}, ${row.notInSeeds}, ${row.requestedBy}, now())
        on conflict do nothing`;
      if (inserted !== 1) throw new ExistsError();
      await appendEvent(tx, {
        caseId: SYSTEM_CASE_ID,
        eventKey: `parameter:${row.region}:${row.key}:${row.effectiveFrom}`,
        at: new Date().toISOString(),
        actor,
        type: 'parameter_set',
        data: { region: row.region, key: row.key, value: row.value, effectiveFrom: row.effectiveFrom, ref: row.ref, notInSeeds: row.notInSeeds, requestedBy: row.requestedBy, approvedBy: actor.sub, approvalId: id, backdated: true },
        refs: REFS,
      });
      return 'applied' as const;
    });
  } catch (e) {
    if (e instanceof ExistsError) return 'exists';
    throw e;
  }
}

class ExistsError extends Error {}

export async function reject(db: Db, id: string, actor: Actor): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockCase(tx, SYSTEM_CASE_ID);
    const row = await tx.parameterApproval.findUnique({ where: { id } });
    const claimed = await tx.parameterApproval.updateMany({ where: { id, status: 'pending' }, data: { status: 'rejected', decidedBy: actor.sub, decidedAt: new Date() } });
    if (!row || claimed.count !== 1) return false;
    await appendEvent(tx, {
      caseId: SYSTEM_CASE_ID,
      eventKey: `parameter-reject:${id}`,
      at: new Date().toISOString(),
      actor,
      type: 'parameter_backdating_rejected',
      data: { approvalId: id, region: row.region, key: row.key, effectiveFrom: row.effectiveFrom, requestedBy: row.requestedBy },
      refs: REFS,
    });
    return true;
  });
}
