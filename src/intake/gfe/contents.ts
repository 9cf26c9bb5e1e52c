import { type Decision, isNonEmpty, isValidNpi, type Reason, reason, validate } from '../../core/index.js';
import { sortReasons } from '../../core/internal.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import { GoodFaithEstimate, GoodFaithEstimateDisclaimers, type GoodFaithEstimateInput } from './estimate.js';

/**
 * Whether an estimate has every element the rule lists: `complete`, or `incomplete` naming each gap.
 *
 * @example
 * ```ts
 * const d: GoodFaithEstimateContentsDecision = evaluateGoodFaithEstimateContents(estimate);
 * d.outcome; //=> 'complete'
 * ```
 */
export type GoodFaithEstimateContentsDecision = Decision<
  'complete',
  'incomplete',
  IntakeReasonCode,
  { readonly estimateId: string }
>;

// Every disclaimer the schema knows: a new one cannot be added without being checked.
const DISCLAIMERS = Object.keys(
  GoodFaithEstimateDisclaimers.shape,
) as readonly (keyof GoodFaithEstimateDisclaimers)[];

/**
 * Checks a Good Faith Estimate's contents against 45 CFR 149.610(c): patient name and date of birth;
 * the primary service and its date (or date range); itemized services each with a service code, a
 * diagnosis code (or `TBD`) and an expected charge; each provider's name, NPI, TIN, state and location;
 * the list of separately scheduled services (even if empty); and the disclaimers: an estimate only, other
 * services may be recommended, the right to dispute, a dispute does not affect care, and that the estimate
 * is not a contract and does not require the client to obtain the services from the providers listed (the
 * CMS standard form's disclaimer).
 *
 * @throws {@link ValidationError} when the estimate does not match its schema.
 * @remarks Field list and disclaimers [sources: cfr-45-149.610, nsa-gfe-model]; NPI check digit per core
 * `isValidNpi` [sources: cms-npi-check-digit].
 * @example
 * ```ts
 * evaluateGoodFaithEstimateContents({ id: 'gfe-1', clientId: 'c-1', patientName: 'A. Client' });
 * //=> { outcome: 'incomplete',
 * //     reasons: [{ code: 'intake.gfe.missing_disclaimer', facts: { field: 'disclaimers.additionalServicesMayBeRecommended' } }, …] }
 * ```
 */
export function evaluateGoodFaithEstimateContents(
  estimate: GoodFaithEstimateInput,
): GoodFaithEstimateContentsDecision {
  const g = validate(GoodFaithEstimate, estimate, 'good faith estimate');
  const reasons: Reason<IntakeReasonCode>[] = [];
  const missing = (field: string) =>
    reasons.push(reason('intake.gfe.missing_field', 'error', `The estimate lacks ${field}.`, { field }));
  if (g.patientName === undefined) missing('patientName');
  if (g.patientBirthDate === undefined) missing('patientBirthDate');
  if (g.primaryService === undefined) missing('primaryService');
  // The date only "if applicable" (149.610(c)(1)(ii)): an estimate on request for a service not yet scheduled
  // has none to give [sources: cfr-45-149.610].
  const dateApplies = g.primaryServiceScheduled !== false;
  if (dateApplies && g.serviceDate === undefined && g.serviceRange === undefined) missing('serviceDate');
  if (g.items.length === 0) missing('items');
  if (g.providers.length === 0) missing('providers');
  if (g.separatelyScheduled === undefined) missing('separatelyScheduled');
  const refs = new Set(g.providers.map((p) => p.ref));
  g.items.forEach((item, i) => {
    if (item.description === undefined) missing(`items[${i}].description`);
    if (item.serviceCode === undefined) missing(`items[${i}].serviceCode`);
    if (item.diagnosisCode === undefined) missing(`items[${i}].diagnosisCode`);
    if (item.expectedChargeCents === undefined) missing(`items[${i}].expectedChargeCents`);
    if (!refs.has(item.providerRef)) {
      reasons.push(
        reason(
          'intake.gfe.item_unknown_provider',
          'error',
          'An item names a provider the estimate does not list.',
          {
            field: `items[${i}].providerRef`,
          },
        ),
      );
    }
  });
  g.providers.forEach((p, i) => {
    if (p.name === undefined) missing(`providers[${i}].name`);
    if (p.npi === undefined) missing(`providers[${i}].npi`);
    else if (!isValidNpi(p.npi)) {
      reasons.push(
        reason('intake.gfe.invalid_npi', 'error', 'A provider NPI fails its check digit.', {
          field: `providers[${i}].npi`,
        }),
      );
    }
    if (p.tin === undefined) missing(`providers[${i}].tin`);
    if (p.state === undefined) missing(`providers[${i}].state`);
    if (p.location === undefined) missing(`providers[${i}].location`);
  });
  for (const d of DISCLAIMERS) {
    if (!g.disclaimers[d]) {
      reasons.push(
        reason('intake.gfe.missing_disclaimer', 'error', `The estimate lacks the ${d} disclaimer.`, {
          field: `disclaimers.${d}`,
        }),
      );
    }
  }
  const sorted = sortReasons(reasons);
  if (isNonEmpty(sorted)) return { outcome: 'incomplete', reasons: sorted, estimateId: g.id };
  return {
    outcome: 'complete',
    reasons: [reason('intake.gfe.contents_complete', 'info', 'Every element of 149.610(c) is present.', {})],
    estimateId: g.id,
  };
}
