/** An array with at least one element: the type of every list of reasons that must not be empty. */
export type NonEmptyArray<T> = readonly [T, ...T[]];

/** Narrows an array to {@link NonEmptyArray}. */
export function isNonEmpty<T>(items: readonly T[]): items is NonEmptyArray<T> {
  return items.length > 0;
}
