import { type Reason, reason, type UsState } from '../../core/index.js';
import { MINOR_CONSENT_FLOOR_AGE } from '../packets/packet-policy.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import { majorityAgeOf, minorStatusOf } from './age-of-majority.js';

/**
 * The two ends every minor-consent answer starts from, for mental-health and substance-use care alike: an adult
 * (of the age of majority of `state` for health-care decisions, 18 in Mississippi under 41-41-203(a) though its
 * minority runs to 21, or `declaredAdultAge` for a state not in the table) consents for
 * themselves, and under the library's floor of 12 a parent or guardian consents whatever a statute or the host
 * says. From 18 to 20 with neither known, `undecided`: whether they are a minor at all waits on the state. Between
 * the ends (or with no birth date) it returns null and the caller decides.
 */
export function consentByAge(
  age: number | null,
  state: UsState | null,
  declaredAdultAge: number | undefined,
  reasons: Reason<IntakeReasonCode>[],
): 'may_consent' | 'refused' | 'undecided' | null {
  if (age === null) return null;
  // Consent to care: the state's age for health-care decisions (18 in Mississippi, whose minority runs to 21).
  const majority = majorityAgeOf(state ?? undefined, declaredAdultAge, 'health_care');
  const status = minorStatusOf(age, majority);
  const adultAge = majority.rule?.healthCareAge ?? declaredAdultAge ?? null;
  if (status === 'adult') {
    reasons.push(
      reason('intake.minor_consent.adult', 'info', 'The client is an adult and consents for themselves.', {
        age,
        adultAge,
        statute: majority.rule?.healthCareStatute ?? majority.rule?.statute ?? null,
      }),
    );
    return 'may_consent';
  }
  if (status === 'unknown') {
    // 18 in most states, 19 in Alabama and Nebraska, 21 in Mississippi: never assumed to be 18
    // [sources: state-age-of-majority, al-code-26-1-1, neb-rev-stat-43-2101, miss-code-1-3-27].
    reasons.push(
      reason(
        'intake.minor_consent.majority_unknown',
        'warning',
        'The client is 18 to 20 and their state is not recorded (or not one whose age of majority the library knows): whether they are still a minor (19 in Alabama and Nebraska, 21 in Mississippi) cannot be told. Record the state; a parent or guardian consents meanwhile.',
        { age, state, action: 'collect_missing_fact' },
      ),
    );
    return 'undecided';
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
