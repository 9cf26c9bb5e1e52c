// The one matcher of triage and the reply check. Rules are labelled patterns (phrase-pattern.ts); a message
// is read into sentences (text-reader.ts) and each word is looked up once (word-lexicon.ts, remembered).
// In a sentence, a rule is tried only where its first word is, and only when every word it needs (in
// every part) is somewhere in the sentence; a gap is bounded, and a rule found unnegated is not tried again
// there. Time is linear in the words read.
import { type ParsedPattern, parsePattern } from './phrase-pattern.js';
import { type ReadText, readText, WordDictionary } from './text-reader.js';
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
  /**
   * Labels whose rules' words are marked {@link WORD_BITS.ruleWord}: a word that is not everyday and that a
   * rule of these labels names (itself, by its stem or by its class), whether or not the rule was found.
   */
  readonly ruleWordLabels?: readonly string[];
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
  /** A word a rule of one of {@link PhraseEngineOptions.ruleWordLabels} names. */
  ruleWord: 128,
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
  /** Each part: its slots, and its anchor (the slot an occurrence is read from; see {@link PhraseEngine}). */
  readonly parts: readonly {
    readonly anchor: number;
    readonly slots: readonly { readonly gapBefore: number; readonly atoms: ReadonlySet<number> }[];
  }[];
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

/**
 * Where a sequence was found in a sentence: its words' positions, whether a negation governs it, and whether
 * an ordinary sense masked every one of its words.
 */
interface Occurrence {
  readonly words: readonly number[];
  readonly negated: boolean;
  readonly masked: boolean;
}

/** What matching a message keeps: its words, clauses and masks, and the sentence being matched. */
interface MatchState {
  readonly entries: readonly WordEntry[];
  readonly clauses: Int32Array;
  readonly masked: Uint8Array;
  readonly explained: Uint8Array;
  /** The groups of rules matched (bits {@link RISK_RULES}, {@link EXPLAINING_RULES}). */
  readonly wanted: number;
  sentence: number;
  from: number;
  to: number;
}

// The two groups of rules: those with an explaining label, and the others (risk, clinical, masks).
const RISK_RULES = 1;
const EXPLAINING_RULES = 2;

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
  /** The table words, numbered for the reader, and their entries by number. */
  private readonly dictionary: WordDictionary;
  private readonly entriesById: readonly WordEntry[];
  // The table words' bits and slot atoms by number, flat (idSlotAtoms[idSlotStart[id]..idSlotStart[id + 1]]):
  // the one pass over a sentence reads them without reaching for each word's entry.
  private readonly idBits: Int32Array;
  private readonly idSlotStart: Int32Array;
  private readonly idSlotAtoms: Int32Array;
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
  // For each proposed sequence, where its anchor is in the sentence, as a list: its first and last entries
  // (in positionAt/positionNext), and each entry's next (-1 at the end).
  private anchorFirst: Int32Array = new Int32Array(0);
  private anchorLast: Int32Array = new Int32Array(0);
  private positionAt: Int32Array = new Int32Array(256);
  private positionNext: Int32Array = new Int32Array(256);
  private proposed: Int32Array = new Int32Array(64);
  // Where the words with anchors, and with one-word rules, are in the sentence being matched.
  private anchored: Int32Array = new Int32Array(0);
  private ruled: Int32Array = new Int32Array(0);
  // For each one-word rule found in the sentence (stamped), the index of its hit.
  private ruleHitStamp: Int32Array = new Int32Array(0);
  private ruleHitAt: Int32Array = new Int32Array(0);
  /** For each sequence looked for: its best occurrence (an unnegated one wins), or null when absent. */
  private foundOccurrence: (Occurrence | null)[] = [];
  /** Each sequence's group of rules ({@link RISK_RULES} or {@link EXPLAINING_RULES}). */
  private sequenceGroups: Uint8Array = new Uint8Array(0);
  /** For each explaining sequence found: every occurrence. */
  private allOccurrences: number[][][] = [];
  private stamp = 0;
  private readonly entryScratch: WordEntry[] = [];
  /** Atoms some slot uses (filled when the rules are compiled). */
  private readonly slotAtomSet = new Set<number>();
  /** Atoms the rules of {@link PhraseEngineOptions.ruleWordLabels} name. */
  private readonly ruleWordAtoms = new Set<number>();
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
    for (const sequence of this.sequences) sequence.anchor = this.anchorOf(sequence);
    // A rule of several parts is looked at where its least common part is: its parts are put rarest first
    // (they may be found in any order in a sentence).
    this.rules.forEach((rule, r) => {
      if (rule.oneWord) return;
      const cost = (part: number) => {
        const sequence = this.sequences[part] as Sequence;
        return this.slotCost(sequence.slots[sequence.anchor] as Slot);
      };
      const parts = [...rule.parts].sort((a, b) => cost(a) - cost(b));
      this.rules[r] = { ...rule, parts };
      (this.rulesByFirstPart[parts[0] as number] as number[]).push(r);
    });
    for (let s = 0; s < this.sequences.length; s += 1) {
      const sequence = this.sequences[s] as Sequence;
      if ((this.rulesByFirstPart[s] as number[]).length === 0) continue;
      for (const atom of (sequence.slots[sequence.anchor] as Slot).atomList) {
        const list = this.anchorIndex.get(atom);
        if (list === undefined) this.anchorIndex.set(atom, [s]);
        else list.push(s);
      }
    }
    this.flattenSlots();
    for (const sequence of this.sequences)
      for (const slot of sequence.slots) for (const a of slot.atomList) this.slotAtomSet.add(a);
    const ruleWordLabels = new Set(options.ruleWordLabels ?? []);
    for (const rule of this.rules) {
      if (!ruleWordLabels.has(rule.label)) continue;
      for (const part of rule.parts) {
        for (const slot of (this.sequences[part] as Sequence).slots) {
          for (const atom of slot.atomList) this.ruleWordAtoms.add(atom);
        }
      }
    }
    for (const form of this.lexicon.exactForms()) this.tableEntries.set(form, this.build(form));
    this.dictionary = new WordDictionary(this.tableEntries.keys());
    this.entriesById = Array.from({ length: this.dictionary.size }, (_, id) => {
      return this.tableEntries.get(this.dictionary.word(id)) as WordEntry;
    });
    this.idBits = Int32Array.from(this.entriesById, (entry) => entry.bits);
    this.idSlotStart = new Int32Array(this.entriesById.length + 1);
    this.entriesById.forEach((entry, id) => {
      this.idSlotStart[id + 1] = (this.idSlotStart[id] as number) + entry.slotAtoms.length;
    });
    this.idSlotAtoms = Int32Array.from(this.entriesById.flatMap((entry) => entry.slotAtoms));
    this.atomStamp = new Int32Array(this.lexicon.atomCount);
    const words = (this.lexicon.atomCount >> 5) + 1;
    for (const sequence of this.sequences) {
      for (const slot of sequence.slots) {
        slot.bits = new Uint32Array(words);
        for (const atom of slot.atomList)
          slot.bits[atom >> 5] = (slot.bits[atom >> 5] as number) | (1 << (atom & 31));
      }
    }
    this.proposedStamp = new Int32Array(this.sequences.length);
    this.feasibleStamp = new Int32Array(this.sequences.length);
    this.foundStamp = new Int32Array(this.sequences.length);
    this.anchorFirst = new Int32Array(this.sequences.length);
    this.anchorLast = new Int32Array(this.sequences.length);
    this.ruleHitStamp = new Int32Array(this.rules.length);
    this.ruleHitAt = new Int32Array(this.rules.length);
    this.foundOccurrence = this.sequences.map(() => null);
    this.sequenceGroups = Uint8Array.from(this.sequences, (sequence) =>
      sequence.explains ? EXPLAINING_RULES : RISK_RULES,
    );
    this.allOccurrences = this.sequences.map(() => []);
  }

  private flattenSlots() {
    const slotStart: number[] = [0];
    const slotAtomStart: number[] = [0];
    const slotAtoms: number[] = [];
    for (const sequence of this.sequences) {
      const cost = (slot: Slot) =>
        slot.atomList.reduce((sum, atom) => sum + this.lexicon.commonness(atom), 0);
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
      parts: rule.parts.map((part) => {
        const sequence = this.sequences[part] as Sequence;
        return {
          anchor: sequence.anchor,
          slots: sequence.slots.map((slot) => ({ gapBefore: slot.gapBefore, atoms: new Set(slot.atomList) })),
        };
      }),
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

  // How common the words of a slot are, together.
  private slotCost(slot: Slot): number {
    let cost = 0;
    for (const atom of slot.atomList) cost += this.lexicon.commonness(atom);
    return cost;
  }

  // The index of a sequence's least common slot.
  private anchorOf(sequence: Sequence): number {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    sequence.slots.forEach((slot, k) => {
      const cost = this.slotCost(slot);
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
              default:
                return alt satisfies never;
            }
          }),
        );
        return { gapBefore: slot.gapBefore, atomList: [...atoms], bits: new Uint32Array(0) };
      });
      // Masks, explaining rules and the rest read masked words differently: they never share a sequence.
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
    const oneWord =
      !mask && parts.length === 1 && (this.sequences[parts[0] as number] as Sequence).slots.length === 1;
    this.rules.push({ label: rule.label, pattern: rule.pattern, parts, explains, oneWord });
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
    let ruleWord = false;
    for (const atom of facts.atoms) {
      if (this.ruleWordAtoms.has(atom)) ruleWord = true;
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
      (ruleWord && !facts.neutral ? WORD_BITS.ruleWord : 0) |
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

  /** Reads a message with the tables' dictionary (see text-reader.ts): what {@link matchText} reads fastest. */
  read(text: string, maxChars: number): ReadText {
    return readText(text, maxChars, this.dictionary, (letters, shortest) =>
      this.lexicon.firstSpelledSuffix(letters, shortest),
    );
  }

  /** Matches every rule in every sentence of a message. */
  matchText(read: ReadText): MatchedText {
    return this.match(read, RISK_RULES | EXPLAINING_RULES, null);
  }

  /**
   * Matches every rule but the explaining ones (see {@link PhraseEngineOptions.explainLabels}): what decides
   * whether a message is a crisis. They read no word an explaining rule matches, so {@link matchExplaining}
   * can add those later, only for a message that needs them.
   */
  matchRisk(read: ReadText): MatchedText {
    return this.match(read, RISK_RULES, null);
  }

  /** Adds the explaining rules' hits and words to what {@link matchRisk} found: then as {@link matchText}. */
  matchExplaining(read: ReadText, risk: MatchedText): MatchedText {
    return this.match(read, EXPLAINING_RULES, risk);
  }

  // Matches the rules of the groups `wanted` (bits), after those `previous` matched (its arrays are reused).
  private match(read: ReadText, wanted: number, previous: MatchedText | null): MatchedText {
    const words = read.words;
    const known = read.dictionary === this.dictionary ? read.known : null;
    const { entriesById, idBits, idSlotStart, idSlotAtoms } = this;
    const n = words.length;
    // The entries are scratch (read only while matching), grown to the longest message seen.
    const entries = this.entryScratch;
    if (entries.length < n) entries.length = n;
    const wordBits = previous?.wordBits ?? new Int32Array(n);
    const state: MatchState = {
      entries,
      clauses: read.clauses,
      masked: previous?.masked ?? new Uint8Array(n),
      explained: previous?.explained ?? new Uint8Array(n),
      wanted,
      sentence: 0,
      from: 0,
      to: 0,
    };
    const hits: RuleHit[] = previous === null ? [] : [...previous.hits];
    const starts = read.sentenceStarts;
    const atomStamp = this.atomStamp;
    // Words outside the tables, looked up once per message (forgotten after it: no message text is kept).
    let others: Map<string, WordEntry> | null = null;
    // Where the words with anchors or one-word rules are in the current sentence.
    if (this.anchored.length < n) {
      this.anchored = new Int32Array(Math.max(n, 2 * this.anchored.length));
      this.ruled = new Int32Array(this.anchored.length);
    }
    const anchored = this.anchored;
    const ruled = this.ruled;
    for (let k = 0; k < starts.length; k += 1) {
      const from = starts[k] as number;
      const to = k + 1 < starts.length ? (starts[k + 1] as number) : n;
      let anchoredCount = 0;
      let ruledCount = 0;
      this.nextStamp();
      const stamp = this.stamp;
      // One pass over the sentence: look each word up, note which words may start something, and which
      // atoms the sentence has (a rule is tried only when each of its words is there).
      for (let i = from; i < to; i += 1) {
        const id = known === null ? -1 : (known[i] as number);
        let bits: number;
        if (id >= 0) {
          entries[i] = entriesById[id] as WordEntry;
          bits = idBits[id] as number;
          for (let j = idSlotStart[id] as number, end = idSlotStart[id + 1] as number; j < end; j += 1)
            atomStamp[idSlotAtoms[j] as number] = stamp;
        } else {
          const raw = words[i] as string;
          let e = known === null ? this.tableEntries.get(raw) : undefined;
          if (e === undefined) {
            others ??= new Map();
            e = others.get(raw);
            if (e === undefined) {
              e = this.build(raw);
              others.set(raw, e);
            }
          }
          entries[i] = e;
          bits = e.bits;
          const atoms = e.slotAtoms;
          for (let j = 0; j < atoms.length; j += 1) atomStamp[atoms[j] as number] = stamp;
        }
        wordBits[i] = bits;
        if (bits & HAS_ANCHORS) anchored[anchoredCount++] = i;
        if (bits & HAS_WORD_RULES) ruled[ruledCount++] = i;
      }
      // Most sentences of most messages have nothing a rule could start from.
      if (anchoredCount === 0 && ruledCount === 0) continue;
      state.sentence = k;
      state.from = from;
      state.to = to;
      this.matchSentence(state, anchoredCount, ruledCount, hits);
    }
    return { wordBits, masked: state.masked, explained: state.explained, hits };
  }

  private matchSentence(state: MatchState, anchoredCount: number, ruledCount: number, hits: RuleHit[]): void {
    const entries = state.entries;
    const stamp = this.stamp;
    const proposed = this.proposed;
    let proposedCount = 0;
    const anchorFirst = this.anchorFirst;
    const anchorLast = this.anchorLast;
    let positionNext = this.positionNext;
    let positionAt = this.positionAt;
    let positions = 0;
    // A first part is proposed where its anchor is, when every slot of it has a word in the sentence; the
    // positions of its anchor are kept as a list (first, last, next) in order.
    for (let a = 0; a < anchoredCount; a += 1) {
      const i = this.anchored[a] as number;
      const own = (entries[i] as WordEntry).anchors;
      for (let k = 0; k < own.length; k += 1) {
        const s = own[k] as number;
        if (((this.sequenceGroups[s] as number) & state.wanted) === 0) continue;
        if (this.proposedStamp[s] !== stamp) {
          const known = this.feasibleStamp[s] as number;
          if (known >>> 2 === stamp ? (known & 3) !== YES : !this.feasible(s)) continue;
          this.proposedStamp[s] = stamp;
          if (proposedCount === proposed.length)
            this.proposed = proposed.length === 0 ? new Int32Array(64) : grow(proposed);
          this.proposed[proposedCount++] = s;
          anchorFirst[s] = -1;
        }
        if (positions === positionAt.length) {
          positionAt = this.positionAt = grow(positionAt);
          positionNext = this.positionNext = grow(positionNext);
        }
        positionAt[positions] = i;
        positionNext[positions] = -1;
        if (anchorFirst[s] === -1) anchorFirst[s] = positions;
        else positionNext[anchorLast[s] as number] = positions;
        anchorLast[s] = positions;
        positions += 1;
      }
    }
    const list = this.proposed;
    // Masks first, so that a rule found only in masked words is hidden: a mask found whole (every part) masks the
    // words of every occurrence of its parts.
    for (let p = 0; p < proposedCount; p += 1) {
      const s = list[p] as number;
      if (!(this.sequences[s] as Sequence).mask) continue;
      const first = this.find(state, s);
      if (first === null) continue;
      for (const r of this.rulesByFirstPart[s] as number[]) {
        const hit = this.ruleHit(state, r, first);
        if (hit === null) continue;
        hits.push(hit);
        for (const part of (this.rules[r] as CompiledRule).parts) {
          for (const path of this.allOccurrences[part] as number[][]) {
            for (const j of path) {
              state.masked[j] = 1;
              state.explained[j] = 1;
            }
          }
        }
      }
    }
    this.wordRuleHits(state, ruledCount, hits);
    for (let p = 0; p < proposedCount; p += 1) {
      const s = list[p] as number;
      if ((this.sequences[s] as Sequence).mask) continue;
      const first = this.find(state, s);
      if (first === null) continue;
      for (const r of this.rulesByFirstPart[s] as number[]) {
        const hit = this.ruleHit(state, r, first);
        if (hit === null) continue;
        hits.push(hit);
        const rule = this.rules[r] as CompiledRule;
        if (!rule.explains) continue;
        for (const part of rule.parts) {
          for (const path of this.allOccurrences[part] as number[][])
            for (const j of path) state.explained[j] = 1;
        }
      }
    }
  }

  // One-word rules: each found once per sentence (an unnegated occurrence wins); explaining ones explain
  // every word they match.
  private wordRuleHits(state: MatchState, ruledCount: number, hits: RuleHit[]) {
    const stamp = this.stamp;
    for (let w = 0; w < ruledCount; w += 1) {
      const i = this.ruled[w] as number;
      const wordRules = (state.entries[i] as WordEntry).wordRules;
      for (let k = 0; k < wordRules.length; k += 1) {
        const r = wordRules[k] as number;
        const rule = this.rules[r] as CompiledRule;
        if ((state.wanted & (rule.explains ? EXPLAINING_RULES : RISK_RULES)) === 0) continue;
        if (state.masked[i] && !rule.explains) continue;
        if (rule.explains) state.explained[i] = 1;
        if (this.ruleHitStamp[r] !== stamp) {
          this.ruleHitStamp[r] = stamp;
          this.ruleHitAt[r] = hits.length;
          const negated = !rule.explains && this.isNegated(state, i);
          hits.push({
            rule: r,
            label: rule.label,
            pattern: rule.pattern,
            sentence: state.sentence,
            negated,
            words: [[i]],
            count: 1,
          });
          continue;
        }
        // An unnegated occurrence replaces a negated one; every occurrence counts.
        const previous = hits[this.ruleHitAt[r] as number] as unknown as {
          negated: boolean;
          words: number[][];
          count: number;
        };
        if (previous.negated && !this.isNegated(state, i)) {
          previous.negated = false;
          previous.words = [[i]];
        }
        previous.count += 1;
      }
    }
  }

  private ruleHit(state: MatchState, r: number, first: Occurrence): RuleHit | null {
    const rule = this.rules[r] as CompiledRule;
    const words: (readonly number[])[] = [first.words];
    let negated = first.negated;
    let masked = first.masked;
    for (let k = 1; k < rule.parts.length; k += 1) {
      const occurrence = this.find(state, rule.parts[k] as number);
      if (occurrence === null) return null;
      negated ||= occurrence.negated;
      masked &&= occurrence.masked;
      words.push(occurrence.words);
    }
    // An ordinary sense hides a rule only when it masked every word the rule found: a risk phrase reaching
    // beyond it ("tape, car died") is read.
    if (masked) return null;
    const count = rule.explains ? (this.allOccurrences[rule.parts[0] as number] as number[][]).length : 1;
    return {
      rule: r,
      label: rule.label,
      pattern: rule.pattern,
      sentence: state.sentence,
      negated,
      words,
      count,
    };
  }

  private nextStamp() {
    if (this.stamp >= 0x1ffffff0) {
      this.proposedStamp.fill(0);
      this.atomStamp.fill(0);
      this.feasibleStamp.fill(0);
      this.foundStamp.fill(0);
      this.ruleHitStamp.fill(0);
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
   * negated one, else null. Every occurrence of a masking or explaining sequence is kept.
   *
   * An occurrence is read at each word its anchor slot matches, in order: from there, the slots after it take
   * the earliest words that let the rest match, and the slots before it the nearest ones (what a depth-first
   * search from the anchor finds first). Negation is read before its first word.
   */
  private find(state: MatchState, s: number): Occurrence | null {
    if (this.foundStamp[s] === this.stamp) return this.foundOccurrence[s] as Occurrence | null;
    let best: Occurrence | null = null;
    let bestRank = 0;
    const sequence = this.sequences[s] as Sequence;
    if (sequence.explains || sequence.mask) (this.allOccurrences[s] as number[][]).length = 0;
    if (this.feasible(s)) {
      const anchor = sequence.slots[sequence.anchor] as Slot;
      const proposed = this.proposedStamp[s] === this.stamp;
      const positions = proposed ? null : positionsOf(anchor, state);
      const plain = !sequence.mask && !sequence.explains;
      let next = proposed ? (this.anchorFirst[s] as number) : 0;
      for (;;) {
        let at: number;
        if (positions === null) {
          if (next < 0) break;
          at = this.positionAt[next] as number;
          next = this.positionNext[next] as number;
        } else {
          if (next >= positions.length) break;
          at = positions[next] as number;
          next += 1;
        }
        const path = sequence.slots.length === 1 ? [at] : this.matchAround(sequence, state, at);
        if (path === null) continue;
        if (sequence.explains || sequence.mask) (this.allOccurrences[s] as number[][]).push(path);
        if (!plain) {
          best ??= { words: path, negated: false, masked: false };
          continue;
        }
        // Best first: an occurrence outside every ordinary sense and unnegated, then a negated one, then one
        // whose words an ordinary sense all masked.
        const masked = path.every((j) => state.masked[j] === 1);
        const negated = !masked && this.isNegated(state, path[0] as number);
        const rank = masked ? 1 : negated ? 2 : 3;
        if (rank > bestRank) {
          best = { words: path, negated, masked };
          bestRank = rank;
        }
        if (rank === 3) break;
      }
    }
    this.foundStamp[s] = this.stamp;
    this.foundOccurrence[s] = best;
    return best;
  }

  /**
   * Matches a sequence around an occurrence of its anchor slot at `at`: the positions of its words (gap words
   * are not part of it), or null. Slots after the anchor are placed going forward, slots before it going
   * backward. Each slot keeps the positions it reached and where from (pairs in `reached`), so a match costs
   * at most slots × (gap + 1) × positions reached, never a search over paths.
   */
  private matchAround(sequence: Sequence, state: MatchState, at: number): number[] | null {
    const entries = state.entries;
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
            if (!matches(slot, entries[q] as WordEntry)) continue;
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

function grow(list: Int32Array): Int32Array {
  const larger = new Int32Array(list.length * 2);
  larger.set(list);
  return larger;
}

function positionsOf(slot: Slot, state: MatchState): number[] {
  const out: number[] = [];
  for (let i = state.from; i < state.to; i += 1)
    if (matches(slot, state.entries[i] as WordEntry)) out.push(i);
  return out;
}

// A slot of a few atoms is compared atom by atom (a word has one or two): the slot's bit set spans every atom
// of the lexicon, and reading it costs a cache miss.
const FEW_ATOMS = 8;

function matches(slot: Slot, entry: WordEntry): boolean {
  const atoms = entry.slotAtoms;
  const list = slot.atomList;
  if (list.length <= FEW_ATOMS) {
    for (let i = 0; i < atoms.length; i += 1) {
      const atom = atoms[i] as number;
      for (let j = 0; j < list.length; j += 1) if (list[j] === atom) return true;
    }
    return false;
  }
  const bits = slot.bits;
  for (let i = 0; i < atoms.length; i += 1) {
    const atom = atoms[i] as number;
    if (((bits[atom >> 5] as number) >>> (atom & 31)) & 1) return true;
  }
  return false;
}
