// `JSON.stringify(value, null, 2)` in pieces, for output too large to hold as one string (a large
// practice's digest is hundreds of megabytes of JSON). Objects and arrays are opened and closed here and
// each small value is stringified whole, then indented to its depth: JSON strings hold no raw newline,
// so indenting every line of a stringified value is exact. Plain data only (no toJSON, no replacer),
// which is what the CLI writes.

const INDENT = '  ';

/** Values JSON.stringify leaves out of an object (and writes as `null` in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Whether a value is worth splitting: an array or object with many entries, or one holding such. */
function isLarge(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const entries = Array.isArray(value) ? value : Object.values(value);
  return entries.length > LARGE || entries.some(isLarge);
}

// Below this many entries, an array or object (with nothing large inside) is stringified whole.
const LARGE = 64;

/**
 * Yields the text of `JSON.stringify(value, null, 2)` piece by piece: the same characters, joined.
 *
 * @example
 * ```ts
 * [...jsonChunks({ a: [1, 2] })].join(''); //=> '{\n  "a": [\n    1,\n    2\n  ]\n}'
 * ```
 */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  const pad = INDENT.repeat(depth);
  if (!isLarge(value)) {
    yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${pad}`);
    return;
  }
  const inner = `${pad}${INDENT}`;
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i += 1) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* jsonChunks(isSkipped(value[i]) ? null : value[i], depth + 1);
    }
    yield `\n${pad}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !isSkipped(v));
  yield '{';
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(v, depth + 1);
  }
  yield `\n${pad}}`;
}
