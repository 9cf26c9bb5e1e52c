import { type Reason, reason } from '../../core/index.js';
import { MINOR_CONSENT_FLOOR_AGE } from '../packets/packet-policy.js';
import type { IntakeReasonCode } from '../reason-codes.js';

/**
 * The two ends every minor-consent answer starts from, for mental-health and substance-use care alike: an adult
 * consents for themselves, and under the library's floor of 12 a parent or guardian consents whatever a statute or
 * the host says. Between them (or with no birth date) it returns null and the caller decides.
 */
export function consentByAge(
  age: number | null,
  adultAge: number,
  reasons: Reason<IntakeReasonCode>[],
): 'may_consent' | 'refused' | null {
  if (age === null) return null;
  if (age >= adultAge) {
    reasons.push(
      reason('intake.minor_consent.adult', 'info', 'The client is an adult and consents for themselves.', {
        age,
        adultAge,
      }),
    );
    return 'may_consent';
  }
  if (age < MINOR_CONSENT_FLOOR_AGE) {
    // Below 12 the library asks a guardian whatever the table or the host says [sources: icanotes-minor-consent].
    reasons.push(
      reason(
        'intake.minor_consent.below_library_floor',
        'error',
        'The client is under 12: a parent or guardian consents, whatever a state law or the host says; a person checks.',
        { age, floorAge: MINOR_CONSENT_FLOOR_AGE },
      ),
    );
    return 'refused';
  }
  return null;
}
