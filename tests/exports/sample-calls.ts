// A valid call of each exported function, for the tests that replace or corrupt one argument at a time.
// Each entry builds fresh arguments, so a call that mutates them cannot leak into the next. A function
// missing here is still fuzzed with random arguments; a sample lets the fuzz reach past the first check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../../src/index.js';
import { marchSession, verifiedPlan } from '../billing/coverage/benefit-fixtures.js';

const {
  createBusinessCalendar,
  compileTriageRules,
  buildAppointmentIndex,
  buildWaitlistIndex,
  rankWaitlistForOpening,
  reason,
  getUsFederalHolidays,
} = api;

/** The exported functions by name. */
export type ExportName = keyof typeof api;

// Copies of exported constants: the fuzz corrupts arguments in place, and must not corrupt the library's.
const COMMERCIAL = structuredClone(api.COMMERCIAL_PAYER_PROFILE_EXAMPLE);
const MEDICARE = structuredClone(api.MEDICARE_PAYER_PROFILE_EXAMPLE);
const copy = <T>(value: T): T => structuredClone(value);

const NPI = '1234567893';
const NY = 'America/New_York';

const claimLine = () => ({
  lineId: '1',
  serviceDate: '2026-03-02',
  procedureCode: '90834',
  placeOfService: '11',
  units: 1,
  chargeCents: 15_000,
  diagnosisPointers: [1],
});
const claim = () => ({
  claimId: 'claim-1',
  clientId: 'client-1',
  payerId: COMMERCIAL.payerId,
  renderingNpi: NPI,
  billingNpi: '1245319599',
  diagnosisCodes: ['F41.1'],
  lines: [claimLine()],
});
const acceptedClaim = () => ({
  ...claim(),
  status: 'accepted',
  history: [
    { from: 'draft', to: 'ready', on: '2026-03-03' },
    { from: 'ready', to: 'submitted', on: '2026-03-04' },
    { from: 'submitted', to: 'accepted', on: '2026-03-05' },
  ],
});
const balance = () => ({
  claimId: 'claim-1',
  chargeCents: 15_000,
  paidCents: 9_000,
  contractualCents: 4_000,
  deniedCents: 0,
  otherAdjustmentCents: 0,
  clientResponsibility: { deductibleCents: 0, coinsuranceCents: 0, copayCents: 2_000, otherCents: 0 },
  postedRemittanceIds: ['era-1'],
  denials: [],
});
const remittance = () => ({
  remittanceId: 'era-1',
  payerId: COMMERCIAL.payerId,
  paidOn: '2026-04-10',
  claims: [
    {
      claimId: 'claim-1',
      chargeCents: 15_000,
      paidCents: 9_000,
      adjustments: [
        { group: 'CO', carc: '45', amountCents: 4_000 },
        { group: 'PR', carc: '3', amountCents: 2_000 },
      ],
    },
  ],
});
// The estimate tests' verified 2026 plan and March session, copied fresh for each call.
const benefits = () => ({ ...verifiedPlan });
const estimateRequest = () => ({ ...marchSession });
const authorization = () => ({
  authorizationNumber: 'AUTH-2026-0042',
  payerId: 'aetna-ppo',
  clientId: 'cl-ava',
  clinicianId: null,
  codes: ['90837', '90834'],
  unit: 'sessions',
  authorizedCount: 12,
  usedCount: 3,
  startsOn: '2026-01-05',
  endsOn: '2026-06-30',
});
const authorizableSession = () => ({
  clientId: 'cl-ava',
  payerId: 'aetna-ppo',
  clinicianId: 'dr-lee',
  serviceDate: '2026-03-02',
  lines: [{ code: '90837', units: 1 }],
});
const eligibilityRecord = () => ({
  clientId: 'cl-ava',
  payerId: 'aetna-ppo',
  lastVerifiedOn: '2026-02-16',
  planYearStartsOn: '2026-01-01',
  planEndsOn: null,
  coverageChangedOn: null,
});

const clinician = () => ({
  id: 'dr-lee',
  zone: NY,
  modalities: ['in_person', 'telehealth'],
  payersAccepted: ['aetna'],
  availability: [{ days: ['mon', 'tue', 'wed', 'thu'], start: '09:00', end: '17:00' }],
});
const appointment = (id = 'a-1', start = '2026-03-10T14:00:00-04:00', end = '2026-03-10T14:50:00-04:00') => ({
  id,
  clinicianId: 'dr-lee',
  clientIds: ['c-1'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  start,
  end,
});
const lateCancel = () => ({
  ...appointment('a-2'),
  status: { state: 'cancelled', by: 'client', at: '2026-03-10T09:00:00-04:00' },
  sessionFeeCents: 15_000,
});
const client = () => ({ id: 'c-1', zone: NY, locationState: 'NY', payerClasses: ['commercial'] });
const cancellationPolicy = () => ({ practiceZone: NY });
const series = () => ({
  id: 's-1',
  clinicianId: 'dr-lee',
  clientIds: ['c-1'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  zone: NY,
  startDate: '2026-03-02',
  startTime: '09:00',
  durationMinutes: 50,
  frequency: 'weekly',
  count: 10,
});
const waitlistEntry = (id = 'w-1') => ({
  id,
  clientId: `c-${id}`,
  zone: NY,
  addedAt: '2026-01-05T10:00:00-05:00',
});
const opening = () => ({
  id: 'o-1',
  clinicianId: 'dr-lee',
  start: '2026-03-10T10:00:00-04:00',
  end: '2026-03-10T10:50:00-04:00',
  modalities: ['telehealth'],
});
const waitlistIndex = () => buildWaitlistIndex([waitlistEntry('w-1'), waitlistEntry('w-2')]);
const waitlistRanking = () =>
  rankWaitlistForOpening(
    waitlistIndex(),
    opening() as never,
    clinician() as never,
    {},
    { asOf: '2026-03-01T00:00:00Z' },
  );

const license = () => ({
  state: 'CA',
  type: 'LMFT',
  number: 'LMFT 100',
  level: 'independent',
  status: 'active',
  issuedOn: '2024-07-01',
  expiresOn: '2027-06-30',
});
const credentials = () => ({
  clinicianId: 'clin-ana',
  individualNpi: NPI,
  licenses: [license()],
  caqh: { providerId: '12345678', lastAttestedOn: '2026-10-01' },
});
const enrollment = () => ({
  clinicianId: 'clin-ana',
  payerId: 'aetna',
  status: 'approved',
  effectiveOn: '2026-03-01',
  credentialedOn: '2026-02-10',
});
const submittedEnrollment = () => ({
  clinicianId: 'clin-ana',
  payerId: 'humana',
  status: 'submitted',
  submittedOn: '2026-11-02',
  documents: [{ kind: 'state_license', receivedOn: '2026-10-15' }],
});
const apit = () => ({
  kind: 'psypact_apit',
  homeState: 'AZ',
  status: 'active',
  issuedOn: '2025-10-01',
  expiresOn: '2026-09-30',
});

const intakeClient = () => ({
  id: 'c-ana',
  zone: NY,
  birthDate: '1990-06-15',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt: '2026-03-10T10:00:00-04:00',
});
const intakeFile = () => ({
  client: intakeClient(),
  documents: [
    {
      id: 'c-ana-doc-0',
      clientId: 'c-ana',
      type: 'informed_consent',
      status: 'sent',
      sentAt: '2026-03-05T18:00:00-05:00',
    },
  ],
  remindersSentAt: [],
});
const intakeCase = () => ({
  id: 'k-1',
  history: [
    { stage: 'inquiry', at: '2026-03-02T09:00:00-05:00' },
    { stage: 'screening', at: '2026-03-03T09:00:00-05:00' },
  ],
});
const gfe = () => ({
  id: 'gfe-2026-001',
  clientId: 'c-rivera',
  patientName: 'Sam Rivera',
  patientBirthDate: '1991-08-20',
  primaryService: 'Individual psychotherapy, weekly',
  serviceRange: { from: '2026-03-10', to: '2027-03-09' },
  items: [
    {
      providerRef: 'dr-lee',
      description: 'Psychotherapy, 53 min',
      serviceCode: '90837',
      diagnosisCode: 'TBD',
      expectedChargeCents: 16_000,
      quantity: 40,
    },
  ],
  providers: [
    {
      ref: 'dr-lee',
      name: 'Dr. Lee',
      npi: NPI,
      tin: '12-3456789',
      state: 'NY',
      location: '10 Main St, Albany NY',
    },
  ],
  separatelyScheduled: [],
  disclaimers: {
    estimateOnly: true,
    additionalServicesMayBeRecommended: true,
    rightToDispute: true,
    disputeDoesNotAffectCare: true,
  },
  issuedOn: '2026-03-03',
});
const gfeTrigger = () => ({ kind: 'scheduled', scheduledOn: '2026-03-02', serviceDate: '2026-03-16' });
const gfeOptions = () => ({ asOf: '2026-03-04T12:00:00-05:00', practiceZone: NY });
const gfeObligation = () => ({ id: 'gfe-a', clientId: 'c-1', trigger: gfeTrigger() });
const roster = () => ({
  clinicians: [
    {
      clinicianId: 'dr-adams',
      payersAccepted: ['aetna'],
      acceptsSelfPay: true,
      minAge: 18,
      maxAge: 120,
      modalities: ['in_person', 'telehealth'],
      services: ['individual'],
      states: ['NY', 'NJ'],
      openCapacity: 2,
    },
  ],
});

const reasons = () => [reason('x.late', 'warning', 'Late.'), reason('x.note', 'info', 'Noted.')];
const fieldMap = () => ({
  name: { category: 'identity' },
  memberId: { category: 'insurance' },
  progressNote: { category: 'clinical_record' },
});
const replyContext = () => ({ channel: 'sms', consent: { optedIn: true } });
const workTask = (id: string) => ({
  id,
  module: 'billing',
  kind: 'billing.claim_submit',
  title: 'Submit a claim',
  due: '2026-11-20',
  priority: 'normal',
  practiceTask: 'submit_claim',
  ownerRole: 'biller',
  related: [{ kind: 'claim', id: 'claim-1' }],
  reasons: [],
});
const superbill = () => ({
  provider: {
    name: 'Jordan Lee',
    credentials: 'LMFT',
    npi: NPI,
    taxId: '12-3456789',
    licenseNumber: 'LMFT 12345',
    licenseState: 'TX',
    taxonomyCode: '106H00000X',
    address: { line1: '100 Congress Ave', city: 'Austin', state: 'TX', postalCode: '78701' },
    phone: '+15125550100',
  },
  client: {
    name: 'Ava Reyes',
    dateOfBirth: '1990-04-12',
    memberId: 'W123456789',
    address: { line1: '9 Elm St', city: 'Austin', state: 'TX', postalCode: '78702-1234' },
  },
  diagnosisCodes: ['F41.1'],
  lines: [
    {
      dateOfService: '2026-03-02',
      code: '90837',
      units: 1,
      placeOfService: '11',
      diagnosisPointers: [1],
      chargeCents: 18_000,
    },
  ],
  amountPaidCents: 18_000,
  issuedOn: '2026-03-31',
  signature: { signedBy: 'Jordan Lee, LMFT', signedOn: '2026-03-31' },
});
// A small practice with every section (the demo's size makes each fuzzed call slow, and adds nothing).
const practice = api.generatePractice({
  seed: 7,
  asOf: api.DEMO_AS_OF,
  clinicians: 2,
  clientsPerClinician: 4,
  appointments: 60,
  claims: 30,
});
const demo = () => structuredClone(practice);
const calendar = () => createBusinessCalendar({ holidays: getUsFederalHolidays(2026, 2027) });

/** A valid call of each exported function: the arguments, built fresh on every call. */
export const SAMPLE_CALLS: { readonly [K in ExportName]?: () => unknown[] } = {
  // core: time
  addBusinessDays: () => ['2026-12-24', 1, calendar()],
  addDays: () => ['2028-02-28', 1],
  addMinutes: () => ['2026-03-08T01:30:00-05:00', 60],
  addMonths: () => ['2024-02-29', 12],
  createBusinessCalendar: () => [{ holidays: ['2026-12-25'], weekend: ['sat', 'sun'] }],
  getBusinessDaysBetween: () => ['2026-11-20', '2026-11-23', calendar()],
  compareDates: () => ['2026-01-05', '2026-03-02'],
  compareInstants: () => ['2026-01-01T09:00:00-05:00', '2026-01-01T14:00:00Z'],
  getDaysBetween: () => ['2026-12-31', '2027-01-01'],
  getInstantOutsideLocalHours: () => ['2026-01-10T22:15:00-05:00', { start: '21:00', end: '08:00' }, NY],
  formatInstant: () => [Date.UTC(2026, 2, 9, 13), NY],
  getHoursBetween: () => ['2026-03-07T09:00:00-05:00', '2026-03-08T09:00:00-04:00'],
  isBusinessDay: () => ['2026-11-26', calendar()],
  isWithinLocalHours: () => [
    '2026-01-10T07:30:00-08:00',
    { start: '21:00', end: '08:00', days: ['sat'] },
    NY,
  ],
  getLocalDate: () => ['2026-12-31T20:00:00-05:00', 'Asia/Kolkata'],
  getMinutesBetween: () => ['2026-01-01T00:00:00Z', '2026-01-01T05:30:00+05:30'],
  readLocal: () => ['2026-07-01T02:00:00Z', 'America/Los_Angeles'],
  resolveLocalTime: () => ['2026-03-08', '02:30', NY, { gap: 'shift_forward', overlap: 'earlier' }],
  getUsFederalHolidays: () => [2026, 2027, { observed: false }],
  getWeekday: () => ['2026-11-22'],
  // core: money, decisions, errors, validation
  allocateCents: () => [100, [1, 1, 1]],
  applyBasisPoints: () => [12_345, 2_000, 'half_up'],
  divideRounded: () => [10, 4, 'half_even'],
  formatCents: () => [123_456],
  sumCents: () => [[1, 2, 3]],
  hasErrors: () => [reasons()],
  isNonEmpty: () => [reasons()],
  reason: () => ['x.late', 'warning', 'Late.', { hours: 3 }],
  // A comparator that never throws: what a caller's own comparator throws is the caller's.
  getWorstSeverity: () => [reasons()],
  PracticeOpsError: () => ['x.failed', 'Plain text.'],
  ValidationError: () => [
    'thing',
    [{ path: ['a'], at: '$.a', code: 'invalid_type', message: 'expected string' }],
  ],
  isValidNpi: () => [NPI],
  safeValidate: () => [api.LocalDate, '2026-02-30', 'date of service'],
  validate: () => [api.LocalDate, '2026-03-02', 'date of service'],
  validateBatch: () => [api.LocalDate, ['2026-01-05', 'soon']],
  // scheduling
  endSeries: () => [series(), '2026-03-16'],
  evaluateBookingConflicts: () => [appointment('a-9'), clinician(), [appointment()], {}],
  evaluateMissedSessionFee: () => [
    lateCancel(),
    client(),
    cancellationPolicy(),
    { asOf: '2026-03-10T12:00:00-04:00' },
  ],
  evaluateSeriesBooking: () => [
    series(),
    clinician(),
    [appointment()],
    { displayZone: 'America/Los_Angeles' },
  ],
  evaluateSessionDelivery: () => [appointment()],
  evaluateWaitlistOffers: () => [
    waitlistRanking(),
    waitlistIndex(),
    [],
    {},
    { asOf: '2026-03-02T09:00:00Z' },
  ],
  expandSeries: () => [series(), {}],
  findOpenSlots: () => [
    [clinician()],
    [appointment()],
    {
      from: '2026-03-09',
      to: '2026-03-11',
      sessionMinutes: 50,
      displayZone: NY,
      asOf: '2026-03-01T00:00:00Z',
    },
  ],
  buildAppointmentIndex: () => [[appointment()]],
  buildWaitlistIndex: () => [[waitlistEntry()]],
  listMissedSessionFees: () => [
    [lateCancel()],
    [client()],
    cancellationPolicy(),
    { asOf: '2026-03-11T00:00:00-04:00', since: '2026-03-01T00:00:00-05:00' },
  ],
  listRemindersDue: () => [[appointment()], [client()], {}, { asOf: '2026-03-09T14:05:00-04:00' }],
  listWaitlistCheckIns: () => [waitlistIndex(), {}, { asOf: '2026-03-05T12:00:00Z' }],
  measureClinicianLoad: () => [clinician(), [appointment()], { from: '2026-03-09', to: '2026-03-15' }],
  measureSessionOutcomes: () => [
    [appointment(), lateCancel()],
    cancellationPolicy(),
    { from: '2026-03-01T00:00:00-05:00', to: '2026-04-01T00:00:00-04:00' },
  ],
  rescheduleOccurrence: () => [
    series(),
    '2026-03-16',
    { start: '2026-03-17T10:00:00-04:00', end: '2026-03-17T10:50:00-04:00' },
  ],
  planReminders: () => [appointment(), client(), {}],
  rankWaitlistForOpening: () => [
    waitlistIndex(),
    opening(),
    clinician(),
    {},
    { asOf: '2026-03-01T00:00:00Z' },
  ],
  evaluateWaitlistPriorityChange: () => [
    waitlistEntry(),
    { tier: 'urgent', setBy: 'dr-lee', setByRole: 'clinician', setAt: '2026-03-02T10:00:00Z' },
    {},
  ],
  skipOccurrence: () => [series(), '2026-03-16'],
  splitSeries: () => [series(), '2026-03-16', { newSeriesId: 's-2', startTime: '10:00' }],
  validateAppointments: () => [[appointment(), { id: 'a-2' }]],
  // intake
  moveIntakeCase: () => [intakeCase(), { to: 'paperwork' }, { asOf: '2026-03-04T09:00:00-05:00' }],
  getCurrentIntakeStage: () => [intakeCase()],
  evaluateFirstSessionReadiness: () => [intakeFile(), {}, { asOf: '2026-03-09T12:00:00-04:00' }],
  evaluateGoodFaithEstimateContents: () => [gfe()],
  evaluateGoodFaithEstimateCoverage: () => [
    { id: 'gfe-1', clientId: 'c-1', serviceRange: { from: '2026-01-05', to: '2027-06-30' } },
    { serviceDate: '2026-06-01' },
    {},
  ],
  evaluateGoodFaithEstimateDispute: () => [
    {
      expected: [{ providerRef: 'dr-lee', cents: 200_000 }],
      billed: [{ providerRef: 'dr-lee', cents: 240_000 }],
      billReceivedOn: '2026-05-01',
    },
    { asOf: '2026-06-01' },
  ],
  evaluateGoodFaithEstimateRequirement: () => [{ coverage: 'uninsured' }],
  evaluateGoodFaithEstimateTimeliness: () => [gfeObligation(), gfeOptions()],
  evaluateIntakeFit: () => [
    { id: 'q-1', payer: { kind: 'self_pay' }, age: 34, state: 'NJ', modality: 'telehealth' },
    roster(),
  ],
  buildIntakeQueue: () => [[intakeFile()], {}, {}, { asOf: '2026-03-04T13:00:00-06:00' }],
  canMoveIntakeCase: () => ['inquiry', 'screening'],
  findStalledIntakeCases: () => [
    [{ id: 'k-wed', history: [{ stage: 'inquiry', at: '2026-11-25T16:00:00-05:00' }] }],
    {},
    {
      asOf: '2026-11-30T17:00:00-05:00',
      practiceZone: NY,
      calendar: { holidays: getUsFederalHolidays(2026) },
    },
  ],
  getGoodFaithEstimateDueDate: () => [gfeTrigger(), { holidays: getUsFederalHolidays(2026) }],
  getIntakeStageDurations: () => [intakeCase(), { asOf: '2026-03-09T11:00:00-04:00' }],
  listGoodFaithEstimatesDue: () => [[gfeObligation()], gfeOptions()],
  listRequiredIntakeDocuments: () => [
    intakeClient(),
    copy(api.DEFAULT_INTAKE_PACKET_POLICY),
    { asOf: '2026-03-01' },
  ],
  evaluateIntakeFollowUp: () => [intakeFile(), {}, {}, { asOf: '2026-03-06T12:00:00-05:00' }],
  planIntakeReminders: () => [intakeFile(), {}, {}, { asOf: '2026-03-06T12:00:00-05:00' }],
  // billing
  getAuthorizationRemaining: () => [authorization()],
  buildAgingReport: () => [
    [
      {
        claimId: 'a',
        payerId: 'payer-a',
        clientId: 'client-1',
        balanceCents: 10_000,
        serviceDate: '2026-10-21',
      },
    ],
    { asOf: '2026-11-20' },
  ],
  buildFollowUpQueue: () => [{ claims: [claim()], profiles: [copy(COMMERCIAL)] }, { asOf: '2026-05-01' }],
  getClaimFiledDate: () => [acceptedClaim()],
  getClientResponsibilityTotal: () => [balance()],
  codeTelehealthSession: () => [copy(COMMERCIAL), { modality: 'video', clientAtHome: true }],
  consumeAuthorization: () => [authorization(), authorizableSession(), {}],
  estimatePatientShare: () => [benefits(), estimateRequest(), {}],
  estimatePatientShareBatch: () => [[{ benefits: benefits(), request: estimateRequest() }], {}],
  estimatePatientShareSeries: () => [benefits(), [estimateRequest(), estimateRequest()], {}],
  evaluateAuthorizationAlerts: () => [authorization(), { asOf: '2026-03-02' }],
  evaluateAuthorizationCoverage: () => [authorization(), authorizableSession(), {}],
  evaluateClaimScrub: () => [claim(), copy(COMMERCIAL), { asOf: '2026-03-20' }],
  evaluateClaimTimelyFiling: () => [acceptedClaim(), copy(COMMERCIAL), { asOf: '2026-05-20' }],
  evaluateEligibilityBenefits: () => [benefits(), { serviceDate: '2026-03-02' }],
  evaluateEligibilityFreshness: () => [
    eligibilityRecord(),
    copy(COMMERCIAL.eligibilityReverification),
    { asOf: '2026-03-02' },
  ],
  evaluateServiceCodeSet: () => [[{ code: '90834', units: 1 }]],
  evaluateSessionAuthorization: () => [authorizableSession(), [authorization()], copy(COMMERCIAL), {}],
  evaluateSuperbill: () => [superbill()],
  evaluateSupervisedBilling: () => [
    { ...copy(MEDICARE), preLicensedMayBillUnderSupervisor: true },
    { clinicianId: 'assoc-kim', licensure: 'pre_licensed', supervisorId: 'dr-lee' },
    { serviceDate: '2024-01-02', service: 'behavioral_health', supervision: 'general' },
  ],
  evaluateTimelyFiling: () => [
    { claimId: 'claim-1', serviceDate: '2026-03-02', kind: 'initial' },
    copy(COMMERCIAL.filing),
    { asOf: '2026-05-20' },
  ],
  extendDenialCodeTable: () => [[], copy(api.DENIAL_CODE_TABLE)],
  getFilingDeadline: () => ['2024-02-29', { amount: 12, unit: 'months' }],
  canMoveClaim: () => ['submitted', 'rejected'],
  hasOpenRecoupment: () => [{ recoupments: [] }],
  listAuthorizationAlerts: () => [[authorization()], { asOf: '2026-03-02' }],
  listDenialsToWork: () => [remittance(), { appealWindow: { amount: 60, unit: 'days' } }],
  listEligibilityReverifications: () => [
    [eligibilityRecord()],
    { 'aetna-ppo': copy(COMMERCIAL.eligibilityReverification) },
    { asOf: '2026-03-02' },
  ],
  getMedicareEffectiveDate: () => ['2026-03-10', '2026-04-01'],
  getMedicareOptOutPeriod: () => [{ effectiveOn: '2025-01-01' }, '2027-03-10'],
  getMedicareReenrollmentBarEnd: () => [{ revokedOn: '2026-03-01', barYears: 3 }],
  getMedicareChangeReportDueDate: () => [{ change: 'practice_location', changedOn: '2026-03-02' }],
  evaluateMedicareIncidentToSupervision: () => [
    { serviceDate: '2024-01-02', service: 'behavioral_health', supervision: 'general' },
  ],
  evaluateMedicareOrderingPractitioner: () => [
    { serviceDate: '2026-03-04', ordererType: 'physician', ordererStanding: 'approved' },
  ],
  getMedicareInactivityDeactivationDate: () => ['2025-03-15'],
  moveClaim: () => [claim(), { to: 'ready' }, { asOf: '2026-03-03', profile: structuredClone(COMMERCIAL) }],
  postRemittance: () => [remittance(), [claim()], [], {}],
  getRemainingClaimBalance: () => [balance()],
  selectServiceCodes: () => [{ kind: 'individual_psychotherapy', faceToFaceMinutes: 53 }],
  selectServiceCodesBatch: () => [[{ kind: 'individual_psychotherapy', faceToFaceMinutes: 53 }]],
  selectServiceCodesForDay: () => [
    [
      { kind: 'crisis_psychotherapy', faceToFaceMinutes: 40 },
      { kind: 'crisis_psychotherapy', faceToFaceMinutes: 45 },
    ],
  ],
  triageDenial: () => [
    { group: 'CO', carc: '27', amountCents: 15_000 },
    { table: copy(api.DENIAL_CODE_TABLE) },
  ],
  // credentialing
  buildCredentialingCalendar: () => [{ clinicians: [credentials()] }, { asOf: '2026-11-22' }],
  evaluateCaqhAttestation: () => [
    { providerId: '12345678', lastAttestedOn: '2026-01-05' },
    { asOf: '2026-05-04' },
  ],
  evaluateEnrollmentDocuments: () => [credentials(), submittedEnrollment(), { asOf: '2026-11-02' }],
  evaluateVerificationTimeliness: () => [
    {
      processedOn: '2025-07-01',
      attestedOn: '2025-06-01',
      verifications: [{ item: 'license:CA', verifiedOn: '2025-03-03' }],
    },
    { program: 'accreditation' },
  ],
  evaluatePayerNetworkStatus: () => [
    [enrollment()],
    { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-03-02' },
    {},
  ],
  evaluateServiceJurisdiction: () => [
    credentials(),
    { clientState: 'CA', serviceDate: '2026-06-30', modality: 'in_person' },
    {},
  ],
  findStalledEnrollments: () => [[submittedEnrollment()], { asOf: '2027-03-01' }],
  isCompactAuthorizationInForce: () => [apit(), { asOf: '2025-10-01' }],
  canMoveEnrollment: () => ['approved', 'submitted'],
  moveEnrollment: () => [submittedEnrollment(), { to: 'in_review' }, { asOf: '2027-03-01' }],
  isLicenseInForce: () => [license(), { asOf: '2025-07-01' }],
  getRecredentialingDueDate: () => ['2024-02-29', { months: 36 }],
  // boundaries
  compileTriageRules: () => [{}],
  evaluateClinicianDelivery: () => [
    {
      triageClass: 'clinical',
      asOf: '2026-11-23T10:15:00-05:00',
      sessions: [{ start: '2026-11-23T10:00:00-05:00', end: '2026-11-23T10:50:00-05:00' }],
    },
    { zone: NY, adminBlocks: [{ start: '12:00', end: '13:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }] },
  ],
  evaluateReplyDraft: () => ['Your appointment is on Tuesday at 3 pm at Suite 200.', replyContext()],
  evaluateTaskPermission: () => [
    { role: 'assistant', task: 'schedule_appointment' },
    copy(api.DEFAULT_PRACTICE_SCOPE),
  ],
  isClinicalRole: () => ['clinician'],
  isClinicalTask: () => ['triage_messages'],
  isSecureReplyChannel: () => ['portal'],
  getTaskOwnerRole: () => ['follow_up_claim', copy(api.DEFAULT_PRACTICE_SCOPE)],
  planRecordAccess: () => [fieldMap(), { role: 'biller', purpose: 'payment' }],
  evaluateRecordsRequest: () => [
    {
      receivedOn: '2026-03-02',
      extensionNoticeSentOn: '2026-03-30',
      includesPsychotherapyNotes: true,
      fee: { items: [{ kind: 'copy_labor', cents: 1500 }], summaryAgreed: false },
    },
    { asOf: '2026-04-15' },
  ],
  getTaskProcedure: () => ['submit_claim', copy(api.DEFAULT_PRACTICE_SCOPE)],
  redactRecordForPurpose: () => [
    { name: 'Client A', memberId: 'M123', progressNote: 'note' },
    fieldMap(),
    { role: 'biller', purpose: 'payment' },
  ],
  renderReplyTemplate: () => [
    copy(api.APPOINTMENT_REMINDER_TEMPLATE),
    {
      clientFirstName: 'Ava',
      appointmentDay: 'Tuesday',
      appointmentTime: '3 pm',
      practiceName: 'Calm Harbor',
    },
    replyContext(),
  ],
  triageMessage: () => ['Can I move my appointment to Thursday?', { rules: compileTriageRules() }],
  // ops
  digestDecision: () => [
    { outcome: 'charge', reasons: [{ code: 'scheduling.cancellation.late' }] },
    {
      rule: 'evaluateMissedSessionFee',
      policy: { practiceZone: NY },
      input: { id: 'a-1' },
      asOf: '2026-03-10',
    },
  ],
  selectPolicyVersion: () => [[{ version: 'v1', effectiveFrom: '2026-01-01' }], { asOf: '2026-03-10' }],
  replayPolicy: () => [{ history: demo(), proposed: {}, asOf: api.DEMO_AS_OF }],
  buildPracticeDigest: () => [demo(), { asOf: api.DEMO_AS_OF }],
  buildWorkQueue: () => [demo(), { asOf: api.DEMO_AS_OF, role: 'assistant' }],
  compareWorkTasks: () => [workTask('a'), workTask('b')],
  evaluateBooking: () => [
    {
      clinicianId: 'clin-001',
      clientId: 'client-00001',
      start: '2026-11-24T15:00:00-05:00',
      end: '2026-11-24T15:53:00-05:00',
      type: 'individual',
      modality: 'telehealth',
      clientState: 'NY',
      bookedBy: 'staff-assistant',
    },
    demo(),
    { asOf: api.DEMO_AS_OF },
  ],
  findReferenceProblems: () => [demo()],
  generateDemoPractice: () => [],
  generatePractice: () => [{ seed: 1, asOf: '2026-11-20', clinicians: 2, clientsPerClinician: 2 }],
  getPracticeDataJsonSchema: () => [],
  safeValidatePracticeData: () => [demo()],
  sortWorkTasks: () => [[workTask('b'), workTask('a')]],
  batchWorkTasks: () => [[workTask('b'), workTask('a')]],
  // x12
  parseX12: () => [x12Fixture('medicare-835-sequestration-plb.edi')],
  read835: () => [
    x12Fixture('medicare-835-sequestration-plb.edi'),
    { payerIds: { '1999999999': 'medicare' } },
  ],
  read271: () => [
    x12Fixture('commercial-271-mental-health.edi'),
    { clientIds: { '270-0105-001': 'client-1' } },
  ],
  write270: () => [
    [
      {
        traceNumber: 'ELG-1',
        memberId: 'W1',
        lastName: 'LANE',
        firstName: 'ALEX',
        birthDate: '1990-02-14',
        serviceDate: '2026-03-02',
        serviceTypes: ['MH'],
      },
    ],
    {
      envelope: {
        asOf: '2026-03-01T09:30:00-05:00',
        controlNumbers: { interchange: 1, group: 1, transaction: 1 },
        sender: { id: 'HARBOR' },
        receiver: { id: '60054' },
      },
      payer: { name: 'SUMMIT HEALTH PLAN', id: '60054' },
      provider: { name: 'HARBOR COUNSELING', npi: '1245319599', taxId: '931234567' },
    },
  ],
  toFhirAdjudication: () => [{ group: 'CO', carc: '45', amountCents: 3_000 }],
  write837P: () => [[readyClaim()], write837POptions()],
  writeX12: () => [api.parseX12(x12Fixture('medicare-835-sequestration-plb.edi')), { lineBreak: '\n' }],
};

function x12Fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'billing', 'x12', 'fixtures', name), 'utf8');
}

function readyClaim() {
  const history = [{ from: 'draft', to: 'ready', on: '2026-03-03' }];
  return { ...claim(), renderingClinicianId: 'clin-1', status: 'ready', history };
}

function write837POptions() {
  const address = { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' };
  return {
    envelope: {
      asOf: '2026-03-04T09:30:00-05:00',
      controlNumbers: { interchange: 1, group: 1, transaction: 1 },
      sender: { id: 'HARBOR' },
      receiver: { id: '60054' },
    },
    submitter: { name: 'HARBOR COUNSELING', contactName: 'BILLING', phone: '5035550100' },
    receiver: { name: 'SUMMIT HEALTH PLAN' },
    billingProvider: {
      name: 'HARBOR COUNSELING',
      npi: '1245319599',
      taxId: '931234567',
      address: { ...address, postalCode: '972011234' },
    },
    payers: {
      [COMMERCIAL.payerId]: {
        name: 'SUMMIT HEALTH PLAN',
        id: '60054',
        filingIndicator: 'CI',
        profile: structuredClone(COMMERCIAL),
      },
    },
    clients: {
      'client-1': {
        memberId: 'W1',
        lastName: 'LANE',
        firstName: 'ALEX',
        birthDate: '1990-02-14',
        sex: 'F',
        address,
      },
    },
    clinicians: { 'clin-1': { npi: NPI, lastName: 'KIM', firstName: 'JORDAN' } },
  };
}

/** Index of appointments, for functions that take one in place of a list. */
export function appointmentIndexSample(): ReturnType<typeof buildAppointmentIndex> {
  return buildAppointmentIndex([appointment()]);
}
