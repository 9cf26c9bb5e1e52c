import { defineReasonCodes } from '../../core/internal.js';

/**
 * Every code the X12 readers and writer emit, as validation issues (a file that cannot be read) or as
 * reasons (what a file that was read says: balancing, crossovers, claims set aside), with its meaning.
 * The list is closed: a test checks that each code emitted is here and each code here is emitted.
 *
 * @example
 * ```ts
 * X12_REASON_CODES['x12.835.unbalanced_claim'];
 * //=> 'A claim’s charge is not its payment plus its adjustments (CLP03 ≠ CLP04 + CAS): it is set aside, not posted.'
 * ```
 */
export const X12_REASON_CODES = defineReasonCodes({
  // The file and its envelopes (validation issues)
  'x12.file.empty': 'The file is empty.',
  'x12.file.not_x12': 'The file does not start with an X12 interchange header (ISA).',
  'x12.file.truncated': 'The file ends inside a segment or before the trailers (SE, GE, IEA) that close it.',
  'x12.envelope.isa_malformed':
    'The ISA segment is not 16 elements with distinct, non-alphanumeric delimiters, so the file cannot be split.',
  'x12.envelope.unsupported_version': 'The interchange or group is not X12 005010.',
  'x12.envelope.outside_transaction': 'A segment lies outside any transaction set (ST … SE).',
  'x12.envelope.unexpected_header': 'A GS or ST segment is not inside the envelope that must hold it.',
  'x12.envelope.unexpected_trailer': 'An SE, GE or IEA segment closes nothing that is open.',
  'x12.envelope.missing_trailer':
    'A new envelope starts before the previous one was closed (SE, GE or IEA missing).',
  'x12.envelope.count_mismatch':
    'A trailer’s count (SE01 segments, GE01 transaction sets, IEA01 groups) differs from what it closes.',
  'x12.envelope.control_number_mismatch': 'A trailer’s control number differs from its header’s.',
  'x12.envelope.duplicate_control_number': 'Two transaction sets of one group share a control number.',
  'x12.segment.invalid_id': 'A segment does not start with a segment id.',
  'x12.segment.unexpected':
    'A segment (or the loop it starts) is not allowed where it stands in this transaction set.',
  'x12.segment.missing': 'A segment the transaction set requires is missing.',
  'x12.element.missing': 'A required element is empty.',
  'x12.element.invalid': 'An element does not have the form or code its position requires.',
  'x12.transaction.unexpected_type': 'A transaction set is not of the type this reader reads.',
  // What an 835 says (reasons)
  'x12.835.unbalanced_claim':
    'A claim’s charge is not its payment plus its adjustments (CLP03 ≠ CLP04 + CAS): it is set aside, not posted.',
  'x12.835.unbalanced_line':
    'A service line’s charge is not its payment plus its adjustments (SVC02 ≠ SVC03 + CAS): its claim is set aside.',
  'x12.835.line_charges_mismatch':
    'A claim’s service lines do not add up to its charge: it is set aside, not posted.',
  'x12.835.unbalanced_payment':
    'The payment (BPR02) is not the claims’ payments less the provider-level adjustments (PLB); its facts give the path of BPR02 and the difference.',
  'x12.835.patient_responsibility_mismatch':
    'A claim’s patient responsibility (CLP05) is not the sum of its PR adjustments at claim and line level: what the client owes is not known, so it is set aside, not posted.',
  'x12.835.reversal_not_negated':
    'A reversal (CLP02 22) carries a positive charge or payment, though it repeats the payment it takes back negated: it is set aside, not posted.',
  'x12.835.claim_not_readable':
    'A claim has a value the remittance model cannot hold (claim id, status, code or amount): it is set aside, not posted.',
  'x12.835.crossover':
    'The payer forwarded the claim to another payer (a crossover): bill nothing to the secondary payer by hand until it answers.',
  'x12.835.provider_adjustment':
    'A provider-level adjustment (PLB) changes the payment apart from any claim: reconcile it with the deposit.',
  'x12.835.interest_mismatch':
    'The interest of the provider-level adjustments (PLB L6) is not the sum of the claims’ interest (AMT*I), as X12 RFI 2123 requires: nothing posted changes; ask the payer.',
  'x12.835.no_claims': 'The remittance carries no claim (only provider-level adjustments, or nothing).',
  // What a 271 says (reasons)
  'x12.271.coverage_inactive': 'The payer reports no active coverage for the services asked about.',
  'x12.271.benefit_not_found':
    'The response does not state a benefit an estimate needs (cost share, deductible, plan start): it stays unknown, never assumed.',
  'x12.271.request_rejected':
    'The payer rejected the eligibility request (AAA): nothing about benefits is known.',
  'x12.271.family_amount_left_applied':
    'The family has less of its deductible or out-of-pocket maximum left than the member: the member’s remaining amount is the family’s.',
  'x12.271.unknown_code': 'A benefit line has a code this reader does not know; it was not used.',
  'x12.271.other_payer_reported':
    'The response names another or additional payer (EB01 R): it may be primary, so the answer is undecided until the order of benefits is confirmed; this payer’s benefits are still given.',
  'x12.271.remaining_above_total':
    'The response says more of a deductible, out-of-pocket maximum or visit limit remains than its total for the same service type and coverage level: read as nothing used, and flagged.',
  'x12.271.figure_for_other_service_type':
    'A total and what remains of a deductible, out-of-pocket maximum or visit limit are stated for different service types or coverage levels: they are not compared, the most specific one’s figures are read, and flagged.',
  'x12.271.managed_elsewhere':
    'The response sends the services asked about to another entity (contact following entity, a carve-out or another payer): its benefits stay unknown, and the decision names whom to ask.',
  'x12.271.authorization_unknown':
    'A benefit line for the services asked about says the payer does not know whether authorization is required (EB11 U): the answer is undecided, and the benefits given read authorization as required until the payer confirms.',
  'x12.271.figure_not_stated':
    'A figure the benefits hold is not stated in the response (what is met of the deductible or out-of-pocket maximum, the visit limit, the visits used, or the coinsurance beside a copay): it stays unknown (null), never $0 met, no visit used, no limit or no coinsurance.',
  'x12.271.lifetime_visit_limit':
    'The visit limit read is the one over the member’s lifetime (EB06 32/33): it binds before the year’s and does not start again at a new benefit year.',
  'x12.271.visit_limits_unsettled':
    'A visit limit per year and one over the lifetime are both stated, and what is left of one is not: which binds is unknown (undecided).',
  'x12.271.limitation_not_read':
    'A limitation on the services asked about (EB01 F) is not a visit count this reader can take (another quantity, a dollar maximum, no figure, a per-visit period): the visit limit is not known, so the answer is undecided; the benefits are still given.',
  'x12.271.cost_share_not_read':
    'A copay, coinsurance or deductible for the services asked about is stated in a form this reader cannot take (a copay not per visit or without an amount, a coinsurance without a percent, a deductible per visit or day): that network’s cost share stays unknown, never zero or a less specific one.',
  'x12.271.cost_share_conflict':
    'Two copays (or two coinsurances) are stated for the same services asked about, at the same coverage level and place of service, with different amounts: that network’s cost share stays unknown, never the first or the lower one.',
  'x12.271.coverage_status_conflict':
    'The response says both active and inactive coverage for the same service type: whether the services are covered is not known, so no benefits are built.',
  'x12.271.coverage_pending':
    'The payer’s coverage status for the services asked about is pending (EB01 5 active, or 7 or 8 inactive, pending investigation or an eligibility update): not settled either way, so no benefits are built.',
  'x12.271.network_unknown':
    'A figure for the services asked about says the payer does not know whether it applies in network (EB12 U): it was applied to neither network, and the answer is undecided.',
  'x12.271.cannot_process':
    'The payer says it cannot process the request for the services asked about (EB01 V): their benefits are not known, so the answer is undecided whatever the plan’s general lines say; verify again.',
  'x12.271.restriction_not_read':
    'A benefit line for the services asked about puts a condition on them that the benefits cannot hold (EB01 J cost containment, M pre-existing condition, N restricted to a provider, O not medically necessary, Q second opinion, Y spend down): the answer is undecided, the benefits still given.',
  'x12.271.place_of_service_not_read':
    'A benefit line is limited to places of service (III ZZ) and the session’s place of service was not given: the line was not read, and the answer is undecided.',
  'x12.271.procedure_not_read':
    'A benefit line is limited to a procedure (EB13, a copay for 90837 only) and either the session’s procedure code was not given while the line states what the plan’s general lines do not, or the benefit is stated only for other procedures than the session’s: the line was not read, and the answer is undecided.',
  'x12.271.procedure_list_not_read':
    'A benefit line is limited to a procedure in a code list other than CPT or HCPCS (EB13-1 ID, N4, AD, IV, ZZ or unknown) and states what the plan’s general lines do not: it was neither applied to the session nor dropped, and the answer is undecided.',
  'x12.271.client_unknown':
    'No client is given for the response’s trace number or member id; no benefits were built.',
  // What a 999 says (reasons)
  'x12.999.transaction_accepted':
    'A transaction set (or its whole group) was accepted: its claims were received, not yet accepted into adjudication; wait for the 277CA.',
  'x12.999.accepted_with_errors':
    'A transaction set or group was accepted with errors noted (IK501 or AK901 E): its claims were received, and the 277CA may still reject those the errors name.',
  'x12.999.transaction_rejected':
    'A transaction set was rejected (IK501 R, M, W or X): none of its claims entered adjudication; fix them and send them again as new claims, not replacements.',
  'x12.999.group_rejected':
    'A whole functional group was rejected (AK901 R, M, W or X): none of its claims entered adjudication; fix them and send them again as new claims.',
  'x12.999.group_partially_accepted':
    'A functional group was partially accepted (AK901 P): at least one of its transaction sets was rejected.',
  'x12.999.unknown_code':
    'An acknowledgment code (IK501 or AK901) is not one of the 999’s: the claims it covers are undecided, never taken as accepted.',
  'x12.999.status_conflict':
    'A transaction set’s answer (IK5) contradicts its group’s (AK9), accepted against rejected: its claims are undecided.',
  'x12.999.transaction_not_acknowledged':
    'A transaction set said to be sent has no answer (AK2) in the 999, and its group was neither accepted nor rejected whole: its claims are undecided.',
  'x12.999.counts_disagree':
    'The 999’s counts (AK902 included, AK903 received, AK904 accepted) are missing or disagree with each other, with the group’s answer or with the sets answered: every claim of the group is undecided.',
  'x12.999.group_code_disagrees':
    'The group’s answer (AK901) disagrees with the sets answered: P with none rejected or none accepted leaves every claim undecided; A over a set accepted with errors (IK501 E) is read as accepted with errors; E with no error noted anywhere is flagged.',
  'x12.999.not_sent':
    'The 999 answers a functional group (AK102) or transaction set (AK202) that is not among those said to be sent: its claims cannot be named.',
  // What a 277CA says (reasons)
  'x12.277ca.claim_accepted':
    'The claim was accepted into the payer’s adjudication system (STC category A2, or A5 split): wait for the 835.',
  'x12.277ca.claim_received':
    'The claim was received or forwarded (A1, A0) but not yet accepted into adjudication: wait for the acknowledgment that accepts or rejects it.',
  'x12.277ca.claim_rejected':
    'The claim was rejected before adjudication (A3, A6, A7 or A8, or a rejection of its billing provider or batch): fix what the status codes name and send it again as a new claim, not a replacement.',
  'x12.277ca.claim_pending':
    'The claim is pended or information is requested (a P or R category, outside the 277CA guide): follow up with the payer.',
  'x12.277ca.claim_not_found': 'The payer says it cannot find the claim (A4): follow up.',
  'x12.277ca.unknown_category':
    'A claim status category code (STC01-1) is not one this reader knows: the claim is undecided, never taken as accepted.',
  'x12.277ca.status_conflict':
    'The claim’s statuses contradict each other (accepted and rejected, or an STC03 action code against its category): the claim is undecided.',
  'x12.277ca.claim_not_sent':
    'The 277CA names a claim (TRN02) that is not among the claims said to be sent: it is undecided and not moved.',
  'x12.277ca.batch_rejected':
    'The 277CA rejects a whole batch (2200B) or every claim of a billing provider (2200C): the claims it lists under them are rejected, and sent claims it does not list may be too.',
  'x12.277ca.claim_not_acknowledged':
    'A claim said to be sent is not in this 277CA: another may still come; follow up if none does.',
  // What a 277 claim status response says (reasons)
  'x12.277.claim_paid':
    'The claim was finalized and paid (STC category F1): wait for the 835 and post from it, never from the 277.',
  'x12.277.claim_finalized':
    'The claim was finalized without saying whether it was paid (F0, F3, F3F, F3N): wait for the 835, which says how; it is not read as paid.',
  'x12.277.claim_denied':
    'The claim (its claim-level status) was finalized as denied (F2) or with no payment forthcoming (F4): work the denial from the 835’s reasons.',
  'x12.277.claim_pending':
    'The claim is pended (P0–P5) or the payer asks for information (R0–R16): send what it asks for and follow up on the date given.',
  'x12.277.claim_not_found':
    'The payer cannot find the claim (A4, D0): check the 999 and 277CA that came back, and send it again if it never arrived.',
  'x12.277.claim_accepted':
    'The claim was accepted into adjudication (A2, A5) and is not yet finalized: wait for the 835.',
  'x12.277.claim_received':
    'The claim was received but not yet accepted into adjudication (A0, A1): wait for the 277CA or ask again.',
  'x12.277.claim_rejected':
    'The claim was rejected before adjudication (A3, A6, A7, A8): fix what the status codes name and send it again as a new claim.',
  'x12.277.unknown_category':
    'A claim status category (STC01-1) is not one of code list 507 this reader knows: the claim is undecided, never taken as paid.',
  'x12.277.inquiry_not_answered':
    'The payer could not answer the inquiry (E0–E4: an error in the 276, or its system unavailable): the claim’s status is not known; correct the 276 or ask again later.',
  'x12.277.status_conflict':
    'The claim’s own statuses contradict each other (paid and denied, pended and finalized, rejected and adjudicated, paid with nothing paid, or denied with a line paid): the claim is undecided.',
  'x12.277.claim_not_asked':
    'The claim status response names a claim (REF*EJ or TRN02) that is not among the claims asked about: it is undecided.',
  'x12.277.claim_not_answered':
    'A claim asked about is not answered in the claim status response: ask again, or ask another payer.',
  'x12.277.paid_amount_unknown':
    'The claim is finalized and paid (F1) but the response gives no amount paid (STC05): the amount is undecided (paidCents null), never zero; post from the 835.',
  'x12.277.line_denied':
    'A service line (2220D/E) was finalized as denied or with no payment (F2, F4) under a claim that was not: the claim keeps its claim-level status; work the line’s denial.',
  'x12.277.line_needs_follow_up':
    'A service line is pended, asked about, not found or rejected while its claim is not: follow the line up with the payer.',
  'x12.277.line_undecided':
    'A service line’s status category is unknown, unanswered or contradicts itself: the claim keeps its claim-level status; read the line by hand.',
  // The 837P writer (reasons)
  'x12.837p.claim_invalid':
    'A claim fails its schema; it was left out of the file and the rest were written.',
  'x12.837p.claim_not_ready':
    'A claim is in no state to send: not yet scrubbed (ready), returned unprocessable, or under appeal or replacement; it was left out.',
  'x12.837p.claim_incomplete':
    'A claim lacks what an 837P requires (a diagnosis); it was left out of the file.',
  'x12.837p.payer_missing': 'A claim’s payer is not among the payers given; it was left out of the file.',
  'x12.837p.client_missing': 'A claim’s client is not among the clients given; it was left out of the file.',
  'x12.837p.provider_missing':
    'A claim’s rendering or supervising clinician is not linked or not among the clinicians given; it was left out.',
  'x12.837p.provider_mismatch':
    'A claim’s rendering or billing NPI is not its provider’s; it was left out of the file.',
  'x12.837p.payer_claim_number_missing':
    'A replacement or void claim must name the payer’s claim control number (REF*F8), and the claim has none; it was left out.',
  'x12.837p.nothing_to_void':
    'A claim to void was never decided by the payer (no payment or denial in its history); nothing was written for it.',
  'x12.837p.void_claim_missing':
    'A claim to void is not among the valid claims given; nothing was written for it.',
  'x12.837p.correction_by_reopening':
    'Medicare Part B corrects or cancels a decided claim through a reopening with the MAC, not a replacement or void claim; it was left out.',
  'x12.837p.claim_id_too_long':
    'A claim’s id is longer than the 20 characters a payer must keep of CLM01 and return in the 835 (CLP01); it was left out, as clearinghouses reject it.',
  'x12.837p.secondary_adjudication_not_written':
    'A secondary claim needs the primary payer’s adjudication (2320, 2330A/B, 2430), which the writer does not write: it was left out.',
  'x12.837p.service_facility_conflict':
    'A line was given at the client’s home or by telehealth (POS 12, 10 or 02), where the 837P names no service facility, while the claim names another site in 2310C that would stand for the line too; the claim was left out (bill the line on its own claim, or list it first).',
  'x12.837p.service_facility_incomplete':
    'A claim (2310C) or a line (2420C) given where it is not the billing provider’s address must name that place with a street address and a nine-digit ZIP code, and its facility has a post office box or a five-digit ZIP; it was left out.',
  'x12.837p.unwritable_value':
    'A value of a claim holds an X12 delimiter, a line break or a character outside the X12 character set (a control character, a letter such as Ñ), which the file cannot carry; the claim was left out.',
});

/**
 * A code of {@link X12_REASON_CODES}.
 * @example
 * ```ts
 * const code: X12ReasonCode = 'x12.file.truncated';
 * ```
 */
export type X12ReasonCode = keyof typeof X12_REASON_CODES;
