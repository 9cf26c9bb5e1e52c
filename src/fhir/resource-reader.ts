// Reading FHIR input: the elements the adapters use, checked by zod; problems collected by FHIR path and
// returned as one ValidationError that never echoes a value.
import * as z from 'zod';
import {
  isNonEmpty,
  safeValidate,
  ValidationError,
  type ValidationIssue,
  type ValidationResult,
} from '../core/index.js';
import { formatPath } from '../core/internal.js';
import { FHIR_ID, readMoney } from './codes.js';

// Input shapes list the elements the adapters read; FHIR resources carry many more (meta, text,
// identifiers of other systems), which are not read and so not rejected.
export const InCoding = z.object({ system: z.string().optional(), code: z.string().optional() });
export const InConcept = z.object({ coding: z.array(InCoding).optional(), text: z.string().optional() });
export const InPeriod = z.object({ start: z.string().optional(), end: z.string().optional() });
export const InIdentifier = z.object({
  system: z.string().optional(),
  value: z.string().optional(),
  type: InConcept.optional(),
});
// R4 Reference: literal (`reference`), logical (`identifier`), or both; `type` the target's resource type.
export const InReference = z.object({
  reference: z.string().optional(),
  type: z.string().optional(),
  identifier: InIdentifier.optional(),
});
export const InMoney = z.object({ value: z.number().optional(), currency: z.string().optional() });
const InSimpleExtension = z.object({
  url: z.string(),
  valueBoolean: z.boolean().optional(),
  valueCode: z.string().optional(),
  valueDateTime: z.string().optional(),
  valueString: z.string().optional(),
  valueMoney: InMoney.optional(),
  valueReference: InReference.optional(),
  valueCoding: InCoding.optional(),
});
/** An extension as read: a value, or (one level deep) the parts of a complex extension. */
export const InExtension = InSimpleExtension.extend({ extension: z.array(InSimpleExtension).optional() });
export type InExtension = z.infer<typeof InExtension>;
export type InConcept = z.infer<typeof InConcept>;

/**
 * The part every resource shares: its type. A `modifierExtension` or `implicitRules`, at the root or on any
 * element, is found by {@link modifierIssues}, not by the shape, so each is reported at its own path.
 */
export function resourceShape<const T extends string, S extends z.ZodRawShape>(resourceType: T, shape: S) {
  return z.object({
    resourceType: z.literal(resourceType),
    modifierExtension: z.unknown().optional(),
    implicitRules: z.unknown().optional(),
    extension: z.array(InExtension).optional(),
    ...shape,
  });
}

// Deeper than any resource the readers take; a deeper input is not walked further (and fails its shape).
const MAX_DEPTH = 64;

/**
 * Every `modifierExtension` and `implicitRules` in a resource, wherever it stands (the resource, a
 * participant, a coverage class, an adjudication, a contained resource), each at its own path:
 * `fhir.modifier_extension.unknown` and `fhir.implicit_rules.unknown`. A modifier extension changes the
 * meaning of the element that holds it and of everything under it, and the library knows none, so a
 * reader that went on would read a resource that means something else [sources: fhir-r4-extensibility].
 * An empty list is no extension. Values are never echoed.
 */
export function modifierIssues(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || path.length > MAX_DEPTH) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, [...path, i]);
      });
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      if (key === 'modifierExtension') {
        if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
        const at = [...path, key];
        issues.push({
          path: at,
          at: formatPath(at),
          code: 'fhir.modifier_extension.unknown',
          message: 'must be absent: a modifier extension changes what the element holding it means',
        });
      } else if (key === 'implicitRules') {
        if (v === undefined) continue;
        const at = [...path, key];
        issues.push({
          path: at,
          at: formatPath(at),
          code: 'fhir.implicit_rules.unknown',
          message: 'must be absent: implicit rules change what the resource means',
        });
      } else walk(v, [...path, key]);
    }
  };
  walk(input, []);
  return issues;
}

/** The problems found while mapping one resource, each by FHIR path. */
export class Problems {
  readonly #issues: ValidationIssue[] = [];
  // Elements whose shape was wrong: already reported, so the mapping adds nothing more about them.
  readonly #reported: ReadonlySet<string | number>;

  // Problems of their own (a modifier extension): they hide nothing else found at the same element.
  readonly #apart = new Set<ValidationIssue>();

  constructor(shapeIssues: readonly ValidationIssue[] = [], apart: readonly ValidationIssue[] = []) {
    this.#issues.push(...shapeIssues, ...apart);
    for (const issue of apart) this.#apart.add(issue);
    this.#reported = new Set(shapeIssues.map((i) => i.path[0] as string | number));
  }

  add(path: readonly (string | number)[], code: string, message: string): ValidationIssue {
    const issue = { path, at: formatPath(path), code, message };
    if (!this.#reported.has(path[0] as string | number)) this.#issues.push(issue);
    return issue;
  }

  /**
   * Adds the problems of the mapped model, except those at an element where a problem was already found
   * (the model's problem is then the same one, seen again); one at the root only when none was found.
   */
  addFromModel(
    issues: readonly { path: readonly (string | number)[]; code: string; message: string }[],
  ): void {
    const found = new Set(this.#issues.filter((i) => !this.#apart.has(i)).map((i) => i.path[0]));
    const none = this.ownCount === 0;
    for (const { path, code, message } of issues) {
      if (path[0] === undefined ? !none : found.has(path[0])) continue;
      this.add(path, code, message);
    }
  }

  /** How many problems have been found. */
  get count(): number {
    return this.#issues.length;
  }

  /** How many problems have been found besides modifier extensions (which hide nothing else). */
  get ownCount(): number {
    return this.#issues.length - this.#apart.size;
  }

  /** Whether no problem has been found yet. */
  get none(): boolean {
    return this.#issues.length === 0;
  }

  /** The result: the value when no problem was found. */
  result<T>(subject: string, value: () => T): ValidationResult<T> {
    const issues = this.#issues;
    if (isNonEmpty(issues)) return { success: false, error: new ValidationError(subject, issues) };
    return { success: true, data: value() };
  }
}

/**
 * Parses the shape, then maps it. When elements of the shape are wrong, they are reported and the rest of
 * the resource is still mapped without them, so one read lists every problem: a missing `id` does not hide
 * a bad `birthDate`. A resource that is not an object of the expected `resourceType` stops at the shape.
 */
export function readResource<S extends z.ZodObject, T>(
  shape: S,
  input: unknown,
  subject: string,
  map: (resource: z.output<S>, problems: Problems) => () => T,
): ValidationResult<T> {
  const parsed = safeValidate(shape, input, subject);
  const modifiers = modifierIssues(input);
  if (parsed.success) {
    const problems = new Problems([], modifiers);
    const build = map(parsed.data, problems);
    return problems.result(subject, build);
  }
  const { issues, unlisted } = parsed.error;
  const bad = new Set(issues.map((i) => i.path[0]));
  // Past the listed problems, or wrong as a whole (not an object, another resource type): nothing to add.
  if (Object.keys(unlisted).length > 0 || bad.has(undefined) || bad.has('resourceType')) return parsed;
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>))
    if (!bad.has(key)) rest[key] = value;
  const partial = shape.partial().safeParse(rest);
  /* v8 ignore next: the elements left all passed the whole shape's parse */
  if (!partial.success) return parsed;
  const problems = new Problems(issues, modifiers);
  // The wrong elements are absent here, required or not: the mapping reads what is left, and its result is
  // a failure whatever it returns.
  map(partial.data as z.output<S>, problems);
  return problems.result(subject, () => undefined as never);
}

/** Validates the mapped model with the library's schema; its problems are reported at `path`. */
export function checkModel<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  problems: Problems,
  pathOf: (modelPath: readonly PropertyKey[]) => readonly (string | number)[],
): z.output<S> {
  const checked = safeValidate(schema, candidate, 'model');
  if (checked.success) return checked.data;
  problems.addFromModel(checked.error.issues.map((issue) => ({ ...issue, path: pathOf(issue.path) })));
  return candidate as z.output<S>;
}

/** The value of the extension with this URL, when there is exactly one. */
export function extensionOf(
  extensions: readonly InExtension[] | undefined,
  url: string,
): InExtension | undefined {
  return extensions?.find((e) => e.url === url);
}

/**
 * Reports, at `path`, each extension of `urls` (each holds one value) that a resource repeats with values
 * that differ (`fhir.extension.repeated`): FHIR lets any extension repeat unless its definition says
 * otherwise, and the reader that took the first of two session fees or cancellation times would guess
 * [sources: fhir-r4-extensibility]. The same value twice says one thing and is read.
 */
export function reportRepeatedExtensions(
  extensions: readonly InExtension[] | undefined,
  urls: readonly string[],
  path: readonly (string | number)[],
  problems: Problems,
): void {
  for (const url of urls) {
    const values = new Set(
      extensions?.filter((e) => e.url === url).map(({ url: _url, ...value }) => JSON.stringify(value)),
    );
    if (values.size > 1)
      problems.add(path, 'fhir.extension.repeated', 'must hold each single-valued extension once');
  }
}

/** The extensions with this URL, in order. */
export function extensionsOf(
  extensions: readonly InExtension[] | undefined,
  url: string,
): readonly InExtension[] {
  return extensions?.filter((e) => e.url === url) ?? [];
}

/** Every distinct code of a concept (or concepts) in `system`, in order. */
export function codesIn(
  concepts: readonly InConcept[] | InConcept | undefined,
  system: string | readonly string[],
): string[] {
  const systems = typeof system === 'string' ? [system] : system;
  const list = concepts === undefined ? [] : Array.isArray(concepts) ? concepts : [concepts];
  const codes: string[] = [];
  for (const c of list as InConcept[]) {
    for (const coding of c.coding ?? []) {
      if (coding.system !== undefined && systems.includes(coding.system) && coding.code !== undefined)
        if (!codes.includes(coding.code)) codes.push(coding.code);
    }
  }
  return codes;
}

/**
 * An amount in cents, or `undefined` with the problem reported at `path`: no currency
 * (`fhir.money.currency_missing`), another currency or fractions of a cent (`fhir.money.invalid`).
 */
export function centsAt(
  money: z.infer<typeof InMoney>,
  path: readonly (string | number)[],
  problems: Problems,
): number | undefined {
  const read = readMoney(money);
  if ('cents' in read) return read.cents;
  problems.add(path, read.code, read.message);
  return undefined;
}

/** The code of the first coding of a concept in `system`. */
export function codeIn(
  concepts: readonly InConcept[] | InConcept | undefined,
  system: string,
): string | undefined {
  const list = concepts === undefined ? [] : Array.isArray(concepts) ? concepts : [concepts];
  for (const c of list as InConcept[]) {
    for (const coding of c.coding ?? [])
      if (coding.system === system && coding.code !== undefined) return coding.code;
  }
  return undefined;
}

/**
 * The id of a literal reference to a resource of `type` (`Type/id`, or an absolute URL ending in it,
 * with or without a `_history` version), or `undefined`.
 */
export function referencedId(
  reference: { readonly reference?: string | undefined } | undefined,
  type: string,
) {
  const text = reference?.reference;
  if (text === undefined) return undefined;
  const parts = text.split('/');
  const at = parts.lastIndexOf(type);
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const rest = parts.slice(at + 2);
  if (rest.length !== 0 && !(rest.length === 2 && rest[0] === '_history')) return undefined;
  const id = parts[at + 1] as string;
  return FHIR_ID.test(id) ? id : undefined;
}

/** The resource type a literal reference points at (`Patient` for `Patient/p-1`), or `undefined`. */
export function referencedType(reference: { readonly reference?: string | undefined } | undefined) {
  const parts = reference?.reference?.split('/') ?? [];
  const history = parts.length >= 4 && parts[parts.length - 2] === '_history' ? 2 : 0;
  return parts.length >= 2 + history ? parts[parts.length - 2 - history] : undefined;
}

/** A literal reference's type and id, as the readers read one (relative, absolute or versioned), or `undefined`. */
export function literalReference(ref: { readonly reference?: string | undefined }) {
  const type = referencedType(ref);
  const id = type === undefined ? undefined : referencedId(ref, type);
  return type === undefined || id === undefined ? undefined : { type, id };
}
