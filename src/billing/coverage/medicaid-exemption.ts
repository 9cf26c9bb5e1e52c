import * as z from 'zod';
import type { LocalDate, Reason } from '../../core/index.js';
import { reason } from '../../core/index.js';
import type { BillingReasonCode } from '../reason-codes.js';

/**
 * One exemption from Medicaid premiums and cost sharing under 42 CFR 447.56(a) that holds for a session: a
 * group the client is in on the date of service, or a kind of service that is always exempt.
 *
 * Groups (447.56(a)(1)): `child_exempt_group` (a child in a group the state may not charge: under 18 in the
 * mandatory groups, or up to 21 where the state chose; a birth date under 18 says so by itself),
 * `foster_care_or_adoption_assistance`, `pregnant_or_postpartum` (through the postpartum period),
 * `institutionalized` (in an institution, spending their income on the cost of care), `hospice`,
 * `indian_health_care_provider` (an American Indian or Alaska Native who is receiving or has ever received an
 * item or service from an Indian health care provider or through its referral), `breast_cervical_cancer_program`.
 * Services (447.56(a)(2)): `emergency_service`, `family_planning_service`, `pregnancy_related_service`,
 * `child_preventive_service` (preventive care of a child under 18), `provider_preventable_service`.
 *
 * @remarks [sources: cfr-42-447.56, fr-89-22780]
 * @example
 * ```ts
 * MedicaidCostSharingExemption.parse('hospice'); //=> 'hospice'
 * ```
 */
export const MedicaidCostSharingExemption = z.enum([
  'child_exempt_group',
  'foster_care_or_adoption_assistance',
  'pregnant_or_postpartum',
  'institutionalized',
  'hospice',
  'indian_health_care_provider',
  'breast_cervical_cancer_program',
  'emergency_service',
  'family_planning_service',
  'pregnancy_related_service',
  'child_preventive_service',
  'provider_preventable_service',
]);
export type MedicaidCostSharingExemption = z.infer<typeof MedicaidCostSharingExemption>;

/**
 * The first date of service on which a pregnant or postpartum Medicaid client owes no cost sharing for any
 * service: the 2024 eligibility and enrollment final rule (89 FR 22780, effective June 3, 2024) removed the
 * state option to charge them for services the state plan names as not pregnancy-related. Before it, only
 * pregnancy-related services were always exempt [sources: fr-89-22780, cfr-42-447.56].
 * @example
 * ```ts
 * MEDICAID_PREGNANCY_ALL_SERVICES_EXEMPT_FROM; //=> '2024-06-03'
 * ```
 */
export const MEDICAID_PREGNANCY_ALL_SERVICES_EXEMPT_FROM: LocalDate = '2024-06-03';

/** Age below which a child in the mandatory groups may be charged nothing (42 CFR 447.56(a)(1)(i)). */
const CHILD_EXEMPT_BELOW_AGE = 18;

/** Whole years from a birth date to a date (YYYY-MM-DD, compared as text); a birth on February 29 turns a year older on March 1 in a common year. */
export function ageOn(birthDate: LocalDate, day: LocalDate): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** What 42 CFR 447.56(a) makes of a Medicaid session's cost sharing (internal). */
export type MedicaidExemptionFinding =
  | { readonly kind: 'exempt'; readonly reason: Reason<BillingReasonCode> }
  | { readonly kind: 'undecided'; readonly reason: Reason<BillingReasonCode> }
  | { readonly kind: 'not_exempt' };

/**
 * Whether a Medicaid client owes none of a session's cost sharing under 42 CFR 447.56(a)
 * [sources: cfr-42-447.56, fr-89-22780]: an exemption listed for the session, or a birth date under 18 on the
 * date of service, holds it all off the client; a pregnancy listed before 2024-06-03 exempts only a
 * pregnancy-related service, so without one listed it is `undecided`; no list at all (the exemptions were not
 * checked) is `undecided`, since any of them could hold. Internal.
 */
export function medicaidExemptionOf(
  birthDate: LocalDate | undefined,
  dateOfService: LocalDate,
  listed: readonly MedicaidCostSharingExemption[] | undefined,
  heldCents: number,
  payerKind: string,
): MedicaidExemptionFinding {
  const age = birthDate === undefined ? null : ageOn(birthDate, dateOfService);
  const held: MedicaidCostSharingExemption[] = [];
  if (age !== null && age < CHILD_EXEMPT_BELOW_AGE) held.push('child_exempt_group');
  let pregnancyBeforeRule = false;
  for (const x of listed ?? []) {
    if (held.includes(x)) continue;
    if (x === 'pregnant_or_postpartum' && dateOfService < MEDICAID_PREGNANCY_ALL_SERVICES_EXEMPT_FROM) {
      pregnancyBeforeRule = true;
      continue;
    }
    held.push(x);
  }
  const facts = { payerKind, dateOfService, age, costSharingCents: heldCents };
  if (held.length > 0) {
    return {
      kind: 'exempt',
      reason: reason(
        'billing.estimate.medicaid_cost_sharing_exempt',
        'info',
        'The client is exempt from Medicaid cost sharing for this session (42 CFR 447.56(a)): none of the plan’s copayment, deductible or coinsurance is theirs.',
        { ...facts, exemptions: held },
      ),
    };
  }
  if (pregnancyBeforeRule) {
    return {
      kind: 'undecided',
      reason: reason(
        'billing.estimate.medicaid_pregnancy_service_unknown',
        'warning',
        'The client is pregnant or postpartum, and before 2024-06-03 a state could charge them only for services its plan names as not pregnancy-related: check with the state whether this session is pregnancy-related before estimating.',
        { ...facts, allServicesExemptFrom: MEDICAID_PREGNANCY_ALL_SERVICES_EXEMPT_FROM },
      ),
    };
  }
  if (listed === undefined) {
    return {
      kind: 'undecided',
      reason: reason(
        'billing.estimate.medicaid_exemption_unknown',
        'warning',
        'A Medicaid client owes no cost sharing when an exemption of 42 CFR 447.56(a) holds (a child, pregnancy or postpartum, hospice, an institution, an American Indian or Alaska Native served by an Indian health care provider, the breast and cervical cancer program, emergency or family planning services…), and whether one holds for this session is not known: check them (an empty list says none holds) before estimating.',
        facts,
      ),
    };
  }
  return { kind: 'not_exempt' };
}
