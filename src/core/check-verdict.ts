// What a compiled check (compiled-check.ts) answers, and how it is built: shared by the node builders.

/** What a compiled check returns for a value zod would reject. */
export const REJECTED: unique symbol = Symbol('practice-ops: rejected by a compiled check');

/** A compiled check: the value zod's parse would return, or {@link REJECTED}. */
export type CompiledCheck = (input: unknown) => unknown;

/** Whether a compiled check returns fresh objects, as zod does (`copy`), or the input's own where equal. */
export type CheckMode = 'copy' | 'reuse';

/**
 * How a check's objects are built: as code generated for each object schema (`generated`, where the
 * runtime allows it), or as closures shared by every schema (`interpreted`). Both give the same answers.
 */
export type CheckBuild = 'generated' | 'interpreted';

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
