import * as z from 'zod';
import { PayerProfile } from '../../billing/index.js';
import { ClinicianId, PayerId } from '../../core/index.js';
import { ClinicianAvailabilityRule } from '../../scheduling/internal.js';
import { PracticePolicies } from '../data/practice-policies.js';

/**
 * A proposed change to one clinician's caseload caps or availability. A field left out keeps the
 * clinician's own; a cap of `null` removes it.
 *
 * @example
 * ```ts
 * ProposedClinicianLimits.parse({ clinicianId: 'clin-01', maxSessionsPerDay: 6 }).maxSessionsPerDay; //=> 6
 * ```
 */
export const ProposedClinicianLimits = z.strictObject({
  clinicianId: ClinicianId,
  maxSessionsPerDay: z.number().int().min(1).max(48).nullable().optional(),
  maxSessionsPerWeek: z.number().int().min(1).max(200).nullable().optional(),
  availability: z.array(ClinicianAvailabilityRule).optional(),
});
export type ProposedClinicianLimits = z.infer<typeof ProposedClinicianLimits>;
/**
 * A {@link ProposedClinicianLimits} as callers write it, before its defaults apply: each availability window's `modalities` may be left out.
 *
 * @example
 * ```ts
 * const limits: ProposedClinicianLimitsInput = { clinicianId: 'clin-01', maxSessionsPerDay: 6 };
 * ```
 */
export type ProposedClinicianLimitsInput = z.input<typeof ProposedClinicianLimits>;

/**
 * A proposed change to one payer's timely-filing windows.
 *
 * @example
 * ```ts
 * ProposedPayerFiling.parse({ payerId: 'aetna', filing: { initial: { amount: 180, unit: 'days' } } }).payerId; //=> 'aetna'
 * ```
 */
export const ProposedPayerFiling = z.strictObject({
  payerId: PayerId,
  filing: PayerProfile.shape.filing,
});
export type ProposedPayerFiling = z.infer<typeof ProposedPayerFiling>;

// A clinician or payer named twice would be replayed twice.
function onlyOnce<T>(idOf: (item: T) => string, field: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(idOf(item)))
        ctx.addIssue({ code: 'custom', path: [i, field], message: 'is named by an earlier entry' });
      seen.add(idOf(item));
    });
  };
}

/**
 * The policies a replay proposes: the practice's policies, and optionally caseload caps and availability
 * per clinician (`clinicianLimits`) and timely-filing windows per payer (`payerFiling`), which the data
 * file keeps on its clinicians and payers rather than in its policies.
 *
 * @example
 * ```ts
 * validate(ProposedPolicies, { clinicianLimits: [{ clinicianId: 'clin-01', maxSessionsPerWeek: 25 }] }, 'proposed policies').clinicianLimits?.length; //=> 1
 * ```
 */
export const ProposedPolicies = PracticePolicies.extend({
  clinicianLimits: z
    .array(ProposedClinicianLimits)
    .max(10_000)
    .superRefine(onlyOnce((l) => l.clinicianId, 'clinicianId'))
    .optional(),
  payerFiling: z
    .array(ProposedPayerFiling)
    .max(10_000)
    .superRefine(onlyOnce((p) => p.payerId, 'payerId'))
    .optional(),
});
export type ProposedPolicies = z.infer<typeof ProposedPolicies>;
/**
 * What callers pass for {@link ProposedPolicies}, before defaults apply.
 *
 * @example
 * ```ts
 * const proposed: ProposedPoliciesInput = { reminders: { hoursBefore: [24, 2] } };
 * ```
 */
export type ProposedPoliciesInput = z.input<typeof ProposedPolicies>;
