import * as z from 'zod';
import { type Decision, LocalDate, reason } from '../../core/index.js';
import { practitionerKinds, validateArguments } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';

/**
 * The type of the practitioner named on a Medicare claim as ordering or referring the service (a lab a
 * psychiatrist orders, such as a lithium level; a referral). `physician` covers MD and DO (and the dentists,
 * podiatrists and optometrists Medicare counts as physicians). `marriage_and_family_therapist` and
 * `mental_health_counselor` are professions Medicare pays from 2024 whose place on the ordering and referring
 * list the library does not know; `associate` (pre-licensed) and `registered_nurse` cannot order or refer.
 * The values are `PractitionerKind`'s (from the package root), spelled as in every module.
 *
 * @example
 * ```ts
 * OrderingPractitionerType.parse('nurse_practitioner'); //=> 'nurse_practitioner'
 * ```
 */
export const OrderingPractitionerType = practitionerKinds([
  'physician',
  'physician_assistant',
  'nurse_practitioner',
  'clinical_nurse_specialist',
  'certified_nurse_midwife',
  'clinical_psychologist',
  'clinical_social_worker',
  'marriage_and_family_therapist',
  'mental_health_counselor',
  'associate',
  'registered_nurse',
]);
export type OrderingPractitionerType = z.infer<typeof OrderingPractitionerType>;

/**
 * The ordering or referring practitioner's standing with Medicare on the date of service, as PECOS shows it:
 * `approved` (enrolled), `opted_out` (a valid opt-out), or `not_enrolled` (never enrolled, pending, denied,
 * deactivated or revoked).
 *
 * @example
 * ```ts
 * OrderingMedicareStanding.parse('opted_out'); //=> 'opted_out'
 * ```
 */
export const OrderingMedicareStanding = z.enum(['approved', 'opted_out', 'not_enrolled']);
export type OrderingMedicareStanding = z.infer<typeof OrderingMedicareStanding>;

/**
 * An ordered or referred service on a Medicare claim: its date of service, and the ordering or referring
 * practitioner's type and Medicare standing (each left out when not known).
 *
 * @example
 * ```ts
 * MedicareOrderingQuery.parse({ serviceDate: '2026-03-04', ordererType: 'physician', ordererStanding: 'approved' });
 * //=> the same object
 * ```
 */
export const MedicareOrderingQuery = z.strictObject({
  serviceDate: LocalDate,
  ordererType: OrderingPractitionerType.optional(),
  ordererStanding: OrderingMedicareStanding.optional(),
});
export type MedicareOrderingQuery = z.infer<typeof MedicareOrderingQuery>;

/**
 * The decision of {@link evaluateMedicareOrderingPractitioner}.
 * @example
 * ```ts
 * const d: MedicareOrderingDecision = evaluateMedicareOrderingPractitioner(
 *   { serviceDate: '2026-03-04', ordererType: 'physician', ordererStanding: 'approved' });
 * d.outcome; //=> 'eligible'
 * ```
 */
export type MedicareOrderingDecision = Decision<'eligible', 'refused' | 'undecided', BillingReasonCode>;

type OrderingEligibility = 'eligible' | 'not_eligible' | 'unconfirmed';

/** Whether Medicare lets a practitioner type order or refer (42 CFR 424.507(a)(1)(ii), CMS's list). */
function orderingEligibility(type: OrderingPractitionerType): OrderingEligibility {
  switch (type) {
    case 'physician':
    case 'physician_assistant':
    case 'nurse_practitioner':
    case 'clinical_nurse_specialist':
    case 'certified_nurse_midwife':
    case 'clinical_psychologist':
    case 'clinical_social_worker':
      return 'eligible';
    case 'marriage_and_family_therapist':
    case 'mental_health_counselor':
      return 'unconfirmed';
    case 'associate':
    case 'registered_nurse':
      return 'not_eligible';
    default: {
      const exhausted: never = type;
      return exhausted;
    }
  }
}

/**
 * Decides whether the practitioner who ordered or referred a service may be named on its Medicare claim: of a
 * type eligible to order or refer, and enrolled in Medicare in an approved status or validly opted out on the
 * date of service (42 CFR 424.507). Otherwise the claim is denied, so the billing side holds it.
 *
 * - an ineligible type (`associate`, `registered_nurse`): `refused` (`billing.ordering.type_not_eligible`);
 * - `not_enrolled`: `refused` (`billing.ordering.not_enrolled`);
 * - the standing not given: `undecided` (`billing.ordering.enrollment_unknown`: look the practitioner up
 *   in PECOS); the type not given, or a marriage and family therapist or mental health counselor, whose place
 *   on the list is not confirmed: `undecided` (`billing.ordering.type_unknown`).
 *
 * A refusal wins over an unknown: every reason found is given.
 *
 * @param query - the date of service and what is known of the ordering or referring practitioner
 * @throws {@link ValidationError} listing every problem of the query by path
 * @remarks 42 CFR 424.507 [sources: cfr-42-424.507]; CMS's ordering and referring page [sources: cms-ordering-referring].
 * @example
 * ```ts
 * evaluateMedicareOrderingPractitioner({ serviceDate: '2026-03-04', ordererType: 'physician', ordererStanding: 'opted_out' });
 * //=> { outcome: 'eligible', reasons: [{ code: 'billing.ordering.eligible', severity: 'info', … }] }
 * evaluateMedicareOrderingPractitioner({ serviceDate: '2026-03-04', ordererType: 'physician' });
 * //=> { outcome: 'undecided', reasons: [{ code: 'billing.ordering.enrollment_unknown', … }] }
 * ```
 */
export function evaluateMedicareOrderingPractitioner(query: MedicareOrderingQuery): MedicareOrderingDecision {
  const [q] = validateArguments([['query', MedicareOrderingQuery, query, 'Medicare ordering query']]);
  const facts = {
    serviceDate: q.serviceDate,
    ordererType: q.ordererType ?? null,
    ordererStanding: q.ordererStanding ?? null,
  };
  const eligibility = q.ordererType === undefined ? 'unconfirmed' : orderingEligibility(q.ordererType);
  const refusals = [
    ...(eligibility === 'not_eligible'
      ? [
          reason(
            'billing.ordering.type_not_eligible',
            'error',
            `A ${q.ordererType} cannot order or refer a service Medicare pays: the claim will be denied. Have the treating physician or practitioner order it.`,
            facts,
          ),
        ]
      : []),
    ...(q.ordererStanding === 'not_enrolled'
      ? [
          reason(
            'billing.ordering.not_enrolled',
            'error',
            'The ordering or referring practitioner is neither enrolled in Medicare nor opted out on the date of service: the claim will be denied. They must enroll (or opt out) before it is billed.',
            facts,
          ),
        ]
      : []),
  ];
  const [firstRefusal, ...moreRefusals] = refusals;
  const unknowns = [
    ...(eligibility === 'unconfirmed'
      ? [
          reason(
            'billing.ordering.type_unknown',
            'warning',
            q.ordererType === undefined
              ? 'The ordering or referring practitioner’s type is not given: whether Medicare lets them order or refer is not known.'
              : `Whether Medicare lets a ${q.ordererType} order or refer this service is not confirmed: check CMS’s ordering and referring list before billing.`,
            facts,
          ),
        ]
      : []),
    ...(q.ordererStanding === undefined
      ? [
          reason(
            'billing.ordering.enrollment_unknown',
            'warning',
            'Whether the ordering or referring practitioner was enrolled in Medicare or opted out on the date of service is not known: look them up in PECOS before billing.',
            facts,
          ),
        ]
      : []),
  ];
  if (firstRefusal !== undefined) {
    return { outcome: 'refused', reasons: [firstRefusal, ...moreRefusals, ...unknowns] };
  }
  const [firstUnknown, ...moreUnknowns] = unknowns;
  if (firstUnknown !== undefined) return { outcome: 'undecided', reasons: [firstUnknown, ...moreUnknowns] };
  return {
    outcome: 'eligible',
    reasons: [
      reason(
        'billing.ordering.eligible',
        'info',
        `The ordering or referring ${q.ordererType} is ${q.ordererStanding === 'opted_out' ? 'validly opted out of' : 'enrolled in'} Medicare on the date of service and of a type that may order or refer.`,
        facts,
      ),
    ],
  };
}
