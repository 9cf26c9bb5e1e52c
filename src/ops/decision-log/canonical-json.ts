// Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, numbers in ECMAScript's
// shortest round-trip form (so 1.0 and 1 are one number, and -0 is 0), as the JSON Canonicalization
// Scheme writes them [sources: rfc-8785]. The same value always gives the same text, on any host.

/** Deeper than this is not a policy or a record; refusing it keeps a hostile input from overflowing the stack. */
const MAX_DEPTH = 100;

/**
 * The canonical JSON text of `value`, or `undefined` when it is not plain JSON: a non-finite number, a
 * bigint, a function, a symbol, `undefined` outside an object, a class instance (a `Date`, a `Map`), a
 * cycle, or nesting past {@link MAX_DEPTH}. Object members whose value is `undefined` are left out, as
 * `JSON.stringify` leaves them out.
 */
export function canonicalJson(value: unknown): string | undefined {
  const parts: string[] = [];
  const open = new Set<object>();
  const write = (v: unknown, depth: number): boolean => {
    switch (typeof v) {
      case 'string':
        parts.push(JSON.stringify(v));
        return true;
      case 'boolean':
        parts.push(v ? 'true' : 'false');
        return true;
      case 'number':
        if (!Number.isFinite(v)) return false;
        parts.push(JSON.stringify(v));
        return true;
      case 'object':
        if (v !== null) return writeObject(v, depth);
        parts.push('null');
        return true;
      default:
        return false;
    }
  };
  const writeObject = (v: object, depth: number): boolean => {
    if (depth >= MAX_DEPTH || open.has(v)) return false;
    open.add(v);
    let ok = true;
    if (Array.isArray(v)) {
      parts.push('[');
      // An index loop, so a hole reads as `undefined` and is refused rather than skipped.
      for (let i = 0; i < v.length && ok; i += 1) {
        if (i > 0) parts.push(',');
        ok = write(v[i], depth + 1);
      }
      parts.push(']');
    } else {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      const record = v as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      parts.push('{');
      for (let i = 0; i < keys.length && ok; i += 1) {
        const k = keys[i] as string;
        parts.push(i > 0 ? ',' : '', JSON.stringify(k), ':');
        ok = write(record[k], depth + 1);
      }
      parts.push('}');
    }
    open.delete(v);
    return ok;
  };
  return write(value, 0) ? parts.join('') : undefined;
}
