/** Shared plumbing of the JSON commands: read stdin, validate, print, exit codes (0 ok, 2 bad input, 1 other). */
import type { z } from 'zod';
import { issuesOf } from '../rules/schemas.js';
import { RuleInputError } from '../rules/errors.js';

export class BadInput extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super('invalid_input');
  }
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonInput<S extends z.ZodType>(schema: S): Promise<z.infer<S>> {
  const text = await readStdin();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BadInput([{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new BadInput(issuesOf(parsed.error));
  return parsed.data;
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}

/** Runs a command body with the CLI's exit-code contract. */
export async function runJsonCommand(body: () => Promise<unknown>): Promise<number> {
  try {
    printJson(await body());
    return 0;
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(JSON.stringify({ error: 'invalid_input', issues: e.issues }) + '\n');
      return 2;
    }
    if (e instanceof RuleInputError) {
      process.stderr.write(JSON.stringify({ error: 'invalid_input', issues: [{ path: e.path, message: e.detail }] }) + '\n');
      return 2;
    }
    process.stderr.write(JSON.stringify({ error: 'internal', message: (e as Error).message }) + '\n');
    return 1;
  }
}

/** Today in Asia/Shanghai: the date whose parameters apply when the input names none. */
export function todayShanghai(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
