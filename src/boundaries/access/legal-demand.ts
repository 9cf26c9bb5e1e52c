import * as z from 'zod';
import { type Decision, isNonEmpty, type Reason, reason } from '../../core/index.js';
import { compareReasons, sortInPlace, validateArguments } from '../../core/internal.js';
import type { BoundariesReasonCode } from '../reason-codes.js';

/**
 * What a legal demand for a client's records is for: to investigate or prosecute the client for a crime (or to
 * initiate or substantiate criminal charges against them), to investigate or prosecute the program or the
 * person holding the records, for a civil, administrative or legislative proceeding against the client, or
 * another purpose.
 *
 * @example
 * ```ts
 * LegalDemandPurpose.parse('criminal_case_against_client'); //=> 'criminal_case_against_client'
 * ```
 */
export const LegalDemandPurpose = z.enum([
  'criminal_case_against_client',
  'investigation_of_program',
  'noncriminal_proceeding_against_client',
  'other',
]);
export type LegalDemandPurpose = z.infer<typeof LegalDemandPurpose>;

/**
 * The legal instrument the demand came with: a subpoena, a search warrant, a court order, or a plain request
 * (a letter or call from police, a lawyer or an agency).
 *
 * @example
 * ```ts
 * LegalDemandInstrument.parse('subpoena'); //=> 'subpoena'
 * ```
 */
export const LegalDemandInstrument = z.enum(['subpoena', 'search_warrant', 'court_order', 'request']);
export type LegalDemandInstrument = z.infer<typeof LegalDemandInstrument>;

/**
 * The court order that comes with the demand, as the practice's counsel reads it: `none`; an order that is not
 * under 42 CFR Part 2 subpart E (an ordinary order, or one without the findings the subpart asks);
 * `subpart_e_noncriminal` (42 CFR 2.64); `subpart_e_criminal_case_against_client` (2.65);
 * `subpart_e_investigation_of_program` (2.66). A demand whose instrument is a court order with `none` here counts
 * as `not_under_subpart_e`.
 *
 * @example
 * ```ts
 * Part2CourtOrder.parse('subpart_e_criminal_case_against_client'); //=> 'subpart_e_criminal_case_against_client'
 * ```
 */
export const Part2CourtOrder = z.enum([
  'none',
  'not_under_subpart_e',
  'subpart_e_noncriminal',
  'subpart_e_criminal_case_against_client',
  'subpart_e_investigation_of_program',
]);
export type Part2CourtOrder = z.infer<typeof Part2CourtOrder>;

/**
 * A demand from outside the treating relationship (police, a prosecutor, a court, a lawyer, an agency) for a
 * client's records: what it is for, what came with it, whether the records asked for include 42 CFR Part 2
 * records, and whether the client gave the separate written consent for use in a proceeding.
 *
 * @example
 * ```ts
 * LegalRecordsDemand.parse({ purpose: 'criminal_case_against_client', instrument: 'subpoena', includesPart2Records: true });
 * //=> { purpose: 'criminal_case_against_client', instrument: 'subpoena', includesPart2Records: true,
 * //     courtOrder: 'none', clientConsentForProceedings: false }
 * ```
 * @remarks 42 CFR 2.12(d)(1), 2.31(d), 2.61–2.66 [sources: cfr-42-2.12, cfr-42-part-2-subpart-e, fr-89-12472].
 */
export const LegalRecordsDemand = z.strictObject({
  purpose: LegalDemandPurpose,
  instrument: LegalDemandInstrument,
  /** The records asked for include records of a 42 CFR Part 2 program (substance-use-disorder records). */
  includesPart2Records: z.boolean(),
  courtOrder: Part2CourtOrder.default('none'),
  /**
   * The client signed a written consent to use or disclose these records in the proceeding, separate from any
   * other consent (42 CFR 2.31(d), since the 2024 rule).
   */
  clientConsentForProceedings: z.boolean().default(false),
});
export type LegalRecordsDemand = z.infer<typeof LegalRecordsDemand>;
/** What callers pass for a {@link LegalRecordsDemand}, before defaults apply. */
export type LegalRecordsDemandInput = z.input<typeof LegalRecordsDemand>;

/**
 * Whether a practice may answer a legal demand with the records: `permitted` (a qualifying subpart E order
 * covers Part 2 records, within its terms), `refused` (Part 2 records may not be disclosed for it), or
 * `undecided` (a person decides: the records are not Part 2 and HIPAA's conditions for courts and law
 * enforcement apply, or the client's consent for the proceeding is on file).
 *
 * @example
 * ```ts
 * const d: LegalRecordsDemandDecision = evaluateLegalRecordsDemand({ purpose: 'other', instrument: 'subpoena', includesPart2Records: true });
 * d.outcome; //=> 'refused'
 * ```
 */
export type LegalRecordsDemandDecision = Decision<
  'permitted',
  'refused' | 'undecided',
  BoundariesReasonCode,
  {
    /** The subpart E order that would permit the disclosure, or null when the records are not Part 2. */
    readonly orderNeeded: Exclude<Part2CourtOrder, 'none' | 'not_under_subpart_e'> | null;
  }
>;

/** The subpart E order each purpose needs: 2.65 against the client, 2.66 for the program, else 2.64. */
function orderFor(purpose: LegalDemandPurpose): Exclude<Part2CourtOrder, 'none' | 'not_under_subpart_e'> {
  switch (purpose) {
    case 'criminal_case_against_client':
      return 'subpart_e_criminal_case_against_client';
    case 'investigation_of_program':
      return 'subpart_e_investigation_of_program';
    case 'noncriminal_proceeding_against_client':
    case 'other':
      return 'subpart_e_noncriminal';
    default: {
      const exhausted: never = purpose;
      return exhausted;
    }
  }
}

const OWNER = { role: 'practice_owner', action: 'route_to_privacy_officer' } as const;

/**
 * Decides whether a practice may disclose a client's records in answer to a legal demand. Part 2 records may
 * not be used or disclosed to initiate or substantiate criminal charges against the client or to investigate
 * them, nor in a proceeding against them, except under a court order meeting 42 CFR Part 2 subpart E: the
 * order of 2.65 for a criminal case against the client, 2.66 for an investigation of the program, 2.64
 * otherwise. A subpoena or a warrant alone is never enough (2.61): such a demand is `refused` for Part 2
 * records (and still answered, through counsel, without them). The client's separate consent for the
 * proceeding (2.31(d)) makes it `undecided` for the privacy officer; records that are not Part 2 are
 * `undecided` too, under HIPAA's conditions for courts and law enforcement (45 CFR 164.512(e), (f)).
 *
 * @param demand - what the demand is for, what came with it, and whether it reaches Part 2 records
 * @returns `permitted`, `refused` or `undecided`, with the subpart E order that would permit it
 * @throws {@link ValidationError} listing every problem of the demand by path, echoing nothing.
 * @remarks 42 CFR 2.12(d)(1), 2.31(d), 2.61, 2.64–2.66 [sources: cfr-42-2.12, cfr-42-part-2-subpart-e,
 * fr-89-12472]; 45 CFR 164.512(e), (f) [sources: cfr-45-164.512].
 * @example
 * ```ts
 * evaluateLegalRecordsDemand({ purpose: 'criminal_case_against_client', instrument: 'subpoena', includesPart2Records: true });
 * //=> { outcome: 'refused', orderNeeded: 'subpart_e_criminal_case_against_client',
 * //     reasons: [{ code: 'boundaries.records.part2_criminal_use_barred', … }, { code: 'boundaries.records.part2_subpoena_without_order', … }] }
 * ```
 */
export function evaluateLegalRecordsDemand(demand: LegalRecordsDemandInput): LegalRecordsDemandDecision {
  const [d] = validateArguments([['demand', LegalRecordsDemand, demand, 'legal records demand']]);
  const reasons: Reason<BoundariesReasonCode>[] = [];
  // A court order nobody classified is no subpart E order.
  const courtOrder: Part2CourtOrder =
    d.courtOrder === 'none' && d.instrument === 'court_order' ? 'not_under_subpart_e' : d.courtOrder;
  const facts = { purpose: d.purpose, instrument: d.instrument, courtOrder };
  if (!d.includesPart2Records) {
    reasons.push(
      reason(
        'boundaries.records.legal_demand_needs_privacy_review',
        'warning',
        'The records asked for are not Part 2 records: whether they may be disclosed turns on HIPAA’s conditions for a court order, a subpoena with satisfactory assurances, or a law-enforcement request; the privacy officer decides.',
        { ...facts, ...OWNER },
      ),
    );
    return finish('undecided', null);
  }
  const needed = orderFor(d.purpose);
  if (courtOrder === needed) {
    // An order authorizes; only what it names, and confidential communications only as 2.63 allows
    // [sources: cfr-42-part-2-subpart-e].
    reasons.push(
      reason(
        'boundaries.records.part2_order_permits',
        'info',
        'A court order under 42 CFR Part 2 subpart E covers this purpose: disclose only the records the order names, and only what is essential to it.',
        { ...facts, orderNeeded: needed },
      ),
    );
    return finish('permitted', needed);
  }
  const criminal = d.purpose === 'criminal_case_against_client';
  if (d.clientConsentForProceedings && d.purpose !== 'investigation_of_program') {
    reasons.push(
      reason(
        'boundaries.records.part2_consent_for_proceedings',
        'warning',
        'The client gave a separate written consent to use these records in the proceeding: whether it covers this demand the privacy officer decides, with counsel.',
        { ...facts, orderNeeded: needed, ...OWNER },
      ),
    );
    return finish('undecided', needed);
  }
  if (criminal) {
    // Never to initiate or substantiate criminal charges against the client or to investigate them, without
    // a 2.65 order [sources: cfr-42-2.12, cfr-42-part-2-subpart-e].
    reasons.push(
      reason(
        'boundaries.records.part2_criminal_use_barred',
        'error',
        'Part 2 records may not be used or disclosed to investigate the client or to bring or support criminal charges against them, except under a court order meeting 42 CFR 2.65.',
        { ...facts, orderNeeded: needed },
      ),
    );
  }
  if (courtOrder === 'none' && (d.instrument === 'subpoena' || d.instrument === 'search_warrant')) {
    // A subpoena compels nothing from Part 2 records without an authorizing order (2.61(b)(1)).
    reasons.push(
      reason(
        'boundaries.records.part2_subpoena_without_order',
        'error',
        'A subpoena or warrant alone does not permit disclosing Part 2 records: a court order under 42 CFR Part 2 subpart E is needed. Answer it through counsel without the records.',
        { ...facts, orderNeeded: needed, ...OWNER },
      ),
    );
  } else if (courtOrder !== 'none') {
    reasons.push(
      reason(
        'boundaries.records.part2_order_not_qualifying',
        'error',
        'The court order is not the one 42 CFR Part 2 subpart E asks for this purpose: it does not permit disclosing Part 2 records.',
        { ...facts, orderNeeded: needed, ...OWNER },
      ),
    );
  } else if (!criminal) {
    reasons.push(
      reason(
        'boundaries.records.part2_order_missing',
        'error',
        'Part 2 records are disclosed for a proceeding or an investigation only under a court order meeting 42 CFR Part 2 subpart E, and none came with this request.',
        { ...facts, orderNeeded: needed, ...OWNER },
      ),
    );
  }
  return finish('refused', needed);

  function finish(
    outcome: LegalRecordsDemandDecision['outcome'],
    orderNeeded: LegalRecordsDemandDecision['orderNeeded'],
  ): LegalRecordsDemandDecision {
    const sorted = sortInPlace(reasons, compareReasons);
    if (outcome !== 'permitted' && isNonEmpty(sorted)) return { outcome, reasons: sorted, orderNeeded };
    return { outcome: 'permitted', reasons: sorted, orderNeeded };
  }
}
