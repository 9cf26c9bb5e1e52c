import * as z from 'zod';
import {
  addDays,
  compareDates,
  type Decision,
  LocalDate,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import { compareText, sortReasons } from '../../core/internal.js';
import {
  ClinicianCredentials,
  type ClinicianCredentialsInput,
} from '../credentials/clinician-credentials.js';
import { CAQH_REATTESTATION_DAYS, EvaluateCaqhAttestationOptions } from '../deadlines/caqh-attestation.js';
import { credentialExpiries } from '../deadlines/credential-expiries.js';
import type { CredentialingReasonCode } from '../reason-codes.js';
import {
  type EnrollmentDocumentKind,
  isEnrollmentInProgress,
  PayerEnrollment,
  type PayerEnrollmentInput,
} from './enrollment.js';
import { PayerCredentialingPolicy, type PayerCredentialingPolicyInput } from './payer-policy.js';

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
  'incomplete',
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
 * @returns `ready`, possibly with warnings (a credential expiring before the decision), or `incomplete`
 *   with every missing or expired item
 * @throws {@link ValidationError} when any input is invalid
 * @remarks The documents payers' applications ask for (a practice convention); an attestation must be
 * current when the payer decides [sources: ncqa-cr, caqh-proview].
 * @example
 * ```ts
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
  const cred = validate(ClinicianCredentials, credentials, 'clinician credentials');
  const e = validate(PayerEnrollment, enrollment, 'enrollment');
  const o = validate(EnrollmentDocumentsOptions, options, 'enrollment documents options');
  const day = o.asOf;
  const policy = o.payerPolicy ?? validate(PayerCredentialingPolicy, { payerId: e.payerId }, 'payer policy');
  const caqhDays = o.caqhReattestationDays ?? CAQH_REATTESTATION_DAYS;

  const base = { clinicianId: e.clinicianId, payerId: e.payerId, asOf: day };
  const reasons: Reason<CredentialingReasonCode>[] = [];
  const received = new Set(e.documents.map((d) => d.kind));
  const needed = [...new Set(policy.requiredDocuments)].filter((k) => applies(k, cred, e)).sort(compareText);
  for (const kind of needed) {
    if (!received.has(kind)) {
      reasons.push(
        reason(
          'credentialing.documents.missing',
          'error',
          `The ${kind.replaceAll('_', ' ')} has not been received.`,
          {
            ...base,
            document: kind,
          },
        ),
      );
    }
  }
  const open = isEnrollmentInProgress(e.status) || e.status === 'not_started';
  const expectedDecisionOn = open ? addDays(e.submittedOn ?? day, policy.expectedDecisionDays) : null;
  for (const x of credentialExpiries(cred, caqhDays)) {
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
  const sorted = sortReasons(reasons);
  const first = sorted[0];
  if (first !== undefined && first.severity === 'error') {
    return { outcome: 'incomplete', expectedDecisionOn, reasons: [first, ...sorted.slice(1)] };
  }
  return { outcome: 'ready', expectedDecisionOn, reasons: sorted };
}

function applies(kind: EnrollmentDocumentKind, cred: ClinicianCredentials, e: PayerEnrollment): boolean {
  switch (kind) {
    case 'dea_registration':
      return cred.prescribes;
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
