import type { ClientId, Decision, LocalDate, PayerId } from '../../core/index.js';
import type { EligibilityBenefits } from '../index.js';
import type { X12ReasonCode } from './reason-codes.js';

/**
 * An entity a 271 benefit line names in its 2120 loop (LS … LE): who answers for the benefit, as sent.
 * A line `U` (contact following entity) names the one to call; a payer, primary payer, managed care
 * organization, vendor or administrator named on a line says another entity answers for those services
 * (a carve-out, such as behavioral health managed by another plan).
 *
 * @remarks NM1 and PER of loop 2120C/D [sources: x12-271, x12-271-cg-hets].
 * @example
 * ```ts
 * const contact: BenefitContact = { role: 'PR', name: 'CASCADE BEHAVIORAL HEALTH', idQualifier: 'PI', id: '77001',
 *   phone: '8005550123', url: null };
 * ```
 */
export interface BenefitContact {
  /** NM101: `PR` payer, `PRP` primary payer, `Y2` managed care organization, `VN` vendor, `2B` third-party administrator, `X3` utilization management organization, `P3` primary care provider, … */
  readonly role: string;
  /** NM103 (an organization, or a person's last name) and NM104 (a person's first name), as sent. */
  readonly name: string | null;
  /** NM108: what kind of id NM109 is (`PI` payer id, `XX` NPI, `FI` tax id, …). */
  readonly idQualifier: string | null;
  /** NM109. */
  readonly id: string | null;
  /** The first telephone number (PER qualifier TE) given for the entity. */
  readonly phone: string | null;
  /** The first web address (PER qualifier UR) given for the entity. */
  readonly url: string | null;
}

/**
 * One benefit line of a 271 (an EB segment) as read, for the service types asked about: what it is
 * (EB01), for whom (EB02), which services (EB03), over what period (EB06), the amount, percent or
 * quantity, and whether it needs authorization (EB11) and applies in network (EB12). MSG lines after it
 * are its messages.
 *
 * @remarks EB elements and their codes [sources: x12-271, x12-271-cg-hets].
 * @example
 * ```ts
 * const copay: EligibilityBenefitLine = { segment: 21, benefit: 'B', coverageLevel: 'IND', serviceTypes: ['MH'],
 *   timePeriod: '27', amountCents: 2500, percentBasisPoints: null, quantityQualifier: null, quantity: null,
 *   authorizationRequired: null, network: 'in', messages: [], contacts: [], placesOfService: [], procedure: null };
 * ```
 */
export interface EligibilityBenefitLine {
  /** The EB segment's number in the file. */
  readonly segment: number;
  /** EB01: `1` active coverage, `6` inactive, `A` co-insurance, `B` co-payment, `C` deductible, `F` limitations, `G` out of pocket, `I` non-covered, … */
  readonly benefit: string;
  /** EB02: `IND` individual, `FAM` family, … (`null` when not given). */
  readonly coverageLevel: string | null;
  /** EB03: the service type codes the line covers (`MH`, `A6`, `30`, …). */
  readonly serviceTypes: readonly string[];
  /** EB06: `23` calendar year, `29` remaining, `24` year to date, `27` visit, … */
  readonly timePeriod: string | null;
  /** EB07 in cents. */
  readonly amountCents: number | null;
  /** EB08 in basis points (0.2 → 2000). */
  readonly percentBasisPoints: number | null;
  /** EB09: `VS` visits, … */
  readonly quantityQualifier: string | null;
  /** EB10. */
  readonly quantity: number | null;
  /**
   * EB11: `Y` authorization or certification required (`true`), `N` not (`false`), `U` the payer does not know
   * (`'unknown'`, since 2026-12-06: it was `null`); `null` when not given.
   */
  readonly authorizationRequired: boolean | 'unknown' | null;
  /**
   * EB12: `Y` in network, `N` out of network, `W` either (not applicable), `U` the payer does not know
   * (`'unknown'`, since 2026-12-06: it was `null`, read as applying to both); `null` when not given (read as
   * applying to both).
   */
  readonly network: 'in' | 'out' | 'both' | 'unknown' | null;
  /** The MSG texts that follow the line. */
  readonly messages: readonly string[];
  /** The entities its 2120 loop names: whom to contact, or who answers for the benefit instead. */
  readonly contacts: readonly BenefitContact[];
  /**
   * The places of service (two-digit codes) the line is limited to, from the III segments after it
   * (III01 `ZZ`, III02 the code: `11` office, `02`/`10` telehealth, …); empty when it names none and so
   * applies wherever the service is given. Since 2026-12-06.
   */
  readonly placesOfService: readonly string[];
  /**
   * EB13: the procedure the line is limited to (EB13-1 the code list: `HC` CPT/HCPCS, `CJ` CPT, `ZZ` mutually
   * defined, …; EB13-2 the code, e.g. `90837`), or `null` when it names none and so applies to every service of
   * its service types. Since 2026-12-07.
   */
  readonly procedure: { readonly qualifier: string; readonly code: string } | null;
}

/**
 * One person's answer in a 271 (a subscriber, or a dependent when the patient is one): the mental-health
 * benefit lines as read, and the normalized {@link EligibilityBenefits} for in-network and out-of-network
 * care that the eligibility and estimate functions take. `benefits_found` when at least one of them could
 * be built; `coverage_inactive` when the payer says there is no active coverage; `request_rejected` when
 * it rejected the request (AAA); `undecided` when a fact an estimate needs is not in the response (it is
 * never filled in with a guess), with reasons naming what is missing.
 *
 * @example
 * ```ts
 * const [answer] = read271(text, { clientIds: { 'TRACE-1': 'cl-1' }, payerIds: { '60054': 'summit' } });
 * answer?.outcome; //=> 'benefits_found'
 * // `inNetwork` is null when the response does not state what an estimate needs: check it first.
 * if (answer?.inNetwork) estimatePatientShare(answer.inNetwork, { allowedCents: 12_000, dateOfService: '2026-03-02' });
 * ```
 */
export type EligibilityResponseDecision = Decision<
  'benefits_found',
  'coverage_inactive' | 'request_rejected' | 'undecided',
  X12ReasonCode,
  {
    /** The person's HL segment's number in the file (for a request rejected above any person, the rejecting level's). */
    readonly segment: number;
    /** TRN02 of the trace the practice sent with its 270 (TRN*2), when echoed. */
    readonly traceNumber: string | null;
    readonly clientId: ClientId | null;
    readonly payerId: PayerId;
    /** BHT04: the date the payer created the response. */
    readonly verifiedOn: LocalDate;
    readonly benefitLines: readonly EligibilityBenefitLine[];
    readonly inNetwork: EligibilityBenefits | null;
    readonly outOfNetwork: EligibilityBenefits | null;
  }
>;
