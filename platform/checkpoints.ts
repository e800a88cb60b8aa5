/**
 * Signed checkpoints of the audit log (issue 16 item 8b), kept outside the database: an Ed25519 key
 * (BANGFU_AUDIT_SIGNING_KEY, else `<data dir>/audit-signing-key.pem`, generated 0600 on the first
 * worker start) signs `{origin, size, head, time}` (store/checkpoint.ts), and each checkpoint is
 * appended as one JSON line to BANGFU_AUDIT_CHECKPOINTS (default `<data dir>/audit-checkpoints.jsonl`).
 * Verifiers need only the public key (BANGFU_AUDIT_PUBLIC_KEY, or derived from the private key).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { LogState } from '../store/checkpoint.js';
import { AUDIT_CHECKPOINT_WORKFLOW_ID, type auditCheckpointWorkflow } from '../workflows/audit-checkpoints.js';
import { ensurePrivateDir, writeFileAtomic } from './secrets.js';

export interface Checkpoint extends LogState {
  /** ISO instant the checkpoint was taken. */
  time: string;
  /** SHA-256 of the public key (DER, SPKI), first 16 hex digits. */
  keyId: string;
  /** Ed25519 signature over `signedText` (base64). */
  sig: string;
}

export interface CheckpointConfig {
  file: string;
  privateKey?: KeyObject;
  publicKey?: KeyObject;
}

type CheckpointEnv = { BANGFU_AUDIT_SIGNING_KEY?: string; BANGFU_AUDIT_PUBLIC_KEY?: string; BANGFU_AUDIT_CHECKPOINTS?: string; dataDir: string };

export const keyFile = (dataDir: string) => path.join(dataDir, 'audit-signing-key.pem');
const pem = (s: string) => s.replace(/\\n/g, '\n');

/**
 * The checkpoint file and keys. With `create`, a missing key is generated into the data directory
 * (the worker); without it (verifiers), only what exists is read.
 */
export function checkpointConfig(env: CheckpointEnv, opts: { create?: boolean } = {}): CheckpointConfig {
  const file = env.BANGFU_AUDIT_CHECKPOINTS ?? path.join(env.dataDir, 'audit-checkpoints.jsonl');
  let privateKey: KeyObject | undefined;
  if (env.BANGFU_AUDIT_SIGNING_KEY) privateKey = createPrivateKey(pem(env.BANGFU_AUDIT_SIGNING_KEY));
  else if (fs.existsSync(keyFile(env.dataDir))) privateKey = createPrivateKey(fs.readFileSync(keyFile(env.dataDir), 'utf8'));
  else if (opts.create) {
    ensurePrivateDir(env.dataDir);
    privateKey = generateKeyPairSync('ed25519').privateKey;
    writeFileAtomic(keyFile(env.dataDir), privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  }
  if (privateKey && privateKey.asymmetricKeyType !== 'ed25519') throw new Error('BANGFU_AUDIT_SIGNING_KEY: expected an Ed25519 private key (PEM, PKCS#8)');
  const publicKey = env.BANGFU_AUDIT_PUBLIC_KEY ? createPublicKey(pem(env.BANGFU_AUDIT_PUBLIC_KEY)) : privateKey ? createPublicKey(privateKey) : undefined;
  if (publicKey && publicKey.asymmetricKeyType !== 'ed25519') throw new Error('BANGFU_AUDIT_PUBLIC_KEY: expected an Ed25519 public key (PEM)');
  return { file, ...(privateKey ? { privateKey } : {}), ...(publicKey ? { publicKey } : {}) };
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** The exact bytes signed: one field a line, in a fixed order, under a versioned first line. */
export function signedText(c: Omit<Checkpoint, 'keyId' | 'sig'>): string {
  return ['bangfu-audit-checkpoint/v1', c.origin, String(c.size), c.head, c.time, String(c.chains), ''].join('\n');
}

export function signCheckpoint(state: LogState, time: string, privateKey: KeyObject): Checkpoint {
  const body = { origin: state.origin, size: state.size, head: state.head, chains: state.chains, time };
  const sig = sign(null, Buffer.from(signedText(body)), privateKey).toString('base64');
  return { ...body, keyId: keyIdOf(createPublicKey(privateKey)), sig };
}

export function signatureValid(c: Checkpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(signedText(c)), publicKey, Buffer.from(c.sig, 'base64'));
  } catch {
    return false;
  }
}

/** Appends one checkpoint as a JSON line and syncs it to disk (the file is created 0600). */
export function appendCheckpoint(file: string, c: Checkpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(c) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The file's checkpoints in order, with the line number of any line that is not one. */
export function readCheckpoints(file: string): { checkpoints: (Checkpoint & { line: number })[]; unreadable: number[] } {
  if (!fs.existsSync(file)) return { checkpoints: [], unreadable: [] };
  const checkpoints: (Checkpoint & { line: number })[] = [];
  const unreadable: number[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      try {
        const c = JSON.parse(text) as Checkpoint;
        if (typeof c.size !== 'number' || typeof c.head !== 'string' || typeof c.sig !== 'string') throw new Error('not a checkpoint');
        checkpoints.push({ ...c, line: i + 1 });
      } catch {
        unreadable.push(i + 1);
      }
    });
  return { checkpoints, unreadable };
}

/**
 * Starts the singleton checkpoint workflow if it is not running (every worker start, like the
 * schedules): an existing one is kept (USE_EXISTING).
 */
export async function ensureCheckpointWorkflow(client: Client, taskQueue: string, opts: { intervalMs?: number } = {}): Promise<void> {
  await client.workflow.start<typeof auditCheckpointWorkflow>('auditCheckpointWorkflow', {
    workflowId: AUDIT_CHECKPOINT_WORKFLOW_ID,
    taskQueue,
    args: [{ ...(opts.intervalMs ? { intervalMs: opts.intervalMs } : {}) }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}
