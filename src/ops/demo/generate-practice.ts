import * as z from 'zod';
import {
  type ClientChannelConsentInput,
  getUsFederalHolidays,
  LocalDate,
  getLocalDate as readLocalDate,
  validate,
} from '../../core/index.js';
import { fromEpochDay, isoWeekdayOfDay, toEpochDay } from '../../core/internal.js';
import { PracticeData } from '../data/practice-data.js';
import { PracticePolicies } from '../data/practice-policies.js';
import { markValidated } from '../data/validated-practice-data.js';
import { generateClaims } from './demo-claims.js';
import { generateCredentials } from './demo-credentials.js';
import { makePayers, PAYER_KINDS, payerFor } from './demo-payers.js';
import { createInstantPlacer, type Input, pad, personName, type Row } from './demo-records.js';
import { DEMO_GEOGRAPHY, DEMO_MESSAGES, demoOfficeId, demoOffices } from './practice-geography.js';
import { createPrng } from './prng.js';

/**
 * How big a synthetic practice to make, and from which seed.
 *
 * @example
 * ```ts
 * const options: GeneratePracticeOptions = { seed: 500, asOf: '2026-11-20', clinicians: 500, appointments: 200_000, claims: 200_000 };
 * ```
 */
export interface GeneratePracticeOptions {
  /** Seed of the PRNG: the same seed and options always give the same practice. */
  readonly seed: number;
  /** The date the practice is seen from: two months of appointments are placed around it. */
  readonly asOf: LocalDate;
  /** Number of clinicians (default 6). */
  readonly clinicians?: number;
  /** Clients per clinician (default 8). */
  readonly clientsPerClinician?: number;
  /** Appointments in total (default: about 4 a business day per clinician over two months). */
  readonly appointments?: number;
  /** Claims in total (default: one for every 2 appointments). */
  readonly claims?: number;
}

// Sizes are bounded so a typo cannot ask for a billion records; 2,000,000 is ten times the largest bench.
const GeneratePracticeOptionsSchema = z.strictObject({
  seed: z.number().int(),
  // Holidays are computed for the year either side: keep the year inside the range dates can be written.
  asOf: LocalDate.refine((d) => d >= '0001-01-01' && d <= '9998-12-31', {
    message: 'must be from 0001-01-01 to 9998-12-31',
  }),
  clinicians: z.number().int().min(1).max(10_000).optional(),
  clientsPerClinician: z.number().int().min(1).max(1_000).optional(),
  appointments: z.number().int().min(0).max(2_000_000).optional(),
  claims: z.number().int().min(0).max(2_000_000).optional(),
});

/**
 * Generates a realistic synthetic practice (no real people): clinicians across states and zones,
 * clients, two months of appointments around `asOf` with a weekly series, late cancels and no-shows,
 * claims in every status with denials, enrollments mid-flight, credentials coming due, paperwork,
 * inquiries, a waitlist and messages including a crisis. Scales to hundreds of clinicians and hundreds of
 * thousands of appointments and claims. Deterministic: it uses a seeded PRNG, never the clock or
 * `Math.random`.
 *
 * @throws {@link ValidationError} when an option is not what its type says, or a size is out of bounds
 * (at most 10,000 clinicians, 1,000 clients each, 2,000,000 appointments and 2,000,000 claims).
 * @example
 * ```ts
 * const data = generatePractice({ seed: 1, asOf: '2026-11-20' });
 * data.clinicians.length; //=> 6
 * ```
 */
export function generatePractice(input: GeneratePracticeOptions): PracticeData {
  const options = validate(GeneratePracticeOptionsSchema, input, 'practice generator options');
  const rng = createPrng(options.seed);
  const instantAt = createInstantPlacer();
  const asOfDay = toEpochDay(options.asOf);
  const year = Number(options.asOf.slice(0, 4));
  const holidays = [
    ...getUsFederalHolidays(year - 1),
    ...getUsFederalHolidays(year),
    ...getUsFederalHolidays(year + 1),
  ];
  const holidaySet = new Set(holidays.map(toEpochDay));
  const nClinicians = options.clinicians ?? 6;
  const nClients = nClinicians * (options.clientsPerClinician ?? 8);
  const payers = makePayers();

  const clinicians: Row<'clinicians'>[] = [];
  for (let i = 0; i < nClinicians; i += 1) {
    const home = DEMO_GEOGRAPHY[i % DEMO_GEOGRAPHY.length] as (typeof DEMO_GEOGRAPHY)[number];
    clinicians.push({
      id: `clin-${pad(i + 1, 3)}`,
      name: personName(rng),
      homeState: home.state,
      zone: home.zone,
      availability: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' }],
      sessionMinutes: [53],
      bufferAfterMinutes: 5,
      maxSessionsPerDay: 11,
      maxSessionsPerWeek: 55,
      modalities: i % 3 === 2 ? ['telehealth'] : ['in_person', 'telehealth'],
      payersAccepted:
        i % 4 === 3 ? ['bluebird', 'medicare'] : ['bluebird', 'meridian-trust', 'medicare', 'state-medicaid'],
      acceptsSelfPay: true,
    });
  }

  const clients: Row<'clients'>[] = [];
  const clientHome: number[] = [];
  for (let i = 0; i < nClients; i += 1) {
    const clinicianIndex = i % nClinicians;
    const home = DEMO_GEOGRAPHY[clinicianIndex % DEMO_GEOGRAPHY.length] as (typeof DEMO_GEOGRAPHY)[number];
    const kind = PAYER_KINDS[i % PAYER_KINDS.length] as (typeof PAYER_KINDS)[number];
    const payerId = payerFor(kind, rng);
    const minor = i % 11 === 4;
    clients.push({
      id: `client-${pad(i + 1, 5)}`,
      name: personName(rng),
      zone: home.zone,
      locationState: home.state,
      birthDate: fromEpochDay(asOfDay - 365 * (minor ? rng.int(12, 16) : rng.int(19, 70)) - rng.int(0, 364)),
      payerClasses: [kind],
      payerIds: payerId === undefined ? [] : [payerId],
      // A minor's own charges go to a parent or guardian.
      // The parent is recorded as the guardian too (a guarantor is never taken to be one).
      ...(minor
        ? { guarantorId: `guardian-${pad(i + 1, 5)}`, guardianIds: [`guardian-${pad(i + 1, 5)}`] }
        : {}),
      // A guarantor signs the policy with the client at intake: theirs is the acknowledgement a fee needs.
      ...(i % 13 === 5
        ? {}
        : {
            cancellationPolicyAcknowledgedAt: instantAt(asOfDay - 200, 10 * 60, home.zone),
            ...(minor ? { guarantorPolicyAcknowledgedAt: instantAt(asOfDay - 200, 10 * 60, home.zone) } : {}),
          }),
      ...demoChannelConsent(i, instantAt(asOfDay - 200, 10 * 60, home.zone)),
    });
    clientHome.push(clinicianIndex);
  }
  const clientsOf: number[][] = clinicians.map(() => []);
  clientHome.forEach((c, i) => {
    clientsOf[c]?.push(i);
  });

  // Two months of business days around asOf: 45 days back, 15 ahead.
  const days: number[] = [];
  for (let d = asOfDay - 45; d <= asOfDay + 15; d += 1) {
    if (isoWeekdayOfDay(d) <= 5 && !holidaySet.has(d)) days.push(d);
  }
  const nAppointments = options.appointments ?? nClinicians * days.length * 4;
  const perDay = Math.max(1, Math.ceil(nAppointments / Math.max(1, nClinicians * days.length)));
  const appointments: Row<'appointments'>[] = [];
  const series: Row<'series'>[] = [];
  const firstTuesday = days.find((d) => isoWeekdayOfDay(d) === 2) ?? asOfDay;
  // One weekly series per clinician: their first client, Tuesdays at 09:00 local, 12 sessions.
  clinicians.forEach((c, i) => {
    const client = clientsOf[i]?.[0];
    if (client === undefined) return;
    const cl = clients[client] as Row<'clients'>;
    series.push({
      id: `series-${pad(i + 1, 3)}`,
      clinicianId: c.id,
      clientIds: [cl.id],
      type: 'individual',
      modality: { kind: 'telehealth', clientLocationState: cl.locationState },
      zone: c.zone,
      startDate: fromEpochDay(firstTuesday),
      startTime: '09:00',
      durationMinutes: 53,
      frequency: 'weekly',
      count: 12,
    });
  });
  // Each clinician sees clients in person at the office of their home state (the main one in Texas).
  const officeOf = clinicians.map((_, i) =>
    demoOfficeId((DEMO_GEOGRAPHY[i % DEMO_GEOGRAPHY.length] as (typeof DEMO_GEOGRAPHY)[number]).state),
  );
  let n = 0;
  const turns: number[] = [];
  outer: for (const day of days) {
    for (let ci = 0; ci < nClinicians; ci += 1) {
      const clinician = clinicians[ci] as Row<'clinicians'>;
      const pool = clientsOf[ci] as number[];
      for (let slot = 0; slot < perDay; slot += 1) {
        if (n >= nAppointments) break outer;
        if (pool.length === 0) break;
        const weekly =
          slot === 0 && isoWeekdayOfDay(day) === 2 && day >= firstTuesday && series[ci] !== undefined;
        const turn = (turns[ci] ?? 0) + 1;
        turns[ci] = turn;
        const client = clients[weekly ? (pool[0] as number) : (pool[turn % pool.length] as number)];
        if (client === undefined) break;
        const start = instantAt(day, (9 + slot) * 60, clinician.zone);
        const end = instantAt(day, (9 + slot) * 60 + 53, clinician.zone);
        const past = day < asOfDay;
        const roll = rng.next();
        const telehealth = weekly || clinician.modalities?.length === 1 || rng.chance(0.5);
        let status: Row<'appointments'>['status'] = { state: 'scheduled' };
        if (past) {
          if (roll < 0.84) status = { state: 'completed' };
          else if (roll < 0.92) {
            const late = rng.chance(0.6);
            status = {
              state: 'cancelled',
              by: rng.chance(0.85) ? 'client' : 'clinician',
              at: instantAt(day - (late ? 0 : 3), 7 * 60, clinician.zone),
            };
          } else status = { state: 'no_show' };
        } else if (roll < 0.05) {
          status = { state: 'cancelled', by: 'client', at: instantAt(asOfDay - 1, 16 * 60, clinician.zone) };
        }
        appointments.push({
          id: `appt-${pad(n + 1, 6)}`,
          clinicianId: clinician.id,
          clientIds: [client.id],
          type:
            !weekly && (n % 37 === 0 || (day >= asOfDay && day < asOfDay + 6 && slot === 1 && ci % 3 === 0))
              ? 'intake'
              : 'individual',
          modality: telehealth
            ? { kind: 'telehealth', clientLocationState: client.locationState }
            : { kind: 'in_person', locationId: officeOf[ci] as string },
          start,
          end,
          status,
          sessionFeeCents: 15_000,
          ...(weekly ? { seriesId: (series[ci] as Row<'series'>).id } : {}),
        });
        n += 1;
      }
    }
  }

  const insuredIndex = clients.flatMap((c, i) => ((c.payerIds ?? []).length === 0 ? [] : [i]));
  const insured = insuredIndex.map((i) => clients[i] as Row<'clients'>);
  const nClaims = options.claims ?? Math.floor(nAppointments / 2);
  const { claims, claimBalances, remittances } = generateClaims(rng, asOfDay, clients, nClaims);

  const authorizations: Row<'authorizations'>[] = insured
    .filter((c) => c.payerIds?.[0] === 'state-medicaid')
    .map((c, i) => ({
      authorizationNumber: `PA-${pad(i + 1, 6)}`,
      payerId: 'state-medicaid',
      clientId: c.id,
      clinicianId: null,
      codes: ['90837'],
      unit: 'sessions',
      authorizedCount: 12,
      usedCount: i % 3 === 0 ? 11 : rng.int(0, 8),
      startsOn: fromEpochDay(asOfDay - 90),
      endsOn: fromEpochDay(asOfDay + (i % 4 === 0 ? 10 : 60)),
    }));
  const eligibility: Row<'eligibility'>[] = insured.map((c, i) => ({
    clientId: c.id,
    payerId: c.payerIds?.[0] as string,
    lastVerifiedOn: i % 17 === 3 ? null : fromEpochDay(asOfDay - (i % 5 === 0 ? 45 : rng.int(1, 25))),
    planYearStartsOn: `${year}-01-01`,
    planEndsOn: null,
    coverageChangedOn: null,
  }));

  const { credentials, enrollments } = generateCredentials(asOfDay, clinicians);

  const clientById = new Map(clients.map((c) => [c.id, c]));
  const paperwork: Row<'paperwork'>[] = [];
  const firstSessions = appointments.filter((a) => a.type === 'intake' && a.status?.state === 'scheduled');
  const withPacket = new Set<string>();
  firstSessions.forEach((a, i) => {
    const clientId = a.clientIds[0] as string;
    if (withPacket.has(clientId)) return;
    withPacket.add(clientId);
    for (const type of [
      'informed_consent',
      'privacy_notice_acknowledgment',
      'financial_policy',
      'intake_questionnaire',
    ] as const) {
      const done = (i + type.length) % 3 !== 0;
      const client = clientById.get(clientId) as Row<'clients'>;
      paperwork.push({
        id: `doc-${clientId}-${type}`,
        clientId,
        type,
        // A minor's financial policy is signed by the guarantor who pays.
        ...(type === 'financial_policy' && client.guarantorId !== undefined
          ? { signerId: client.guarantorId }
          : {}),
        status: done ? 'complete' : 'sent',
        sentAt: instantAt(asOfDay - 6, 10 * 60, client.zone),
        ...(done ? { completedAt: instantAt(asOfDay - 2, 18 * 60, client.zone) } : {}),
      });
    }
  });

  // Clients seen before signed the consents every session needs at their intake: treatment and
  // telehealth consent, and a minor's guardian consent signed by the guarantor (their parent).
  const seenClients = new Set(
    appointments.filter((a) => a.status?.state === 'completed').flatMap((a) => a.clientIds as string[]),
  );
  for (const client of clients) {
    if (!seenClients.has(client.id as string)) continue;
    for (const type of ['informed_consent', 'telehealth_consent', 'guardian_consent'] as const) {
      if (type === 'guardian_consent' && client.guarantorId === undefined) continue;
      paperwork.push({
        id: `doc-${client.id}-signed-${type}`,
        clientId: client.id,
        type,
        ...(type === 'guardian_consent' ? { signerId: client.guarantorId } : {}),
        status: 'complete',
        sentAt: instantAt(asOfDay - 201, 10 * 60, client.zone),
        completedAt: instantAt(asOfDay - 200, 10 * 60, client.zone),
      });
    }
  }

  const inquiries: Row<'inquiries'>[] = [];
  const nInquiries = Math.max(3, Math.ceil(nClinicians / 2));
  const STAGES = [['inquiry'], ['inquiry', 'screening'], ['inquiry', 'screening', 'paperwork']] as const;
  for (let i = 0; i < nInquiries; i += 1) {
    const received = asOfDay - rng.int(1, 8);
    const stages = STAGES[i % 3] as readonly ('inquiry' | 'screening' | 'paperwork')[];
    inquiries.push({
      id: `inq-${pad(i + 1, 4)}`,
      history: stages.map((stage, k) => ({
        stage,
        at: instantAt(received + Math.min(k, 1), 11 * 60 + k, 'America/Chicago'),
      })),
    });
  }
  // Self-pay clients with a session coming owe a Good Faith Estimate from when it was scheduled.
  const goodFaithEstimates: Row<'goodFaithEstimates'>[] = [];
  const gfeFor = new Set<string>();
  for (const a of appointments) {
    const clientId = a.clientIds[0] as string;
    const client = clientById.get(clientId);
    if (client === undefined || (client.payerIds ?? []).length > 0 || gfeFor.has(clientId)) continue;
    if (a.status?.state !== 'scheduled') continue;
    gfeFor.add(clientId);
    const serviceDate = readLocalDate(a.start, client.zone);
    goodFaithEstimates.push({
      id: `gfe-${clientId}`,
      clientId,
      trigger: { kind: 'scheduled', scheduledOn: fromEpochDay(asOfDay - (gfeFor.size % 4)), serviceDate },
      ...(gfeFor.size % 3 === 0 ? { deliveredOn: fromEpochDay(asOfDay - 1) } : {}),
    });
  }
  const waitlist: Row<'waitlist'>[] = [];
  for (let i = 0; i < Math.max(4, nClinicians * 2); i += 1) {
    const client = clients[(i * 7) % clients.length] as Row<'clients'>;
    const clinician = i % 10 === 3 ? undefined : (clinicians[i % nClinicians] as Row<'clinicians'>).id;
    const added = asOfDay - rng.int(3, 80);
    waitlist.push({
      id: `wait-${pad(i + 1, 4)}`,
      clientId: client.id,
      clinicianId: clinician ?? null,
      modalities: rng.pick([[], ['in_person'], ['telehealth']] as const).slice(),
      payerId: client.payerIds?.[0] ?? null,
      zone: client.zone,
      addedAt: instantAt(added, 12 * 60, client.zone),
      lastContactAt: instantAt(Math.max(added, asOfDay - rng.int(1, 45)), 13 * 60, client.zone),
      status: 'waiting',
    });
  }
  const messages: Row<'messages'>[] = DEMO_MESSAGES.map((m, i) => {
    const client = clients[(i * 5) % clients.length] as Row<'clients'>;
    return {
      id: `msg-${pad(i + 1, 4)}`,
      clientId: client.id,
      receivedAt: instantAt(asOfDay, 7 * 60 + i * 11, client.zone),
      channel: i % 2 === 0 ? 'portal' : 'sms',
      text: m.text,
      handled: false,
    };
  });

  const staff: Row<'staff'>[] = [
    { id: 'staff-owner', name: personName(rng), role: 'practice_owner' },
    { id: 'staff-assistant', name: personName(rng), role: 'assistant' },
    { id: 'staff-biller', name: personName(rng), role: 'biller' },
    { id: 'staff-credentialing', name: personName(rng), role: 'credentialing_coordinator' },
  ];

  const data: Input = {
    practice: {
      name: 'Juniper Grove Counseling (synthetic)',
      zone: 'America/Chicago',
      state: 'TX',
      // Every office a session is held at, each in its state and on its clock (since 2026-12-07).
      offices: demoOffices(
        clinicians.map((c, i) => ({
          ...(DEMO_GEOGRAPHY[i % DEMO_GEOGRAPHY.length] as (typeof DEMO_GEOGRAPHY)[number]),
          inPerson: c.modalities?.includes('in_person') ?? false,
        })),
      ),
      holidays,
      onCall: { name: 'Juniper Grove on-call clinician (synthetic)', phone: '+15125550142' },
    },
    staff,
    payers,
    clinicians,
    clients,
    appointments,
    series,
    waitlist,
    paperwork,
    inquiries,
    goodFaithEstimates,
    claims,
    claimBalances,
    remittances,
    authorizations,
    eligibility,
    credentials,
    enrollments,
    messages,
    // The demo is a general mental-health group practice, not a 42 CFR Part 2 program: it says so.
    policies: PracticePolicies.parse({ intakePacket: { part2Program: false } }),
  };
  // Parsed, so every default the modules' schemas define is filled in, as for a user's data file; its
  // references hold by construction, so the work queue takes it as validated.
  return markValidated(PracticeData.parse(data));
}

/**
 * The built-in demo's date: the demo always shows the practice as of this day.
 *
 * @example
 * ```ts
 * DEMO_AS_OF; //=> '2026-11-20'
 * ```
 */
export const DEMO_AS_OF: LocalDate = '2026-11-20';
/**
 * The built-in demo's seed.
 *
 * @example
 * ```ts
 * generatePractice({ seed: DEMO_SEED, asOf: DEMO_AS_OF }); // the same practice as generateDemoPractice()
 * ```
 */
export const DEMO_SEED = 20_261_120;

/**
 * The built-in demo practice (fixed seed, as of {@link DEMO_AS_OF}): six clinicians across four zones,
 * 48 clients, two months of appointments.
 *
 * @example
 * ```ts
 * generateDemoPractice().practice.name; //=> 'Juniper Grove Counseling (synthetic)'
 * ```
 */
export function generateDemoPractice(): PracticeData {
  return generatePractice({ seed: DEMO_SEED, asOf: DEMO_AS_OF });
}

/**
 * The demo's channel consent: most clients chose text and email, told of the risk of plain channels, some
 * email only, and a few have none recorded yet, so the queue shows reminders held until someone asks them how
 * they want reminders.
 */
function demoChannelConsent(i: number, recordedAt: string): { channelConsent?: ClientChannelConsentInput } {
  if (i % 17 === 9) return {};
  if (i % 7 === 3)
    return { channelConsent: { email: { optedIn: true, unsecuredRiskAcknowledged: true }, recordedAt } };
  return {
    channelConsent: {
      sms: { optedIn: true, unsecuredRiskAcknowledged: true },
      email: { optedIn: true, unsecuredRiskAcknowledged: true },
      recordedAt,
    },
  };
}
