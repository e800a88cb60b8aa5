/** The README's steps table is generated from rules/steps.ts: the test fails when it is stale. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEPS_BEGIN, STEPS_END, stepsTable } from '../../rules/steps-doc.js';
import { STEPS } from '../../rules/steps.js';
import { PARAMETER_TYPES } from '../../rules/parameter-defaults.js';
import { TASK_TYPES } from '../../rules/vocabulary.js';

describe('the steps table', () => {
  it('has a row for every task type, each deadline a known parameter', () => {
    expect(Object.keys(STEPS).sort()).toEqual([...TASK_TYPES].sort());
    for (const s of Object.values(STEPS)) if (s.deadline) expect(Object.keys(PARAMETER_TYPES)).toContain(s.deadline);
  });
  it('the README carries the generated table (npx tsx scripts/docs-steps.ts)', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const a = readme.indexOf(STEPS_BEGIN);
    const b = readme.indexOf(STEPS_END);
    expect(a).toBeGreaterThan(-1);
    expect(readme.slice(a, b + STEPS_END.length)).toBe(stepsTable());
  });
});
