// The one matcher of triage and the reply check: a message read into sentences (text-reader.ts), each word
// looked up once (table words by number, others once per message), matched against compiled rules
// (phrase-compiler.ts). In a sentence, a rule is tried only where its least common word is and only when every
// word it needs (in every part) is somewhere in the sentence (sequence-search.ts); masks (ordinary senses)
// first, then one-word rules, then the rest. Time is linear in the words read.
import {
  ANCHOR_ENTRY,
  type CompiledPhrases,
  EXPLAINING_RULES,
  ID_ANCHORS,
  ID_BITS,
  ID_FACTS,
  ID_NEGATION,
  ID_SLOTS,
  ID_WORD_RULES,
  NEGATION_BITS,
  RISK_RULES,
} from './phrase-compiler.js';
import { RuleHits } from './rule-hits.js';
import { type MatchState, type Occurrence, SequenceSearch } from './sequence-search.js';
import type { ReadText } from './text-reader.js';
import { HAS_WORD_RULES, type WordEntry } from './word-entry.js';

/** A message as matched: what each word is, which words an ordinary-sense rule masked, which a rule explains, the hits. */
export interface MatchedText {
  /** Each word's `WORD_BITS` (word-entry.ts). */
  readonly wordBits: Int32Array;
  /** 1 where an ordinary-sense rule matched the word (no other rule may use it). */
  readonly masked: Uint8Array;
  /** 1 where a found rule with an explaining label matched the word, or it is masked. */
  readonly explained: Uint8Array;
  readonly hits: RuleHits;
}

/**
 * A word outside the tables, as matching a message keeps it: its entry, its negation bits, and where its anchors
 * were written (once per message, read at each of its occurrences).
 */
interface OtherWord {
  readonly entry: WordEntry;
  readonly negation: number;
  readonly anchorsFrom: number;
  readonly anchorsTo: number;
}

// The most hits a message's list has room for before it grows.
const HITS_ROOM = 4096;
// A message of this many sentences remembers what each of its short sentences found, so that a sentence said
// again is copied rather than matched (a long message repeating itself); a few thousand are kept at most.
const REPEATS_FROM_SENTENCES = 64;
const REPEATED_WORDS = 32;
const REPEATS_KEPT = 4096;
// A sentence of more words with one-word rules than this tallies a settled word's further occurrences (see
// wordSettled); a shorter one rarely says such a word twice, and checking whether it settled would cost more.
const TALLIED_FROM = 16;

/** Where a sentence was first matched in a message: its words, and the hits it added. */
interface SentenceSeen {
  readonly from: number;
  readonly to: number;
  readonly hitsFrom: number;
  readonly hitsTo: number;
}

/** Matches compiled rules in messages, with scratch reused from one message to the next. */
export class PhraseMatcher {
  private readonly search: SequenceSearch;
  // The words with anchors in the sentence being matched
  // (anchoredAt), and their anchors (each its anchor entry, see phrase-compiler.ts's writeAnchorEntry): those of the
  // word anchoredAt[k] are idAnchors[anchoredFrom[k]..anchoredTo[k]), or when negative, those of a word outside
  // the tables, otherAnchors[~anchoredFrom[k]..~anchoredTo[k]).
  private anchoredAt: Int32Array = new Int32Array(64);
  private anchoredIds: Int32Array = new Int32Array(64);
  private anchoredFrom: Int32Array = new Int32Array(64);
  private anchoredTo: Int32Array = new Int32Array(64);
  private otherAnchors: Int32Array = new Int32Array(64);
  // Where the words with one-word rules are in it.
  private ruled: Int32Array = new Int32Array(0);
  // Their numbers in the dictionary, -1 for a word outside the tables (whose entry is in ruledEntries).
  private ruledIds: Int32Array = new Int32Array(0);
  private readonly ruledEntries: WordEntry[] = [];
  // Scratch of the message being matched (see MatchState): each word's slot atoms, flat, and negation bits.
  private atomStart: Int32Array = new Int32Array(0);
  private atoms: Int32Array = new Int32Array(1024);
  private negation: Uint8Array = new Uint8Array(0);
  // For each one-word rule found in the sentence (stamped), the index of its hit.
  private readonly ruleHitStamp: Int32Array;
  private readonly ruleHitAt: Int32Array;
  // Per table word, stamped with the sentence: read there before (wordSeen), and settled (wordSettled: each of its
  // one-word rules the pass wants has an unnegated hit, so another occurrence only counts again). A settled word's
  // further occurrences are tallied (unmasked and masked) and counted once at the end of the sentence's pass.
  private readonly wordSeen: Int32Array;
  private readonly wordSettled: Int32Array;
  private readonly wordExplains: Uint8Array;
  private readonly wordTally: Int32Array;
  private readonly wordTallyMasked: Int32Array;
  private tallied: Int32Array = new Int32Array(16);

  constructor(private readonly compiled: CompiledPhrases) {
    this.search = new SequenceSearch(compiled);
    this.ruleHitStamp = new Int32Array(compiled.rules.length);
    this.ruleHitAt = new Int32Array(compiled.rules.length);
    const words = compiled.dictionary.size;
    this.wordSeen = new Int32Array(words);
    this.wordSettled = new Int32Array(words);
    this.wordExplains = new Uint8Array(words);
    this.wordTally = new Int32Array(words);
    this.wordTallyMasked = new Int32Array(words);
  }

  /**
   * Matches the rules of the groups `wanted` (bits of `RISK_RULES`, `EXPLAINING_RULES`) in every sentence of a
   * message, after those `previous` matched (its arrays are reused and its hits kept).
   */
  match(read: ReadText, wanted: number, previous: MatchedText | null): MatchedText {
    const words = read.words;
    const known = read.dictionary === this.compiled.dictionary ? read.known : null;
    if (known !== null) this.compiled.prepare(known);
    const { idFacts, idSlotAtoms } = this.compiled;
    const search = this.search;
    const n = words.length;
    // A message's three lists share one buffer (allocating a buffer costs more than filling it).
    const buffer = previous === null ? new ArrayBuffer(6 * n) : null;
    const wordBits = previous?.wordBits ?? new Int32Array(buffer as ArrayBuffer, 0, n);
    // Each word's slot atoms, flat (scratch, grown to the longest message seen).
    if (this.atomStart.length < n + 1)
      this.atomStart = new Int32Array(Math.max(n + 1, 2 * this.atomStart.length));
    if (this.ruled.length < n) {
      this.ruled = new Int32Array(Math.max(n, 2 * this.ruled.length));
      this.ruledIds = new Int32Array(this.ruled.length);
      this.negation = new Uint8Array(this.ruled.length);
    }
    const atomStart = this.atomStart;
    const negation = this.negation;
    const state: MatchState = {
      atomStart,
      atoms: this.atoms,
      negation,
      clauses: read.clauses,
      masked: previous?.masked ?? new Uint8Array(buffer as ArrayBuffer, 4 * n, n),
      explained: previous?.explained ?? new Uint8Array(buffer as ArrayBuffer, 5 * n, n),
      wanted,
      sentence: 0,
      from: 0,
      to: 0,
    };
    // Room for two hits a word, up to a few thousand: the tuning set's messages hold 1.9 a word (a message of 1 KB
    // of them about 350), and a list grown twice cost more than the room.
    const hits =
      previous === null
        ? new RuleHits(this.compiled.rules, Math.min(HITS_ROOM, 2 * n + 8))
        : previous.hits.copy();
    const starts = read.sentenceStarts;
    const atomBits = search.atomBits;
    // Words outside the tables, looked up once per message (forgotten after it: no message text is kept).
    let others: Map<string, OtherWord> | null = null;
    const ruled = this.ruled;
    const ruledEntries = this.ruledEntries;
    const ruledIds = this.ruledIds;
    let atomCount = 0;
    let otherCount = 0;
    const repeats = starts.length >= REPEATS_FROM_SENTENCES ? new Map<number, SentenceSeen>() : null;
    for (let k = 0; k < starts.length; k += 1) {
      const from = starts[k] as number;
      const to = k + 1 < starts.length ? (starts[k + 1] as number) : n;
      let key: number | null = null;
      if (repeats !== null && to - from <= REPEATED_WORDS) {
        key = sentenceHash(known, read.clauses, from, to);
        const seen = repeats.get(key);
        if (seen !== undefined) {
          // Another sentence of the same hash: matched as usual, and not remembered.
          if (seen.to - seen.from === to - from && sameSentence(read, known, seen.from, from, to - from)) {
            repeatSentence(seen, k, from, to, wordBits, state, hits);
            continue;
          }
          key = null;
        }
      }
      const hitsFrom = hits.length;
      let anchoredCount = 0;
      let ruledCount = 0;
      if (search.nextSentence()) {
        this.ruleHitStamp.fill(0);
        this.wordSeen.fill(0);
        this.wordSettled.fill(0);
      }
      // One pass over the sentence: look each word up, note which words may start something, and which
      // atoms the sentence has (a rule is tried only when each of its words is there).
      for (let i = from; i < to; i += 1) {
        const id = known === null ? -1 : (known[i] as number);
        // The word's slot atoms and anchors: a table word's from the flat lists, another's from its entry.
        let entry: WordEntry | null = null;
        let slotAtoms: ArrayLike<number> = idSlotAtoms;
        let atomsFrom: number;
        let atomsTo: number;
        let anchorsFrom: number;
        let anchorsTo: number;
        let bits: number;
        if (id >= 0) {
          const f = ID_FACTS * id;
          bits = idFacts[f + ID_BITS] as number;
          negation[i] = (idFacts[f + ID_NEGATION] as number) & NEGATION_BITS;
          atomsFrom = idFacts[f + ID_SLOTS] as number;
          atomsTo = idFacts[f + ID_SLOTS + 1] as number;
          anchorsFrom = idFacts[f + ID_ANCHORS] as number;
          anchorsTo = idFacts[f + ID_ANCHORS + 1] as number;
        } else {
          const raw = words[i] as string;
          others ??= new Map();
          let other = others.get(raw);
          if (other === undefined) {
            const found = this.compiled.entry(raw);
            const written = otherCount;
            if (otherCount + ANCHOR_ENTRY * found.anchors.length > this.otherAnchors.length)
              this.otherAnchors = growTo(this.otherAnchors, otherCount + ANCHOR_ENTRY * found.anchors.length);
            for (const s of found.anchors)
              otherCount = this.compiled.writeAnchorEntry(s, this.otherAnchors, otherCount);
            other = {
              entry: found,
              negation: this.compiled.negationOf(found),
              anchorsFrom: ~written,
              anchorsTo: ~otherCount,
            };
            others.set(raw, other);
          }
          entry = other.entry;
          bits = entry.bits;
          negation[i] = other.negation;
          slotAtoms = entry.slotAtoms;
          atomsFrom = 0;
          atomsTo = slotAtoms.length;
          anchorsFrom = other.anchorsFrom;
          anchorsTo = other.anchorsTo;
        }
        atomStart[i] = atomCount;
        if (atomCount + atomsTo - atomsFrom > this.atoms.length) {
          this.atoms = growTo(this.atoms, atomCount + atomsTo - atomsFrom);
          state.atoms = this.atoms;
        }
        const atoms = this.atoms;
        for (let j = atomsFrom; j < atomsTo; j += 1) {
          const atom = slotAtoms[j] as number;
          atomBits[atom >> 5] = (atomBits[atom >> 5] as number) | (1 << (atom & 31));
          atoms[atomCount++] = atom;
        }
        if (anchorsTo !== anchorsFrom) {
          if (anchoredCount === this.anchoredAt.length) {
            this.anchoredAt = growTo(this.anchoredAt, anchoredCount + 1);
            this.anchoredIds = growTo(this.anchoredIds, anchoredCount + 1);
            this.anchoredFrom = growTo(this.anchoredFrom, anchoredCount + 1);
            this.anchoredTo = growTo(this.anchoredTo, anchoredCount + 1);
          }
          this.anchoredAt[anchoredCount] = i;
          this.anchoredIds[anchoredCount] = entry === null ? id : -1;
          this.anchoredFrom[anchoredCount] = anchorsFrom;
          this.anchoredTo[anchoredCount++] = anchorsTo;
        }
        wordBits[i] = bits;
        if (bits & HAS_WORD_RULES) {
          if (entry !== null) ruledEntries[ruledCount] = entry;
          ruledIds[ruledCount] = entry === null ? id : -1;
          ruled[ruledCount++] = i;
        }
      }
      atomStart[to] = atomCount;
      // Most sentences of most messages have nothing a rule could start from.
      if (anchoredCount !== 0 || ruledCount !== 0) {
        state.sentence = k;
        state.from = from;
        state.to = to;
        this.matchSentence(state, anchoredCount, ruledCount, hits);
      }
      search.clearAtoms(this.atoms, atomStart[from] as number, atomCount);
      if (key !== null && repeats !== null && repeats.size < REPEATS_KEPT)
        repeats.set(key, { from, to, hitsFrom, hitsTo: hits.length });
    }
    return { wordBits, masked: state.masked, explained: state.explained, hits };
  }

  private matchSentence(state: MatchState, anchoredCount: number, ruledCount: number, hits: RuleHits): void {
    const search = this.search;
    const { sequenceAt, sequenceData, rulePartAt, ruleParts, ruleExplains } = this.compiled;
    const proposedCount = search.propose(
      {
        at: this.anchoredAt,
        id: this.anchoredIds,
        from: this.anchoredFrom,
        to: this.anchoredTo,
        others: this.otherAnchors,
      },
      anchoredCount,
      state.wanted,
    );
    // Masks first, so that a rule found only in masked words is hidden: a mask found whole (every part) masks the
    // words of every occurrence of its parts. Then one-word rules, then the rest.
    for (let pass = 0; pass < 2; pass += 1) {
      if (pass === 1) this.wordRuleHits(state, ruledCount, hits);
      const mask = pass === 0;
      const list = mask ? search.proposedMasks : search.proposed;
      const count = mask ? search.maskCount : proposedCount;
      for (let p = 0; p < count; p += 1) {
        const s = list[p] as number;
        const at0 = sequenceAt[s] as number;
        const first = search.find(state, s);
        if (first === null) continue;
        // The rules of which it is the first part.
        const rulesAt = sequenceData[at0 + 3] as number;
        for (let k = rulesAt + 1, end = k + (sequenceData[rulesAt] as number); k < end; k += 1) {
          const r = sequenceData[k] as number;
          if (!this.addRuleHit(state, r, first, hits)) continue;
          if (!mask && ruleExplains[r] === 0) continue;
          for (let j = rulePartAt[r] as number; j < (rulePartAt[r + 1] as number); j += 1) {
            for (const path of search.allOccurrences[ruleParts[j] as number] as number[][]) {
              for (const q of path) {
                if (mask) state.masked[q] = 1;
                state.explained[q] = 1;
              }
            }
          }
        }
      }
    }
  }

  // One-word rules: each found once per sentence (an unnegated occurrence wins); explaining ones explain
  // every word they match. A table word said again once settled (see wordSettled) is only tallied: "pills" said
  // 175,000 times in one sentence is not read rule by rule at each saying (it has 42 one-word rules).
  private wordRuleHits(state: MatchState, ruledCount: number, hits: RuleHits) {
    const stamp = this.search.stamp;
    const { idFacts, idWordRules } = this.compiled;
    const { wordSeen, wordSettled, wordExplains, wordTally, wordTallyMasked } = this;
    let talliedCount = 0;
    const tally = ruledCount > TALLIED_FROM;
    for (let w = 0; w < ruledCount; w += 1) {
      const i = this.ruled[w] as number;
      const id = this.ruledIds[w] as number;
      if (tally && id >= 0 && wordSettled[id] === stamp) {
        if (state.masked[i]) wordTallyMasked[id] = (wordTallyMasked[id] as number) + 1;
        else wordTally[id] = (wordTally[id] as number) + 1;
        if (wordExplains[id] === 1) state.explained[i] = 1;
        continue;
      }
      // A table word's rules from the flat lists, another's from its entry.
      let wordRules: ArrayLike<number> = idWordRules;
      let from = 0;
      let to: number;
      if (id >= 0) {
        from = idFacts[ID_FACTS * id + ID_WORD_RULES] as number;
        to = idFacts[ID_FACTS * id + ID_WORD_RULES + 1] as number;
      } else {
        wordRules = (this.ruledEntries[w] as WordEntry).wordRules;
        to = wordRules.length;
      }
      let changed = false;
      for (let k = from; k < to; k += 1) {
        const r = wordRules[k] as number;
        const explains = this.compiled.ruleExplains[r] === 1;
        if ((state.wanted & (explains ? EXPLAINING_RULES : RISK_RULES)) === 0) continue;
        if (state.masked[i] && !explains) continue;
        if (explains) state.explained[i] = 1;
        if (this.ruleHitStamp[r] !== stamp) {
          this.ruleHitStamp[r] = stamp;
          const negated = !explains && this.search.isNegated(state, i);
          this.ruleHitAt[r] = hits.addWord(r, state.sentence, negated, i);
          changed = true;
        } else {
          // An unnegated occurrence replaces a negated one; every occurrence counts.
          const h = this.ruleHitAt[r] as number;
          if (hits.negated(h) && !this.search.isNegated(state, i)) {
            hits.unnegate(h, i);
            changed = true;
          }
          hits.countAgain(h);
        }
      }
      // Settled only by a first reading or a change (a hit added or unnegated); once settled, for the sentence.
      if (!tally || id < 0 || (wordSeen[id] === stamp && !changed)) continue;
      wordSeen[id] = stamp;
      const settled = this.settled(state.wanted, from, to, hits);
      if (settled < 0) continue;
      wordSettled[id] = stamp;
      wordExplains[id] = settled;
      wordTally[id] = 0;
      wordTallyMasked[id] = 0;
      if (talliedCount === this.tallied.length) this.tallied = growTo(this.tallied, talliedCount + 1);
      this.tallied[talliedCount++] = id;
    }
    // Each settled word's tallied occurrences counted: an explaining rule counts every one, another only the
    // unmasked ones (as read one by one).
    for (let t = 0; t < talliedCount; t += 1) {
      const id = this.tallied[t] as number;
      const all = wordTally[id] as number;
      const masked = wordTallyMasked[id] as number;
      if (all + masked === 0) continue;
      for (
        let k = idFacts[ID_FACTS * id + ID_WORD_RULES] as number,
          end = idFacts[ID_FACTS * id + ID_WORD_RULES + 1] as number;
        k < end;
        k += 1
      ) {
        const r = idWordRules[k] as number;
        const explains = this.compiled.ruleExplains[r] === 1;
        if ((state.wanted & (explains ? EXPLAINING_RULES : RISK_RULES)) === 0) continue;
        hits.countAgain(this.ruleHitAt[r] as number, explains ? all + masked : all);
      }
    }
  }

  // Whether each one-word rule `idWordRules[from..to)` of the groups `wanted` has an unnegated hit in the sentence:
  // -1 if not, else 1 when one of them explains (every occurrence is explained), 0 when none does.
  private settled(wanted: number, from: number, to: number, hits: RuleHits): number {
    const stamp = this.search.stamp;
    let explaining = 0;
    for (let k = from; k < to; k += 1) {
      const r = this.compiled.idWordRules[k] as number;
      const explains = this.compiled.ruleExplains[r] === 1;
      if ((wanted & (explains ? EXPLAINING_RULES : RISK_RULES)) === 0) continue;
      if (this.ruleHitStamp[r] !== stamp || hits.negated(this.ruleHitAt[r] as number)) return -1;
      if (explains) explaining = 1;
    }
    return explaining;
  }

  // Adds rule `r`'s hit in the sentence, from its first part's occurrence: false when a part is not found, or
  // an ordinary sense masked every word it found.
  private addRuleHit(state: MatchState, r: number, first: Occurrence, hits: RuleHits): boolean {
    const { rulePartAt, ruleParts } = this.compiled;
    const words: (readonly number[])[] = [first.words];
    let negated = first.negated;
    let masked = first.masked;
    for (let k = (rulePartAt[r] as number) + 1; k < (rulePartAt[r + 1] as number); k += 1) {
      const occurrence = this.search.find(state, ruleParts[k] as number);
      if (occurrence === null) return false;
      negated ||= occurrence.negated;
      masked &&= occurrence.masked;
      words.push(occurrence.words);
    }
    // An ordinary sense hides a rule only when it masked every word the rule found: a risk phrase reaching
    // beyond it ("tape, car died") is read.
    if (masked) return false;
    // From the flat lists, not the rule's object (spread over the heap).
    const count =
      this.compiled.ruleExplains[r] === 1
        ? (this.search.allOccurrences[ruleParts[rulePartAt[r] as number] as number] as number[][]).length
        : 1;
    hits.add(r, state.sentence, negated, count, words);
    return true;
  }
}

// What decides a sentence's matching is each word (a table word's number, or another word as written) and its
// clause within the sentence; what an earlier pass of the same message masked or explained in it follows from
// these too. A hash of them, over the numbers only: sentences with the same hash are compared word by word.
function sentenceHash(known: Int32Array | null, clauses: Int32Array, from: number, to: number): number {
  const first = clauses[from] as number;
  let hash = to - from;
  for (let i = from; i < to; i += 1) {
    hash = (Math.imul(hash, 31) + (known === null ? -1 : (known[i] as number))) | 0;
    hash = (Math.imul(hash, 31) + (clauses[i] as number) - first) | 0;
  }
  return hash;
}

// Whether the `length` words from `a` are those from `b` (see sentenceHash).
function sameSentence(
  read: ReadText,
  known: Int32Array | null,
  a: number,
  b: number,
  length: number,
): boolean {
  const { words, clauses } = read;
  for (let i = 0; i < length; i += 1) {
    const id = known === null ? -1 : (known[a + i] as number);
    if (id !== (known === null ? -1 : known[b + i])) return false;
    if (id < 0 && words[a + i] !== words[b + i]) return false;
    if (
      (clauses[a + i] as number) - (clauses[a] as number) !==
      (clauses[b + i] as number) - (clauses[b] as number)
    )
      return false;
  }
  return true;
}

// A sentence said again, as sentence `k` from word `from`: what its first saying found, copied.
function repeatSentence(
  seen: SentenceSeen,
  k: number,
  from: number,
  to: number,
  wordBits: Int32Array,
  state: MatchState,
  hits: RuleHits,
): void {
  const shift = from - seen.from;
  // Word by word: a sentence said again is short (at most REPEATED_WORDS words), and a copyWithin call costs
  // more than copying a few numbers (100,000 one-word sentences). The first saying ends before this one starts.
  const { masked, explained } = state;
  for (let i = from; i < to; i += 1) {
    wordBits[i] = wordBits[i - shift] as number;
    masked[i] = masked[i - shift] as number;
    explained[i] = explained[i - shift] as number;
  }
  for (let h = seen.hitsFrom; h < seen.hitsTo; h += 1) hits.repeat(h, k, shift);
}

function growTo(list: Int32Array, size: number): Int32Array {
  const larger = new Int32Array(Math.max(size, 2 * list.length));
  larger.set(list);
  return larger;
}
