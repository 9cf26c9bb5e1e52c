import * as z from 'zod';
import {
  type Decision,
  type InvalidRecord,
  isNonEmpty,
  PracticeOpsError,
  type Reason,
  reason,
  validate,
  validateBatch,
} from '../../core/index.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { EvaluationAndManagementCode, SERVICE_CODE_CATALOG, ServiceCode } from './service-codes.js';

/**
 * The kind of session, which picks the code family; the clinician records it, the library only codes it.
 *
 * @example
 * ```ts
 * BillableSessionKind.parse('individual_psychotherapy'); //=> 'individual_psychotherapy'
 * ```
 */
export const BillableSessionKind = z.enum([
  'diagnostic_evaluation',
  'diagnostic_evaluation_with_medical_services',
  'individual_psychotherapy',
  'psychotherapy_with_em',
  'family_psychotherapy_without_patient',
  'family_psychotherapy_with_patient',
  'group_psychotherapy',
  'crisis_psychotherapy',
]);
export type BillableSessionKind = z.infer<typeof BillableSessionKind>;

/**
 * What the library needs to code one session: its kind, the face-to-face minutes (video counts; charting
 * and phone time do not [sources: lcd-l35101]), whether interactive complexity was documented, and for
 * psychotherapy with E/M the E/M code the prescriber chose.
 *
 * @example
 * ```ts
 * BillableSession.parse({ kind: 'individual_psychotherapy', faceToFaceMinutes: 50 });
 * //=> { kind: 'individual_psychotherapy', faceToFaceMinutes: 50, interactiveComplexity: false }
 * ```
 */
export const BillableSession = z.strictObject({
  kind: BillableSessionKind,
  faceToFaceMinutes: z.number().int().min(0).max(1440),
  interactiveComplexity: z.boolean().default(false),
  emCode: EvaluationAndManagementCode.optional(),
  /**
   * A crisis billed to Medicare and furnished in person at a non-facility site other than the office (home
   * 12, assisted living 13, group home 14, nursing facility 32, custodial care 33) from 2024-01-01: coded
   * G0017/+G0018 instead of 90839/+90840 [sources: cms-psychotherapy-crisis]. The claim scrubber says when a
   * line needs them (`billing.scrub.medicare_crisis_site_code`).
   */
  medicareCrisisSite: z.boolean().optional(),
});
export type BillableSession = z.infer<typeof BillableSession>;
/**
 * A {@link BillableSession} as callers write it, before its defaults apply: `interactiveComplexity` may be left out (`false`).
 *
 * @example
 * ```ts
 * const session: BillableSessionInput = { kind: 'individual_psychotherapy', faceToFaceMinutes: 50 };
 * ```
 */
export type BillableSessionInput = z.input<typeof BillableSession>;

/**
 * One billed code with its units.
 *
 * @example
 * ```ts
 * ServiceLine.parse({ code: '90840', units: 2 }); //=> { code: '90840', units: 2 }
 * ```
 */
export const ServiceLine = z.strictObject({
  code: ServiceCode,
  units: z.number().int().min(1).max(99),
});
export type ServiceLine = z.infer<typeof ServiceLine>;

/**
 * The codes chosen for a session: `billable` with its lines, or why nothing (or not enough) is billable.
 * @example
 * ```ts
 * const s: ServiceCodeSelectionDecision = selectServiceCodes({ kind: 'group_psychotherapy', faceToFaceMinutes: 90 });
 * // s.outcome === 'billable' → s.lines is [{ code: '90853', units: 1 }]
 * ```
 */
export type ServiceCodeSelectionDecision = Decision<
  'billable',
  'not_billable' | 'undecided',
  BillingReasonCode,
  { readonly lines: readonly ServiceLine[] }
>;

type Selected = { lines: ServiceLine[]; reasons: Reason<BillingReasonCode>[] };

// m >= 53 → 90837; m >= 38 → 90834; m >= 16 → 90832; else none [sources: lcd-l35101].
// The bands come from the catalog, so the add-on family (90833/90836/90838) follows the same rule.
function timedPsychotherapyCode(
  minutes: number,
  codes: readonly [ServiceCode, ServiceCode, ServiceCode],
): ServiceCode | undefined {
  for (let i = codes.length - 1; i >= 0; i -= 1) {
    const code = codes[i] as ServiceCode;
    const time = SERVICE_CODE_CATALOG[code].time;
    if (time.kind === 'band' && minutes >= time.minMinutes) return code;
  }
  return undefined;
}

function under16(minutes: number): Reason<BillingReasonCode> {
  return reason(
    'billing.codes.under_16_minutes',
    'info',
    'Under 16 face-to-face minutes is not billable as psychotherapy.',
    { faceToFaceMinutes: minutes, minimumMinutes: 16 },
  );
}

function individual(minutes: number): Selected {
  const code = timedPsychotherapyCode(minutes, ['90832', '90834', '90837']);
  return code === undefined
    ? { lines: [], reasons: [under16(minutes)] }
    : { lines: [{ code, units: 1 }], reasons: [] };
}

/** +90840 (+G0018) units: the first at 75 minutes, one more per further 30 (75–104 → 1, 105–134 → 2, …). */
function crisisExtensionUnits(minutes: number, addOn: '90840' | 'G0018'): number {
  const time = SERVICE_CODE_CATALOG[addOn].time;
  // Stryker disable all: the check narrows the catalog entry's type; it is per_unit by construction
  /* c8 ignore next -- the catalog entry is per_unit by construction */
  if (time.kind !== 'per_unit') return 0;
  // Stryker restore all
  return minutes < time.firstUnitAtMinutes
    ? 0
    : Math.floor((minutes - time.firstUnitAtMinutes) / time.minutesPerUnit) + 1;
}

function crisis(minutes: number, medicareSite: boolean): Selected {
  // 90839 for 30–74 minutes, +90840 from 75 [sources: ama-cpt, lcd-l35101]; Medicare's G0017/+G0018 at a
  // site other than the office, on the same times [sources: cms-psychotherapy-crisis]. Under 30 minutes a timed
  // psychotherapy code is used instead (the CPT time rule: 24 crisis minutes are 90832
  // [sources: aapc-crisis-psychotherapy]).
  if (minutes < 30) {
    const fallback = individual(minutes);
    return {
      lines: fallback.lines,
      reasons: [
        reason(
          'billing.codes.crisis_under_30_minutes',
          'warning',
          'Crisis psychotherapy under 30 minutes is coded as timed psychotherapy instead of 90839.',
          { faceToFaceMinutes: minutes, minimumMinutes: 30 },
        ),
        ...fallback.reasons,
      ],
    };
  }
  const [primary, addOn] = medicareSite ? (['G0017', 'G0018'] as const) : (['90839', '90840'] as const);
  const extra = crisisExtensionUnits(minutes, addOn);
  const lines: ServiceLine[] = [{ code: primary, units: 1 }];
  if (extra > 0) lines.push({ code: addOn, units: extra });
  return { lines, reasons: [] };
}

function family(minutes: number, code: '90846' | '90847'): Selected {
  // Family psychotherapy needs at least 26 minutes [sources: ama-cpt].
  if (minutes >= 26) return { lines: [{ code, units: 1 }], reasons: [] };
  return {
    lines: [],
    reasons: [
      reason(
        'billing.codes.family_under_26_minutes',
        'info',
        'Family psychotherapy under 26 face-to-face minutes is not billable.',
        { faceToFaceMinutes: minutes, minimumMinutes: 26 },
      ),
    ],
  };
}

function withEm(minutes: number, emCode: EvaluationAndManagementCode): Selected {
  const addOn = timedPsychotherapyCode(minutes, ['90833', '90836', '90838']);
  const lines: ServiceLine[] = [{ code: emCode, units: 1 }];
  if (addOn === undefined) return { lines, reasons: [under16(minutes)] };
  lines.push({ code: addOn, units: 1 });
  return { lines, reasons: [] };
}

function untimed(code: ServiceCode): Selected {
  return { lines: [{ code, units: 1 }], reasons: [] };
}

function selectByKind(session: BillableSession, emCode: EvaluationAndManagementCode): Selected {
  const m = session.faceToFaceMinutes;
  switch (session.kind) {
    case 'diagnostic_evaluation':
      return untimed('90791');
    case 'diagnostic_evaluation_with_medical_services':
      return untimed('90792');
    case 'individual_psychotherapy':
      return individual(m);
    case 'psychotherapy_with_em':
      return withEm(m, emCode);
    case 'family_psychotherapy_without_patient':
      return family(m, '90846');
    case 'family_psychotherapy_with_patient':
      return family(m, '90847');
    case 'group_psychotherapy':
      return untimed('90853');
    case 'crisis_psychotherapy':
      return crisis(m, session.medicareCrisisSite === true);
    /* v8 ignore start: unreachable; the never check makes a new case fail the build */
    // Stryker disable next-line all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = session.kind;
      return exhausted;
    }
    /* v8 ignore stop */
  }
}

function addInteractiveComplexity(selected: Selected, kind: BillableSessionKind): Selected {
  // One session's lines never mix a primary code with one 90785 excludes (crisis, family), so the primary
  // is the whole test; the pairing property test holds the selection to the catalog's exclusions.
  const primaries = SERVICE_CODE_CATALOG['90785'].requiresOneOf;
  const allowed = selected.lines.some((l) => primaries.includes(l.code));
  if (allowed) return { lines: [...selected.lines, { code: '90785', units: 1 }], reasons: selected.reasons };
  return {
    lines: selected.lines,
    reasons: [
      ...selected.reasons,
      // Not with crisis or family codes, not with E/M alone [sources: lcd-l35101, aapc-90785].
      reason(
        'billing.codes.interactive_complexity_not_allowed',
        'warning',
        'Interactive complexity (90785) cannot be billed with this session, so it was left off.',
        { sessionKind: kind, codes: selected.lines.map((l) => l.code) },
      ),
    ],
  };
}

/**
 * Chooses the billable CPT codes and units for one session by the published time rules. Crisis
 * psychotherapy time counts per day, not per session: code a client's day with
 * {@link selectServiceCodesForDay}.
 *
 * Outcomes: `billable` with the lines (and informational reasons); `not_billable` with no lines when the
 * time is too short (e.g. under 16 minutes of psychotherapy); `undecided` when a fact is missing (the E/M
 * code of a psychotherapy-with-E/M session, which only the prescriber can choose).
 *
 * @param input - the session (validated against {@link BillableSession})
 * @returns the {@link ServiceCodeSelectionDecision}; its `lines` pass {@link evaluateServiceCodeSet}
 * @throws {@link ValidationError} when the session fails its schema (every problem by path)
 * @remarks Time bands: 90832 16–37, 90834 38–52, 90837 ≥ 53 [sources: lcd-l35101]; 90846/90847 ≥ 26;
 * 90839 30–74 and +90840 per 30 minutes from 75 [sources: ama-cpt], G0017/+G0018 on the same times for a
 * Medicare crisis at a site other than the office (`medicareCrisisSite`) [sources: cms-psychotherapy-crisis];
 * 90785 [sources: aapc-90785]. Monthly care management codes: {@link selectCareManagementCodes}.
 * @example
 * ```ts
 * selectServiceCodes({ kind: 'individual_psychotherapy', faceToFaceMinutes: 53 });
 * //=> { outcome: 'billable', lines: [{ code: '90837', units: 1 }], reasons: [] }
 * selectServiceCodes({ kind: 'crisis_psychotherapy', faceToFaceMinutes: 105 });
 * //=> { outcome: 'billable', lines: [{ code: '90839', units: 1 }, { code: '90840', units: 2 }], reasons: [] }
 * selectServiceCodes({ kind: 'individual_psychotherapy', faceToFaceMinutes: 15 });
 * //=> { outcome: 'not_billable', lines: [], reasons: [{ code: 'billing.codes.under_16_minutes', … }] }
 * ```
 */
export function selectServiceCodes(input: z.input<typeof BillableSession>): ServiceCodeSelectionDecision {
  return selectValid(validate(BillableSession, input, 'billable session'));
}

/**
 * The result of {@link selectServiceCodesBatch}: selections by input index, and invalid records by index.
 * @example
 * ```ts
 * selectServiceCodesBatch([]); //=> { selections: [], invalid: [] }
 * ```
 */
export interface ServiceCodeSelectionBatch {
  readonly selections: readonly {
    readonly index: number;
    readonly selection: ServiceCodeSelectionDecision;
  }[];
  readonly invalid: readonly InvalidRecord[];
}

/**
 * Codes many sessions; invalid sessions are reported by index and the rest are coded. Nothing is dropped:
 * `selections.length + invalid.length` equals the number of records. Each session is coded on its own:
 * to code one client's day, where crisis minutes add up, use {@link selectServiceCodesForDay}.
 *
 * @param records - sessions (untrusted)
 * @example
 * ```ts
 * selectServiceCodesBatch([{ kind: 'individual_psychotherapy', faceToFaceMinutes: 45 }, { kind: 'x' }]);
 * //=> { selections: [{ index: 0, selection: { outcome: 'billable', lines: [{ code: '90834', units: 1 }], … } }],
 * //     invalid: [{ index: 1, issues: [{ at: '$[1].kind', … }, { at: '$[1].faceToFaceMinutes', … }] }] }
 * ```
 */
export function selectServiceCodesBatch(records: Iterable<unknown>): ServiceCodeSelectionBatch {
  const checked = validateBatch(BillableSession, records);
  return {
    selections: checked.valid.map(({ index, value }) => ({ index, selection: selectValid(value) })),
    invalid: checked.invalid,
  };
}

/** {@link selectServiceCodes} on a session that has already passed its schema (internal, shared with the day's coding). */
export function selectValid(session: BillableSession): ServiceCodeSelectionDecision {
  if (session.faceToFaceMinutes === 0) {
    return {
      outcome: 'not_billable',
      lines: [],
      reasons: [
        reason('billing.codes.no_face_to_face_time', 'info', 'No face-to-face minutes were recorded.', {
          faceToFaceMinutes: 0,
        }),
      ],
    };
  }
  if (session.kind === 'psychotherapy_with_em' && session.emCode === undefined) {
    return {
      outcome: 'undecided',
      lines: [],
      reasons: [
        reason(
          'billing.codes.em_code_missing',
          'error',
          'The E/M code for this session must be chosen by the prescriber before it can be coded.',
          { sessionKind: session.kind, routeTo: 'prescriber' },
        ),
      ],
    };
  }
  let selected = selectByKind(session, session.emCode ?? '99212');
  if (session.interactiveComplexity && selected.lines.length > 0) {
    selected = addInteractiveComplexity(selected, session.kind);
  }
  const { lines, reasons } = selected;
  if (lines.length > 0) return { outcome: 'billable', lines, reasons };
  // Stryker disable all: unreachable, as below; the check gives the type its non-empty reasons
  /* c8 ignore next -- every empty selection above carries its reason */
  if (!isNonEmpty(reasons))
    throw new PracticeOpsError('billing.codes.unreachable', 'An empty selection must carry a reason.');
  // Stryker restore all
  return { outcome: 'not_billable', lines, reasons };
}
