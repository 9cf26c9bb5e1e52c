import * as z from 'zod';
import { compareDates, type Decision, LocalDate, type Reason, reason, UsState } from '../../core/index.js';
import { compareReasons, compareText, sortReasons, validateArguments } from '../../core/internal.js';
import {
  ClinicianCredentials,
  type ClinicianCredentialsInput,
  getPrescribingStatus,
} from '../credentials/clinician-credentials.js';
import {
  type CompactAuthorization,
  type CompactAuthorizationKind,
  CompactMemberState,
  describeAuthorization,
  isCompactAuthorizationInForce,
} from '../credentials/compact-authorization.js';
import { COMPACT_FIRST_ISSUED_ON, getCompactIssuanceProblem } from '../credentials/compact-issuance.js';
import {
  getLicenseProfession,
  getLicenseStanding,
  getLicensesInForceOn,
  groupLicenseRecords,
  isPracticingLicenseStatus,
  type LicenseProfession,
  type StateLicense,
} from '../credentials/license.js';
import type { CredentialingReasonCode } from '../reason-codes.js';

/**
 * PSYPACT Temporary Authorization to Practice: at most 30 calendar days of in-person practice per year
 * in each remote state.
 *
 * @remarks [sources: psypact]. "Per year" is read as the calendar year of the date of service.
 *
 * @example
 * ```ts
 * DEFAULT_TAP_IN_PERSON_DAYS_PER_YEAR; //=> 30
 * ```
 */
export const DEFAULT_TAP_IN_PERSON_DAYS_PER_YEAR = 30;

/**
 * The day the Counseling Compact commission issued its first privileges to practice (Arizona and
 * Minnesota): no privilege can have been issued before it. The same date as
 * `COMPACT_FIRST_ISSUED_ON.counseling`, where every compact's first issue date is kept.
 *
 * @remarks [sources: counseling-compact].
 * @example
 * ```ts
 * COUNSELING_COMPACT_FIRST_PRIVILEGE_ON; //=> '2025-09-30'
 * ```
 */
export const COUNSELING_COMPACT_FIRST_PRIVILEGE_ON = COMPACT_FIRST_ISSUED_ON.counseling as LocalDate;

/**
 * Which states take part in the compacts whose authorizations are valid in every member state, and the
 * PSYPACT TAP limit. The library ships no member list: states join on their own dates and the Social
 * Work compact had issued no multistate license as of the last source ([sources: swlc], status
 * unconfirmed), so a practice loads these lists from the commissions. With an empty list, no
 * authorization of that compact is ever counted.
 *
 * @example
 * ```ts
 * JurisdictionPolicy.parse({});
 * //=> { psypactMemberStates: [], socialWorkCompactMemberStates: [], tapInPersonDaysPerYear: 30 }
 * ```
 */
export const JurisdictionPolicy = z.strictObject({
  psypactMemberStates: z.array(CompactMemberState).default([]),
  socialWorkCompactMemberStates: z.array(CompactMemberState).default([]),
  /**
   * The day the Social Work compact's commission began issuing multistate licenses, from the commission
   * once it publishes it. Left out, a multistate license cannot be relied on (`undecided`): none had been
   * issued by the compact's last public statement [sources: swlc].
   */
  socialWorkCompactFirstIssuedOn: LocalDate.optional(),
  tapInPersonDaysPerYear: z.number().int().min(0).max(366).default(DEFAULT_TAP_IN_PERSON_DAYS_PER_YEAR),
});
export type JurisdictionPolicy = z.infer<typeof JurisdictionPolicy>;
/**
 * What callers pass for {@link JurisdictionPolicy}: every field has a default.
 * @example
 * ```ts
 * const policy: JurisdictionPolicyInput = { tapInPersonDaysPerYear: 30 };
 * ```
 */
export type JurisdictionPolicyInput = z.input<typeof JurisdictionPolicy>;

/**
 * How a session is delivered.
 *
 * @example
 * ```ts
 * JurisdictionModality.parse('telehealth'); //=> 'telehealth'
 * ```
 */
export const JurisdictionModality = z.enum(['in_person', 'telehealth']);
export type JurisdictionModality = z.infer<typeof JurisdictionModality>;

/**
 * One session to check. `clientState` is where the client is physically located at the time of the
 * session (not the address on file). `clinicianLocationState` is needed only for PSYPACT telepsychology;
 * `inPersonDatesInState` (the clinician's other in-person service dates in `clientState`) only for
 * PSYPACT TAP.
 *
 * @example
 * ```ts
 * JurisdictionQuery.parse({ clientState: 'CO', serviceDate: '2026-04-14', modality: 'telehealth',
 *   clinicianLocationState: 'AZ' }); //=> the same object
 * ```
 */
export const JurisdictionQuery = z.strictObject({
  clientState: UsState,
  serviceDate: LocalDate,
  modality: JurisdictionModality,
  clinicianLocationState: UsState.optional(),
  inPersonDatesInState: z.array(LocalDate).optional(),
});
export type JurisdictionQuery = z.infer<typeof JurisdictionQuery>;

/**
 * What authorized a session: a license or an authorization kind, in which state, and its number or label.
 * @example
 * ```ts
 * const by: JurisdictionAuthority = { kind: 'license', state: 'CA', reference: 'LMFT 100' };
 * ```
 */
export interface JurisdictionAuthority {
  readonly kind: 'license' | CompactAuthorizationKind;
  readonly state: UsState;
  readonly reference: string;
}

/**
 * The decision of {@link evaluateServiceJurisdiction}.
 * @example
 * ```ts
 * const d: ServiceJurisdictionDecision = evaluateServiceJurisdiction(credentials, query);
 * d.outcome; //=> 'allowed'
 * d.authorizedBy; //=> { kind: 'license', state: 'CA', reference: 'LMFT 100' }
 * ```
 */
export type ServiceJurisdictionDecision = Decision<
  'allowed',
  'refused' | 'undecided',
  CredentialingReasonCode,
  { readonly authorizedBy: JurisdictionAuthority | null }
>;

/**
 * Options for {@link evaluateServiceJurisdiction}.
 * @example
 * ```ts
 * const options: EvaluateServiceJurisdictionOptions = {
 *   policy: { psypactMemberStates: [{ state: 'AZ', from: '2020-07-01' }] },
 * };
 * ```
 */
export interface EvaluateServiceJurisdictionOptions {
  /** Compact member states and the TAP limit; defaults to {@link JurisdictionPolicy} defaults. */
  readonly policy?: JurisdictionPolicyInput;
  /** Supervisors' own credentials, so a supervised clinician's supervisor can be checked too. */
  readonly supervisors?: readonly ClinicianCredentialsInput[];
}

const JurisdictionOptions = z.strictObject({
  // Absent, the policy's own defaults (`prefault` parses `{}`, where `default` would return it as is).
  policy: JurisdictionPolicy.prefault({}),
  supervisors: z.array(ClinicianCredentials).optional(),
});

type R = Reason<CredentialingReasonCode>;
interface Grant {
  readonly authority: JurisdictionAuthority;
  readonly reasons: readonly R[];
}

/**
 * Decides whether a clinician may serve a client physically located in a state, on a date, in person or
 * by telehealth: from the clinician's licenses in that state (and supervision for a supervised license)
 * or an interstate compact authorization or telehealth registration that covers the state, date and
 * modality.
 *
 * @param credentials - the clinician's credentials
 * @param query - where the client is, when, and how the session is delivered
 * @returns `allowed` with what authorized it; `refused` with every reason nothing did; `undecided` when
 *   something could authorize it but a fact it needs is missing or wrong (the clinician's location, TAP
 *   days used, the supervisor's record, whether a supervisor whose only license there is restricted (e.g.
 *   probation) may supervise, license records that conflict, a Counseling Compact privilege
 *   dated before the compact issued any, a license or a compact's home license that expired under a renewal
 *   filed on time and not yet granted: `credentialing.license.renewal_pending`). A license is read by its latest record on the date (a later
 *   suspension supersedes an earlier active record of the same state, type and number).
 * @throws {@link ValidationError} when the credentials, query or policy are invalid
 * For a clinician who `prescribes` (or holds a prescribing license and has no `prescribes` recorded: then
 * `credentialing.dea.prescribing_unknown` warns where no registration is in force), every outcome also says whether a DEA registration in the client's
 * state is in force on the date (`credentialing.dea.registered_in_state`), or warns that none is
 * (`credentialing.dea.not_registered_in_state`): controlled substances need a registration in each state
 * where they are prescribed [sources: cfr-21-1301.12, fr-71-69478].
 *
 * @remarks The client's location at session time governs [sources: hhs-telehealth-licensure]. PSYPACT APIT is
 * telehealth only, from the home state (the declared one, or another Compact State where the psychologist is
 * licensed and physically present, art. II); TAP is in person, 30 days a year per state; Counseling
 * Compact privileges are per remote state, either modality; compacts build on an unencumbered,
 * independent home-state license and are not delegable to supervisees
 * [sources: psypact, counseling-compact, swlc].
 * @example
 * ```ts
 * evaluateServiceJurisdiction(
 *   { clinicianId: 'c1', individualNpi: '1234567893',
 *     licenses: [{ state: 'CA', type: 'LMFT', number: 'LMFT 100', level: 'independent', status: 'active',
 *       issuedOn: '2024-07-01', expiresOn: '2026-06-30' }] },
 *   { clientState: 'CA', serviceDate: '2026-06-30', modality: 'telehealth' });
 * //=> { outcome: 'allowed', authorizedBy: { kind: 'license', state: 'CA', reference: 'LMFT 100' },
 * //     reasons: [{ code: 'credentialing.license.expires_on_service_date', severity: 'warning', … },
 * //               { code: 'credentialing.jurisdiction.licensed', severity: 'info', … }] }
 * ```
 */
export function evaluateServiceJurisdiction(
  credentials: ClinicianCredentialsInput,
  query: z.input<typeof JurisdictionQuery>,
  options: EvaluateServiceJurisdictionOptions = {},
): ServiceJurisdictionDecision {
  const [cred, q, o] = validateArguments([
    ['credentials', ClinicianCredentials, credentials, 'clinician credentials'],
    ['query', JurisdictionQuery, query, 'jurisdiction query'],
    ['options', JurisdictionOptions, options, 'jurisdiction options'],
  ]);
  return decideJurisdiction(cred, q, o.policy, o.supervisors);
}

// The decision itself, on values already validated.
function decideJurisdiction(
  cred: ClinicianCredentials,
  q: JurisdictionQuery,
  policy: JurisdictionPolicy,
  supervisors: readonly ClinicianCredentials[] | undefined,
): ServiceJurisdictionDecision {
  const grants: Grant[] = [];
  const failures: R[] = [];
  const unknowns: R[] = [];
  const date = q.serviceDate;
  const base = { clientState: q.clientState, serviceDate: date, modality: q.modality };

  const groups = groupLicenseRecords(cred.licenses.filter((l) => l.state === q.clientState));
  for (const records of groups) {
    const standing = getLicenseStanding(records, date);
    if (standing.kind === 'conflict') {
      const [one] = standing.records;
      unknowns.push(
        reason(
          'credentialing.license.records_conflict',
          'warning',
          `The ${one.state} ${one.type} license ${one.number} has records issued the same day that disagree; correct the records from the board's lookup.`,
          {
            ...base,
            licenseType: one.type,
            licenseNumber: one.number,
            issuedOn: one.issuedOn,
            // The conflicting records come sorted by status: the list is sorted already.
            statuses: [...new Set(standing.records.map((r) => r.status as string))],
          },
        ),
      );
      continue;
    }
    if (standing.kind === 'none') {
      const first = [...records].sort((a, b) => compareDates(a.issuedOn, b.issuedOn))[0];
      /* v8 ignore next -- a group always holds at least one record */
      // Stryker disable next-line ConditionalExpression: unreachable, a group always holds a record
      if (first === undefined) continue;
      failures.push(
        reason(
          'credentialing.license.not_yet_issued',
          'error',
          `The ${first.state} ${first.type} license was issued after the date of service.`,
          {
            ...base,
            licenseType: first.type,
            licenseNumber: first.number,
            issuedOn: first.issuedOn,
            expiresOn: first.expiresOn,
          },
        ),
      );
      continue;
    }
    const l = standing.license;
    const facts = {
      ...base,
      licenseType: l.type,
      licenseNumber: l.number,
      issuedOn: l.issuedOn,
      expiresOn: l.expiresOn,
    };
    if (!isPracticingLicenseStatus(l.status)) {
      failures.push(
        reason(
          'credentialing.license.not_practicing',
          'error',
          `The ${l.state} ${l.type} license is ${l.status}.`,
          {
            ...facts,
            status: l.status,
          },
        ),
      );
      continue;
    }
    if (compareDates(date, l.expiresOn) > 0 && isRenewalPending(l)) {
      // A renewal filed by the expiry date keeps the license only where the state's law says so: held, never
      // read as licensed [sources: usc-5-558].
      unknowns.push(
        reason(
          'credentialing.license.renewal_pending',
          'warning',
          `The ${l.state} ${l.type} license expired before the date of service; a renewal filed on ${l.renewalFiledOn} is not yet granted. Whether ${l.state} keeps the license in force while a timely renewal is pending is the state's rule: confirm with the board, or wait for the renewal.`,
          { ...facts, renewalFiledOn: l.renewalFiledOn },
        ),
      );
      continue;
    }
    if (compareDates(date, l.expiresOn) > 0) {
      failures.push(
        reason(
          'credentialing.license.expired',
          'error',
          `The ${l.state} ${l.type} license expired before the date of service.`,
          facts,
        ),
      );
      continue;
    }
    const notes: R[] = [];
    if (l.status === 'restricted') {
      notes.push(
        reason(
          'credentialing.license.restricted',
          'warning',
          `The ${l.state} ${l.type} license is restricted.`,
          facts,
        ),
      );
    }
    if (l.expiresOn === date) {
      notes.push(
        reason(
          'credentialing.license.expires_on_service_date',
          'warning',
          `The ${l.state} ${l.type} license expires on the date of service; it is valid through that day.`,
          facts,
        ),
      );
    }
    const authority: JurisdictionAuthority = { kind: 'license', state: l.state, reference: l.number };
    const licensed = reason(
      'credentialing.jurisdiction.licensed',
      'info',
      `Licensed in ${l.state} (${l.type}) on the date of service.`,
      facts,
    );
    if (l.level === 'independent') {
      grants.push({ authority, reasons: [licensed, ...notes] });
      continue;
    }
    const supervisorId = supervisorFor(cred, q);
    if (supervisorId === undefined) {
      failures.push(
        reason(
          'credentialing.supervision.missing',
          'error',
          `The ${l.state} ${l.type} license is supervised and no supervision arrangement covers ${l.state} on the date.`,
          facts,
        ),
      );
      continue;
    }
    const supFacts = { ...facts, supervisorId };
    const supervisedReason = reason(
      'credentialing.supervision.supervised',
      'info',
      `Practicing under the supervision of ${supervisorId}.`,
      supFacts,
    );
    const supervisor = supervisors?.find((s) => s.clinicianId === supervisorId);
    if (supervisor === undefined) {
      // A supervised license authorizes practice only under a licensed supervisor: without the
      // supervisor's record that is a missing fact, never read as allowed.
      unknowns.push(
        reason(
          'credentialing.supervision.supervisor_unverified',
          'warning',
          'The supervisor’s own license was not checked: no record for the supervisor was given.',
          supFacts,
        ),
        supervisedReason,
      );
    } else {
      const supervising = getLicensesInForceOn(supervisor.licenses, date).filter(
        (s) => s.state === q.clientState && s.level === 'independent',
      );
      if (supervising.some((s) => s.status !== 'restricted')) {
        grants.push({ authority, reasons: [licensed, supervisedReason, ...notes] });
        continue;
      }
      const restricted = supervising[0];
      if (restricted !== undefined) {
        // A license on probation or with conditions: boards' orders commonly bar supervising, so
        // whether this supervisor may supervise is a missing fact, never read as allowed.
        unknowns.push(
          reason(
            'credentialing.supervision.supervisor_restricted',
            'warning',
            `The supervisor’s ${restricted.state} ${restricted.type} license is restricted (e.g. probation): a board’s order often bars supervising; confirm from the order that this supervisor may supervise.`,
            {
              ...supFacts,
              supervisorLicenseType: restricted.type,
              supervisorLicenseNumber: restricted.number,
            },
          ),
          supervisedReason,
        );
        continue;
      }
      failures.push(
        reason(
          'credentialing.supervision.supervisor_not_licensed',
          'error',
          `The supervisor holds no independent license in force in ${q.clientState} on the date.`,
          supFacts,
        ),
      );
    }
  }

  const authorizations = [...cred.compactAuthorizations].sort((a, b) =>
    compareText(authorizationKey(a), authorizationKey(b)),
  );
  for (const a of authorizations) checkAuthorization(cred, q, policy, a, grants, failures, unknowns);

  // Prescribing controlled substances needs its own registration in the client's state.
  const dea = deaReasons(cred, q);
  // Prefer an authority with nothing to warn about (e.g. an unrestricted license over a restricted one).
  const grant = grants.find((g) => g.reasons.every((r) => r.severity === 'info')) ?? grants[0];
  if (grant !== undefined)
    return {
      outcome: 'allowed',
      authorizedBy: grant.authority,
      reasons: sortReasons([...grant.reasons, ...dea]),
    };
  const [unknown, ...moreUnknowns] = unknowns;
  if (unknown !== undefined) {
    const undecided: [R, ...R[]] = [unknown, ...moreUnknowns, ...failures, ...dea];
    return { outcome: 'undecided', authorizedBy: null, reasons: undecided.sort(compareReasons) };
  }
  const none = reason(
    'credentialing.jurisdiction.no_authority',
    'error',
    `No license or authorization covers ${q.clientState} on ${date} for ${q.modality === 'telehealth' ? 'telehealth' : 'in-person'} sessions.`,
    base,
  );
  const refused: [R, ...R[]] = [none, ...failures, ...dea];
  return { outcome: 'refused', authorizedBy: null, reasons: refused.sort(compareReasons) };
}

/**
 * For a clinician who prescribes: whether a DEA registration in the client's state is in force on the
 * date. A practitioner needs a separate registration in each state where they prescribe controlled
 * substances, and a telehealth prescription is written where the client is [sources: cfr-21-1301.12,
 * fr-71-69478]. The session itself is not refused: the clinician may see the client, and may not
 * prescribe controlled substances to them without it.
 */
function deaReasons(cred: ClinicianCredentials, q: JurisdictionQuery): R[] {
  const prescribing = getPrescribingStatus(cred);
  if (prescribing === 'no') return [];
  const inState = cred.deaRegistrations.filter((d) => d.state === q.clientState);
  const inForce = inState
    .filter(
      (d) => compareDates(d.issuedOn, q.serviceDate) <= 0 && compareDates(q.serviceDate, d.expiresOn) <= 0,
    )
    .sort((a, b) => compareText(a.number, b.number));
  const facts = {
    clientState: q.clientState,
    serviceDate: q.serviceDate,
    registeredStates: [...new Set(cred.deaRegistrations.map((d) => d.state as string))].sort(),
  };
  const registration = inForce[0];
  if (registration !== undefined) {
    return [
      reason(
        'credentialing.dea.registered_in_state',
        'info',
        `A DEA registration in ${q.clientState} is in force on the date: controlled substances may be prescribed there.`,
        { ...facts, deaNumber: registration.number, expiresOn: registration.expiresOn },
      ),
    ];
  }
  if (prescribing === 'unknown') {
    return [
      reason(
        'credentialing.dea.prescribing_unknown',
        'warning',
        `The clinician holds a prescribing license but whether they prescribe controlled substances is not recorded, and no DEA registration in ${q.clientState} is in force on the date: ask before any controlled substance is prescribed to a client located there.`,
        { ...facts, registrationsInState: inState.length },
      ),
    ];
  }
  return [
    reason(
      'credentialing.dea.not_registered_in_state',
      'warning',
      inState.length === 0
        ? `The clinician prescribes and holds no DEA registration in ${q.clientState}: no controlled substance may be prescribed to a client located there.`
        : `The clinician's DEA registration in ${q.clientState} is not in force on the date: no controlled substance may be prescribed to a client located there.`,
      { ...facts, registrationsInState: inState.length },
    ),
  ];
}

// A total order on every field, so the decision does not depend on the order records were given in (JSON
// keeps the fields apart whatever they hold).
function authorizationKey(a: CompactAuthorization): string {
  return JSON.stringify([describeAuthorization(a), a.issuedOn, a.expiresOn, a.status, a.number]);
}

// The supervisor of an arrangement covering the client's state on the date; of several, the first by
// id, so the answer does not depend on the order the arrangements were given in.
function supervisorFor(cred: ClinicianCredentials, q: JurisdictionQuery): string | undefined {
  return cred.supervision
    .filter(
      (s) =>
        s.state === q.clientState &&
        compareDates(s.startsOn, q.serviceDate) <= 0 &&
        (s.endsOn === undefined || compareDates(q.serviceDate, s.endsOn) <= 0),
    )
    .map((s) => s.supervisorId)
    .sort(compareText)[0];
}

function isMember(list: readonly CompactMemberState[], state: UsState, date: LocalDate): boolean {
  return list.some(
    (m) =>
      m.state === state &&
      compareDates(m.from, date) <= 0 &&
      (m.until === undefined || compareDates(date, m.until) < 0),
  );
}

/**
 * The home license an authorization rests on, on the date: `in_force` when one is; else `renewal_pending` with
 * the license that expired before the date under a renewal filed on time and not yet granted (it would
 * qualify but for its expiry, so the authority is as undecided as the license itself); else `none`.
 */
type HomeLicense =
  | { readonly kind: 'in_force' }
  | { readonly kind: 'renewal_pending'; readonly license: StateLicense & { renewalFiledOn: LocalDate } }
  | { readonly kind: 'none' };

function getHomeLicense(
  cred: ClinicianCredentials,
  state: UsState | undefined,
  profession: LicenseProfession | undefined,
  date: LocalDate,
): HomeLicense {
  // Compacts need an unencumbered (active, not restricted) independent license
  // [sources: psypact, counseling-compact].
  const home = (l: StateLicense) =>
    (state === undefined || l.state === state) &&
    (profession === undefined || getLicenseProfession(l.type) === profession);
  const unencumbered = (l: StateLicense) => l.status === 'active' && l.level === 'independent';
  const licenses = cred.licenses.filter(home);
  if (getLicensesInForceOn(licenses, date).some(unencumbered)) return { kind: 'in_force' };
  // Each license read by the record that governs the date (a later suspension supersedes); an active one
  // governing the date and not in force has expired. Groups come sorted by license key, so of several
  // pending, the same one whatever the input order.
  for (const group of groupLicenseRecords(licenses)) {
    const standing = getLicenseStanding(group, date);
    if (standing.kind !== 'record') continue;
    const l = standing.license;
    if (unencumbered(l) && isRenewalPending(l)) return { kind: 'renewal_pending', license: l };
  }
  return { kind: 'none' };
}

/**
 * The home state a PSYPACT APIT is used from: the declared one, or, for a psychologist licensed in more than one
 * Compact State, the Compact State she is physically present in while delivering telepsychology (PSYPACT
 * art. II "Home State") [sources: psypact]. Whether that license is unencumbered and in force is checked as for
 * any home license.
 */
function getApitHomeState(
  cred: ClinicianCredentials,
  a: Extract<CompactAuthorization, { kind: 'psypact_apit' }>,
  q: JurisdictionQuery,
  members: readonly CompactMemberState[],
): UsState {
  const here = q.clinicianLocationState ?? a.homeState;
  const licensedHere = cred.licenses.some(
    (l) => l.state === here && getLicenseProfession(l.type) === 'psychology',
  );
  return licensedHere && isMember(members, here, q.serviceDate) ? here : a.homeState;
}

function checkAuthorization(
  cred: ClinicianCredentials,
  q: JurisdictionQuery,
  policy: JurisdictionPolicy,
  a: CompactAuthorization,
  grants: Grant[],
  failures: R[],
  unknowns: R[],
): void {
  const date = q.serviceDate;
  const label = describeAuthorization(a);
  const facts = {
    clientState: q.clientState,
    serviceDate: date,
    modality: q.modality,
    authorization: label,
    issuedOn: a.issuedOn,
    expiresOn: a.expiresOn,
  };
  let modalities: readonly JurisdictionModality[];
  let homeState: UsState | undefined;
  let profession: LicenseProfession | undefined;
  let members: readonly CompactMemberState[] | undefined;
  switch (a.kind) {
    case 'psypact_apit':
      homeState = getApitHomeState(cred, a, q, policy.psypactMemberStates);
      if (homeState === q.clientState) return;
      modalities = ['telehealth'];
      profession = 'psychology';
      members = policy.psypactMemberStates;
      break;
    case 'psypact_tap':
      if (a.homeState === q.clientState) return;
      modalities = ['in_person'];
      homeState = a.homeState;
      profession = 'psychology';
      members = policy.psypactMemberStates;
      break;
    case 'counseling_privilege':
      // A privilege is issued for one remote state: the commission's issue is the proof of participation.
      if (a.remoteState !== q.clientState) return;
      modalities = ['in_person', 'telehealth'];
      homeState = a.homeState;
      profession = 'counseling';
      break;
    case 'social_work_multistate':
      if (a.homeState === q.clientState) return;
      modalities = ['in_person', 'telehealth'];
      homeState = a.homeState;
      profession = 'social_work';
      members = policy.socialWorkCompactMemberStates;
      break;
    case 'telehealth_registration':
      if (a.state !== q.clientState) return;
      // Registrations are for clinicians licensed elsewhere [sources: fl-stat-456.47].
      modalities = ['telehealth'];
      break;
    /* v8 ignore start: unreachable: the union is exhausted above */
    // Stryker disable all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = a;
      throw new TypeError(`Unknown authorization kind ${String((exhausted as { kind: unknown }).kind)}`);
    }
    // Stryker restore all
    /* v8 ignore stop */
  }
  if (!modalities.includes(q.modality)) {
    failures.push(
      reason(
        'credentialing.compact.modality_not_covered',
        'error',
        `The ${label} authorization does not cover ${q.modality} sessions.`,
        facts,
      ),
    );
    return;
  }
  if (!isCompactAuthorizationInForce(a, { asOf: date })) {
    failures.push(
      reason(
        'credentialing.compact.not_in_force',
        'error',
        `The ${label} authorization is ${a.status === 'active' ? 'outside its validity dates' : a.status} on the date of service.`,
        { ...facts, status: a.status },
      ),
    );
    return;
  }
  if (members !== undefined && !isMember(members, q.clientState, date)) {
    failures.push(
      reason(
        'credentialing.compact.state_not_member',
        'error',
        `${q.clientState} is not a configured member of that compact on the date of service.`,
        facts,
      ),
    );
    return;
  }
  // The home state must be a member on the date too: PSYPACT recognizes a psychologist licensed in a
  // Compact State (art. III, IV), and a Social Work multistate license is issued by a Member State
  // [sources: psypact, swlc].
  if (members !== undefined && homeState !== undefined && !isMember(members, homeState, date)) {
    failures.push(
      reason(
        'credentialing.compact.home_state_not_member',
        'error',
        `${homeState}, the home state of the ${label} authorization, is not a configured member of that compact on the date of service.`,
        { ...facts, homeState },
      ),
    );
    return;
  }
  const homeLicense = getHomeLicense(cred, homeState, profession, date);
  // A home license that expired under a renewal filed on time is as undecided as the license itself: the
  // authorization lasts only while it does, so its own renewal_pending standing is carried through, never
  // read as licensed and never refused [sources: usc-5-558, psypact, counseling-compact, swlc].
  const held: R[] = [];
  switch (homeLicense.kind) {
    case 'in_force':
      break;
    case 'renewal_pending': {
      const l = homeLicense.license;
      held.push(
        reason(
          'credentialing.license.renewal_pending',
          'warning',
          `The ${label} authorization rests on the ${l.state} ${l.type} license, which expired on ${l.expiresOn}; a renewal filed on ${l.renewalFiledOn} is not yet granted. Whether ${l.state} keeps the license in force while a timely renewal is pending is the state's rule, and the authorization holds only while the license does: confirm with the board, or wait for the renewal.`,
          {
            ...facts,
            homeState: l.state,
            licenseType: l.type,
            licenseNumber: l.number,
            licenseExpiresOn: l.expiresOn,
            renewalFiledOn: l.renewalFiledOn,
          },
        ),
      );
      break;
    }
    case 'none':
      failures.push(
        reason(
          'credentialing.compact.home_license_invalid',
          'error',
          homeState === undefined
            ? 'The registration needs an unencumbered independent license in force in another state.'
            : `The ${label} authorization needs an unencumbered independent ${profession} license in force in ${homeState}.`,
          facts,
        ),
      );
      return;
    /* v8 ignore start: unreachable: the union is exhausted above */
    // Stryker disable all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = homeLicense;
      throw new TypeError(`Unknown home license standing ${String((exhausted as { kind: unknown }).kind)}`);
    }
    // Stryker restore all
    /* v8 ignore stop */
  }
  // Everything else holds. No authorization existed before its compact issued the first ones, and one of
  // a compact whose first issue date is not known cannot be relied on: either is a fact to settle, never
  // read as allowed (an authorization that could not cover the session anyway was refused above).
  const issuance = getCompactIssuanceProblem(a, policy.socialWorkCompactFirstIssuedOn);
  if (issuance !== null) {
    unknowns.push(
      issuance.kind === 'before_first_issue'
        ? reason(
            'credentialing.compact.issued_before_operating',
            'warning',
            `The ${label} authorization is recorded as issued on ${a.issuedOn}, before its compact issued any (${issuance.firstIssuedOn}): correct the record from the commission's data.`,
            { ...facts, compactOperatingFrom: issuance.firstIssuedOn },
          )
        : reason(
            'credentialing.compact.issuance_start_unknown',
            'warning',
            `The ${label} authorization is of a compact that had issued none by its last public statement: confirm it with the commission and record the day issuance began (socialWorkCompactFirstIssuedOn).`,
            facts,
          ),
      ...held,
    );
    return;
  }
  const authority: JurisdictionAuthority = {
    kind: a.kind,
    state: q.clientState,
    reference: a.number ?? label,
  };
  const granted = reason(
    'credentialing.jurisdiction.compact_authorized',
    'info',
    `The ${label} authorization covers ${q.modality} sessions in ${q.clientState} on the date.`,
    facts,
  );
  if (a.kind === 'psypact_apit') {
    if (q.clinicianLocationState === undefined) {
      unknowns.push(
        reason(
          'credentialing.compact.clinician_location_unknown',
          'warning',
          'PSYPACT telepsychology needs the psychologist in the declared home state; their location was not given.',
          facts,
        ),
        ...held,
      );
      return;
    }
    if (q.clinicianLocationState !== homeState) {
      failures.push(
        reason(
          'credentialing.compact.outside_home_state',
          'error',
          `PSYPACT telepsychology must be delivered from the home state ${a.homeState}.`,
          { ...facts, clinicianLocationState: q.clinicianLocationState },
        ),
      );
      return;
    }
  }
  if (a.kind === 'psypact_tap') {
    if (q.inPersonDatesInState === undefined) {
      unknowns.push(
        reason(
          'credentialing.compact.tap_days_unknown',
          'warning',
          `The in-person days already used in ${q.clientState} this year were not given.`,
          facts,
        ),
        ...held,
      );
      return;
    }
    const year = date.slice(0, 4);
    const used = new Set(q.inPersonDatesInState.filter((d) => d.slice(0, 4) === year && d !== date)).size;
    const limit = policy.tapInPersonDaysPerYear;
    if (used + 1 > limit) {
      failures.push(
        reason(
          'credentialing.compact.tap_days_exhausted',
          'error',
          `PSYPACT temporary in-person practice allows ${limit} days a year in ${q.clientState}; ${used} are used.`,
          { ...facts, daysUsed: used, daysAllowed: limit },
        ),
      );
      return;
    }
    grant(grants, unknowns, held, {
      authority,
      reasons: [{ ...granted, facts: { ...facts, daysUsed: used, daysAllowed: limit } }],
    });
    return;
  }
  grant(grants, unknowns, held, { authority, reasons: [granted] });
}

// An authorization that covers the session grants it, unless its home license is held (a renewal pending):
// then the session is held with it.
function grant(grants: Grant[], unknowns: R[], held: readonly R[], g: Grant): void {
  if (held.length > 0) unknowns.push(...held);
  else grants.push(g);
}

// A renewal filed on or before the expiry date and not yet granted.
function isRenewalPending(l: StateLicense): l is StateLicense & { renewalFiledOn: LocalDate } {
  return l.renewalFiledOn !== undefined && compareDates(l.renewalFiledOn, l.expiresOn) <= 0;
}
