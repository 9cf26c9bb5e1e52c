import * as z from 'zod';
import { FHIR_ID } from './codes.js';

const LITERAL = /^[A-Z][A-Za-z]{1,63}\/[A-Za-z0-9\-.]{1,64}$/;

/**
 * A resource the practice knows by an identifier (a clinician's NPI, a client's medical record number), so
 * that a FHIR R4 reference that gives only `identifier` (no `reference`, valid R4) can be tied to it: the
 * literal reference it stands for and the identifier's `system` and `value`, matched exactly
 * [sources: fhir-r4-references].
 * @example
 * ```ts
 * FhirKnownResource.parse({ reference: 'Practitioner/dr-lee',
 *   identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1679576722' } }).reference;
 * //=> 'Practitioner/dr-lee'
 * ```
 */
export const FhirKnownResource = z.strictObject({
  reference: z
    .string()
    .regex(LITERAL, { message: 'must be a literal reference Type/id' })
    .refine((r) => FHIR_ID.test(r.slice(r.indexOf('/') + 1)), { message: 'must end in a FHIR id' }),
  identifier: z.strictObject({
    system: z.string().min(1).max(1024),
    value: z.string().min(1).max(1024),
  }),
});
export type FhirKnownResource = z.input<typeof FhirKnownResource>;

/** The resources known by identifier, as a reader's options give them. */
export const KnownResources = z.array(FhirKnownResource).max(100_000).default([]);

/** A reference as the readers take it: literal, typed, or by identifier (R4 `Reference`). */
export interface ReferenceInput {
  readonly reference?: string | undefined;
  readonly type?: string | undefined;
  readonly identifier?:
    | { readonly system?: string | undefined; readonly value?: string | undefined }
    | undefined;
}

/** What a reference resolves to: a resource, or the problem at the path under the reference. */
export type Resolved =
  | { readonly kind: 'resource'; readonly type: string; readonly id: string }
  | {
      readonly kind: 'problem';
      readonly at: readonly string[];
      readonly code:
        | 'fhir.reference.invalid'
        | 'fhir.reference.identifier_incomplete'
        | 'fhir.reference.identifier_unknown'
        | 'fhir.reference.identifier_ambiguous'
        | 'fhir.reference.identifier_conflict'
        | 'fhir.reference.type_conflict';
      readonly message: string;
    };

/** The known resources by identifier system and value. */
export type KnownIndex = ReadonlyMap<string, readonly string[]>;

const key = (system: string, value: string) => `${system}\u0000${value}`;

/** Indexes the known resources by identifier; a resource listed twice under one identifier counts once. */
export function indexKnown(known: readonly z.output<typeof FhirKnownResource>[]): KnownIndex {
  const index = new Map<string, string[]>();
  for (const k of known) {
    const at = key(k.identifier.system, k.identifier.value);
    const list = index.get(at) ?? [];
    if (!list.includes(k.reference)) list.push(k.reference);
    index.set(at, list);
  }
  return index;
}

function split(literal: string): { type: string; id: string } {
  const slash = literal.indexOf('/');
  return { type: literal.slice(0, slash), id: literal.slice(slash + 1) };
}

/**
 * Resolves a reference [sources: fhir-r4-references]: a literal one (`Type/id`, absolute or versioned) as
 * `literal` reads it; one by identifier only to the one known resource with that system and value (of
 * `Reference.type` when given). An identifier without a system, or matching no known resource or several, is
 * a problem at `identifier`; so is an identifier beside a literal reference that names another known
 * resource, and a `type` that is not the literal reference's.
 */
export function resolveReference(
  ref: ReferenceInput | undefined,
  index: KnownIndex,
  literal: (ref: ReferenceInput) => { type: string; id: string } | undefined,
): Resolved {
  const byIdentifier = ref?.identifier === undefined ? undefined : matches(ref, index);
  if (ref?.reference !== undefined) {
    const found = literal(ref);
    if (found === undefined)
      return {
        kind: 'problem',
        at: [],
        code: 'fhir.reference.invalid',
        message: 'must be a literal reference Type/id',
      };
    if (ref.type !== undefined && ref.type !== found.type)
      return {
        kind: 'problem',
        at: ['type'],
        code: 'fhir.reference.type_conflict',
        message: 'must be the type of the resource the reference names',
      };
    if (
      byIdentifier !== undefined &&
      byIdentifier.length > 0 &&
      !byIdentifier.includes(`${found.type}/${found.id}`)
    )
      return {
        kind: 'problem',
        at: ['identifier'],
        code: 'fhir.reference.identifier_conflict',
        message:
          'names by identifier another known resource than the literal reference: which one is meant is not known',
      };
    return { kind: 'resource', ...found };
  }
  if (ref?.identifier === undefined)
    return {
      kind: 'problem',
      at: [],
      code: 'fhir.reference.invalid',
      message: 'must be a literal reference Type/id, or an identifier of a known resource',
    };
  if (byIdentifier === undefined)
    return {
      kind: 'problem',
      at: ['identifier'],
      code: 'fhir.reference.identifier_incomplete',
      message: 'must give a system and a value: a value alone may belong to any system',
    };
  if (byIdentifier.length === 0)
    return {
      kind: 'problem',
      at: ['identifier'],
      code: 'fhir.reference.identifier_unknown',
      message:
        'names a resource the practice does not know by this identifier: list it in the options’ `known`',
    };
  if (byIdentifier.length > 1)
    return {
      kind: 'problem',
      at: ['identifier'],
      code: 'fhir.reference.identifier_ambiguous',
      message: 'matches several known resources: which one is meant is not known',
    };
  return { kind: 'resource', ...split(byIdentifier[0] as string) };
}

/** The known references an identifier matches (of `type` when given), or `undefined` when it is incomplete. */
function matches(ref: ReferenceInput, index: KnownIndex): readonly string[] | undefined {
  const system = ref.identifier?.system;
  const value = ref.identifier?.value;
  if (system === undefined || system === '' || value === undefined || value === '') return undefined;
  const all = index.get(key(system, value)) ?? [];
  return ref.type === undefined ? all : all.filter((r) => split(r).type === ref.type);
}
