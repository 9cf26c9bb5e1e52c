// Rules read across neighbouring sentences. Short messages spread one statement over several sentences ("lo
// hice. tomé todo. perdón", "the thoughts came back. and now there's a plan"): `A && B` is found when A is found in
// one sentence and B in the same sentence or one at most PAIR_REACH sentences before or after it (fragments of at
// most FRAGMENT_WORDS words between them not counted, up to PAIR_REACH_WITH_FRAGMENTS sentences apart). Each half is
// an ordinary rule the engine matches under PAIR_LABEL, which says nothing on its own; triage pairs the halves' hits.
import type { RuleHits } from './rule-hits.js';

/** The label the engine matches each half of a pair under: a label of no category. */
export const PAIR_LABEL = 'message_pair';

/** How many sentences apart the two halves of a pair may be found. */
export const PAIR_REACH = 2;

/**
 * A sentence of at most this many words is a fragment ("found them." "all of them."): fragments between a pair's
 * halves do not count towards {@link PAIR_REACH}, so a statement texted in pieces is read as one.
 */
export const FRAGMENT_WORDS = 3;

/** The most sentences apart a pair's halves may be, fragments between them included. */
export const PAIR_REACH_WITH_FRAGMENTS = 6;

const PAIR = ' && ';

/** A pair as written: its category and its whole pattern (what a reason quotes). */
export interface MessagePair {
  readonly label: string;
  readonly pattern: string;
}

/** Rules with each pair split into its two halves, and which half of which pair each rule is. */
export interface SplitRules<R> {
  readonly rules: R[];
  readonly pairs: readonly MessagePair[];
  /** Per rule: -1, or `2 × pair + half` for a half of a pair. */
  readonly pairSides: Int32Array;
}

/** The halves of a pattern written `A && B`, or null for a pattern of one sentence. */
export function pairHalves(pattern: string): readonly [string, string] | null | 'invalid' {
  if (!pattern.includes('&&')) return null;
  const halves = pattern.split(PAIR);
  if (halves.length !== 2 || halves.some((half) => half.trim() === '' || half.includes('&&')))
    return 'invalid';
  return [halves[0] as string, halves[1] as string];
}

/** Splits every `A && B` rule into its two halves, labelled {@link PAIR_LABEL}; other rules are kept as they are. */
export function splitPairs<R extends { readonly label: string; readonly pattern: string }>(
  rules: readonly R[],
): SplitRules<R> {
  const out: R[] = [];
  const sides: number[] = [];
  const pairs: MessagePair[] = [];
  for (const rule of rules) {
    const halves = pairHalves(rule.pattern);
    if (halves === 'invalid') throw new Error(`pattern "${rule.pattern}": a pair is two halves joined by &&`);
    if (halves === null) {
      out.push(rule);
      sides.push(-1);
      continue;
    }
    const pair = pairs.length;
    pairs.push({ label: rule.label, pattern: rule.pattern });
    halves.forEach((half, side) => {
      out.push({ ...rule, label: PAIR_LABEL, pattern: half.trim() });
      sides.push(2 * pair + side);
    });
  }
  return { rules: out, pairs, pairSides: Int32Array.from(sides) };
}

/** A pair found in a message: its number, and whether a negation governs either half. */
export interface PairHit {
  readonly pair: number;
  readonly negated: boolean;
}

// A half's marks for a sentence: found there, and found unnegated there.
const FOUND = 2;
const UNNEGATED = 1;

/**
 * The pairs whose halves a message's hits hold within {@link PAIR_REACH} sentences of each other, in either order
 * (fragments between them not counted, up to {@link PAIR_REACH_WITH_FRAGMENTS} sentences apart).
 * An unnegated finding of a pair wins over a negated one. Linear in the hits and sentences: each half's sentences
 * are marked by number, so a message that repeats both halves in every sentence is not read pair by pair.
 */
export function findPairs(
  hits: RuleHits,
  pairSides: Int32Array,
  sentenceStarts: readonly number[],
  wordCount: number,
): PairHit[] {
  return new PairFinder(pairSides).find(hits, sentenceStarts, wordCount);
}

/**
 * {@link findPairs} with its scratch kept from one message to the next (one per compiled rules): which halves a
 * message has is stamped per half in one list, where a set and a map per message cost more than the rest of it.
 */
export class PairFinder {
  // Per half, stamped with the message when found in it; then its row of marks (see find), or -1.
  private readonly seen: Int32Array;
  private readonly row: Int32Array;
  private stamp = 0;
  // The halves found in the message, in the order first found.
  private order: Int32Array = new Int32Array(16);

  constructor(private readonly pairSides: Int32Array) {
    let sides = 0;
    for (const side of pairSides) sides = Math.max(sides, side + 1);
    // Room for both halves of the last pair (a half's other half is read by `side ^ 1`).
    this.seen = new Int32Array(sides + 1);
    this.row = new Int32Array(sides + 1);
  }

  /** The pairs a message's hits hold (see {@link findPairs}). */
  find(hits: RuleHits, sentenceStarts: readonly number[], wordCount: number): PairHit[] {
    const { pairSides, seen, row } = this;
    if (this.stamp === 0x7fffffff) {
      seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    // The halves found, in the order first found, and the last sentence with one.
    let count = 0;
    let lastSentence = 0;
    for (let h = 0; h < hits.length; h += 1) {
      const side = pairSides[hits.rule(h)] as number;
      if (side < 0) continue;
      lastSentence = Math.max(lastSentence, hits.sentence(h));
      if (seen[side] === stamp) continue;
      seen[side] = stamp;
      if (count === this.order.length) {
        const larger = new Int32Array(2 * count);
        larger.set(this.order);
        this.order = larger;
      }
      this.order[count++] = side;
    }
    if (count === 0) return [];
    // Per half whose other half was found too, a row of marks, one per sentence: FOUND where it was found, with
    // UNNEGATED where found unnegated. A half without its other half keeps nothing ("ok" ends a pair, and may be
    // every sentence).
    const order = this.order;
    let rows = 0;
    for (let k = 0; k < count; k += 1) {
      const side = order[k] as number;
      row[side] = seen[side ^ 1] === stamp ? rows++ : -1;
    }
    if (rows === 0) return [];
    const width = lastSentence + 1;
    const marks = new Uint8Array(rows * width);
    for (let h = 0; h < hits.length; h += 1) {
      const side = pairSides[hits.rule(h)] as number;
      if (side < 0 || (row[side] as number) < 0) continue;
      const at = (row[side] as number) * width + hits.sentence(h);
      marks[at] = (marks[at] as number) | FOUND | (hits.negated(h) ? 0 : UNNEGATED);
    }
    // Per sentence, the sentences that are not fragments up to it: the reach counts those between two halves.
    const counted = new Int32Array(lastSentence + 2);
    for (let s = 0; s <= lastSentence; s += 1) {
      const end = s + 1 < sentenceStarts.length ? (sentenceStarts[s + 1] as number) : wordCount;
      const fragment = end - (sentenceStarts[s] as number) <= FRAGMENT_WORDS;
      counted[s + 1] = (counted[s] as number) + (fragment ? 0 : 1);
    }
    // Within reach: fewer than PAIR_REACH sentences that are not fragments between the two, at most the cap apart
    // (two sentences at most PAIR_REACH apart have fewer than PAIR_REACH of any kind between them).
    const inReach = (a: number, b: number) => {
      const [low, high] = a < b ? [a, b] : [b, a];
      return (
        high - low <= PAIR_REACH_WITH_FRAGMENTS &&
        (counted[high] as number) - (counted[low + 1] as number) < PAIR_REACH
      );
    };
    const result: PairHit[] = [];
    // In the order each pair's first half was first found.
    for (let k = 0; k < count; k += 1) {
      const side = order[k] as number;
      if (side % 2 === 1 || (row[side] as number) < 0) continue;
      const firsts = (row[side] as number) * width;
      const seconds = (row[side + 1] as number) * width;
      // Negated unless both halves were found unnegated within reach of each other somewhere.
      let best: boolean | null = null; // negated?
      for (let sentence = 0; sentence <= lastSentence && best !== false; sentence += 1) {
        const first = marks[firsts + sentence] as number;
        if (first === 0) continue;
        const low = Math.max(0, sentence - PAIR_REACH_WITH_FRAGMENTS);
        const high = Math.min(lastSentence, sentence + PAIR_REACH_WITH_FRAGMENTS);
        for (let other = low; other <= high && best !== false; other += 1) {
          const second = marks[seconds + other] as number;
          if (second === 0 || !inReach(sentence, other)) continue;
          best = (first & second & UNNEGATED) === 0;
        }
      }
      if (best === null) continue;
      result.push({ pair: side >> 1, negated: best });
    }
    return result;
  }
}
