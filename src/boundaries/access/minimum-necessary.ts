import * as z from 'zod';
import { compareText, validateArguments } from '../../core/internal.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import { isClinicalRole, PracticeRole } from './practice-role.js';

/**
 * A category of information in a client record, the unit the minimum-necessary matrix speaks in.
 * `psychotherapy_notes` are the separate process notes of 45 CFR 164.501; `substance_use_record` is a
 * 42 CFR Part 2 record; `provider_credentials` is clinician (not client) data.
 *
 * @example
 * ```ts
 * PhiCategory.parse('insurance'); //=> 'insurance'
 * ```
 * @remarks List workforce roles and the PHI categories each needs [sources: cfr-45-164.514].
 */
export const PhiCategory = z.enum([
  'identity',
  'contact',
  'demographics',
  'appointments',
  'insurance',
  'billing',
  'diagnosis_codes',
  'clinical_record',
  'psychotherapy_notes',
  'substance_use_record',
  'provider_credentials',
]);
export type PhiCategory = z.infer<typeof PhiCategory>;

/**
 * Why a role is looking at a record. Treatment-purpose access by providers is outside the minimum-necessary
 * standard, but psychotherapy notes and Part 2 records keep their own rules.
 *
 * @example
 * ```ts
 * AccessPurpose.parse('payment'); //=> 'payment'
 * ```
 * @remarks 45 CFR 164.502(b)(2) exceptions [sources: hhs-minimum-necessary]; FHIR Permission "purpose"
 * [sources: fhir-permission].
 */
export const AccessPurpose = z.enum([
  'treatment',
  'supervision',
  'scheduling',
  'intake',
  'payment',
  'credentialing',
  'operations',
]);
export type AccessPurpose = z.infer<typeof AccessPurpose>;

type Matrix = Readonly<
  Record<PracticeRole, Partial<Readonly<Record<AccessPurpose, readonly PhiCategory[]>>>>
>;

const FRONT_DESK: readonly PhiCategory[] = ['identity', 'contact', 'appointments'];
const INTAKE: readonly PhiCategory[] = ['identity', 'contact', 'demographics', 'appointments', 'insurance'];
const PAYMENT: readonly PhiCategory[] = [
  'identity',
  'contact',
  'demographics',
  'appointments',
  'insurance',
  'billing',
  'diagnosis_codes',
];
const CLINICAL: readonly PhiCategory[] = [
  'identity',
  'contact',
  'demographics',
  'appointments',
  'insurance',
  'diagnosis_codes',
  'clinical_record',
  'psychotherapy_notes',
  'substance_use_record',
];

/**
 * Which categories each role needs for each purpose; a purpose a role does not list is one it does not
 * act for. Psychotherapy notes and Part 2 records appear only under clinical roles and still need their
 * own conditions ({@link planRecordAccess}).
 *
 * @example
 * ```ts
 * MINIMUM_NECESSARY_MATRIX.biller.payment;
 * //=> ['identity', 'contact', 'demographics', 'appointments', 'insurance', 'billing', 'diagnosis_codes']
 * ```
 * @remarks 45 CFR 164.514(d)(2) [sources: cfr-45-164.514] (e.g. `scheduler: demographics, appointments,
 * coverage`; never psychotherapy notes); billing sees what a claim needs (identity, coverage, dates of
 * service, diagnosis codes, charges) and no notes; as in peers' role matrices (TherapyAppointment's admin
 * accounts cannot see progress notes or treatment plans [sources: peer-role-matrices]).
 */
export const MINIMUM_NECESSARY_MATRIX: Matrix = Object.freeze({
  clinician: { treatment: CLINICAL, scheduling: FRONT_DESK, intake: INTAKE },
  supervisor: { treatment: CLINICAL, supervision: CLINICAL, scheduling: FRONT_DESK, intake: INTAKE },
  practice_owner: {
    scheduling: FRONT_DESK,
    intake: INTAKE,
    payment: PAYMENT,
    credentialing: ['provider_credentials'],
    operations: ['identity', 'contact', 'appointments', 'insurance', 'billing', 'provider_credentials'],
  },
  assistant: { scheduling: FRONT_DESK, intake: INTAKE, operations: ['identity', 'contact'] },
  biller: { payment: PAYMENT },
  credentialing_coordinator: { credentialing: ['provider_credentials'] },
});

/**
 * How one field of a record is classified: its category, and whether it is a 42 CFR Part 2 record.
 *
 * @example
 * ```ts
 * RecordFieldSpec.parse({ category: 'appointments', part2: true }); //=> { category: 'appointments', part2: true }
 * ```
 * @remarks Tag SUD-program records `part2=true` [sources: cfr-42-part-2].
 */
export const RecordFieldSpec = z
  .object({ category: PhiCategory, part2: z.boolean().default(false) })
  .strict();
export type RecordFieldSpec = z.infer<typeof RecordFieldSpec>;
/**
 * A {@link RecordFieldSpec} as callers write it, before its defaults apply: `part2` may be left out (`false`).
 *
 * @example
 * ```ts
 * const spec: RecordFieldSpecInput = { category: 'appointments' };
 * ```
 */
export type RecordFieldSpecInput = z.input<typeof RecordFieldSpec>;

/**
 * The classification of a record's fields, by field name. Fields not listed are hidden (default deny).
 *
 * @example
 * ```ts
 * RecordFieldMap.parse({ name: { category: 'identity' } }); //=> { name: { category: 'identity', part2: false } }
 * ```
 * @remarks 164.514(d)(2): PHI categories per workforce role [sources: cfr-45-164.514].
 */
export const RecordFieldMap = z.record(z.string().min(1).max(200), RecordFieldSpec);
export type RecordFieldMap = z.infer<typeof RecordFieldMap>;
/** What callers pass for a {@link RecordFieldMap}. */
export type RecordFieldMapInput = z.input<typeof RecordFieldMap>;

/**
 * Who is looking, why, and the facts the special categories need (authorship of psychotherapy notes, a
 * supervisor's opt-in, the purposes a Part 2 consent covers).
 *
 * @example
 * ```ts
 * RecordAccessContext.parse({ role: 'biller', purpose: 'payment' }).part2ConsentPurposes; //=> []
 * ```
 * @remarks 164.508(a)(2) [sources: cfr-45-164.508]; 42 CFR Part 2 consent [sources: cfr-42-part-2].
 */
export const RecordAccessContext = z
  .object({
    role: PracticeRole,
    purpose: AccessPurpose,
    /** The viewer wrote these psychotherapy notes (164.508(a)(2)(i)(A)). */
    isNotesAuthor: z.boolean().default(false),
    /** The notes' author opted this supervisor in, for supervised training (164.508(a)(2)(i)(B)). */
    authorOptedInSupervisor: z.boolean().default(false),
    /** Purposes a written 42 CFR Part 2 consent covers for this client; none means no consent. */
    part2ConsentPurposes: z.array(AccessPurpose).default([]),
    /**
     * The client gave the single Part 2 consent for all future treatment, payment and health care operations
     * (42 CFR 2.33(b) as amended in 2024): it covers every purpose here, each of them one of the three. It never
     * covers SUD counseling notes, which need their own consent (2.31(b)).
     */
    part2TpoConsent: z.boolean().default(false),
    /**
     * Purposes a separate written consent for SUD counseling notes covers (42 CFR 2.31(b): such a consent is
     * combined only with another for the same notes); none means no consent.
     */
    sudCounselingNotesConsentPurposes: z.array(AccessPurpose).default([]),
    /**
     * Purposes the client's own authorization for psychotherapy notes covers (45 CFR 164.508(a)(2)): a clinical
     * role may then see them for that purpose although not their author; none means no authorization.
     */
    psychotherapyNotesAuthorizationPurposes: z.array(AccessPurpose).default([]),
  })
  .strict();
export type RecordAccessContext = z.infer<typeof RecordAccessContext>;
/** What callers pass for a {@link RecordAccessContext}. */
export type RecordAccessContextInput = z.input<typeof RecordAccessContext>;

/** A field the plan hides, with the code saying why. */
export interface HiddenField {
  readonly field: string;
  readonly category: PhiCategory | null;
  readonly code: BoundariesReasonCode;
}

/** Which fields a role may see for a purpose: plain JSON, in field-name order. */
export interface RecordAccessPlan {
  readonly role: PracticeRole;
  readonly purpose: AccessPurpose;
  readonly visibleFields: readonly string[];
  readonly hiddenFields: readonly HiddenField[];
}

/**
 * Plans which fields of a record a role may see for a purpose: the minimum necessary, as data.
 *
 * @param fieldMap - every field's category (fields not in it are hidden)
 * @param context - role, purpose and the facts psychotherapy notes and Part 2 records need
 * @throws {@link ValidationError} for an unknown role, purpose or category
 * @example
 * ```ts
 * planRecordAccess({ name: { category: 'identity' }, notes: { category: 'psychotherapy_notes' } },
 *   { role: 'biller', purpose: 'payment' });
 * //=> { role: 'biller', purpose: 'payment', visibleFields: ['name'],
 * //     hiddenFields: [{ field: 'notes', category: 'psychotherapy_notes', code: 'boundaries.access.psychotherapy_notes_restricted' }] }
 * ```
 * @remarks 45 CFR 164.502(b), 164.514(d) [sources: hhs-minimum-necessary, cfr-45-164.514]; psychotherapy
 * notes 164.501 and 164.508(a)(2) [sources: cfr-45-164.501, cfr-45-164.508]; 42 CFR Part 2 consent
 * [sources: cfr-42-part-2, fr-89-12472].
 */
export function planRecordAccess(
  fieldMap: RecordFieldMapInput,
  context: RecordAccessContextInput,
): RecordAccessPlan {
  const [map, ctx] = validateArguments([
    ['fieldMap', RecordFieldMap, fieldMap, 'record field map'],
    ['context', RecordAccessContext, context, 'record access context'],
  ]);
  return buildPlan(Object.keys(map), map, ctx);
}

function buildPlan(
  fields: readonly string[],
  map: RecordFieldMap,
  ctx: RecordAccessContext,
): RecordAccessPlan {
  const visibleFields: string[] = [];
  const hiddenFields: HiddenField[] = [];
  for (const field of [...new Set(fields)].sort(compareText)) {
    const spec = Object.hasOwn(map, field) ? map[field] : undefined;
    const code = spec === undefined ? 'boundaries.access.unmapped_field' : hideCode(spec, ctx);
    if (code === null) visibleFields.push(field);
    else hiddenFields.push({ field, category: spec?.category ?? null, code });
  }
  return { role: ctx.role, purpose: ctx.purpose, visibleFields, hiddenFields };
}

/** Why a field is hidden from this viewer, or null when it is visible. */
function hideCode(spec: RecordFieldSpec, ctx: RecordAccessContext): BoundariesReasonCode | null {
  const allowed = MINIMUM_NECESSARY_MATRIX[ctx.role][ctx.purpose];
  if (allowed === undefined) return 'boundaries.access.purpose_not_permitted_for_role';
  // Never a non-clinician; a clinician only as author, a supervisor only opted in
  // [sources: cfr-45-164.501, cfr-45-164.508].
  // With the client's authorization for the purpose, a clinical role may see them too (164.508(a)(2)).
  if (spec.category === 'psychotherapy_notes') {
    const author = ctx.role === 'clinician' && ctx.purpose === 'treatment' && ctx.isNotesAuthor;
    const supervised =
      ctx.role === 'supervisor' &&
      (ctx.isNotesAuthor || (ctx.purpose === 'supervision' && ctx.authorOptedInSupervisor));
    const authorized = ctx.psychotherapyNotesAuthorizationPurposes.includes(ctx.purpose);
    if (!isClinicalRole(ctx.role) || !(author || supervised || authorized))
      return 'boundaries.access.psychotherapy_notes_restricted';
  }
  if (!allowed.includes(spec.category)) return 'boundaries.access.not_needed_for_purpose';
  const part2 = spec.part2 || spec.category === 'substance_use_record';
  if (!part2) return null;
  // SUD counseling notes (Part 2 psychotherapy notes) need their own consent: the TPO consent and any other
  // Part 2 consent never cover them [sources: cfr-42-part-2, fr-89-12472].
  if (spec.category === 'psychotherapy_notes')
    return ctx.sudCounselingNotesConsentPurposes.includes(ctx.purpose)
      ? null
      : 'boundaries.access.sud_counseling_notes_consent_missing';
  // Part 2 records need a consent that covers the purpose; the single TPO consent covers them all
  // [sources: cfr-42-part-2, fr-89-12472].
  if (!ctx.part2TpoConsent && !ctx.part2ConsentPurposes.includes(ctx.purpose))
    return 'boundaries.access.part2_consent_missing';
  return null;
}

/**
 * Returns a copy of a record holding only the fields the role may see for the purpose. Fields missing from
 * the field map are dropped; the input is not changed. Applying it twice gives the same result.
 *
 * @param record - a plain object (one client record, flat or with nested values kept whole)
 * @throws {@link ValidationError} for an invalid field map or context, or a record that is not an object
 * @example
 * ```ts
 * redactRecordForPurpose({ name: 'A. Client', balanceCents: 4000, progressNote: '…' },
 *   { name: { category: 'identity' }, balanceCents: { category: 'billing' }, progressNote: { category: 'clinical_record' } },
 *   { role: 'biller', purpose: 'payment' });
 * //=> { balanceCents: 4000, name: 'A. Client' }
 * ```
 * @remarks Minimum necessary, 45 CFR 164.502(b) [sources: hhs-minimum-necessary].
 */
export function redactRecordForPurpose(
  record: Readonly<Record<string, unknown>>,
  fieldMap: RecordFieldMapInput,
  context: RecordAccessContextInput,
): Record<string, unknown> {
  const [input, map, ctx] = validateArguments([
    ['record', z.record(z.string(), z.unknown()), record, 'record'],
    ['fieldMap', RecordFieldMap, fieldMap, 'record field map'],
    ['context', RecordAccessContext, context, 'record access context'],
  ]);
  const plan = buildPlan(Object.keys(input), map, ctx);
  const out: Record<string, unknown> = {};
  for (const field of plan.visibleFields) out[field] = input[field];
  return out;
}
