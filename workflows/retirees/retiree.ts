/**
 * One workflow per retired cadre (`retiree-<id>`), from intake (004 §5, §7 即交即接) for as long as the
 * institution looks after the cadre. It owns every task of the file; the processes (travel, claims,
 * reports) run as coroutines beside the main loop, which works through the schedules' periodic checks
 * (monthly contact, yearly health check, care visits). Orchestration only: deadlines, amounts and
 * paths come from activities; every change goes through the retireeChange activity with its audit
 * event on the retiree's chain. Nothing is decided by a timer.
 */
import * as wf from '@temporalio/workflow';
import { REFUSALS, type Actor } from '../definitions.js';
import { refuse } from '../refuse.js';
import { acts, createBook } from './book.js';
import { careVisit, healthCheckDone, recordEmergency, runReport, yearlyHealthCheck } from './care.js';
import { afterContact, monthlyCheck, recordContact } from './contact.js';
import {
  CONTACT_METHODS,
  REPORT_KINDS,
  fileMedicalClaimUpdate,
  fileReportUpdate,
  fileTravelUpdate,
  recordContactUpdate,
  recordEmergencyUpdate,
  recordReturnUpdate,
  retireeDueSignal,
  retireeIntakeUpdate,
  retireeStateQuery,
  type ClaimState,
  type DueNotice,
  type ReportState,
  type RetireeInput,
  type RetireeState,
  type TravelState,
} from './definitions.js';
import { validateInstitutionActor } from './guards.js';
import { runClaim } from './medical.js';
import { runTravel } from './travel.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const IN_FLIGHT = new Set(['pending_approval', 'approved', 'filed', 'abroad']);

export async function retireeWorkflow(input: RetireeInput): Promise<RetireeState> {
  const shanghai = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
  const state: RetireeState = {
    retireeId: input.retireeId,
    status: 'active',
    paySuspended: false,
    county: input.county,
    institution: input.institution,
    rankClass: input.rankClass,
    lastContactOn: shanghai(Date.parse(input.receivedAt)),
    tasks: [],
    travels: [],
    claims: [],
    reports: [],
    medicalYears: {},
  };
  const book = createBook(state);
  let intakeRecorded = false;
  const dues: DueNotice[] = [];
  const ready = () => wf.condition(() => intakeRecorded);
  const institution = (what: string) => (r: { actor: Actor }) => {
    if (!intakeRecorded) refuse(REFUSALS.WRONG_STATE, `retiree ${state.retireeId} is not registered yet`);
    validateInstitutionActor(state, r.actor, what);
  };

  book.registerTaskHandlers();
  book.hooks.completed = async (task, actor) => {
    if (task.type === 'contact') {
      const on = book.today();
      if (on > state.lastContactOn) state.lastContactOn = on;
      const contactId = `${task.id}-C`;
      await book.record('contact_recorded', actor, { contactId, method: 'other', on, notes: task.reasons, taskId: task.id }, {
        refs: ['004 §15 并记录联系的有关内容'],
        contact: { id: contactId, contactedAt: book.now(), contactedBy: actor.sub, method: 'other', notes: task.reasons },
        patch: { lastContactOn: state.lastContactOn },
      });
      await afterContact(book, actor, on);
    }
    if (task.type === 'health_check') await healthCheckDone(book, task, actor);
  };
  wf.setHandler(retireeStateQuery, () => state);
  // An empty validator so the guard (workflows/guard.ts) checks this update's signature too.
  wf.setHandler(
    retireeIntakeUpdate,
    async () => {
      await ready();
      return state;
    },
    { validator: () => {} },
  );
  wf.setHandler(retireeDueSignal, (n) => void dues.push(n));

  wf.setHandler(
    fileTravelUpdate,
    async (req) => {
      const trip: TravelState & { ready?: boolean } = {
        id: `${state.retireeId}-T${state.travels.length + 1}`,
        destination: req.destination.trim(),
        departOn: req.departOn,
        plannedReturnOn: req.plannedReturnOn ?? null,
        returnedOn: null,
        status: 'filed',
        needsApproval: state.rankClass === 'division',
        longStay: false,
        headOpinion: req.headOpinion?.trim() ? { by: req.actor.roles.includes('institution_head') ? req.actor.sub : 'institution_head', text: req.headOpinion.trim() } : null,
        passportReturnedOn: null,
      };
      state.travels.push(trip);
      void runTravel(book, trip, req.actor);
      await wf.condition(() => trip.ready === true);
      return { ...state, travelId: trip.id };
    },
    {
      validator: (req) => {
        institution('travel abroad')(req);
        if (!req.destination?.trim()) refuse(REFUSALS.INVALID, 'destination is required');
        if (!DATE.test(req.departOn ?? '')) refuse(REFUSALS.INVALID, 'departOn must be a date YYYY-MM-DD');
        if (req.plannedReturnOn !== undefined && (!DATE.test(req.plannedReturnOn) || req.plannedReturnOn < req.departOn)) refuse(REFUSALS.INVALID, 'plannedReturnOn must be a date on or after departOn');
        const open = state.travels.find((t) => IN_FLIGHT.has(t.status));
        if (open) refuse(REFUSALS.WRONG_STATE, `travel ${open.id} is still ${open.status}`);
      },
    },
  );

  wf.setHandler(
    recordReturnUpdate,
    async (req) => {
      const trip = state.travels.find((t) => t.id === req.travelId)!;
      trip.returnedOn = req.returnedOn;
      await wf.condition(() => trip.status !== 'abroad' && state.tasks.some((t) => t.type === 'passport_return' && t.evidence[0] === trip.id));
      return state;
    },
    {
      validator: (req) => {
        institution('a return')(req);
        const trip = state.travels.find((t) => t.id === req.travelId);
        if (!trip) refuse(REFUSALS.NOT_FOUND, `no travel ${req.travelId} on retiree ${state.retireeId}`);
        if (trip.status !== 'abroad' || trip.returnedOn !== null) refuse(REFUSALS.WRONG_STATE, `travel ${trip.id} is ${trip.status}, not abroad`);
        if (!DATE.test(req.returnedOn ?? '') || req.returnedOn < trip.departOn || req.returnedOn > book.today()) refuse(REFUSALS.INVALID, `returnedOn must be a date from ${trip.departOn} to today`);
      },
    },
  );

  wf.setHandler(
    recordContactUpdate,
    async (req) => {
      const contactId = `${state.retireeId}-C${Date.now().toString(36)}-${book.counter()}`;
      await recordContact(book, contactId, req);
      return { ...state, contactId };
    },
    {
      validator: (req) => {
        institution('a contact')(req);
        if (!(CONTACT_METHODS as readonly string[]).includes(req.method)) refuse(REFUSALS.INVALID, `method must be one of ${CONTACT_METHODS.join(', ')}`);
        if (req.contactedAt !== undefined && !(Date.parse(req.contactedAt) <= Date.now())) refuse(REFUSALS.INVALID, 'contactedAt must be an instant not in the future');
      },
    },
  );

  wf.setHandler(
    fileMedicalClaimUpdate,
    async (req) => {
      const claim: ClaimState & { ready?: boolean } = { id: `${state.retireeId}-M${state.claims.length + 1}`, period: req.period ?? book.today().slice(0, 4), selfPaidFen: req.selfPaidFen, status: 'checking', amountFen: null };
      state.claims.push(claim);
      void runClaim(book, claim, req.actor, req.description ?? null);
      await wf.condition(() => claim.ready === true);
      return { ...state, claimId: claim.id };
    },
    {
      validator: (req) => {
        institution('a medical claim')(req);
        if (!Number.isSafeInteger(req.selfPaidFen) || req.selfPaidFen < 0) refuse(REFUSALS.INVALID, 'selfPaidFen must be a whole number of fen ≥ 0');
        if (req.period !== undefined && !/^\d{4}$/.test(req.period)) refuse(REFUSALS.INVALID, 'period must be a year YYYY');
      },
    },
  );

  wf.setHandler(
    fileReportUpdate,
    async (req) => {
      const rep: ReportState & { ready?: boolean } = { id: `${state.retireeId}-R${state.reports.length + 1}`, kind: req.kind, major: req.major === true, status: 'recorded' };
      state.reports.push(rep);
      void runReport(book, rep, req);
      await wf.condition(() => rep.ready === true);
      return { ...state, reportId: rep.id };
    },
    {
      validator: (req) => {
        institution('a report')(req);
        if (!(REPORT_KINDS as readonly string[]).includes(req.kind)) refuse(REFUSALS.INVALID, `kind must be one of ${REPORT_KINDS.join(', ')}`);
        if (!req.details?.trim()) refuse(REFUSALS.INVALID, 'details are required');
      },
    },
  );

  wf.setHandler(
    recordEmergencyUpdate,
    async (req) => {
      const recordId = `${state.retireeId}-E${state.tasks.filter((t) => t.type === 'emergency_paperwork').length + 1}`;
      await recordEmergency(book, recordId, req);
      return { ...state, recordId };
    },
    {
      validator: (req) => {
        institution('an emergency treatment')(req);
        if (!DATE.test(req.treatedOn ?? '') || req.treatedOn > book.today()) refuse(REFUSALS.INVALID, 'treatedOn must be a date not in the future');
        if (!req.hospital?.trim()) refuse(REFUSALS.INVALID, 'hospital is required');
      },
    },
  );

  void book.watchDeadlines();

  // Intake (接收安置): the window was checked by the API (004 §5); the register row and its event.
  const sealed = await acts.sealRetiree({ retireeId: input.retireeId, person: input.person });
  await book.record(
    'retiree_received',
    input.filedBy,
    { rankClass: input.rankClass, institution: input.institution, county: input.county, careFlags: input.careFlags ?? null },
    {
      refs: ['004 §5', '004 §7 即交即接'],
      create: {
        id: input.retireeId,
        workflowId: wf.workflowInfo().workflowId,
        personKey: input.personKey,
        nameMasked: sealed.nameMasked,
        idNumberMasked: sealed.idNumberMasked,
        person: sealed.person,
        rankClass: input.rankClass,
        institution: input.institution,
        county: input.county,
        careFlags: input.careFlags ?? null,
        createdBy: input.filedBy.sub,
        lastContactOn: state.lastContactOn,
      },
    },
  );
  intakeRecorded = true;

  // The schedules' periodic checks, one at a time and in the order they came.
  for (;;) {
    await wf.condition(() => dues.length > 0);
    const n = dues.shift()!;
    if (n.kind === 'contact') await monthlyCheck(book, n.on);
    else if (n.kind === 'health_check') await yearlyHealthCheck(book, n.on);
    else await careVisit(book, n.on, input);
  }
}
