import * as z from 'zod';
import {
  type Decision,
  isValidNpi,
  LocalDate,
  type Reason,
  reason,
  ValidationError,
  type ValidationIssue,
} from '../../core/index.js';
import { decideBySeverity, formatPath, toEpochDay, validateArguments } from '../../core/internal.js';
import { IN_PERSON_PLACES_OF_SERVICE } from '../coding/in-person-places.js';
import { isKnownServiceCode } from '../coding/service-codes.js';
import {
  type DatedServiceLine,
  sessionCodeSetReasons,
  TELEHEALTH_MODIFIERS,
} from '../coding/session-code-rules.js';
import { codeTelehealthOfValidated, type TelehealthCodingDecision } from '../coding/telehealth-coding.js';
import { isPriorAuthorizationRequired, PayerProfile } from '../coverage/payer-profile.js';
import { medicareCrisisSiteReasons } from '../medicare-claims/crisis-site.js';
import { evaluateMedicareOrderingPractitioner } from '../medicare-claims/ordering-referring.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { Claim, type ClaimInput, type ClaimLine } from './claim.js';
import type { ClaimOrderingProvider } from './ordering-provider.js';
import { checkedAloneReason, type SameDayFindings, sameDayFindings } from './same-day-claims.js';
import {
  filingClockOfClaim,
  type TimelyFilingDecision,
  TimelyFilingRiskPolicy,
  timelyFilingOfValidated,
} from './timely-filing.js';

/**
 * The result of {@link evaluateClaimScrub}: ready to submit, ready with warnings, or refused for errors.
 * @example
 * ```ts
 * const d: ClaimScrubDecision = evaluateClaimScrub(claim, profile, { asOf: '2026-03-05' });
 * d.outcome; //=> 'ready'
 * ```
 */
export type ClaimScrubDecision = Decision<
  'ready',
  'ready_with_warnings' | 'refused',
  BillingReasonCode,
  { readonly claimId: string }
>;

/**
 * The options of {@link evaluateClaimScrub}: the practice's calendar date, the timely-filing risk
 * horizons of a {@link TimelyFilingRiskPolicy}, and optionally the client's other claims of the claim's
 * dates (`sameDayClaims`), so that the code-set rules see the whole day across claims. Left out, the
 * claim is checked as its own day, and the decision says so (`billing.scrub.same_day_claims_not_given`, info).
 * @example
 * ```ts
 * EvaluateClaimScrubOptions.parse({ asOf: '2026-03-05' }).highRiskDays; //=> 14
 * ```
 */
export const EvaluateClaimScrubOptions = TimelyFilingRiskPolicy.safeExtend({
  asOf: LocalDate,
  /**
   * The client's other claims of the claim's dates of service, of any payer and practitioner: the claim
   * itself, claims of other dates, claims to other payers and claims that do not stand for their dates (closed
   * or written off without ever reaching the payer) among them are passed over. A claim rejected (999/277CA)
   * or returned as unprocessable and still open counts: it will be corrected and sent again. A claim of
   * another client is a broken call. Given (even empty), the day is checked; left out, the claim is checked
   * alone and the decision says so.
   */
  sameDayClaims: z.array(Claim).max(200).optional(),
});
export type EvaluateClaimScrubOptions = z.input<typeof EvaluateClaimScrubOptions>;

/**
 * Checks a claim before submission for everything a payer would reject, as errors (blocking) and
 * warnings: missing fields, invalid NPIs, dates of service in the future or past the filing window,
 * add-on codes without their primary and other code-set rules, units above the code's maximum, place of
 * service and modifiers against the payer's telehealth convention, diagnosis pointers, prior
 * authorization required but absent, and for Medicare the referring (2310A) and ordering (2420E) providers the
 * claim names ({@link evaluateMedicareOrderingPractitioner}: a refusal an error, an unknown a warning).
 *
 * @param claim - the claim to scrub
 * @param profile - the payer's profile (telehealth convention, filing windows, prior-authorization codes)
 * @param options - `asOf` (the practice's calendar date) and the timely-filing risk horizons
 * @throws {@link ValidationError} listing every problem of the claim, profile and options at once, each
 * path under its parameter's name (`$.claim.lines[0].units`, `$.profile.payerId`, `$.options.asOf`).
 * @remarks NPI check digit: CMS Luhn rule (core `isValidNpi`) [sources: cms-npi-check-digit]. Code pairing
 * and units via the service-code catalog [sources: lcd-l35101, ama-cpt]. POS and modifiers
 * [sources: cms-pos-codes, mac-fcso-telehealth-modifiers]. Filing [sources: cfr-42-424.44, cms-mcpm-ch1-70].
 * Diagnosis pointers: CMS-1500 box 24E, at most four per line. Ordering and referring [sources: cfr-42-424.507].
 * @example
 * ```ts
 * const claimWithoutNpis = { claimId: 'c-1', clientId: 'cl-1', payerId: 'aetna', diagnosisCodes: ['F41.1'],
 *   lines: [{ lineId: '1', serviceDate: '2026-03-02', procedureCode: '90834', placeOfService: '11', units: 1,
 *     chargeCents: 15000, diagnosisPointers: [1] }] };
 * const aetna = { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: 'aetna' };
 * evaluateClaimScrub(claimWithoutNpis, aetna, { asOf: '2026-03-05' });
 * //=> { outcome: 'refused', claimId: 'c-1', reasons: [{ code: 'billing.scrub.missing_billing_npi', … },
 * //     { code: 'billing.scrub.missing_rendering_npi', … }, { code: 'billing.scrub.same_day_claims_not_given', … }] }
 * ```
 */
export function evaluateClaimScrub(
  claim: ClaimInput | Claim,
  profile: z.input<typeof PayerProfile>,
  options: EvaluateClaimScrubOptions,
): ClaimScrubDecision {
  // Every argument's problems at once, each under its parameter's name (`$.claim.lines[0].units`).
  const [c, p, o] = validateArguments([
    ['claim', Claim, claim, 'claim'],
    ['profile', PayerProfile, profile, 'payer profile'],
    ['options', EvaluateClaimScrubOptions, options, 'claim scrub options'],
  ]);
  const reasons = scrubFindingsOfDay(c, p, o.asOf, o.sameDayClaims);
  filingReasons(filingOfClaim(c, p, o.asOf, o), reasons);
  return {
    claimId: c.claimId,
    ...decideBySeverity(reasons, { pass: 'ready', warn: 'ready_with_warnings', fail: 'refused' }),
  };
}

/**
 * What {@link evaluateClaimScrub} finds besides the filing clock, with the client's day when its other claims
 * are given (a claim of another client among them is a ValidationError at `$.options.sameDayClaims[i]`), and
 * otherwise the info reason that the claim was checked alone (internal: the scrubber, `moveClaim`, the 837P
 * writer and the follow-up queue read the day the same way).
 */
export function scrubFindingsOfDay(
  c: Claim,
  p: PayerProfile,
  today: LocalDate,
  sameDayClaims: readonly Claim[] | undefined,
): Reason<BillingReasonCode>[] {
  if (sameDayClaims === undefined) return [...scrubFindingsBesidesFiling(c, p, today), checkedAloneReason(c)];
  checkSameClient(c, sameDayClaims);
  return scrubFindingsBesidesFiling(c, p, today, sameDayFindings(c, sameDayClaims));
}

/**
 * What {@link evaluateClaimScrub} finds besides the filing clock, in the order it finds them (internal:
 * a window still open adds no error, so a caller that has ruled out a closed one knows from these alone
 * whether a claim is blocked, without deciding its filing).
 */
export function scrubFindingsBesidesFiling(
  c: Claim,
  p: PayerProfile,
  today: LocalDate,
  day?: SameDayFindings,
): Reason<BillingReasonCode>[] {
  const reasons: Reason<BillingReasonCode>[] = [];
  if (c.payerId !== p.payerId) {
    reasons.push(
      reason('billing.scrub.payer_mismatch', 'error', 'The payer profile is not the claim’s payer.', {}),
    );
  }
  providerReasons(c, reasons);
  if (c.coverage === 'secondary' && c.primaryRemittanceDate === undefined) {
    // A secondary claim goes out with the primary payer's adjudication, so only after its remittance
    // [sources: x12-837p-cg-cms].
    reasons.push(
      reason(
        'billing.scrub.primary_adjudication_missing',
        'error',
        'A secondary claim needs the primary payer’s adjudication: post the primary’s remittance and give its date first.',
        { coverage: 'secondary' },
      ),
    );
  }
  if (c.diagnosisCodes.length === 0) {
    reasons.push(reason('billing.scrub.missing_diagnosis', 'error', 'The claim has no diagnosis code.', {}));
  }
  for (const line of c.lines) lineReasons(c, line, p, today, reasons);
  codeSetReasons(c, reasons, day);
  if (p.kind === 'medicare') orderingReasons(c, reasons);
  return reasons;
}

/**
 * Medicare pays an ordered or referred service only when the practitioner named for it may order or refer
 * and is enrolled or opted out on its date of service (42 CFR 424.507) [sources: cfr-42-424.507]: the claim's
 * referring provider (2310A) is checked on each of its lines' dates, a line's ordering provider (2420E) on the
 * line's. The rule's reasons are kept (a refusal an error, an unknown a warning), with the line and the role.
 */
function orderingReasons(c: Claim, reasons: Reason<BillingReasonCode>[]): void {
  const ask = (role: 'referring' | 'ordering', who: ClaimOrderingProvider, line: ClaimLine) => {
    const decision = evaluateMedicareOrderingPractitioner({
      serviceDate: line.serviceDate,
      ...(who.type === undefined ? {} : { ordererType: who.type }),
      ...(who.medicareStanding === undefined ? {} : { ordererStanding: who.medicareStanding }),
    });
    if (decision.outcome === 'eligible') return;
    for (const r of decision.reasons) {
      reasons.push(reason(r.code, r.severity, r.message, { ...r.facts, lineId: line.lineId, role }));
    }
  };
  for (const line of c.lines) {
    if (c.referringProvider !== undefined) ask('referring', c.referringProvider, line);
    if (line.orderingProvider !== undefined) ask('ordering', line.orderingProvider, line);
  }
}

function providerReasons(c: Claim, reasons: Reason<BillingReasonCode>[]): void {
  for (const [field, value] of [
    ['renderingNpi', c.renderingNpi],
    ['billingNpi', c.billingNpi],
  ] as const) {
    if (value === undefined || value.trim() === '') {
      reasons.push(
        field === 'renderingNpi'
          ? reason(
              'billing.scrub.missing_rendering_npi',
              'error',
              'The rendering provider’s NPI is missing.',
              {},
            )
          : reason(
              'billing.scrub.missing_billing_npi',
              'error',
              'The billing provider’s NPI is missing.',
              {},
            ),
      );
    } else if (!isValidNpi(value)) {
      // The value is not echoed: only which field failed.
      reasons.push(
        reason('billing.scrub.invalid_npi', 'error', 'An NPI is not 10 digits with a valid check digit.', {
          field,
        }),
      );
    }
  }
}

function lineReasons(
  c: Claim,
  line: ClaimLine,
  p: PayerProfile,
  today: string,
  reasons: Reason<BillingReasonCode>[],
): void {
  const at = { lineId: line.lineId };
  if (line.serviceDate > today) {
    reasons.push(
      reason('billing.scrub.future_service_date', 'error', 'The date of service is in the future.', {
        ...at,
        serviceDate: line.serviceDate,
      }),
    );
  }
  if (!isKnownServiceCode(line.procedureCode)) {
    reasons.push(
      reason(
        'billing.scrub.unknown_procedure_code',
        'warning',
        'The procedure code is not in the service-code catalog; its rules were not checked.',
        { ...at, procedureCode: line.procedureCode },
      ),
    );
  } else if (
    isPriorAuthorizationRequired(p, line.procedureCode) &&
    c.priorAuthorizationNumber === undefined
  ) {
    reasons.push(
      reason(
        'billing.scrub.prior_authorization_missing',
        'error',
        'The payer requires prior authorization for this code and none is on the claim.',
        { ...at, procedureCode: line.procedureCode },
      ),
    );
  }
  if (line.diagnosisPointers.length === 0) {
    reasons.push(
      reason('billing.scrub.missing_diagnosis_pointer', 'error', 'The line points to no diagnosis.', at),
    );
  }
  for (const pointer of line.diagnosisPointers) {
    if (pointer > c.diagnosisCodes.length) {
      reasons.push(
        reason(
          'billing.scrub.diagnosis_pointer_out_of_range',
          'error',
          'A diagnosis pointer points past the claim’s diagnosis codes.',
          { ...at, pointer, diagnosisCount: c.diagnosisCodes.length },
        ),
      );
    }
  }
  // POS and modifiers follow the payer's telehealth convention
  // [sources: cms-pos-codes, mac-fcso-telehealth-modifiers].
  telehealthReasons(line, p, reasons);
  medicareCrisisSiteReasons(line, p, reasons);
}

/**
 * The line's place of service and modifiers: an in-person line at an in-person place with no telehealth
 * modifier; a telehealth line against the payer's telehealth convention. Where the client
 * was is never assumed: with `clientAtHome` left out and the payer's answer depending on it (POS 02 or
 * 10; Medicare's audio-only only at home), the scrubber warns and asks (`billing.scrub.client_location_unknown`),
 * and checks only what holds wherever the client was.
 */
function telehealthReasons(line: ClaimLine, p: PayerProfile, reasons: Reason<BillingReasonCode>[]): void {
  const at = { lineId: line.lineId };
  if (line.modality === 'in_person') {
    // In person, the clinician may see the client at the office, at home (12) or where the client lives
    // (assisted living, group home, nursing or custodial care) [sources: cms-pos-codes]; no telehealth modifier.
    if (!IN_PERSON_PLACES_OF_SERVICE.has(line.placeOfService)) {
      reasons.push(
        reason(
          'billing.scrub.place_of_service_mismatch',
          'error',
          'The place of service does not match how the session was delivered under the payer’s convention.',
          {
            ...at,
            placeOfService: line.placeOfService,
            expected: [...IN_PERSON_PLACES_OF_SERVICE].join(' or '),
          },
        ),
      );
    }
    modifierReasons(line, [], reasons);
    return;
  }
  // The claim line passed its schema, so its delivery fields are a valid delivery: no second parse.
  const video = {
    ...(line.clinicianVideoCapable === undefined
      ? {}
      : { clinicianVideoCapable: line.clinicianVideoCapable }),
    ...(line.clientVideo === undefined ? {} : { clientVideo: line.clientVideo }),
  };
  const codings =
    line.clientAtHome === undefined
      ? [true, false].map((home) =>
          codeTelehealthOfValidated(p, { modality: line.modality, clientAtHome: home, ...video }),
        )
      : [
          codeTelehealthOfValidated(p, {
            modality: line.modality,
            clientAtHome: line.clientAtHome,
            ...video,
          }),
        ];
  const [first] = codings;
  const coded = codings.filter((c) => c.outcome === 'coded');
  const samePlace = new Set(codings.map((c) => c.placeOfService)).size === 1;
  const sameModifiers = new Set(coded.map((c) => c.modifiers.join(' '))).size === 1;
  if (first === undefined) return;
  if (codings.length > 1 && !(samePlace && codings.every((c) => c.outcome === first.outcome))) {
    reasons.push(
      reason(
        'billing.scrub.client_location_unknown',
        'warning',
        'Where the client was (at home or elsewhere) decides this line’s place of service or whether the payer pays for it, and it is not given: say where the client was.',
        { ...at, placeOfService: line.placeOfService, modality: line.modality },
      ),
    );
    // Checked only what is wrong wherever the client was: with one place not payable, nothing more.
    if (coded.length < codings.length) return;
    const places = new Set(coded.map((c) => c.placeOfService));
    if (!places.has(line.placeOfService as never)) {
      reasons.push(
        reason(
          'billing.scrub.place_of_service_mismatch',
          'error',
          'The place of service does not match how the session was delivered under the payer’s convention.',
          { ...at, placeOfService: line.placeOfService, expected: [...places].sort().join(' or ') },
        ),
      );
    }
    if (sameModifiers) modifierReasons(line, first.modifiers, reasons);
    return;
  }
  if (first.outcome === 'not_payable') {
    reasons.push(notPayableReason(first, at));
    return;
  }
  if (first.outcome === 'undecided') {
    // Medicare's audio-only conditions not recorded: asked, never refused nor passed on a presumption.
    const [why] = first.reasons;
    reasons.push(
      reason(
        'billing.scrub.audio_only_video_facts_unknown',
        'warning',
        'This payer pays for audio-only sessions only when the clinician could use video and the client could not or would not: record both on the line (clinicianVideoCapable, clientVideo).',
        { ...at, missing: why.facts.missing ?? [] },
      ),
    );
  }
  if (first.placeOfService !== line.placeOfService) {
    reasons.push(
      reason(
        'billing.scrub.place_of_service_mismatch',
        'error',
        'The place of service does not match how the session was delivered under the payer’s convention.',
        { ...at, placeOfService: line.placeOfService, expected: first.placeOfService },
      ),
    );
  }
  modifierReasons(line, first.modifiers, reasons);
}

// Why the payer does not pay for an audio-only line, in the scrubber's codes.
function notPayableReason(
  coding: TelehealthCodingDecision,
  at: { readonly lineId: string },
): Reason<BillingReasonCode> {
  const codes = new Set(coding.reasons.map((r) => r.code));
  if (codes.has('billing.telehealth.audio_only_not_at_home')) {
    return reason(
      'billing.scrub.audio_only_not_at_home',
      'error',
      'This payer pays for audio-only sessions only with the client at home; the client was elsewhere.',
      { ...at, clientAtHome: false },
    );
  }
  if (
    codes.has('billing.telehealth.audio_only_clinician_without_video') ||
    codes.has('billing.telehealth.audio_only_video_not_declined')
  ) {
    return reason(
      'billing.scrub.audio_only_conditions_not_met',
      'error',
      'This payer pays for audio-only sessions only when the clinician could use video and the client could not or would not; the line records otherwise.',
      { ...at, rules: [...codes].sort() },
    );
  }
  return reason(
    'billing.scrub.audio_only_not_covered',
    'error',
    'This payer does not pay for audio-only sessions.',
    at,
  );
}

function modifierReasons(
  line: ClaimLine,
  modifiers: readonly string[],
  reasons: Reason<BillingReasonCode>[],
): void {
  const at = { lineId: line.lineId };
  const expected = new Set<string>(modifiers);
  for (const m of expected) {
    if (!line.modifiers.includes(m)) {
      reasons.push(
        reason(
          'billing.scrub.telehealth_modifier_missing',
          'error',
          'The payer expects a telehealth modifier that the line lacks.',
          { ...at, modifier: m },
        ),
      );
    }
  }
  for (const m of line.modifiers) {
    if (TELEHEALTH_MODIFIERS.has(m) && !expected.has(m)) {
      reasons.push(
        reason(
          'billing.scrub.telehealth_modifier_unexpected',
          'error',
          'The line carries a telehealth modifier the payer does not expect for this delivery.',
          { ...at, modifier: m },
        ),
      );
    }
  }
}

// The day's other claims must be the same client's: a list that mixes clients is a broken call, reported
// by path and never echoing the ids.
function checkSameClient(c: Claim, others: readonly Claim[]): void {
  const issues: ValidationIssue[] = [];
  others.forEach((other, i) => {
    if (other.clientId === c.clientId) return;
    const path = ['options', 'sameDayClaims', i, 'clientId'];
    issues.push({
      path,
      at: formatPath(path),
      code: 'billing.scrub.same_day_claim_other_client' satisfies BillingReasonCode,
      message: 'must be a claim of the same client as the claim scrubbed',
    });
  });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new ValidationError('claim scrub options', [first, ...rest]);
}

// Code-set rules per session (lines on the same date), the rule the superbill shares; with the day's other
// claims, the findings only they show, and an add-on whose primary is on another claim of the same
// practitioner is a warning to bill them together rather than a missing primary.
function codeSetReasons(c: Claim, reasons: Reason<BillingReasonCode>[], day?: SameDayFindings): void {
  const known: DatedServiceLine[] = [];
  for (const line of c.lines) {
    if (isKnownServiceCode(line.procedureCode)) {
      known.push({ serviceDate: line.serviceDate, code: line.procedureCode, units: line.units });
    }
  }
  for (const r of sessionCodeSetReasons(known)) {
    const { code: addOn, serviceDate } = r.facts;
    const elsewhere =
      r.code === 'billing.codes.add_on_without_primary'
        ? day?.primaryElsewhere.get(`${String(serviceDate)} ${String(addOn)}`)
        : undefined;
    if (elsewhere !== undefined && addOn !== undefined && serviceDate !== undefined) {
      reasons.push(
        reason(
          'billing.scrub.add_on_primary_on_other_claim',
          'warning',
          `Add-on ${String(addOn)}’s primary is on another claim of the same client, date and practitioner: bill them on one claim, as payers pay an add-on beside its primary.`,
          { code: addOn, serviceDate, otherClaimIds: [...elsewhere] },
        ),
      );
      continue;
    }
    const code = SCRUB_CODE_OF_CODE_SET_RULE[r.code];
    reasons.push(
      code === undefined
        ? reason('billing.scrub.code_set_rule', r.severity, r.message, { ...r.facts, rule: r.code })
        : reason(code, 'error', r.message, r.facts),
    );
  }
  if (day !== undefined) reasons.push(...day.reasons);
}

// The code-set rules the scrubber names with its own codes (kept from before the rule was shared); any other is
// reported as `billing.scrub.code_set_rule` with the rule's code in its facts.
const SCRUB_CODE_OF_CODE_SET_RULE: Readonly<Record<string, BillingReasonCode>> = {
  'billing.codes.crisis_billed_twice': 'billing.scrub.crisis_billed_twice',
  'billing.codes.add_on_without_primary': 'billing.scrub.add_on_without_primary',
  'billing.codes.units_above_maximum': 'billing.scrub.units_above_maximum',
  'billing.codes.mutually_exclusive': 'billing.scrub.codes_not_billable_together',
};

function filingOfClaim(
  c: Claim,
  p: PayerProfile,
  today: string,
  policy: z.output<typeof TimelyFilingRiskPolicy>,
): TimelyFilingDecision {
  const day = toEpochDay(today);
  const clock = filingClockOfClaim(c, p.filing, day, p.kind);
  return timelyFilingOfValidated(clock.filingCase, p.filing, day, policy, clock.notes);
}

function filingReasons(filing: TimelyFilingDecision, reasons: Reason<BillingReasonCode>[]): void {
  const facts = { deadline: filing.deadline, daysLeft: filing.daysLeft, kind: filing.kind };
  // How the clock was set (no extension, workday roll, unprocessable history) rides along with a finding.
  const notes = filing.reasons.slice(1);
  switch (filing.outcome) {
    case 'expired':
      reasons.push(
        reason('billing.claim.past_timely_filing', 'error', 'The filing window has closed.', facts),
        ...notes,
      );
      break;
    case 'on_time':
      if (filing.risk === 'high' || filing.risk === 'medium') {
        reasons.push(
          reason(
            'billing.scrub.filing_deadline_near',
            'warning',
            'The filing deadline is near: submit now.',
            facts,
          ),
          ...notes,
        );
      } else {
        // A warning note (lines already past their deadline) is a finding of its own.
        reasons.push(...notes.filter((r) => r.severity !== 'info'));
      }
      break;
    case 'undecided':
      reasons.push(
        reason(
          'billing.scrub.filing_deadline_unknown',
          'warning',
          'The filing deadline cannot be computed (e.g. the primary’s remittance date is missing).',
          facts,
        ),
        ...notes,
      );
      break;
    case 'late':
      // Filed, even if late: nothing for the scrubber to fix before submission.
      break;
  }
}
