/**
 * Where receipts are found in a workflow history (issue 16 item 8a; cli/commands/audit-receipts.ts):
 * the case workflow's `applyTransitions` local-activity markers and the duty and retiree workflows'
 * completed `applyTransition` activities, results sealed by the payload codec, other activities ignored.
 * And how a chain's receipts are judged against its events: a cut tail names the missing seqs, a
 * recomputed event the seq whose hash differs, a deleted chain the whole chain.
 */
import { defaultPayloadConverter } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { checkReceipts, receiptsInHistory, type HistoryReceipt } from '../../cli/commands/audit-receipts.js';
import { AesGcmCodec } from '../../platform/codec.js';
import type { StoredAuditEvent } from '../../store/audit.js';
import { TEST_PAYLOAD_KEY } from '../support/stack.js';

const codec = new AesGcmCodec(TEST_PAYLOAD_KEY);
const sealed = async (v: unknown) => ({ payloads: await codec.encode([defaultPayloadConverter.toPayload(v)!]) });
const clear = (v: unknown) => ({ payloads: [defaultPayloadConverter.toPayload(v)!] });

describe('receipts in a history', () => {
  it('reads local-activity markers and completed activities of the two writers, nothing else', async () => {
    const history = {
      events: [
        { eventId: 5, markerRecordedEventAttributes: { markerName: 'core_local_activity', details: { data: clear({ activity_type: 'applyTransitions' }), result: await sealed({ applied: 2, receipts: [{ chainId: 'BF1', seq: 2, hash: 'h2' }] }) } } },
        { eventId: 6, markerRecordedEventAttributes: { markerName: 'core_local_activity', details: { data: clear({ activity_type: 'assessCase' }), result: await sealed({ receipts: [{ chainId: 'BF1', seq: 99, hash: 'x' }] }) } } },
        { eventId: 7, activityTaskScheduledEventAttributes: { activityType: { name: 'applyTransition' } } },
        { eventId: 9, activityTaskCompletedEventAttributes: { scheduledEventId: 7, result: await sealed({ applied: true, receipts: [{ chainId: '_county-330302', seq: 4, hash: 'h4' }] }) } },
        { eventId: 10, activityTaskScheduledEventAttributes: { activityType: { name: 'planVisits' } } },
        { eventId: 12, activityTaskCompletedEventAttributes: { scheduledEventId: 10, result: await sealed({ receipts: [{ chainId: 'BF1', seq: 50, hash: 'y' }] }) } },
        // A result from before receipts existed: no receipts, no error.
        { eventId: 13, markerRecordedEventAttributes: { markerName: 'core_local_activity', details: { data: clear({ activity_type: 'applyTransitions' }), result: await sealed({ applied: 1 }) } } },
      ],
    };
    // Event ids are Longs in the proto types; the reader takes them as numbers either way.
    expect(await receiptsInHistory(history as unknown as Parameters<typeof receiptsInHistory>[0], codec, 'wf-1', 'run-1')).toEqual([
      { chainId: 'BF1', seq: 2, hash: 'h2', workflowId: 'wf-1', runId: 'run-1', eventId: 5 },
      { chainId: '_county-330302', seq: 4, hash: 'h4', workflowId: 'wf-1', runId: 'run-1', eventId: 9 },
    ]);
  });
});

describe('receipts against a chain', () => {
  const chain = (n: number): StoredAuditEvent[] =>
    Array.from({ length: n }, (_, i) => ({ caseId: 'BF1', seq: i + 1, eventKey: `k${i + 1}`, at: '2026-11-01T00:00:00.000Z', actor: { sub: 'a', roles: [] }, type: 't', data: {}, refs: [], prevHash: `h${i}`, hash: `h${i + 1}` }));
  const receipt = (seq: number, hash = `h${seq}`): HistoryReceipt => ({ chainId: 'BF1', seq, hash, workflowId: 'case-BF1', runId: 'r', eventId: seq * 10 });

  it('holds when every receipt is in the table', () => {
    expect(checkReceipts('BF1', chain(5), [receipt(2), receipt(5)])).toBeNull();
  });
  it('a cut tail: the missing seqs and the receipt that names them', () => {
    const p = checkReceipts('BF1', chain(3), [receipt(2), receipt(5)]);
    expect(p).toMatchObject({ seq: 5, receipt: { eventId: 50 } });
    expect(p!.reason).toContain('events 4–5 of BF1 are missing (the chain ends at 3)');
  });
  it('a recomputed chain: the first seq whose hash differs', () => {
    const p = checkReceipts('BF1', chain(5), [receipt(2), receipt(4, 'other')]);
    expect(p).toMatchObject({ seq: 4 });
    expect(p!.reason).toMatch(/event 4 of BF1 is not the event written.*recomputed or replaced/);
  });
  it('a deleted chain: receipts and no events', () => {
    expect(checkReceipts('BF1', [], [receipt(3)])!.reason).toContain('the whole chain of BF1 is missing (receipts name events up to 3)');
  });
});
