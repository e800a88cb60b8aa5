/**
 * Drives cases through the real HTTP API the way officials' clients would: apply (station clerk) →
 * township verification (township reviewer) → township opinion (township approver) → county decision
 * (county approver, publish:false) → payable → payment (finance) → paid.
 *
 * Clients retry: on 502/503/504 and on connection errors (the API answers 503 while Temporal or the
 * database is down), with the same Idempotency-Key, so a retried action is the same action. A 409
 * that says our own earlier attempt already took effect (the task is done, the case is paid, the
 * person already has this open case) counts as success.
 */
import { mintToken } from '../../api/tokens.js';
import { idCheckCharacter } from '../../rules/index.js';
import type { Role } from '../../workflows/definitions.js';
import { BENCH_COUNTY, BENCH_TOWNSHIP } from './stack.js';

export const AMOUNT_FEN = 12_345;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RetryStats {
  requests: number;
  retried503: number;
  retriedNetwork: number;
  retried500: number;
  retriedInProgress: number;
  /** The first few 500 answers (method, path, body), to say what failed. */
  samples500: string[];
}

export const newRetryStats = (): RetryStats => ({ requests: 0, retried503: 0, retriedNetwork: 0, retried500: 0, retriedInProgress: 0, samples500: [] });

export interface Res {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies
  body: any;
  ms: number;
}

export class Api {
  readonly stats = newRetryStats();
  private turn = 0;
  constructor(
    readonly baseUrl: string,
    /** baseUrls: replicas behind a load balancer; each attempt goes to the next (a retry to another). */
    private readonly opts: { retry?: boolean; giveUpMs?: number; timeoutMs?: number; baseUrls?: string[] } = {},
  ) {}

  private base(): string {
    const all = this.opts.baseUrls;
    return all && all.length > 0 ? all[this.turn++ % all.length]! : this.baseUrl;
  }

  /** One HTTP call, retried (when enabled) until it gets an answer that is not "unavailable". */
  async call(method: 'GET' | 'POST', path: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const retry = this.opts.retry ?? true;
    const giveUp = Date.now() + (this.opts.giveUpMs ?? 15 * 60_000);
    let n500 = 0;
    for (let attempt = 0; ; attempt++) {
      const backoff = Math.min(200 * 2 ** Math.min(attempt, 4), 2_000) * (0.5 + Math.random());
      const t0 = performance.now();
      this.stats.requests++;
      let res: Response;
      let text: string;
      try {
        res = await fetch(this.base() + path, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 120_000),
        });
        text = await res.text();
      } catch (e) {
        if (!retry || Date.now() > giveUp) throw new Error(`${method} ${path}: ${(e as Error).message}`);
        this.stats.retriedNetwork++;
        await sleep(backoff);
        continue;
      }
      const ms = performance.now() - t0;
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      const code = (parsed as { code?: string } | null)?.code;
      if (retry && Date.now() < giveUp) {
        if (res.status === 502 || res.status === 503 || res.status === 504) {
          this.stats.retried503++;
          await sleep(backoff);
          continue;
        }
        if (res.status === 409 && code === 'IDEMPOTENCY_IN_PROGRESS') {
          this.stats.retriedInProgress++;
          await sleep(1_000);
          continue;
        }
        if (res.status === 500 && ++n500 <= 30) {
          this.stats.retried500++;
          if (this.stats.samples500.length < 5) this.stats.samples500.push(`${method} ${path.replace(/BF\w+/g, 'BF…')}: ${text.slice(0, 300)}`);
          await sleep(backoff);
          continue;
        }
      }
      return { status: res.status, body: parsed, ms };
    }
  }
}

export interface Officials {
  clerk: string;
  reviewer: string;
  townshipApprover: string;
  countyApprover: string;
  finance: string;
  ops: string;
  mint(sub: string, role: Role, township?: boolean): Promise<string>;
}

export async function officials(jwtSecret: string, county = BENCH_COUNTY, township = BENCH_TOWNSHIP): Promise<Officials> {
  const mint = (sub: string, role: Role, inTownship = true) =>
    mintToken(jwtSecret, { sub, roles: [role], county, ...(inTownship ? { township } : {}), ttlSeconds: 24 * 3600 });
  return {
    clerk: await mint('bench-clerk', 'station_clerk'),
    reviewer: await mint('bench-reviewer', 'township_reviewer'),
    townshipApprover: await mint('bench-tapprover', 'township_approver'),
    countyApprover: await mint('bench-capprover', 'county_approver', false),
    finance: await mint('bench-finance', 'finance', false),
    ops: await mint('bench-ops', 'ops', false),
    mint,
  };
}

/** The i-th applicant of a run: distinct valid ID numbers (birth date and sequence from i). */
export function applicantNumber(i: number, area = BENCH_COUNTY): string {
  const day = i % 18_000;
  const seq = Math.floor(i / 18_000) % 1000;
  const d = new Date(Date.UTC(1950, 0, 1) + day * 86_400_000);
  const birth = d.toISOString().slice(0, 10).replace(/-/g, '');
  const body = `${area}${birth}${String(seq).padStart(3, '0')}`;
  return body + idCheckCharacter(body);
}

export function applicationBody(i: number) {
  const idNumber = applicantNumber(i);
  return {
    applicant: { idNumber, name: '张三丰', category: 'veteran', birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`, householdStatus: 'dibao' },
    matter: 'temporary_aid',
    hardshipSituation: 2,
    county: BENCH_COUNTY,
    township: BENCH_TOWNSHIP,
    consentToMeansCheck: true,
    filedBy: { capacity: 'self' },
    benefit: { requestedFen: AMOUNT_FEN },
  };
}

export type Timing = (kind: 'apply' | 'inbox' | 'complete' | 'pay' | 'read', ms: number, detail?: string) => void;

export interface DriveOptions {
  /** Distinguishes idempotency keys between runs on the same database. */
  run: string;
  /** Before each completion, the official reads their inbox (GET /v1/tasks), as a client would. */
  readInbox?: boolean;
  onTiming?: Timing;
  /** Stop after this step (the fault suite's parallel checks need payable cases). */
  until?: 'payable';
}

export interface DriveResult {
  caseId: string;
  status: string;
  ms: number;
}

export type View = { id: string; status: string; steps: { id: string; type: string; status: string }[] };

export class CaseError extends Error {}

/** Applies for the i-th applicant; the case id (and its view when the API could already show it). */
export async function applyCase(api: Api, who: Officials, i: number, run: string, time: Timing = () => {}): Promise<{ caseId: string; view: View | null }> {
  const applied = await api.call('POST', '/v1/cases', who.clerk, applicationBody(i), { 'idempotency-key': `${run}-apply-${i}` });
  time('apply', applied.ms);
  if (applied.status === 201) return { caseId: applied.body.id, view: applied.body };
  if (applied.status === 202) return { caseId: applied.body.id, view: null };
  // Our earlier attempt started it and its answer was lost: the 409 names the case.
  if (applied.status === 409 && applied.body?.code === 'DUPLICATE_OPEN_MATTER') return { caseId: applied.body.caseId, view: null };
  throw new CaseError(`case #${i}: apply answered ${applied.status} ${JSON.stringify(applied.body).slice(0, 300)}`);
}

/** One case from application to `paid` (or to `until`). */
export async function driveCase(api: Api, who: Officials, i: number, o: DriveOptions): Promise<DriveResult> {
  const t0 = performance.now();
  const time: Timing = o.onTiming ?? (() => {});

  const applied = await applyCase(api, who, i, o.run, time);
  const caseId = applied.caseId;
  let view: View | null = applied.view;

  const read = async (): Promise<View | null> => {
    const r = await api.call('GET', `/v1/cases/${caseId}`, who.reviewer);
    time('read', r.ms);
    if (r.status === 200) return r.body as View;
    if (r.status === 404) return null; // started, not yet recorded (e.g. while the worker restarts)
    throw new CaseError(`${caseId}: read answered ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  };

  /** The open task of this type, reading the case again until it appears (or the case moved past it). */
  const openTask = async (type: string, past: (v: View) => boolean): Promise<string | null> => {
    for (let k = 0; ; k++) {
      const t = view?.steps.find((s) => s.type === type && s.status === 'open');
      if (t) return t.id;
      if (view && past(view)) return null;
      if (k > 0) await sleep(Math.min(50 * k, 1_000));
      view = await read();
    }
  };

  const step = async (type: string, token: string, body: Record<string, unknown>, past: (v: View) => boolean): Promise<void> => {
    const taskId = await openTask(type, past);
    if (!taskId) return; // done by an earlier attempt whose answer we lost
    if (o.readInbox) {
      const inbox = await api.call('GET', `/v1/tasks?type=${type}&limit=20`, token);
      time('inbox', inbox.ms, type);
      if (inbox.status !== 200) throw new CaseError(`${caseId}: inbox answered ${inbox.status}`);
    }
    const r = await api.call('POST', `/v1/tasks/${taskId}/complete`, token, body, { 'idempotency-key': `${o.run}-${taskId}` });
    time('complete', r.ms, type);
    if (r.status === 200) {
      view = r.body;
      return;
    }
    if (r.status === 409 && r.body?.code === 'TASK_COMPLETED') {
      view = await read();
      return;
    }
    throw new CaseError(`${caseId}: completing ${type} answered ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  };

  const after = (...statuses: string[]) => (v: View) => statuses.includes(v.status);
  const beyondTownship = after('county_review', 'publication', 'payable', 'paid', 'rejected', 'appeal', 'closed');
  await step('township_verification', who.reviewer, { decision: 'approve', reasons: '入户核实无误', evidence: ['bench-visit'] }, (v) =>
    beyondTownship(v) || v.steps.some((s) => s.type === 'township_opinion'),
  );
  await step('township_opinion', who.townshipApprover, { decision: 'approve', reasons: '符合条件，同意上报' }, beyondTownship);
  await step('county_decision', who.countyApprover, { decision: 'approve', reasons: '同意救助', publish: false, amountFen: AMOUNT_FEN }, after('payable', 'paid', 'closed', 'rejected'));

  // Payable (publication 0 days or publish:false), then paid exactly once.
  for (let k = 0; view?.status !== 'payable' && view?.status !== 'paid'; k++) {
    if (view && !['county_review', 'publication'].includes(view.status)) throw new CaseError(`${caseId}: expected payable, is ${view.status}`);
    await sleep(Math.min(50 * (k + 1), 1_000));
    view = await read();
  }
  if (o.until === 'payable') return { caseId, status: view.status, ms: performance.now() - t0 };
  for (let k = 0; view?.status !== 'paid'; k++) {
    const r = await api.call('POST', `/v1/cases/${caseId}/payments`, who.finance, {}, { 'idempotency-key': `${o.run}-pay-${caseId}` });
    time('pay', r.ms);
    if (r.status === 201) {
      view = r.body;
      if (view!.status === 'paid') break;
    } else if (!(r.status === 409 && r.body?.code === 'WRONG_STATE')) {
      throw new CaseError(`${caseId}: payment answered ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    // Paid by our earlier attempt, or the projection is a moment behind: read and look again.
    await sleep(Math.min(100 * (k + 1), 1_000));
    view = await read();
    if (k > 600) throw new CaseError(`${caseId}: not paid after ${k} attempts (status ${view?.status})`);
  }
  return { caseId, status: 'paid', ms: performance.now() - t0 };
}

/** Runs fn(0..n-1) with at most `concurrency` at once; results in order, errors as Error values. */
export async function pool<T>(n: number, concurrency: number, fn: (i: number) => Promise<T>, onDone?: (finished: number) => void): Promise<(T | Error)[]> {
  const out: (T | Error)[] = new Array(n);
  let next = 0;
  let finished = 0;
  const lane = async () => {
    for (;;) {
      const i = next++;
      if (i >= n) return;
      try {
        out[i] = await fn(i);
      } catch (e) {
        out[i] = e instanceof Error ? e : new Error(String(e));
      }
      onDone?.(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
  return out;
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[idx]!;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
