// Where a sequence of slots (one part of a rule; phrase-compiler.ts) is in the sentence being matched: which
// sequences a sentence proposes (those anchored at its words whose every slot has a word there), and each
// one's best occurrence, found from its anchor outward with bounded gaps. Per-sentence scratch, stamped with
// the sentence's number: it only saves time, results never depend on it.
import {
  ANCHOR_ENTRY,
  type CompiledPhrases,
  MASKING,
  NEGATION,
  NO_SLOT,
  SEQUENCE_KIND,
  SETTLED,
} from './phrase-compiler.js';

/**
 * Where a sequence was found in a sentence: its words' positions, whether a negation governs it, and whether
 * an ordinary sense masked every one of its words.
 */
export interface Occurrence {
  readonly words: readonly number[];
  readonly negated: boolean;
  readonly masked: boolean;
}

/**
 * The words of a sentence that anchor sequences: word `at[k]`'s anchors (each its anchor entry, phrase-compiler.ts)
 * are the compiled `idAnchors[from[k]..to[k])`, or when negative, `others[~from[k]..~to[k])`; `id[k]` is the word's
 * number in the dictionary (-1 for a word outside the tables).
 */
export interface AnchoredWords {
  readonly at: Int32Array;
  readonly id: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly others: Int32Array;
}

/** What matching a message keeps: its words, clauses and masks, and the sentence being matched. */
export interface MatchState {
  /** The slot atoms of word `i`: `atoms[atomStart[i]..atomStart[i + 1])` (filled up to the sentence's end). */
  readonly atomStart: Int32Array;
  atoms: Int32Array;
  /** Each word's {@link NEGATION} bits. */
  readonly negation: Uint8Array;
  readonly clauses: Int32Array;
  readonly masked: Uint8Array;
  readonly explained: Uint8Array;
  /** The groups of rules matched (bits `RISK_RULES`, `EXPLAINING_RULES` of phrase-compiler.ts). */
  readonly wanted: number;
  sentence: number;
  from: number;
  to: number;
}

/**
 * Whether an ordinary sense read from word `at` may use word `q` of the sentence starting at `from`: a mask stays
 * within its clause, except that a sentence's first word alone in its clause (an interjection: "Shoot, I forgot")
 * belongs to the clause after it.
 */
export function maskReaches(clauses: Int32Array, from: number, at: number, q: number): boolean {
  if (clauses[q] === clauses[at]) return true;
  const head = Math.min(q, at);
  const other = Math.max(q, at);
  return head === from && clauses[head + 1] !== clauses[head] && clauses[other] === clauses[head + 1];
}

// Positions one slot of a match can reach: with gaps of at most 6 and 8 slots, never more than 49.
const LEVEL = 64;
// The facts kept per sequence (see SequenceSearch.perSequence), in this order.
const SEQUENCE_FACTS = 8;
const PROPOSED = 0;
const FEASIBLE = 1;
const FOUND = 2;
const ANCHOR_FIRST = 3;
const ANCHOR_LAST = 4;
const NO = 1;
const YES = 2;
// A sentence of more anchored words than this keeps what each table word proposed, for its next occurrences.
const REMEMBERED_FROM = 16;

/** The search of sequences in one sentence at a time, with its scratch. */
export class SequenceSearch {
  /** The current sentence's number: a stamp equal to it marks what was seen in this sentence. */
  stamp = 0;
  /**
   * One bit per atom, set while a word of the sentence has it (a sequence is tried only when each slot has one):
   * a few cache lines, where a stamp per atom took hundreds. Set by the matcher as it reads the sentence's words,
   * cleared after the sentence (see {@link clearAtoms}).
   */
  readonly atomBits: Int32Array;
  /** The sequences proposed in the sentence but masks (the first {@link propose} returned), in order. */
  proposed: Int32Array = new Int32Array(64);
  /** The masks proposed in the sentence (the first {@link maskCount}), in order: matched before the rest. */
  proposedMasks: Int32Array = new Int32Array(64);
  maskCount = 0;
  // Per sequence, at 8 * s (one list, so that a sequence's facts share a cache line): stamped when proposed in
  // the sentence, its feasibility (stamp << 2 | NO or YES), stamped when found, and where its anchor is in the
  // sentence as a list: its first and last entries (in positionAt/positionNext), and each entry's next (-1 at
  // the end).
  private readonly perSequence: Int32Array;
  private positionAt: Int32Array = new Int32Array(256);
  private positionNext: Int32Array = new Int32Array(256);
  // What a table word proposed in the sentence, kept for its next occurrences there ("pills pills pills …"): per
  // word number, stamped when it was first read in the sentence, and the sequences it proposed as
  // wordProposals[wordProposalFrom..wordProposalTo) (each entry it had that passed, in order).
  private readonly wordStamp: Int32Array;
  private readonly wordProposalFrom: Int32Array;
  private readonly wordProposalTo: Int32Array;
  private wordProposals: Int32Array = new Int32Array(256);
  /** For each sequence looked for: its best occurrence (an unnegated one wins), or null when absent. */
  private readonly foundOccurrence: (Occurrence | null)[];
  /** For each masking or explaining sequence found: every occurrence. */
  readonly allOccurrences: number[][][];
  // Scratch of matchAround: for each slot placed, the positions reached and the index of each one's parent.
  private readonly levelPositions = new Int32Array(LEVEL * 8);
  private readonly levelParents = new Int32Array(LEVEL * 8);
  private readonly levelCounts = new Int32Array(8);
  // The position each slot took, once both directions matched.
  private readonly levelPlaced = new Int32Array(8);
  // Where each atom's words are in the sentence, built when first asked for (see positionsOf): per atom (when
  // stamped in atomListStamp) its first and last entries in nodeAt/nodeNext, and each entry's next (-1 at the end).
  private indexedStamp = 0;
  private readonly atomListStamp: Int32Array;
  private readonly atomFirst: Int32Array;
  private readonly atomLast: Int32Array;
  // The positions positionsOf found last.
  private positionList: Int32Array = new Int32Array(256);
  private nodeAt: Int32Array = new Int32Array(256);
  private nodeNext: Int32Array = new Int32Array(256);

  constructor(private readonly compiled: CompiledPhrases) {
    const count = compiled.sequences.length;
    this.atomBits = new Int32Array((compiled.lexicon.atomCount >> 5) + 1);
    this.atomListStamp = new Int32Array(compiled.lexicon.atomCount);
    this.atomFirst = new Int32Array(compiled.lexicon.atomCount);
    this.atomLast = new Int32Array(compiled.lexicon.atomCount);
    this.perSequence = new Int32Array(SEQUENCE_FACTS * count);
    this.wordStamp = new Int32Array(compiled.dictionary.size);
    this.wordProposalFrom = new Int32Array(compiled.dictionary.size);
    this.wordProposalTo = new Int32Array(compiled.dictionary.size);
    this.foundOccurrence = compiled.sequences.map(() => null);
    this.allOccurrences = compiled.sequences.map(() => []);
  }

  /** Clears the sentence's atoms `atoms[from..to)` (every bit set is one of them): all at once when they are many. */
  clearAtoms(atoms: Int32Array, from: number, to: number): void {
    const atomBits = this.atomBits;
    if (to - from > atomBits.length) atomBits.fill(0);
    else for (let k = from; k < to; k += 1) atomBits[(atoms[k] as number) >> 5] = 0;
  }

  /** Starts a sentence: a new stamp. True when the stamps wrapped around and were cleared. */
  nextSentence(): boolean {
    let cleared = false;
    if (this.stamp >= 0x1ffffff0) {
      this.perSequence.fill(0);
      this.atomListStamp.fill(0);
      this.wordStamp.fill(0);
      this.indexedStamp = 0;
      this.stamp = 0;
      cleared = true;
    }
    this.stamp += 1;
    return cleared;
  }

  /**
   * Proposes the sequences of the groups `wanted` anchored at the sentence's words (`anchored`, in the
   * sentence's order), when every slot of them has a word in it; the positions of each one's anchor are kept as a
   * list (first, last, next) in order. Returns how many were proposed but masks (in {@link proposed}; the masks
   * in {@link proposedMasks}).
   */
  propose(anchored: AnchoredWords, count: number, wanted: number): number {
    const stamp = this.stamp;
    const idAnchors = this.compiled.idAnchors;
    const { perSequence: facts, wordStamp } = this;
    let positions = 0;
    let proposedCount = 0;
    let maskCount = 0;
    let kept = 0;
    // Only a long sentence is worth it: a short one rarely says a word twice.
    const remember = count > REMEMBERED_FROM;
    for (let w = 0; w < count; w += 1) {
      const at = anchored.at[w] as number;
      const id = remember ? (anchored.id[w] as number) : -1;
      // A table word read before in the sentence proposes what it proposed then: what decides it (the sentence's
      // atoms, each sequence's feasibility) is the same for the whole sentence.
      if (id >= 0 && wordStamp[id] === stamp) {
        const end = this.wordProposalTo[id] as number;
        for (let k = this.wordProposalFrom[id] as number; k < end; k += 1)
          positions = this.addPosition(this.wordProposals[k] as number, at, positions);
        continue;
      }
      if (id >= 0) {
        wordStamp[id] = stamp;
        this.wordProposalFrom[id] = kept;
      }
      let list = idAnchors;
      let from = anchored.from[w] as number;
      let to = anchored.to[w] as number;
      if (from < 0) {
        list = anchored.others;
        from = ~from;
        to = ~to;
      }
      for (let j = from; j < to; j += ANCHOR_ENTRY) {
        const key = list[j] as number;
        if ((key & wanted) === 0) continue;
        // A sentence without a word of each required slot cannot have it (the sequence's own lists are not
        // reached for).
        if (!this.present(list[j + 1] as number) || !this.present(list[j + 2] as number)) continue;
        const s = key >> 4;
        const f = SEQUENCE_FACTS * s;
        if (facts[f + PROPOSED] !== stamp) {
          const known = facts[f + FEASIBLE] as number;
          // The anchor's word is there: only the other slots are checked (none left when settled).
          if (key & SETTLED) facts[f + FEASIBLE] = (stamp << 2) | YES;
          else if (known >>> 2 === stamp ? (known & 3) !== YES : !this.check(s, 1)) continue;
          facts[f + PROPOSED] = stamp;
          if (key & MASKING) {
            if (maskCount === this.proposedMasks.length) this.proposedMasks = grow(this.proposedMasks);
            this.proposedMasks[maskCount++] = s;
          } else {
            if (proposedCount === this.proposed.length) this.proposed = grow(this.proposed);
            this.proposed[proposedCount++] = s;
          }
          facts[f + ANCHOR_FIRST] = -1;
        }
        positions = this.addPosition(s, at, positions);
        if (id >= 0) {
          if (kept === this.wordProposals.length) this.wordProposals = grow(this.wordProposals);
          this.wordProposals[kept++] = s;
        }
      }
      if (id >= 0) this.wordProposalTo[id] = kept;
    }
    this.maskCount = maskCount;
    return proposedCount;
  }

  // Whether a required slot of an anchor entry (see CompiledPhrases.anchorEntries) has a word in the sentence.
  private present(required: number): boolean {
    if (required >= 0) return hasAtom(this.atomBits, required);
    if (required === NO_SLOT) return true;
    const slots = this.compiled.requiredSlots;
    for (let k = ~required + 1, end = k + (slots[~required] as number); k < end; k += 1)
      if (hasAtom(this.atomBits, slots[k] as number)) return true;
    return false;
  }

  // Adds position `at` to the end of proposed sequence `s`'s list of its anchor's positions: the positions used.
  private addPosition(s: number, at: number, positions: number): number {
    const facts = this.perSequence;
    const f = SEQUENCE_FACTS * s;
    if (positions === this.positionAt.length) {
      this.positionAt = grow(this.positionAt);
      this.positionNext = grow(this.positionNext);
    }
    this.positionAt[positions] = at;
    this.positionNext[positions] = -1;
    if (facts[f + ANCHOR_FIRST] === -1) facts[f + ANCHOR_FIRST] = positions;
    else this.positionNext[facts[f + ANCHOR_LAST] as number] = positions;
    facts[f + ANCHOR_LAST] = positions;
    return positions + 1;
  }

  /** Whether every slot of sequence `s` has a word in the sentence (remembered per sentence). */
  feasible(s: number): boolean {
    const known = this.perSequence[SEQUENCE_FACTS * s + FEASIBLE] as number;
    if (known >>> 2 === this.stamp) return (known & 3) === YES;
    return this.check(s, 0);
  }

  // Whether every slot of sequence `s` has a word in the sentence, from its `skip`th rarest slot on (the
  // rarest is its anchor); remembered.
  private check(s: number, skip: number): boolean {
    const stamp = this.stamp;
    const atomBits = this.atomBits;
    const { sequenceAt, sequenceData: data } = this.compiled;
    const at0 = sequenceAt[s] as number;
    const n = data[at0] as number;
    let ok = true;
    // The slots rarest first.
    for (let k = at0 + 4 + n + skip, end = at0 + 4 + 2 * n; k < end && ok; k += 1) {
      ok = false;
      const slot = data[k] as number;
      for (let j = slot + 3, last = j + (data[slot + 1] as number); j < last; j += 1) {
        if (hasAtom(atomBits, data[j] as number)) {
          ok = true;
          break;
        }
      }
    }
    this.perSequence[SEQUENCE_FACTS * s + FEASIBLE] = (stamp << 2) | (ok ? YES : NO);
    return ok;
  }

  /**
   * Finds a sequence in the sentence (once; remembered): its first unnegated occurrence, else its first
   * negated one, else null. Every occurrence of a masking or explaining sequence is kept.
   *
   * An occurrence is read at each word its anchor slot matches, in order: from there, the slots after it take
   * the earliest words that let the rest match, and the slots before it the nearest ones (what a depth-first
   * search from the anchor finds first). Negation is read before its first word.
   */
  find(state: MatchState, s: number): Occurrence | null {
    const f = SEQUENCE_FACTS * s;
    if (this.perSequence[f + FOUND] === this.stamp) return this.foundOccurrence[s] as Occurrence | null;
    let best: Occurrence | null = null;
    let bestRank = 0;
    const data = this.compiled.sequenceData;
    const at0 = this.compiled.sequenceAt[s] as number;
    const slotCount = data[at0] as number;
    const kind = data[at0 + 2] as number;
    if (kind !== 0) (this.allOccurrences[s] as number[][]).length = 0;
    if (this.feasible(s)) {
      const proposed = this.perSequence[f + PROPOSED] === this.stamp;
      const positionCount = proposed
        ? -1
        : this.positionsOf(data[at0 + 4 + (data[at0 + 1] as number)] as number, state);
      let next = proposed ? (this.perSequence[f + ANCHOR_FIRST] as number) : 0;
      for (;;) {
        let at: number;
        if (positionCount < 0) {
          if (next < 0) break;
          at = this.positionAt[next] as number;
          next = this.positionNext[next] as number;
        } else {
          if (next >= positionCount) break;
          at = this.positionList[next] as number;
          next += 1;
        }
        const path = slotCount === 1 ? [at] : this.matchAround(at0, state, at);
        if (path === null) continue;
        if (kind !== 0) {
          (this.allOccurrences[s] as number[][]).push(path);
          best ??= { words: path, negated: false, masked: false };
          continue;
        }
        // Best first: an occurrence outside every ordinary sense and unnegated, then a negated one, then one
        // whose words an ordinary sense all masked.
        let masked = true;
        for (let k = 0; k < path.length && masked; k += 1) masked = state.masked[path[k] as number] === 1;
        const negated = !masked && this.isNegated(state, path[0] as number);
        const rank = masked ? 1 : negated ? 2 : 3;
        if (rank > bestRank) {
          best = { words: path, negated, masked };
          bestRank = rank;
        }
        if (rank === 3) break;
      }
    }
    this.perSequence[f + FOUND] = this.stamp;
    this.foundOccurrence[s] = best;
    return best;
  }

  /**
   * Matches a sequence around an occurrence of its anchor slot at `at`: the positions of its words (gap words
   * are not part of it), or null. Slots after the anchor are placed going forward, slots before it going
   * backward. Each slot keeps the positions it reached and where from (pairs in `reached`), so a match costs
   * at most slots × (gap + 1) × positions reached, never a search over paths.
   */
  private matchAround(at0: number, state: MatchState, at: number): number[] | null {
    const { atomStart, atoms } = state;
    const { sequenceData: data, slotBits } = this.compiled;
    const a = data[at0 + 1] as number;
    const last = (data[at0] as number) - 1;
    const mask = ((data[at0 + 2] as number) & SEQUENCE_KIND.mask) !== 0;
    const positions = this.levelPositions;
    const parents = this.levelParents;
    const counts = this.levelCounts;
    const placed = this.levelPlaced;
    placed[a] = at;
    for (let direction = 1; direction >= -1; direction -= 2) {
      const steps = direction === 1 ? last - a : a;
      if (steps === 0) continue;
      positions[0] = at;
      counts[0] = 1;
      for (let k = 1; k <= steps; k += 1) {
        const slotIndex = a + direction * k;
        const slot = data[at0 + 4 + slotIndex] as number;
        // Forward, slot k may be gapBefore(k) words after slot k - 1; backward, gapBefore(k + 1) words before.
        const gap = data[direction === 1 ? slot : (data[at0 + 5 + slotIndex] as number)] as number;
        const base = k * LEVEL;
        const previousBase = (k - 1) * LEVEL;
        let count = 0;
        for (let j = 0; j < (counts[k - 1] as number); j += 1) {
          const p = positions[previousBase + j] as number;
          for (let d = 1; d <= gap + 1; d += 1) {
            const q = p + direction * d;
            if (q < state.from || q >= state.to) break;
            // An ordinary sense stays within its clause: it never reaches across a comma to mask a word (but
            // from a lone first word, an interjection, into the next clause).
            if (mask && !maskReaches(state.clauses, state.from, at, q)) break;
            if (!matches(data, slotBits, slot, atoms, atomStart[q] as number, atomStart[q + 1] as number))
              continue;
            let seen = false;
            for (let c = 0; c < count; c += 1) if (positions[base + c] === q) seen = true;
            if (seen || count === LEVEL) continue;
            positions[base + count] = q;
            parents[base + count] = j;
            count += 1;
          }
        }
        if (count === 0) return null;
        counts[k] = count;
      }
      let j = 0;
      for (let k = steps; k >= 1; k -= 1) {
        placed[a + direction * k] = positions[k * LEVEL + j] as number;
        j = parents[k * LEVEL + j] as number;
      }
    }
    // Made only for a match (a list of small integers, built in order).
    const path: number[] = [];
    for (let k = 0; k <= last; k += 1) path.push(placed[k] as number);
    return path;
  }

  /**
   * The positions of the sentence's words that a slot matches, in order, in {@link positionList}: returns how
   * many.
   */
  private positionsOf(slot: number, state: MatchState): number {
    const data = this.compiled.sequenceData;
    let out = this.positionList;
    let count = 0;
    if (this.indexedStamp !== this.stamp) this.indexSentence(state);
    const stamp = this.stamp;
    const { atomListStamp, atomFirst, nodeAt, nodeNext } = this;
    let lists = 0;
    for (let k = slot + 3, end = k + (data[slot + 1] as number); k < end; k += 1) {
      const atom = data[k] as number;
      if (atomListStamp[atom] !== stamp) continue;
      lists += 1;
      for (let node = atomFirst[atom] as number; node >= 0; node = nodeNext[node] as number) {
        if (count === out.length) out = this.positionList = grow(out);
        out[count++] = nodeAt[node] as number;
      }
    }
    // Several atoms' lists are merged (a word may be in two of them).
    if (lists > 1) {
      out.subarray(0, count).sort();
      let kept = 1;
      for (let k = 1; k < count; k += 1) if (out[k] !== out[kept - 1]) out[kept++] = out[k] as number;
      count = kept;
    }
    return count;
  }

  // Lists where each slot atom's words are in the sentence, in order.
  private indexSentence(state: MatchState): void {
    const stamp = this.stamp;
    const { atomListStamp, atomFirst, atomLast } = this;
    let nodes = 0;
    const { atomStart, atoms } = state;
    for (let i = state.from; i < state.to; i += 1) {
      for (let k = atomStart[i] as number, end = atomStart[i + 1] as number; k < end; k += 1) {
        const atom = atoms[k] as number;
        if (nodes === this.nodeAt.length) {
          this.nodeAt = grow(this.nodeAt);
          this.nodeNext = grow(this.nodeNext);
        }
        this.nodeAt[nodes] = i;
        this.nodeNext[nodes] = -1;
        if (atomListStamp[atom] !== stamp) {
          atomListStamp[atom] = stamp;
          atomFirst[atom] = nodes;
        } else this.nodeNext[atomLast[atom] as number] = nodes;
        atomLast[atom] = nodes;
        nodes += 1;
      }
    }
    this.indexedStamp = stamp;
  }

  /**
   * Whether a negation governs the word at `at`: a negator before it in the same clause, with only filler
   * words between (`not going to`, `never had thoughts of`), and no doubt or second negation just before the
   * negator (`not sure I won't`). Any other word ends the search: doubt stays unnegated.
   */
  isNegated(state: MatchState, at: number): boolean {
    const { negation, clauses } = state;
    const clause = clauses[at];
    for (let j = at - 1; j >= 0 && j >= at - 6 && clauses[j] === clause; j -= 1) {
      const bits = negation[j] as number;
      if (bits & NEGATION.negator) {
        for (let d = j - 1; d >= 0 && d >= j - 3 && clauses[d] === clause; d -= 1)
          if ((negation[d] as number) & (NEGATION.doubt | NEGATION.negator)) return false;
        return true;
      }
      if (!(bits & NEGATION.filler)) return false;
    }
    return false;
  }
}

function hasAtom(atomBits: Int32Array, atom: number): boolean {
  return (((atomBits[atom >> 5] as number) >>> (atom & 31)) & 1) === 1;
}

function grow(list: Int32Array): Int32Array {
  const larger = new Int32Array(list.length * 2);
  larger.set(list);
  return larger;
}

// Whether the atoms `atoms[from..to)` of a word meet the slot at `slot` of the packed sequences.
function matches(
  data: Int32Array,
  slotBits: Uint32Array,
  slot: number,
  atoms: Int32Array,
  from: number,
  to: number,
): boolean {
  const bits = data[slot + 2] as number;
  if (bits < 0) {
    const end = slot + 3 + (data[slot + 1] as number);
    for (let i = from; i < to; i += 1) {
      const atom = atoms[i] as number;
      for (let j = slot + 3; j < end; j += 1) if (data[j] === atom) return true;
    }
    return false;
  }
  for (let i = from; i < to; i += 1) {
    const atom = atoms[i] as number;
    if (((slotBits[bits + (atom >> 5)] as number) >>> (atom & 31)) & 1) return true;
  }
  return false;
}
