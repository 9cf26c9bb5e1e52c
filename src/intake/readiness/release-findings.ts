import type { Facts } from '../../core/index.js';
import type { ReleaseFindings } from '../packets/requirements.js';
import type { IntakeReasonCode } from '../reason-codes.js';

/** One reason the gate gives about a release of information it left out, before the document's own facts. */
export interface ReleaseFinding {
  readonly severity: 'error' | 'warning';
  readonly code: IntakeReasonCode;
  readonly message: string;
  readonly facts: Facts;
}

/** Whether the gate left any release of information out (and so has something to say about it). */
export function hasReleaseFindings(f: ReleaseFindings): boolean {
  return (
    f.notBySigner +
      f.signedAsMinor +
      f.ageUnknown +
      f.majorityUnknown +
      f.consentLawUnknown +
      f.wardSigned +
      f.guardianshipUnknown +
      f.authorityUnknown.length +
      f.refused.length +
      f.undecided.length >
    0
  );
}

/**
 * What the gate says about the releases it left out, one reason per cause, errors first: a signer who may not
 * authorize the disclosure, an adult's signature given as a minor, an authorization that fails 45 CFR 164.508 on
 * the session's date; then what waits on a fact: a representative whose authority is not known, an
 * authorization that cannot be judged [sources: cfr-45-164.508, cfr-45-164.502].
 */
export function releaseFindings(f: ReleaseFindings, state: string | null): readonly ReleaseFinding[] {
  const out: ReleaseFinding[] = [];
  if (f.notBySigner > 0) {
    const byClient = f.rule === 'client';
    out.push({
      severity: 'error',
      code: 'intake.readiness.release_not_by_client_or_representative',
      message: byClient
        ? 'The release of information on file was not signed by the client, who signs it: an adult (a parent’s or guardian’s authority ended at majority), or a minor who consented to this care alone or is emancipated (a parent is not their personal representative for it). Have the client sign it.'
        : f.adLitem > 0
          ? 'The release of information on file was signed by the minor’s guardian ad litem, who represents the child in court and is not their personal representative for their care, or by someone else who is not a listed parent or guardian: have a listed parent, legal guardian or the custodial agency sign it.'
          : 'The release of information on file was not signed by a listed parent or guardian: for a minor who may not consent to this care alone, the parent or guardian is the personal representative who signs it. Have a listed parent or guardian sign it.',
      facts: { ignoredRecords: f.notBySigner, signerRule: f.rule, guardianAdLitemRecords: f.adLitem },
    });
  }
  if (f.wardSigned > 0) {
    out.push({
      severity: 'error',
      code: 'intake.readiness.signed_by_adult_under_guardianship',
      message:
        'The release of information on file was signed by the client, whose court-appointed guardian of the person holds their health care decisions: the guardian is their personal representative and signs it (45 CFR 164.502(g)(2)). Have the guardian sign it.',
      facts: { ignoredRecords: f.wardSigned, role: 'guardian_of_adult' },
    });
  }
  if (f.signedAsMinor > 0) {
    out.push({
      severity: 'error',
      code: 'intake.readiness.release_signed_as_minor',
      message:
        'The client is an adult on the session’s date and signed the release of information before reaching the age of majority, when a parent or guardian was the one to authorize it: as an adult they sign it again.',
      facts: { ignoredRecords: f.signedAsMinor, signerRule: f.rule },
    });
  }
  if (f.refused.length > 0) {
    out.push({
      severity: 'error',
      code: 'intake.readiness.release_authorization_invalid',
      message:
        'The release of information on file does not authorize a disclosure on the session’s date (45 CFR 164.508): an element or statement is missing, it is not signed by then, it has expired, or it was revoked in writing. Have a complete release signed.',
      facts: {
        releases: f.refused.map((d) => ({
          authorizationId: d.authorizationId,
          codes: d.reasons.filter((r) => r.severity === 'error').map((r) => r.code),
          missingElements: d.reasons.flatMap((r) =>
            r.code === 'intake.release.missing_element' ? [r.facts.element ?? null] : [],
          ),
        })),
      },
    });
  }
  if (f.authorityUnknown.length > 0) {
    out.push({
      severity: 'warning',
      code: 'intake.readiness.release_representative_authority_unknown',
      message: `The release of information on file was signed by a parent whose decisions a court order limits, or by a foster parent or agency caseworker: whether they are the minor’s personal representative for it depends on the order’s terms, or on the law of ${state ?? 'the client’s state (not recorded)'} and the agency’s policy. Have a person check their authority, or a parent, legal guardian or the custodial agency sign it.`,
      facts: { roles: [...f.authorityUnknown], state },
    });
  }
  if (f.guardianshipUnknown > 0) {
    out.push({
      severity: 'warning',
      code: 'intake.readiness.adult_guardianship_order_unknown',
      message:
        'A guardian of the adult client is listed, and the court’s order (its scope and dates) is not recorded: whether the guardian signs the release as the personal representative or the client signs it cannot be told. Record the order from the letters of guardianship on file.',
      facts: { ignoredRecords: f.guardianshipUnknown, role: 'guardian_of_adult' },
    });
  }
  if (f.ageUnknown > 0) {
    out.push({
      severity: 'warning',
      code: 'intake.readiness.release_representative_authority_unknown',
      message:
        'The release of information on file was signed by someone other than the client, and the client’s birth date is not recorded: whether the signer is their personal representative (a minor’s parent or guardian) or not (an adult’s relative) cannot be told. Record the birth date.',
      facts: { roles: [], state, birthDate: null, ignoredRecords: f.ageUnknown },
    });
  }
  if (f.majorityUnknown > 0) {
    out.push({
      severity: 'warning',
      code: 'intake.readiness.majority_unknown',
      message:
        'The release of information on file was signed while the client was 18 to 20 (by them, or by someone else for them now), and their state is not recorded: whether the client is (or was then) a minor, whose parent or guardian signs, or an adult, who signs their own, depends on the state’s age for health-care decisions (19 in Alabama and Nebraska, 18 elsewhere, Mississippi included). Record the client’s state.',
      facts: { ignoredRecords: f.majorityUnknown, state },
    });
  }
  if (f.consentLawUnknown > 0) {
    out.push({
      severity: 'warning',
      code: 'intake.readiness.minor_consent_age_unknown',
      message: `The client is a minor recorded as able to consent alone, and the minor-consent age of ${state ?? 'their state (not recorded)'} is not known to the library nor declared by the practice (minorConsentAge): whether they sign the release of information themselves or a parent or guardian does cannot be told. Record the state, or the practice’s minor-consent age.`,
      facts: { ignoredRecords: f.consentLawUnknown, state },
    });
  }
  if (f.undecided.length > 0) {
    out.push({
      severity: 'warning',
      code: 'intake.readiness.release_authorization_undecided',
      message:
        'Whether the release of information on file is still in force on the session’s date is not known: it ends on an event not recorded as happened or not, or a revocation came the same day or not in writing. Record it before relying on the release.',
      facts: {
        releases: f.undecided.map((d) => ({
          authorizationId: d.authorizationId,
          codes: d.reasons.filter((r) => r.severity === 'warning').map((r) => r.code),
        })),
      },
    });
  }
  return out;
}
