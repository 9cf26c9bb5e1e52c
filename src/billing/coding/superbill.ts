import * as z from 'zod';
import {
  type Decision,
  isNonEmpty,
  LocalDate,
  NonNegativeCents,
  Npi,
  Phone,
  type Reason,
  reason,
  sumCents,
  UsState,
  validate,
} from '../../core/index.js';
import { PlaceOfService } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { IN_PERSON_PLACE_OF_SERVICE_CODES, IN_PERSON_PLACES_OF_SERVICE } from './in-person-places.js';
import { ServiceCode } from './service-codes.js';
import { sessionCodeSetReasons, TELEHEALTH_MODIFIERS } from './session-code-rules.js';

/**
 * A federal tax id (EIN) written `NN-NNNNNNN` or as nine digits.
 *
 * @example
 * ```ts
 * ProviderTaxId.parse('12-3456789'); //=> '12-3456789'
 * ```
 */
export const ProviderTaxId = z
  .string()
  .regex(/^\d{2}-?\d{7}$/, { message: 'must be a 9-digit tax id (NN-NNNNNNN)' });
export type ProviderTaxId = z.infer<typeof ProviderTaxId>;

/**
 * An ICD-10-CM diagnosis code, format only (letter, two characters, optional dot and up to four more).
 * The code itself is supplied by the clinician: the library never chooses or judges a diagnosis.
 *
 * @example
 * ```ts
 * Icd10Code.parse('F41.1'); //=> 'F41.1'
 * ```
 */
export const Icd10Code = z
  .string()
  .regex(/^[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/, { message: 'must be an ICD-10-CM code such as F41.1' });
export type Icd10Code = z.infer<typeof Icd10Code>;

/**
 * A US postal address.
 *
 * @example
 * ```ts
 * SuperbillAddress.parse({ line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701' });
 * ```
 */
export const SuperbillAddress = z.strictObject({
  line1: z.string().min(1).max(200),
  line2: z.string().min(1).max(200).optional(),
  city: z.string().min(1).max(100),
  state: UsState,
  postalCode: z.string().regex(/^\d{5}(-\d{4})?$/, { message: 'must be a ZIP code (NNNNN or NNNNN-NNNN)' }),
});
export type SuperbillAddress = z.infer<typeof SuperbillAddress>;

/**
 * The rendering provider as a superbill shows them: name as on the NPI record, individual NPI, tax id,
 * license number and state, address and phone; taxonomy and organization NPI when known.
 *
 * @example
 * ```ts
 * SuperbillProvider.shape.npi; // Npi
 * ```
 */
export const SuperbillProvider = z.strictObject({
  name: z.string().min(1).max(200),
  credentials: z.string().min(1).max(50).optional(),
  npi: Npi,
  organizationNpi: Npi.optional(),
  taxId: ProviderTaxId,
  licenseNumber: z.string().min(1).max(50),
  licenseState: UsState,
  taxonomyCode: z
    .string()
    .regex(/^[0-9A-Z]{9}X$/, { message: 'must be a 10-character taxonomy code' })
    .optional(),
  address: SuperbillAddress,
  phone: Phone,
});
export type SuperbillProvider = z.infer<typeof SuperbillProvider>;

/**
 * The client as a superbill shows them: name, date of birth, address, and the insurance member id.
 *
 * @example
 * ```ts
 * SuperbillClient.parse({ name: 'Ava Reyes', dateOfBirth: '1990-04-12', memberId: 'W123456789',
 *   address: { line1: '9 Elm St', city: 'Austin', state: 'TX', postalCode: '78702' } });
 * ```
 */
export const SuperbillClient = z.strictObject({
  name: z.string().min(1).max(200),
  dateOfBirth: LocalDate,
  memberId: z.string().min(1).max(50),
  address: SuperbillAddress,
});
export type SuperbillClient = z.infer<typeof SuperbillClient>;

/**
 * One service on a superbill: an exact date of service (no ranges), the CPT code with modifiers and
 * units, the place of service, pointers (1-based) into the superbill's diagnosis list, and the full fee.
 *
 * @example
 * ```ts
 * SuperbillLine.parse({ dateOfService: '2026-03-02', code: '90837', modifiers: ['95'], units: 1,
 *   placeOfService: '10', diagnosisPointers: [1], chargeCents: 18000 });
 * ```
 */
export const SuperbillLine = z.strictObject({
  dateOfService: LocalDate,
  code: ServiceCode,
  modifiers: z
    .array(z.string().regex(/^[0-9A-Z]{2}$/, { message: 'must be a 2-character modifier' }))
    .max(4)
    .default([]),
  units: z.number().int().min(1).max(99),
  /**
   * Telehealth (02, 10) or an in-person place: the office (11), the client's home (12), assisted living
   * (13), a group home (14), nursing or custodial care (31, 32, 33) [sources: cms-pos-codes].
   */
  placeOfService: z.enum([...PlaceOfService.options, ...IN_PERSON_PLACE_OF_SERVICE_CODES]),
  diagnosisPointers: z.array(z.number().int().min(1).max(12)).min(1).max(4),
  chargeCents: NonNegativeCents,
});
export type SuperbillLine = z.infer<typeof SuperbillLine>;

/**
 * A complete superbill: what an insurer needs to reimburse an out-of-network client.
 *
 * @remarks Fields insurers ask of an out-of-network claim (a practice convention): provider name matching the
 * NPI record,
 * individual NPI, tax id, license number and state, address and phone, signature; client name, date of
 * birth and member id; exact dates of service; CPT codes with modifiers and units; ICD-10 codes; full fee;
 * amount paid; place of service (02/10/11).
 * @example
 * ```ts
 * Superbill.shape.diagnosisCodes; // 1 to 12 ICD-10-CM codes
 * ```
 */
export const Superbill = z.strictObject({
  provider: SuperbillProvider,
  client: SuperbillClient,
  diagnosisCodes: z.array(Icd10Code).min(1).max(12),
  lines: z.array(SuperbillLine).min(1).max(100),
  amountPaidCents: NonNegativeCents,
  issuedOn: LocalDate,
  signature: z.strictObject({ signedBy: z.string().min(1).max(200), signedOn: LocalDate }),
});
export type Superbill = z.infer<typeof Superbill>;
/**
 * A {@link Superbill} as callers write it, before its defaults apply: each line's `modifiers` may be left out (none).
 */
export type SuperbillInput = z.input<typeof Superbill>;

/**
 * A superbill being prepared: each field may still be missing, but whatever is present must be valid.
 *
 * @example
 * ```ts
 * SuperbillDraft.parse({ provider: { name: 'Dr. Lee' } }); // accepted: completeness is a decision, not an error
 * ```
 */
export const SuperbillDraft = z.strictObject({
  provider: SuperbillProvider.partial().optional(),
  client: SuperbillClient.partial().optional(),
  diagnosisCodes: z.array(Icd10Code).max(12).optional(),
  lines: z.array(SuperbillLine).max(100).optional(),
  amountPaidCents: NonNegativeCents.optional(),
  issuedOn: LocalDate.optional(),
  signature: Superbill.shape.signature.optional(),
});
export type SuperbillDraft = z.input<typeof SuperbillDraft>;

/**
 * A complete superbill with its totals, ready for a host to render.
 * @example
 * ```ts
 * evaluateSuperbill(completeDraft).superbill?.totals; //=> { chargesCents: 33000, paidCents: 33000, balanceCents: 0 }
 * ```
 */
export interface SuperbillDocument extends Superbill {
  readonly totals: {
    readonly chargesCents: number;
    readonly paidCents: number;
    /** Charges minus payments; 0 means "paid in full". */
    readonly balanceCents: number;
  };
  readonly paidInFull: boolean;
}

/**
 * Whether a superbill draft is complete, with the rendered document when it is.
 * @example
 * ```ts
 * // { outcome: 'incomplete', superbill: null, reasons: [{ code: 'billing.superbill.unsigned', … }] }
 * ```
 */
export type SuperbillDecision = Decision<
  'complete',
  'incomplete',
  BillingReasonCode,
  { readonly superbill: SuperbillDocument | null }
>;

/** The required keys of an object schema, in schema order. */
function requiredKeys(shape: Record<string, z.ZodType>): string[] {
  return Object.keys(shape).filter((k) => !(shape[k] as z.ZodType).safeParse(undefined).success);
}

function missing(field: string): Reason<BillingReasonCode> {
  return reason('billing.superbill.missing_field', 'error', `The superbill needs ${field}.`, { field });
}

/**
 * What a claim would be refused for in the services themselves, by the claim scrubber's own rules: the
 * code set of each date (pairings, units, add-ons, a code twice), a telehealth modifier on an office line,
 * and a date of service after the superbill was issued or signed.
 */
function serviceRuleReasons(
  lines: readonly SuperbillLine[],
  d: z.infer<typeof SuperbillDraft>,
  reasons: Reason<BillingReasonCode>[],
): void {
  const dated = lines.map((l) => ({ serviceDate: l.dateOfService, code: l.code, units: l.units }));
  for (const r of sessionCodeSetReasons(dated)) {
    reasons.push(
      reason('billing.superbill.code_set_rule', 'error', r.message, {
        ...r.facts,
        rule: r.code,
      }),
    );
  }
  for (const [i, line] of lines.entries()) {
    // POS 11 (the office) and the other in-person places say the client was seen in person; 95/93/GT/FQ say
    // the session was delivered remotely [sources: cms-pos-codes, mac-fcso-telehealth-modifiers].
    const remote = line.modifiers.filter((m) => TELEHEALTH_MODIFIERS.has(m));
    if (IN_PERSON_PLACES_OF_SERVICE.has(line.placeOfService) && remote.length > 0) {
      reasons.push(
        reason(
          'billing.superbill.telehealth_modifier_in_office',
          'error',
          `Service line ${i + 1} carries a telehealth modifier with an in-person place of service (${line.placeOfService}).`,
          { line: i, placeOfService: line.placeOfService, modifiers: remote },
        ),
      );
    }
    for (const [field, day] of [
      ['issuedOn', d.issuedOn],
      ['signedOn', d.signature?.signedOn],
    ] as const) {
      if (day !== undefined && line.dateOfService > day) {
        reasons.push(
          reason(
            'billing.superbill.service_after_issue',
            'error',
            `Service line ${i + 1} is dated after the superbill was ${field === 'issuedOn' ? 'issued' : 'signed'}.`,
            { line: i, dateOfService: line.dateOfService, [field]: day },
          ),
        );
      }
    }
  }
}

// A diagnosis code listed twice: each repeat at its path, with the position of its first listing (never the code).
function duplicateDiagnosisReasons(codes: readonly string[], reasons: Reason<BillingReasonCode>[]): void {
  const firstAt = new Map<string, number>();
  for (const [i, code] of codes.entries()) {
    const earlier = firstAt.get(code);
    if (earlier === undefined) {
      firstAt.set(code, i);
      continue;
    }
    reasons.push(
      reason(
        'billing.superbill.duplicate_diagnosis',
        'error',
        `Diagnosis ${i + 1} repeats diagnosis ${earlier + 1}.`,
        { at: `$.diagnosisCodes[${i}]`, index: i, sameAs: earlier },
      ),
    );
  }
}

// One line's own content: a date of service before the client's birth, a $0 charge, a diagnosis pointer
// given twice. Each by path, never with the value (a date of birth is PHI).
function lineContentReasons(
  line: SuperbillLine,
  i: number,
  dateOfBirth: LocalDate | undefined,
  reasons: Reason<BillingReasonCode>[],
): void {
  if (dateOfBirth !== undefined && line.dateOfService < dateOfBirth) {
    reasons.push(
      reason(
        'billing.superbill.service_before_birth',
        'error',
        `Service line ${i + 1} is dated before the client's date of birth.`,
        { at: `$.lines[${i}].dateOfService`, line: i },
      ),
    );
  }
  if (line.chargeCents === 0) {
    reasons.push(
      reason(
        'billing.superbill.zero_charge',
        'error',
        `Service line ${i + 1} has no charge: a superbill shows the full fee of each service.`,
        { at: `$.lines[${i}].chargeCents`, line: i },
      ),
    );
  }
  const seen = new Set<number>();
  for (const [j, pointer] of line.diagnosisPointers.entries()) {
    if (!seen.has(pointer)) {
      seen.add(pointer);
      continue;
    }
    reasons.push(
      reason(
        'billing.superbill.duplicate_diagnosis_pointer',
        'error',
        `Service line ${i + 1} points to the same diagnosis twice.`,
        { at: `$.lines[${i}].diagnosisPointers[${j}]`, line: i, index: j },
      ),
    );
  }
}

function completenessReasons(d: z.infer<typeof SuperbillDraft>): Reason<BillingReasonCode>[] {
  const reasons: Reason<BillingReasonCode>[] = [];
  const parts = [
    ['provider', d.provider, SuperbillProvider.shape],
    ['client', d.client, SuperbillClient.shape],
  ] as const;
  for (const [name, value, shape] of parts) {
    for (const key of requiredKeys(shape)) {
      if (value?.[key as keyof typeof value] === undefined) reasons.push(missing(`$.${name}.${key}`));
    }
  }
  const diagnosisCount = d.diagnosisCodes?.length ?? 0;
  if (diagnosisCount === 0) {
    reasons.push(
      reason(
        'billing.superbill.no_diagnosis',
        'error',
        'The superbill needs at least one ICD-10 diagnosis code, supplied by the clinician.',
        { routeTo: 'clinician' },
      ),
    );
  }
  const lines = d.lines ?? [];
  if (lines.length === 0) {
    reasons.push(
      reason('billing.superbill.no_service_lines', 'error', 'The superbill lists no services.', {}),
    );
  }
  duplicateDiagnosisReasons(d.diagnosisCodes ?? [], reasons);
  for (const [i, line] of lines.entries()) {
    lineContentReasons(line, i, d.client?.dateOfBirth, reasons);
    const bad = line.diagnosisPointers.filter((p) => p > diagnosisCount);
    if (bad.length > 0) {
      reasons.push(
        reason(
          'billing.superbill.diagnosis_pointer_invalid',
          'error',
          `Service line ${i + 1} points to a diagnosis the superbill does not list.`,
          { line: i, pointers: bad, diagnosisCount },
        ),
      );
    }
  }
  serviceRuleReasons(lines, d, reasons);
  if (d.amountPaidCents === undefined) reasons.push(missing('$.amountPaidCents'));
  if (d.issuedOn === undefined) reasons.push(missing('$.issuedOn'));
  if (d.signature === undefined) {
    reasons.push(
      reason('billing.superbill.unsigned', 'error', 'The provider has not signed the superbill.', {}),
    );
  }
  const charges = sumCents(lines.map((l) => l.chargeCents));
  if (d.amountPaidCents !== undefined && d.amountPaidCents > charges) {
    reasons.push(
      reason(
        'billing.superbill.paid_above_charges',
        'error',
        'The amount paid is more than the total charges.',
        {
          amountPaidCents: d.amountPaidCents,
          chargesCents: charges,
        },
      ),
    );
  }
  return reasons;
}

/**
 * Checks a superbill draft for everything an insurer needs and, when complete, returns it as a structured
 * document with totals for a host to render (it is a receipt for the client, not a claim).
 *
 * @param draft - the superbill so far ({@link SuperbillDraft}); present fields must be valid
 * @returns `complete` with the {@link SuperbillDocument}, or `incomplete` with one reason per gap
 * @throws {@link ValidationError} when a present field is invalid (bad NPI check digit, unknown code, …)
 * @remarks Required fields as insurers ask for them (a practice convention); diagnosis codes come from the
 * clinician and are
 * only checked for format (clinical boundary). The services follow the claim rules, shared with the claim
 * scrubber: each date's code set (pairings, units, add-ons, a code twice: `billing.superbill.code_set_rule`
 * with the broken `billing.codes.*` rule in `facts.rule`) [sources: lcd-l35101, ama-cpt]; no telehealth
 * modifier on an office line (POS 11) [sources: cms-pos-codes, mac-fcso-telehealth-modifiers]; and no date
 * of service after the day the superbill was issued or signed (a receipt is for services given). A date
 * of service before the client's date of birth (`billing.superbill.service_before_birth`), a $0 charge
 * (`billing.superbill.zero_charge`: a superbill shows the full fee), a diagnosis code listed twice
 * (`billing.superbill.duplicate_diagnosis`) and a pointer given twice on one line
 * (`billing.superbill.duplicate_diagnosis_pointer`) are `incomplete` too, each with its path in
 * `facts.at` (`$.lines[0].chargeCents`) and never the value.
 * @example
 * ```ts
 * import type { SuperbillDraft } from 'practice-ops/billing';
 *
 * const address = { line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701' } as const;
 * // A paid 90834 on 2026-03-02, issued 2026-03-05, not yet signed.
 * const unsigned: SuperbillDraft = {
 *   provider: { name: 'Jordan Lee', npi: '1234567893', taxId: '12-3456789', licenseNumber: 'LMFT 12345',
 *     licenseState: 'TX', address, phone: '+15125550100' },
 *   client: { name: 'Ava Reyes', dateOfBirth: '1990-04-12', memberId: 'W1', address },
 *   diagnosisCodes: ['F41.1'],
 *   lines: [{ dateOfService: '2026-03-02', code: '90834', units: 1, placeOfService: '11',
 *     diagnosisPointers: [1], chargeCents: 15000 }],
 *   amountPaidCents: 15000,
 *   issuedOn: '2026-03-05',
 * };
 * evaluateSuperbill(unsigned);
 * //=> { outcome: 'incomplete', superbill: null, reasons: [{ code: 'billing.superbill.unsigned', … }] }
 * evaluateSuperbill({ ...unsigned, signature: { signedBy: 'Jordan Lee', signedOn: '2026-03-05' } }).outcome;
 * //=> 'complete'
 * ```
 */
export function evaluateSuperbill(draft: SuperbillDraft): SuperbillDecision {
  const d = validate(SuperbillDraft, draft, 'superbill');
  const reasons = completenessReasons(d);
  if (isNonEmpty(reasons)) return { outcome: 'incomplete', superbill: null, reasons };
  const bill = validate(Superbill, d, 'superbill');
  const chargesCents = sumCents(bill.lines.map((l) => l.chargeCents));
  return {
    outcome: 'complete',
    superbill: {
      ...bill,
      totals: {
        chargesCents,
        paidCents: bill.amountPaidCents,
        balanceCents: chargesCents - bill.amountPaidCents,
      },
      paidInFull: bill.amountPaidCents === chargesCents,
    },
    reasons: [],
  };
}
