import * as z from 'zod';
import { ClientId, LocalDate, PayerId, type ValidationResult, validate } from '../core/index.js';
import { idSchema } from '../core/internal.js';
import { SchedulingPayerClass } from '../scheduling/internal.js';
import { concept, referenceTo, SYSTEM } from './codes.js';
import type { FhirCodeableConcept, FhirIdentifier, FhirPeriod, FhirReference } from './datatypes.js';
import { idIssues, validateForWriter, valueAt } from './fhir-ids.js';
import { indexKnown, KnownResources, resolveReference } from './reference-by-identifier.js';
import {
  checkModel,
  codeIn,
  codesIn,
  InConcept,
  InIdentifier,
  InPeriod,
  InReference,
  literalReference,
  readResource,
  referencedId,
  referencedType,
  resourceShape,
} from './resource-reader.js';

/**
 * The id of a client's coverage record.
 * @example
 * ```ts
 * CoverageId.parse('cov-ava-1'); //=> 'cov-ava-1'
 * ```
 */
export const CoverageId = idSchema('CoverageId');
export type CoverageId = z.infer<typeof CoverageId>;

/**
 * One coverage of a client as the rules need it: the payer and its class (Medicare, Medicaid, commercial,
 * self-pay…), the member id, plan and group, when it is in force, and its order (1 is primary). Self-pay
 * names no payer.
 *
 * @remarks Validation codes: `fhir.coverage.payer_missing` (insurance without a payer),
 * `fhir.coverage.member_missing` (insurance without a member id: US Core's invariant us-core-15 requires
 * one [sources: us-core-coverage]), `fhir.coverage.self_pay_with_payer`, `fhir.coverage.period_reversed`.
 * @example
 * ```ts
 * ClientCoverage.parse({ id: 'cov-1', clientId: 'c-ava', payerClass: 'medicaid', payerId: 'il-medicaid',
 *   memberId: 'MCD123456', order: 1, status: 'active' }).payerClass;
 * //=> 'medicaid'
 * ```
 */
export const ClientCoverage = z
  .strictObject({
    id: CoverageId,
    clientId: ClientId,
    status: z.enum(['active', 'cancelled']),
    payerClass: SchedulingPayerClass,
    payerId: PayerId.optional(),
    memberId: z.string().min(1).max(80).optional(),
    plan: z.string().min(1).max(80).optional(),
    group: z.string().min(1).max(80).optional(),
    /** First and last day in force (inclusive); open ends when absent. */
    start: LocalDate.optional(),
    end: LocalDate.optional(),
    /** 1 for the primary coverage, 2 for secondary, and so on (coordination of benefits). */
    order: z.number().int().min(1).max(9).optional(),
    /**
     * The client's relationship to the subscriber (HL7 subscriber-relationship: `self` when the client holds
     * the policy, `spouse`, `child`, `parent`, `common` common-law spouse, `injured`, `other`); the 837P's
     * SBR02/PAT01 [sources: fhir-r4-coverage]. Left out when not known: never assumed `self`.
     */
    relationship: z.enum(['self', 'spouse', 'child', 'parent', 'common', 'injured', 'other']).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.payerClass !== 'self_pay' && c.payerId === undefined) {
      const params = { code: 'fhir.coverage.payer_missing' };
      ctx.addIssue({
        code: 'custom',
        message: 'must name the payer of an insurance coverage',
        path: ['payerId'],
        params,
      });
    }
    // US Core's invariant us-core-15: a member id, as an `MB` identifier or the subscriber id, SHALL be
    // present; an insurer bills and answers eligibility by it [sources: us-core-coverage].
    if (c.payerClass !== 'self_pay' && c.memberId === undefined) {
      const params = { code: 'fhir.coverage.member_missing' };
      ctx.addIssue({
        code: 'custom',
        message: 'must give the member id of an insurance coverage',
        path: ['memberId'],
        params,
      });
    }
    if (c.payerClass === 'self_pay' && c.payerId !== undefined) {
      const params = { code: 'fhir.coverage.self_pay_with_payer' };
      ctx.addIssue({
        code: 'custom',
        message: 'must not name a payer for self-pay',
        path: ['payerId'],
        params,
      });
    }
    if (c.start !== undefined && c.end !== undefined && c.end < c.start) {
      const params = { code: 'fhir.coverage.period_reversed' };
      ctx.addIssue({ code: 'custom', message: 'must not end before it starts', path: ['end'], params });
    }
  });
export type ClientCoverage = z.infer<typeof ClientCoverage>;
/**
 * A {@link ClientCoverage} as callers write it.
 * @example
 * ```ts
 * const coverage: ClientCoverageInput = { id: 'cov-1', clientId: 'c-ava', status: 'active',
 *   payerClass: 'self_pay' };
 * ClientCoverage.parse(coverage).payerClass; //=> 'self_pay'
 * ```
 */
export type ClientCoverageInput = z.input<typeof ClientCoverage>;

/**
 * A coverage class (plan, group) of a {@link FhirCoverage}.
 * @example
 * ```ts
 * const [plan]: FhirCoverageClass[] = toFhirCoverage(coverage).class ?? [];
 * plan?.value; //=> 'PPO Gold' (the coverage's `plan`)
 * ```
 */
export interface FhirCoverageClass {
  readonly type: FhirCodeableConcept;
  readonly value: string;
}

/**
 * The FHIR R4 `Coverage` this library writes, following US Core's Coverage profile: payer type from the
 * Source of Payment Typology, member id as subscriber id and an `MB` identifier, plan and group as classes
 * [sources: fhir-r4-coverage, us-core-coverage, phdsc-sopt].
 * @example
 * ```ts
 * const resource: FhirCoverage = toFhirCoverage(coverage);
 * resource.resourceType; //=> 'Coverage'
 * ```
 */
export interface FhirCoverage {
  readonly resourceType: 'Coverage';
  readonly id: string;
  readonly identifier?: FhirIdentifier[];
  readonly status: 'active' | 'cancelled';
  readonly type: FhirCodeableConcept;
  readonly subscriberId?: string;
  readonly subscriber?: FhirReference;
  readonly beneficiary: FhirReference;
  readonly relationship?: FhirCodeableConcept;
  readonly period?: FhirPeriod;
  readonly payor: FhirReference[];
  readonly class?: FhirCoverageClass[];
  readonly order?: number;
}

// Source of Payment Typology codes for each class; self-pay uses HL7's coverage-selfpay code.
const PAYER_TYPE: Readonly<Record<Exclude<SchedulingPayerClass, 'self_pay'>, readonly [string, string]>> = {
  medicare: ['1', 'MEDICARE'],
  medicaid: ['2', 'MEDICAID'],
  tricare: ['311', 'TRICARE (CHAMPUS)'],
  commercial: ['5', 'PRIVATE HEALTH INSURANCE'],
  workers_comp: ['95', "Worker's Compensation"],
  other: ['9', 'MISCELLANEOUS/OTHER'],
};

// The SOPT code of a class; a parent code that also covers payers of another class (`1` Medicare holds
// `14` dual Medicare and Medicaid) carries the library's class beside it, which says it is not dual.
function payerTypeOf(payerClass: Exclude<SchedulingPayerClass, 'self_pay'>): FhirCodeableConcept {
  const [code, display] = PAYER_TYPE[payerClass];
  const sopt = concept(SYSTEM.payerType, code, display);
  if (soptPayerClass(code) !== 'broad') return sopt;
  return { coding: [...(sopt.coding ?? []), { system: SYSTEM.payerClass, code: payerClass }] };
}

const classOf = (code: 'plan' | 'group', value: string): FhirCoverageClass => ({
  type: concept(SYSTEM.coverageClass, code),
  value,
});

/**
 * Writes a client's coverage as a FHIR R4 `Coverage` (US Core conventions; self-pay as HL7's `pay` type
 * with the client as payor).
 *
 * @throws {@link ValidationError} when the coverage is invalid or an id is not a FHIR id.
 * @example
 * ```ts
 * toFhirCoverage({ id: 'cov-1', clientId: 'c-ava', status: 'active', payerClass: 'medicare',
 *   payerId: 'medicare-jl', memberId: '1EG4TE5MK73' }).type?.coding?.[0]?.code;
 * //=> '1'
 * ```
 */
export function toFhirCoverage(coverage: ClientCoverageInput): FhirCoverage {
  const c = validateForWriter(
    () => validate(ClientCoverage, coverage, 'coverage'),
    (model) =>
      idIssues(
        (['id', 'clientId', 'payerId'] as const).map((k) => [k, valueAt(model ?? coverage, [k])] as const),
      ),
    'coverage',
  );
  const type =
    c.payerClass === 'self_pay' ? concept(SYSTEM.selfPay, 'pay', 'Pay') : payerTypeOf(c.payerClass);
  const classes = [
    ...(c.plan === undefined ? [] : [classOf('plan', c.plan)]),
    ...(c.group === undefined ? [] : [classOf('group', c.group)]),
  ];
  const period = {
    ...(c.start === undefined ? {} : { start: c.start }),
    ...(c.end === undefined ? {} : { end: c.end }),
  };
  const member: FhirIdentifier | undefined =
    c.memberId === undefined
      ? undefined
      : { type: concept(SYSTEM.identifierType, 'MB', 'Member Number'), value: c.memberId };
  return {
    resourceType: 'Coverage',
    id: c.id,
    ...(member === undefined || c.memberId === undefined
      ? {}
      : { identifier: [member], subscriberId: c.memberId }),
    status: c.status,
    type,
    // The client holding the policy is its own subscriber; another subscriber is a person the model does not hold.
    ...(c.relationship === 'self' ? { subscriber: referenceTo('Patient', c.clientId) } : {}),
    beneficiary: referenceTo('Patient', c.clientId),
    ...(c.relationship === undefined
      ? {}
      : { relationship: concept(SYSTEM.subscriberRelationship, c.relationship) }),
    ...(c.start === undefined && c.end === undefined ? {} : { period }),
    payor: [
      c.payerId === undefined ? referenceTo('Patient', c.clientId) : referenceTo('Organization', c.payerId),
    ],
    ...(classes.length > 0 ? { class: classes } : {}),
    ...(c.order === undefined ? {} : { order: c.order }),
  };
}

/**
 * Why a Source of Payment Typology code names no single payer class: `dual` (Medicare and Medicaid
 * together: `14` dual eligibility organizations, `141` D-SNP, `142` FIDE-SNP), `unknown` (`7` managed care
 * not said to be public or private, `361` a state CHIP program, which a state may run as Medicaid, `99` no
 * typology code, `9999` unavailable or blank, or not a code at all), `broad` (a parent code whose branch
 * holds a payer that may be Medicaid beside others: `1` Medicare, which holds `14` dual plans; `3` other
 * government and `36` state government, which hold `361` CHIP).
 */
export type SoptUnclassified = 'dual' | 'unknown' | 'broad';

// Parent codes whose branch holds both a class and a payer that may be Medicaid (`14` dual Medicare and
// Medicaid under `1`; `361` a state CHIP program under `3` and `36`): the parent alone does not say which.
const BROAD_SOPT = new Set(['1', '3', '36']);

/**
 * The payer class a Source of Payment Typology code names, or why it names none. The typology is a
 * hierarchy read by prefix (`121` Medicare fee-for-service is under `1` Medicare); a code that can hide a
 * Medicaid payer names no class, because the missed-session fee exempts Medicaid and a Medicaid client
 * must not be read as Medicare, commercial or other [sources: phdsc-sopt, cfr-42-447.15].
 */
export function soptPayerClass(code: string): SchedulingPayerClass | SoptUnclassified {
  if (!/^\d{1,5}$/.test(code)) return 'unknown';
  if (BROAD_SOPT.has(code)) return 'broad';
  // Dual eligibility (Medicare and Medicaid in one plan) is under Medicare in the typology.
  if (code.startsWith('14')) return 'dual';
  if (code.startsWith('1')) return 'medicare';
  if (code.startsWith('2')) return 'medicaid';
  if (code.startsWith('311')) return 'tricare';
  // A state CHIP program may be a Medicaid expansion; `23` Medicaid/SCHIP is read as Medicaid above.
  if (code.startsWith('361')) return 'unknown';
  if (code.startsWith('5') || code.startsWith('6')) return 'commercial';
  if (code.startsWith('7')) return 'unknown';
  if (code.startsWith('81')) return 'self_pay';
  if (code.startsWith('95')) return 'workers_comp';
  // `99` no typology code for the payment source, `9999` unavailable, no payer specified or blank.
  if (code.startsWith('99')) return 'unknown';
  return 'other';
}

/**
 * The payer class a Source of Payment Typology code names; `undefined` when it names none (see
 * {@link soptPayerClass}: dual Medicare and Medicaid, managed care of unknown kind, a state CHIP program,
 * no code) [sources: phdsc-sopt].
 */
export function payerClassOfSopt(code: string): SchedulingPayerClass | undefined {
  const found = soptPayerClass(code);
  return found === 'dual' || found === 'unknown' || found === 'broad' ? undefined : found;
}

const ClientCoverageRelationship = z.enum([
  'self',
  'spouse',
  'child',
  'parent',
  'common',
  'injured',
  'other',
]);

const InCoverageClass = z.object({ type: InConcept, value: z.string() });

const InCoverage = resourceShape('Coverage', {
  id: z.string(),
  identifier: z.array(InIdentifier).optional(),
  status: z.string(),
  type: InConcept.optional(),
  subscriberId: z.string().optional(),
  beneficiary: InReference,
  relationship: InConcept.optional(),
  period: InPeriod.optional(),
  payor: z.array(InReference).min(1),
  class: z.array(InCoverageClass).optional(),
  order: z.number().optional(),
});

const DATE = /^\d{4}-\d\d-\d\d/;

/**
 * Options for {@link fromFhirCoverage}: the resources the practice knows by identifier (`known`), so that a
 * beneficiary named only by `identifier` (a member's medical record number, valid R4) is tied to its client.
 * @example
 * ```ts
 * FromFhirCoverageOptions.parse({ known: [{ reference: 'Patient/c-ava',
 *   identifier: { system: 'urn:oid:1.2.36.146.595.217.0.1', value: '12345' } }] }).known.length; //=> 1
 * ```
 */
export const FromFhirCoverageOptions = z.strictObject({ known: KnownResources });
export type FromFhirCoverageOptions = z.input<typeof FromFhirCoverageOptions>;

/**
 * Reads a FHIR R4 `Coverage` into a {@link ClientCoverage}, or every problem by FHIR path.
 *
 * @remarks The payer class comes from `type`: a Source of Payment Typology code (by its prefix) or HL7's
 * self-pay code. A coverage with no type, or a type that names no class (SOPT `7`, `361` state CHIP, `99`,
 * `9999`, other code systems), is reported (`fhir.coverage.payer_class_unknown`); a parent code whose branch
 * may be Medicaid (`1` Medicare, which holds `14` dual plans; `3` and `36`, which hold `361` CHIP) is reported
 * as `fhir.coverage.payer_class_broad` unless the library's own payer-class coding beside it names that
 * code's class (as `toFhirCoverage` writes Medicare); an insurance coverage with no member id (an `MB`
 * identifier or `subscriberId`) is reported as `fhir.coverage.member_missing` [sources: us-core-coverage];
 * and a dual Medicare and
 * Medicaid plan (SOPT `14`, `141` D-SNP, `142` FIDE-SNP) is reported as `fhir.coverage.payer_class_dual`:
 * the missed-session fee exempts Medicaid clients, so the class is never guessed; record the Medicare and
 * the Medicaid coverage each as its own. Codes naming two classes (Medicaid `2` beside commercial `5`, or
 * self-pay beside an insurer) are reported as `fhir.coverage.payer_class_conflict`, never read by the first;
 * a parent code beside a code under it reads as the specific code. `draft` and `entered-in-error` are reported. A period given as date-times
 * keeps its calendar dates.
 * @example
 * ```ts
 * // A Medicare coverage written to FHIR and read back: the same record, its payer class kept.
 * const coverage = { id: 'cov-1', clientId: 'c-ava', status: 'active' as const, payerClass: 'medicare' as const,
 *   payerId: 'medicare-jl', memberId: '1EG4TE5MK73' };
 * fromFhirCoverage(toFhirCoverage(coverage));
 * //=> { success: true, data: { id: 'cov-1', clientId: 'c-ava', status: 'active', payerClass: 'medicare',
 * //     payerId: 'medicare-jl', memberId: '1EG4TE5MK73' } }
 * ```
 */
export function fromFhirCoverage(
  resource: unknown,
  options: FromFhirCoverageOptions = {},
): ValidationResult<ClientCoverage> {
  const known = indexKnown(validate(FromFhirCoverageOptions, options, 'FHIR Coverage options').known);
  return readResource(InCoverage, resource, 'FHIR Coverage', (r, problems) => {
    if (r.status !== 'active' && r.status !== 'cancelled') {
      problems.add(['status'], 'fhir.coverage.status_unsupported', 'must be active or cancelled');
    }
    // Every typology code of the type, under either system name; a parent code beside a code under it
    // (`1` beside `121`) is refined by it, so only the most specific codes are read.
    const sopts = codesIn(r.type, [SYSTEM.payerType, SYSTEM.payerTypeOid]);
    const specific = sopts.filter((code) => !sopts.some((other) => other !== code && other.startsWith(code)));
    // A parent code is read only with the library's own class beside it naming that very code's class
    // (what `toFhirCoverage` writes): never guessed from the parent alone.
    const ours = codeIn(r.type, SYSTEM.payerClass);
    const classOfCode = (sopt: string) => {
      const read = soptPayerClass(sopt);
      return read === 'broad' && ours !== undefined && Object.hasOwn(PAYER_TYPE, ours)
        ? PAYER_TYPE[ours as keyof typeof PAYER_TYPE][0] === sopt
          ? (ours as keyof typeof PAYER_TYPE)
          : read
        : read;
    };
    const readings = new Set([
      ...(codeIn(r.type, SYSTEM.selfPay) === 'pay' ? ['self_pay' as const] : []),
      ...specific.map(classOfCode),
    ]);
    // Codes naming two classes (Medicaid `2` beside commercial `5`) contradict each other: the class decides
    // whether a missed-session fee may be charged, so neither is taken [sources: phdsc-sopt].
    const found: SchedulingPayerClass | SoptUnclassified | 'conflict' =
      readings.size > 1 ? 'conflict' : (readings.values().next().value ?? 'unknown');
    const payerClass =
      found === 'dual' || found === 'unknown' || found === 'broad' || found === 'conflict'
        ? undefined
        : found;
    if (found === 'conflict') {
      problems.add(
        ['type'],
        'fhir.coverage.payer_class_conflict',
        'must name one payer class; its codes name several',
      );
    } else if (found === 'broad') {
      problems.add(
        ['type'],
        'fhir.coverage.payer_class_broad',
        'is a parent payer type that may be Medicaid or another class: send the specific code',
      );
    } else if (found === 'dual') {
      problems.add(
        ['type'],
        'fhir.coverage.payer_class_dual',
        'names Medicare and Medicaid together: record each as its own coverage',
      );
    } else if (found === 'unknown') {
      problems.add(
        ['type'],
        'fhir.coverage.payer_class_unknown',
        'must name the payer class (a Source of Payment Typology code or self-pay)',
      );
    }
    // The beneficiary, by a literal reference or by an identifier of a client the practice knows.
    const beneficiary = resolveReference(r.beneficiary, known, literalReference);
    const clientId =
      beneficiary.kind === 'resource' && beneficiary.type === 'Patient' ? beneficiary.id : undefined;
    if (beneficiary.kind === 'problem' && beneficiary.code !== 'fhir.reference.invalid')
      problems.add(['beneficiary', ...beneficiary.at], beneficiary.code, beneficiary.message);
    else if (clientId === undefined)
      problems.add(
        ['beneficiary'],
        'fhir.reference.invalid',
        'must be a literal reference Patient/id, or an identifier of a known Patient',
      );
    // Absent when the element's shape was wrong (already reported): the rest is still read.
    const payors: readonly (typeof r.payor)[number][] = r.payor ?? [];
    const payor = payors[0];
    const payorType = referencedType(payor);
    const payerId = payorType === 'Organization' ? referencedId(payor, 'Organization') : undefined;
    if (payors.length > 1) problems.add(['payor'], 'fhir.coverage.payor_count', 'must name one payor');
    if (payerClass !== 'self_pay' && payerId === undefined) {
      problems.add(
        ['payor', 0],
        'fhir.coverage.payer_missing',
        'must be a literal reference Organization/id for an insurance coverage',
      );
    }
    if (payerClass === 'self_pay' && payerId !== undefined) {
      problems.add(
        ['payor'],
        'fhir.coverage.self_pay_with_payer',
        'must name the client, not an insurer, for self-pay',
      );
    }
    const member =
      r.identifier?.find((i) => codeIn(i.type, SYSTEM.identifierType) === 'MB')?.value ?? r.subscriberId;
    // US Core's us-core-15: a member id SHALL be present; checked here too, so it is listed beside the
    // resource's other problems (a self-pay coverage has none to give) [sources: us-core-coverage].
    if (found !== 'self_pay' && member === undefined) {
      problems.add(
        ['identifier'],
        'fhir.coverage.member_missing',
        'must give the member id (an MB identifier or subscriberId) of an insurance coverage',
      );
    }
    const classValue = (code: string) =>
      r.class?.find((k) => codeIn(k.type, SYSTEM.coverageClass) === code)?.value;
    const plan = classValue('plan');
    const group = classValue('group');
    const start = r.period?.start;
    const end = r.period?.end;
    // A relationship stated in a code the library does not hold is reported, never read as self.
    const relationship =
      r.relationship === undefined ? undefined : codeIn(r.relationship, SYSTEM.subscriberRelationship);
    const RELATIONSHIPS: readonly string[] = ClientCoverageRelationship.options;
    if (
      r.relationship !== undefined &&
      (relationship === undefined || !RELATIONSHIPS.includes(relationship))
    ) {
      problems.add(
        ['relationship'],
        'fhir.coverage.relationship_unknown',
        'must be a code of HL7 subscriber-relationship (self, spouse, child, parent, common, injured, other)',
      );
    }
    const candidate = {
      id: r.id,
      clientId,
      status: r.status,
      payerClass,
      ...(payerId === undefined ? {} : { payerId }),
      ...(member === undefined ? {} : { memberId: member }),
      ...(plan === undefined ? {} : { plan }),
      ...(group === undefined ? {} : { group }),
      ...(start === undefined ? {} : { start: DATE.test(start) ? start.slice(0, 10) : start }),
      ...(end === undefined ? {} : { end: DATE.test(end) ? end.slice(0, 10) : end }),
      ...(r.order === undefined ? {} : { order: r.order }),
      ...(relationship === undefined || !RELATIONSHIPS.includes(relationship) ? {} : { relationship }),
    };
    // The model is checked even when problems were found, so one read lists them all.
    const model = checkModel(ClientCoverage, candidate, problems, coveragePath);
    return () => model;
  });
}

const COVERAGE_PATHS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  status: ['status'],
  payerClass: ['type'],
  clientId: ['beneficiary'],
  payerId: ['payor'],
  memberId: ['identifier'],
  plan: ['class'],
  group: ['class'],
  start: ['period', 'start'],
  end: ['period', 'end'],
  order: ['order'],
  relationship: ['relationship'],
};

function coveragePath(path: readonly PropertyKey[]): readonly (string | number)[] {
  return COVERAGE_PATHS[String(path[0])] ?? [];
}
