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
}

const at18 = (state: UsState, statute: string): AgeOfMajorityRule => ({
  state,
  age: 18,
  statute,
  sourceKey: 'state-age-of-majority',
});

/**
 * The age of majority of the 50 states and the District of Columbia, one entry each, with the statute that sets
 * it: 18, except Alabama and Nebraska (19) and Mississippi (21). The territories are not listed: for a client
 * there, or whose state is not recorded, who is 18 to 20 is neither a minor nor an adult to the library
 * (undecided) unless the practice declares its own age (`IntakePacketPolicy.adultAge`).
 *
 * @remarks Ala. Code 26-1-1 [sources: al-code-26-1-1]; Neb. Rev. Stat. 43-2101 (minority ends earlier by
 * marriage) [sources: neb-rev-stat-43-2101]; Miss. Code 1-3-27 ("minor" in any statute is a person under 21)
 * [sources: miss-code-1-3-27]; the states of 18 [sources: state-age-of-majority]. A state's own minor-consent
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
  { state: 'AL', age: 19, statute: 'Code of Alabama § 26-1-1', sourceKey: 'al-code-26-1-1' },
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
  at18('ME', '1 M.R.S. § 73'),
  at18('MI', 'MCL § 722.52'),
  at18('MN', 'Minn. Stat. § 645.451'),
  at18('MO', 'Mo. Rev. Stat. § 431.055'),
  { state: 'MS', age: 21, statute: 'Miss. Code § 1-3-27', sourceKey: 'miss-code-1-3-27' },
  at18('MT', 'Mont. Code § 41-1-101'),
  at18('NC', 'N.C. Gen. Stat. § 48A-2'),
  at18('ND', 'N.D. Cent. Code § 14-10-01'),
  { state: 'NE', age: 19, statute: 'Neb. Rev. Stat. § 43-2101', sourceKey: 'neb-rev-stat-43-2101' },
  at18('NH', 'N.H. Rev. Stat. § 21-B:1'),
  at18('NJ', 'N.J.S.A. § 9:17B-3'),
  at18('NM', 'N.M. Stat. § 28-6-1'),
  at18('NV', 'Nev. Rev. Stat. § 129.010'),
  at18('NY', 'N.Y. Gen. Oblig. Law § 1-202'),
  at18('OH', 'Ohio Rev. Code § 3109.01'),
  at18('OK', '15 Okla. Stat. § 13'),
  at18('OR', 'ORS § 109.510'),
  at18('PA', '1 Pa.C.S. § 1991'),
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

/** The lowest and highest ages of majority in the table: no state's is outside them. */
const LOWEST = 18;
const HIGHEST = 21;

/**
 * The age of majority that governs a client: their state's from the table; for a state not in it (or not
 * recorded), the practice's declared age when it gives one, else every age the table allows (`min` 18 to `max`
 * 21), so that a client of 18 to 20 is neither a minor nor an adult until the state is recorded.
 */
export interface MajorityAge {
  readonly min: number;
  readonly max: number;
  /** The table's entry used, or null. */
  readonly rule: AgeOfMajorityRule | null;
}

const BY_STATE = new Map(AGE_OF_MAJORITY_RULES.map((r) => [r.state as string, r]));
const UNKNOWN: MajorityAge = { min: LOWEST, max: HIGHEST, rule: null };

/** The {@link MajorityAge} for a client of `state` under a practice that declared `declared` (or not). */
export function majorityAgeOf(state: UsState | undefined, declared: number | undefined): MajorityAge {
  const rule = state === undefined ? undefined : BY_STATE.get(state);
  if (rule !== undefined) return { min: rule.age, max: rule.age, rule };
  return declared === undefined ? UNKNOWN : { min: declared, max: declared, rule: null };
}

/** Whether a person of `age` is a minor, an adult, or not known (18 to 20 with the state's age not known). */
export type MinorStatus = 'minor' | 'adult' | 'unknown';

/** {@link MinorStatus} of a person of `age` under `majority`. */
export function minorStatusOf(age: number, majority: MajorityAge): MinorStatus {
  if (age < majority.min) return 'minor';
  return age >= majority.max ? 'adult' : 'unknown';
}
