import * as z from 'zod';
import { type Decision, LocalDate, reason } from '../../core/index.js';
import { toEpochDay, validateArguments } from '../../core/internal.js';
import { PracticePolicies } from '../data/practice-policies.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';

/**
 * One version of the practice's policies: its policies with a `version` name and the date it took effect.
 *
 * @example
 * ```ts
 * validate(VersionedPolicies, { version: '2026-03', effectiveFrom: '2026-03-01' }, 'versioned policies').version; //=> '2026-03'
 * ```
 */
export const VersionedPolicies = PracticePolicies.extend({
  version: z.string().min(1).max(100),
  effectiveFrom: LocalDate,
});
export type VersionedPolicies = z.infer<typeof VersionedPolicies>;
/**
 * A {@link VersionedPolicies} as callers write it, before its defaults apply: every policy may be left out for its default.
 *
 * @example
 * ```ts
 * const policies: VersionedPoliciesInput = { version: '2026-03', effectiveFrom: '2026-03-01' };
 * ```
 */
export type VersionedPoliciesInput = z.input<typeof VersionedPolicies>;

/**
 * Every version of the practice's policies, each in force from its `effectiveFrom` until the next one
 * takes effect. Versions may be listed in any order; two may not share a name or a date.
 *
 * @example
 * ```ts
 * PolicyVersions.parse([
 *   { version: '2026-01', effectiveFrom: '2026-01-01' },
 *   { version: '2026-03', effectiveFrom: '2026-03-01', cancellation: { practiceZone: 'America/New_York', notice: { unit: 'hours', hours: 48 } } },
 * ]).length; //=> 2
 * ```
 */
export const PolicyVersions = z
  .array(
    VersionedPolicies.describe(
      'One version of the policies: its name, the first date it was in force, and its sections.',
    ),
  )
  .min(1)
  .max(1000)
  .superRefine((versions, ctx) => {
    const names = new Set<string>();
    const dates = new Set<string>();
    versions.forEach((v, i) => {
      if (names.has(v.version))
        ctx.addIssue({ code: 'custom', path: [i, 'version'], message: 'is the name of an earlier version' });
      if (dates.has(v.effectiveFrom))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'effectiveFrom'],
          message: 'is the date an earlier version took effect',
        });
      names.add(v.version);
      dates.add(v.effectiveFrom);
    });
  });
export type PolicyVersions = z.infer<typeof PolicyVersions>;
export type PolicyVersionsInput = z.input<typeof PolicyVersions>;

/**
 * Options for {@link selectPolicyVersion}: the date (practice zone) to answer for.
 *
 * @example
 * ```ts
 * SelectPolicyVersionOptions.parse({ asOf: '2026-03-10' }); //=> { asOf: '2026-03-10' }
 * ```
 */
export const SelectPolicyVersionOptions = z.strictObject({ asOf: LocalDate });
export type SelectPolicyVersionOptions = z.input<typeof SelectPolicyVersionOptions>;

/**
 * Which policy version was in force on a date: `in_force` with that version, or `undecided` for a date
 * before the first version took effect (the policy then is not known, and none is guessed).
 *
 * @example
 * ```ts
 * const d: PolicyVersionDecision = selectPolicyVersion(versions, { asOf: '2026-03-10' });
 * d.outcome === 'in_force' && d.policies.version; //=> '2026-03'
 * ```
 */
export type PolicyVersionDecision = Decision<
  'in_force',
  'undecided',
  OpsReasonCode,
  { readonly policies: VersionedPolicies | null }
>;

/** Versions sorted by the date each took effect (internal: input parsed). */
export function sortVersions(versions: PolicyVersions): VersionedPolicies[] {
  return [...versions].sort((a, b) => toEpochDay(a.effectiveFrom) - toEpochDay(b.effectiveFrom));
}

/** The version in force on an epoch day among versions sorted by date, or `undefined` before the first. */
export function versionOnDay(
  sorted: readonly VersionedPolicies[],
  epochDay: number,
): VersionedPolicies | undefined {
  let found: VersionedPolicies | undefined;
  for (const v of sorted) {
    if (toEpochDay(v.effectiveFrom) > epochDay) break;
    found = v;
  }
  return found;
}

/**
 * Answers which version of the practice's policies was in force on `asOf`: the latest version whose
 * `effectiveFrom` is on or before that date. A date before every version is `undecided`, never answered
 * with the first version: a rule evaluated for that date would be deciding under a policy that did not
 * exist yet.
 *
 * @throws {@link ValidationError} listing every problem of the versions (two versions with one name or one
 * date) and the options at once, each path under its parameter's name (`$.versions[1].effectiveFrom`,
 * `$.options.asOf`).
 * @example
 * ```ts
 * const versions = [
 *   { version: '2026-01', effectiveFrom: '2026-01-01' },
 *   { version: '2026-03', effectiveFrom: '2026-03-01' },
 * ];
 * selectPolicyVersion(versions, { asOf: '2026-02-27' }).policies?.version; //=> '2026-01'
 * selectPolicyVersion(versions, { asOf: '2025-12-31' }).outcome; //=> 'undecided'
 * ```
 */
export function selectPolicyVersion(
  versions: PolicyVersionsInput,
  options: SelectPolicyVersionOptions,
): PolicyVersionDecision {
  // Both arguments' problems at once, each under its parameter's name (`$.versions[1].effectiveFrom`,
  // `$.options.asOf`).
  const [checked, { asOf }] = validateArguments([
    ['versions', PolicyVersions, versions, 'policy versions'],
    ['options', SelectPolicyVersionOptions, options, 'policy version options'],
  ]);
  const sorted = sortVersions(checked);
  const version = versionOnDay(sorted, toEpochDay(asOf));
  const first = sorted[0] as VersionedPolicies;
  if (version === undefined) {
    return {
      outcome: 'undecided',
      policies: null,
      reasons: [
        reason(
          'ops.policy_version.before_first',
          'error',
          'The date is before the first policy version took effect: the policy then is not known.',
          { asOf, firstEffectiveFrom: first.effectiveFrom, firstVersion: first.version },
        ),
      ],
    };
  }
  return {
    outcome: 'in_force',
    policies: version,
    reasons: [
      reason('ops.policy_version.in_force', 'info', 'This policy version was in force on the date.', {
        asOf,
        version: version.version,
        effectiveFrom: version.effectiveFrom,
      }),
    ],
  };
}
