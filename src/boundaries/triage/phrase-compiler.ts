// Compiles labelled patterns (phrase-pattern.ts) against a lexicon (word-lexicon.ts) into what the matcher
// reads (phrase-matcher.ts): each part of a rule a sequence of slots, shared between rules; each sequence's
// anchor (its least common slot) and the index from an anchor's atoms to the sequences it starts; one-word
// rules by their atoms; and every word the tables spell out, numbered for the reader (its entry made when first met).
import { type ParsedPattern, type PatternSlot, parsePattern } from './phrase-pattern.js';
import { WordDictionary } from './text-reader.js';
import { type EntryIndexes, type WordEntry, wordEntry } from './word-entry.js';
import { type WordClassDefinition, WordLexicon } from './word-lexicon.js';

/** A rule as data: the label it signals and its pattern. */
export interface PhraseRule {
  readonly label: string;
  readonly pattern: string;
}

/** What the engine does with labels and classes. */
export interface PhraseEngineOptions {
  /** Labels whose rules mask the words they match: other rules cannot use them (ordinary senses). */
  readonly maskLabels?: readonly string[];
  /** Labels whose rules explain the words they match, at every occurrence (see `MatchedText.explained`). */
  readonly explainLabels?: readonly string[];
  /**
   * Labels whose rules' words are marked `WORD_BITS.ruleWord`: a word that is not everyday and that a rule of
   * these labels names (itself, by its stem or by its class), whether or not the rule was found.
   */
  readonly ruleWordLabels?: readonly string[];
  /** Classes to flag on each word: bit `k` of `WordEntry.flags` says the word is in `flagClasses[k]`. */
  readonly flagClasses?: readonly string[];
  /** Class of negating words, class of words a negation reaches across, class of words that undo one. */
  readonly negation?: { readonly negators: string; readonly fillers: string; readonly doubts: string };
}

/** One word position of a compiled sequence. */
export interface Slot {
  readonly gapBefore: number;
  readonly atomList: readonly number[];
  /** How common its words are, together (their {@link WordLexicon.commonness}): the least common is looked for first. */
  readonly cost: number;
}

/**
 * A slot of at most this many atoms is compared atom by atom (a word has one or two); a larger one by a bit set
 * over every atom of the lexicon (a kilobyte, in {@link CompiledPhrases.slotBits}), made only for those.
 */
export const FEW_ATOMS = 8;

/** A sequence's required slots have at most this many atoms (see {@link CompiledPhrases.anchorEntries}). */
export const REQUIRED_ATOMS = FEW_ATOMS;
/** And there are at most this many of them. */
export const REQUIRED_SLOTS = 2;

/** Bits of a sequence's kind in {@link CompiledPhrases.sequenceData}. */
export const SEQUENCE_KIND = Object.freeze({ mask: 1, explains: 2 });

/** A sequence of slots: one part of one or more rules. */
export interface Sequence {
  readonly slots: readonly Slot[];
  readonly mask: boolean;
  /** The slot looked for first: its least common one (set when the rules are compiled). */
  anchor: number;
  /** Whether a rule with an explaining label uses it: every occurrence is recorded. */
  explains: boolean;
}

/** A rule as compiled: its parts as sequences, rarest first. */
export interface CompiledRule {
  readonly label: string;
  readonly pattern: string;
  readonly parts: readonly number[];
  readonly explains: boolean;
  /** A rule of one word: found wherever a word of its slot is (see `WordEntry.wordRules`). */
  readonly oneWord: boolean;
}

/** Bits of a word's negation role (see `SequenceSearch.isNegated`): a negator, a filler a negation reaches across, a doubt. */
export const NEGATION = Object.freeze({ negator: 1, filler: 2, doubt: 4 });
/** Every {@link NEGATION} bit. */
export const NEGATION_BITS = 7;

/**
 * A table word's record in {@link CompiledPhrases.idFacts}: `ID_FACTS` numbers at `ID_FACTS * id`, at these offsets
 * (a list's from and to at the offset and the next).
 */
export const ID_FACTS = 8;
export const ID_BITS = 0;
export const ID_SLOTS = 1;
export const ID_ANCHORS = 3;
export const ID_WORD_RULES = 5;
/** Its {@link NEGATION} bits, with {@link MADE}. */
export const ID_NEGATION = 7;
/** Set in a record once made (see {@link CompiledPhrases.entryOf}). */
const MADE = 0x100;

/** The group of the rules that have no explaining label (risk, clinical, masks). */
export const RISK_RULES = 1;
/** The group of the rules with an explaining label: matched only when asked (see phrase-engine.ts). */
export const EXPLAINING_RULES = 2;
/**
 * In an anchor entry (see {@link CompiledPhrases.anchorEntries}): a sentence that has a word of the required
 * slot has the whole sequence's words (its other slot is the anchor's word), so its slots are not checked again.
 */
export const SETTLED = 4;
/** In an anchor entry: the sequence is an ordinary sense's (a mask), matched before every other (see phrase-matcher.ts). */
export const MASKING = 8;
/** The numbers of an anchor entry (see {@link CompiledPhrases.anchorEntries}). */
export const ANCHOR_ENTRY = 3;
/** In an anchor entry, a required slot that is not there. */
export const NO_SLOT = -1;

/** Rules compiled against a lexicon: read-only once built. */
export class CompiledPhrases implements EntryIndexes {
  readonly lexicon: WordLexicon;
  readonly sequences: Sequence[] = [];
  readonly rules: CompiledRule[] = [];
  /** Rules by their first part: a rule is looked at only when its first part is found. */
  readonly rulesByFirstPart: number[][] = [];
  /** First parts by their anchor, the least common word of the part: what a sentence must have for it. */
  readonly anchorIndex = new Map<number, number[]>();
  /** One-word rules by the atoms of their word. */
  readonly wordRuleIndex = new Map<number, number[]>();
  /** The atoms of the negation classes (-1 when the engine reads no negation). */
  readonly negators: number;
  readonly fillers: number;
  readonly doubts: number;
  readonly flagAtoms: readonly number[];
  /** Atoms some slot uses. */
  readonly slotAtomSet = new Set<number>();
  /** Atoms the rules of {@link PhraseEngineOptions.ruleWordLabels} name. */
  readonly ruleWordAtoms = new Set<number>();
  /** The table words (every form the tables spell out, and {@link COMMON_NUMBERS}), numbered for the reader. */
  readonly dictionary: WordDictionary;
  // Each table word's entry by number, made when a message first has the word (see entryOf), not when the rules
  // are compiled: most of the ~46,000 forms (inflections, numbers) are never met, and making them all was most of
  // compiling. A memo of constant data: only table words are kept, never a message's.
  private readonly entriesById: (WordEntry | undefined)[];
  // The forms of a word mostly say the same (`take`, `takes`, `taking`): one entry for each distinct reading.
  private readonly sameFacts = new Map<string, WordEntry>();
  // The table words' facts by number, set with their entry, one record of ID_FACTS numbers per word (one cache
  // line for what the pass over a sentence reads of a word, not one per list): its bits, its slot atoms
  // (idSlotAtoms[from..to)), its anchors (the sequences it proposes, each as its anchor entry, writeAnchorEntry:
  // idAnchors[from..to)), its one-word rules (idWordRules[from..to)), and its NEGATION bits with MADE set once
  // made. See the ID_* offsets.
  readonly idFacts: Int32Array;
  idSlotAtoms: Int32Array = new Int32Array(1024);
  idAnchors: Int32Array = new Int32Array(1024);
  idWordRules: Int32Array = new Int32Array(256);
  // How much of idSlotAtoms, idAnchors and idWordRules is used.
  private slotAtomsUsed = 0;
  private anchorsUsed = 0;
  private wordRulesUsed = 0;
  /**
   * Each sequence as what proposing and finding it read, packed in one list so that it takes a cache line or two
   * (the sequences' objects are spread over the heap). At `sequenceAt[s]`: its slot count `n`, its anchor, its
   * {@link SEQUENCE_KIND} bits, where the rules of which it is the first part are in this list
   * (their count, then their numbers), then where each of its `n` slots is in this list, in order and then
   * rarest first. Each slot is its gap before, its atom count, where its bit set starts in {@link slotBits} (for
   * a slot of more than {@link FEW_ATOMS} atoms; else -1), and its atoms.
   */
  readonly sequenceAt: Int32Array;
  readonly sequenceData: Int32Array;
  readonly slotBits: Uint32Array;
  /**
   * Each sequence's anchor entry, {@link ANCHOR_ENTRY} numbers at `ANCHOR_ENTRY * s`: what proposing a sequence a
   * word anchors reads first (copied for each table word into {@link idAnchors}), without reaching for
   * the sequence. First `s << 4`, {@link MASKING} for a mask, {@link SETTLED} when its required slots and the anchor
   * are all its slots, and its group ({@link RISK_RULES} or {@link EXPLAINING_RULES}); then its required slots (its
   * {@link REQUIRED_SLOTS} rarest slots of at most {@link REQUIRED_ATOMS} atoms but the anchor, rarest first), each
   * its atom when it has one, else `~k` for the atom count and atoms at `requiredSlots[k]`, or {@link NO_SLOT}. A
   * sentence without a word of each cannot have the sequence, and most sequences a sentence's words anchor lack one:
   * they are passed over there.
   */
  readonly anchorEntries: Int32Array;
  readonly requiredSlots: Int32Array;
  /** Each rule's parts, flat: `ruleParts[rulePartAt[r]..rulePartAt[r + 1])`; and whether it explains (1 or 0). */
  readonly rulePartAt: Int32Array;
  readonly ruleParts: Int32Array;
  readonly ruleExplains: Uint8Array;

  /**
   * Compiles rules. Throws on a pattern that does not parse or names an unknown class: the tables are
   * checked by their schema first, so this is a programming error.
   */
  constructor(
    classes: Readonly<Record<string, WordClassDefinition>>,
    rules: readonly PhraseRule[],
    options: PhraseEngineOptions,
  ) {
    this.lexicon = new WordLexicon(classes);
    const masks = new Set(options.maskLabels ?? []);
    const explains = new Set(options.explainLabels ?? []);
    const negation = options.negation;
    this.negators = negation === undefined ? -1 : this.classAtom(negation.negators);
    this.fillers = negation === undefined ? -1 : this.classAtom(negation.fillers);
    this.doubts = negation === undefined ? -1 : this.classAtom(negation.doubts);
    this.flagAtoms = (options.flagClasses ?? []).map((name) => this.classAtom(name));
    // Sequences by their key (see addRule), while compiling: rules share them.
    const sequenceIds = new Map<string, number>();
    for (const rule of rules) {
      const parsed = parsePattern(rule.pattern);
      if (typeof parsed === 'string') throw new Error(`pattern "${rule.pattern}": ${parsed}`);
      this.addRule(rule, parsed, masks.has(rule.label), explains.has(rule.label), sequenceIds);
    }
    this.lexicon.seal();
    this.rules.forEach((rule, r) => {
      if (!rule.oneWord) return;
      for (const atom of ((this.sequences[rule.parts[0] as number] as Sequence).slots[0] as Slot).atomList)
        addTo(this.wordRuleIndex, atom, r);
    });
    for (const sequence of this.sequences) sequence.anchor = this.anchorOf(sequence);
    // A rule of several parts is looked at where its least common part is: its parts are put rarest first
    // (they may be found in any order in a sentence).
    this.rules.forEach((rule, r) => {
      if (rule.oneWord) return;
      const cost = (part: number) => {
        const sequence = this.sequences[part] as Sequence;
        return (sequence.slots[sequence.anchor] as Slot).cost;
      };
      const parts = [...rule.parts].sort((a, b) => cost(a) - cost(b));
      this.rules[r] = { ...rule, parts };
      (this.rulesByFirstPart[parts[0] as number] as number[]).push(r);
    });
    this.sequences.forEach((sequence, s) => {
      if ((this.rulesByFirstPart[s] as number[]).length === 0) return;
      for (const atom of (sequence.slots[sequence.anchor] as Slot).atomList) addTo(this.anchorIndex, atom, s);
    });
    for (const sequence of this.sequences)
      for (const slot of sequence.slots) for (const a of slot.atomList) this.slotAtomSet.add(a);
    const ruleWordLabels = new Set(options.ruleWordLabels ?? []);
    for (const rule of this.rules) {
      if (!ruleWordLabels.has(rule.label)) continue;
      for (const part of rule.parts)
        for (const slot of (this.sequences[part] as Sequence).slots)
          for (const atom of slot.atomList) this.ruleWordAtoms.add(atom);
    }
    this.dictionary = new WordDictionary([...this.lexicon.exactForms(), ...COMMON_NUMBERS]);
    const size = this.dictionary.size;
    this.entriesById = new Array(size);
    this.idFacts = new Int32Array(ID_FACTS * size);
    [this.sequenceAt, this.sequenceData, this.slotBits] = this.packSequences();
    [this.anchorEntries, this.requiredSlots] = this.anchorEntriesOf();
    this.rulePartAt = new Int32Array(this.rules.length + 1);
    this.rules.forEach((rule, r) => {
      this.rulePartAt[r + 1] = (this.rulePartAt[r] as number) + rule.parts.length;
    });
    this.ruleParts = Int32Array.from(this.rules.flatMap((rule) => rule.parts));
    this.ruleExplains = Uint8Array.from(this.rules, (rule) => (rule.explains ? 1 : 0));
  }

  /**
   * Writes sequence `s`'s anchor entry (see {@link anchorEntries}) into `list` at `at`: what proposing a sequence a
   * word anchors reads first, without reaching for the sequence. Returns where it ends.
   */
  writeAnchorEntry(s: number, list: Int32Array, at: number): number {
    for (let k = 0; k < ANCHOR_ENTRY; k += 1)
      list[at + k] = this.anchorEntries[ANCHOR_ENTRY * s + k] as number;
    return at + ANCHOR_ENTRY;
  }

  // Each sequence's anchor entry, and the required slots of more than one atom (see anchorEntries).
  private anchorEntriesOf(): [Int32Array, Int32Array] {
    const data = this.sequenceData;
    const entries = new Int32Array(ANCHOR_ENTRY * this.sequences.length);
    // Slots of several atoms, each once (rules share them): a 0 first, so that a slot's reference is below -1.
    const slots: number[] = [0];
    const slotAt = new Map<string, number>();
    for (let s = 0; s < this.sequences.length; s += 1) {
      const at0 = this.sequenceAt[s] as number;
      const n = data[at0] as number;
      const anchorSlot = data[at0 + 4 + (data[at0 + 1] as number)] as number;
      const e = ANCHOR_ENTRY * s;
      entries[e + 1] = NO_SLOT;
      entries[e + 2] = NO_SLOT;
      let settled = SETTLED;
      let required = 0;
      for (let rank = 0; rank < n; rank += 1) {
        const slot = data[at0 + 4 + n + rank] as number;
        if (slot === anchorSlot) continue;
        const count = data[slot + 1] as number;
        if (count > REQUIRED_ATOMS || required === REQUIRED_SLOTS) {
          settled = 0;
          continue;
        }
        const atoms = Array.from(data.subarray(slot + 3, slot + 3 + count));
        let reference = atoms[0] as number;
        if (count > 1) {
          const key = atoms.join(',');
          let found = slotAt.get(key);
          if (found === undefined) {
            found = slots.length;
            slotAt.set(key, found);
            slots.push(count, ...atoms);
          }
          reference = ~found;
        }
        entries[e + 1 + required] = reference;
        required += 1;
      }
      entries[e] =
        (s << 4) |
        ((data[at0 + 2] as number) & SEQUENCE_KIND.mask ? MASKING : 0) |
        settled |
        ((data[at0 + 2] as number) & SEQUENCE_KIND.explains ? EXPLAINING_RULES : RISK_RULES);
    }
    return [entries, Int32Array.from(slots)];
  }

  /** The entry of a raw word: a table word's is made once; another is normalised and looked up. */
  entry(raw: string): WordEntry {
    const id = this.dictionary.find(raw);
    return id >= 0 ? this.entryOf(id) : wordEntry(this.lexicon.lookUp(raw), this);
  }

  /** Makes sure the table words numbered in `ids` (-1 for others) have their entries and flat lists. */
  prepare(ids: ArrayLike<number>): void {
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] as number;
      if (id >= 0 && ((this.idFacts[ID_FACTS * id + ID_NEGATION] as number) & MADE) === 0) this.entryOf(id);
    }
  }

  /** Table word `id`'s entry, made (with its flat lists) the first time it is asked for. */
  entryOf(id: number): WordEntry {
    const known = this.entriesById[id];
    if (known !== undefined) return known;
    const facts = this.lexicon.lookUp(this.dictionary.word(id));
    // What a word's facts say besides its atoms comes from its atoms, but for a number, which is neutral.
    const key = facts.neutral ? `${facts.atoms.join(',')}/n` : facts.atoms.join(',');
    let entry = this.sameFacts.get(key);
    if (entry === undefined) {
      entry = wordEntry(facts, this);
      this.sameFacts.set(key, entry);
    }
    this.entriesById[id] = entry;
    const record = this.idFacts;
    const f = ID_FACTS * id;
    record[f + ID_BITS] = entry.bits;
    record[f + ID_NEGATION] = this.negationOf(entry) | MADE;
    this.idSlotAtoms = ensureRoom(this.idSlotAtoms, this.slotAtomsUsed + entry.slotAtoms.length);
    record[f + ID_SLOTS] = this.slotAtomsUsed;
    for (const atom of entry.slotAtoms) this.idSlotAtoms[this.slotAtomsUsed++] = atom;
    record[f + ID_SLOTS + 1] = this.slotAtomsUsed;
    this.idWordRules = ensureRoom(this.idWordRules, this.wordRulesUsed + entry.wordRules.length);
    record[f + ID_WORD_RULES] = this.wordRulesUsed;
    for (const r of entry.wordRules) this.idWordRules[this.wordRulesUsed++] = r;
    record[f + ID_WORD_RULES + 1] = this.wordRulesUsed;
    this.idAnchors = ensureRoom(this.idAnchors, this.anchorsUsed + ANCHOR_ENTRY * entry.anchors.length);
    record[f + ID_ANCHORS] = this.anchorsUsed;
    for (const s of entry.anchors)
      this.anchorsUsed = this.writeAnchorEntry(s, this.idAnchors, this.anchorsUsed);
    record[f + ID_ANCHORS + 1] = this.anchorsUsed;
    return entry;
  }

  /** A word's {@link NEGATION} bits: whether it is in the negation classes. */
  negationOf(entry: WordEntry): number {
    const atoms = entry.atoms;
    if (this.negators < 0) return 0;
    return (
      (atoms.includes(this.negators) ? NEGATION.negator : 0) |
      (atoms.includes(this.fillers) ? NEGATION.filler : 0) |
      (atoms.includes(this.doubts) ? NEGATION.doubt : 0)
    );
  }

  /** The atom of a word class; throws for an unknown class. */
  classAtom(name: string): number {
    if (!this.lexicon.hasClass(name)) throw new Error(`unknown word class {${name}}`);
    return this.lexicon.atom(`{${name}}`);
  }

  private packSequences(): [Int32Array, Int32Array, Uint32Array] {
    const words = (this.lexicon.atomCount >> 5) + 1;
    const at = new Int32Array(this.sequences.length + 1);
    let size = 0;
    let bigSlots = 0;
    this.sequences.forEach((sequence, s) => {
      at[s] = size;
      size += 5 + 2 * sequence.slots.length + (this.rulesByFirstPart[s] as number[]).length;
      for (const slot of sequence.slots) {
        size += 3 + slot.atomList.length;
        if (slot.atomList.length > FEW_ATOMS) bigSlots += 1;
      }
    });
    at[this.sequences.length] = size;
    const data = new Int32Array(size);
    const slotBits = new Uint32Array(bigSlots * words);
    let bitsTop = 0;
    this.sequences.forEach((sequence, s) => {
      const slots = sequence.slots;
      const n = slots.length;
      const costs = slots.map((slot) => slot.cost);
      const head = at[s] as number;
      data[head] = n;
      data[head + 1] = sequence.anchor;
      data[head + 2] = kind(sequence);
      let top = head + 4 + 2 * n;
      slots.forEach((slot, k) => {
        data[head + 4 + k] = top;
        let bitsAt = -1;
        if (slot.atomList.length > FEW_ATOMS) {
          bitsAt = bitsTop;
          bitsTop += words;
          for (const atom of slot.atomList)
            slotBits[bitsAt + (atom >> 5)] = (slotBits[bitsAt + (atom >> 5)] as number) | (1 << (atom & 31));
        }
        data[top] = slot.gapBefore;
        data[top + 1] = slot.atomList.length;
        data[top + 2] = bitsAt;
        for (let j = 0; j < slot.atomList.length; j += 1) data[top + 3 + j] = slot.atomList[j] as number;
        top += 3 + slot.atomList.length;
      });
      const byRarity = slots.map((_, k) => k).sort((x, y) => (costs[x] as number) - (costs[y] as number));
      byRarity.forEach((k, rank) => {
        data[head + 4 + n + rank] = data[head + 4 + k] as number;
      });
      const rules = this.rulesByFirstPart[s] as number[];
      data[head + 3] = top;
      data[top] = rules.length;
      for (let j = 0; j < rules.length; j += 1) data[top + 1 + j] = rules[j] as number;
    });
    return [at, data, slotBits];
  }

  // The index of a sequence's least common slot.
  private anchorOf(sequence: Sequence): number {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    sequence.slots.forEach((slot, k) => {
      if (slot.cost < bestCost) {
        best = k;
        bestCost = slot.cost;
      }
    });
    return best;
  }

  // The atoms of a pattern's word position, each once.
  private slotAtoms(slot: PatternSlot): number[] {
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
    return [...atoms];
  }

  // A sequence's slot. The lexicon's weights are set when it is made: a slot's cost is known when the slot is.
  private slotOf(gapBefore: number, atomList: readonly number[]): Slot {
    let cost = 0;
    for (const atom of atomList) cost += this.lexicon.commonness(atom);
    return { gapBefore, atomList, cost };
  }

  private addRule(
    rule: PhraseRule,
    parsed: ParsedPattern,
    mask: boolean,
    explains: boolean,
    sequenceIds: Map<string, number>,
  ) {
    const parts = parsed.parts.map((slots) => {
      const atomLists = slots.map((slot) => this.slotAtoms(slot));
      // Masks, explaining rules and the rest read masked words differently: they never share a sequence.
      let key = mask ? 'm' : explains ? 'e' : 'r';
      slots.forEach((slot, k) => {
        key += ` ${slot.gapBefore}/${atomsKey(atomLists[k] as number[])}`;
      });
      let id = sequenceIds.get(key);
      if (id === undefined) {
        id = this.sequences.length;
        sequenceIds.set(key, id);
        const compiled = slots.map((slot, k) => this.slotOf(slot.gapBefore, atomLists[k] as number[]));
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
}

/**
 * Numbers up to 999, clock times (`3pm`, `10am`) and days of the month (`1st`, `22nd`): a third of the words
 * no table spells out in the bench's messages. Their entries are made with the rules (what looking each up in
 * a message would give), not once per message.
 */
export const COMMON_NUMBERS: readonly string[] = (() => {
  const forms: string[] = [];
  for (let n = 0; n < 1000; n += 1) forms.push(String(n));
  for (let hour = 1; hour <= 12; hour += 1) forms.push(`${hour}am`, `${hour}pm`);
  const suffix = (day: number) =>
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  for (let day = 1; day <= 31; day += 1) forms.push(`${day}${suffix(day)}`);
  return forms;
})();

// A slot's atoms as text, whatever their order (for a sequence's key).
function atomsKey(atoms: readonly number[]): string {
  return atoms.length === 1 ? String(atoms[0]) : [...atoms].sort((a, b) => a - b).join(',');
}

// A sequence's SEQUENCE_KIND bits.
function kind(sequence: Sequence): number {
  return (sequence.mask ? SEQUENCE_KIND.mask : 0) | (sequence.explains ? SEQUENCE_KIND.explains : 0);
}

// `list`, or a copy of it twice as long or more when it holds fewer than `size`.
function ensureRoom(list: Int32Array, size: number): Int32Array {
  if (size <= list.length) return list;
  const grown = new Int32Array(Math.max(size, 2 * list.length));
  grown.set(list);
  return grown;
}

function addTo(index: Map<number, number[]>, atom: number, value: number) {
  const list = index.get(atom);
  if (list === undefined) index.set(atom, [value]);
  else list.push(value);
}
