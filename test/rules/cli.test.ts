/**
 * The rules CLI contract (`npm run --silent bangfu -- deadline|eligibility|benefit <kind>`): JSON on
 * stdin, one JSON line on stdout, exit 0; bad input → exit 2 and `{"error":"invalid_input","issues":
 * [{path,message}]}` on stderr naming the bad field. One process per case (≈0.3–0.6 s each), run
 * concurrently.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calculateBenefit, DEFAULT_PARAMETERS, type BenefitKind } from '../../rules/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
/** The CLI as `npm run bangfu` runs it (tsx cli/main.ts), without npm's own start-up. */
const bangfu = (args: string[], stdin: unknown) => run(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], typeof stdin === 'string' ? stdin : JSON.stringify(stdin));

function ok(r: Run): unknown {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout.endsWith('\n')).toBe(true);
  expect(r.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(r.stdout);
}
function badInput(r: Run): { path: string; message: string }[] {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const body = JSON.parse(r.stderr) as { error: string; issues: { path: string; message: string }[] };
  expect(Object.keys(body).sort()).toEqual(['error', 'issues']);
  expect(body.error).toBe('invalid_input');
  for (const i of body.issues) {
    expect(Object.keys(i).sort()).toEqual(['message', 'path']);
    expect(i.message.length).toBeGreaterThan(0);
  }
  return body.issues;
}

const BREAKDOWN_KEYS = ['amountFen', 'inputs', 'kind', 'parameters', 'refs', 'rounding', 'steps'];
const ON = '2026-06-01';

describe.concurrent('bangfu CLI', () => {
  it('deadline via npm run: 001 §五 2, 2026-09-29 + 5 working days → 2026-10-12 (National Day 2026)', async () => {
    const r = await run('npm', ['run', '--silent', 'bangfu', '--', 'deadline'], JSON.stringify({ received: '2026-09-29', workingDays: 5 }));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"dueDate":"2026-10-12","dueAt":"2026-10-12T16:00:00.000Z","provisional":false}\n');
  });

  // Changed by issue 12: a provisional year counts the statutory days of 放假办法 (2027-01-01 元旦).
  it('deadline: SPEC §2 provisional, 2026-12-28 + 5 → 2027-01-05 (2027-01-01 元旦 is a statutory rest day)', async () => {
    expect(ok(await bangfu(['deadline'], { received: '2026-12-28', workingDays: 5 }))).toEqual({ dueDate: '2027-01-05', dueAt: '2027-01-05T16:00:00.000Z', provisional: true });
  });

  it('deadline: 放假办法 Art. 2 + Art. 6 补假, 2027-09-30 + 5 → 2027-10-12 (10-01..03 国庆, 10-04/05 补假 for the weekend 10-02/03), provisional', async () => {
    expect(ok(await bangfu(['deadline'], { received: '2027-09-30', workingDays: 5 }))).toEqual({ dueDate: '2027-10-12', dueAt: '2027-10-12T16:00:00.000Z', provisional: true });
  });

  it('benefit living-supplement {"dibaoStandardFen":99994} → amountFen 10000 (001 §四(一) 不低于: a floor rounds up)', async () => {
    const out = (await bangfu(['benefit', 'living-supplement'], { dibaoStandardFen: 99_994 }).then(ok)) as { amountFen: number };
    expect(out.amountFen).toBe(10_000);
  });

  it('eligibility: 001 §三, an eligible veteran → {eligible:true, reasons:[]}', async () => {
    const input = { applicationDate: '2026-03-02', category: 'veteran', birthDate: '1970-01-01', registeredLocally: true, residesLocally: true, hardshipSituation: 2, exclusions: {} };
    expect(await bangfu(['eligibility'], input).then(ok)).toStrictEqual({ eligible: true, reasons: [] });
  });

  it('eligibility: SPEC §1 every failing rule with {rule, ref, message}', async () => {
    const input = {
      applicationDate: '2026-03-02',
      category: 'serving_member_family',
      relationToServingMember: 'cousin',
      birthDate: '1990-01-01',
      registeredLocally: false,
      residesLocally: false,
      hardshipSituation: 3,
      exclusions: { creditBlacklist: true },
    };
    const out = (await bangfu(['eligibility'], input).then(ok)) as { eligible: boolean; reasons: { rule: string; ref: string; message: string }[] };
    expect(Object.keys(out).sort()).toEqual(['eligible', 'reasons']);
    expect(out.eligible).toBe(false);
    expect(out.reasons).toEqual([
      { rule: 'serving_member_relation', ref: '001 §三', message: expect.stringContaining('cousin') },
      { rule: 'jurisdiction', ref: '000 §3', message: expect.any(String) },
      { rule: 'exclusion.creditBlacklist', ref: '001 §三(二)2', message: expect.any(String) },
    ]);
  });

  const kinds: [BenefitKind, Record<string, unknown>, number, string][] = [
    ['living-supplement', { dibaoStandardFen: 100_005, householdStatus: 'dibao', onDate: ON }, 10_001, '001 §四(一)'],
    ['medical-aid', { householdStatus: 'dibao', remainingSelfPaidFen: 2_000_000, paidThisYearFen: 1_500_000, prevYearPerCapitaConsumptionFen: 4_200_000, onDate: ON }, 600_000, '001 §四(二)'],
    ['employment-subsidy', { premiumPaidFen: 90_000, firstApprovalDate: '2026-03-15', retirementDate: '2045-07-01', month: '2029-02', onDate: ON }, 60_000, '001 §四(五)'],
    ['retiree-medical', { selfPaidFen: 26_000_000, onDate: ON }, 10_000_000, '004 §20'],
    ['temporary-aid', { requestedFen: 2_000_000, onDate: ON }, 1_000_000, '001 §四(六)'],
  ];
  for (const [kind, input, amountFen, ref] of kinds) {
    it(`benefit ${kind}: ${ref} → {amountFen: ${amountFen}, breakdown} exactly as the rules compute it`, async () => {
      const out = (await bangfu(['benefit', kind], input).then(ok)) as { amountFen: number; breakdown: Record<string, unknown> };
      expect(Object.keys(out).sort()).toEqual(['amountFen', 'breakdown']);
      expect(out.amountFen).toBe(amountFen);
      expect(Object.keys(out.breakdown).sort()).toEqual(BREAKDOWN_KEYS);
      expect(out.breakdown.refs).toEqual([ref]);
      // Issue 12: the living supplement is a floor (001 §四(一) 不低于) and rounds up; the rest half up.
      expect(out.breakdown.rounding).toEqual(kind === 'living-supplement' ? { mode: 'up', ref: '001 §四(一) 不低于: a floor rounds up to the fen' } : { mode: 'half_up', ref: 'SPEC §3 (not in seeds)' });
      for (const p of out.breakdown.parameters as Record<string, unknown>[]) expect(Object.keys(p)).toEqual(expect.arrayContaining(['key', 'value', 'region', 'effectiveFrom', 'ref']));
      const lib = calculateBenefit(kind, input, DEFAULT_PARAMETERS, ON);
      expect(out).toEqual(JSON.parse(JSON.stringify({ amountFen: lib.amountFen, breakdown: lib.breakdown })));
    });
  }

  it('exit 2: an impossible date (2026-02-30) names `received`', async () => {
    const issues = badInput(await bangfu(['deadline'], { received: '2026-02-30', workingDays: 5 }));
    expect(issues).toEqual([{ path: 'received', message: expect.stringContaining('not a real date') }]);
  });

  it('exit 2: a negative amount names its field', async () => {
    const issues = badInput(await bangfu(['benefit', 'medical-aid'], { householdStatus: 'dibao', remainingSelfPaidFen: -100, paidThisYearFen: 0, prevYearPerCapitaConsumptionFen: 1, onDate: ON }));
    expect(issues).toEqual([{ path: 'remainingSelfPaidFen', message: 'must not be negative' }]);
  });

  it('exit 2: a missing field is named (eligibility without birthDate and exclusions)', async () => {
    const issues = badInput(
      await bangfu(['eligibility'], { applicationDate: '2026-03-02', category: 'veteran', registeredLocally: true, residesLocally: true, hardshipSituation: 2 }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(['birthDate', 'exclusions']);
  });

  it('exit 2: malformed JSON is a root issue', async () => {
    const issues = badInput(await bangfu(['deadline'], '{"received": "2026-09-29", workingDays: 5'));
    expect(issues).toEqual([{ path: '(root)', message: expect.stringMatching(/^not valid JSON/) }]);
  });

  it('exit 2: an unknown benefit kind names `kind`', async () => {
    const issues = badInput(await bangfu(['benefit', 'pension-bonus'], { requestedFen: 1 }));
    expect(issues).toEqual([{ path: 'kind', message: expect.stringContaining('pension-bonus') }]);
  });

  it('exit 2: 001 §四(一) a rate below 10% names `rate` (a rule input error, not a schema error)', async () => {
    const issues = badInput(await bangfu(['benefit', 'living-supplement'], { dibaoStandardFen: 100_000, rate: '0.09', onDate: ON }));
    expect(issues).toEqual([{ path: 'rate', message: expect.stringContaining('at least the minimum 0.10') }]);
  });

  it('eligibility: 001 §三 a serving member’s "uncle" is an ineligibility reason, not a validation error (exit 0)', async () => {
    const input = {
      applicationDate: '2026-03-02',
      category: 'serving_member_family',
      relationToServingMember: 'uncle',
      birthDate: '1960-01-01',
      registeredLocally: true,
      residesLocally: true,
      hardshipSituation: 4,
      exclusions: {},
    };
    expect(await bangfu(['eligibility'], input).then(ok)).toStrictEqual({
      eligible: false,
      reasons: [{ rule: 'serving_member_relation', ref: '001 §三', message: expect.stringContaining('uncle') }],
    });
    // A child under 18 on the application date is eligible; on the 18th birthday not.
    const child = { ...input, relationToServingMember: 'child', birthDate: '2008-03-03' };
    expect(await bangfu(['eligibility'], child).then(ok)).toStrictEqual({ eligible: true, reasons: [] });
    const adult = (await bangfu(['eligibility'], { ...child, birthDate: '2008-03-02' }).then(ok)) as { reasons: { rule: string }[] };
    expect(adult.reasons.map((r) => r.rule)).toEqual(['minor_child']);
  });

  it('benefit: region and onDate pick the parameters (the breakdown names the row used)', async () => {
    const out = (await bangfu(['benefit', 'living-supplement'], { dibaoStandardFen: 100_000, rate: '0.12', region: '330302001', onDate: '2025-03-01' }).then(ok)) as {
      amountFen: number;
      breakdown: { parameters: { key: string; region: string; effectiveFrom: string }[]; inputs: Record<string, unknown> };
    };
    expect(out.amountFen).toBe(12_000);
    expect(out.breakdown.parameters).toContainEqual(expect.objectContaining({ key: 'living_supplement_min_rate', region: '000000', effectiveFrom: '2022-01-01' }));
    expect(out.breakdown.inputs).toMatchObject({ region: '330302001', onDate: '2025-03-01', rate: '0.12' });
  });

  it('benefit medical-aid: a household outside 低保/低边 → 0 with a reason', async () => {
    const out = (await bangfu(['benefit', 'medical-aid'], { householdStatus: 'tekun', remainingSelfPaidFen: 1_000_000, paidThisYearFen: 0, prevYearPerCapitaConsumptionFen: 4_200_000, onDate: ON }).then(ok)) as {
      amountFen: number;
      breakdown: { reason: string };
    };
    expect(out.amountFen).toBe(0);
    expect(out.breakdown.reason).toBe('not in a 低保 or 低边 family');
  });

  it('benefit employment-subsidy: 0 outside the window, with its reason', async () => {
    const out = (await bangfu(['benefit', 'employment-subsidy'], { premiumPaidFen: 90_000, firstApprovalDate: '2026-03-15', retirementDate: '2045-07-01', month: '2029-03' }).then(ok)) as {
      amountFen: number;
      breakdown: { reason: string };
    };
    expect(out).toMatchObject({ amountFen: 0, breakdown: { reason: 'month outside the subsidy window' } });
  });

  it('exit 2: every bad field at once, each by its path (a wrong type, an impossible date, a negative amount)', async () => {
    const issues = badInput(await bangfu(['benefit', 'employment-subsidy'], { premiumPaidFen: -1, firstApprovalDate: '2026-02-30', retirementDate: '2045-07-01', month: 202603 }));
    expect(issues.map((i) => i.path).sort()).toEqual(['firstApprovalDate', 'month', 'premiumPaidFen']);
    expect(badInput(await bangfu(['deadline'], { received: '2026-09-29', workingDays: '5' })).map((i) => i.path)).toEqual(['workingDays']);
    expect(badInput(await bangfu(['deadline'], [])).map((i) => i.path)).toEqual(['(root)']);
  });

  it('exit 2: a deadline beyond the calendar (2100) names workingDays', async () => {
    expect(badInput(await bangfu(['deadline'], { received: '2100-12-30', workingDays: 5 }))).toEqual([{ path: 'workingDays', message: expect.stringContaining('beyond 2100') }]);
  });

  it('exit 2 with the usage on stderr: no command, or an unknown one', async () => {
    for (const args of [[], ['frobnicate']]) {
      const r = await bangfu(args, '');
      expect(r.code, args.join()).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('usage: npm run --silent bangfu -- <command>');
      for (const c of ['deadline', 'eligibility', 'benefit']) expect(r.stderr).toContain(`  ${c}`);
      if (args.length) expect(r.stderr).toContain('unknown command: frobnicate');
    }
  });

  it('exit 2 (not 1, internal): an onDate before 001 was in force names `onDate`', async () => {
    const issues = badInput(await bangfu(['benefit', 'living-supplement'], { dibaoStandardFen: 100_000, onDate: '2021-06-01' }));
    expect(issues).toEqual([{ path: 'onDate', message: expect.stringContaining('2021-06-01') }]);
  });
});
