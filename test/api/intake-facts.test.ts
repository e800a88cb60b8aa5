/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies in tests */
/**
 * Issue 12 rows 2, 4, 6 at the HTTP intake (POST /v1/cases), on the real stack: the case's `benefit`
 * holds facts only (001 §四: rates, standards and maxima are regional policy) → 400 naming
 * `benefit.<field>`; a matter that does not cover the applicant (001 §四 names who each item is for) →
 * 400 naming the field; a region without `dibao_standard_fen` → 422 naming the parameter; an emergency
 * amount above `emergency_aid_max_fen` → 422 naming `emergency.amountFen` (001 §五 先行帮扶援助).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY, application, call, person, startApiStack, type ApiStack } from './support.js';

let s: ApiStack;
beforeAll(async () => {
  s = await startApiStack({ parameters: [{ key: 'emergency_aid_max_fen', value: 300_000 }] });
}, 180_000);
afterAll(async () => s?.close());

const clerk = person('clerk-facts', 'station_clerk');
const OTHER_COUNTY = '330304';
const otherClerk = person('clerk-other', 'station_clerk', OTHER_COUNTY, `${OTHER_COUNTY}001`);

const paths = (r: { body: any }) => (r.body.errors ?? []).map((e: { path: string }) => e.path);

describe('POST /v1/cases: benefit facts, not policy (001 §四; issue 12 row 2)', () => {
  it.each([
    ['rate', { rate: '0.5' }],
    ['regionalMaxFen', { regionalMaxFen: 99_999_999 }],
    ['dibaoStandardFen', { dibaoStandardFen: 100_000 }],
    ['emergencyAidMaxFen', { emergencyAidMaxFen: 1 }],
    ['colour', { colour: 'red' }],
  ])('001 §四 "当地…标准": benefit.%s → 400 naming benefit.<field>', async (field, benefit) => {
    const r = await call(s, 'POST', '/v1/cases', clerk, application({ benefit }));
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(paths(r)).toContain(`benefit.${field}`);
  });

  it('a fact of another matter is named too (premiumPaidFen is not a fact of the living supplement)', async () => {
    const r = await call(s, 'POST', '/v1/cases', clerk, application({ benefit: { premiumPaidFen: 1000 } }));
    expect(r.status).toBe(400);
    expect(paths(r)).toEqual(['benefit.premiumPaidFen']);
  });

  it('001 §四(五): the employment subsidy needs its facts (premium, retirement date), typed', async () => {
    const r = await call(s, 'POST', '/v1/cases', clerk, application({ matter: 'employment_subsidy', benefit: { premiumPaidFen: -1 } }));
    expect(r.status).toBe(400);
    expect(paths(r)).toEqual(expect.arrayContaining(['benefit.premiumPaidFen', 'benefit.retirementDate']));
  });
});

describe('POST /v1/cases: the matter covers the applicant (001 §四; issue 12 row 6)', () => {
  it('001 §四(一) 低保家庭中的退役军人: a 特困 household → 400 naming applicant.householdStatus', async () => {
    const r = await call(s, 'POST', '/v1/cases', clerk, application({ applicant: { householdStatus: 'tekun' } }));
    expect(r.status).toBe(400);
    expect(paths(r)).toEqual(['applicant.householdStatus']);
  });

  it('001 §四(二): medical aid is for veterans; a martyr survivor → 400 naming applicant.category', async () => {
    const r = await call(s, 'POST', '/v1/cases', clerk, application({ matter: 'medical_aid', applicant: { category: 'martyr_survivor', receivesPeriodicPension: true }, benefit: { remainingSelfPaidFen: 10_000 } }));
    expect(r.status).toBe(400);
    expect(paths(r)).toEqual(['applicant.category']);
  });

  it('API docs say dibao_edge (one name for 低保边缘); "dibian" is refused', async () => {
    const r = await call(s, 'POST', '/v1/cases', clerk, application({ applicant: { householdStatus: 'dibian' } }));
    expect(r.status).toBe(400);
    expect(paths(r)).toEqual(['applicant.householdStatus']);
    const docs = await s.app.inject({ method: 'GET', url: '/docs/json' });
    expect(docs.body).toContain('dibao_edge');
    expect(docs.body).not.toContain('dibian');
  });
});

describe('POST /v1/cases: regional policy at intake (issue 12 rows 2, 4) → 422', () => {
  it('001 §四(一) 当地最低生活保障标准: a county without dibao_standard_fen → 422 "missing parameter dibao_standard_fen for region 330304"', async () => {
    const r = await call(s, 'POST', '/v1/cases', otherClerk, application({ county: OTHER_COUNTY, township: `${OTHER_COUNTY}001` }));
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body.code).toBe('REGIONAL_POLICY');
    expect(r.body.detail).toContain('missing parameter dibao_standard_fen for region 330304');
    expect(r.body.parameters).toEqual(['dibao_standard_fen']);
  });

  it('001 §五 先行帮扶援助: an emergency amount above emergency_aid_max_fen (300,000 fen here) → 422 naming emergency.amountFen', async () => {
    const r = await call(s, 'POST', '/v1/cases', clerk, application({ matter: 'temporary_aid', hardshipSituation: 4, emergency: { amountFen: 300_001, reason: 'house fire' }, benefit: { requestedFen: 300_001 } }));
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(paths(r)).toEqual(['emergency.amountFen']);
    expect(r.body.parameters).toEqual(['emergency_aid_max_fen, temporary_aid_max_fen']);
  });

  it('a county with the standard files a living-supplement case with facts only (201)', async () => {
    const r = await call(s, 'POST', '/v1/cases', clerk, application());
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.county).toBe(COUNTY);
  });
});
