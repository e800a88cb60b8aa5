/**
 * Payment months (YYYY-MM) in Asia/Shanghai: which month an instant falls in, the instant a month
 * starts, and month arithmetic. Pure; used by the workflow's monthly payment loop.
 */
import { SHANGHAI_OFFSET_MS } from './timezone.js';

/** The Asia/Shanghai month (YYYY-MM) of an instant (ms since the epoch). */
export function shanghaiMonth(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
}

/** `period` moved by `delta` months. */
export function shiftMonth(period: string, delta: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + delta;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** 00:00 Asia/Shanghai on the first day of `period` (YYYY-MM), in ms. */
export function monthStartsAt(period: string): number {
  return Date.parse(`${period}-01T00:00:00Z`) - SHANGHAI_OFFSET_MS;
}
