import { checkArray } from './arguments.js';

/**
 * An array with at least one element: the type of every list of reasons that must not be empty.
 *
 * @example
 * ```ts
 * const codes: NonEmptyArray<string> = ['90837'];
 * ```
 */
export type NonEmptyArray<T> = readonly [T, ...T[]];

/**
 * Narrows an array to {@link NonEmptyArray}.
 *
 * @throws {@link ValidationError} when `items` is not an array.
 * @example
 * ```ts
 * isNonEmpty([reason('a.x', 'error', 'A.')]); //=> true
 * ```
 */
export function isNonEmpty<T>(items: readonly T[]): items is NonEmptyArray<T> {
  return checkArray(items, 'items').length > 0;
}
