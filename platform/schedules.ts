/**
 * The standing duties' Temporal Schedules (issue 13), created idempotently at every start of a worker
 * (`npm start`, `npm run worker`): an existing schedule is left as it is (ops may have paused it), a
 * missing one is created. Each starts `dutySweepWorkflow` once a day at night, Asia/Shanghai time
 * (given in UTC so the server needs no time-zone data), overlapping runs skipped.
 */
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { Sweep } from '../workflows/duties/messages.js';

export interface DutySchedule {
  id: string;
  sweep: Sweep;
  /** Local (Asia/Shanghai) time of day. */
  at: { hour: number; minute: number };
  what: string;
  refs: string[];
}

export const DUTY_SCHEDULES: readonly DutySchedule[] = [
  { id: 'bangfu-duty-annual-reviews', sweep: 'annual_reviews', at: { hour: 1, minute: 0 }, what: 'annual review of every recurring payment a year after approval', refs: ['001 §六(二)', '001 §四(一)'] },
  { id: 'bangfu-duty-visits', sweep: 'visits', at: { hour: 1, minute: 15 }, what: 'visits due: routine and special intervals, autumn term, after an emergency', refs: ['000 §5', '000 §9', '000 §10', '003 §五', '003 §八'] },
  { id: 'bangfu-duty-referrals', sweep: 'referrals', at: { hour: 1, minute: 30 }, what: 'an outcome task for every referral to another department', refs: ['000 §7', '000 §8', '001 §四(三)', '003 §二', '003 §七'] },
  { id: 'bangfu-duty-rolls-due', sweep: 'rolls_due', at: { hour: 1, minute: 45 }, what: 'reminds ops where a 低保/特困/监测 roll is due', refs: ['003 §九', '000 §4'] },
  { id: 'bangfu-duty-education-aid', sweep: 'education_aid', at: { hour: 2, minute: 0 }, what: 'in the autumn-term month: education aid for households with students', refs: ['001 §四(四)', '000 §9'] },
];

/** Shanghai is UTC+8 all year (no daylight saving). */
const utcHour = (h: number) => (h + 24 - 8) % 24;

export async function ensureSchedules(client: Client, taskQueue: string, opts: { searchAttributes?: boolean } = {}): Promise<{ created: string[]; existing: string[] }> {
  const created: string[] = [];
  const existing: string[] = [];
  for (const s of DUTY_SCHEDULES) {
    try {
      await client.schedule.create({
        scheduleId: s.id,
        spec: { calendars: [{ hour: utcHour(s.at.hour), minute: s.at.minute }] },
        action: { type: 'startWorkflow', workflowType: 'dutySweepWorkflow', workflowId: `sweep-${s.sweep}`, taskQueue, args: [{ sweep: s.sweep, searchAttributes: opts.searchAttributes }] },
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
        memo: { what: s.what, refs: s.refs.join('; ') },
      });
      created.push(s.id);
    } catch (e) {
      if (!(e instanceof ScheduleAlreadyRunning)) throw e;
      existing.push(s.id);
    }
  }
  return { created, existing };
}

export interface ScheduleInfo {
  id: string;
  sweep: string | null;
  what: string | null;
  refs: string[];
  paused: boolean;
  nextRun: string | null;
  nextRuns: string[];
  lastRun: string | null;
}

/** Every schedule on the namespace with its next runs (for GET /v1/ops/schedules). */
export async function listSchedules(client: Client): Promise<ScheduleInfo[]> {
  // Listing reads the server's visibility store while schedules may be created or deleted (another
  // process's start, ops): a failed page is read again, up to three times, before the error stands.
  for (let attempt = 1; ; attempt++) {
    try {
      return await listOnce(client);
    } catch (e) {
      if (attempt >= 3) throw e;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

/**
 * Reads the list RPC itself rather than `client.schedule.list()`: the SDK decodes every schedule's memo
 * with this process's payload codec, and one schedule written under another key (a worker started with
 * another data directory against the same server) made the whole listing fail with a 500. Nothing here
 * needs a payload: ids, the paused flag and times.
 */
async function listOnce(client: Client): Promise<ScheduleInfo[]> {
  const known = new Map(DUTY_SCHEDULES.map((s) => [s.id, s]));
  const out: ScheduleInfo[] = [];
  const iso = (t: { seconds?: unknown; nanos?: number | null } | null | undefined): string | null =>
    t && t.seconds != null ? new Date(Number(t.seconds) * 1000 + Math.floor((t.nanos ?? 0) / 1e6)).toISOString() : null;
  let nextPageToken: Uint8Array | undefined;
  do {
    const r = await client.workflowService.listSchedules({ namespace: client.options.namespace, nextPageToken, maximumPageSize: 100 });
    for (const e of r.schedules ?? []) {
      const id = e.scheduleId ?? '';
      const d = known.get(id);
      const next = (e.info?.futureActionTimes ?? []).map(iso).filter((x): x is string => x !== null);
      const recent = (e.info?.recentActions ?? []).at(-1);
      out.push({
        id,
        sweep: d?.sweep ?? null,
        what: d?.what ?? null,
        refs: d?.refs ?? [],
        paused: e.info?.paused === true,
        nextRun: next[0] ?? null,
        nextRuns: next.slice(0, 3),
        lastRun: iso(recent?.actualTime),
      });
    }
    nextPageToken = r.nextPageToken && r.nextPageToken.length > 0 ? r.nextPageToken : undefined;
  } while (nextPageToken);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
