import { checkArray, checkFunction } from './arguments.js';

/**
 * Sorts `items` in place, stably, and returns them (a tuple keeps its type). Short lists, such as the
 * reasons of one decision, use an insertion sort: the engine's sort sets aside scratch space on every
 * call, about a kilobyte, which a batch of 50,000 decisions pays many times over.
 *
 * @throws {@link ValidationError} when `items` is not an array or `compare` is not a function.
 * @example
 * ```ts
 * sortInPlace([3, 1, 2], (a, b) => a - b); //=> [1, 2, 3]
 * ```
 */
export function sortInPlace<A extends unknown[]>(
  items: A,
  compare: (a: A[number], b: A[number]) => number,
): A {
  checkArray(items, 'items');
  checkFunction(compare, 'compare');
  if (items.length > SHORT) return items.sort(compare);
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i];
    let j = i - 1;
    // Strictly greater moves right, so equal items keep their order (stable, like Array#sort).
    while (j >= 0 && compare(items[j], item) > 0) {
      items[j + 1] = items[j];
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}

// Up to this length an insertion sort wins; past it the comparisons grow with the square.
const SHORT = 16;
