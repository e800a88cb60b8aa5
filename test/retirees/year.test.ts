/**
 * A year of three retired cadres (004 §15, §20), from intake on 2027-02-01:
 * - a 团级 cadre files a trip (no approval) and stays abroad a year: a travel_report each calendar quarter;
 * - a silent cadre: six months without contact → a pay_suspension task for the head (the upper
 *   department told), confirmed by the head, lifted by a contact;
 * - two medical claims in the year that meet the 100,000-yuan cap exactly once (a third pays nothing).
 * The monthly contact check runs as its schedule runs it: the sweep workflow on the 1st of the month.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileMedicalClaimUpdate, fileTravelUpdate, recordContactUpdate, recordReturnUpdate } from '../../workflows/retirees/definitions.js';
import { createRetireeHarness, eventually, head, officer, retireeInput, until, type RetireeHarness } from './harness.js';

let h: RetireeHarness;
let abroad: string;
let silent: string;
let patient: string;
const contact = (id: string, notes = '电话联系，情况良好') => h.handle(id).executeUpdate(recordContactUpdate, { args: [{ actor: officer, method: 'phone', notes }] });
const month = (m: number) => `2027-${String(m).padStart(2, '0')}-01`;

beforeAll(async () => {
  h = await createRetireeHarness('2027-02-01T10:00:00+08:00');
  abroad = await h.start(retireeInput({ rankClass: 'regiment_or_below' }));
  silent = await h.start(retireeInput());
  patient = await h.start(retireeInput());
}, 120_000);
afterAll(async () => h?.close());

describe('团级 filing, and quarterly reports over a year abroad (004 §15)', () => {
  it('a 团级 trip is filed (报备): no approval task', async () => {
    const s = await h.handle(abroad).executeUpdate(fileTravelUpdate, { args: [{ actor: officer, destination: '加拿大', departOn: '2027-02-15', plannedReturnOn: '2028-02-15' }] });
    expect(s.travels[0]).toMatchObject({ status: 'filed', needsApproval: false, longStay: true });
    expect(s.tasks.filter((t) => t.type === 'travel_approval')).toHaveLength(0);
    const ev = await h.db.prisma.auditEvent.findFirstOrThrow({ where: { caseId: abroad, type: 'travel_filed' } });
    expect(ev.refs.join(' ')).toMatch(/004 §15 团级及以下/);
  });

  it('abroad from 02-15 with the first quarter\'s report due 03-31', async () => {
    await h.sleepUntil('2027-02-15T09:00:00+08:00');
    const s = await until(h, abroad, (x) => x.tasks.some((t) => t.type === 'travel_report'), 'first report');
    expect(s.status).toBe('abroad');
    expect(s.tasks.find((t) => t.type === 'travel_report')).toMatchObject({ status: 'open', role: 'retiree_officer', deadline: { dueDate: '2027-03-31' } });
  });
});

describe('monthly contact (004 §15)', () => {
  for (const m of [3, 4, 5, 6, 7]) {
    it(`on ${month(m)} the sweep opens the month's contact tasks; no suspension before six months`, async () => {
      await h.sleepUntil(`${month(m)}T00:30:00+08:00`);
      expect((await h.sweep('contact', month(m))).signalled).toBe(3);
      const s = await until(h, silent, (x) => x.tasks.some((t) => t.type === 'contact' && t.evidence[0] === month(m).slice(0, 7)), 'contact task');
      expect(s.tasks.find((t) => t.type === 'contact' && t.evidence[0] === month(m).slice(0, 7))).toMatchObject({ status: 'open', deadline: { dueDate: expect.stringMatching(new RegExp(`^${month(m).slice(0, 7)}-3[01]$`)) } });
      expect(s.tasks.filter((t) => t.type === 'pay_suspension')).toHaveLength(0);
      // Earlier months missed are overdue.
      if (m > 3) expect(s.tasks.filter((t) => t.type === 'contact' && t.overdue)).toHaveLength(m - 3);
      for (const id of [abroad, patient]) {
        await until(h, id, (x) => x.tasks.some((t) => t.type === 'contact' && t.evidence[0] === month(m).slice(0, 7)), 'contact task');
        const after = await contact(id);
        expect(after.tasks.filter((t) => t.type === 'contact' && t.status === 'open')).toHaveLength(0);
      }
      if (m === 3 || m === 6) await h.complete(abroad, 'travel_report', officer, 'approve', '思想情况良好');
    });
  }

  it('six silent months (08-01): a pay_suspension task for the head, the upper department told', async () => {
    await h.sleepUntil('2027-08-01T00:30:00+08:00');
    await h.sweep('contact', '2027-08-01');
    const s = await until(h, silent, (x) => x.tasks.some((t) => t.type === 'pay_suspension'), 'suspension task');
    expect(s.tasks.find((t) => t.type === 'pay_suspension')).toMatchObject({ role: 'institution_head', status: 'open' });
    expect(s.paySuspended).toBe(false); // nothing decided by the check
    await eventually(async () => expect(await h.db.prisma.notification.findMany({ where: { caseId: silent, kind: 'lost_contact_report' } })).toMatchObject([{ toRole: 'retiree_approver', toRegion: '220102' }]));
    for (const id of [abroad, patient]) expect((await h.state(id)).tasks.some((t) => t.type === 'pay_suspension')).toBe(false);
  });

  it('the head confirms: the suspension is recorded (status suspended)', async () => {
    await h.sleepUntil('2027-08-03T10:00:00+08:00');
    const s = await h.complete(silent, 'pay_suspension', head, 'approve', '失联6个月，暂停发放离退休费，调查情况');
    expect(s).toMatchObject({ status: 'suspended', paySuspended: true });
    expect(await h.db.prisma.retiree.findUniqueOrThrow({ where: { id: silent } })).toMatchObject({ status: 'suspended', paySuspended: true });
  });

  it('a contact lifts it, and closes the open contact tasks', async () => {
    await h.sleepUntil('2027-08-10T10:00:00+08:00');
    const s = await contact(silent, '本人来电，已恢复联系');
    expect(s).toMatchObject({ status: 'active', paySuspended: false, lastContactOn: '2027-08-10' });
    expect(s.tasks.filter((t) => t.type === 'contact' && t.status === 'open')).toHaveLength(0);
    expect(s.tasks.filter((t) => t.type === 'contact' && t.status === 'cancelled' && t.overdue)).toHaveLength(5);
    const types = (await h.db.prisma.auditEvent.findMany({ where: { caseId: silent }, orderBy: { seq: 'asc' } })).map((e) => e.type);
    expect(types.indexOf('pay_suspended')).toBeLessThan(types.indexOf('pay_resumed'));
    expect(await h.db.prisma.retireeContact.count({ where: { retireeId: silent } })).toBe(1);
  });
});

describe('medical subsidy, paid by the institution (004 §20)', () => {
  const claim = async (selfPaidFen: number) => {
    const s = await h.handle(patient).executeUpdate(fileMedicalClaimUpdate, { args: [{ actor: officer, selfPaidFen, description: '住院' }] });
    await h.complete(patient, 'medical_claim_check', officer, 'approve', '票据核对无误');
    await h.complete(patient, 'medical_claim_approval', head, 'approve', '同意补助');
    return until(h, patient, (x) => x.claims.find((c) => c.id === s.claimId)!.status === 'paid', 'payment');
  };

  it('150,000 then 100,000 yuan self-paid in 2027: 60,000 + 40,000 = the 100,000 cap, once', async () => {
    let s = await claim(15_000_000);
    expect(s.claims[0]).toMatchObject({ period: '2027', amountFen: 6_000_000 });
    s = await claim(10_000_000);
    expect(s.claims[1]).toMatchObject({ amountFen: 4_000_000 });
    expect(s.medicalYears['2027']).toEqual({ selfPaidFen: 25_000_000, paidFen: 10_000_000 });
    s = await claim(5_000_000);
    expect(s.claims[2]).toMatchObject({ status: 'paid', amountFen: 0 });
    const pays = await h.db.prisma.retireeMedicalPayment.findMany({ where: { retireeId: patient }, orderBy: { paidAt: 'asc' } });
    expect(pays.map((p) => Number(p.amountFen))).toEqual([6_000_000, 4_000_000]);
    expect(pays.reduce((a, p) => a + Number(p.amountFen), 0)).toBe(10_000_000);
    expect(await h.db.prisma.payment.count()).toBe(0); // the case payments table is not used
  });
});

describe('the year abroad ends', () => {
  it('reports for Q3 and Q4; on return the 2028-Q1 report is cancelled and the passport is due', async () => {
    await h.sleepUntil('2027-09-20T10:00:00+08:00');
    await h.complete(abroad, 'travel_report', officer, 'approve', 'Q3');
    await h.sleepUntil('2027-12-20T10:00:00+08:00');
    await until(h, abroad, (x) => x.tasks.some((t) => t.type === 'travel_report' && t.status === 'open' && t.deadline?.dueDate === '2027-12-31'), 'Q4 report');
    await h.complete(abroad, 'travel_report', officer, 'approve', 'Q4');
    await h.sleepUntil('2028-02-16T10:00:00+08:00');
    const s = await h.handle(abroad).executeUpdate(recordReturnUpdate, { args: [{ actor: officer, travelId: `${abroad}-T1`, returnedOn: '2028-02-15' }] });
    const reports = s.tasks.filter((t) => t.type === 'travel_report');
    expect(reports.map((t) => [t.deadline?.dueDate, t.status])).toEqual([
      ['2027-03-31', 'completed'],
      ['2027-06-30', 'completed'],
      ['2027-09-30', 'completed'],
      ['2027-12-31', 'completed'],
      ['2028-03-31', 'cancelled'],
    ]);
    expect(s.tasks.find((t) => t.type === 'passport_return')).toMatchObject({ status: 'open', deadline: { dueDate: '2028-02-25' } });
    expect(s.status).toBe('active');
  });
});
