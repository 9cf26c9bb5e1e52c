import type { IntakeClient } from './intake-client.js';
import { MINOR_CONSENT_FLOOR_AGE } from './packet-policy.js';

/**
 * Whether a minor's own consent to outpatient mental-health care is recorded: the split flag, else the
 * deprecated `minorMayConsent` (never both: the schema refuses that). Absent counts as no: a guardian consents.
 */
export function minorMayConsentMentalHealthOf(client: IntakeClient): boolean {
  return client.minorMayConsentMentalHealth ?? client.minorMayConsent ?? false;
}

/**
 * Who signs a minor's 42 CFR Part 2 consent: `minor_only` (2.14(b)), `minor_and_guardian` (2.14(c)), or
 * `undecided` while the state's substance-use answer is not recorded.
 */
export type Part2SignerMode = 'minor_only' | 'minor_and_guardian' | 'undecided';

/**
 * Who signs the Part 2 consent of a minor of `age`, read from the SUBSTANCE-USE flag only: the mental-health
 * flag (and the deprecated alias) answer another statute and never reach it [sources: cfr-42-2.14]. Under 12
 * the library asks a guardian whatever a flag says.
 */
export function part2SignerModeOf(client: IntakeClient, age: number): Part2SignerMode {
  if (age < MINOR_CONSENT_FLOOR_AGE) return 'minor_and_guardian';
  const sud = client.minorMayConsentSubstanceUse;
  if (sud === undefined) return 'undecided';
  return sud ? 'minor_only' : 'minor_and_guardian';
}
