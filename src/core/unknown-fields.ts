import type * as z from 'zod';
import { argumentError, checkArray, checkString } from './arguments.js';

/** The code of every "this object has a field its schema does not know" problem. */
export const UNKNOWN_FIELD = 'core.object.unknown_field';

// Case, `_` and `-` do not count: `payer_classes` and `PayerClasses` are both `payerClasses`.
function normalize(name: string): string {
  return name.toLowerCase().replace(/[_\-\s]/g, '');
}

// How far a key may be from a field and still be a typo of it: one edit for short names, more for long.
function tolerance(field: string): number {
  return field.length <= 4 ? 1 : field.length <= 9 ? 2 : 3;
}

/** Edit distance (insert, delete, substitute, swap two neighbours), or `limit + 1` once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The known fields an unknown key is most likely a typo of: those nearest to it (ignoring case, `_` and
 * `-`, one edit for short names and up to three for long ones), in schema order, at most three. Empty when
 * none is close, so a key that is really data (a name, a phone number) is never matched to a field.
 *
 * @example
 * ```ts
 * suggestFields('payerClass', ['id', 'zone', 'payerClasses']); //=> ['payerClasses']
 * suggestFields('payer_classes', ['id', 'payerClasses']); //=> ['payerClasses']
 * suggestFields('Maria Lopez', ['id', 'payerClasses']); //=> []
 * ```
 * @throws {@link ValidationError} when `key` is not a string or `known` is not a list of strings.
 */
export function suggestFields(key: string, known: readonly string[]): string[] {
  const wanted = normalize(checkString(key, 'key'));
  if (!checkArray(known, 'known fields').every((f) => typeof f === 'string')) {
    throw argumentError('known fields', 'invalid_type', 'expected an array of strings');
  }
  let best = Number.POSITIVE_INFINITY;
  let nearest: string[] = [];
  for (const field of known) {
    const limit = tolerance(field);
    const d = editDistance(wanted, normalize(field), limit);
    if (d > limit || d > best) continue;
    if (d < best) {
      best = d;
      nearest = [];
    }
    nearest.push(field);
  }
  return nearest.slice(0, 3);
}

/**
 * The message for one unknown field: the nearest known fields when there are some, otherwise a plain
 * statement. It never repeats the unknown key, which may itself be personal data.
 */
export function unknownFieldMessage(suggestions: readonly string[]): string {
  if (suggestions.length === 0) {
    return 'has a field that is not in its schema (not named here: field names can hold personal data)';
  }
  const names = suggestions.map((s) => `\`${s}\``);
  const last = names.pop() as string;
  const list = names.length === 0 ? last : `${names.join(', ')} or ${last}`;
  return `has a field that is not in its schema: did you mean ${list}?`;
}

/** The field names an object schema (or a record keyed by an enum) knows; empty for anything else. */
export function knownFieldsOf(schema: unknown): readonly string[] {
  const def = (schema as { _zod?: { def?: z.core.$ZodTypeDef } } | undefined)?._zod?.def;
  if (def?.type === 'object') return Object.keys((def as z.core.$ZodObjectDef).shape);
  if (def?.type === 'record') {
    const values = (def as z.core.$ZodRecordDef).keyType._zod.values;
    if (values !== undefined) return [...values].filter((v): v is string => typeof v === 'string');
  }
  return [];
}

/**
 * A parse-time error map that remembers, for each "unrecognized keys" issue zod raises, the fields of the
 * object that raised it (zod's finished issue keeps the same `keys` array, so it is the lookup key). The
 * map lives for one validation call only and holds no input beyond the unknown keys of that call.
 */
export function recordKnownFields(): {
  readonly error: z.core.$ZodErrorMap;
  readonly known: Map<readonly string[], readonly string[]>;
} {
  const known = new Map<readonly string[], readonly string[]>();
  const error: z.core.$ZodErrorMap = (issue) => {
    if (issue.code === 'unrecognized_keys') known.set(issue.keys, knownFieldsOf(issue.inst));
    // Our own wording is built from each problem's code and parameters, so zod's (which may quote the
    // input) is never needed: only a format check without a message of its own keeps a generic one.
    return issue.code === 'invalid_format' ? `must be a valid ${issue.format}` : '';
  };
  return { error, known };
}
