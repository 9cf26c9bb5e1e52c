import { MINOR_MENTAL_HEALTH_CONSENT_RULES } from '../minor-consent/state-minor-consent.js';
import {
  MINOR_SUBSTANCE_USE_CONSENT_RULES,
  type SubstanceUseStatuteAnswer,
  substanceUseStatuteAnswer,
} from '../minor-consent/state-substance-use-consent.js';
import type { Part2ConsentSigners } from '../minor-consent/substance-use-consent.js';
import type { IntakeClient } from './intake-client.js';
import { type IntakePacketPolicy, MINOR_CONSENT_FLOOR_AGE } from './packet-policy.js';

/**
 * Whether a minor's own consent to outpatient mental-health care is recorded: the split flag, else the
 * deprecated `minorMayConsent` (never both: the schema refuses that). Absent counts as no: a guardian consents.
 */
export function minorMayConsentMentalHealthOf(client: IntakeClient): boolean {
  return client.minorMayConsentMentalHealth ?? client.minorMayConsent ?? false;
}

/**
 * Whether a minor of `age` consents alone to outpatient mental-health care on the day asked: never without the
 * recorded flag, nor under the library's floor of 12; with it, from the minimum age of their state's statute in
 * {@link MINOR_MENTAL_HEALTH_CONSENT_RULES} (14 in Ohio, 16 in Alabama…), or for a state the table does not keep,
 * from the practice's declared `minorConsentAge`. Neither known, the missing fact: `state` (not recorded) or
 * `minor_consent_age` (not in the table, no age declared). Never a single default age
 * [sources: icanotes-minor-consent].
 */
export function ownMentalHealthConsentAt(
  client: IntakeClient,
  policy: IntakePacketPolicy,
  age: number,
): boolean | 'state' | 'minor_consent_age' {
  if (!minorMayConsentMentalHealthOf(client) || age < MINOR_CONSENT_FLOOR_AGE) return false;
  const rule =
    client.state === undefined
      ? undefined
      : MINOR_MENTAL_HEALTH_CONSENT_RULES.find((r) => r.state === client.state);
  if (rule !== undefined) return age >= rule.minimumAge;
  if (policy.minorConsentAge !== undefined) return age >= policy.minorConsentAge;
  return client.state === undefined ? 'state' : 'minor_consent_age';
}

/**
 * Who signs a minor's 42 CFR Part 2 consent, in the words of `evaluateMinorSubstanceUseConsent`'s
 * `part2Signers`: `client_alone` (2.14(b)), `client_and_guardian` (2.14(c)), or `undecided` while the state's
 * substance-use answer is not recorded. One vocabulary for both (it reads right for an adult client too).
 */
export type Part2SignerMode = Part2ConsentSigners;

/**
 * Who signs a minor's Part 2 consent and why: `statute` is the state table's answer when the substance-use
 * flag is absent and the client's state is in the table (null otherwise).
 */
export interface Part2SignerAnswer {
  readonly mode: Part2SignerMode;
  readonly statute: SubstanceUseStatuteAnswer | null;
}

/**
 * Who signs the Part 2 consent of a minor of `age`: the SUBSTANCE-USE flag when recorded (it wins), else the
 * statute of the client's `state` in {@link MINOR_SUBSTANCE_USE_CONSENT_RULES}, read with no optional fact
 * (a condition the packet cannot see leaves it undecided); a state not in the table is undecided, never "no".
 * The mental-health flag (and the deprecated alias) answer another statute and never reach it
 * [sources: cfr-42-2.14]. Under 12 the library asks a guardian whatever a flag or statute says.
 */
export function part2SignerAnswerOf(client: IntakeClient, age: number): Part2SignerAnswer {
  if (age < MINOR_CONSENT_FLOOR_AGE) return { mode: 'client_and_guardian', statute: null };
  const sud = client.minorMayConsentSubstanceUse;
  if (sud !== undefined) return { mode: sud ? 'client_alone' : 'client_and_guardian', statute: null };
  const rule = MINOR_SUBSTANCE_USE_CONSENT_RULES.find((r) => r.state === client.state);
  if (rule === undefined) return { mode: 'undecided', statute: null };
  const statute = substanceUseStatuteAnswer(rule, age, {});
  const mode: Part2SignerMode =
    statute.verdict === 'may_consent'
      ? 'client_alone'
      : statute.verdict === 'refused'
        ? 'client_and_guardian'
        : 'undecided';
  return { mode, statute };
}

/** {@link part2SignerAnswerOf}'s mode alone. */
export function part2SignerModeOf(client: IntakeClient, age: number): Part2SignerMode {
  return part2SignerAnswerOf(client, age).mode;
}
