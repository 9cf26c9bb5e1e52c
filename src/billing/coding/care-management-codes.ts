import * as z from 'zod';
import { type Decision, reason, validate } from '../../core/index.js';
import type { BillingReasonCode } from '../reason-codes.js';
import type { ServiceLine } from './service-code-selection.js';
import { SERVICE_CODE_CATALOG, type ServiceCode } from './service-codes.js';

/**
 * The kind of monthly behavioral health integration service: general BHI directed by a physician or other
 * qualified practitioner (99484), general BHI by a clinical psychologist or clinical social worker (G0323,
 * Medicare since 2024), or psychiatric collaborative care in its first calendar month (99492) or a later one
 * (99493).
 *
 * @example
 * ```ts
 * CareManagementKind.parse('collaborative_care_first_month'); //=> 'collaborative_care_first_month'
 * ```
 */
export const CareManagementKind = z.enum([
  'general_bhi',
  'general_bhi_psychologist_or_social_worker',
  'collaborative_care_first_month',
  'collaborative_care_later_month',
]);
export type CareManagementKind = z.infer<typeof CareManagementKind>;

/**
 * One client's care management in one calendar month: its kind and the minutes of care team time the month's
 * records add up to (the clinician records them; the library only codes them).
 *
 * @example
 * ```ts
 * CareManagementMonth.parse({ kind: 'general_bhi', minutes: 25 }); //=> { kind: 'general_bhi', minutes: 25 }
 * ```
 */
export const CareManagementMonth = z.strictObject({
  kind: CareManagementKind,
  minutes: z.number().int().min(0).max(3000),
});
export type CareManagementMonth = z.infer<typeof CareManagementMonth>;

/**
 * The codes chosen for a month of care management: `billable` with its lines, or `not_billable` (too few
 * minutes) with the reason.
 * @example
 * ```ts
 * const d: CareManagementSelectionDecision = selectCareManagementCodes({ kind: 'general_bhi', minutes: 20 });
 * // d.lines is [{ code: '99484', units: 1 }]
 * ```
 */
export type CareManagementSelectionDecision = Decision<
  'billable',
  'not_billable',
  BillingReasonCode,
  { readonly lines: readonly ServiceLine[] }
>;

const PRIMARY: { readonly [K in CareManagementKind]: ServiceCode } = {
  general_bhi: '99484',
  general_bhi_psychologist_or_social_worker: 'G0323',
  collaborative_care_first_month: '99492',
  collaborative_care_later_month: '99493',
};

// The minutes a collaborative care code stands for (its typical time), past which +99494 counts.
const COLLABORATIVE_CARE_MINUTES: Partial<Record<ServiceCode, number>> = { '99492': 70, '99493': 60 };

/** The catalog's minimum minutes of a banded code, or of a per-unit code's first unit. */
function minimumMinutes(code: ServiceCode): number {
  const time = SERVICE_CODE_CATALOG[code].time;
  // Stryker disable next-line all: every care management code is timed by construction
  return time.kind === 'band' ? time.minMinutes : time.kind === 'per_unit' ? time.firstUnitAtMinutes : 0;
}

/**
 * Chooses the monthly behavioral health integration codes for one client's calendar month by their time
 * rules: general BHI (99484, or G0323 for a clinical psychologist or clinical social worker) from 20 minutes;
 * collaborative care 99492 from 36 of its first 70 minutes, 99493 from 31 of its 60, and +99494 for each
 * further 30 minutes, the first from 16 minutes past the 70 or 60. Too few minutes are `not_billable`.
 *
 * @param input - the month (validated against {@link CareManagementMonth})
 * @returns the {@link CareManagementSelectionDecision}; its lines are one calendar month's
 * @throws {@link ValidationError} when the month fails its schema (every problem by path)
 * @remarks Codes, minutes and their midpoint rule [sources: cms-mln-bhi, ama-cpt]. General BHI and
 * collaborative care are not reported for the same month; the claim scrubber checks a claim's lines of one
 * calendar month together (`billedPer: 'calendar_month'`).
 * @example
 * ```ts
 * selectCareManagementCodes({ kind: 'collaborative_care_first_month', minutes: 100 });
 * //=> { outcome: 'billable', lines: [{ code: '99492', units: 1 }, { code: '99494', units: 1 }], reasons: [] }
 * selectCareManagementCodes({ kind: 'general_bhi', minutes: 19 });
 * //=> { outcome: 'not_billable', lines: [], reasons: [{ code: 'billing.codes.care_management_under_minimum', … }] }
 * ```
 */
export function selectCareManagementCodes(
  input: z.input<typeof CareManagementMonth>,
): CareManagementSelectionDecision {
  const month = validate(CareManagementMonth, input, 'care management month');
  const primary = PRIMARY[month.kind];
  const minimum = minimumMinutes(primary);
  if (month.minutes < minimum) {
    return {
      outcome: 'not_billable',
      lines: [],
      reasons: [
        reason(
          'billing.codes.care_management_under_minimum',
          'info',
          `Under ${minimum} minutes of care management in the month: ${primary} is not billable.`,
          { kind: month.kind, minutes: month.minutes, minimumMinutes: minimum, code: primary },
        ),
      ],
    };
  }
  const lines: ServiceLine[] = [{ code: primary, units: 1 }];
  const typical = COLLABORATIVE_CARE_MINUTES[primary];
  if (typical !== undefined) {
    const past = month.minutes - typical;
    const first = minimumMinutes('99494');
    const time = SERVICE_CODE_CATALOG['99494'].time;
    const per = time.kind === 'per_unit' ? time.minutesPerUnit : 30;
    if (past >= first) lines.push({ code: '99494', units: Math.floor((past - first) / per) + 1 });
  }
  return { outcome: 'billable', lines, reasons: [] };
}
