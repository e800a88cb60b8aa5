/**
 * Text that PostgreSQL cannot store never reaches a handler (issue 16 item 13): a NUL character
 * (U+0000; a `text` or `jsonb` column refuses it, and the activity that writes it would fail on every
 * retry) or a lone UTF-16 surrogate (not Unicode; jsonb refuses its escape) anywhere in the body, the
 * query string or the path parameters — values and object keys alike — is a 400 naming the field.
 * One hook for every route, before schema validation, so no route can forget it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Problem, type FieldError } from '../errors.js';
import { named } from './named.js';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `s` cannot be stored as text, or null when it can. */
export function unstorableText(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(s)) return 'must not contain a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

const MAX_DEPTH = 64;

/** Every field of `value` that holds unstorable text, by its dotted path (`applicant.name`, `items.0`). */
export function unstorableFields(value: unknown, where: string, root: string): FieldError[] {
  const out: FieldError[] = [];
  const walk = (v: unknown, path: string[], depth: number) => {
    if (out.length >= 20 || depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      const why = unstorableText(v);
      if (why) out.push({ path: path.length ? path.join('.') : root, in: where, message: why });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, String(i)], depth + 1));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const why = unstorableText(k);
        // A bad key is named by the escaped key itself: its raw form is what cannot be shown.
        if (why) out.push({ path: [...path, JSON.stringify(k).slice(1, -1)].join('.'), in: where, message: `field name ${why}` });
        else walk(x, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return out;
}

export const textGuardPlugin = named('bangfu-text-guard', async function textGuardPlugin(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const errors = [
      ...unstorableFields(request.params, 'params', 'params'),
      ...unstorableFields(request.query, 'querystring', 'querystring'),
      ...unstorableFields(request.body, 'body', 'body'),
    ];
    if (errors.length > 0) {
      throw new Problem(400, 'VALIDATION', 'The request is not valid', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
    }
  });
});
