import * as z from 'zod';
import {
  addMonths,
  type Decision,
  isNonEmpty,
  LocalDate,
  type NonEmptyArray,
  reason,
} from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { SchedulingPayerClass } from '../appointments/payer-class.js';
import { SessionModalityKind } from '../appointments/session-modality.js';
import type { SchedulingReason, SchedulingReasonCode } from '../reason-codes.js';

/**
 * The first session date on which Medicare's in-person visit requirement for mental-health telehealth is
 * enforced, as the law stands on 2026-12-06: 2028-01-01 (Congress has moved the date several times; the
 * telehealth flexibilities run through 2027-12-31) [sources: hr-7148-caa-2026].
 *
 * @remarks The date is data, not a rule: set `requiredFrom` in {@link MedicareTelehealthInPersonPolicy}
 * when Congress moves it again [sources: usc-42-1395m, cfr-42-410.78, hhs-telehealth-policy-updates].
 * @example
 * ```ts
 * DEFAULT_MEDICARE_IN_PERSON_REQUIRED_FROM; //=> '2028-01-01'
 * ```
 */
export const DEFAULT_MEDICARE_IN_PERSON_REQUIRED_FROM: LocalDate = '2028-01-01';

/**
 * When Medicare's in-person visit requirement for mental-health telehealth applies, as data.
 *
 * @example
 * ```ts
 * MedicareTelehealthInPersonPolicy.parse({}); //=> { requiredFrom: '2028-01-01' }
 * MedicareTelehealthInPersonPolicy.parse({ requiredFrom: null }); //=> { requiredFrom: null } (not known)
 * ```
 */
export const MedicareTelehealthInPersonPolicy = z.strictObject({
  /**
   * The first session date (the clinician's calendar) the requirement is enforced on; sessions before it
   * are not checked. Default {@link DEFAULT_MEDICARE_IN_PERSON_REQUIRED_FROM}. `null` when nobody knows the
   * date (a law lapsed, or a new one is awaited): a session no visit covers is then `undecided`
   * (`scheduling.telehealth.medicare_in_person_enforcement_unknown`), never taken as not needed.
   */
  requiredFrom: LocalDate.nullable().default(DEFAULT_MEDICARE_IN_PERSON_REQUIRED_FROM),
});
export type MedicareTelehealthInPersonPolicy = z.infer<typeof MedicareTelehealthInPersonPolicy>;
/**
 * What callers pass for a {@link MedicareTelehealthInPersonPolicy}, before defaults apply.
 *
 * @example
 * ```ts
 * const policy: MedicareTelehealthInPersonPolicyInput = { requiredFrom: '2028-01-01' };
 * ```
 */
export type MedicareTelehealthInPersonPolicyInput = z.input<typeof MedicareTelehealthInPersonPolicy>;

/**
 * Why an in-person visit that might cover a telehealth session cannot be counted without a person:
 * `colleague_specialty_unconfirmed` (a visit with another clinician of the group, which counts only when
 * that clinician has the same Medicare specialty and subspecialty), `outcome_not_recorded` (a visit whose
 * day has come and gone with no outcome on record: it may not have taken place) or `planned` (a visit booked
 * before the session and still to come: it counts once held).
 *
 * @example
 * ```ts
 * MedicareInPersonPendingReason.parse('planned'); //=> 'planned'
 * ```
 */
export const MedicareInPersonPendingReason = z.enum([
  'colleague_specialty_unconfirmed',
  'outcome_not_recorded',
  'planned',
]);
export type MedicareInPersonPendingReason = z.infer<typeof MedicareInPersonPendingReason>;

/**
 * An in-person visit a person must confirm before it counts, with its date and why
 * ({@link MedicareInPersonPendingReason}).
 *
 * @example
 * ```ts
 * MedicareInPersonPendingVisit.parse({ date: '2028-02-10', pending: 'colleague_specialty_unconfirmed' });
 * ```
 */
export const MedicareInPersonPendingVisit = z.strictObject({
  date: LocalDate,
  pending: MedicareInPersonPendingReason,
});
export type MedicareInPersonPendingVisit = z.infer<typeof MedicareInPersonPendingVisit>;

/**
 * One mental-health session to check, with the client's history the requirement reads.
 *
 * @example
 * ```ts
 * MedicareTelehealthSession.parse({ payerClasses: ['medicare'], modality: 'telehealth', sessionDate: '2028-03-01',
 *   inPersonDates: ['2027-11-15'], telehealthDates: [] });
 * ```
 */
export const MedicareTelehealthSession = z.strictObject({
  /** The client's coverage classes; empty when not recorded (then the answer is `undecided`). */
  payerClasses: z.array(SchedulingPayerClass),
  modality: SessionModalityKind,
  /** The session's date. */
  sessionDate: LocalDate,
  /**
   * Dates of the client's in-person (not telehealth) sessions held with the same clinician, or with one
   * confirmed to have the same specialty and subspecialty in the same group; any order, later dates ignored.
   */
  inPersonDates: z.array(LocalDate),
  /**
   * Dates of the client's other mental-health telehealth sessions with this clinician, any order: they date
   * the first one. The law counts from the first time this clinician furnishes one, so a client seen by
   * telehealth by a colleague still needs the visit before this clinician's first (since 2026-12-06).
   */
  telehealthDates: z.array(LocalDate),
  /**
   * In-person visits that might cover the session but need a person first (a colleague whose specialty is
   * not confirmed, an outcome never recorded, a visit still to come): when only these fall in the window,
   * the answer is `undecided`, never `satisfied`. Default none.
   */
  pendingInPersonVisits: z.array(MedicareInPersonPendingVisit).default([]),
  /**
   * `true` when the session treats a diagnosed substance use disorder (or a co-occurring mental-health
   * disorder): the requirement does not apply. Left out, the session is taken to be for a mental-health
   * disorder, so the requirement is checked.
   */
  substanceUseDisorderTreatment: z.boolean().optional(),
  /**
   * Where the client is: `false` when not at home (a clinic or other originating site), where the
   * requirement does not apply. Left out, the client is taken to be at home, the usual case for therapy by
   * telehealth, so the requirement is checked.
   */
  clientAtHome: z.boolean().optional(),
  /**
   * The date the clinician and client documented in the record that the risks and burdens of an
   * in-person visit outweigh its benefits: it stands in for the every-12-months visit for the 12 months
   * after it, never for the visit before the first telehealth session.
   */
  exceptionDocumentedOn: LocalDate.optional(),
});
export type MedicareTelehealthSession = z.infer<typeof MedicareTelehealthSession>;
/**
 * What callers pass for a {@link MedicareTelehealthSession}.
 *
 * @example
 * ```ts
 * const session: MedicareTelehealthSessionInput = { payerClasses: ['commercial'], modality: 'telehealth',
 *   sessionDate: '2028-03-01', inPersonDates: [], telehealthDates: [] };
 * ```
 */
export type MedicareTelehealthSessionInput = z.input<typeof MedicareTelehealthSession>;

/**
 * The answer of {@link evaluateMedicareTelehealthInPerson}: `satisfied` (an in-person visit, or a documented
 * exception, covers the session), `not_applicable` (not telehealth, not Medicare, not at home, or before the
 * date), `in_person_needed` (Medicare will not pay the session as telehealth without one), or `undecided`
 * (coverage not recorded, a visit a person must confirm, or an enforcement date nobody knows: `requiredFrom`
 * is then `null`).
 *
 * @example
 * ```ts
 * const d: MedicareTelehealthInPersonDecision = evaluateMedicareTelehealthInPerson(session, {});
 * d.outcome; //=> 'in_person_needed'
 * ```
 */
export type MedicareTelehealthInPersonDecision = Decision<
  'satisfied' | 'not_applicable',
  'in_person_needed' | 'undecided',
  SchedulingReasonCode,
  { readonly requiredFrom: LocalDate | null }
>;

const PENDING: Record<MedicareInPersonPendingReason, { code: SchedulingReasonCode; message: string }> = {
  colleague_specialty_unconfirmed: {
    code: 'scheduling.telehealth.medicare_in_person_colleague_unconfirmed',
    message:
      'The in-person visit in the window was with another clinician of the group: it counts only if they have the same Medicare specialty and subspecialty as this clinician. A person confirms it.',
  },
  outcome_not_recorded: {
    code: 'scheduling.telehealth.medicare_in_person_outcome_unrecorded',
    message:
      'The in-person visit in the window has no outcome on record: record whether it took place; it counts only if it did.',
  },
  planned: {
    code: 'scheduling.telehealth.medicare_in_person_planned',
    message:
      'The in-person visit in the window is still to come: it counts once held; if it does not take place, this session needs another.',
  },
};

function pendingReason(
  kind: MedicareInPersonPendingReason,
  date: LocalDate,
  windowFrom: LocalDate,
  window: 'before_first' | 'annual',
  sessionDate: LocalDate,
): SchedulingReason {
  const { code, message } = PENDING[kind];
  return reason(code, 'warning', message, { inPersonOn: date, sessionDate, windowFrom, window });
}

/** The latest date of `dates` on or before `on` and on or after `from`, or undefined. */
function latestIn(dates: readonly LocalDate[], from: LocalDate, on: LocalDate): LocalDate | undefined {
  let best: LocalDate | undefined;
  for (const d of dates) if (d >= from && d <= on && (best === undefined || d > best)) best = d;
  return best;
}

/**
 * Checks Medicare's in-person visit requirement for a mental-health session by telehealth with the client
 * at home: an in-person (not telehealth) visit with the clinician within the 6 months before the client's
 * first such telehealth session, and one within the 12 months before each later one
 * [sources: usc-42-1395m, cfr-42-410.78]. Enforced only for sessions on or after the policy's
 * `requiredFrom` (default 2028-01-01: Congress has moved the date several times, so it is data
 * [sources: hhs-telehealth-policy-updates]).
 *
 * - In person, or the client not at home (`clientAtHome: false`), or a date before `requiredFrom`:
 *   `not_applicable`. Coverage not recorded (empty `payerClasses`): `undecided`. No `medicare` class:
 *   `not_applicable`. A session treating a substance use disorder (`substanceUseDisorderTreatment`):
 *   `not_applicable` (the law exempts it).
 * - The client's first telehealth session with this clinician (the earliest of `telehealthDates` and this
 *   session: the law counts from the first time this clinician furnishes one, not the client's first with
 *   anyone) on or after `requiredFrom` needs an in-person visit on one of the 6 months before it (same day
 *   counts): from `addMonths(first, -6)`. A client whose telehealth with the clinician began before
 *   `requiredFrom` is not asked for that one.
 * - Every session after the first needs an in-person visit in the 12 months before it (from
 *   `addMonths(session, -12)`, the session's own day included), or an exception documented in those
 *   12 months.
 * - With no counted visit (or exception) in the window, a visit of `pendingInPersonVisits` in it makes the
 *   answer `undecided`, one reason per kind (a colleague's visit whose specialty is not confirmed, a visit
 *   with no recorded outcome, a visit still to come): a person confirms it; it is never counted on a guess.
 *
 * - With `requiredFrom: null` (nobody knows the enforcement date), a session no visit covers is `undecided`
 *   with `scheduling.telehealth.medicare_in_person_enforcement_unknown` before the reasons it would have had.
 *
 * Months are calendar months (a visit on 31 August covers a first session up to 28 February).
 *
 * @throws {@link ValidationError} when the session or policy is invalid.
 * @remarks An in-person visit by another clinician of the same specialty and subspecialty in the same
 * group counts: pass it in `inPersonDates` when that is confirmed, else in `pendingInPersonVisits` as
 * `colleague_specialty_unconfirmed`. Medicare Advantage plans may pay
 * telehealth more widely; a `medicare` class is read as traditional Medicare (the side that asks).
 * @example
 * ```ts
 * evaluateMedicareTelehealthInPerson({ payerClasses: ['medicare'], modality: 'telehealth',
 *   sessionDate: '2028-03-01', inPersonDates: [], telehealthDates: [] }, {});
 * //=> { outcome: 'in_person_needed', requiredFrom: '2028-01-01',
 * //     reasons: [{ code: 'scheduling.telehealth.medicare_in_person_needed_before_first', … }] }
 * ```
 */
export function evaluateMedicareTelehealthInPerson(
  sessionInput: MedicareTelehealthSessionInput,
  policyInput: MedicareTelehealthInPersonPolicyInput,
): MedicareTelehealthInPersonDecision {
  // Both arguments' problems at once, each under its parameter's name (`$.session.sessionDate`).
  const [s, { requiredFrom }] = validateArguments([
    ['session', MedicareTelehealthSession, sessionInput, 'Medicare telehealth session'],
    ['policy', MedicareTelehealthInPersonPolicy, policyInput, 'Medicare telehealth in-person policy'],
  ]);
  const decision = decideInPerson(s, requiredFrom);
  if (requiredFrom !== null || (decision.outcome !== 'in_person_needed' && decision.outcome !== 'undecided'))
    return decision;
  // With no known enforcement date, a session no visit covers may or may not be paid as telehealth: never
  // read that as "not needed" (nor as "needed": the requirement may not be in force).
  return {
    outcome: 'undecided',
    requiredFrom,
    reasons: [
      reason(
        'scheduling.telehealth.medicare_in_person_enforcement_unknown',
        'warning',
        'The date Medicare enforces its in-person visit from is not known, and no visit covers this session: whether Medicare pays it as telehealth cannot be told. Book the visit to be safe, or set the date when it is known.',
        { sessionDate: s.sessionDate },
      ),
      ...decision.reasons,
    ],
  };
}

function decideInPerson(
  s: MedicareTelehealthSession,
  requiredFrom: LocalDate | null,
): MedicareTelehealthInPersonDecision {
  const notApplicable = (r: SchedulingReason): MedicareTelehealthInPersonDecision => ({
    outcome: 'not_applicable',
    requiredFrom,
    reasons: [r],
  });
  if (s.modality !== 'telehealth') {
    return notApplicable(
      reason(
        'scheduling.telehealth.medicare_in_person_not_telehealth',
        'info',
        'The session is in person: nothing to check.',
        {},
      ),
    );
  }
  if (requiredFrom !== null && s.sessionDate < requiredFrom) {
    return notApplicable(
      reason(
        'scheduling.telehealth.medicare_in_person_not_in_force',
        'info',
        'The in-person visit requirement is not enforced yet on the session date.',
        { sessionDate: s.sessionDate, requiredFrom },
      ),
    );
  }
  if (s.payerClasses.length === 0) {
    return {
      outcome: 'undecided',
      requiredFrom,
      reasons: [
        reason(
          'scheduling.telehealth.medicare_in_person_coverage_unknown',
          'warning',
          'The client’s coverage is not recorded: whether Medicare asks for an in-person visit cannot be checked.',
          { sessionDate: s.sessionDate },
        ),
      ],
    };
  }
  if (!s.payerClasses.includes('medicare')) {
    return notApplicable(
      reason(
        'scheduling.telehealth.medicare_in_person_not_medicare',
        'info',
        'The client has no Medicare coverage.',
        {
          payerClasses: [...s.payerClasses],
        },
      ),
    );
  }
  if (s.clientAtHome === false) {
    return notApplicable(
      reason(
        'scheduling.telehealth.medicare_in_person_not_at_home',
        'info',
        'The client is not at home for the session: the requirement is for telehealth to the home.',
        {},
      ),
    );
  }
  if (s.substanceUseDisorderTreatment === true) {
    return notApplicable(
      reason(
        'scheduling.telehealth.medicare_in_person_sud_exempt',
        'info',
        'The session treats a substance use disorder (or a co-occurring mental-health disorder): Medicare does not ask for the in-person visit.',
        {},
      ),
    );
  }
  let first = s.sessionDate;
  for (const d of s.telehealthDates) if (d < first) first = d;
  // Visits a person must confirm: only when no counted visit (or exception) covers the session.
  const pending = (
    from: LocalDate,
    window: 'before_first' | 'annual',
  ): MedicareTelehealthInPersonDecision | undefined => {
    const latest = new Map<MedicareInPersonPendingReason, LocalDate>();
    for (const v of s.pendingInPersonVisits) {
      const seen = latest.get(v.pending);
      if (v.date >= from && v.date <= s.sessionDate && (seen === undefined || v.date > seen))
        latest.set(v.pending, v.date);
    }
    const out: SchedulingReason[] = [];
    for (const kind of MedicareInPersonPendingReason.options) {
      const date = latest.get(kind);
      if (date !== undefined) out.push(pendingReason(kind, date, from, window, s.sessionDate));
    }
    return isNonEmpty(out) ? { outcome: 'undecided', requiredFrom, reasons: out } : undefined;
  };
  const needed = (r: SchedulingReason): MedicareTelehealthInPersonDecision => ({
    outcome: 'in_person_needed',
    requiredFrom,
    reasons: [r] as NonEmptyArray<SchedulingReason>,
  });
  const satisfied = (r: SchedulingReason): MedicareTelehealthInPersonDecision => ({
    outcome: 'satisfied',
    requiredFrom,
    reasons: [r],
  });
  const onRecord = (visit: LocalDate, window: string) =>
    satisfied(
      reason(
        'scheduling.telehealth.medicare_in_person_on_record',
        'info',
        `An in-person visit in the ${window} is on record.`,
        { inPersonOn: visit, coversThrough: addMonths(visit, 12) },
      ),
    );
  if (first === s.sessionDate && (requiredFrom === null || first >= requiredFrom)) {
    const from = addMonths(first, -6);
    const visit = latestIn(s.inPersonDates, from, first);
    if (visit === undefined) {
      const unconfirmed = pending(from, 'before_first');
      if (unconfirmed !== undefined) return unconfirmed;
      return needed(
        reason(
          'scheduling.telehealth.medicare_in_person_needed_before_first',
          'warning',
          'This is the client’s first mental-health telehealth session: Medicare asks for an in-person visit in the 6 months before it. Book one first, or see the client in person.',
          { sessionDate: s.sessionDate, windowFrom: from },
        ),
      );
    }
    return onRecord(visit, '6 months before the first telehealth session');
  }
  const from = addMonths(s.sessionDate, -12);
  const visit = latestIn(s.inPersonDates, from, s.sessionDate);
  if (visit !== undefined) return onRecord(visit, '12 months before the session');
  const exception = s.exceptionDocumentedOn;
  if (exception !== undefined && exception >= from && exception <= s.sessionDate) {
    return satisfied(
      reason(
        'scheduling.telehealth.medicare_in_person_exception_documented',
        'info',
        'The clinician and client documented that the risks and burdens of an in-person visit outweigh its benefits.',
        { documentedOn: exception, coversThrough: addMonths(exception, 12) },
      ),
    );
  }
  const unconfirmed = pending(from, 'annual');
  if (unconfirmed !== undefined) return unconfirmed;
  let last: LocalDate | null = null;
  for (const d of s.inPersonDates) if (d <= s.sessionDate && (last === null || d > last)) last = d;
  return needed(
    reason(
      'scheduling.telehealth.medicare_in_person_needed_annual',
      'warning',
      'Medicare asks for an in-person visit at least every 12 months for mental-health telehealth: none is on record in the 12 months before this session. Book one, or document an exception.',
      { sessionDate: s.sessionDate, windowFrom: from, lastInPersonOn: last },
    ),
  );
}
