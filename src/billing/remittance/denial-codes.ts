import * as z from 'zod';
import { validate } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';

/**
 * A claim adjustment group code. The 005010 835 has exactly four: CO contractual obligation, PR patient
 * responsibility, OA other adjustment, PI payer-initiated reduction. There is no `OI`, and `CR` was retired.
 *
 * @remarks [sources: x12-835]
 * @example
 * ```ts
 * AdjustmentGroupCode.parse('CO'); //=> 'CO'
 * AdjustmentGroupCode.parse('OI'); //=> throws (invalid_value)
 * ```
 */
export const AdjustmentGroupCode = z.enum(['CO', 'PR', 'OA', 'PI']);
export type AdjustmentGroupCode = z.infer<typeof AdjustmentGroupCode>;

/**
 * A claim adjustment reason code (CARC): 1–3 digits, or a letter and digits (e.g. `B7`, `P1`).
 * @example
 * ```ts
 * CarcCode.parse('B7'); //=> 'B7'
 * ```
 */
export const CarcCode = z
  .string()
  .regex(/^(?:[1-9]\d{0,2}|[A-Z]\d{1,2})$/, { message: 'must be a CARC (e.g. 45, B7)' });
export type CarcCode = z.infer<typeof CarcCode>;

/**
 * A remittance advice remark code (RARC), e.g. `N290`, `M51`, `MA130`.
 * @example
 * ```ts
 * RarcCode.parse('MA130'); //=> 'MA130'
 * ```
 */
export const RarcCode = z
  .string()
  .regex(/^(?:MA\d{2,3}|M\d{1,3}|N\d{1,4})$/, { message: 'must be a RARC (e.g. N290, MA130)' });
export type RarcCode = z.infer<typeof RarcCode>;

/**
 * What kind of problem (or posting) an adjustment is.
 * @example
 * ```ts
 * DenialCategory.parse('timely_filing'); //=> 'timely_filing'
 * ```
 */
export const DenialCategory = z.enum([
  'eligibility',
  'authorization',
  'coding',
  'duplicate',
  'timely_filing',
  'medical_necessity',
  'missing_information',
  'coordination_of_benefits',
  'patient_responsibility',
  'contractual',
]);
export type DenialCategory = z.infer<typeof DenialCategory>;

/**
 * The next thing to do about an adjustment.
 * @example
 * ```ts
 * DenialAction.parse('correct_and_resubmit'); //=> 'correct_and_resubmit'
 * ```
 */
export const DenialAction = z.enum([
  'correct_and_resubmit',
  'appeal',
  'verify_coverage_and_rebill',
  'bill_secondary',
  'bill_client',
  'write_off',
  'check_claim_status',
  'send_records',
  'post_only',
  'review_manually',
]);
export type DenialAction = z.infer<typeof DenialAction>;

/**
 * Who should take the next action: a clinician wherever records or clinical judgement are needed.
 * @example
 * ```ts
 * DenialOwner.parse('clinician'); //=> 'clinician'
 * ```
 */
export const DenialOwner = z.enum(['assistant', 'biller', 'clinician']);
export type DenialOwner = z.infer<typeof DenialOwner>;

const Override = z.strictObject({
  category: DenialCategory.optional(),
  action: DenialAction.optional(),
  owner: DenialOwner.optional(),
});

/**
 * How the practice works one CARC: its meaning (in our own words), category, next action, owner,
 * whether it can be appealed, whether a RARC must explain it, whether it is a reduction the payer takes
 * from the allowed amount by rule (`countsTowardAllowed`), and per-group overrides.
 *
 * @example
 * ```ts
 * DenialCodeRule.parse({ carc: '197', description: 'No authorization on file.', category: 'authorization',
 *   action: 'appeal', owner: 'biller', source: 'x12-carc' }).appealable; //=> true
 * ```
 */
export const DenialCodeRule = z.strictObject({
  carc: CarcCode,
  description: z.string().min(1).max(300),
  category: DenialCategory,
  action: DenialAction,
  owner: DenialOwner,
  appealable: z.boolean().default(true),
  needsRemark: z.boolean().default(false),
  /**
   * Whether the amount is part of the allowed amount the payer did not pay: a reduction it takes by rule
   * (sequestration, multiple-procedure rules) or what a prior payer settled (CARC 23 on a secondary's
   * remittance), so remittance posting counts it in the allowed amount and never reads it as an
   * underpayment. The fee-schedule write-off (CARC 45) is not: it is the charge above the allowed.
   */
  countsTowardAllowed: z.boolean().default(false),
  /**
   * Whether the code's meaning is "bill another payer" (another payer may be primary, or this payer is
   * not the client's for the claim): the amount is never the client's until the right payer adjudicates,
   * whatever the group code, so denial triage never bills it to the client.
   */
  otherPayer: z.boolean().default(false),
  /**
   * Whether the code is the client's cost sharing the plan sets (deductible, coinsurance, copay): the
   * only PR amounts a Medicaid provider may collect, and then only as the state plan imposes them.
   */
  costSharing: z.boolean().default(false),
  /**
   * Whether the amount is never the client's under any group code: a reduction the payer takes by rule
   * (sequestration, CARC 253), so a PR group on it is a payer's mis-grouping, not a client balance.
   */
  neverClient: z.boolean().default(false),
  /**
   * Whether the code says the fault is on the provider's side of the claim: a coding or claim error,
   * missing information, the provider's enrollment or credentialing, a missing or exceeded authorization,
   * a duplicate. The amount is never the client's whatever the group code: a PR group on it is the payer's
   * mis-grouping, and the claim is corrected, appealed or written off, never billed to the client.
   */
  providerFault: z.boolean().default(false),
  byGroup: z.partialRecord(AdjustmentGroupCode, Override).default({}),
  /** Where the rule comes from: keys in docs/sources.md (e.g. `x12-carc`), or the practice's own note. */
  source: z.string().min(1).max(200),
});
export type DenialCodeRule = z.infer<typeof DenialCodeRule>;
/**
 * A {@link DenialCodeRule} as a practice writes it: `appealable`, `needsRemark`, `countsTowardAllowed`,
 * `otherPayer`, `costSharing`, `neverClient`, `providerFault` and `byGroup` may be left out.
 * @example
 * ```ts
 * const rule: DenialCodeRuleInput = { carc: '16', description: 'The claim lacks information.',
 *   category: 'missing_information', action: 'correct_and_resubmit', owner: 'biller', source: 'x12-carc' };
 * DenialCodeRule.parse(rule).needsRemark; //=> false
 * ```
 */
export type DenialCodeRuleInput = z.input<typeof DenialCodeRule>;

/**
 * A table of denial code rules keyed by CARC. Build one with {@link extendDenialCodeTable}.
 * @example
 * ```ts
 * const table: DenialCodeTable = extendDenialCodeTable([]);
 * table['29']?.category; //=> 'timely_filing'
 * ```
 */
export type DenialCodeTable = { readonly [carc: string]: DenialCodeRule };

// The CARC list's meanings; actions are practice conventions.
const X12_CARC = 'x12-carc';
const rule = (r: DenialCodeRuleInput): DenialCodeRule => DenialCodeRule.parse(r);

// Descriptions paraphrase the X12 CARC list [sources: x12-carc]; actions are common practice.
const BUILT_IN: readonly DenialCodeRule[] = [
  rule({
    carc: '1',
    description: 'The client’s deductible applies.',
    category: 'patient_responsibility',
    action: 'bill_client',
    owner: 'assistant',
    appealable: false,
    costSharing: true,
    source: X12_CARC,
  }),
  rule({
    carc: '2',
    description: 'The client’s coinsurance share.',
    category: 'patient_responsibility',
    action: 'bill_client',
    owner: 'assistant',
    appealable: false,
    costSharing: true,
    source: X12_CARC,
  }),
  rule({
    carc: '3',
    description: 'The client’s copay.',
    category: 'patient_responsibility',
    action: 'bill_client',
    owner: 'assistant',
    appealable: false,
    costSharing: true,
    source: X12_CARC,
  }),
  rule({
    carc: '4',
    description: 'A modifier is missing or does not fit the procedure.',
    category: 'coding',
    action: 'correct_and_resubmit',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '5',
    description: 'The procedure does not fit the place of service.',
    category: 'coding',
    action: 'correct_and_resubmit',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '16',
    description: 'Information is missing or wrong on the claim; the remark says what.',
    category: 'missing_information',
    action: 'correct_and_resubmit',
    owner: 'biller',
    appealable: false,
    needsRemark: true,
    providerFault: true,
    source: 'x12-carc, x12-837p',
  }),
  rule({
    carc: '18',
    description: 'The payer already has this exact claim or service.',
    category: 'duplicate',
    action: 'check_claim_status',
    owner: 'biller',
    appealable: false,
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '22',
    description: 'Another payer may be primary (coordination of benefits).',
    category: 'coordination_of_benefits',
    action: 'verify_coverage_and_rebill',
    owner: 'assistant',
    otherPayer: true,
    source: X12_CARC,
  }),
  rule({
    carc: '23',
    description: 'The prior payer’s decision reduced this payment.',
    category: 'coordination_of_benefits',
    action: 'post_only',
    owner: 'biller',
    appealable: false,
    // What the primary payer settled is part of the secondary's allowed amount, not missing money.
    countsTowardAllowed: true,
    source: X12_CARC,
  }),
  rule({
    carc: '26',
    description: 'The service came before the coverage started.',
    category: 'eligibility',
    action: 'verify_coverage_and_rebill',
    owner: 'assistant',
    source: X12_CARC,
  }),
  rule({
    carc: '27',
    description: 'The service came after the coverage ended.',
    category: 'eligibility',
    action: 'verify_coverage_and_rebill',
    owner: 'assistant',
    source: X12_CARC,
  }),
  rule({
    carc: '29',
    description: 'The claim reached the payer after its filing limit.',
    category: 'timely_filing',
    action: 'write_off',
    owner: 'biller',
    source: 'x12-carc, cms-mcpm-ch1-70',
  }),
  rule({
    carc: '31',
    description: 'The payer cannot identify the client as its member.',
    category: 'eligibility',
    action: 'correct_and_resubmit',
    owner: 'assistant',
    appealable: false,
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '45',
    description: 'The charge is above the contracted or scheduled fee.',
    category: 'contractual',
    action: 'write_off',
    owner: 'biller',
    appealable: false,
    // PR: out of network, the balance above the plan's allowed amount is the client's; in network (or
    // with the network unknown) denial triage writes it off (or holds it) whatever the group.
    byGroup: { PR: { action: 'bill_client' } },
    source: X12_CARC,
  }),
  rule({
    carc: '50',
    description: 'The payer judged the service not medically necessary.',
    category: 'medical_necessity',
    action: 'appeal',
    owner: 'clinician',
    source: X12_CARC,
  }),
  rule({
    carc: '59',
    description: 'Paid under the payer’s rules for multiple or concurrent procedures on the same day.',
    category: 'contractual',
    action: 'write_off',
    owner: 'biller',
    countsTowardAllowed: true,
    // A pricing reduction like CARC 45: under PR, out of network, the part the payer's multiple-procedure
    // rule did not allow is the client's balance; in network (or with the network unknown) denial triage
    // writes it off (or holds it) whatever the group.
    byGroup: { PR: { action: 'bill_client' } },
    source: X12_CARC,
  }),
  rule({
    carc: '94',
    description: 'Processed above the billed charge: the payer allowed more than was billed.',
    category: 'contractual',
    action: 'post_only',
    owner: 'biller',
    appealable: false,
    source: X12_CARC,
  }),
  rule({
    carc: '96',
    description: 'The charge is not covered; the remark says why.',
    category: 'eligibility',
    action: 'verify_coverage_and_rebill',
    owner: 'biller',
    needsRemark: true,
    byGroup: { PR: { category: 'patient_responsibility', action: 'bill_client' } },
    source: X12_CARC,
  }),
  rule({
    carc: '97',
    description: 'Paid as part of another service on the claim (bundled).',
    category: 'coding',
    action: 'correct_and_resubmit',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '109',
    description: 'This payer does not cover the claim; it belongs to another payer.',
    category: 'eligibility',
    action: 'verify_coverage_and_rebill',
    owner: 'assistant',
    appealable: false,
    otherPayer: true,
    source: X12_CARC,
  }),
  rule({
    carc: '119',
    description: 'The benefit limit for the period has been reached.',
    category: 'patient_responsibility',
    action: 'bill_client',
    owner: 'assistant',
    source: X12_CARC,
  }),
  rule({
    carc: '146',
    description: 'The diagnosis is not valid for the date of service.',
    category: 'coding',
    action: 'correct_and_resubmit',
    owner: 'clinician',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '167',
    description: 'The payer does not cover this diagnosis.',
    category: 'coding',
    action: 'appeal',
    owner: 'clinician',
    source: X12_CARC,
  }),
  rule({
    carc: '170',
    description: 'The payer does not pay this type of provider.',
    category: 'eligibility',
    action: 'correct_and_resubmit',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '185',
    description: 'The rendering provider is not eligible for this service.',
    category: 'eligibility',
    action: 'correct_and_resubmit',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '197',
    description: 'No prior authorization or precertification on file.',
    category: 'authorization',
    action: 'appeal',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '198',
    description: 'The service went beyond the authorized visits or units.',
    category: 'authorization',
    action: 'appeal',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '204',
    description: 'The client’s current plan does not cover this service.',
    category: 'eligibility',
    action: 'write_off',
    owner: 'biller',
    byGroup: { PR: { category: 'patient_responsibility', action: 'bill_client' } },
    source: X12_CARC,
  }),
  rule({
    carc: '206',
    description: 'The NPI is missing.',
    category: 'missing_information',
    action: 'correct_and_resubmit',
    owner: 'biller',
    appealable: false,
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '207',
    description: 'The NPI is invalid.',
    category: 'missing_information',
    action: 'correct_and_resubmit',
    owner: 'biller',
    appealable: false,
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '208',
    description: 'The NPI does not match the payer’s records.',
    category: 'missing_information',
    action: 'correct_and_resubmit',
    owner: 'biller',
    appealable: false,
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '242',
    description: 'The service was not given by a network or primary-care provider.',
    category: 'eligibility',
    action: 'appeal',
    owner: 'biller',
    byGroup: { PR: { category: 'patient_responsibility', action: 'bill_client' } },
    source: X12_CARC,
  }),
  rule({
    carc: '252',
    description: 'The payer needs an attachment or records to decide.',
    category: 'missing_information',
    action: 'send_records',
    owner: 'clinician',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '253',
    description: 'Sequestration: the federally mandated reduction of Medicare payments (2 %).',
    category: 'contractual',
    action: 'write_off',
    owner: 'biller',
    appealable: false,
    neverClient: true,
    countsTowardAllowed: true,
    source: 'x12-carc, cms-sequestration',
  }),
  rule({
    carc: '284',
    description: 'The authorization number is valid but not for this service.',
    category: 'authorization',
    action: 'correct_and_resubmit',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: '296',
    description: 'The authorization number is valid but not for this provider.',
    category: 'authorization',
    action: 'correct_and_resubmit',
    owner: 'biller',
    providerFault: true,
    source: X12_CARC,
  }),
  rule({
    carc: 'B7',
    description: 'The provider was not certified or enrolled on the date of service.',
    category: 'eligibility',
    action: 'write_off',
    owner: 'biller',
    providerFault: true,
    source: 'x12-carc, cfr-42-424.520',
  }),
];

/**
 * The built-in table of common behavioral-health CARCs and how to work them, keyed by code.
 *
 * @remarks [sources: x12-835, x12-carc]; the descriptions are ours, not the X12 text.
 * @example
 * ```ts
 * DENIAL_CODE_TABLE['197'].category; //=> 'authorization'
 * ```
 */
export const DENIAL_CODE_TABLE: DenialCodeTable = Object.freeze(
  Object.fromEntries(BUILT_IN.map((r) => [r.carc, Object.freeze(r)])),
);

/**
 * Whether a rule's code denies the service (not covered, benefit limit reached, not medically necessary):
 * neither the client's cost sharing nor a fee-schedule adjustment. A PR amount under such a code is the
 * client's, yet the payer denied that part of the claim. `false` for a code not in the table.
 * @example
 * ```ts
 * deniesService(DENIAL_CODE_TABLE['204']); //=> true
 * deniesService(DENIAL_CODE_TABLE['2']); //=> false (coinsurance)
 * ```
 */
export function deniesService(rule: DenialCodeRule | undefined): boolean {
  return rule !== undefined && !rule.costSharing && rule.category !== 'contractual';
}

const DenialCodeTableShape = z.record(z.string(), z.unknown());
const DenialCodeRules = z.array(DenialCodeRule);

/**
 * `table` when it is a table of denial code rules keyed by CARC; a ValidationError otherwise. A malformed
 * rule is reported by its entry's position in the table (`Object.keys` order: `[3].owner`), never by its
 * key: the keys are the caller's text, and a ValidationError never echoes it.
 */
export function denialCodeTableArgument(table: DenialCodeTable): DenialCodeTable {
  // The shipped table needs no check; a caller's table is checked once per call.
  if (table === DENIAL_CODE_TABLE) return table;
  const shape = validate(DenialCodeTableShape, table, 'denial code table');
  const keys = Object.keys(shape);
  const rules = validate(
    DenialCodeRules,
    keys.map((key) => shape[key]),
    'denial code table',
  );
  return Object.fromEntries(keys.map((key, i) => [key, rules[i] as DenialCodeRule]));
}

/**
 * A new table with the practice's rules added to (or replacing those of) a base table.
 *
 * @throws {@link ValidationError} listing every malformed rule and a `base` that is not a table of rules at
 * once, each path under its parameter's name (`$.rules[0].owner`, `$.base[3].owner`: a table's rule by its
 * entry's position in `Object.keys` order, never by its key).
 * @example
 * ```ts
 * const table = extendDenialCodeTable([{ carc: '288', description: 'Referral missing.',
 *   category: 'authorization', action: 'correct_and_resubmit', owner: 'assistant', source: 'our policy' }]);
 * table['288'].owner; //=> 'assistant'
 * ```
 */
export function extendDenialCodeTable(
  rules: readonly DenialCodeRuleInput[],
  base: DenialCodeTable = DENIAL_CODE_TABLE,
): DenialCodeTable {
  // Both arguments' problems at once, each under its parameter's name (`$.rules[0].owner`, `$.base[3]…`).
  const [parsed, table] = validateArguments([
    ['rules', z.array(DenialCodeRule), rules, 'denial code rules'],
    ['base', denialCodeTableArgument, base, 'denial code table'],
  ]);
  const out: Record<string, DenialCodeRule> = { ...table };
  for (const r of parsed) out[r.carc] = Object.freeze(r);
  return Object.freeze(out);
}
