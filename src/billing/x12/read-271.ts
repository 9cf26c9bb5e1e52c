import * as z from 'zod';
import { ClientId, isNonEmpty, PayerId, type Reason, reason, validate } from '../../core/index.js';
import { buildBenefits, FIGURES, KNOWN_BENEFITS, RESTRICTIONS } from './benefits-from-271.js';
import { readDate } from './element-values.js';
import type { EligibilityBenefitLine, EligibilityResponseDecision } from './eligibility-response.js';
import { X12Problems } from './problems.js';
import type { X12ReasonCode } from './reason-codes.js';
import { scanX12, type X12Input } from './scan.js';
import { newPerson271, type Person271, Transaction271 } from './transaction-271.js';

/**
 * The mental-health service type codes (271 EB03) of an outpatient session, in the order {@link read271}
 * prefers them when a benefit is stated for several: psychotherapy (A6), psychiatric outpatient (A8),
 * mental health provider outpatient (CF), mental health (MH), psychiatric (A4), professional office visit
 * (98), then the plan's general coverage (30).
 *
 * @remarks Service type codes [sources: x12-271, x12-271-cg-hets]. Psychiatric inpatient (A7) is not among
 * them (**behaviour change, 2026-12-06**): an inpatient stay's copay, exclusion or limit says nothing of an
 * outpatient session, and was read as one (an inpatient copay of $500 per admission as the session's copay,
 * inpatient care not covered as no coverage); pass `serviceTypes` to read it.
 * @example
 * ```ts
 * MENTAL_HEALTH_SERVICE_TYPES[0]; //=> 'A6'
 * ```
 */
export const MENTAL_HEALTH_SERVICE_TYPES = Object.freeze(['A6', 'A8', 'CF', 'MH', 'A4', '98', '30'] as const);

/**
 * Options for {@link read271}.
 * - `clientIds`: the practice's client for each trace number it sent with its 270 (TRN02), or member id.
 * - `payerIds`: the practice's payer id for each payer identifier (the information source's NM109); a
 *   payer not listed keeps its identifier as its id.
 * - `serviceTypes`: the service types to read, most preferred first (default
 *   {@link MENTAL_HEALTH_SERVICE_TYPES}).
 * - `copayBeforeDeductible`: whether the plan takes the copay instead of the deductible. A 271 does not say;
 *   the default `false` (deductible first) errs toward the client paying more, never less.
 * @example
 * ```ts
 * Read271Options.parse({ clientIds: { 'TRACE-1': 'cl-1' } }).serviceTypes[0]; //=> 'A6'
 * ```
 */
export const Read271Options = z.strictObject({
  clientIds: z.record(z.string(), ClientId).default({}),
  payerIds: z.record(z.string(), PayerId).default({}),
  serviceTypes: z
    .array(z.string().regex(/^[0-9A-Z]{1,2}$/, { message: 'must be a service type code' }))
    .min(1)
    .max(30)
    .default([...MENTAL_HEALTH_SERVICE_TYPES]),
  copayBeforeDeductible: z.boolean().default(false),
  /**
   * The session's place of service (`11` office, `10` telehealth at home, …): a benefit line limited to
   * places of service (III `ZZ`) is read when it names this one, and left aside when it names others. Not
   * given, such a line is not read and the answer is undecided.
   */
  placeOfService: z
    .string()
    .regex(/^\d{2}$/, { message: 'must be a two-digit place of service code' })
    .optional(),
  /**
   * The session's procedure code (CPT or HCPCS, `90837`): a benefit line limited to a procedure (EB13) is
   * read when it names this one, and left aside when it names another. Not given, such a line is not read,
   * and when it states something the plan's general lines do not, the answer is undecided.
   */
  procedureCode: z
    .string()
    .regex(/^(?:\d{4}[0-9FMTU]|[A-V]\d{4})$/, { message: 'must be a CPT or HCPCS code' })
    .optional(),
});
export type Read271Options = z.input<typeof Read271Options>;

// Reasons that leave an active answer undecided while its benefits are still given: another payer may be
// primary, or the payer left authorization, a limitation or a figure's network open.
const REVIEW: ReadonlySet<X12ReasonCode> = new Set<X12ReasonCode>([
  'x12.271.other_payer_reported',
  'x12.271.authorization_unknown',
  'x12.271.limitation_not_read',
  'x12.271.network_unknown',
  'x12.271.cannot_process',
  'x12.271.restriction_not_read',
  'x12.271.place_of_service_not_read',
  'x12.271.procedure_not_read',
  'x12.271.procedure_list_not_read',
]);

type Dates = ReadonlyMap<string, { start: string; end: string | null }>;

function datesOf(d: Dates): { start: string | null; end: string | null } {
  const plan = d.get('291') ?? d.get('307');
  const start = d.get('346')?.start ?? plan?.start ?? d.get('356')?.start ?? null;
  const end = d.get('347')?.start ?? plan?.end ?? d.get('357')?.start ?? null;
  return { start, end };
}

// The person's plan dates (2100C); else those stated under the first active-coverage line (EB01 1–5) for the
// services asked about, as Medicare's HETS and other payers write them (2110C DTP 291, 307, 346).
function planDates(
  p: Person271,
  lines: readonly EligibilityBenefitLine[],
): { start: string | null; end: string | null } {
  const own = datesOf(p.dates);
  if (own.start !== null) return own;
  for (const l of lines) {
    const d = p.lineDates.get(l.segment);
    if (d === undefined || !/^[1-5]$/.test(l.benefit)) continue;
    const stated = datesOf(d);
    if (stated.start !== null) return { start: stated.start, end: own.end ?? stated.end };
  }
  return own;
}

// EB13-1 code lists that hold CPT and HCPCS codes [sources: x12-271].
const PROCEDURE_LISTS: ReadonlySet<string> = new Set(['HC', 'CJ']);

function isProcedure(p: { readonly qualifier: string; readonly code: string }, code: string): boolean {
  return PROCEDURE_LISTS.has(p.qualifier) && p.code === code;
}

/** Whether a line limited to a procedure says only what a line for every procedure already says. */
function restatedGenerally(l: EligibilityBenefitLine, lines: readonly EligibilityBenefitLine[]): boolean {
  return lines.some(
    (g) =>
      g.procedure === null &&
      g.benefit === l.benefit &&
      g.coverageLevel === l.coverageLevel &&
      g.network === l.network &&
      g.timePeriod === l.timePeriod &&
      g.amountCents === l.amountCents &&
      g.percentBasisPoints === l.percentBasisPoints &&
      g.quantityQualifier === l.quantityQualifier &&
      g.quantity === l.quantity &&
      g.authorizationRequired === l.authorizationRequired &&
      g.placesOfService.join(' ') === l.placesOfService.join(' ') &&
      l.serviceTypes.every((t) => g.serviceTypes.length === 0 || g.serviceTypes.includes(t)),
  );
}

/** The rejections of the subscriber above a dependent (none for a subscriber). */
function subscriberRejections(t: Transaction271, p: Person271): Person271['rejections'] {
  if (p.level !== 'dependent') return [];
  return t.persons.find((s) => s.segment === p.parent)?.rejections ?? [];
}

function decide(
  t: Transaction271,
  p: Person271,
  opts: z.output<typeof Read271Options>,
): EligibilityResponseDecision {
  const verifiedOn = readDate(t.bht?.elements[4] ?? '') ?? '';
  const payerId = (opts.payerIds[t.payerIdentifier] ?? t.payerIdentifier) as PayerId;
  const mapped =
    (p.traceNumber === null ? undefined : opts.clientIds[p.traceNumber]) ??
    (p.memberId === null ? undefined : opts.clientIds[p.memberId]);
  const types = opts.serviceTypes;
  const lines = p.lines.filter(
    (l) => l.serviceTypes.length === 0 || l.serviceTypes.some((s) => types.includes(s)),
  );
  const data = {
    segment: p.segment,
    traceNumber: p.traceNumber,
    clientId: mapped ?? null,
    payerId,
    verifiedOn,
    benefitLines: lines,
  };
  const reasons: Reason<X12ReasonCode>[] = [];
  for (const r of [...t.rejections, ...p.rejections]) {
    reasons.push(
      reason('x12.271.request_rejected', 'error', 'The payer rejected the eligibility request.', {
        segment: r.segment,
        rejectReason: r.code,
      }),
    );
  }
  // A rejection of the subscriber (AAA in 2100C: subscriber not found, invalid member id) is the dependent's
  // answer too: the dependent is found through the subscriber, so what the 2000D loop says cannot be read as
  // coverage [sources: x12-271-cg-hets].
  for (const r of subscriberRejections(t, p)) {
    reasons.push(
      reason(
        'x12.271.request_rejected',
        'error',
        'The payer rejected the eligibility request at the subscriber’s level, above this dependent: the dependent’s answer cannot be read.',
        { segment: r.segment, rejectReason: r.code, level: 'subscriber' },
      ),
    );
  }
  if (isNonEmpty(reasons))
    return { ...data, inNetwork: null, outOfNetwork: null, outcome: 'request_rejected', reasons };
  for (const l of lines) {
    if (!KNOWN_BENEFITS.has(l.benefit)) {
      reasons.push(
        reason(
          'x12.271.unknown_code',
          'info',
          'A benefit line has a code this reader does not know; it was not used.',
          { segment: l.segment, element: 'EB01' },
        ),
      );
    }
  }
  if (mapped === undefined) {
    reasons.push(
      reason(
        'x12.271.client_unknown',
        'error',
        'No client is given for this trace number or member id; the benefits were not built.',
        { segment: p.segment },
      ),
    );
    return { ...data, inNetwork: null, outOfNetwork: null, outcome: 'undecided', reasons: reasons as never };
  }
  // III ZZ [sources: x12-271, x12-271-cg-hets]: a line limited to places of service applies to a session
  // given in one of them. With the session's place known, a line naming others does not apply; unknown, such
  // a line's figure or status belongs to a place that may not be the session's, so it is not read.
  const pos = opts.placeOfService;
  const placeLimited = lines.filter((l) => l.placesOfService.length > 0);
  // EB13 [sources: x12-271]: a line limited to a procedure (a copay for 90837 only) applies to a session of
  // that procedure, named in the CPT/HCPCS lists (HC, CJ); to no other. With the session's code unknown, it is
  // not read, and the answer is undecided unless the plan's general lines say the same.
  const code = opts.procedureCode;
  const procedureLimited = lines.filter(
    (l) => l.procedure !== null && PROCEDURE_LISTS.has(l.procedure.qualifier),
  );
  // A line limited by another list (ICD procedure, NDC, ADA, a list this reader does not know) may or may not
  // cover the session, whose code is CPT/HCPCS: it applies to no session, and is read for none either.
  const otherListLimited = lines.filter(
    (l) => l.procedure !== null && !PROCEDURE_LISTS.has(l.procedure.qualifier),
  );
  const applies = lines.filter(
    (l) =>
      (l.placesOfService.length === 0 || (pos !== undefined && l.placesOfService.includes(pos))) &&
      (l.procedure === null || (code !== undefined && isProcedure(l.procedure, code))),
  );
  const { start, end } = planDates(p, applies);
  const context = {
    clientId: mapped,
    payerId,
    verifiedOn,
    planStartsOn: start,
    planEndsOn: end,
    serviceTypes: types,
    copayBeforeDeductible: opts.copayBeforeDeductible,
    // The patient's own birth date (DMG02), so a Medicaid child's exemption can apply [sources: x12-271].
    clientBirthDate: p.birthDate,
  };
  const inNetwork = buildBenefits(applies, 'in', context);
  const outOfNetwork = buildBenefits(applies, 'out', context);
  reasons.push(...inNetwork.reasons, ...outOfNetwork.reasons);
  const found = [inNetwork.benefits, outOfNetwork.benefits].filter((b) => b !== null);
  const result = { ...data, inNetwork: inNetwork.benefits, outOfNetwork: outOfNetwork.benefits };
  if (found.length > 0 && found.every((b) => !b.coverageActive)) {
    reasons.push(
      reason(
        'x12.271.coverage_inactive',
        'error',
        'The payer reports no active coverage for these services.',
        { segment: p.segment },
      ),
    );
  }
  if (found.length === 0 && lines.length === 0) {
    reasons.push(
      reason('x12.271.benefit_not_found', 'warning', 'The response states no benefit for these services.', {
        network: 'any',
        benefit: 'any',
      }),
    );
  }
  // EB01 R (other or additional payer) [sources: x12-271]: another payer may be primary, so this payer's
  // figures may apply only after it; the order of benefits must be confirmed before an estimate.
  const otherPayers = lines.filter((l) => l.benefit === 'R');
  const active = found.some((b) => b.coverageActive);
  if (otherPayers.length > 0 && active) {
    reasons.push(
      reason(
        'x12.271.other_payer_reported',
        'warning',
        'The response names another or additional payer (coordination of benefits): it may be primary. Confirm the order of benefits before estimating; the benefits read are this payer’s.',
        {
          segments: otherPayers.map((l) => l.segment),
          contacts: otherPayers.flatMap((l) => l.contacts.map((c) => ({ ...c }))),
        },
      ),
    );
  }
  // EB01 V (cannot process) [sources: x12-271]: the payer could not answer for the services asked about, so
  // whatever the plan's general lines say, their benefits are not known; a person asks again.
  const cannotProcess = lines.filter((l) => l.benefit === 'V');
  if (cannotProcess.length > 0) {
    reasons.push(
      reason(
        'x12.271.cannot_process',
        'warning',
        'The payer says it cannot process the request for these services (EB01 V): their benefits are not known; verify again or call the payer.',
        { segments: cannotProcess.map((l) => l.segment) },
      ),
    );
  }
  if (pos === undefined && placeLimited.length > 0) {
    reasons.push(
      reason(
        'x12.271.place_of_service_not_read',
        'warning',
        'A benefit line is limited to places of service (III), and the session’s place was not given: it was not read; pass placeOfService.',
        {
          segments: placeLimited.map((l) => l.segment),
          placesOfService: [...new Set(placeLimited.flatMap((l) => l.placesOfService))].join(' '),
        },
      ),
    );
  }
  // With the code given, a figure stated only for other procedures leaves the session's unknown (never zero).
  const unsettled =
    code === undefined
      ? procedureLimited.filter((l) => !restatedGenerally(l, lines))
      : procedureLimited.filter(
          (l) =>
            !applies.includes(l) &&
            !applies.some((a) => a.benefit === l.benefit && (a.network === l.network || a.network === null)),
        );
  if (unsettled.length > 0) {
    reasons.push(
      reason(
        'x12.271.procedure_not_read',
        'warning',
        code === undefined
          ? 'A benefit line is limited to a procedure (EB13) and states what the plan’s general lines do not, and the session’s procedure was not given: it was not read; pass procedureCode.'
          : 'A benefit is stated only for other procedures (EB13) than the session’s: the session’s is not known, never zero; ask the payer.',
        {
          segments: unsettled.map((l) => l.segment),
          procedureCodes: [...new Set(unsettled.map((l) => l.procedure?.code ?? ''))].join(' '),
        },
      ),
    );
  }
  // Unless it only repeats what the plan says for every procedure, such a line leaves the session's benefit
  // unknown: it might be the session's (an ICD-coded psychotherapy, a drug the session's HCPCS code names).
  const otherListUnsettled = otherListLimited.filter((l) => !restatedGenerally(l, lines));
  if (otherListUnsettled.length > 0) {
    reasons.push(
      reason(
        'x12.271.procedure_list_not_read',
        'warning',
        'A benefit line is limited to a procedure named in a code list other than CPT or HCPCS (EB13-1: ICD, NDC, ADA or unknown) and states what the plan’s general lines do not: whether it covers the session is not known; ask the payer.',
        {
          segments: otherListUnsettled.map((l) => l.segment),
          qualifiers: [...new Set(otherListUnsettled.map((l) => l.procedure?.qualifier ?? ''))].join(' '),
        },
      ),
    );
  }
  // EB01 J, M, N, O, Q, Y [sources: x12-271]: a condition on the services (cost containment, a pre-existing
  // condition, a provider they are restricted to, medical necessity, a second opinion, a Medicaid spend down)
  // that the benefits cannot hold: a person reads it before an estimate.
  const restrictions = applies.filter((l) => RESTRICTIONS.has(l.benefit));
  if (restrictions.length > 0) {
    reasons.push(
      reason(
        'x12.271.restriction_not_read',
        'warning',
        'A benefit line puts a condition on these services that the benefits do not hold (cost containment, pre-existing condition, a provider they are restricted to, medical necessity, a second opinion, a spend down): read its messages before an estimate.',
        {
          segments: restrictions.map((l) => l.segment),
          benefitCodes: [...new Set(restrictions.map((l) => l.benefit))].join(' '),
        },
      ),
    );
  }
  // EB12 U [sources: x12-271]: a figure whose network the payer does not know was applied to neither network.
  const networkUnknown = lines.filter((l) => l.network === 'unknown' && FIGURES.has(l.benefit));
  if (networkUnknown.length > 0) {
    reasons.push(
      reason(
        'x12.271.network_unknown',
        'warning',
        'A figure for these services does not say whether it applies in network (EB12 U): it was applied to neither; ask the payer.',
        { segments: networkUnknown.map((l) => l.segment) },
      ),
    );
  }
  const sorted = [...reasons].sort((a, b) => rank(b) - rank(a));
  // Facts the payer left open, with the benefits still given: a person confirms them before an estimate.
  if (active && isNonEmpty(sorted) && sorted.some((r) => REVIEW.has(r.code)))
    return { ...result, outcome: 'undecided', reasons: sorted };
  if (active) return { ...result, outcome: 'benefits_found', reasons: sorted };
  if (isNonEmpty(sorted) && found.length > 0)
    return { ...result, outcome: 'coverage_inactive', reasons: sorted };
  return { ...result, outcome: 'undecided', reasons: sorted as never };
}

function rank(r: Reason): number {
  return r.severity === 'error' ? 2 : r.severity === 'warning' ? 1 : 0;
}

/**
 * Reads the 271 eligibility responses of an X12 005010 file (005010X279A1): for each person (the
 * subscriber, or the dependent who is the patient) the mental-health benefit lines, and the normalized
 * in-network and out-of-network {@link EligibilityBenefits} that `evaluateEligibilityBenefits` and
 * `estimatePatientShare` take: active coverage, copay, coinsurance, deductible and out-of-pocket (the
 * plan's total for the year, 23, and what remains, 29, or was used, 24), visit limits, and whether
 * authorization is required. A fact the response does not state is never filled in: the answer is then
 * `undecided`, with the missing facts named.
 *
 * @param input - the file as a string, or its chunks in order
 * @param options - the practice's client for each trace number, payer ids, service types
 * @returns one decision per person answered, in file order; a request rejected above any person (AAA at the
 * payer or receiver level, with no subscriber loop) is one `request_rejected` decision at that level's HL
 * @throws {@link ValidationError} listing every problem by segment number and element position, never a
 * value: not X12, cut short, a broken envelope, a transaction set that is not a 271, a segment a 271 does
 * not allow where it stands, a malformed amount, percent, quantity or date.
 * @remarks EB01, EB06 and EB12 codes as the CMS HETS companion guide and the X12 list describe them
 * [sources: x12-271, x12-271-cg-hets]. EB01 `I` (non-covered) and `E` (exclusions) on a mental-health
 * service type mean not covered; EB01 `R` (other or additional payer) makes the answer `undecided`
 * (`x12.271.other_payer_reported`: confirm the order of benefits), the benefits still given, and so does
 * EB01 `V` (cannot process) for the services asked about (`x12.271.cannot_process`); a remaining
 * amount above its total is read as nothing used and flagged (`x12.271.remaining_above_total`). A total
 * and what remains are compared only within one service type and coverage level: a figure only another
 * service type or the family states is not borrowed (`x12.271.figure_for_other_service_type`). What the payer
 * leaves open is never the cheaper answer: EB11 `U` with no `Y` is `undecided` with authorization read as
 * required (`x12.271.authorization_unknown`); a figure with EB12 `U` counts toward neither network
 * (`x12.271.network_unknown`, `undecided`); a limitation that is not a visit count is `undecided`
 * (`x12.271.limitation_not_read`); a copay not per visit or a coinsurance without a percent, at least as
 * specific as the one read, leaves the network's benefits `null` (`x12.271.cost_share_not_read`); a pending
 * status (EB01 5, 7, 8) or active beside inactive for the most specific service type gives no benefits
 * (`x12.271.coverage_pending`, `x12.271.coverage_status_conflict`); a copay with no coinsurance line leaves
 * `coinsuranceBasisPoints` `null` (not known; an EB01 `A` of 0 % says none).
 * @example
 * ```ts fragment
 * const [answer] = read271(text, { clientIds: { 'TRACE-1': 'cl-1' } });
 * answer.inNetwork; //=> { copayCents: 2500, coinsuranceBasisPoints: null, deductibleCents: 50000, deductibleMetCents: 20000, … }
 * ```
 */
export function read271(input: X12Input, options: Read271Options = {}): EligibilityResponseDecision[] {
  const opts = validate(Read271Options, options, '271 options');
  const problems = new X12Problems();
  const answers: EligibilityResponseDecision[] = [];
  let current: Transaction271 | null = null;
  scanX12(
    input,
    {
      start(st, delimiters) {
        current = null;
        if (st.elements[1] !== '271') {
          problems.add(
            st.position,
            'ST01',
            'x12.transaction.unexpected_type',
            'must be 271 (an eligibility response)',
          );
          return;
        }
        current = new Transaction271(st, delimiters, problems);
      },
      segment(s) {
        (current as Transaction271 | null)?.accept(s);
      },
      end(se) {
        const t = current as Transaction271 | null;
        current = null;
        if (t === null || se === null) return;
        if (t.bht === null) {
          problems.add(
            t.st.position,
            null,
            'x12.segment.missing',
            'must be followed by a BHT segment (the response’s date)',
          );
          return;
        }
        // A payer or clearinghouse that rejects the whole request (AAA at the source or receiver level) often
        // sends no subscriber loop at all: the rejection is still the answer, never an empty list.
        if (t.persons.length === 0 && t.rejectedAt !== null) {
          answers.push(decide(t, newPerson271(t.rejectedAt, 'subscriber', null), opts));
          return;
        }
        // A subscriber whose dependents were answered has no answer of its own unless it has benefit lines:
        // its rejection, if any, is each dependent's answer.
        const parents = new Set(t.persons.map((p) => p.parent));
        for (const p of t.persons) {
          if (p.level === 'subscriber' && parents.has(p.segment) && p.lines.length === 0) continue;
          answers.push(decide(t, p, opts));
        }
      },
    },
    problems,
  );
  problems.throwIfAny('271 file');
  return answers;
}
