import type { UsState } from '../../core/index.js';

/**
 * One state's age of majority: the age from which a person is an adult in its law, with the statute that sets
 * it and the statute's key in docs/sources.md.
 *
 * @example
 * ```ts
 * const rule: AgeOfMajorityRule | undefined = AGE_OF_MAJORITY_RULES.find((r) => r.state === 'NE');
 * rule?.age; //=> 19
 * ```
 */
export interface AgeOfMajorityRule {
  readonly state: UsState;
  readonly age: number;
  /** The statute's citation. */
  readonly statute: string;
  /** Its key in docs/sources.md. */
  readonly sourceKey: string;
  /**
   * The age from which the person decides on their own health care (mental-health care included), where the
   * state's health-care statute sets it below `age`: Mississippi, 18 (Miss. Code 41-41-203(a)); else `age`.
   */
  readonly healthCareAge: number;
  /** The statute that sets `healthCareAge` apart from `age`, or null when they are the same. */
  readonly healthCareStatute: string | null;
}

const at18 = (state: UsState, statute: string): AgeOfMajorityRule => ({
  state,
  age: 18,
  statute,
  sourceKey: 'state-age-of-majority',
  healthCareAge: 18,
  healthCareStatute: null,
});

/**
 * The age of majority of the 50 states and the District of Columbia, one entry each, with the statute that sets
 * it: 18, except Alabama and Nebraska (19) and Mississippi (21, though 18 for a person's own health-care decisions:
 * `healthCareAge`). The territories are not listed: for a client
 * there, or whose state is not recorded, who is 18 to 20 is neither a minor nor an adult to the library
 * (undecided) unless the practice declares its own age (`IntakePacketPolicy.adultAge`).
 *
 * @remarks Ala. Code 26-1-1 [sources: al-code-26-1-1]; Neb. Rev. Stat. 43-2101 (minority ends earlier by
 * marriage) [sources: neb-rev-stat-43-2101]; Miss. Code 1-3-27 ("minor" in any statute is a person under 21)
 * [sources: miss-code-1-3-27], and for health care Miss. Code 41-41-203(a) ("adult" is 18 or older in the
 * health-care consent chapter, "health care" including care of the mental condition) [sources: miss-code-41-41-203];
 * the states of 18 [sources: state-age-of-majority]. A state's own minor-consent
 * statute may let a minor consent to some care before majority (`MINOR_MENTAL_HEALTH_CONSENT_RULES`); the age of
 * majority is when a parent's authority ends altogether.
 * @example
 * ```ts
 * AGE_OF_MAJORITY_RULES.filter((r) => r.age !== 18).map((r) => [r.state, r.age]);
 * //=> [['AL', 19], ['MS', 21], ['NE', 19]]
 * ```
 */
export const AGE_OF_MAJORITY_RULES: readonly AgeOfMajorityRule[] = Object.freeze([
  at18('AK', 'Alaska Stat. § 25.20.010'),
  {
    state: 'AL',
    age: 19,
    statute: 'Code of Alabama § 26-1-1',
    sourceKey: 'al-code-26-1-1',
    healthCareAge: 19,
    healthCareStatute: null,
  },
  at18('AR', 'Ark. Code § 9-25-101'),
  at18('AZ', 'A.R.S. § 1-215'),
  at18('CA', 'Cal. Family Code §§ 6500, 6501'),
  at18('CO', 'C.R.S. § 13-22-101'),
  at18('CT', 'Conn. Gen. Stat. § 1-1d'),
  at18('DC', 'D.C. Code § 46-101'),
  at18('DE', '1 Del. C. § 701'),
  at18('FL', 'Fla. Stat. § 743.07'),
  at18('GA', 'O.C.G.A. § 39-1-1'),
  at18('HI', 'Haw. Rev. Stat. § 577-1'),
  at18('IA', 'Iowa Code § 599.1'),
  at18('ID', 'Idaho Code § 32-101'),
  at18('IL', '755 ILCS 5/11-1'),
  at18('IN', 'Ind. Code § 1-1-4-5'),
  at18('KS', 'K.S.A. § 38-101'),
  at18('KY', 'KRS § 2.015'),
  at18('LA', 'La. Civ. Code art. 29'),
  at18('MA', 'Mass. Gen. Laws ch. 231, § 85P'),
  at18('MD', 'Md. Code, General Provisions § 1-401'),
  at18('ME', '1 M.R.S. § 72(1)'),
  at18('MI', 'MCL § 722.52'),
  at18('MN', 'Minn. Stat. § 645.451'),
  at18('MO', 'Mo. Rev. Stat. § 431.060'),
  {
    // A minor until 21 (1-3-27), but an adult for health-care decisions from 18 (41-41-203(a)).
    state: 'MS',
    age: 21,
    statute: 'Miss. Code § 1-3-27',
    sourceKey: 'miss-code-1-3-27',
    healthCareAge: 18,
    healthCareStatute: 'Miss. Code § 41-41-203(a)',
  },
  at18('MT', 'Mont. Code § 41-1-101'),
  at18('NC', 'N.C. Gen. Stat. § 48A-2'),
  at18('ND', 'N.D. Cent. Code § 14-10-01'),
  {
    state: 'NE',
    age: 19,
    statute: 'Neb. Rev. Stat. § 43-2101',
    sourceKey: 'neb-rev-stat-43-2101',
    healthCareAge: 19,
    healthCareStatute: null,
  },
  at18('NH', 'N.H. Rev. Stat. § 21-B:1'),
  at18('NJ', 'N.J.S.A. § 9:17B-3'),
  at18('NM', 'N.M. Stat. § 28-6-1'),
  at18('NV', 'Nev. Rev. Stat. § 129.010'),
  at18('NY', 'N.Y. Dom. Rel. Law § 2'),
  at18('OH', 'Ohio Rev. Code § 3109.01'),
  at18('OK', '15 Okla. Stat. § 13'),
  at18('OR', 'ORS § 109.510'),
  at18('PA', '23 Pa.C.S. § 5101'),
  at18('RI', 'R.I. Gen. Laws § 15-12-1'),
  at18('SC', 'S.C. Code § 15-1-320'),
  at18('SD', 'S.D. Codified Laws § 26-1-1'),
  at18('TN', 'Tenn. Code § 1-3-113'),
  at18('TX', 'Tex. Civ. Prac. & Rem. Code § 129.001'),
  at18('UT', 'Utah Code § 15-2-1'),
  at18('VA', 'Code of Virginia § 1-204'),
  at18('VT', '1 V.S.A. § 173'),
  at18('WA', 'RCW 26.28.010'),
  at18('WI', 'Wis. Stat. § 990.01(3)'),
  at18('WV', 'W. Va. Code § 2-3-1'),
  at18('WY', 'Wyo. Stat. § 14-1-101'),
] satisfies AgeOfMajorityRule[]);

/**
 * The age of majority that governs a client: their state's from the table; for a state not in it (or not
 * recorded), the practice's declared age when it gives one, else every age the table allows for the purpose (`min`
 * 18 to `max` 19 for health care, 21 for a contract), so that a client between them is neither a minor nor an
 * adult until the state is recorded.
 */
export interface MajorityAge {
  readonly min: number;
  readonly max: number;
  /** The table's entry used, or null. */
  readonly rule: AgeOfMajorityRule | null;
}

const BY_STATE = new Map(AGE_OF_MAJORITY_RULES.map((r) => [r.state as string, r]));
// With the state not known, every age the table allows for the purpose: 18 to 19 for health care (Alabama and
// Nebraska), 18 to 21 for a contract (Mississippi).
const UNKNOWN_HEALTH_CARE: MajorityAge = {
  min: Math.min(...AGE_OF_MAJORITY_RULES.map((r) => r.healthCareAge)),
  max: Math.max(...AGE_OF_MAJORITY_RULES.map((r) => r.healthCareAge)),
  rule: null,
};
const UNKNOWN_CONTRACT: MajorityAge = {
  min: Math.min(...AGE_OF_MAJORITY_RULES.map((r) => r.age)),
  max: Math.max(...AGE_OF_MAJORITY_RULES.map((r) => r.age)),
  rule: null,
};

/**
 * What the age of majority is asked for: `health_care`, a person's own consent to care and their authority over
 * its records (the state's `healthCareAge`), or `contract`, a promise to pay (its `age`).
 */
export type MajorityPurpose = 'health_care' | 'contract';

/**
 * The {@link MajorityAge} for `purpose` of a client of `state` under a practice that declared `declared` (or not).
 */
export function majorityAgeOf(
  state: UsState | undefined,
  declared: number | undefined,
  purpose: MajorityPurpose,
): MajorityAge {
  const rule = state === undefined ? undefined : BY_STATE.get(state);
  if (rule !== undefined) {
    const age = purpose === 'health_care' ? rule.healthCareAge : rule.age;
    return { min: age, max: age, rule };
  }
  if (declared !== undefined) return { min: declared, max: declared, rule: null };
  return purpose === 'health_care' ? UNKNOWN_HEALTH_CARE : UNKNOWN_CONTRACT;
}

/** Whether a person of `age` is a minor, an adult, or not known (between the table's ages, the state's not known). */
export type MinorStatus = 'minor' | 'adult' | 'unknown';

/** {@link MinorStatus} of a person of `age` under `majority`. */
export function minorStatusOf(age: number, majority: MajorityAge): MinorStatus {
  if (age < majority.min) return 'minor';
  return age >= majority.max ? 'adult' : 'unknown';
}
