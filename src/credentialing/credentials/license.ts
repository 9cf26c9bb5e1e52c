import * as z from 'zod';
import { compareDates, LocalDate, UsState, validate } from '../../core/index.js';
import { checkDateOrder, validateArguments } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';

/**
 * The license types a behavioral-health practice credentials. The counselor titles differ by state and
 * all name a licensed mental health counselor: `LPC`, `LPCC` (e.g. California), `LMHC` (e.g. New York,
 * Florida), `LCPC` (e.g. Illinois, Maryland), `LCMHC` (e.g. New Hampshire, North Carolina, Vermont),
 * `LPCMH` (Delaware). `addiction_counselor` is a state-licensed or -certified addiction (alcohol and drug)
counselor under any title (`LADC`, `LCADC`, `LCDC`, `LAC`, `CADC`…): Medicare pays one as a mental health
counselor when they meet 42 CFR 410.54's definition (a master's or doctorate, 2 years or 3,000 hours of
post-degree supervised experience), which its enrollment settles. `psychiatrist` covers MD/DO licenses and `psychiatric_np`
 * psychiatric-mental-health nurse practitioners; `associate` is any pre-licensed title (LMFT associate,
 * LPC-A, LMHC-A, LMSW in states where it is supervised) and `other` any title not listed: neither names a
 * profession, so a rule that depends on the profession (Medicare before 2024) cannot decide on them.
 *
 * @example
 * ```ts
 * LicenseType.parse('LPCC'); //=> 'LPCC'
 * ```
 */
export const LicenseType = z.enum([
  'LCSW',
  'LICSW',
  'LMSW',
  'LPC',
  'LPCC',
  'LMHC',
  'LCPC',
  'LCMHC',
  'LPCMH',
  'LMFT',
  'addiction_counselor',
  'psychologist',
  'psychiatrist',
  'psychiatric_np',
  'associate',
  'other',
]);
export type LicenseType = z.infer<typeof LicenseType>;

/**
 * The profession a license belongs to, which decides which interstate compact can build on it. A profession
 * named for a kind of practitioner is spelled from `PractitionerKind`'s name for it (`marriage_and_family_therapy`
 * is the field of a `marriage_and_family_therapist`, `psychology` of a `psychologist`), so a host reading a
 * decision's facts finds one spelling across modules.
 */
export type LicenseProfession =
  | 'social_work'
  | 'counseling'
  | 'marriage_and_family_therapy'
  | 'addiction_counseling'
  | 'psychology'
  | 'medicine'
  | 'nursing'
  | 'other';

/**
 * The profession of a license type.
 *
 * @example
 * ```ts
 * getLicenseProfession('LPCC'); //=> 'counseling'
 * ```
 */
export function getLicenseProfession(type: LicenseType): LicenseProfession {
  switch (type) {
    case 'LCSW':
    case 'LICSW':
    case 'LMSW':
      return 'social_work';
    case 'LPC':
    case 'LPCC':
    case 'LMHC':
    case 'LCPC':
    case 'LCMHC':
    case 'LPCMH':
      return 'counseling';
    case 'LMFT':
      return 'marriage_and_family_therapy';
    case 'addiction_counselor':
      // Not the Counseling Compact's profession (it builds on a professional counselor's license).
      return 'addiction_counseling';
    case 'psychologist':
      return 'psychology';
    case 'psychiatrist':
      return 'medicine';
    case 'psychiatric_np':
      return 'nursing';
    case 'associate':
    case 'other':
      return 'other';
    default: {
      // Unreachable from typed code; an unknown value from a caller is a ValidationError.
      const exhausted: never = type;
      return validate(LicenseType, exhausted, 'license type') as never;
    }
  }
}

/**
 * A license's standing with its board. `restricted` is active with conditions (probation, practice
 * limits): it still authorizes practice but is not "unencumbered", so no compact can build on it.
 *
 * @example
 * ```ts
 * LicenseStatus.options; //=> ['active', 'restricted', 'inactive', 'suspended', 'revoked', 'surrendered']
 * ```
 */
export const LicenseStatus = z.enum([
  'active',
  'restricted',
  'inactive',
  'suspended',
  'revoked',
  'surrendered',
]);
export type LicenseStatus = z.infer<typeof LicenseStatus>;

/**
 * Whether the holder practices independently or only under a supervisor (pre-licensed, provisional).
 *
 * @example
 * ```ts
 * LicenseLevel.parse('supervised'); //=> 'supervised'
 * ```
 */
export const LicenseLevel = z.enum(['independent', 'supervised']);
export type LicenseLevel = z.infer<typeof LicenseLevel>;

/**
 * One state license. It is in force from `issuedOn` through `expiresOn`, both inclusive, while its
 * status is `active` or `restricted`. `renewalFiledOn` is the day a renewal was filed with the board and not
 * yet granted (a granted renewal is a new record): it never puts the license in force, and a session after
 * expiry under a renewal filed by the expiry date is undecided, since whether a timely renewal keeps the
 * license in force is the state's law.
 *
 * @example
 * ```ts
 * StateLicense.parse({ state: 'CA', type: 'LMFT', number: 'LMFT 100', level: 'independent',
 *   status: 'active', issuedOn: '2026-07-01', expiresOn: '2026-06-30' });
 * //=> throws: $.expiresOn must expire after it is issued [credentialing.license.expiry_before_issue]
 * ```
 */
export const StateLicense = z
  .strictObject({
    state: UsState,
    type: LicenseType,
    number: z.string().min(1).max(40),
    level: LicenseLevel,
    status: LicenseStatus,
    issuedOn: LocalDate,
    expiresOn: LocalDate,
    /** The day a renewal was filed and not yet granted; left out when none is pending. */
    renewalFiledOn: LocalDate.optional(),
  })
  .superRefine((l, ctx) =>
    checkDateOrder(ctx, l.issuedOn, l.expiresOn, 'expiresOn', {
      code: 'credentialing.license.expiry_before_issue' satisfies CredentialingIssueCode,
      message: 'must expire after it is issued',
    }),
  );
export type StateLicense = z.infer<typeof StateLicense>;

/**
 * Whether a license status still allows practice (before looking at dates).
 *
 * @example
 * ```ts
 * isPracticingLicenseStatus('restricted'); //=> true
 * isPracticingLicenseStatus('suspended'); //=> false
 * ```
 */
export function isPracticingLicenseStatus(status: LicenseStatus): boolean {
  switch (status) {
    case 'active':
    case 'restricted':
      return true;
    case 'inactive':
    case 'suspended':
    case 'revoked':
    case 'surrendered':
      return false;
    default: {
      // Unreachable from typed code; an unknown value from a caller is a ValidationError.
      const exhausted: never = status;
      return validate(LicenseStatus, exhausted, 'license status') as never;
    }
  }
}

// The options isLicenseInForce reads (other keys are ignored, as they always were).
const AsOfOptions = z.looseObject({ asOf: LocalDate });

/**
 * Whether a license is in force on a date: a practicing status and the date within issue..expiry,
 * inclusive (a license is valid through its expiry date).
 *
 * @throws {@link ValidationError} listing every problem of the license and the options at once, each path
 * under its parameter's name (`$.license.expiresOn`, `$.options.asOf`).
 * @example
 * ```ts
 * isLicenseInForce({ state: 'CA', type: 'LMFT', number: '123', level: 'independent', status: 'active',
 *   issuedOn: '2024-07-01', expiresOn: '2026-06-30' }, { asOf: '2026-06-30' }); //=> true
 * ```
 */
export function isLicenseInForce(license: StateLicense, options: IsLicenseInForceOptions): boolean {
  // Both arguments' problems at once, each under its parameter's name (`$.license.expiresOn`, `$.options.asOf`).
  const [l, { asOf: on }] = validateArguments([
    ['license', StateLicense, license, 'license'],
    ['options', AsOfOptions, options, 'license options'],
  ]);
  return (
    isPracticingLicenseStatus(l.status) &&
    compareDates(l.issuedOn, on) <= 0 &&
    compareDates(on, l.expiresOn) <= 0
  );
}

/**
 * Options for {@link isLicenseInForce}.
 * @example
 * ```ts
 * const options: IsLicenseInForceOptions = { asOf: '2026-06-30' };
 * ```
 */
export interface IsLicenseInForceOptions {
  /** The date the license must be in force on. */
  readonly asOf: LocalDate;
}

/**
 * The standing of one license on a date, read from its records: `none` when no record was issued by
 * then, `record` with the record that governs, `conflict` when records issued the same day disagree.
 */
export type LicenseStanding =
  | { readonly kind: 'none' }
  | { readonly kind: 'record'; readonly license: StateLicense }
  | { readonly kind: 'conflict'; readonly records: readonly [StateLicense, StateLicense, ...StateLicense[]] };

/** The key of one license: its state, type and number. Records with the same key are one license's history. */
export function licenseIdentity(l: StateLicense): string {
  return JSON.stringify([l.state, l.type, l.number]);
}

/**
 * Groups license records into licenses (same state, type and number), each with its records in a
 * stable order; licenses sorted by key, so the answer does not depend on the order records came in.
 */
export function groupLicenseRecords(records: readonly StateLicense[]): StateLicense[][] {
  const byKey = new Map<string, StateLicense[]>();
  for (const l of records) {
    const key = licenseIdentity(l);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [l]);
    else list.push(l);
  }
  return [...byKey.keys()].sort().map((k) => byKey.get(k) ?? []);
}

function recordContent(l: StateLicense): string {
  return JSON.stringify([l.status, l.level, l.expiresOn]);
}

/**
 * One rule for "the license's standing on a date", shared by jurisdiction, the enrollment documents and
 * the deadline calendar. A license's records (same state, type and number) form its history: each record
 * governs from its `issuedOn` until a record issued later replaces it (a renewal, a suspension, a
 * reinstatement). On `on`, the record issued last on or before it governs; with `on` null, the record
 * issued last of all (the standing from then on). Records issued the same day that disagree on status,
 * level or expiry are a conflict: nothing can be read from them.
 */
export function getLicenseStanding(records: readonly StateLicense[], on: LocalDate | null): LicenseStanding {
  let latest: StateLicense[] = [];
  for (const l of records) {
    if (on !== null && compareDates(l.issuedOn, on) > 0) continue;
    const first = latest[0];
    if (first === undefined || compareDates(first.issuedOn, l.issuedOn) < 0) latest = [l];
    else if (first.issuedOn === l.issuedOn) latest.push(l);
  }
  const distinct = [...new Map(latest.map((l) => [recordContent(l), l])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, l]) => l);
  const [one, two, ...more] = distinct;
  if (one === undefined) return { kind: 'none' };
  if (two === undefined) return { kind: 'record', license: one };
  return { kind: 'conflict', records: [one, two, ...more] };
}

/**
 * The licenses in force on a date under {@link getLicenseStanding}: for each license, the record that
 * governs the date, kept when its status allows practice and the date is within its dates. A license whose
 * records conflict is not in force (nothing can be read from it).
 */
export function getLicensesInForceOn(records: readonly StateLicense[], on: LocalDate): StateLicense[] {
  const out: StateLicense[] = [];
  for (const group of groupLicenseRecords(records)) {
    const standing = getLicenseStanding(group, on);
    if (standing.kind !== 'record') continue;
    const l = standing.license;
    if (isPracticingLicenseStatus(l.status) && compareDates(on, l.expiresOn) <= 0) out.push(l);
  }
  return out;
}
