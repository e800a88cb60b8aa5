/**
 * Medical subsidy (004 §20), paid by the institution itself: claim → officer check → head approval →
 * payment. The bands apply to the year's cumulative self-paid cost and the 100,000-yuan cap to the
 * year's payments (rules/retirees/medical.ts); the amount is computed when the claim is paid, one claim
 * at a time, so two claims approved together can never pass the cap between them.
 */
import * as wf from '@temporalio/workflow';
import { SYSTEM_ACTOR, type Actor } from '../definitions.js';
import { acts, type Book } from './book.js';
import type { ClaimState } from './definitions.js';

const REF = '004 §20';

const claimRow = (c: ClaimState, breakdown: object | null = null) => ({ id: c.id, period: c.period, selfPaidFen: c.selfPaidFen, status: c.status, amountFen: c.amountFen, breakdown });

export async function runClaim(book: Book, claim: ClaimState & { ready?: boolean }, actor: Actor, description: string | null): Promise<void> {
  const s = book.state;
  const f = book.flow();
  const year = () => (s.medicalYears[claim.period] ??= { selfPaidFen: 0, paidFen: 0 });
  const preview = await acts.medicalClaimAmount({ region: s.county, onDate: book.today(), selfPaidFen: claim.selfPaidFen, priorSelfPaidFen: year().selfPaidFen, priorPaidFen: year().paidFen });
  await book.record('medical_claim_filed', actor, { claimId: claim.id, period: claim.period, selfPaidFen: claim.selfPaidFen, description, previewFen: preview.amountFen }, { refs: [REF], claim: claimRow(claim) });
  const check = await book.openTask('medical_claim_check', null, { claimId: claim.id, selfPaidFen: claim.selfPaidFen, previewFen: preview.amountFen }, [REF, '004 §20 由军休服务管理机构给予补助'], { awaited: true, subject: claim.id });
  claim.ready = true;
  await f.task(check);
  if (check.decision === 'reject') return refuse(book, claim, check.reasons, f);
  claim.status = 'approving';
  await book.record('medical_claim_checked', { sub: check.decidedBy ?? 'unknown', roles: ['retiree_officer'] }, { claimId: claim.id, reasons: check.reasons }, { refs: [REF], claim: claimRow(claim) });
  const approval = await book.openTask('medical_claim_approval', null, { claimId: claim.id, selfPaidFen: claim.selfPaidFen, previewFen: preview.amountFen, breakdown: preview.breakdown }, [REF], { awaited: true, subject: claim.id });
  await f.task(approval);
  if (approval.decision === 'reject') return refuse(book, claim, approval.reasons, f);

  // Payment, one claim at a time: the amount against the year's claims already paid.
  await wf.condition(() => !book.lock.paying);
  book.lock.paying = true;
  try {
    const y = year();
    const r = await acts.medicalClaimAmount({ region: s.county, onDate: book.today(), selfPaidFen: claim.selfPaidFen, priorSelfPaidFen: y.selfPaidFen, priorPaidFen: y.paidFen });
    y.selfPaidFen += claim.selfPaidFen;
    y.paidFen += r.amountFen;
    claim.status = 'paid';
    claim.amountFen = r.amountFen;
    const by = approval.decidedBy ?? 'unknown';
    await book.record(
      'medical_subsidy_paid',
      { sub: by, roles: ['institution_head'] },
      { claimId: claim.id, period: claim.period, amountFen: r.amountFen, paidInYearFen: y.paidFen, selfPaidInYearFen: y.selfPaidFen, breakdown: r.breakdown },
      {
        refs: [REF, 'NOTES.md #5 (the cap across the year\'s claims)'],
        claim: claimRow(claim, r.breakdown),
        ...(r.amountFen > 0 ? { payment: { id: `${claim.id}-P`, claimId: claim.id, period: claim.period, amountFen: r.amountFen, breakdown: r.breakdown, paidBy: by, paidAt: book.now() } } : {}),
      },
    );
  } finally {
    book.lock.paying = false;
  }
  f.end();
}

async function refuse(book: Book, claim: ClaimState, reasons: string | null, f: { end(): void }): Promise<void> {
  claim.status = 'refused';
  await book.record('medical_claim_refused', SYSTEM_ACTOR, { claimId: claim.id, reasons }, { refs: [REF], claim: claimRow(claim) });
  f.end();
}
