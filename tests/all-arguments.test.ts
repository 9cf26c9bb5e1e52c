// Functions with more than one validated argument check them all: one ValidationError lists the problems
// of every bad argument, each path under the parameter's name, never echoing a value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFollowUpQueue,
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  canMoveClaim,
  codeTelehealthSession,
  consumeAuthorization,
  estimatePatientShare,
  estimatePatientShareBatch,
  estimatePatientShareSeries,
  evaluateAuthorizationAlerts,
  evaluateAuthorizationCoverage,
  evaluateClaimScrub,
  evaluateClaimTimelyFiling,
  evaluateEligibilityBenefits,
  evaluateEligibilityFreshness,
  evaluateSessionAuthorization,
  evaluateSupervisedBilling,
  evaluateTimelyFiling,
  extendDenialCodeTable,
  getFilingDeadline,
  listAuthorizationAlerts,
  listEligibilityReverifications,
  moveClaim,
  postRemittance,
  triageDenial,
} from '../src/billing/index.js';
import {
  areServiceCodesExclusive,
  getLastClaimMoveDate,
  isPriorAuthorizationRequired,
} from '../src/billing/internal.js';
import { write837P, writeX12 } from '../src/billing/x12/index.js';
import {
  evaluateReplyDraft,
  planRecordAccess,
  type RecordAccessContextInput,
} from '../src/boundaries/index.js';
import { canCarryClinicalDetail, canUseChannel, hasChannelOptIn, validate } from '../src/core/index.js';
import {
  buildCredentialingCalendar,
  ClinicianCredentials,
  canMoveEnrollment,
  evaluateCaqhAttestation,
  evaluateEnrollmentDocuments,
  evaluatePayerNetworkStatus,
  evaluateServiceJurisdiction,
  evaluateVerificationTimeliness,
  findStalledEnrollments,
  getRecredentialingDueDate,
  isCompactAuthorizationInForce,
  isLicenseInForce,
  JurisdictionPolicy,
  moveEnrollment,
  PayerCredentialingPolicy,
} from '../src/credentialing/index.js';
import { getCaqhReattestationDueDate } from '../src/credentialing/internal.js';
import { fromFhirPatient, toFhirClaim } from '../src/fhir/index.js';
import {
  buildIntakeQueue,
  canMoveIntakeCase,
  evaluateFirstSessionReadiness,
  evaluateIntakeFollowUp,
  getGoodFaithEstimateDueDate,
  listGoodFaithEstimatesDue,
  listRequiredIntakeDocuments,
  planIntakeReminders,
} from '../src/intake/index.js';
import {
  buildPracticeDigest,
  buildWorkQueue,
  digestDecision,
  evaluateBooking,
  replayPolicy,
  selectPolicyVersion,
} from '../src/ops/index.js';
import { buildPracticeReport } from '../src/ops/internal.js';
import { workTaskId } from '../src/ops/queue/work-task.js';
import {
  buildWaitlistIndex,
  endSeries,
  evaluateBookingConflicts,
  evaluateMissedSessionFee,
  evaluateSeriesBooking,
  evaluateWaitlistOffers,
  evaluateWaitlistPriorityChange,
  expandSeries,
  findOpenSlots,
  listMissedSessionFees,
  listRemindersDue,
  listWaitlistCheckIns,
  measureClinicianLoad,
  measureSessionOutcomes,
  planReminders,
  rankWaitlistForOpening,
  readRRule,
  rescheduleOccurrence,
  skipOccurrence,
  splitSeries,
  toICalendar,
} from '../src/scheduling/index.js';
import { claim } from './billing/claims/claim-fixtures.js';
import { marchSession, verifiedPlan } from './billing/coverage/benefit-fixtures.js';
import { apit, license } from './credentialing/credentials/credential-fixtures.js';
import { SAMPLE_CALLS } from './exports/sample-calls.js';
import { markerArb } from './markers.js';
import { AS_OF, allowedBooking, smallPractice } from './ops/practice-fixtures.js';
import { weeklySeries } from './scheduling/scheduling-fixtures.js';
import { thrown } from './validation-subject.js';

const practice = smallPractice();
const scheduled = {
  id: 'a1',
  clinicianId: 'dr',
  clientIds: ['c1'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  start: '2026-03-10T10:00:00-04:00',
  end: '2026-03-10T10:50:00-04:00',
};
const nyClient = { id: 'c1', zone: 'America/New_York', locationState: 'NY' };
const series = weeklySeries;
const authorization = {
  authorizationNumber: 'AUTH-1',
  payerId: 'aetna-ppo',
  clientId: 'cl-ava',
  clinicianId: null,
  codes: ['90837'],
  unit: 'sessions',
  authorizedCount: 12,
  usedCount: 0,
  startsOn: '2026-01-05',
  endsOn: '2026-06-30',
};
const authSession = {
  clientId: 'cl-ava',
  payerId: 'aetna-ppo',
  clinicianId: 'dr-lee',
  serviceDate: '2026-03-02',
  lines: [{ code: '90837', units: 1 }],
};
const benefits = verifiedPlan;
const march = marchSession;
const verification = {
  clientId: 'cl-ava',
  payerId: 'aetna-ppo',
  lastVerifiedOn: '2026-02-16',
  planYearStartsOn: '2026-01-01',
  planEndsOn: null,
  coverageChangedOn: null,
};
const cadence = { maxAgeDays: 30, everyCalendarMonth: false, atNewPlanYear: true };
const waitEntry = { id: 'w-1', clientId: 'c1', zone: 'America/New_York', addedAt: '2026-02-01T10:00:00Z' };
const waitlist = buildWaitlistIndex([waitEntry]);
const opening = {
  id: 'o-1',
  clinicianId: 'dr-lee',
  start: '2026-03-10T14:00:00Z',
  end: '2026-03-10T14:50:00Z',
  modalities: ['telehealth'],
};
const drLee = { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth'] };
const intakeFile = {
  client: {
    id: 'c-1',
    zone: 'America/New_York',
    billing: 'insured',
    modality: 'in_person',
    birthDate: '1990-01-01',
    firstSessionAt: '2026-03-10T10:00:00-04:00',
  },
  documents: [],
};
const booking = allowedBooking(practice);

// Each call (a FHIR reader returns its resource's problems instead, so is checked by name below): its parameters, a good value and a bad value (carrying a marker) for each.
// A sample call's arguments (the exports fuzz keeps one for every export).
const sample = (name: keyof typeof SAMPLE_CALLS): unknown[] => (SAMPLE_CALLS[name] as () => unknown[])();

interface Call {
  readonly name: string;
  readonly params: readonly string[];
  readonly good: readonly unknown[];
  readonly bad: (marker: string) => readonly unknown[];
  readonly run: (args: readonly unknown[]) => unknown;
}

const CALLS: readonly Call[] = [
  {
    name: 'evaluateReplyDraft',
    params: ['draft', 'context'],
    good: ['See you Tuesday at 3.', { channel: 'sms' }],
    bad: (m) => [{ text: m }, { channel: m }],
    run: ([a, b]) => evaluateReplyDraft(a as string, b as { channel: 'sms' }),
  },
  {
    name: 'planRecordAccess',
    params: ['fieldMap', 'context'],
    good: [{ name: { category: 'identity' } }, { role: 'biller', purpose: 'payment' }],
    bad: (m) => [{ name: { category: m } }, { role: m, purpose: 'payment' }],
    run: ([a, b]) => planRecordAccess(a as never, b as RecordAccessContextInput),
  },
  {
    name: 'getRecredentialingDueDate',
    params: ['credentialedOn', 'options'],
    good: ['2024-02-29', { months: 24 }],
    bad: (m) => [`2026-02-30${m}`, { months: m }],
    run: ([a, b]) => getRecredentialingDueDate(a as string, b as { months: number }),
  },
  {
    name: 'getCaqhReattestationDueDate',
    params: ['lastAttestedOn', 'options'],
    good: ['2026-01-05', { reattestationDays: 180 }],
    bad: (m) => [`2026-02-30${m}`, { reattestationDays: 0 }],
    run: ([a, b]) => getCaqhReattestationDueDate(a as string, b as never),
  },
  {
    name: 'evaluateCaqhAttestation',
    params: ['caqh', 'options'],
    good: [{ providerId: '12345678', lastAttestedOn: '2026-01-05' }, { asOf: '2026-02-02' }],
    bad: (m) => [{ providerId: m }, { asOf: m, reattestationDays: 0 }],
    run: ([a, b]) => evaluateCaqhAttestation(a as never, b as never),
  },
  {
    name: 'evaluateEnrollmentDocuments',
    params: ['credentials', 'enrollment', 'options'],
    good: [
      { clinicianId: 'c1', individualNpi: '1234567893' },
      { clinicianId: 'c1', payerId: 'aetna', status: 'gathering_documents' },
      { asOf: '2026-11-02' },
    ],
    bad: (m) => [
      { clinicianId: 'c1', individualNpi: m },
      { clinicianId: 'c1', payerId: 'aetna', status: m },
      { asOf: m },
    ],
    run: ([a, b, c]) => evaluateEnrollmentDocuments(a as never, b as never, c as never),
  },
  {
    name: 'moveEnrollment',
    params: ['enrollment', 'move', 'options'],
    good: [
      { clinicianId: 'c1', payerId: 'aetna', status: 'in_review' },
      { to: 'denied' },
      { asOf: '2026-09-20' },
    ],
    bad: (m) => [{ clinicianId: 'c1', payerId: 'aetna', status: m }, { to: m }, { asOf: `2026-13-01${m}` }],
    run: ([a, b, c]) => moveEnrollment(a as never, b as never, c as never),
  },
  {
    name: 'evaluateVerificationTimeliness',
    params: ['file', 'options'],
    good: [
      { processedOn: '2025-07-01', verifications: [{ item: 'license:CA', verifiedOn: '2025-03-03' }] },
      { program: 'cvo_certification' },
    ],
    bad: (m) => [{ processedOn: m, verifications: [] }, { program: m }],
    run: ([a, b]) => evaluateVerificationTimeliness(a as never, b as never),
  },
  {
    name: 'evaluateServiceJurisdiction',
    params: ['credentials', 'query', 'options'],
    good: [
      { clinicianId: 'c1', individualNpi: '1234567893' },
      { clientState: 'CA', serviceDate: '2026-06-30', modality: 'telehealth' },
      {},
    ],
    bad: (m) => [
      { clinicianId: 'c1', individualNpi: m },
      { clientState: m, serviceDate: 'x', modality: 'fax' },
      { policy: { psypactMemberStates: m } },
    ],
    run: ([a, b, c]) => evaluateServiceJurisdiction(a as never, b as never, c as never),
  },
  {
    name: 'buildCredentialingCalendar',
    params: ['input', 'options'],
    good: [{ clinicians: [] }, { asOf: '2026-11-22' }],
    bad: (m) => [{ clinicians: m }, { asOf: m }],
    run: ([a, b]) => buildCredentialingCalendar(a as never, b as never),
  },
  {
    name: 'evaluatePayerNetworkStatus',
    params: ['enrollments', 'query', 'options'],
    good: [
      [{ clinicianId: 'c1', payerId: 'aetna', status: 'approved', effectiveOn: '2025-02-01' }],
      { clinicianId: 'c1', payerId: 'aetna', serviceDate: '2025-03-01' },
      { payerPolicy: { payerId: 'aetna' } },
    ],
    bad: (m) => [
      [{ clinicianId: 'c1', payerId: 'aetna', status: m, effectiveOn: '2025-02-30' }],
      { clinicianId: 'c1', payerId: 'aetna', serviceDate: m },
      { payerPolicy: { payerId: 'aetna', retroBillingDays: -5 } },
    ],
    run: ([a, b, c]) => evaluatePayerNetworkStatus(a as never, b as never, c as never),
  },
  {
    name: 'evaluateMissedSessionFee',
    params: ['appointment', 'clients', 'policy', 'options'],
    good: [
      {
        id: 'a1',
        clinicianId: 'dr',
        clientIds: ['c1'],
        type: 'individual',
        modality: { kind: 'telehealth', clientLocationState: 'NY' },
        start: '2026-03-10T10:00:00-04:00',
        end: '2026-03-10T10:50:00-04:00',
        status: { state: 'no_show' },
      },
      {
        id: 'c1',
        zone: 'America/New_York',
        locationState: 'NY',
        payerClasses: ['commercial'],
        birthDate: '1990-01-01',
      },
      { practiceZone: 'America/New_York' },
      { asOf: '2026-03-10T12:00:00-04:00' },
    ],
    bad: (m) => [
      { id: 'a1', start: m },
      { id: 'c1', zone: m, birthDate: '2026-02-30' },
      { practiceZone: m, capCents: -5 },
      { asOf: m },
    ],
    run: ([a, b, c, d]) => evaluateMissedSessionFee(a as never, b as never, c as never, d as never),
  },
  {
    name: 'listMissedSessionFees',
    params: ['appointments', 'clients', 'policy', 'options'],
    good: [
      [{ id: 'bad' }],
      [{ id: 'c1' }],
      { practiceZone: 'America/New_York' },
      { asOf: '2026-03-10T12:00:00-04:00' },
    ],
    bad: (m) => [m, { id: m }, { practiceZone: m, capCents: -5 }, { asOf: m, since: m }],
    run: ([a, b, c, d]) => listMissedSessionFees(a as never, b as never, c as never, d as never),
  },
  {
    name: 'evaluateFirstSessionReadiness',
    params: ['file', 'policy', 'options'],
    good: [intakeFile, {}, { asOf: '2026-03-08T12:00:00-04:00' }],
    bad: (m) => [
      { ...intakeFile, client: { ...intakeFile.client, zone: m } },
      { adultAge: 3, completeHoursBeforeSession: m },
      { asOf: m, sessionStart: '2026-02-30T10:00:00Z' },
    ],
    run: ([a, b, c]) => evaluateFirstSessionReadiness(a as never, b as never, c as never),
  },
  {
    name: 'buildIntakeQueue',
    params: ['files', 'packet', 'policy', 'options'],
    good: [[intakeFile, { client: 'bad' }], {}, {}, { asOf: '2026-03-08T12:00:00-04:00' }],
    bad: (m) => [m, { adultAge: m }, { maxReminders: -1, escalateAfterHours: m }, { asOf: m }],
    run: ([a, b, c, d]) => buildIntakeQueue(a as never, b as never, c as never, d as never),
  },
  {
    name: 'planReminders',
    params: ['appointment', 'client', 'policy'],
    good: [scheduled, nyClient, { hoursBefore: [24] }],
    bad: (m) => [
      { ...scheduled, end: scheduled.start, type: m },
      { ...nyClient, zone: m },
      { hoursBefore: [], channels: [m] },
    ],
    run: ([a, b, c]) => planReminders(a as never, b as never, c as never),
  },
  {
    name: 'listRemindersDue',
    params: ['appointments', 'clients', 'policy', 'options'],
    good: [[scheduled, { id: 'bad' }], [nyClient], {}, { asOf: '2026-03-09T10:00:00-04:00' }],
    bad: (m) => [{ id: m }, m, { quietHours: m }, { asOf: m, sent: [{ appointmentId: m }] }],
    run: ([a, b, c, d]) => listRemindersDue(a as never, b as never, c as never, d as never),
  },
  {
    name: 'toICalendar',
    params: ['events', 'options'],
    good: [{ appointments: [scheduled] }, { asOf: '2026-03-01T12:00:00Z', summary: 'Session', times: 'utc' }],
    bad: (m) => [{ appointments: [{ ...scheduled, start: m }] }, { asOf: m, summary: '' }],
    run: ([a, b]) => toICalendar(a as never, b as never),
  },
  {
    name: 'rankWaitlistForOpening',
    params: ['index', 'opening', 'clinician', 'policy', 'options'],
    good: [waitlist, opening, drLee, {}, { asOf: '2026-03-01T00:00:00Z' }],
    bad: (m) => [
      { entries: m },
      { ...opening, end: opening.start, modalities: [m] },
      { ...drLee, zone: m },
      { offerBatchSize: m },
      { asOf: m },
    ],
    run: ([a, b, c, d, e]) =>
      rankWaitlistForOpening(a as never, b as never, c as never, d as never, e as never),
  },
  {
    name: 'evaluateWaitlistOffers',
    params: ['ranking', 'index', 'offers', 'policy', 'options'],
    good: [
      { openingId: 'o-1', ranked: [{ entryId: 'w-1' }] },
      waitlist,
      [{ openingId: 'o-1', entryId: 'w-1', offeredAt: '2026-03-02T09:00:00Z' }],
      {},
      { asOf: '2026-03-02T09:30:00Z' },
    ],
    bad: (m) => [
      { openingId: 'o-1', ranked: m },
      [waitEntry],
      [{ openingId: 'o-1', entryId: 'w-1', offeredAt: m }],
      { offerExpiryMinutes: -1 },
      { asOf: m },
    ],
    run: ([a, b, c, d, e]) =>
      evaluateWaitlistOffers(a as never, b as never, c as never, d as never, e as never),
  },
  {
    name: 'listWaitlistCheckIns',
    params: ['index', 'policy', 'options'],
    good: [waitlist, {}, { asOf: '2026-03-02T09:00:00Z' }],
    bad: (m) => [m, { checkInDays: m }, { asOf: m }],
    run: ([a, b, c]) => listWaitlistCheckIns(a as never, b as never, c as never),
  },
  {
    name: 'evaluateWaitlistPriorityChange',
    params: ['entry', 'priority', 'policy'],
    good: [
      waitEntry,
      { tier: 'urgent', setBy: 'staff-9', setByRole: 'clinician', setAt: '2026-03-02T10:00:00Z' },
      {},
    ],
    bad: (m) => [
      { ...waitEntry, zone: m },
      { tier: m, setBy: 'staff-9', setByRole: 'clinician', setAt: '2026-03-02T10:00:00Z' },
      { prioritySetterRoles: [m] },
    ],
    run: ([a, b, c]) => evaluateWaitlistPriorityChange(a as never, b as never, c as never),
  },
  {
    name: 'skipOccurrence',
    params: ['series', 'date'],
    good: [series, '2026-03-16'],
    bad: (m) => [{ ...series, zone: m }, `2026-02-30${m}`],
    run: ([a, b]) => skipOccurrence(a as never, b as never),
  },
  {
    name: 'rescheduleOccurrence',
    params: ['series', 'date', 'to'],
    good: [series, '2026-03-16', { start: '2026-03-17T10:00:00-04:00', end: '2026-03-17T10:50:00-04:00' }],
    bad: (m) => [{ ...series, count: m }, m, { start: m }],
    run: ([a, b, c]) => rescheduleOccurrence(a as never, b as never, c as never),
  },
  {
    name: 'endSeries',
    params: ['series', 'lastDate'],
    good: [series, '2026-03-16'],
    bad: (m) => [{ ...series, startTime: m }, m],
    run: ([a, b]) => endSeries(a as never, b as never),
  },
  {
    name: 'splitSeries',
    params: ['series', 'fromDate', 'changes'],
    good: [series, '2026-03-16', { newSeriesId: 's-2', startTime: '10:00' }],
    bad: (m) => [{ ...series, frequency: m }, m, { newSeriesId: 's-2', startTime: m }],
    run: ([a, b, c]) => splitSeries(a as never, b as never, c as never),
  },
  {
    name: 'evaluateClaimTimelyFiling',
    params: ['claim', 'profile', 'options'],
    good: [claim(), COMMERCIAL_PAYER_PROFILE_EXAMPLE, { asOf: '2026-03-05' }],
    bad: (m) => [{ ...claim(), lines: m }, { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, kind: m }, { asOf: m }],
    run: ([a, b, c]) => evaluateClaimTimelyFiling(a as never, b as never, c as never),
  },
  {
    name: 'evaluateClaimScrub',
    params: ['claim', 'profile', 'options'],
    good: [claim(), COMMERCIAL_PAYER_PROFILE_EXAMPLE, { asOf: '2026-03-05' }],
    bad: (m) => [{ ...claim(), serviceDate: m, lines: m }, { payerId: m }, { asOf: `2026-02-30${m}` }],
    run: ([a, b, c]) => evaluateClaimScrub(a as never, b as never, c as never),
  },
  {
    name: 'evaluateSupervisedBilling',
    params: ['profile', 'clinician', 'session'],
    good: [
      COMMERCIAL_PAYER_PROFILE_EXAMPLE,
      { clinicianId: 'dr-lee', licensure: 'independently_licensed' },
      { serviceDate: '2024-01-02', service: 'behavioral_health', supervision: 'general' },
    ],
    bad: (m) => [
      { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, program: m },
      { clinicianId: 'dr-lee', licensure: m },
      { serviceDate: `2024-02-30${m}`, service: 'behavioral_health' },
    ],
    run: ([a, b, c]) => evaluateSupervisedBilling(a as never, b as never, c as never),
  },
  {
    name: 'codeTelehealthSession',
    params: ['profile', 'delivery'],
    good: [COMMERCIAL_PAYER_PROFILE_EXAMPLE, { modality: 'video', clientAtHome: true }],
    bad: (m) => [
      { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, filing: m },
      { modality: m, clientAtHome: 'yes' },
    ],
    run: ([a, b]) => codeTelehealthSession(a as never, b as never),
  },
  {
    name: 'buildFollowUpQueue',
    params: ['input', 'options'],
    good: [{ claims: [claim()], profiles: [COMMERCIAL_PAYER_PROFILE_EXAMPLE] }, { asOf: '2026-05-01' }],
    bad: (m) => [{ claims: [claim({ status: m } as never)], profiles: [] }, { asOf: m }],
    run: ([a, b]) => buildFollowUpQueue(a as never, b as never),
  },
  ...(['evaluateAuthorizationCoverage', 'consumeAuthorization'] as const).map(
    (name): Call => ({
      name,
      params: ['authorization', 'session', 'policy'],
      good: [authorization, authSession, {}],
      bad: (m) => [
        { ...authorization, endsOn: m },
        { ...authSession, lines: [{ code: m, units: 1 }] },
        { fewRemainingAtMost: m },
      ],
      run: ([a, b, c]) =>
        (name === 'consumeAuthorization' ? consumeAuthorization : evaluateAuthorizationCoverage)(
          a as never,
          b as never,
          c as never,
        ),
    }),
  ),
  {
    name: 'evaluateAuthorizationAlerts',
    params: ['authorization', 'options'],
    good: [authorization, { asOf: '2026-03-02' }],
    bad: (m) => [{ ...authorization, usedCount: m }, { asOf: m }],
    run: ([a, b]) => evaluateAuthorizationAlerts(a as never, b as never),
  },
  {
    name: 'listAuthorizationAlerts',
    params: ['authorizations', 'options'],
    good: [[authorization], { asOf: '2026-03-02' }],
    bad: (m) => [[authorization, { ...authorization, codes: [m] }], { asOf: m, endingWithinDays: -1 }],
    run: ([a, b]) => listAuthorizationAlerts(a as never, b as never),
  },
  {
    name: 'evaluateSessionAuthorization',
    params: ['session', 'authorizations', 'profile', 'policy'],
    good: [authSession, [authorization], COMMERCIAL_PAYER_PROFILE_EXAMPLE, {}],
    bad: (m) => [
      { ...authSession, serviceDate: m },
      m,
      { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, kind: m },
      { endingWithinDays: m },
    ],
    run: ([a, b, c, d]) => evaluateSessionAuthorization(a as never, b as never, c as never, d as never),
  },
  {
    name: 'evaluateEligibilityBenefits',
    params: ['benefits', 'options'],
    good: [benefits, { serviceDate: '2026-03-02' }],
    bad: (m) => [
      { ...benefits, planEndsOn: m },
      { serviceDate: m, fewVisitsLeftAtMost: -1 },
    ],
    run: ([a, b]) => evaluateEligibilityBenefits(a as never, b as never),
  },
  {
    name: 'evaluateEligibilityFreshness',
    params: ['record', 'cadence', 'options'],
    good: [verification, cadence, { asOf: '2026-03-02' }],
    bad: (m) => [{ ...verification, lastVerifiedOn: m }, { ...cadence, maxAgeDays: m }, { asOf: m }],
    run: ([a, b, c]) => evaluateEligibilityFreshness(a as never, b as never, c as never),
  },
  {
    name: 'listEligibilityReverifications',
    params: ['records', 'cadences', 'options'],
    good: [[verification], { 'aetna-ppo': cadence }, { asOf: '2026-03-02' }],
    bad: (m) => [
      [{ ...verification, planYearStartsOn: m }],
      { 'aetna-ppo': { atNewPlanYear: m } },
      { asOf: m },
    ],
    run: ([a, b, c]) => listEligibilityReverifications(a as never, b as never, c as never),
  },
  {
    name: 'estimatePatientShare',
    params: ['benefits', 'request', 'options'],
    good: [benefits, march, {}],
    bad: (m) => [{ ...benefits, coinsuranceBasisPoints: m }, { ...march, dateOfService: m }, { [m]: 1 }],
    run: ([a, b, c]) => estimatePatientShare(a as never, b as never, c as never),
  },
  {
    name: 'estimatePatientShareSeries',
    params: ['benefits', 'requests', 'options'],
    good: [benefits, [march], {}],
    bad: (m) => [{ ...benefits, deductibleCents: m }, [march, { ...march, allowedCents: m }], { [m]: 1 }],
    run: ([a, b, c]) => estimatePatientShareSeries(a as never, b as never, c as never),
  },
  {
    name: 'getFilingDeadline',
    params: ['start', 'window'],
    good: ['2026-02-01', { amount: 90, unit: 'days' }],
    bad: (m) => [`2026-02-30${m}`, { amount: 0, unit: m }],
    run: ([a, b]) => getFilingDeadline(a as never, b as never),
  },
  {
    name: 'evaluateTimelyFiling',
    params: ['input', 'windows', 'options'],
    good: [
      { claimId: 'c-1', kind: 'initial', serviceDate: '2026-03-02' },
      COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing,
      { asOf: '2026-03-03' },
    ],
    bad: (m) => [
      { claimId: 'c-1', kind: m, serviceDate: '2026-03-02' },
      { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing, initial: m },
      { asOf: m },
    ],
    run: ([a, b, c]) => evaluateTimelyFiling(a as never, b as never, c as never),
  },
  {
    name: 'writeX12',
    params: ['document', 'options'],
    good: [
      { delimiters: { element: '*', repetition: '^', component: ':', segment: '~' }, interchanges: [] },
      { lineBreak: '\n' },
    ],
    bad: (m) => [{ delimiters: m, interchanges: [] }, { lineBreak: m }],
    run: ([a, b]) => writeX12(a as never, b as never),
  },
  ...(['evaluateIntakeFollowUp', 'planIntakeReminders'] as const).map(
    (name): Call => ({
      name,
      params: ['file', 'packet', 'policy', 'options'],
      good: [intakeFile, {}, {}, { asOf: '2026-03-08T12:00:00-04:00' }],
      bad: (m) => [
        { ...intakeFile, documents: m },
        { adultAge: m },
        { maxReminders: -1, quietHours: m },
        { asOf: m },
      ],
      run: ([a, b, c, d]) =>
        (name === 'planIntakeReminders' ? planIntakeReminders : evaluateIntakeFollowUp)(
          a as never,
          b as never,
          c as never,
          d as never,
        ),
    }),
  ),
  {
    name: 'listRequiredIntakeDocuments',
    params: ['client', 'policy', 'options'],
    good: [intakeFile.client, {}, { asOf: '2026-03-10' }],
    bad: (m) => [{ ...intakeFile.client, billing: m }, { rules: m }, { asOf: `2026-02-30${m}` }],
    run: ([a, b, c]) => listRequiredIntakeDocuments(a as never, b as never, c as never),
  },
  {
    name: 'evaluateBookingConflicts',
    params: ['candidate', 'clinician', 'appointments', 'options'],
    good: [{ ...scheduled, clinicianId: 'dr-lee' }, drLee, [{ id: 'bad' }], {}],
    bad: (m) => [{ ...scheduled, end: m }, { ...drLee, zone: m }, m, { holidays: [m] }],
    run: ([a, b, c, d]) => evaluateBookingConflicts(a as never, b as never, c as never, d as never),
  },
  {
    name: 'evaluateSeriesBooking',
    params: ['series', 'clinician', 'appointments', 'options'],
    good: [series, drLee, [], {}],
    bad: (m) => [
      { ...series, startTime: m },
      { ...drLee, modalities: [m] },
      { length: m },
      { displayZone: m },
    ],
    run: ([a, b, c, d]) => evaluateSeriesBooking(a as never, b as never, c as never, d as never),
  },
  {
    name: 'measureClinicianLoad',
    params: ['clinician', 'appointments', 'options'],
    good: [drLee, [scheduled, { id: 'bad' }], { from: '2026-03-02', to: '2026-03-08' }],
    bad: (m) => [{ ...drLee, id: m, zone: m }, m, { from: m, to: '2026-03-08' }],
    run: ([a, b, c]) => measureClinicianLoad(a as never, b as never, c as never),
  },
  {
    name: 'measureSessionOutcomes',
    params: ['appointments', 'policy', 'window'],
    good: [
      [scheduled],
      { practiceZone: 'America/New_York' },
      { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
    ],
    bad: (m) => [m, { practiceZone: m }, { from: m, to: '2026-04-01T00:00:00Z' }],
    run: ([a, b, c]) => measureSessionOutcomes(a as never, b as never, c as never),
  },
  {
    name: 'evaluateBooking',
    params: ['request', 'data', 'options'],
    good: [booking, practice, { asOf: AS_OF }],
    bad: (m) => [
      { ...booking, end: booking.start, clientState: m },
      { ...practice, practice: { ...practice.practice, zone: m } },
      { asOf: m },
    ],
    run: ([a, b, c]) => evaluateBooking(a as never, b as never, c as never),
  },
  {
    name: 'moveClaim',
    params: ['claim', 'move', 'options'],
    good: [claim(), { to: 'submitted' }, { asOf: '2026-03-05' }],
    bad: (m) => [{ ...claim(), lines: m }, { to: m }, { asOf: `2026-02-30${m}` }],
    run: ([a, b, c]) => moveClaim(a as never, b as never, c as never),
  },
  {
    name: 'postRemittance',
    params: ['remittance', 'claims', 'balances', 'options'],
    good: [
      {
        remittanceId: 'era-1',
        payerId: 'commercial-example',
        paidOn: '2026-04-10',
        claims: [{ claimId: 'claim-1', chargeCents: 15_000, paidCents: 15_000 }],
      },
      [claim()],
      [],
      { payerKind: 'commercial' },
    ],
    bad: (m) => [
      { remittanceId: 'era-1', payerId: 'commercial-example', paidOn: m, claims: [] },
      [{ ...claim(), lines: m }],
      [{ claimId: 'claim-1', chargeCents: m }],
      { payerKind: m, qualifiedMedicareBeneficiary: m },
    ],
    run: ([a, b, c, d]) => postRemittance(a as never, b as never, c as never, d as never),
  },
  {
    name: 'triageDenial',
    params: ['adjustment', 'options'],
    good: [{ group: 'CO', carc: '197', amountCents: 15_000 }, { decisionDate: '2026-04-10' }],
    bad: (m) => [
      { group: m, carc: '197', amountCents: 1 },
      { decisionDate: m, table: { '288': m } },
    ],
    run: ([a, b]) => triageDenial(a as never, b as never),
  },
  {
    name: 'isPriorAuthorizationRequired',
    params: ['profile', 'code'],
    good: [COMMERCIAL_PAYER_PROFILE_EXAMPLE, '90840'],
    bad: (m) => [{ priorAuthorizationCodes: m }, m],
    run: ([a, b]) => isPriorAuthorizationRequired(a as never, b as never),
  },
  {
    name: 'estimatePatientShareBatch',
    params: ['records', 'options'],
    good: [
      [
        { benefits, request: march },
        { benefits: 'not benefits', request: march },
      ],
      {},
    ],
    bad: (m) => [m.length, { coinsuranceRounding: m }],
    run: ([a, b]) => estimatePatientShareBatch(a as never, b as never),
  },
  {
    name: 'extendDenialCodeTable',
    params: ['rules', 'base'],
    good: [
      [
        {
          carc: '288',
          description: 'Referral missing.',
          category: 'authorization',
          action: 'correct_and_resubmit',
          owner: 'assistant',
          source: 'our policy',
        },
      ],
      {},
    ],
    bad: (m) => [[{ carc: '288', category: m }], { '288': m }],
    run: ([a, b]) => extendDenialCodeTable(a as never, b as never),
  },
  {
    name: 'expandSeries',
    params: ['input', 'options'],
    good: [series, { displayZone: 'America/Chicago' }],
    bad: (m) => [{ ...series, zone: m }, { displayZone: m }],
    run: ([a, b]) => expandSeries(a as never, b as never),
  },
  {
    name: 'readRRule',
    params: ['rule', 'options'],
    good: [
      'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=24',
      { zone: 'America/Chicago', startDate: '2026-03-03', startTime: '17:00' },
    ],
    bad: (m) => [[`FREQ=${m}`], { zone: m, startDate: '2026-03-03', startTime: '17:00' }],
    run: ([a, b]) => readRRule(a as never, b as never),
  },
  {
    name: 'findOpenSlots',
    params: ['clinicians', 'appointments', 'search'],
    good: [
      [drLee],
      [{ id: 'bad' }],
      {
        from: '2026-03-09',
        to: '2026-03-09',
        asOf: '2026-03-01T00:00:00Z',
        sessionMinutes: 50,
        displayZone: 'UTC',
      },
    ],
    bad: (m) => [[{ ...drLee, zone: m }], { [m]: m }, { from: m }],
    run: ([a, b, c]) => findOpenSlots(a as never, b as never, c as never),
  },
  {
    name: 'canMoveIntakeCase',
    params: ['from', 'to'],
    good: ['inquiry', 'screening'],
    bad: (m) => [m, [m]],
    run: ([a, b]) => canMoveIntakeCase(a as never, b as never),
  },
  {
    name: 'canMoveEnrollment',
    params: ['from', 'to'],
    good: ['submitted', 'in_review'],
    bad: (m) => [m, { [m]: m }],
    run: ([a, b]) => canMoveEnrollment(a as never, b as never),
  },
  {
    name: 'isLicenseInForce',
    params: ['license', 'options'],
    good: [license(), { asOf: '2026-06-30' }],
    bad: (m) => [{ ...license(), status: m }, { asOf: `2026-02-30${m}` }],
    run: ([a, b]) => isLicenseInForce(a as never, b as never),
  },
  {
    name: 'isCompactAuthorizationInForce',
    params: ['authorization', 'options'],
    good: [apit(), { asOf: '2026-03-02' }],
    bad: (m) => [{ ...apit(), homeState: m }, { asOf: m }],
    run: ([a, b]) => isCompactAuthorizationInForce(a as never, b as never),
  },
  {
    name: 'canCarryClinicalDetail',
    params: ['consent', 'channel'],
    good: [{ optedIn: true }, 'sms'],
    bad: (m) => [{ optedIn: m }, m],
    run: ([a, b]) => canCarryClinicalDetail(a as never, b as never),
  },
  ...(['canUseChannel', 'hasChannelOptIn'] as const).map(
    (name): Call => ({
      name,
      params: ['consent', 'channel'],
      good: [{ sms: { optedIn: true } }, 'sms'],
      bad: (m) => [{ sms: { optedIn: m } }, m],
      run: ([a, b]) => (name === 'canUseChannel' ? canUseChannel : hasChannelOptIn)(a as never, b as never),
    }),
  ),
  {
    name: 'selectPolicyVersion',
    params: ['versions', 'options'],
    good: [[{ version: '2026-01', effectiveFrom: '2026-01-01' }], { asOf: '2026-02-27' }],
    bad: (m) => [[{ version: '2026-01', effectiveFrom: `2026-02-30${m}` }], { asOf: m }],
    run: ([a, b]) => selectPolicyVersion(a as never, b as never),
  },
  {
    name: 'digestDecision',
    params: ['decision', 'options'],
    good: [
      { outcome: 'charge', reasons: [] },
      { rule: 'r', policy: {}, input: {}, asOf: '2026-03-10' },
    ],
    bad: (m) => [
      { outcome: 'charge', reasons: m },
      { rule: 'r', policy: {}, input: Number.NaN, asOf: m },
    ],
    run: ([a, b]) => digestDecision(a as never, b as never),
  },
  {
    name: 'replayPolicy',
    params: ['options'],
    good: [{ history: practice, proposed: {}, asOf: AS_OF.slice(0, 10) }],
    bad: (m) => [{ history: { ...practice, clients: m }, proposed: { cancellation: m }, asOf: m }],
    run: ([a]) => replayPolicy(a as never),
  },
  {
    name: 'workTaskId',
    params: ['kind', 'recordIds'],
    good: ['billing.claim_appeal', ['claim-7']],
    bad: (m) => [m, [m, 7]],
    run: ([a, b]) => workTaskId(a as never, b as never),
  },
  {
    name: 'canMoveClaim',
    params: ['from', 'to'],
    good: ['denied', 'appealed'],
    bad: (m) => [m, [m]],
    run: ([a, b]) => canMoveClaim(a as never, b as never),
  },
  {
    name: 'getLastClaimMoveDate',
    params: ['claim', 'status'],
    good: [{ history: [{ from: 'draft', to: 'ready', on: '2026-03-03' }] }, 'ready'],
    bad: (m) => [{ history: m }, m],
    run: ([a, b]) => getLastClaimMoveDate(a as never, b as never),
  },
  {
    name: 'getGoodFaithEstimateDueDate',
    params: ['trigger', 'options'],
    good: [
      { kind: 'scheduled', scheduledOn: '2026-12-23', serviceDate: '2027-01-11' },
      { holidays: ['2026-12-25'] },
    ],
    bad: (m) => [{ kind: m, scheduledOn: '2026-12-23' }, { holidays: [m] }],
    run: ([a, b]) => getGoodFaithEstimateDueDate(a as never, b as never),
  },
  {
    name: 'areServiceCodesExclusive',
    params: ['a', 'b'],
    good: ['90839', '90834'],
    bad: (m) => [m, { [m]: m }],
    run: ([a, b]) => areServiceCodesExclusive(a as never, b as never),
  },
  {
    name: 'write837P',
    params: ['claims', 'options'],
    good: sample('write837P'),
    bad: (m) => [m.length, { ...(sample('write837P')[1] as object), envelope: { asOf: m } }],
    run: ([a, b]) => write837P(a as never, b as never),
  },
  {
    name: 'findStalledEnrollments',
    params: ['enrollments', 'options'],
    good: [
      [
        { clinicianId: 'c1', payerId: 'aetna', status: 'submitted', submittedOn: '2026-09-01' },
        { id: 'bad' },
      ],
      { asOf: '2026-11-02' },
    ],
    bad: (m) => [m.length, { asOf: m }],
    run: ([a, b]) => findStalledEnrollments(a as never, b as never),
  },
  {
    name: 'listGoodFaithEstimatesDue',
    params: ['obligations', 'options'],
    good: [[{ id: 'bad' }], { asOf: '2026-03-04T09:00:00-05:00', practiceZone: 'America/New_York' }],
    bad: (m) => [m.length, { asOf: m, practiceZone: 'America/New_York' }],
    run: ([a, b]) => listGoodFaithEstimatesDue(a as never, b as never),
  },
  ...(['buildWorkQueue', 'buildPracticeReport', 'buildPracticeDigest'] as const).map(
    (name): Call => ({
      name,
      params: ['input', 'options'],
      good: [practice, { asOf: '2026-11-20' }],
      bad: (m) => [
        { ...practice, practice: { ...practice.practice, zone: m } },
        { asOf: m, role: m },
      ],
      run: ([a, b]) =>
        ({ buildWorkQueue, buildPracticeReport, buildPracticeDigest })[name](a as never, b as never),
    }),
  ),
];

describe('every argument of a call is checked', () => {
  it('lists the problems of both arguments of planRecordAccess for a biller, each under its name', () => {
    const error = thrown(() =>
      planRecordAccess(
        { diagnosis: { category: 'gossip' } } as never,
        {
          role: 'janitor',
          purpose: 'payment',
        } as unknown as RecordAccessContextInput,
      ),
    );
    expect(error.issues.map((i) => i.at)).toEqual(['$.fieldMap.diagnosis.category', '$.context.role']);
  });

  it('names the options of getRecredentialingDueDate after a bad credentialing date, not instead of it', () => {
    const error = thrown(() => getRecredentialingDueDate('2026-02-30', { months: 'x' as unknown as number }));
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'core.date.invalid@$.credentialedOn',
      'invalid_type@$.options.months',
    ]);
  });

  it('lists a payer policy for another payer beside a bad date of service of evaluatePayerNetworkStatus', () => {
    const error = thrown(() =>
      evaluatePayerNetworkStatus(
        [{ clinicianId: 'c1', payerId: 'aetna', status: 'approved', effectiveOn: '2025-02-30' }],
        { clinicianId: 'c1', payerId: 'aetna', serviceDate: '2025-13-01' },
        { payerPolicy: { payerId: 'medicare', program: 'medicare' } },
      ),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'core.date.invalid@$.enrollments[0].effectiveOn',
      'core.date.invalid@$.query.serviceDate',
      'credentialing.policy.payer_mismatch@$.options.payerPolicy.payerId',
    ]);
  });

  it('lists a bad FHIR Patient beside bad options of fromFhirPatient', () => {
    const error = thrown(() =>
      fromFhirPatient({ resourceType: 'Patient', birthDate: 'x' }, { asOf: '2026-13-01' }),
    );
    expect(error.issues.map((i) => i.at)).toEqual(['$.resource.id', '$.options.asOf']);
  });

  it('lists a bad claim beside bad options of toFhirClaim', () => {
    const error = thrown(() =>
      toFhirClaim({ claimId: 'c' } as never, { asOf: 'x', coverageId: 'bad id!' } as never),
    );
    const under = new Set(error.issues.map((i) => i.path[0]));
    expect([...under].sort()).toEqual(['claim', 'options']);
  });

  it('lists a batch that is not a list beside bad options, and a bad pair of statuses or codes at once', () => {
    const at = (call: () => unknown) => thrown(call).issues.map((i) => `${i.code}@${i.at}`);
    expect(at(() => findStalledEnrollments(7 as never, { asOf: '2026-02-30' }))).toEqual([
      'credentialing.enrollment.not_a_record_list@$.enrollments',
      'core.date.invalid@$.options.asOf',
    ]);
    const options = { asOf: '2026-13-01T09:00:00-05:00', practiceZone: 'America/New_York' };
    expect(at(() => listGoodFaithEstimatesDue(7 as never, options))[0]).toBe('invalid_type@$.obligations');
    const [claims, write] = sample('write837P') as [unknown[], object];
    expect(write837P(claims as never, write as never).outcome).toBe('written');
    const envelope = (write as { envelope: object }).envelope;
    expect(
      at(() => write837P(7 as never, { ...write, envelope: { ...envelope, asOf: 'x' } } as never)),
    ).toEqual(['invalid_type@$.claims', expect.stringMatching(/@\$\.options\.envelope\.asOf$/)]);
    expect(at(() => canMoveClaim('lost' as never, 'gone' as never))).toEqual([
      'invalid_value@$.from',
      'invalid_value@$.to',
    ]);
    expect(at(() => areServiceCodesExclusive('90834', '99999' as never))).toEqual(['invalid_value@$.b']);
  });

  it('always lists problems under each bad argument and none under a good one, echoing no value', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...CALLS)
          .chain((call) =>
            fc.tuple(
              fc.constant(call),
              fc.array(fc.boolean(), { minLength: call.params.length, maxLength: call.params.length }),
            ),
          ),
        markerArb,
        ([call, badness], marker) => {
          const bad = call.bad(marker);
          const args = call.good.map((g, i) => (badness[i] ? bad[i] : g));
          const badParams = call.params.filter((_, i) => badness[i]);
          if (badParams.length === 0) {
            expect(() => call.run(args)).not.toThrow();
            return;
          }
          const error = thrown(() => call.run(args));
          expect([...new Set(error.issues.map((i) => i.path[0]))].sort()).toEqual([...badParams].sort());
          expect(error.message).not.toContain(marker);
        },
      ),
      // Many calls, each with its own combinations of bad arguments: enough runs to meet most of them.
      { numRuns: 600 },
    );
  });
});

describe('data files read with validate', () => {
  it.each([
    ['payer policy', PayerCredentialingPolicy, { payerId: 'mc', program: 'medicare', retroBilingDays: 90 }],
    ['jurisdiction policy', JurisdictionPolicy, { psypactMemberState: [] }],
    [
      'clinician credentials',
      ClinicianCredentials,
      { clinicianId: 'c', individualNpi: '1234567893', licenses: [], patientName_JaneDoe: 1 },
    ],
  ] as const)(
    'reads a %s with a ValidationError that never names the unknown key',
    (subject, schema, value) => {
      const error = thrown(() => validate(schema, value, subject));
      expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual(['core.object.unknown_field@$']);
      expect(error.message).not.toMatch(/JaneDoe|retroBilingDays|psypactMemberState\b/);
    },
  );
});
