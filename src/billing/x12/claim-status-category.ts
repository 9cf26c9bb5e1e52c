/**
 * What a claim status category (STC01-1, code list 507) says of a claim's acknowledgment [sources: x12-277ca,
 * x12-rfi-1942]: the 277CA uses the `A` categories; a `P` (pended) or `R` (information requested) category,
 * which only a 276/277 claim status answer should carry, is still read as a reason to follow up. Anything
 * else (`E` response not possible, `F` finalized, an unknown code) is `unknown`, never accepted.
 */
export type CategoryKind = 'accepted' | 'received' | 'rejected' | 'pending' | 'not_found' | 'unknown';

const KINDS: ReadonlyMap<string, CategoryKind> = new Map([
  ['A0', 'received'],
  ['A1', 'received'],
  ['A2', 'accepted'],
  ['A3', 'rejected'],
  ['A4', 'not_found'],
  ['A5', 'accepted'],
  ['A6', 'rejected'],
  ['A7', 'rejected'],
  ['A8', 'rejected'],
]);

/** The kind of a claim status category code. */
export function categoryKind(category: string): CategoryKind {
  const known = KINDS.get(category);
  if (known !== undefined) return known;
  return /^P[0-5]$/.test(category) || /^R(?:[0-9]|1[0-6])$/.test(category) ? 'pending' : 'unknown';
}
