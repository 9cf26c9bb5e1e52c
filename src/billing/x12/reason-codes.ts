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
    'The payment (BPR02) is not the claims’ payments less the provider-level adjustments (PLB).',
  'x12.835.claim_not_readable':
    'A claim has a value the remittance model cannot hold (claim id, status, code or amount): it is set aside, not posted.',
  'x12.835.crossover':
    'The payer forwarded the claim to another payer (a crossover): bill nothing to the secondary payer by hand until it answers.',
  'x12.835.provider_adjustment':
    'A provider-level adjustment (PLB) changes the payment apart from any claim: reconcile it with the deposit.',
  'x12.835.no_claims': 'The remittance carries no claim (only provider-level adjustments, or nothing).',
});

/**
 * A code of {@link X12_REASON_CODES}.
 * @example
 * ```ts
 * const code: X12ReasonCode = 'x12.file.truncated';
 * ```
 */
export type X12ReasonCode = keyof typeof X12_REASON_CODES;
