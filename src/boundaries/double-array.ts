// Double-array placement: each parent gets a base such that every child key lands on a free slot at
// base + key; a slot records its parent (check), so a lookup is two array reads and one comparison.

/** Slots handed out so far, and where each parent's children start. */
export interface DoubleArraySlots {
  /** The parent of each slot, or -1 where the slot is free. */
  check: Int32Array;
  /** Slots below this are all taken. */
  firstFree: number;
}

/** An empty set of slots, the first `reserved` of them taken (no parent). */
export function newSlots(reserved: number): DoubleArraySlots {
  const check = new Int32Array(Math.max(64, reserved * 2)).fill(-1);
  for (let slot = 0; slot < reserved; slot += 1) check[slot] = -2;
  return { check, firstFree: reserved };
}

/**
 * Finds the lowest base at which the children `keys` (sorted, non-negative) all land on free slots, takes
 * those slots for `parent`, and returns the base. The slots then reach at least base + `span`, so a lookup
 * with any key below `span` stays inside the arrays.
 */
export function placeChildren(
  slots: DoubleArraySlots,
  parent: number,
  keys: readonly number[],
  span: number,
): number {
  while (slots.check[slots.firstFree] !== undefined && slots.check[slots.firstFree] !== -1)
    slots.firstFree += 1;
  let base = Math.max(0, slots.firstFree - (keys[0] as number));
  while (!fitsAt(slots, base, keys, span)) base += 1;
  for (const key of keys) slots.check[base + key] = parent;
  return base;
}

function fitsAt(slots: DoubleArraySlots, base: number, keys: readonly number[], span: number): boolean {
  ensureSize(slots, base + span + 1);
  for (const key of keys) if (slots.check[base + key] !== -1) return false;
  return true;
}

function ensureSize(slots: DoubleArraySlots, size: number): void {
  if (size <= slots.check.length) return;
  const grown = new Int32Array(Math.max(size, slots.check.length * 2)).fill(-1);
  grown.set(slots.check);
  slots.check = grown;
}
