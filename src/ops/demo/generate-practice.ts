import {
  CLAIM_TRANSITIONS,
  type ClaimStatus,
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  type PayerProfile,
} from '../../billing/index.js';
import {
  fromEpochDay,
  isoWeekday,
  type LocalDate,
  npiCheckDigit,
  PayerId,
  localDateOf as readLocalDate,
  resolveLocalMinute,
  toEpochDay,
  usFederalHolidays,
} from '../../core/index.js';
import { PracticeData, type PracticeDataInput } from '../data/practice-data.js';
import { PracticePolicies } from '../data/practice-policies.js';
import { FAMILY_NAMES, GIVEN_NAMES } from './names.js';
import { DEMO_GEOGRAPHY, DEMO_MESSAGES } from './practice-geography.js';
import { createPrng, type Prng } from './prng.js';

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

type Input = PracticeDataInput;
type Row<K extends keyof Input> = NonNullable<Input[K]> extends readonly (infer R)[] ? R : never;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const PAYER_KINDS = ['commercial', 'commercial', 'medicare', 'medicaid', 'self_pay'] as const;
const CLAIM_STATUSES = [
  'draft',
  'ready',
  'submitted',
  'rejected',
  'accepted',
  'pending',
  'paid',
  'paid',
  'paid',
  'partially_paid',
  'denied',
  'denied',
  'appealed',
  'resubmitted',
  'closed',
  'written_off',
] as const;
/** The shortest path through the claim lifecycle table from draft to each status. */
const CLAIM_PATHS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = (() => {
  const paths = new Map<ClaimStatus, ClaimStatus[]>([['draft', ['draft']]]);
  const queue: ClaimStatus[] = ['draft'];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const next of CLAIM_TRANSITIONS[s]) {
      if (paths.has(next)) continue;
      paths.set(next, [...(paths.get(s) ?? []), next]);
      queue.push(next);
    }
  }
  return Object.fromEntries(paths) as Record<ClaimStatus, ClaimStatus[]>;
})();
const DENIALS = [
  { group: 'CO', reasonCode: '197' },
  { group: 'CO', reasonCode: '29' },
  { group: 'CO', reasonCode: '16' },
  { group: 'CO', reasonCode: '50' },
  { group: 'CO', reasonCode: '18' },
  { group: 'PR', reasonCode: '27' },
  { group: 'OA', reasonCode: '22' },
] as const;

function makePayers(): PayerProfile[] {
  const commercial = (id: string, name: string): PayerProfile => ({
    ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
    payerId: PayerId.parse(id),
    name,
  });
  return [
    commercial('bluebird', 'Bluebird Health Plan (synthetic)'),
    commercial('meridian-trust', 'Meridian Trust Insurance (synthetic)'),
    { ...MEDICARE_PAYER_PROFILE_EXAMPLE, payerId: PayerId.parse('medicare'), name: 'Medicare (synthetic)' },
    {
      ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
      payerId: PayerId.parse('state-medicaid'),
      name: 'State Medicaid (synthetic)',
      kind: 'medicaid',
      priorAuthorizationCodes: ['90837'],
      eligibilityReverification: { maxAgeDays: null, everyCalendarMonth: true, atNewPlanYear: true },
    },
  ];
}

function personName(rng: Prng): string {
  return `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
}

function payerFor(kind: (typeof PAYER_KINDS)[number], rng: Prng): string | undefined {
  switch (kind) {
    case 'commercial':
      return rng.pick(['bluebird', 'meridian-trust']);
    case 'medicare':
      return 'medicare';
    case 'medicaid':
      return 'state-medicaid';
    case 'self_pay':
      return undefined;
    default: {
      const exhausted: never = kind;
      return exhausted;
    }
  }
}

/** The instant of a local wall time (no DST gaps at these hours in the demo zones). */
function instantAt(day: number, minute: number, zone: string): string {
  const key = `${zone} ${day} ${minute}`;
  let instant = placedInstants.get(key);
  if (instant === undefined) {
    instant = resolveLocalMinute(day, minute, zone).instant ?? fromEpochDay(day);
    placedInstants.set(key, instant);
  }
  return instant;
}

/** Placed local times, memoized: the demo reuses a few hundred distinct wall times many times over. */
const placedInstants = new Map<string, string>();

/**
 * Generates a realistic synthetic practice (no real people): clinicians across states and zones,
 * clients, two months of appointments around `asOf` with a weekly series, late cancels and no-shows,
 * claims in every status with denials, enrollments mid-flight, credentials coming due, paperwork,
 * inquiries, a waitlist and messages including a crisis. Scales to hundreds of clinicians and hundreds of
 * thousands of appointments and claims. Deterministic: it uses a seeded PRNG, never the clock or
 * `Math.random`.
 *
 * @example
 * ```ts
 * const data = generatePractice({ seed: 1, asOf: '2026-11-20' });
 * data.clinicians.length; //=> 6
 * ```
 */
export function generatePractice(options: GeneratePracticeOptions): PracticeData {
  const rng = createPrng(options.seed);
  const asOfDay = toEpochDay(options.asOf);
  const year = Number(options.asOf.slice(0, 4));
  const holidays = [
    ...usFederalHolidays(year - 1),
    ...usFederalHolidays(year),
    ...usFederalHolidays(year + 1),
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
      ...(i % 13 === 5
        ? {}
        : { cancellationPolicyAcknowledgedAt: instantAt(asOfDay - 200, 10 * 60, home.zone) }),
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
    if (isoWeekday(fromEpochDay(d)) <= 5 && !holidaySet.has(d)) days.push(d);
  }
  const nAppointments = options.appointments ?? nClinicians * days.length * 4;
  const perDay = Math.max(1, Math.ceil(nAppointments / Math.max(1, nClinicians * days.length)));
  const appointments: Row<'appointments'>[] = [];
  const series: Row<'series'>[] = [];
  const firstTuesday = days.find((d) => isoWeekday(fromEpochDay(d)) === 2) ?? asOfDay;
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
          slot === 0 &&
          isoWeekday(fromEpochDay(day)) === 2 &&
          day >= firstTuesday &&
          series[ci] !== undefined;
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
            : { kind: 'in_person', locationId: 'office-main' },
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
  const claims: Row<'claims'>[] = [];
  const claimBalances: Row<'claimBalances'>[] = [];
  const remittanceClaims = new Map<string, NonNullable<Row<'remittances'>['claims']>>();
  for (let i = 0; i < nClaims && insured.length > 0; i += 1) {
    const index = insuredIndex[i % insuredIndex.length] as number;
    const client = clients[index] as Row<'clients'>;
    const status = CLAIM_STATUSES[rng.int(0, CLAIM_STATUSES.length - 1)] as (typeof CLAIM_STATUSES)[number];
    const dos = asOfDay - rng.int(1, 170);
    const path = CLAIM_PATHS[status];
    // The history walks the lifecycle table from draft, a few days per move, never past yesterday.
    const step = Math.max(1, Math.min(12, Math.floor((asOfDay - 1 - dos) / Math.max(1, path.length))));
    const history = path.slice(1).map((to, k) => ({
      from: path[k] as ClaimStatus,
      to,
      on: fromEpochDay(dos + (k + 1) * step),
    }));
    const charge = 15_000;
    const claimId = `claim-${pad(i + 1, 6)}`;
    const payerId = client.payerIds?.[0] as string;
    const telehealth = rng.chance(0.5);
    claims.push({
      claimId,
      clientId: client.id,
      payerId,
      renderingNpi: '1234567893',
      billingNpi: '1234567893',
      diagnosisCodes: ['F41.1'],
      lines: [
        {
          lineId: '1',
          serviceDate: fromEpochDay(dos),
          procedureCode: rng.pick(['90834', '90837', '90791']),
          modifiers: telehealth && payerId !== 'medicare' ? ['95'] : [],
          placeOfService: telehealth ? '10' : '11',
          units: 1,
          chargeCents: charge,
          diagnosisPointers: [1],
          modality: telehealth ? 'video' : 'in_person',
          clientAtHome: telehealth,
        },
      ],
      status,
      history,
    });
    const denial = status === 'denied' || status === 'appealed' ? rng.pick(DENIALS) : undefined;
    const paid = status === 'paid' || status === 'closed' ? 11_000 : status === 'partially_paid' ? 6_000 : 0;
    if (denial !== undefined || paid > 0) {
      claimBalances.push({
        claimId,
        chargeCents: charge,
        paidCents: paid,
        contractualCents:
          denial === undefined ? charge - paid - (status === 'partially_paid' ? 3_000 : 0) : 0,
        deniedCents: denial === undefined ? (status === 'partially_paid' ? 3_000 : 0) : charge,
        postedRemittanceIds: [`era-${payerId}`],
      });
      const list = remittanceClaims.get(payerId) ?? [];
      if (list.length < 50) {
        list.push({
          claimId,
          chargeCents: charge,
          paidCents: paid,
          adjustments:
            denial !== undefined
              ? [{ group: denial.group, carc: denial.reasonCode, amountCents: charge }]
              : [{ group: 'CO', carc: '45', amountCents: charge - paid }],
        });
        remittanceClaims.set(payerId, list);
      }
    }
  }
  const remittances: Row<'remittances'>[] = [...remittanceClaims].map(([payerId, list]) => ({
    remittanceId: `era-${payerId}`,
    payerId,
    paidOn: fromEpochDay(asOfDay - 3),
    claims: list,
  }));

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

  const credentials: Row<'credentials'>[] = [];
  const enrollments: Row<'enrollments'>[] = [];
  const ENROLLMENT = [
    'approved',
    'approved',
    'approved',
    'in_review',
    'submitted',
    'info_requested',
    'gathering_documents',
  ] as const;
  clinicians.forEach((c, i) => {
    const base = `17${pad(i + 1, 7)}`;
    const second = DEMO_GEOGRAPHY[(i + 3) % DEMO_GEOGRAPHY.length] as (typeof DEMO_GEOGRAPHY)[number];
    credentials.push({
      clinicianId: c.id,
      individualNpi: `${base}${npiCheckDigit(base)}`,
      caqh: {
        providerId: pad(100_000 + i, 8),
        lastAttestedOn: fromEpochDay(asOfDay - (i % 2 === 0 ? 110 : 40)),
      },
      licenses: [
        {
          state: c.homeState ?? 'TX',
          type: (['LCSW', 'LPC', 'LMFT', 'psychologist'] as const)[i % 4] ?? 'LCSW',
          number: `L-${pad(i + 1, 6)}`,
          level: 'independent',
          status: 'active',
          issuedOn: fromEpochDay(asOfDay - 700),
          expiresOn: fromEpochDay(asOfDay + (i % 3 === 0 ? 25 : 400 + i)),
        },
        ...(i % 2 === 0
          ? [
              {
                state: second.state,
                type: (['LCSW', 'LPC', 'LMFT', 'psychologist'] as const)[i % 4] ?? 'LCSW',
                number: `L2-${pad(i + 1, 6)}`,
                level: 'independent' as const,
                status: 'active' as const,
                issuedOn: fromEpochDay(asOfDay - 300),
                expiresOn: fromEpochDay(asOfDay + 500),
              },
            ]
          : []),
      ],
      malpractice: [
        {
          carrier: 'Harborlight Mutual (synthetic)',
          policyNumber: `M-${pad(i + 1, 6)}`,
          effectiveOn: fromEpochDay(asOfDay - 300),
          expiresOn: fromEpochDay(asOfDay + 65),
          perClaimLimitCents: 100_000_000,
          aggregateLimitCents: 300_000_000,
        },
      ],
    });
    (c.payersAccepted ?? []).forEach((payerId, p) => {
      const status = ENROLLMENT[(i + p) % ENROLLMENT.length] as (typeof ENROLLMENT)[number];
      const path: (typeof ENROLLMENT)[number][] =
        status === 'approved'
          ? ['gathering_documents', 'submitted', 'in_review', 'approved']
          : status === 'info_requested'
            ? ['gathering_documents', 'submitted', 'in_review', 'info_requested']
            : status === 'in_review'
              ? ['gathering_documents', 'submitted', 'in_review']
              : status === 'submitted'
                ? ['gathering_documents', 'submitted']
                : ['gathering_documents'];
      const startDay = status === 'approved' ? asOfDay - 1000 : asOfDay - 90;
      const history = path.map((st, k) => ({ status: st, on: fromEpochDay(startDay + k * 20) }));
      const submitted = path.includes('submitted');
      enrollments.push({
        clinicianId: c.id,
        payerId,
        status,
        history,
        ...(submitted ? { submittedOn: fromEpochDay(startDay + 20) } : {}),
        lastContactOn: fromEpochDay(
          Math.min(asOfDay - 1, startDay + (path.length - 1) * 20 + (p % 2 === 0 ? 0 : 40)),
        ),
        ...(status === 'approved'
          ? {
              approvedOn: fromEpochDay(startDay + 60),
              effectiveOn: fromEpochDay(startDay + 60),
              credentialedOn: fromEpochDay(asOfDay - 1080 + 60 + (i % 5 === 0 ? 25 : 200)),
            }
          : {}),
      });
    });
  });

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
        status: done ? 'complete' : 'sent',
        sentAt: instantAt(asOfDay - 6, 10 * 60, client.zone),
        ...(done ? { completedAt: instantAt(asOfDay - 2, 18 * 60, client.zone) } : {}),
      });
    }
  });

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
      holidays,
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
    policies: PracticePolicies.parse({}),
  };
  // Parsed, so every default the modules' schemas define is filled in, as for a user's data file.
  return PracticeData.parse(data);
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
