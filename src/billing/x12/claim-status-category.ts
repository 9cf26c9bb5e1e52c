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

/**
 * What a claim status category says in a 277 claim status response (005010X212), where every category of code
 * list 507 may answer [sources: x12-276-277]: the `A` acknowledgement categories as in a 277CA; `D0` data search
 * unsuccessful (not found); `E0`–`E4` response not possible (the inquiry, not the claim, is answered);
 * `F1` finalized/payment, `F2` finalized/denial, `F4` finalized/no payment forthcoming, `F0`, `F3`, `F3F`,
 * `F3N` finalized without saying how; `P0`–`P5` pended and `R0`–`R16` information requested (both followed up).
 */
export type ClaimStatusKind =
  | Exclude<CategoryKind, 'unknown'>
  | 'paid'
  | 'denied'
  | 'finalized'
  | 'unanswered'
  | 'unknown';

const STATUS_KINDS: ReadonlyMap<string, ClaimStatusKind> = new Map([
  ['D0', 'not_found'],
  ['F0', 'finalized'],
  ['F1', 'paid'],
  ['F2', 'denied'],
  ['F3', 'finalized'],
  ['F3F', 'finalized'],
  ['F3N', 'finalized'],
  ['F4', 'denied'],
]);

/** The kind of a claim status category code in a claim status response. */
export function claimStatusKind(category: string): ClaimStatusKind {
  const known = STATUS_KINDS.get(category);
  if (known !== undefined) return known;
  if (/^E[0-4]$/.test(category)) return 'unanswered';
  return categoryKind(category);
}
