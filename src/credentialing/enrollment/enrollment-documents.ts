import * as z from 'zod';
import {
  addDays,
  compareDates,
  type Decision,
  LocalDate,
  type Reason,
  reason,
  ValidationError,
  validate,
} from '../../core/index.js';
import { compareText, sortReasons, validateArguments } from '../../core/internal.js';
import {
  ClinicianCredentials,
  type ClinicianCredentialsInput,
  getPrescribingStatus,
} from '../credentials/clinician-credentials.js';
import { getLicenseStanding, getLicensesInForceOn, groupLicenseRecords } from '../credentials/license.js';
import { CAQH_REATTESTATION_DAYS, EvaluateCaqhAttestationOptions } from '../deadlines/caqh-attestation.js';
import { credentialExpiries, getMalpracticeCoverageOn } from '../deadlines/credential-expiries.js';
import type { CredentialingReasonCode } from '../reason-codes.js';
import {
  type EnrollmentDocumentKind,
  isEnrollmentInProgress,
  PayerEnrollment,
  type PayerEnrollmentInput,
} from './enrollment.js';
import {
  PayerCredentialingPolicy,
  type PayerCredentialingPolicyInput,
  policyPayerMismatch,
} from './payer-policy.js';

/**
 * The decision of {@link evaluateEnrollmentDocuments}. `expectedDecisionOn` is when the payer is expected
 * to decide (submission, or `asOf` before submission, plus the payer's expected days); `null` once decided.
 * @example
 * ```ts
 * const d: EnrollmentDocumentsDecision = evaluateEnrollmentDocuments(credentials, enrollment, { asOf: '2026-03-02' });
 * d.outcome; //=> 'incomplete' (with a reason for each document still missing)
 * ```
 */
export type EnrollmentDocumentsDecision = Decision<
  'ready',
  'incomplete' | 'undecided',
  CredentialingReasonCode,
  { readonly expectedDecisionOn: LocalDate | null }
>;

/**
 * Options for {@link evaluateEnrollmentDocuments}.
 * @example
 * ```ts
 * const options: EvaluateEnrollmentDocumentsOptions = { asOf: '2026-03-02', caqhReattestationDays: 120 };
 * ```
 */
export interface EvaluateEnrollmentDocumentsOptions {
  /** The evaluation date. */
  readonly asOf: LocalDate;
  /** The payer's policy (required documents, expected decision time); defaults apply otherwise. */
  readonly payerPolicy?: PayerCredentialingPolicyInput;
  /** CAQH re-attestation cycle (default 120 days). */
  readonly caqhReattestationDays?: number;
}

const EnrollmentDocumentsOptions = z.strictObject({
  asOf: LocalDate,
  payerPolicy: PayerCredentialingPolicy.optional(),
  caqhReattestationDays: EvaluateCaqhAttestationOptions.shape.reattestationDays,
});

/**
 * Checks one application's documents: every document the payer needs that applies to this clinician
 * has been received, no credential behind it has expired, and none will expire before the payer is
 * expected to decide. Conditional documents are asked only when they apply: DEA for prescribers, a
 * supervision agreement for supervised licenses, NPI type 2 for group enrollments, board certification
 * when the clinician holds one.
 *
 * @param credentials - the clinician's credentials
 * @param enrollment - the application
 * @param options - `asOf` (the evaluation date), the payer's policy and the CAQH cycle
 * @returns `ready`, possibly with warnings (a credential expiring before the decision, a restricted
 *   license); `incomplete` with every missing or expired item (a document recorded as received after
 *   `asOf` is missing), no license in force, a suspended or revoked license, license records that conflict,
 *   no malpractice policy in force on `asOf` (`effectiveOn` <= `asOf` <= `expiresOn`; a lapse or a policy
 *   not yet started), a supervised license whose supervision arrangements do not cover `asOf`, or a
 *   Medicare (or Medicare Advantage) application from a clinician with only supervised licenses in force;
 *   `undecided` when no malpractice policy, no CAQH attestation date, no DEA registration behind a received
 *   DEA document, or no supervision arrangement for a supervised license is on record, the attestation is
 *   dated after `asOf` (a received document is not proof of the credential behind it), or a Medicare
 *   application rests on LMSW licenses only (whether they are clinical is not known)
 * @throws {@link ValidationError} when any input is invalid
 * @remarks The documents payers' applications ask for (a practice convention); an attestation must be
 * current when the payer decides [sources: ncqa-cr, caqh-proview].
 * @example
 * ```ts
 * const clinician = { clinicianId: 'c1', individualNpi: '1234567893' };
 * evaluateEnrollmentDocuments(clinician, { clinicianId: 'c1', payerId: 'aetna', status: 'gathering_documents',
 *   documents: [{ kind: 'cv', receivedOn: '2026-10-01' }] }, { asOf: '2026-11-02', payerPolicy: { payerId: 'aetna',
 *   requiredDocuments: ['cv', 'w9'] } });
 * //=> { outcome: 'incomplete', expectedDecisionOn: '2027-03-02',
 * //     reasons: [{ code: 'credentialing.documents.missing', facts: { document: 'w9', … }, … }, …] }
 * ```
 */
export function evaluateEnrollmentDocuments(
  credentials: ClinicianCredentialsInput,
  enrollment: PayerEnrollmentInput,
  options: EvaluateEnrollmentDocumentsOptions,
): EnrollmentDocumentsDecision {
  const [cred, e, o] = validateArguments([
    ['credentials', ClinicianCredentials, credentials, 'clinician credentials'],
    ['enrollment', PayerEnrollment, enrollment, 'enrollment'],
    ['options', EnrollmentDocumentsOptions, options, 'enrollment documents options'],
  ]);
  const mismatch = policyPayerMismatch(o.payerPolicy?.payerId, e.payerId, [
    'options',
    'payerPolicy',
    'payerId',
  ]);
  if (mismatch !== undefined) throw new ValidationError('enrollment documents options', [mismatch]);
  const day = o.asOf;
  const policy = o.payerPolicy ?? validate(PayerCredentialingPolicy, { payerId: e.payerId }, 'payer policy');
  const caqhDays = o.caqhReattestationDays ?? CAQH_REATTESTATION_DAYS;

  const base = { clinicianId: e.clinicianId, payerId: e.payerId, asOf: day };
  const reasons: Reason<CredentialingReasonCode>[] = [];
  // A document counts from the day it was received: one dated after `asOf` was not in hand on `asOf`.
  const received = new Set(
    e.documents.filter((d) => compareDates(d.receivedOn, day) <= 0).map((d) => d.kind),
  );
  const needed = [...new Set(policy.requiredDocuments)].filter((k) => applies(k, cred, e)).sort(compareText);
  for (const kind of needed) {
    if (!received.has(kind)) {
      const later = e.documents
        .filter((d) => d.kind === kind)
        .map((d) => d.receivedOn)
        .sort()[0];
      reasons.push(
        reason(
          'credentialing.documents.missing',
          'error',
          later === undefined
            ? `The ${kind.replaceAll('_', ' ')} has not been received.`
            : `The ${kind.replaceAll('_', ' ')} is recorded as received on ${later}, after ${day}: it was not in hand on that date.`,
          {
            ...base,
            document: kind,
            receivedAfterAsOf: later ?? null,
          },
        ),
      );
    }
  }
  const unknowns: Reason<CredentialingReasonCode>[] = [];
  if (needed.includes('state_license')) reasons.push(...licenseStandingReasons(cred, base));
  if (needed.includes('supervision_agreement')) {
    const s = supervisionReasons(cred, base);
    reasons.push(...s.reasons);
    unknowns.push(...s.unknowns);
  }
  const coverage = getMalpracticeCoverageOn(cred.malpractice, day);
  if (needed.includes('malpractice_certificate')) {
    if (coverage.kind === 'none') {
      unknowns.push(
        reason(
          'credentialing.documents.malpractice_unknown',
          'warning',
          'No malpractice policy is recorded: the application needs current coverage; record the policy from the certificate of insurance.',
          base,
        ),
      );
    } else if (coverage.kind === 'not_in_force') {
      reasons.push(
        reason(
          'credentialing.documents.malpractice_not_in_force',
          'error',
          `No malpractice policy is in force on ${day}${coverage.lapsedOn === null ? '' : ` (coverage lapsed after ${coverage.lapsedOn})`}${coverage.resumesOn === null ? '' : `; the next policy starts ${coverage.resumesOn}`}: the application needs current coverage.`,
          { ...base, lapsedOn: coverage.lapsedOn, resumesOn: coverage.resumesOn },
        ),
      );
    }
  }
  if (
    policy.requiredDocuments.includes('dea_registration') &&
    getPrescribingStatus(cred) === 'unknown' &&
    !received.has('dea_registration')
  ) {
    const types = [...new Set(cred.licenses.map((l) => l.type as string))].sort(compareText);
    unknowns.push(
      reason(
        'credentialing.documents.prescribing_unknown',
        'warning',
        'The clinician holds a prescribing license but whether they prescribe controlled substances is not recorded: a prescriber’s application needs the DEA registration. Record `prescribes` (or the DEA registration) to decide.',
        { ...base, licenseTypes: types.join(',') },
      ),
    );
  }
  // A DEA registration "received" is read through the registration behind it, as malpractice and CAQH are.
  if (
    policy.requiredDocuments.includes('dea_registration') &&
    received.has('dea_registration') &&
    getPrescribingStatus(cred) !== 'no' &&
    cred.deaRegistrations.length === 0
  ) {
    unknowns.push(
      reason(
        'credentialing.documents.dea_registration_unknown',
        'warning',
        'The DEA registration is recorded as received, but no registration (number, state, dates) is on the clinician’s credentials: whether it is in force, and until when, is not known.',
        base,
      ),
    );
  }
  const medicare = medicareEnrollabilityReasons(cred, policy, base);
  reasons.push(...medicare.reasons);
  unknowns.push(...medicare.unknowns);
  const attestedOn = cred.caqh?.lastAttestedOn;
  const attestedLater = attestedOn !== undefined && compareDates(attestedOn, day) > 0;
  if (needed.includes('caqh_attestation') && (attestedOn === undefined || attestedLater)) {
    unknowns.push(
      attestedLater
        ? reason(
            'credentialing.documents.caqh_attested_after_as_of',
            'warning',
            `The CAQH ProView attestation is recorded on ${attestedOn}, after ${day}: whether a current attestation stood on ${day} is not known.`,
            { ...base, lastAttestedOn: attestedOn },
          )
        : reason(
            'credentialing.documents.caqh_attestation_unknown',
            'warning',
            cred.caqh === undefined
              ? 'No CAQH ProView profile is recorded: whether the payer can pull a current attestation is not known.'
              : 'The CAQH ProView profile has no attestation date recorded: whether the payer can pull a current attestation is not known.',
            { ...base, caqhProfile: cred.caqh !== undefined },
          ),
    );
  }
  const open = isEnrollmentInProgress(e.status) || e.status === 'not_started';
  const expectedDecisionOn = open ? addDays(e.submittedOn ?? day, policy.expectedDecisionDays) : null;
  for (const x of credentialExpiries(cred, caqhDays, day)) {
    // An attestation dated after `asOf` is reported above; supervision is read by supervisionReasons.
    if (x.kind === 'caqh_reattestation' && attestedLater) continue;
    if (x.kind === 'supervision_end' && compareDates(x.dueOn, day) < 0) continue;
    const facts = { ...base, credential: x.kind, subject: x.subject, expiresOn: x.dueOn, expectedDecisionOn };
    if (compareDates(x.dueOn, day) < 0) {
      reasons.push(
        reason('credentialing.documents.expired', 'error', `The ${x.label} expired on ${x.dueOn}.`, facts),
      );
    } else if (expectedDecisionOn !== null && compareDates(x.dueOn, expectedDecisionOn) < 0) {
      reasons.push(
        reason(
          'credentialing.documents.expires_before_decision',
          'warning',
          `The ${x.label} expires on ${x.dueOn}, before the payer is expected to decide (${expectedDecisionOn}).`,
          facts,
        ),
      );
    }
  }
  const sorted = sortReasons([...reasons, ...unknowns]);
  const first = sorted[0];
  if (first !== undefined && first.severity === 'error') {
    return { outcome: 'incomplete', expectedDecisionOn, reasons: [first, ...sorted.slice(1)] };
  }
  // A fact the application rests on is missing: never read as ready.
  const [unknown, ...moreUnknowns] = sortReasons(unknowns);
  if (unknown !== undefined) {
    // The missing facts first, then the warnings beside them.
    return {
      outcome: 'undecided',
      expectedDecisionOn,
      reasons: [unknown, ...moreUnknowns, ...sortReasons(reasons)],
    };
  }
  return { outcome: 'ready', expectedDecisionOn, reasons: sorted };
}

/**
 * The application needs an unrestricted state license in force [sources: ncqa-cr]: each license is read
 * by its standing on `asOf` (the record issued last governs, as in jurisdiction). No license in force is
 * an error; a suspended or revoked license is an error (the board has acted: the application cannot go
 * forward on it, and the disclosure questions must report it); a restricted one a warning; records that
 * disagree an error until corrected. An inactive or surrendered license beside one in force is history.
 */
function licenseStandingReasons(
  cred: ClinicianCredentials,
  base: { readonly clinicianId: string; readonly payerId: string; readonly asOf: LocalDate },
): Reason<CredentialingReasonCode>[] {
  const out: Reason<CredentialingReasonCode>[] = [];
  const inForce = getLicensesInForceOn(cred.licenses, base.asOf);
  for (const records of groupLicenseRecords(cred.licenses)) {
    const standing = getLicenseStanding(records, base.asOf);
    if (standing.kind === 'none') continue;
    if (standing.kind === 'conflict') {
      const [one] = standing.records;
      out.push(
        reason(
          'credentialing.documents.license_records_conflict',
          'error',
          `The ${one.state} ${one.type} license ${one.number} has records issued the same day that disagree: correct them from the board's lookup.`,
          {
            ...base,
            state: one.state,
            licenseType: one.type,
            licenseNumber: one.number,
            statuses: [...new Set(standing.records.map((r) => r.status as string))].sort(),
          },
        ),
      );
      continue;
    }
    const l = standing.license;
    const facts = { ...base, state: l.state, licenseType: l.type, licenseNumber: l.number, status: l.status };
    if (l.status === 'suspended' || l.status === 'revoked') {
      out.push(
        reason(
          'credentialing.documents.license_not_practicing',
          'error',
          `The ${l.state} ${l.type} license ${l.number} is ${l.status}: payers credential on an unrestricted license, and the application must disclose the board's action.`,
          facts,
        ),
      );
    } else if (l.status === 'restricted' && compareDates(base.asOf, l.expiresOn) <= 0) {
      out.push(
        reason(
          'credentialing.documents.license_restricted',
          'warning',
          `The ${l.state} ${l.type} license ${l.number} is restricted: payers ask for an unrestricted license, so explain the restriction with the application.`,
          facts,
        ),
      );
    }
  }
  if (inForce.length === 0) {
    out.push(
      reason(
        'credentialing.documents.no_license',
        'error',
        'No state license in force is recorded for the clinician: the application needs one.',
        { ...base, licenseRecords: cred.licenses.length },
      ),
    );
  }
  return out;
}

/**
 * Whether Medicare (fee-for-service or a Medicare Advantage plan) can enroll the clinician on the licenses in
 * force on `asOf`, read as the network check reads them: Medicare pays a clinician under their own license
 * (a marriage and family therapist or mental health counselor after 2 years or 3,000 hours of post-degree
 * supervised practice, a clinical social worker, a psychologist) [sources: cfr-42-410.53, cfr-42-410.54,
 * cfr-42-410.73]. Only supervised or `associate` licenses: an error (the application cannot succeed). Only
 * LMSW licenses among the independent ones: a missing fact (clinical in some states, not in others). No
 * license in force is reported by the license check.
 */
function medicareEnrollabilityReasons(
  cred: ClinicianCredentials,
  policy: PayerCredentialingPolicy,
  base: { readonly clinicianId: string; readonly payerId: string; readonly asOf: LocalDate },
): { reasons: Reason<CredentialingReasonCode>[]; unknowns: Reason<CredentialingReasonCode>[] } {
  const none = { reasons: [], unknowns: [] };
  if (policy.program !== 'medicare' && policy.program !== 'medicare_advantage') return none;
  const inForce = getLicensesInForceOn(cred.licenses, base.asOf);
  if (inForce.length === 0) return none;
  const own = inForce.filter((l) => l.level === 'independent' && l.type !== 'associate');
  const facts = {
    ...base,
    program: policy.program,
    licenseTypes: [...new Set(inForce.map((l) => l.type as string))].sort(compareText).join(','),
  };
  if (own.length === 0) {
    return {
      reasons: [
        reason(
          'credentialing.medicare.associate_not_enrollable',
          'error',
          'Every license in force is a supervised (pre-licensed) one: Medicare enrolls a clinician on their own license, so this application cannot succeed; bill the supervisor’s services under the supervisor’s own enrollment.',
          facts,
        ),
      ],
      unknowns: [],
    };
  }
  if (own.every((l) => l.type === 'LMSW')) {
    return {
      reasons: [],
      unknowns: [
        reason(
          'credentialing.medicare.clinical_social_work_unconfirmed',
          'warning',
          'The only independent license in force is an LMSW: Medicare enrolls clinical social workers, and whether this state’s LMSW is a clinical license must be confirmed before applying.',
          facts,
        ),
      ],
    };
  }
  return none;
}

/**
 * A supervised (pre-licensed) license in force needs a supervision arrangement in force in its state on
 * `asOf` (payers ask a provisionally licensed clinician for the supervision agreement: a practice
 * convention, like the document list): none recorded for that state is a missing fact (undecided, never read
 * as ready); arrangements recorded there but none covering `asOf` (ended, or not yet started) an error.
 */
function supervisionReasons(
  cred: ClinicianCredentials,
  base: { readonly clinicianId: string; readonly payerId: string; readonly asOf: LocalDate },
): { reasons: Reason<CredentialingReasonCode>[]; unknowns: Reason<CredentialingReasonCode>[] } {
  const reasons: Reason<CredentialingReasonCode>[] = [];
  const unknowns: Reason<CredentialingReasonCode>[] = [];
  const states = [
    ...new Set(
      getLicensesInForceOn(cred.licenses, base.asOf)
        .filter((l) => l.level === 'supervised')
        .map((l) => l.state),
    ),
  ].sort(compareText);
  for (const state of states) {
    const inState = cred.supervision.filter((a) => a.state === state);
    const covering = inState.some(
      (a) =>
        compareDates(a.startsOn, base.asOf) <= 0 &&
        (a.endsOn === undefined || compareDates(base.asOf, a.endsOn) <= 0),
    );
    if (covering) continue;
    if (inState.length === 0) {
      unknowns.push(
        reason(
          'credentialing.documents.supervision_unknown',
          'warning',
          `The clinician holds a supervised ${state} license but no supervision arrangement in ${state} is recorded: record the supervisor and dates from the supervision agreement.`,
          { ...base, state },
        ),
      );
      continue;
    }
    const ended = inState.flatMap((a) =>
      a.endsOn !== undefined && compareDates(a.endsOn, base.asOf) < 0 ? [a.endsOn] : [],
    );
    const starts = inState.flatMap((a) => (compareDates(a.startsOn, base.asOf) > 0 ? [a.startsOn] : []));
    const endedOn = ended.sort().at(-1) ?? null;
    const startsOn = starts.sort()[0] ?? null;
    reasons.push(
      reason(
        'credentialing.documents.supervision_not_in_force',
        'error',
        `No supervision arrangement in ${state} is in force on ${base.asOf}${endedOn === null ? '' : ` (the last ended ${endedOn})`}${startsOn === null ? '' : `; the next starts ${startsOn}`}: a supervised license is credentialed with its supervision in place.`,
        { ...base, state, endedOn, startsOn },
      ),
    );
  }
  return { reasons, unknowns };
}

function applies(kind: EnrollmentDocumentKind, cred: ClinicianCredentials, e: PayerEnrollment): boolean {
  switch (kind) {
    case 'dea_registration':
      return getPrescribingStatus(cred) === 'yes';
    case 'supervision_agreement':
      return cred.licenses.some((l) => l.level === 'supervised');
    case 'npi_type2':
      return e.groupNpi !== undefined;
    case 'board_certification':
      return cred.boardCertifications.length > 0;
    case 'state_license':
    case 'npi_type1':
    case 'malpractice_certificate':
    case 'cv':
    case 'w9':
    case 'caqh_attestation':
    case 'diploma':
    case 'photo_id':
    case 'disclosure_attestation':
      return true;
    /* v8 ignore next -- unreachable: the union is exhausted above */
    default: {
      const exhausted: never = kind;
      return exhausted;
    }
  }
}
