/**
 * Prometheus metrics (GET /metrics, text format):
 * - bangfu_open_cases{step}            open cases by the step they wait on (computed at scrape, from the DB)
 * - bangfu_overdue_steps{county}       open steps past their deadline, by county (at scrape, from the DB)
 * - bangfu_payments_total{item,kind}   payments made (at scrape, from the DB: survives restarts, counts every replica)
 * - bangfu_payments_amount_fen_total{item,kind}  their sum in fen
 * - bangfu_http_request_duration_seconds{route,method,status}  histogram, observed by an onResponse hook
 * - process_* / nodejs_*               prom-client's default process metrics
 * - temporal_*                         the worker's own SDK metrics (sdk-core's Prometheus exporter on a
 *                                      loopback port, installed by `installWorkerMetrics` before the
 *                                      worker connects), appended to the scrape when this process runs one
 *
 * One registry per app (not the global one), so several apps in one process never collide.
 */
import type { RuntimeOptions } from '@temporalio/worker';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { openCasesByStep, overdueByCounty, paymentTotals } from '../store/ops.js';
import type { Db } from '../store/db.js';

export interface Metrics {
  registry: Registry;
  /** Records one answered HTTP request. */
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  /** The whole scrape: Bangfu's metrics, then the worker's SDK metrics when there are any. */
  render(): Promise<{ contentType: string; body: string }>;
}

export interface MetricsOptions {
  db: Db;
  /** The worker's sdk-core Prometheus endpoint (http://127.0.0.1:<port>/metrics), appended to each scrape. */
  workerMetricsUrl?: string;
  /** Process metrics (default on). */
  defaultMetrics?: boolean;
}

export function createMetrics(opts: MetricsOptions): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const db = opts.db;

  new Gauge({
    name: 'bangfu_open_cases',
    help: 'Open cases by the step they wait on (the case status when no step is open)',
    labelNames: ['step'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await openCasesByStep(db)) this.set({ step: r.step }, Number(r.n));
    },
  });

  new Gauge({
    name: 'bangfu_overdue_steps',
    help: 'Open steps past their deadline, by county',
    labelNames: ['county'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await overdueByCounty(db, new Date())) this.set({ county: r.county }, Number(r.n));
    },
  });

  // Payment totals come from the payments table at scrape: exact across restarts and replicas. One
  // query per scrape feeds both gauges.
  let payments: ReturnType<typeof paymentTotals> | null = null;
  const paymentRows = () => (payments ??= paymentTotals(db));
  new Gauge({
    name: 'bangfu_payments_total',
    help: 'Payments made, by item and kind (from the database)',
    labelNames: ['item', 'kind'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await paymentRows()) this.set({ item: r.item, kind: r.kind }, Number(r.n));
    },
  });
  new Gauge({
    name: 'bangfu_payments_amount_fen_total',
    help: 'Sum of payments made in fen, by item and kind (from the database)',
    labelNames: ['item', 'kind'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await paymentRows()) this.set({ item: r.item, kind: r.kind }, Number(r.fen));
    },
  });

  const http = new Histogram({
    name: 'bangfu_http_request_duration_seconds',
    help: 'HTTP requests answered by the API, by route template, method and status',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });

  return {
    registry,
    observeRequest(route, method, status, seconds) {
      http.observe({ route, method, status: String(status) }, seconds);
    },
    async render() {
      payments = null;
      let body: string;
      try {
        body = await registry.metrics();
      } finally {
        payments = null;
      }
      if (opts.workerMetricsUrl) body += await workerScrape(opts.workerMetricsUrl);
      return { contentType: registry.contentType, body };
    },
  };
}

async function workerScrape(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    if (!res.ok) return `# worker metrics unavailable: HTTP ${res.status}\n`;
    const text = await res.text();
    return text.endsWith('\n') ? text : text + '\n';
  } catch (e) {
    return `# worker metrics unavailable: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 200)}\n`;
  }
}

/**
 * Installs the Temporal SDK runtime with its Prometheus exporter on 127.0.0.1:<port> (loopback only),
 * so the worker's own metrics (task slots, poll latencies, workflow/activity task counts, sticky cache)
 * can be appended to GET /metrics. Must run before the process's first NativeConnection or Worker;
 * returns the exporter's URL, or null (with the reason) when a runtime was already installed.
 */
export async function installWorkerMetrics(port: number, extra: Omit<RuntimeOptions, 'telemetryOptions'> = {}): Promise<{ url: string } | { url: null; reason: string }> {
  // Imported here: the API alone never loads the worker's native module.
  const { Runtime } = await import('@temporalio/worker');
  try {
    Runtime.install({
      ...extra,
      telemetryOptions: {
        metrics: { prometheus: { bindAddress: `127.0.0.1:${port}` }, metricPrefix: 'temporal_' },
      },
    });
    return { url: `http://127.0.0.1:${port}/metrics` };
  } catch (e) {
    return { url: null, reason: (e as Error).message };
  }
}
