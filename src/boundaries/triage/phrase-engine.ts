// The one matcher of triage and the reply check. Rules are labelled patterns (phrase-pattern.ts); a message
// is read into sentences (text-reader.ts) and each word is looked up once (word-lexicon.ts, remembered).
// In a sentence, a rule is tried only where its first word is, and only when every word it needs (in
// every part) is somewhere in the sentence; a gap is bounded, and a rule found unnegated is not tried again
// there. Time is linear in the words read.
import { type ParsedPattern, parsePattern } from './phrase-pattern.js';
import type { ReadText } from './text-reader.js';
import { type WordClassDefinition, type WordFacts, WordLexicon } from './word-lexicon.js';

/** A rule as data: the label it signals and its pattern. */
export interface PhraseRule {
  readonly label: string;
  readonly pattern: string;
}

/** What the engine does with labels and classes. */
export interface PhraseEngineOptions {
  /** Labels whose rules mask the words they match: other rules cannot use them (ordinary senses). */
  readonly maskLabels?: readonly string[];
  /** Labels whose rules explain the words they match, at every occurrence (see {@link MatchedSentence}). */
  readonly explainLabels?: readonly string[];
  /** Classes to flag on each word: bit `k` of {@link WordEntry.flags} says the word is in `flagClasses[k]`. */
  readonly flagClasses?: readonly string[];
  /** Class of negating words, class of words a negation reaches across, class of words that undo one. */
  readonly negation?: { readonly negators: string; readonly fillers: string; readonly doubts: string };
}

/** Bits of {@link MatchedText.wordBits}: what each word of a message is. */
export const WORD_BITS = Object.freeze({
  /** The word is in some table or class. */
  known: 1,
  /** An everyday word (see word-lexicon.ts). */
  neutral: 2,
  /** A word of risk or distress. */
  sensitive: 4,
  /** An English function word. */
  english: 8,
  /** A Spanish function word. */
  spanish: 16,
  /** The first of the flag classes ({@link PhraseEngineOptions.flagClasses}); the next ones follow. */
  firstFlag: 1 << 8,
});
const HAS_ANCHORS = 32;
const HAS_WORD_RULES = 64;

/** One word of a message as the engine sees it. */
export interface WordEntry extends WordFacts {
  /** The word's {@link WORD_BITS}, and whether it has anchors or one-word rules. */
  readonly bits: number;
  /** Its atoms that some rule's slot uses: the only ones matching needs. */
  readonly slotAtoms: readonly number[];
  /** Rules' first parts whose least common word this word can be: the parts a sentence with it proposes. */
  readonly anchors: readonly number[];
  /** One-word rules this word matches: decided by the word alone, unless an ordinary sense masks it. */
  readonly wordRules: readonly number[];
  /** Bit `k` set when the word is in the `k`th of {@link PhraseEngineOptions.flagClasses}. */
  readonly flags: number;
}

/** A compiled rule as plain data (see {@link PhraseEngine.referenceRules}). */
export interface ReferenceRule {
  readonly label: string;
  readonly pattern: string;
  readonly mask: boolean;
  readonly explains: boolean;
  readonly parts: readonly (readonly { readonly gapBefore: number; readonly atoms: ReadonlySet<number> }[])[];
}

/** The entry of every word no table knows. */
const UNKNOWN_WORD: WordEntry = Object.freeze({
  atoms: [],
  slotAtoms: [],
  neutral: false,
  sensitive: false,
  languages: 0,
  bits: 0,
  anchors: [],
  wordRules: [],
  flags: 0,
});

/** A rule found in a sentence: the rule, whether a negation governs it, and the words each part matched. */
export interface RuleHit {
  readonly rule: number;
  readonly label: string;
  readonly pattern: string;
  /** The sentence it was found in (rules never reach across sentences). */
  readonly sentence: number;
  readonly negated: boolean;
  /** The positions of the words each part matched (gap words excluded), in the message. */
  readonly words: readonly (readonly number[])[];
  /** How many times its first part was found in the sentence (counted for explaining rules; else 1). */
  readonly count: number;
}

/** A message as matched: what each word is, which words an ordinary-sense rule masked, which a rule explains, the hits. */
export interface MatchedText {
  /** Each word's {@link WORD_BITS}. */
  readonly wordBits: Int32Array;
  /** 1 where an ordinary-sense rule matched the word (no other rule may use it). */
  readonly masked: Uint8Array;
  /** 1 where a found rule with an explaining label matched the word, or it is masked. */
  readonly explained: Uint8Array;
  readonly hits: readonly RuleHit[];
}

interface Slot {
  readonly gapBefore: number;
  readonly atomList: readonly number[];
  /** The slot's atoms as a bit set (filled when the rules are compiled): a word matches in a few reads. */
  bits: Uint32Array;
}

interface Sequence {
  readonly slots: readonly Slot[];
  readonly mask: boolean;
  /** The slot looked for first: its least common one (set when the rules are compiled). */
  anchor: number;
  /** Whether a rule with an explaining label uses it: every occurrence is recorded. */
  explains: boolean;
}

interface CompiledRule {
  readonly label: string;
  readonly pattern: string;
  readonly parts: readonly number[];
  readonly explains: boolean;
  /** A rule of one word: found wherever a word of its slot is (see {@link WordEntry.wordRules}). */
  readonly oneWord: boolean;
}

/** Where a sequence was found in a sentence: its words' positions, and whether a negation governs it. */
interface Occurrence {
  readonly words: readonly number[];
  readonly negated: boolean;
}

/** What matching a message keeps: its words, clauses and masks, and the sentence being matched. */
interface MatchState {
  readonly entries: readonly WordEntry[];
  readonly clauses: readonly number[];
  readonly masked: Uint8Array;
  readonly explained: Uint8Array;
  sentence: number;
  from: number;
  to: number;
}

// Positions one slot of a match can reach: with gaps of at most 6 and 8 slots, never more than 49.
const LEVEL = 64;
const NO = 1;
const YES = 2;

/** Rules compiled against a lexicon, ready to match sentences. */
export class PhraseEngine {
  private readonly lexicon: WordLexicon;
  private readonly sequences: Sequence[] = [];
  private readonly sequenceIds = new Map<string, number>();
  private readonly rules: CompiledRule[] = [];
  /** Rules by their first part: a rule is looked at only when its first part is found. */
  private readonly rulesByFirstPart: number[][] = [];
  /** First parts by their anchor, the least common word of the part: what a sentence must have for it. */
  private readonly anchorIndex = new Map<number, number[]>();
  /** One-word rules by the atoms of their word. */
  private readonly wordRuleIndex = new Map<number, number[]>();
  private readonly negators: number;
  private readonly fillers: number;
  private readonly doubts: number;
  private readonly flagAtoms: readonly number[];
  /**
   * The entry of every word the tables spell out (and its regular inflections), built when the rules are
   * compiled: a message word found here needs no normalising. Only table words are kept, never a message's.
   */
  private readonly tableEntries = new Map<string, WordEntry>();
  // Scratch for the sentence being matched: which atoms it has and which sequences were proposed or checked,
  // stamped with the sentence's number. It only saves time: results never depend on it.
  private proposedStamp: Int32Array = new Int32Array(0);
  private feasibleStamp: Int32Array = new Int32Array(0);
  private atomStamp: Int32Array = new Int32Array(0);
  // Each sequence's slots as flat lists, rarest slot first: slotStart[s]..slotStart[s + 1] index slotAtomStart,
  // and slotAtomStart[k]..slotAtomStart[k + 1] index slotAtoms. Checking a sequence is then a few array reads.
  private slotStart: Int32Array = new Int32Array(0);
  private slotAtomStart: Int32Array = new Int32Array(0);
  private slotAtoms: Int32Array = new Int32Array(0);
  private foundStamp: Int32Array = new Int32Array(0);
  /** For each proposed sequence: where its anchor is in the sentence, in order. */
  private anchorPositions: number[][] = [];
  /** For each sequence looked for: its best occurrence (an unnegated one wins), or null when absent. */
  private foundOccurrence: (Occurrence | null)[] = [];
  /** For each explaining sequence found: every occurrence. */
  private allOccurrences: number[][][] = [];
  private stamp = 0;
  private readonly entryScratch: WordEntry[] = [];
  /** Atoms some slot uses (filled when the rules are compiled). */
  private readonly slotAtomSet = new Set<number>();
  // Scratch of matchAround: for each slot placed, the positions reached and the index of each one's parent.
  private readonly levelPositions = new Int32Array(LEVEL * 8);
  private readonly levelParents = new Int32Array(LEVEL * 8);
  private readonly levelCounts = new Int32Array(8);

  /**
   * Compiles rules. Throws on a pattern that does not parse or names an unknown class: the tables are
   * checked by their schema first, so this is a programming error.
   */
  constructor(
    classes: Readonly<Record<string, WordClassDefinition>>,
    rules: readonly PhraseRule[],
    options: PhraseEngineOptions = {},
  ) {
    this.lexicon = new WordLexicon(classes);
    const masks = new Set(options.maskLabels ?? []);
    const explains = new Set(options.explainLabels ?? []);
    const negation = options.negation;
    this.negators = negation === undefined ? -1 : this.classAtom(negation.negators);
    this.fillers = negation === undefined ? -1 : this.classAtom(negation.fillers);
    this.doubts = negation === undefined ? -1 : this.classAtom(negation.doubts);
    this.flagAtoms = (options.flagClasses ?? []).map((name) => this.classAtom(name));
    for (const rule of rules) {
      const parsed = parsePattern(rule.pattern);
      if (typeof parsed === 'string') throw new Error(`pattern "${rule.pattern}": ${parsed}`);
      this.addRule(rule, parsed, masks.has(rule.label), explains.has(rule.label));
    }
    this.lexicon.seal();
    this.rules.forEach((rule, r) => {
      if (!rule.oneWord) return;
      for (const atom of ((this.sequences[rule.parts[0] as number] as Sequence).slots[0] as Slot).atomList) {
        const list = this.wordRuleIndex.get(atom);
        if (list === undefined) this.wordRuleIndex.set(atom, [r]);
        else list.push(r);
      }
    });
    for (let s = 0; s < this.sequences.length; s += 1) {
      const sequence = this.sequences[s] as Sequence;
      sequence.anchor = this.anchorOf(sequence);
      if ((this.rulesByFirstPart[s] as number[]).length === 0) continue;
      for (const atom of (sequence.slots[sequence.anchor] as Slot).atomList) {
        const list = this.anchorIndex.get(atom);
        if (list === undefined) this.anchorIndex.set(atom, [s]);
        else list.push(s);
      }
    }
    this.flattenSlots();
    for (const sequence of this.sequences) for (const slot of sequence.slots) for (const a of slot.atomList) this.slotAtomSet.add(a);
    for (const form of this.lexicon.exactForms()) this.tableEntries.set(form, this.build(form));
    this.atomStamp = new Int32Array(this.lexicon.atomCount);
    const words = (this.lexicon.atomCount >> 5) + 1;
    for (const sequence of this.sequences) {
      for (const slot of sequence.slots) {
        slot.bits = new Uint32Array(words);
        for (const atom of slot.atomList) slot.bits[atom >> 5] = (slot.bits[atom >> 5] as number) | (1 << (atom & 31));
      }
    }
    this.proposedStamp = new Int32Array(this.sequences.length);
    this.feasibleStamp = new Int32Array(this.sequences.length);
    this.foundStamp = new Int32Array(this.sequences.length);
    this.anchorPositions = this.sequences.map(() => []);
    this.foundOccurrence = this.sequences.map(() => null);
    this.allOccurrences = this.sequences.map(() => []);
  }

  private flattenSlots() {
    const slotStart: number[] = [0];
    const slotAtomStart: number[] = [0];
    const slotAtoms: number[] = [];
    for (const sequence of this.sequences) {
      const cost = (slot: Slot) => slot.atomList.reduce((sum, atom) => sum + this.lexicon.commonness(atom), 0);
      const byRarity = [...sequence.slots].sort((a, b) => cost(a) - cost(b));
      for (const slot of byRarity) {
        slotAtoms.push(...slot.atomList);
        slotAtomStart.push(slotAtoms.length);
      }
      slotStart.push(slotAtomStart.length - 1);
    }
    this.slotStart = Int32Array.from(slotStart);
    this.slotAtomStart = Int32Array.from(slotAtomStart);
    this.slotAtoms = Int32Array.from(slotAtoms);
  }

  /**
   * The compiled rules as plain data, for a reference matcher that tries every rule everywhere (the tests'
   * oracle and the bench's baseline): label, pattern, whether it masks or explains, and its parts' slots.
   */
  referenceRules(): readonly ReferenceRule[] {
    return this.rules.map((rule) => ({
      label: rule.label,
      pattern: rule.pattern,
      mask: (this.sequences[rule.parts[0] as number] as Sequence).mask,
      explains: rule.explains,
      parts: rule.parts.map((part) =>
        (this.sequences[part] as Sequence).slots.map((slot) => ({
          gapBefore: slot.gapBefore,
          atoms: new Set(slot.atomList),
        })),
      ),
    }));
  }

  /** The atoms of the negation classes (-1 when the engine reads no negation). */
  negationAtoms(): { readonly negators: number; readonly fillers: number; readonly doubts: number } {
    return { negators: this.negators, fillers: this.fillers, doubts: this.doubts };
  }

  /** The atom of a word class, for testing entries; throws for an unknown class. */
  classAtom(name: string): number {
    if (!this.lexicon.hasClass(name)) throw new Error(`unknown word class {${name}}`);
    return this.lexicon.atom(`{${name}}`);
  }

  // The index of a sequence's least common slot.
  private anchorOf(sequence: Sequence): number {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    sequence.slots.forEach((slot, k) => {
      let cost = 0;
      for (const atom of slot.atomList) cost += this.lexicon.commonness(atom);
      if (cost < bestCost) {
        best = k;
        bestCost = cost;
      }
    });
    return best;
  }

  private addRule(rule: PhraseRule, parsed: ParsedPattern, mask: boolean, explains: boolean) {
    const parts = parsed.parts.map((slots) => {
      const compiled: Slot[] = slots.map((slot) => {
        const atoms = new Set(
          slot.alternatives.map((alt) => {
            switch (alt.kind) {
              case 'class':
                return this.classAtom(alt.text);
              case 'stem':
                return this.lexicon.addStem(alt.text);
              case 'word':
                return this.lexicon.addWord(alt.text);
              case 'exact':
                return this.lexicon.addExactWord(alt.text);
            }
          }),
        );
        return { gapBefore: slot.gapBefore, atomList: [...atoms], bits: new Uint32Array(0) };
      });
      // Explaining rules may use words an ordinary sense masked; other rules may not: they never share a sequence.
      const key = `${mask ? 'm' : explains ? 'e' : 'r'}:${compiled.map((s) => `${s.gapBefore}/${[...s.atomList].sort((a, b) => a - b).join(',')}`).join(' ')}`;
      let id = this.sequenceIds.get(key);
      if (id === undefined) {
        id = this.sequences.length;
        this.sequenceIds.set(key, id);
        this.sequences.push({ slots: compiled, mask, explains: false, anchor: 0 });
        this.rulesByFirstPart.push([]);
      }
      if (explains) (this.sequences[id] as Sequence).explains = true;
      return id;
    });
    const ruleId = this.rules.length;
    const oneWord = !mask && parts.length === 1 && (this.sequences[parts[0] as number] as Sequence).slots.length === 1;
    this.rules.push({ label: rule.label, pattern: rule.pattern, parts, explains, oneWord });
    if (!oneWord) this.rulesByFirstPart[parts[0] as number]?.push(ruleId);
  }

  /** The entry of a raw word: a table word's is ready; another is normalised and looked up. */
  entry(raw: string): WordEntry {
    return this.tableEntries.get(raw) ?? this.build(raw);
  }

  private build(raw: string): WordEntry {
    const facts = this.lexicon.lookUp(raw);
    if (facts.atoms.length === 0 && !facts.neutral) return UNKNOWN_WORD;
    const anchors: number[] = [];
    const wordRules: number[] = [];
    let flags = 0;
    for (const atom of facts.atoms) {
      for (const s of this.anchorIndex.get(atom) ?? []) if (!anchors.includes(s)) anchors.push(s);
      for (const r of this.wordRuleIndex.get(atom) ?? []) if (!wordRules.includes(r)) wordRules.push(r);
      const k = this.flagAtoms.indexOf(atom);
      if (k >= 0) flags |= 1 << k;
    }
    if (anchors.length > 1) anchors.sort((a, b) => a - b);
    if (wordRules.length > 1) wordRules.sort((a, b) => a - b);
    const bits =
      (facts.atoms.length > 0 ? WORD_BITS.known : 0) |
      (facts.neutral ? WORD_BITS.neutral : 0) |
      (facts.sensitive ? WORD_BITS.sensitive : 0) |
      (facts.languages & 1 ? WORD_BITS.english : 0) |
      (facts.languages & 2 ? WORD_BITS.spanish : 0) |
      (anchors.length > 0 ? HAS_ANCHORS : 0) |
      (wordRules.length > 0 ? HAS_WORD_RULES : 0) |
      (flags * WORD_BITS.firstFlag);
    return {
      atoms: facts.atoms,
      slotAtoms: facts.atoms.filter((atom) => this.slotAtomSet.has(atom)),
      neutral: facts.neutral,
      sensitive: facts.sensitive,
      languages: facts.languages,
      bits,
      anchors,
      wordRules,
      flags,
    };
  }

  /** Matches every rule in every sentence of a message. */
  matchText(read: ReadText): MatchedText {
    const words = read.words;
    const n = words.length;
    // The entries are scratch (read only while matching), grown to the longest message seen.
    const entries = this.entryScratch;
    if (entries.length < n) entries.length = n;
    const wordBits = new Int32Array(n);
    const state: MatchState = {
      entries,
      clauses: read.clauses,
      masked: new Uint8Array(n),
      explained: new Uint8Array(n),
      sentence: 0,
      from: 0,
      to: 0,
    };
    const hits: RuleHit[] = [];
    const starts = read.sentenceStarts;
    const atomStamp = this.atomStamp;
    // Words outside the tables, looked up once per message (forgotten after it: no message text is kept).
    let others: Map<string, WordEntry> | null = null;
    // Where the words with anchors or one-word rules are in the current sentence.
    const anchored: number[] = [];
    const ruled: number[] = [];
    for (let k = 0; k < starts.length; k += 1) {
      const from = starts[k] as number;
      const to = k + 1 < starts.length ? (starts[k + 1] as number) : n;
      anchored.length = 0;
      ruled.length = 0;
      // One pass over the sentence: look each word up and note which words may start something.
      for (let i = from; i < to; i += 1) {
        const raw = words[i] as string;
        let e = this.tableEntries.get(raw);
        if (e === undefined) {
          others ??= new Map();
          e = others.get(raw);
          if (e === undefined) {
            e = this.build(raw);
            others.set(raw, e);
          }
        }
        entries[i] = e;
        const bits = e.bits;
        wordBits[i] = bits;
        if (bits & HAS_ANCHORS) anchored.push(i);
        if (bits & HAS_WORD_RULES) ruled.push(i);
      }
      // Most sentences of most messages have nothing a rule could start from.
      if (anchored.length === 0 && ruled.length === 0) continue;
      this.nextStamp();
      if (anchored.length > 0) {
        // Which atoms the sentence has: a rule is tried only when each of its words is there.
        const stamp = this.stamp;
        for (let i = from; i < to; i += 1) {
          const atoms = (entries[i] as WordEntry).slotAtoms;
          for (let j = 0; j < atoms.length; j += 1) atomStamp[atoms[j] as number] = stamp;
        }
      }
      state.sentence = k;
      state.from = from;
      state.to = to;
      this.matchSentence(state, anchored, ruled, hits);
    }
    return { wordBits, masked: state.masked, explained: state.explained, hits };
  }

  private matchSentence(state: MatchState, anchored: readonly number[], ruled: readonly number[], hits: RuleHit[]) {
    const entries = state.entries;
    const stamp = this.stamp;
    const proposed: number[] = [];
    // A first part is proposed where its anchor is, when every slot of it has a word in the sentence.
    for (const i of anchored) {
      const own = (entries[i] as WordEntry).anchors;
      for (let k = 0; k < own.length; k += 1) {
        const s = own[k] as number;
        if (this.proposedStamp[s] === stamp) {
          (this.anchorPositions[s] as number[]).push(i);
          continue;
        }
        const known = this.feasibleStamp[s] as number;
        if (known >>> 2 === stamp ? (known & 3) !== YES : !this.feasible(s)) continue;
        this.proposedStamp[s] = stamp;
        proposed.push(s);
        const list = this.anchorPositions[s] as number[];
        list.length = 0;
        list.push(i);
      }
    }
    // Masks first, so that no other rule can use a masked word.
    for (const s of proposed) if ((this.sequences[s] as Sequence).mask) this.find(state, s);
    this.wordRuleHits(state, ruled, hits);
    for (const s of proposed) {
      const first = this.find(state, s);
      if (first === null) continue;
      for (const r of this.rulesByFirstPart[s] as number[]) {
        const hit = this.ruleHit(state, r, first);
        if (hit === null) continue;
        hits.push(hit);
        const rule = this.rules[r] as CompiledRule;
        if (!rule.explains) continue;
        for (const part of rule.parts) {
          for (const path of this.allOccurrences[part] as number[][]) for (const j of path) state.explained[j] = 1;
        }
      }
    }
  }

  // One-word rules: each found once per sentence (an unnegated occurrence wins); explaining ones explain
  // every word they match.
  private wordRuleHits(state: MatchState, ruled: readonly number[], hits: RuleHit[]) {
    const first = hits.length;
    for (const i of ruled) {
      const wordRules = (state.entries[i] as WordEntry).wordRules;
      for (let k = 0; k < wordRules.length; k += 1) {
        const r = wordRules[k] as number;
        const rule = this.rules[r] as CompiledRule;
        if (state.masked[i] && !rule.explains) continue;
        if (rule.explains) state.explained[i] = 1;
        let at = -1;
        for (let h = first; h < hits.length; h += 1) if ((hits[h] as RuleHit).rule === r) at = h;
        const previous = hits[at];
        if (previous === undefined) {
          const negated = !rule.explains && this.isNegated(state, i);
          hits.push({ rule: r, label: rule.label, pattern: rule.pattern, sentence: state.sentence, negated, words: [[i]], count: 1 });
          continue;
        }
        // An unnegated occurrence replaces a negated one; every occurrence counts.
        const unnegated = previous.negated && !this.isNegated(state, i);
        hits[at] = {
          ...previous,
          negated: previous.negated && !unnegated,
          words: unnegated ? [[i]] : previous.words,
          count: previous.count + 1,
        };
      }
    }
  }

  private ruleHit(state: MatchState, r: number, first: Occurrence): RuleHit | null {
    const rule = this.rules[r] as CompiledRule;
    const words: (readonly number[])[] = [first.words];
    let negated = first.negated;
    for (let k = 1; k < rule.parts.length; k += 1) {
      const occurrence = this.find(state, rule.parts[k] as number);
      if (occurrence === null) return null;
      negated ||= occurrence.negated;
      words.push(occurrence.words);
    }
    const count = rule.explains ? (this.allOccurrences[rule.parts[0] as number] as number[][]).length : 1;
    return { rule: r, label: rule.label, pattern: rule.pattern, sentence: state.sentence, negated, words, count };
  }

  private nextStamp() {
    if (this.stamp >= 0x1ffffff0) {
      this.proposedStamp.fill(0);
      this.atomStamp.fill(0);
      this.feasibleStamp.fill(0);
      this.foundStamp.fill(0);
      this.stamp = 0;
    }
    this.stamp += 1;
  }

  // Whether every slot of a sequence has a word in the sentence (remembered per sentence).
  private feasible(s: number): boolean {
    const known = this.feasibleStamp[s] as number;
    const stamp = this.stamp;
    if (known >>> 2 === stamp) return (known & 3) === YES;
    const atomStamp = this.atomStamp;
    // Words outside the tables, looked up once per message (forgotten after it: no message text is kept).
    let others: Map<string, WordEntry> | null = null;
    const slotAtomStart = this.slotAtomStart;
    const slotAtoms = this.slotAtoms;
    let ok = true;
    for (let k = this.slotStart[s] as number, end = this.slotStart[s + 1] as number; k < end && ok; k += 1) {
      ok = false;
      for (let j = slotAtomStart[k] as number, last = slotAtomStart[k + 1] as number; j < last; j += 1) {
        if (atomStamp[slotAtoms[j] as number] === stamp) {
          ok = true;
          break;
        }
      }
    }
    this.feasibleStamp[s] = (stamp << 2) | (ok ? YES : NO);
    return ok;
  }

  /**
   * Finds a sequence in the sentence (once; remembered): its first unnegated occurrence, else its first
   * negated one, else null. A masking or explaining sequence is found at every occurrence.
   */
  private find(state: MatchState, s: number): Occurrence | null {
    if (this.foundStamp[s] === this.stamp) return this.foundOccurrence[s] as Occurrence | null;
    let best: Occurrence | null = null;
    const sequence = this.sequences[s] as Sequence;
    if (sequence.explains) (this.allOccurrences[s] as number[][]).length = 0;
    if (this.feasible(s) && this.occursNearAnchor(sequence, s, state)) {
      // Where it occurs, its occurrences are read the one way: from each word where a match starts, the match
      // whose words come earliest (what a depth-first search from that word finds first).
      const reach = this.reach(sequence, state);
      const width = state.to - state.from;
      for (let i = state.from; i < state.to; i += 1) {
        if (reach[i - state.from] !== 1) continue;
        const path = firstPath(sequence, reach, width, state, i);
        if (sequence.mask) {
          for (const j of path) {
            state.masked[j] = 1;
            state.explained[j] = 1;
          }
        }
        if (sequence.explains) (this.allOccurrences[s] as number[][]).push(path);
        if (best !== null && !best.negated) continue;
        const negated = !sequence.mask && !sequence.explains && this.isNegated(state, i);
        if (best === null || !negated) best = { words: path, negated };
        if (!negated && !sequence.mask && !sequence.explains) break;
      }
    }
    this.foundStamp[s] = this.stamp;
    this.foundOccurrence[s] = best;
    return best;
  }

  // Whether the sequence matches around some occurrence of its anchor: a quick test before reading it whole.
  private occursNearAnchor(sequence: Sequence, s: number, state: MatchState): boolean {
    const anchor = sequence.slots[sequence.anchor] as Slot;
    const positions =
      this.proposedStamp[s] === this.stamp ? (this.anchorPositions[s] as number[]) : positionsOf(anchor, state);
    for (const i of positions) {
      if (!usable(sequence, state, i)) continue;
      if (sequence.slots.length === 1 || this.matchAround(sequence, state, i) !== null) return true;
    }
    return false;
  }

  /**
   * For each slot k and word q of the sentence, whether slots k..end can be matched with slot k at q: 1 or 0,
   * row k at `reach[k * width + q - from]` (row 0 first). Filled from the last slot back, in slots × words ×
   * gaps steps.
   */
  private reach(sequence: Sequence, state: MatchState): Uint8Array {
    const slots = sequence.slots;
    const width = state.to - state.from;
    const reach = new Uint8Array(slots.length * width);
    for (let k = slots.length - 1; k >= 0; k -= 1) {
      const slot = slots[k] as Slot;
      const next = slots[k + 1];
      for (let q = state.from; q < state.to; q += 1) {
        if (!usable(sequence, state, q) || !matches(slot, state.entries[q] as WordEntry)) continue;
        let ok = next === undefined;
        for (let d = 1; !ok && next !== undefined && d <= next.gapBefore + 1 && q + d < state.to; d += 1) {
          const r = q + d;
          ok = reach[(k + 1) * width + r - state.from] === 1 && (!sequence.mask || state.clauses[r] === state.clauses[q]);
        }
        if (ok) reach[k * width + q - state.from] = 1;
      }
    }
    return reach;
  }

  /**
   * Matches a sequence around an occurrence of its anchor slot at `at`: the positions of its words (gap words
   * are not part of it), or null. Slots after the anchor are placed going forward, slots before it going
   * backward. Each slot keeps the positions it reached and where from (pairs in `reached`), so a match costs
   * at most slots × (gap + 1) × positions reached, never a search over paths.
   */
  private matchAround(sequence: Sequence, state: MatchState, at: number): number[] | null {
    const { entries, masked } = state;
    const slots = sequence.slots;
    const a = sequence.anchor;
    const last = slots.length - 1;
    const positions = this.levelPositions;
    const parents = this.levelParents;
    const counts = this.levelCounts;
    let path: number[] | null = null;
    for (let direction = 1; direction >= -1; direction -= 2) {
      const steps = direction === 1 ? last - a : a;
      if (steps === 0) continue;
      positions[0] = at;
      counts[0] = 1;
      for (let k = 1; k <= steps; k += 1) {
        const slotIndex = a + direction * k;
        const slot = slots[slotIndex] as Slot;
        // Forward, slot k may be gapBefore(k) words after slot k - 1; backward, gapBefore(k + 1) words before.
        const gap = direction === 1 ? slot.gapBefore : (slots[slotIndex + 1] as Slot).gapBefore;
        const base = k * LEVEL;
        const previousBase = (k - 1) * LEVEL;
        let count = 0;
        for (let j = 0; j < (counts[k - 1] as number); j += 1) {
          const p = positions[previousBase + j] as number;
          for (let d = 1; d <= gap + 1; d += 1) {
            const q = p + direction * d;
            if (q < state.from || q >= state.to) break;
            // An ordinary sense stays within its clause: it never reaches across a comma to mask a word.
            if (sequence.mask && state.clauses[q] !== state.clauses[at]) break;
            if ((masked[q] && !sequence.mask && !sequence.explains) || !matches(slot, entries[q] as WordEntry)) continue;
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
      path ??= new Array(slots.length).fill(at);
      let j = 0;
      for (let k = steps; k >= 1; k -= 1) {
        path[a + direction * k] = positions[k * LEVEL + j] as number;
        j = parents[k * LEVEL + j] as number;
      }
    }
    return path ?? [at];
  }

  /**
   * Whether a negation governs the word at `at`: a negator before it in the same clause, with only filler
   * words between (`not going to`, `never had thoughts of`), and no doubt or second negation just before the
   * negator (`not sure I won't`). Any other word ends the search: doubt stays unnegated.
   */
  private isNegated(state: MatchState, at: number): boolean {
    if (this.negators < 0) return false;
    const { entries, clauses } = state;
    const clause = clauses[at];
    for (let j = at - 1; j >= 0 && j >= at - 6 && clauses[j] === clause; j -= 1) {
      const atoms = (entries[j] as WordEntry).atoms;
      if (atoms.includes(this.negators)) {
        for (let d = j - 1; d >= 0 && d >= j - 3 && clauses[d] === clause; d -= 1) {
          const before = (entries[d] as WordEntry).atoms;
          if (before.includes(this.doubts) || before.includes(this.negators)) return false;
        }
        return true;
      }
      if (!atoms.includes(this.fillers)) return false;
    }
    return false;
  }

}

/** Whether a word may take part in a sequence: a masked word only in a mask or an explaining sequence. */
function usable(sequence: Sequence, state: MatchState, q: number): boolean {
  return state.masked[q] !== 1 || sequence.mask || sequence.explains;
}

/** The first match starting at `start`: at each slot the earliest word from which the rest can be matched. */
function firstPath(sequence: Sequence, reach: Uint8Array, width: number, state: MatchState, start: number): number[] {
  const path = [start];
  let q = start;
  for (let k = 1; k < sequence.slots.length; k += 1) {
    const gap = (sequence.slots[k] as Slot).gapBefore;
    for (let d = 1; d <= gap + 1; d += 1) {
      const r = q + d;
      if (reach[k * width + r - state.from] === 1 && (!sequence.mask || state.clauses[r] === state.clauses[start])) {
        q = r;
        break;
      }
    }
    path.push(q);
  }
  return path;
}

function positionsOf(slot: Slot, state: MatchState): number[] {
  const out: number[] = [];
  for (let i = state.from; i < state.to; i += 1) if (matches(slot, state.entries[i] as WordEntry)) out.push(i);
  return out;
}

function matches(slot: Slot, entry: WordEntry): boolean {
  const atoms = entry.slotAtoms;
  const bits = slot.bits;
  for (let i = 0; i < atoms.length; i += 1) {
    const atom = atoms[i] as number;
    if (((bits[atom >> 5] as number) >>> (atom & 31)) & 1) return true;
  }
  return false;
}
