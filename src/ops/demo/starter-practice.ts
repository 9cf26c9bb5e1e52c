import * as z from 'zod';
import {
  addBusinessDays,
  createBusinessCalendar,
  getLocalDate,
  getUsFederalHolidays,
  IanaZone,
  LocalDate,
  UsState,
  validate,
} from '../../core/index.js';
import { fromEpochDay, npiCheckDigit, toEpochDay } from '../../core/internal.js';
import type { PracticeDataInput } from '../data/practice-data.js';
import { makePayers } from './demo-payers.js';
import { createInstantPlacer, pad, personName, type Row } from './demo-records.js';
import { createPrng } from './prng.js';
import { STATE_ZONES } from './state-zones.js';

/**
 * What {@link createStarterPractice} makes: how many clinicians, the practice's state and zone, and the
 * day it starts from.
 *
 * @example
 * ```ts
 * CreateStarterPracticeOptions.parse({ asOf: '2026-11-20', state: 'TX' }).clinicians; //=> 2
 * ```
 */
export const CreateStarterPracticeOptions = z.strictObject({
  /** The day the file starts from: sessions a week before are completed, the next ones are booked. */
  asOf: LocalDate,
  /** Number of clinicians, 1 to 50 (default 2); each gets three clients. */
  clinicians: z.number().int().min(1).max(50).default(2),
  /** The practice's state (default `NY`): licenses, clients and telehealth sessions are placed there. */
  state: UsState.default('NY'),
  /** The practice's IANA zone (default: the zone most of `state` keeps). */
  zone: IanaZone.optional(),
});
export type CreateStarterPracticeOptions = z.input<typeof CreateStarterPracticeOptions>;

// The three kinds of client a practice sees, with the demo payer each is covered by.
const CLIENT_KINDS = [
  { payerClasses: ['commercial'], payerIds: ['bluebird'] },
  { payerClasses: ['medicaid'], payerIds: ['state-medicaid'] },
  { payerClasses: ['self_pay'], payerIds: [] },
] as const;

/**
 * A small, valid, realistic practice data file to start from (invented people, no real data): the
 * practice and its holidays, an owner, an assistant and a biller, four example payers, clinicians with
 * office hours, a license, an NPI, CAQH and malpractice, an enrollment with each payer, and three clients
 * each (commercial, Medicaid, self-pay) with a session a week ago completed and the next one booked
 * (with the self-pay client's Good Faith Estimate). Every
 * list the file leaves out defaults to empty and every policy to its documented default. Deterministic:
 * the same options give the same file. What `practice-ops init` writes.
 *
 * @throws {@link ValidationError} when an option is not what {@link CreateStarterPracticeOptions} says.
 * @example
 * ```ts
 * const data = createStarterPractice({ asOf: '2026-11-20', clinicians: 1, state: 'TX' });
 * data.practice.zone; //=> 'America/Chicago'
 * data.clients?.length; //=> 3
 * ```
 */
export function createStarterPractice(options: CreateStarterPracticeOptions): PracticeDataInput {
  const {
    asOf,
    clinicians: count,
    state,
    zone: chosenZone,
  } = validate(CreateStarterPracticeOptions, options, 'starter practice options');
  const zone = chosenZone ?? STATE_ZONES[state];
  const rng = createPrng(toEpochDay(asOf));
  const instantAt = createInstantPlacer();
  const year = Number(asOf.slice(0, 4));
  const holidays = [...getUsFederalHolidays(year), ...getUsFederalHolidays(year + 1)];
  const calendar = createBusinessCalendar({ holidays });
  const lastWeek = toEpochDay(addBusinessDays(asOf, -5, calendar));
  const today = toEpochDay(asOf);
  const payers = makePayers();

  const clinicians: Row<'clinicians'>[] = [];
  const clients: Row<'clients'>[] = [];
  const appointments: Row<'appointments'>[] = [];
  const credentials: Row<'credentials'>[] = [];
  const enrollments: Row<'enrollments'>[] = [];
  for (let c = 0; c < count; c += 1) {
    const clinicianId = `clin-${pad(c + 1, 2)}`;
    clinicians.push({
      id: clinicianId,
      name: personName(rng),
      homeState: state,
      zone,
      availability: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
      sessionMinutes: [53],
      modalities: ['in_person', 'telehealth'],
      payersAccepted: payers.map((p) => p.payerId),
      acceptsSelfPay: true,
    });
    const npiBase = `16${pad(c + 1, 7)}`;
    credentials.push({
      clinicianId,
      individualNpi: `${npiBase}${npiCheckDigit(npiBase)}`,
      caqh: { providerId: pad(200_000 + c, 8), lastAttestedOn: fromEpochDay(today - 30) },
      // This month's exclusion check (LEIE, SAM, the state's Medicaid list): without it a Medicare or Medicaid
      // session is held as undecided [sources: cfr-42-455.436]. Replace with the practice's own dates.
      exclusionScreening: {
        leieScreenedOn: fromEpochDay(today - 3),
        samScreenedOn: fromEpochDay(today - 3),
        stateMedicaid: [{ state, screenedOn: fromEpochDay(today - 3) }],
      },
      licenses: [
        {
          state,
          type: 'LPC',
          number: `LPC-${pad(c + 1, 6)}`,
          level: 'independent',
          status: 'active',
          issuedOn: fromEpochDay(today - 700),
          expiresOn: fromEpochDay(today + 400),
        },
      ],
      malpractice: [
        {
          carrier: 'Example Mutual (replace with your carrier)',
          policyNumber: `M-${pad(c + 1, 6)}`,
          effectiveOn: fromEpochDay(today - 100),
          expiresOn: fromEpochDay(today + 265),
          perClaimLimitCents: 100_000_000,
          aggregateLimitCents: 300_000_000,
        },
      ],
    });
    for (const payer of payers) {
      const start = today - 400;
      enrollments.push({
        clinicianId,
        payerId: payer.payerId,
        status: 'approved',
        history: (['gathering_documents', 'submitted', 'in_review', 'approved'] as const).map(
          (status, k) => ({
            status,
            on: fromEpochDay(start + k * 20),
          }),
        ),
        submittedOn: fromEpochDay(start + 20),
        lastContactOn: fromEpochDay(start + 60),
        approvedOn: fromEpochDay(start + 60),
        effectiveOn: fromEpochDay(start + 60),
        credentialedOn: fromEpochDay(start + 60),
      });
    }
    CLIENT_KINDS.forEach((kind, k) => {
      const clientId = `client-${pad(c * CLIENT_KINDS.length + k + 1, 3)}`;
      clients.push({
        id: clientId,
        name: personName(rng),
        zone,
        locationState: state,
        birthDate: fromEpochDay(today - 365 * (24 + 9 * k) - 40 * c),
        payerClasses: [...kind.payerClasses],
        payerIds: [...kind.payerIds],
        cancellationPolicyAcknowledgedAt: instantAt(today - 60, 10 * 60, zone),
        // Reminders go only on channels a client opted in to: record each client's choice.
        channelConsent: {
          sms: { optedIn: true, unsecuredRiskAcknowledged: true },
          email: { optedIn: true, unsecuredRiskAcknowledged: true },
          recordedAt: instantAt(today - 60, 10 * 60, zone),
        },
      });
      // A session a week ago, completed, and the next one booked in the coming days, by video.
      const next = toEpochDay(addBusinessDays(asOf, k + 1, calendar));
      for (const [day, state_] of [
        [lastWeek, 'completed'],
        [next, 'scheduled'],
      ] as const) {
        const minute = (10 + k) * 60;
        appointments.push({
          id: `appt-${pad(appointments.length + 1, 4)}`,
          clinicianId,
          clientIds: [clientId],
          type: 'individual',
          modality: { kind: 'telehealth', clientLocationState: state },
          start: instantAt(day, minute, zone),
          end: instantAt(day, minute + 53, zone),
          status: { state: state_ },
          sessionFeeCents: 15_000,
        });
      }
    });
  }

  const insured = clients.filter((c) => (c.payerIds ?? []).length > 0);
  // A self-pay client's booked session is owed a Good Faith Estimate; each was given when it was booked.
  const goodFaithEstimates: Row<'goodFaithEstimates'>[] = appointments.flatMap((a) => {
    const client = clients.find((c) => c.id === a.clientIds[0]);
    if (a.status?.state !== 'scheduled' || client?.payerClasses?.[0] !== 'self_pay') return [];
    const scheduledOn = fromEpochDay(lastWeek);
    return [
      {
        id: `gfe-${client.id}`,
        clientId: client.id,
        trigger: { kind: 'scheduled' as const, scheduledOn, serviceDate: getLocalDate(a.start, zone) },
        deliveredOn: scheduledOn,
      },
    ];
  });
  return {
    // The office a booking names by default: listed, so an in-person booking is judged, not refused as unlisted.
    practice: {
      name: 'Your Practice Name',
      zone,
      state,
      holidays,
      offices: [{ id: 'office-main', state, zone }],
    },
    staff: [
      { id: 'staff-owner', name: personName(rng), role: 'practice_owner' },
      { id: 'staff-assistant', name: personName(rng), role: 'assistant' },
      { id: 'staff-biller', name: personName(rng), role: 'biller' },
    ],
    payers,
    clinicians,
    clients,
    appointments,
    eligibility: insured.map((c) => ({
      clientId: c.id,
      payerId: c.payerIds?.[0] as string,
      lastVerifiedOn: fromEpochDay(today - 10),
      planYearStartsOn: `${year}-01-01`,
      planEndsOn: null,
      coverageChangedOn: null,
    })),
    goodFaithEstimates,
    // A client asked for a copy of their records yesterday: due in 30 days (45 CFR 164.524(b)(2)), on the queue
    // until \`fulfilledOn\` is recorded. Delete it, or record the day access was given, for a practice of your own.
    recordsRequests: [
      { id: 'rr-0001', clientId: clients[1]?.id as string, receivedOn: fromEpochDay(today - 1) },
    ],
    credentials,
    enrollments,
  };
}
