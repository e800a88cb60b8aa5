/**
 * Temporal test environments on the project's own binaries (scripts/lib/tools.ts; never the SDK's
 * download, which needs internet):
 * - createTimeSkippingEnv(): the Java time-skipping test server (io.temporal:temporal-test-server from
 *   Maven Central), optionally with its clock started at a chosen instant (`startAt`);
 * - createDevServerEnv(): a private Temporal CLI dev server (`temporal server start-dev`, in memory).
 * Both bind 127.0.0.1 on a free port, and retry start-up: sdk-core gives a fresh server only 5 s
 * (50 × 100 ms) to answer, which a busy 2-core CI machine running test files in parallel can miss.
 */
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { LocalTestWorkflowEnvironmentOptions, TimeSkippingTestWorkflowEnvironmentOptions } from '@temporalio/testing';
import { signingInterceptors } from '../../platform/actor-signing.js';
import { freePort } from '../../platform/ports.js';
import { TEST_ACTOR_KEY } from './stack.js';
import { INITIAL_TIME_FLAG, ensureTemporalCli, ensureTestServer, testServerSupportsInitialTime } from '../../scripts/lib/tools.js';

const START_ATTEMPTS = 6; // a loaded 2-core machine can miss the SDK's fixed 5 s start window more than once

async function withStartRetries<T>(what: string, start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (e) {
      const m = e instanceof Error ? e.message : String(e);
      // "ephemeral server at … did not start within 5s" (slow start, or the port was taken meanwhile)
      const transient = /did not start within|address already in use|bind/i.test(m);
      if (!transient || attempt >= START_ATTEMPTS) throw new Error(`${what}: ${m}`, { cause: e });
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}

export interface TimeSkippingEnvOptions {
  /** The server's clock starts at this instant (past or future), e.g. '2026-09-29T10:00:00+08:00'. */
  startAt?: string | Date | number;
  /** More test-server arguments (after `<port>`). */
  extraArgs?: string[];
  client?: TimeSkippingTestWorkflowEnvironmentOptions['client'];
  plugins?: TimeSkippingTestWorkflowEnvironmentOptions['plugins'];
}

/**
 * `TestWorkflowEnvironment.createTimeSkipping` on the Java test server installed by ensureTestServer().
 * The SDK runs it as `<wrapper> <port> ...extraArgs`; `startAt` becomes `--initial-time=<epoch ms>`.
 * Time skipping follows the SDK's rules: the clock jumps while a result is awaited or env.sleep() runs.
 */
export async function createTimeSkippingEnv(opts: TimeSkippingEnvOptions = {}): Promise<TestWorkflowEnvironment> {
  const path = await ensureTestServer();
  const extraArgs = [...(opts.extraArgs ?? [])];
  let startAtMs: number | null = null;
  if (opts.startAt !== undefined) {
    startAtMs = opts.startAt instanceof Date ? opts.startAt.getTime() : typeof opts.startAt === 'number' ? opts.startAt : Date.parse(opts.startAt);
    if (!Number.isFinite(startAtMs)) throw new Error(`createTimeSkippingEnv: startAt ${String(opts.startAt)} is not a date`);
    if (testServerSupportsInitialTime(path)) extraArgs.push(`${INITIAL_TIME_FLAG}=${startAtMs}`);
    else if (startAtMs < Date.now()) throw new Error(`createTimeSkippingEnv: startAt in the past needs the Java test server (${path} cannot)`);
  }
  // The signer reads the test server's clock (the workflows' Date.now()), not the wall clock.
  let created: TestWorkflowEnvironment | null = null;
  const serverClock = () => (created ? created.currentTimeMs() : Date.now());
  const env = await withStartRetries(`time-skipping test server (${path})`, () =>
    TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path }, extraArgs },
      // The environment's client signs updates with the tests' actor key, as the API does (issue 16 item 5).
      client: opts.client ?? { interceptors: signingInterceptors(TEST_ACTOR_KEY, serverClock)! },
      plugins: opts.plugins,
    }),
  );
  created = env;
  if (startAtMs !== null) {
    let now = await env.currentTimeMs();
    if (now < startAtMs) {
      await env.sleep(startAtMs - now); // native fallback server: forward only
      now = await env.currentTimeMs();
    }
    if (now < startAtMs || now > startAtMs + 5 * 60_000) {
      await env.teardown();
      throw new Error(`createTimeSkippingEnv: server clock is ${new Date(now).toISOString()}, wanted ${new Date(startAtMs).toISOString()}`);
    }
  }
  return env;
}

export interface DevServerEnvOptions {
  /** Namespace created at start-up (default "default"). */
  namespace?: string;
  searchAttributes?: NonNullable<LocalTestWorkflowEnvironmentOptions['server']>['searchAttributes'];
  /** More `temporal server start-dev` arguments. */
  extraArgs?: string[];
  client?: LocalTestWorkflowEnvironmentOptions['client'];
  plugins?: LocalTestWorkflowEnvironmentOptions['plugins'];
}

/** `TestWorkflowEnvironment.createLocal` on the Temporal CLI installed by ensureTemporalCli(): in memory, headless. */
export async function createDevServerEnv(opts: DevServerEnvOptions = {}): Promise<TestWorkflowEnvironment> {
  const path = await ensureTemporalCli();
  return withStartRetries(`Temporal CLI dev server (${path})`, async () =>
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'existing-path', path },
        ip: '127.0.0.1',
        port: await freePort(),
        ui: false,
        namespace: opts.namespace,
        searchAttributes: opts.searchAttributes,
        extraArgs: opts.extraArgs,
        log: { format: 'json', level: 'warn' },
      },
      client: opts.client,
      plugins: opts.plugins,
    }),
  );
}
