/** Workflows for test/platform/time-skipping.test.ts (bundled by the worker from this .ts file). */
import { sleep } from '@temporalio/workflow';

/** Sleeps five days of workflow time; reports workflow time before and after. */
export async function sleepFiveDays(): Promise<{ startedAt: number; endedAt: number }> {
  const startedAt = Date.now();
  await sleep('5 days');
  return { startedAt, endedAt: Date.now() };
}

/** Workflow time at its first task. */
export async function workflowNow(): Promise<number> {
  return Date.now();
}

export async function greet(name: string): Promise<string> {
  await sleep(10);
  return `你好, ${name}`;
}
