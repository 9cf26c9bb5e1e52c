import * as z from 'zod';
import { ClientId, LocalDate, NonNegativeCents, UsState } from '../../core/index.js';
import { idSchema } from '../../core/internal.js';
import type { IntakeValidationCode } from '../reason-codes.js';

/**
 * A provider or facility represented on a Good Faith Estimate, referred to by `ref` from its items.
 *
 * @example
 * ```ts
 * GoodFaithEstimateProvider.parse({ ref: 'dr-lee', name: 'Dr. Lee', npi: '1234567893', tin: '12-3456789',
 *   state: 'NY', location: '10 Main St, Albany NY' });
 * ```
 */
export const GoodFaithEstimateProvider = z.strictObject({
  ref: z.string().min(1).max(64),
  name: z.string().min(1).optional(),
  npi: z.string().optional(),
  /** Taxpayer identification number (a business TIN rather than an SSN, per APA). */
  tin: z.string().min(1).optional(),
  state: UsState.optional(),
  /** Office or facility location where the services are expected. */
  location: z.string().min(1).optional(),
});
export type GoodFaithEstimateProvider = z.infer<typeof GoodFaithEstimateProvider>;

/**
 * One expected item or service: codes, the charge per unit, and how many (sessions in a year).
 *
 * @example
 * ```ts
 * GoodFaithEstimateItem.parse({ providerRef: 'dr-lee', serviceCode: '90837', diagnosisCode: 'TBD',
 *   expectedChargeCents: 16_000, quantity: 40 });
 * ```
 */
export const GoodFaithEstimateItem = z.strictObject({
  providerRef: z.string().min(1).max(64),
  description: z.string().min(1).optional(),
  /** CPT/HCPCS code, e.g. `90837`. */
  serviceCode: z.string().min(1).optional(),
  /** ICD-10 code, or `TBD` pending evaluation (allowed by 149.610(c)). */
  diagnosisCode: z.string().min(1).optional(),
  expectedChargeCents: NonNegativeCents.optional(),
  quantity: z.number().int().min(1).default(1),
});
export type GoodFaithEstimateItem = z.infer<typeof GoodFaithEstimateItem>;

/**
 * The disclaimers a Good Faith Estimate states, each stated or not: that it is only an estimate; that
 * other services may be recommended; the right to dispute a bill; that a dispute does not affect care;
 * and `notAContract`: that the estimate is not a contract and does not require the client to obtain the
 * services from any provider or facility it lists (the CMS standard form states it, and it is the one most
 * often left off).
 *
 * @remarks [sources: cfr-45-149.610, nsa-gfe-model].
 * @example
 * ```ts
 * GoodFaithEstimateDisclaimers.parse({ estimateOnly: true });
 * //=> { estimateOnly: true, additionalServicesMayBeRecommended: false, rightToDispute: false,
 * //     disputeDoesNotAffectCare: false, notAContract: false }
 * ```
 */
export const GoodFaithEstimateDisclaimers = z.strictObject({
  estimateOnly: z.boolean().default(false),
  additionalServicesMayBeRecommended: z.boolean().default(false),
  rightToDispute: z.boolean().default(false),
  disputeDoesNotAffectCare: z.boolean().default(false),
  /** Not a contract; no duty to obtain the services from the providers listed. */
  notAContract: z.boolean().default(false),
});
export type GoodFaithEstimateDisclaimers = z.infer<typeof GoodFaithEstimateDisclaimers>;

const DateRange = z.strictObject({ from: LocalDate, to: LocalDate }).refine((r) => r.to >= r.from, {
  message: 'must not end before it starts',
  path: ['to'],
  params: { code: 'intake.gfe.range_out_of_order' satisfies IntakeValidationCode },
});

/**
 * A Good Faith Estimate as issued. Content fields are optional so a draft can be checked with
 * {@link evaluateGoodFaithEstimateContents}, which names what is missing.
 *
 * @example
 * ```ts
 * GoodFaithEstimate.parse({ id: 'gfe-1', clientId: 'c-1', serviceRange: { from: '2026-03-10', to: '2027-03-09' },
 *   expectedSessions: { expected: 40, upTo: 50 }, planVersion: 'weekly-90837' });
 * ```
 */
export const GoodFaithEstimate = z.strictObject({
  id: idSchema('GoodFaithEstimateId'),
  clientId: ClientId,
  patientName: z.string().min(1).optional(),
  patientBirthDate: LocalDate.optional(),
  primaryService: z.string().min(1).optional(),
  /** The scheduled date of the primary service, or `serviceRange` for recurring care. */
  serviceDate: LocalDate.optional(),
  serviceRange: DateRange.optional(),
  /**
   * `false` when the primary service is not scheduled yet (an estimate given on request): 149.610(c)(1)(ii) asks
   * for its date only "if applicable", so no date is then required. Absent, the date is required.
   */
  primaryServiceScheduled: z.boolean().optional(),
  items: z.array(GoodFaithEstimateItem).default([]),
  providers: z.array(GoodFaithEstimateProvider).default([]),
  /** Services expected to be scheduled separately; state an empty list when there are none. */
  separatelyScheduled: z.array(z.string().min(1)).optional(),
  disclaimers: GoodFaithEstimateDisclaimers.default({
    estimateOnly: false,
    additionalServicesMayBeRecommended: false,
    rightToDispute: false,
    disputeDoesNotAffectCare: false,
    notAContract: false,
  }),
  issuedOn: LocalDate.optional(),
  /** Recurring care: a realistic session count and its upper range [sources: apa-nsa-faq]. */
  expectedSessions: z
    .strictObject({ expected: z.number().int().min(1), upTo: z.number().int().min(1) })
    .refine((s) => s.expected <= s.upTo, {
      message: 'must not be above upTo',
      path: ['expected'],
      params: { code: 'intake.gfe.session_range_out_of_order' satisfies IntakeValidationCode },
    })
    .optional(),
  /** The plan of care the estimate was built on (any label that changes when the plan changes). */
  planVersion: z.string().min(1).max(128).optional(),
});
export type GoodFaithEstimate = z.infer<typeof GoodFaithEstimate>;
/**
 * What callers pass for a {@link GoodFaithEstimate}, before defaults apply.
 *
 * @example
 * ```ts
 * const estimate: GoodFaithEstimateInput = { id: 'gfe-1', clientId: 'c-1',
 *   items: [{ providerRef: 'dr-lee', expectedChargeCents: 15_000 }] };
 * ```
 */
export type GoodFaithEstimateInput = z.input<typeof GoodFaithEstimate>;
