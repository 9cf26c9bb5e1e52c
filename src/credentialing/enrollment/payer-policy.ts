import * as z from 'zod';
import { PayerId, type ValidationIssue } from '../../core/index.js';
import { checkUniqueKeys, formatPath } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';
import { EnrollmentDocumentKind } from './enrollment.js';

/**
 * Recredentialing cycle in months.
 *
 * @remarks NCQA: every 36 months, no grace period [sources: ncqa-cr]. Plans may run an internal
 * 34–35-month cycle (a plan's choice): set `recredentialingMonths` or use the calendar's lead times.
 *
 * @example
 * ```ts
 * getRecredentialingDueDate('2026-02-10', DEFAULT_RECREDENTIALING_MONTHS); //=> '2029-02-10'
 * ```
 */
export const DEFAULT_RECREDENTIALING_MONTHS = 36;

/**
 * Medicare fee-for-service enrollment is revalidated every 5 years, on CMS's notice; it has no NCQA
 * recredentialing cycle. DMEPOS suppliers revalidate every 3 years (not a behavioral-health practice's
 * case: set `revalidationMonths` if it is).
 *
 * @remarks [sources: cfr-42-424.515, cms-medicare-revalidation]. A state Medicaid agency revalidates its
 * fee-for-service providers at least every 5 years too [sources: cfr-42-455.414]: give that payer
 * `revalidationMonths: 60`.
 * @example
 * ```ts
 * MEDICARE_REVALIDATION_MONTHS; //=> 60
 * ```
 */
export const MEDICARE_REVALIDATION_MONTHS = 60;

/**
 * A state Medicaid agency revalidates every enrolled provider at least every 5 years: the months a
 * fee-for-service Medicaid enrollment (`medicaidDelivery: 'fee_for_service'`) gets between revalidations. A
 * Medicaid managed care plan credentials and recredentials on its own documented cycle instead (NCQA: 36 months).
 *
 * @remarks 42 CFR 455.414 [sources: cfr-42-455.414]; managed care 42 CFR 438.214 [sources: cfr-42-438.214,
 * ncqa-cr].
 * @example
 * ```ts
 * MEDICAID_REVALIDATION_MONTHS; //=> 60
 * ```
 */
export const MEDICAID_REVALIDATION_MONTHS = 60;

/**
 * How a Medicaid payer pays: `fee_for_service` (the state agency itself, which revalidates its providers at
 * least every 5 years, 42 CFR 455.414) or `managed_care` (a Medicaid managed care plan, which recredentials on
 * its own documented cycle, 42 CFR 438.214; NCQA 36 months).
 *
 * @example
 * ```ts
 * MedicaidDelivery.parse('managed_care'); //=> 'managed_care'
 * ```
 */
export const MedicaidDelivery = z.enum(['fee_for_service', 'managed_care']);
export type MedicaidDelivery = z.infer<typeof MedicaidDelivery>;

/**
 * Medicare retroactive billing: up to 30 days before the effective date (42 CFR 424.521(a)).
 *
 * @remarks [sources: cfr-42-424.521]. It is also the ceiling of a Medicare fee-for-service policy's
 * `retroBillingDays`: 90 days apply only to an enrollment a Presidentially declared disaster kept from being
 * filed, marked `disasterPrecludedEnrollment: true` on that enrollment.
 *
 * @example
 * ```ts
 * MEDICARE_RETRO_BILLING_DAYS; //=> 30
 * ```
 */
export const MEDICARE_RETRO_BILLING_DAYS = 30;

/**
 * The longest retroactive billing window Medicare fee-for-service allows: 90 days before the effective date,
 * and only when a Presidentially declared disaster under the Stafford Act precluded enrollment before the
 * services were furnished (42 CFR 424.521(a)(2)). It applies to one enrollment, the one marked
 * `disasterPrecludedEnrollment: true`; a Medicare fee-for-service policy's own `retroBillingDays` may not
 * exceed {@link MEDICARE_RETRO_BILLING_DAYS} (`credentialing.policy.retro_window_exceeds_rule`).
 *
 * @remarks [sources: cfr-42-424.521].
 * @example
 * ```ts
 * MEDICARE_DISASTER_RETRO_BILLING_DAYS; //=> 90
 * ```
 */
export const MEDICARE_DISASTER_RETRO_BILLING_DAYS = 90;

/**
 * The first date of service on which Medicare pays marriage and family therapists and mental health
 * counselors: the Consolidated Appropriations Act, 2023 made them Medicare providers for services
 * furnished on or after January 1, 2024. Before it Medicare pays them nothing, whatever their enrollment
 * says; a Medicare Advantage plan covers the same Part B benefit.
 *
 * @remarks CAA 2023 §4121 (Social Security Act 1861(s)(2)(II), 1861(lll)) [sources: caa-2023-4121];
 * 42 CFR 410.53 (marriage and family therapist services) and 410.54 (mental health counselor services)
 * [sources: cfr-42-410.53, cfr-42-410.54].
 * @example
 * ```ts
 * MEDICARE_MFT_MHC_BENEFIT_START; //=> '2024-01-01'
 * ```
 */
export const MEDICARE_MFT_MHC_BENEFIT_START = '2024-01-01';

/**
 * Days without movement after which an application needs a follow-up. A practice default, not a
 * published rule: committees meet about monthly [sources: credentialing-timelines], so a month of
 * silence is the point to call.
 *
 * @example
 * ```ts
 * DEFAULT_ENROLLMENT_STALL_DAYS; //=> 30
 * ```
 */
export const DEFAULT_ENROLLMENT_STALL_DAYS = 30;

/**
 * Days from submission to an expected payer decision when nothing better is known: the top of the
 * generic 60–120-day range [sources: credentialing-timelines-generic].
 *
 * @example
 * ```ts
 * DEFAULT_EXPECTED_DECISION_DAYS; //=> 120
 * ```
 */
export const DEFAULT_EXPECTED_DECISION_DAYS = 120;

/**
 * The documents a payer application needs by default; conditional ones (DEA for prescribers, the
 * supervision agreement for supervised licenses, NPI type 2 for group enrollments, board certification
 * when the clinician holds one) are asked only when they apply.
 *
 * @remarks The documents payers' applications and CAQH ask for (a practice convention; attestation
 * questions [sources: ncqa-cr]).
 *
 * @example
 * ```ts
 * DEFAULT_ENROLLMENT_DOCUMENTS.includes('w9'); //=> true
 * ```
 */
export const DEFAULT_ENROLLMENT_DOCUMENTS: readonly EnrollmentDocumentKind[] = Object.freeze([
  'state_license',
  'npi_type1',
  'npi_type2',
  'malpractice_certificate',
  'cv',
  'w9',
  'caqh_attestation',
  'diploma',
  'dea_registration',
  'board_certification',
  'supervision_agreement',
  'disclosure_attestation',
]);

/**
 * The kind of program a payer runs, which sets defaults such as the retroactive billing window.
 *
 * - `medicare`: Medicare fee-for-service (Part B): revalidated every 5 years, 30-day retro window.
 * - `medicare_advantage`: a Medicare Advantage (Part C) plan: Medicare's benefit (which professions are
 *   paid, from when), but a plan's recredentialing cycle and no retro window unless configured.
 * - `medicaid`, `commercial`: no retro window unless configured.
 *
 * @example
 * ```ts
 * PayerProgram.parse('medicare_advantage'); //=> 'medicare_advantage'
 * ```
 */
export const PayerProgram = z.enum(['medicare', 'medicare_advantage', 'medicaid', 'commercial']);
export type PayerProgram = z.infer<typeof PayerProgram>;

/**
 * How one payer credentials: its renewal cycle, retroactive billing window, follow-up threshold,
 * expected time to a decision and the documents its application needs.
 *
 * - A plan recredentials every `recredentialingMonths` (NCQA: 36). A payer with `revalidationMonths`
 *   instead revalidates the enrollment on its own notice: Medicare (default 60 for `program: 'medicare'`,
 *   with no recredentialing cycle), or a state Medicaid agency.
 * - A `medicaid` payer says which it is with `medicaidDelivery`: `fee_for_service` (the state agency) is
 *   revalidated every 60 months by default [sources: cfr-42-455.414]; `managed_care` (a plan) recredentials
 *   every `recredentialingMonths` [sources: cfr-42-438.214, ncqa-cr]. A `revalidationMonths` number says
 *   fee-for-service too. Otherwise the parsed `medicaidDelivery` is left out and the renewal cycle is not
 *   guessed: the network check and the calendar ask for it.
 * - `retroBillingDays` defaults to 30 for Medicare fee-for-service (at most 30 there: a longer window is rejected
 *   with `credentialing.policy.retro_window_exceeds_rule`; the 90 days after a declared disaster belong to the
 *   enrollment it kept from being filed, `disasterPrecludedEnrollment`) and 0 otherwise: 42 CFR 424.521(a) is a
 *   fee-for-service rule, so a Medicare Advantage plan (`program: 'medicare_advantage'`, or the older
 *   set-up `program: 'medicare'` with `revalidationMonths: null`) gets no retro window unless configured;
 *   commercial retro is payer-specific.
 *
 * @example
 * ```ts
 * validate(PayerCredentialingPolicy, { payerId: 'medicare', program: 'medicare' }, 'payer credentialing policy').retroBillingDays; //=> 30
 * validate(PayerCredentialingPolicy, { payerId: 'medicare', program: 'medicare' }, 'payer credentialing policy').revalidationMonths; //=> 60
 * validate(PayerCredentialingPolicy, { payerId: 'aetna' }, 'payer credentialing policy').revalidationMonths; //=> null (recredentialed every 36 months)
 * validate(PayerCredentialingPolicy, { payerId: 'humana-ma', program: 'medicare_advantage' }, 'payer credentialing policy').retroBillingDays; //=> 0
 * ```
 */
export const PayerCredentialingPolicy = z
  .strictObject({
    payerId: PayerId,
    program: PayerProgram.default('commercial'),
    recredentialingMonths: z.number().int().min(1).max(120).default(DEFAULT_RECREDENTIALING_MONTHS),
    retroBillingDays: z.number().int().min(0).max(365).optional(),
    /**
     * Months between revalidations, for a payer that revalidates rather than recredentials; `null` for a
     * plan on a recredentialing cycle (the default but for `program: 'medicare'`). `program: 'medicare'`
     * with `null` is read as a Medicare Advantage plan (no fee-for-service retro window).
     */
    revalidationMonths: z.number().int().min(1).max(120).nullable().optional(),
    stallAfterDays: z.number().int().min(1).max(365).default(DEFAULT_ENROLLMENT_STALL_DAYS),
    expectedDecisionDays: z.number().int().min(1).max(730).default(DEFAULT_EXPECTED_DECISION_DAYS),
    /**
     * Defaults to {@link DEFAULT_ENROLLMENT_DOCUMENTS}; for Medicare fee-for-service without the CAQH
     * attestation (Medicare enrolls through PECOS / CMS-855I, not CAQH).
     */
    requiredDocuments: z.array(EnrollmentDocumentKind).optional(),
    /**
     * For `program: 'medicaid'` only: the state agency (`fee_for_service`, revalidated every 5 years) or a
     * managed care plan (`managed_care`, recredentialed). Left out with no `revalidationMonths`, the renewal
     * cycle is unknown and is asked for, never guessed.
     */
    medicaidDelivery: MedicaidDelivery.optional(),
  })
  .superRefine((p, ctx) => {
    const conflict = (message: string) =>
      ctx.addIssue({
        code: 'custom',
        path: ['medicaidDelivery'],
        message,
        params: { code: 'credentialing.policy.medicaid_delivery_conflict' satisfies CredentialingIssueCode },
      });
    // 42 CFR 424.521(a)(1) caps Medicare fee-for-service retro billing at 30 days. The 90 days of (a)(2) are a fact
    // about one enrollment a declared disaster kept from being filed (`disasterPrecludedEnrollment`), never a
    // payer-wide setting: a longer policy window would bill dates Medicare never pays [sources: cfr-42-424.521].
    const feeForService = p.program === 'medicare' && p.revalidationMonths !== null;
    if (feeForService && (p.retroBillingDays ?? 0) > MEDICARE_RETRO_BILLING_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['retroBillingDays'],
        message: `must be at most ${MEDICARE_RETRO_BILLING_DAYS} for Medicare fee-for-service; the longer window after a declared disaster is set on the enrollment (disasterPrecludedEnrollment), not the policy`,
        params: { code: 'credentialing.policy.retro_window_exceeds_rule' satisfies CredentialingIssueCode },
      });
    if (p.medicaidDelivery === undefined) return;
    if (p.program !== 'medicaid') conflict('must be left out unless the program is medicaid');
    else if (p.medicaidDelivery === 'fee_for_service' && p.revalidationMonths === null)
      conflict('fee-for-service Medicaid is revalidated: revalidationMonths must not be null');
    else if (p.medicaidDelivery === 'managed_care' && typeof p.revalidationMonths === 'number')
      conflict('a Medicaid managed care plan recredentials: revalidationMonths must be left out or null');
  })
  .transform((p) => {
    const medicaidDelivery: MedicaidDelivery | undefined =
      p.program !== 'medicaid'
        ? undefined
        : (p.medicaidDelivery ??
          // A revalidation cycle says fee-for-service; `null` does not say managed care, since a parsed policy
          // whose delivery is unknown carries it too (parsing twice must not decide it).
          (typeof p.revalidationMonths === 'number' ? 'fee_for_service' : undefined));
    const revalidationMonths =
      p.revalidationMonths === undefined
        ? p.program === 'medicare'
          ? MEDICARE_REVALIDATION_MONTHS
          : medicaidDelivery === 'fee_for_service'
            ? MEDICAID_REVALIDATION_MONTHS
            : null
        : p.revalidationMonths;
    // Medicare fee-for-service only: a Medicare program on a plan's cycle is a Medicare Advantage plan.
    const feeForService = p.program === 'medicare' && revalidationMonths !== null;
    const { medicaidDelivery: _given, ...rest } = p;
    return {
      ...rest,
      ...(medicaidDelivery === undefined ? {} : { medicaidDelivery }),
      retroBillingDays: p.retroBillingDays ?? (feeForService ? MEDICARE_RETRO_BILLING_DAYS : 0),
      revalidationMonths,
      requiredDocuments:
        p.requiredDocuments ??
        (feeForService
          ? DEFAULT_ENROLLMENT_DOCUMENTS.filter((d) => d !== 'caqh_attestation')
          : [...DEFAULT_ENROLLMENT_DOCUMENTS]),
    };
  });
export type PayerCredentialingPolicy = z.infer<typeof PayerCredentialingPolicy>;
/**
 * What callers pass for {@link PayerCredentialingPolicy}: only `payerId` is required.
 * @example
 * ```ts
 * const policy: PayerCredentialingPolicyInput = { payerId: 'aetna' };
 * validate(PayerCredentialingPolicy, policy, 'payer credentialing policy').program; //=> 'commercial'
 * ```
 */
export type PayerCredentialingPolicyInput = z.input<typeof PayerCredentialingPolicy>;

/**
 * A typical time from submission to decision for a payer, as published by one source (a sources.md key).
 * @example
 * ```ts
 * const humana: TypicalCredentialingDuration = { payer: 'Humana', minDays: 150, maxDays: 180,
 *   source: 'credentialing-timelines' };
 * ```
 */
export interface TypicalCredentialingDuration {
  readonly payer: string;
  readonly minDays: number;
  readonly maxDays: number;
  readonly source: string;
}

/**
 * Typical credentialing durations, as data: use them to set `expectedDecisionDays`. Months are
 * converted at 30 days. BCBS varies by state and is left out.
 *
 * @remarks Published estimates, not rules: Cigna/Optum ≈ 2–3 months, Aetna ≈ 3–5, Humana ≈ 5–6
 * (as of January 2026) [sources: credentialing-timelines]; generic 60–120+ days
 * [sources: credentialing-timelines-generic]; re-credentialing after termination 90–180 days
 * [sources: credentialing-timelines-termination].
 *
 * @example
 * ```ts
 * TYPICAL_CREDENTIALING_DURATIONS.find((d) => d.payer === 'Humana');
 * //=> { payer: 'Humana', minDays: 150, maxDays: 180, source: 'credentialing-timelines' }
 * ```
 */
export const TYPICAL_CREDENTIALING_DURATIONS: readonly TypicalCredentialingDuration[] = Object.freeze([
  { payer: 'Cigna', minDays: 60, maxDays: 90, source: 'credentialing-timelines' },
  { payer: 'Optum', minDays: 60, maxDays: 90, source: 'credentialing-timelines' },
  { payer: 'Aetna', minDays: 90, maxDays: 150, source: 'credentialing-timelines' },
  { payer: 'Humana', minDays: 150, maxDays: 180, source: 'credentialing-timelines' },
  { payer: 'generic', minDays: 60, maxDays: 120, source: 'credentialing-timelines-generic' },
  { payer: 'after termination', minDays: 90, maxDays: 180, source: 'credentialing-timelines-termination' },
]);

/**
 * A practice's payer policies: at most one per payer.
 *
 * @example
 * ```ts
 * PayerCredentialingPolicies.safeParse([{ payerId: 'aetna' }, { payerId: 'aetna' }]).success; //=> false
 * ```
 */
export const PayerCredentialingPolicies = z.array(PayerCredentialingPolicy).superRefine((list, ctx) => {
  checkUniqueKeys(
    ctx,
    list,
    (p) => p.payerId,
    (i) => [i, 'payerId'],
    {
      code: 'credentialing.policy.duplicate_payer' satisfies CredentialingIssueCode,
      message: 'must be unique: another policy has the same payer id',
    },
  );
});

/**
 * Looks up payer policies by id, falling back to the defaults for a payer without one.
 *
 * @example
 * ```ts
 * payerPolicyLookup([])('aetna').recredentialingMonths; //=> 36
 * ```
 */
export function payerPolicyLookup(
  policies: readonly PayerCredentialingPolicy[],
): (payerId: PayerId) => PayerCredentialingPolicy {
  const byId = new Map<string, PayerCredentialingPolicy>(policies.map((p) => [p.payerId, p]));
  return (payerId) => {
    let found = byId.get(payerId);
    if (found === undefined) {
      found = PayerCredentialingPolicy.parse({ payerId });
      byId.set(payerId, found);
    }
    return found;
  };
}

/**
 * The issue of a payer policy given for another payer's question (`path` is where the policy's payer id
 * sits in the call), or `undefined` when the policy is that payer's own: another payer's policy would
 * decide the payer on rules that are not its own.
 */
export function policyPayerMismatch(
  policyPayerId: unknown,
  payerId: unknown,
  path: readonly (string | number)[],
): ValidationIssue | undefined {
  if (typeof policyPayerId !== 'string' || typeof payerId !== 'string' || policyPayerId === payerId) {
    return undefined;
  }
  return {
    path,
    at: formatPath(path),
    code: 'credentialing.policy.payer_mismatch' satisfies CredentialingIssueCode,
    message: 'must be the payer id of the record or query it decides: a policy decides only its own payer',
  };
}

/**
 * Whether a payer id names Medicare (`medicare`, `medicare-ffs`, `noridian_medicare`, `MEDICARE`) or a
 * Medicare Administrative Contractor (`noridian`, `novitas`, `palmetto-gba`, `first-coast`, `ngs`, `cgs`,
 * `wps`): such a
 * payer with no policy is never guessed commercial (its program decides the retro window, the 2024
 * benefit and revalidation instead of recredentialing).
 */
export function namesMedicare(payerId: string): boolean {
  if (/medicare/i.test(payerId)) return true;
  const id = payerId.toLowerCase();
  const squeezed = id.replace(/[^a-z0-9]/g, '');
  if (MAC_NAMES.some((name) => squeezed.includes(name))) return true;
  return id.split(/[^a-z0-9]+/).some((token) => MAC_ABBREVIATIONS.has(token));
}

/**
 * The Medicare Administrative Contractors that process Part B claims, as practices name them in payer ids
 * (`noridian`, `novitas-jl`, `palmetto-gba`, `first-coast`, `ngs`, `cgs`, `wps`) [sources: cms-mac-list].
 * Long names match anywhere in the id; the three-letter abbreviations only as a whole word.
 */
const MAC_NAMES: readonly string[] = [
  'noridian',
  'novitas',
  'palmetto',
  'firstcoast',
  'nationalgovernmentservices',
];
const MAC_ABBREVIATIONS: ReadonlySet<string> = new Set(['fcso', 'ngs', 'cgs', 'wps']);

/**
 * Whether a policy is Medicare fee-for-service: `program: 'medicare'` revalidated on CMS's notice (a
 * Medicare program on a plan's cycle, `revalidationMonths: null`, is a Medicare Advantage plan).
 */
export function isMedicareFeeForService(policy: PayerCredentialingPolicy): boolean {
  return policy.program === 'medicare' && policy.revalidationMonths !== null;
}

/**
 * Whether a policy is a Medicaid payer that does not say whether it is the state agency (revalidated every 5
 * years) or a managed care plan (recredentialed): its renewal cycle is not guessed
 * [sources: cfr-42-455.414, cfr-42-438.214].
 */
export function isMedicaidRenewalUnknown(policy: PayerCredentialingPolicy): boolean {
  return policy.program === 'medicaid' && policy.medicaidDelivery === undefined;
}

/** Whether a policy pays Medicare's benefit: fee-for-service or a Medicare Advantage plan. */
export function paysMedicareBenefit(policy: PayerCredentialingPolicy): boolean {
  return policy.program === 'medicare' || policy.program === 'medicare_advantage';
}
