/**
 * Issue 12 rows 5, 6, 12, 13 (rules part): the matter catalogue (001 §四 names who each item is for;
 * 001 §五 last paragraph names the channel), the exclusions that block an approval (001 §三(二)), and
 * priority with conduct and serious illness/disability (000 §3).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMETERS,
  EXCLUSIONS,
  MATTER_CATALOGUE,
  MATTER_KEYS,
  exclusionsBlockApproval,
  matterCoversApplicant,
  priorityScore,
  referralOutcomeProblems,
  type ParameterTable,
} from '../../rules/index.js';
import { verificationPriorityFacts } from '../../rules/schemas.js';
import { MATTERS } from '../../workflows/definitions.js';

const ON = '2026-06-01';

describe('the matter catalogue (001 §四; 001 §五 last paragraph)', () => {
  it('covers exactly the API’s matters, each with categories, reference, class and channel with its reference', () => {
    expect([...MATTER_KEYS]).toEqual([...MATTERS]);
    for (const m of MATTER_KEYS) {
      const d = MATTER_CATALOGUE[m];
      expect(d.categories.length, m).toBeGreaterThan(0);
      expect(d.coverageRef, m).toMatch(/^00[0-4] §/);
      expect(['recurring', 'one_off', 'referral']).toContain(d.class);
      expect(d.channel.ref, m).toMatch(/00[0-4] §/);
      expect(d.channel.department.length, m).toBeGreaterThan(0);
      expect(d.channel.referral, m).toBe(d.class === 'referral');
    }
  });

  it('001 §四(一) 每月增发 and §四(五) 补贴期限: the living supplement and the employment subsidy recur; 001 §四(六) 一次性援助 is one-off', () => {
    expect(MATTER_CATALOGUE.living_supplement.class).toBe('recurring');
    expect(MATTER_CATALOGUE.employment_subsidy.class).toBe('recurring');
    expect(MATTER_CATALOGUE.temporary_aid.class).toBe('one_off');
  });

  it('001 §五 "其他临时性援助工作由县级人民政府退役军人事务部门负责办理": temporary aid is the county veterans department’s own channel', () => {
    expect(MATTER_CATALOGUE.temporary_aid.channel).toMatchObject({ department: '县级人民政府退役军人事务部门', referral: false });
    expect(MATTER_CATALOGUE.temporary_aid.channel.ref).toContain('001 §五 last paragraph');
  });

  it('001 §五 "住房、教育…援助工作按现行规定程序及渠道办理": housing and education go to their departments as referrals', () => {
    expect(MATTER_CATALOGUE.housing_referral.channel).toMatchObject({ department: '住房和城乡建设部门', referral: true });
    expect(MATTER_CATALOGUE.education_referral.channel).toMatchObject({ department: '教育部门及有关学校', referral: true });
    expect(MATTER_CATALOGUE.funeral_referral.channel.ref).toContain('003 §七');
  });

  it('the living supplement needs the regional dibao_standard_fen; medical aid last year’s per-capita consumption', () => {
    expect(MATTER_CATALOGUE.living_supplement.regionalParameters).toEqual(['dibao_standard_fen']);
    expect(MATTER_CATALOGUE.medical_aid.regionalParameters).toEqual(['prev_year_per_capita_consumption_fen']);
  });
});

describe('matterCoversApplicant (001 §四 names who each item is for; issue 12 row 6)', () => {
  const vet = { category: 'veteran', householdStatus: 'dibao' };

  it('001 §四(一) "对低保家庭中的退役军人": a veteran in a 低保 family is covered; 特困 and a martyr survivor are not, by field', () => {
    expect(matterCoversApplicant('living_supplement', vet)).toEqual([]);
    expect(matterCoversApplicant('living_supplement', { ...vet, householdStatus: 'tekun' }).map((p) => p.path)).toEqual(['applicant.householdStatus']);
    expect(matterCoversApplicant('living_supplement', { category: 'martyr_survivor', householdStatus: 'dibao' }).map((p) => p.path)).toEqual(['applicant.category']);
    expect(matterCoversApplicant('living_supplement', { category: 'veteran' })[0]).toMatchObject({ path: 'applicant.householdStatus', ref: expect.stringContaining('001 §四(一)') });
  });

  it('001 §四(一) "最低生活保障边缘家庭中的退役军人，有条件的地区可统筹纳入": 低边 only where the region opts in', () => {
    const edge = { ...vet, householdStatus: 'dibao_edge' };
    expect(matterCoversApplicant('living_supplement', edge)).toEqual([]); // static: the region decides
    const where = { table: DEFAULT_PARAMETERS, region: '330302', onDate: ON };
    expect(matterCoversApplicant('living_supplement', edge, undefined, where)[0]?.message).toMatch(/opts in/);
    const optIn: ParameterTable = [...DEFAULT_PARAMETERS, { region: '330302', key: 'living_supplement_includes_dibao_edge', value: true, effectiveFrom: '2026-01-01', ref: 'test' }];
    expect(matterCoversApplicant('living_supplement', edge, undefined, { ...where, table: optIn })).toEqual([]);
  });

  it('001 §四(二) "最低生活保障家庭、最低生活保障边缘家庭中的退役军人": medical aid covers 低保 and 低边, not 支出型贫困', () => {
    expect(matterCoversApplicant('medical_aid', vet)).toEqual([]);
    expect(matterCoversApplicant('medical_aid', { ...vet, householdStatus: 'dibao_edge' })).toEqual([]);
    expect(matterCoversApplicant('medical_aid', { ...vet, householdStatus: 'expenditure_poverty' }).map((p) => p.path)).toEqual(['applicant.householdStatus']);
  });

  it('001 §四(六) "退役军人、军烈属…遗属": temporary aid covers every category of 001 §三, any household', () => {
    for (const category of ['veteran', 'martyr_survivor', 'duty_death_survivor', 'illness_death_survivor', 'serving_member_family', 'other_entitled']) {
      expect(matterCoversApplicant('temporary_aid', { category }), category).toEqual([]);
    }
  });

  it('003 §七 "领取国家定期抚恤补助对象": the funeral waiver needs the periodic pension', () => {
    expect(matterCoversApplicant('funeral_referral', { category: 'martyr_survivor', receivesPeriodicPension: true })).toEqual([]);
    expect(matterCoversApplicant('funeral_referral', { category: 'martyr_survivor' }).map((p) => p.path)).toEqual(['applicant.receivesPeriodicPension']);
  });

  it('a household status given in benefit must agree with the applicant’s', () => {
    expect(matterCoversApplicant('living_supplement', vet, { householdStatus: 'dibao' })).toEqual([]);
    expect(matterCoversApplicant('living_supplement', vet, { householdStatus: 'tekun' }).map((p) => p.path)).toEqual(['benefit.householdStatus']);
  });
});

describe('exclusionsBlockApproval (001 §三(二) "有下列情形之一的，不予帮扶援助"; issue 12 row 5)', () => {
  it('001 §三(二)2: a blacklisted applicant cannot be approved; the refusal names the rule and its reference', () => {
    expect(exclusionsBlockApproval({ creditBlacklist: true })).toEqual({
      blocked: true,
      rules: [{ rule: 'exclusion.creditBlacklist', ref: '001 §三(二)2', message: expect.stringContaining('不予帮扶援助') }],
    });
  });

  it('no exclusion, or only false flags → not blocked; each of the four rules blocks with its own reference', () => {
    expect(exclusionsBlockApproval(undefined)).toEqual({ blocked: false, rules: [] });
    expect(exclusionsBlockApproval({ criminalPunishment: false })).toEqual({ blocked: false, rules: [] });
    for (const [key, def] of Object.entries(EXCLUSIONS)) expect(exclusionsBlockApproval({ [key]: true }).rules[0]?.ref).toBe(def.ref);
  });

  it('property: blocked exactly when some flag is true, every true flag named', () => {
    const flags = fc.record({ criminalPunishment: fc.boolean(), creditBlacklist: fc.boolean(), disruptivePetitioning: fc.boolean(), otherLegalBar: fc.boolean() }, { requiredKeys: [] });
    fc.assert(
      fc.property(flags, (f) => {
        const r = exclusionsBlockApproval(f);
        const on = Object.entries(f).filter(([, v]) => v).map(([k]) => `exclusion.${k}`);
        expect(r.blocked).toBe(on.length > 0);
        expect(r.rules.map((x) => x.rule).sort()).toEqual(on.sort());
      }),
    );
  });
});

describe('priority with conduct and serious illness/disability (000 §3 现实表现; 000 §2, §6; issue 12 row 13)', () => {
  const base = { hardshipSituation: 2, householdStatus: 'dibao' };
  it('000 §2 "致残、患有严重疾病": each raises severity one step, explained with its reference', () => {
    const ill = priorityScore({ ...base, seriousIllness: true });
    expect(ill.score).toBe(priorityScore(base).score + 100);
    expect(ill.explanation.join('\n')).toMatch(/serious illness.*000 §2/);
    expect(priorityScore({ ...base, seriousIllness: true, seriousDisability: true }).score).toBe(priorityScore(base).score + 200);
  });

  it('000 §3 "综合考虑…现实表现": commendable conduct raises, a concern lowers, less than any service point', () => {
    const s = (c?: 'commendable' | 'ordinary' | 'concern') => priorityScore({ ...base, ...(c ? { conduct: c } : {}) }).score;
    expect(s('commendable')).toBeGreaterThan(s('ordinary'));
    expect(s('concern')).toBeLessThan(s('ordinary'));
    expect(s('ordinary')).toBe(s());
    expect(priorityScore({ ...base, remoteHardshipService: true }).score).toBeGreaterThan(s('commendable'));
    expect(priorityScore({ ...base, conduct: 'commendable' }).explanation.join('\n')).toMatch(/现实表现.*000 §3/);
  });

  it('verification records the facts strictly (a typo is named)', () => {
    expect(verificationPriorityFacts.safeParse({ conduct: 'commendable', seriousIllness: true }).success).toBe(true);
    const bad = verificationPriorityFacts.safeParse({ conduct: 'great' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['conduct']);
  });
});

describe('referral outcomes (001 §五 last paragraph 按现行规定程序及渠道办理; issue 12 row 12)', () => {
  it('001 §四(三): the housing department’s answer is recorded with who, when, result and amount', () => {
    expect(referralOutcomeProblems('housing', '2026-06-01', { decidedBy: '鹿城区住房和城乡建设局', decidedOn: '2026-06-20', outcome: 'public_rental_priority', amountFen: 60_000, reference: '鹿住建〔2026〕12号' })).toEqual([]);
  });

  it('names each missing or wrong part by its path', () => {
    expect(referralOutcomeProblems('education', '2026-06-01', { decidedOn: '2026-05-31', outcome: 'public_rental_priority', amountFen: -1 }).map((p) => p.path)).toEqual(['decidedBy', 'decidedOn', 'outcome', 'amountFen']);
    expect(referralOutcomeProblems('funeral', '2026-06-01', { decidedBy: 'x', decidedOn: '2026-02-30', outcome: 'basic_funeral_fees_waived' }).map((p) => p.path)).toEqual(['decidedOn']);
  });
});

describe('the workflow pays each matter as the catalogue classes it (issue 12 row 7)', () => {
  it('001 §四(五) "补贴期限不超过3年": the employment subsidy is recurring in rules/matter-class.ts too, and every class agrees', async () => {
    const { MATTER_CLASS } = await import('../../rules/matter-class.js');
    for (const m of MATTERS) expect([m, MATTER_CLASS[m]]).toEqual([m, MATTER_CATALOGUE[m].class]);
    expect(MATTER_CLASS.employment_subsidy).toBe('recurring');
  });
});
