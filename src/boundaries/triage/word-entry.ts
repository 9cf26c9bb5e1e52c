// One word of a message as the phrase engine sees it: what the lexicon knows of it (word-lexicon.ts) and what
// the compiled rules make of that (phrase-compiler.ts): its bits, the atoms rules use, the rules it proposes.
import type { WordFacts } from './word-lexicon.js';

/** Bits of a word's entry and of `MatchedText.wordBits`: what each word of a message is. */
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
  /** A word a rule of one of the engine's `ruleWordLabels` names. */
  ruleWord: 128,
  /** A misspelling of a short table word (word-lexicon.ts): past the flag classes' bits (eight of them). */
  misspelled: 1 << 24,
  /** The first of the engine's flag classes (`flagClasses`); the next ones follow. */
  firstFlag: 1 << 8,
});
/** Bit of {@link WordEntry.bits}: the word is the anchor of some rule's part. */
export const HAS_ANCHORS = 32;
/** Bit of {@link WordEntry.bits}: the word matches some one-word rule. */
export const HAS_WORD_RULES = 64;

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
  /** Bit `k` set when the word is in the `k`th of the engine's flag classes. */
  readonly flags: number;
}

/** The entry of every word no table knows. */
export const UNKNOWN_WORD: WordEntry = Object.freeze({
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

/** What the compiled rules know of atoms, for making a word's entry (see phrase-compiler.ts). */
export interface EntryIndexes {
  /** Atoms the rules of the engine's `ruleWordLabels` name. */
  readonly ruleWordAtoms: ReadonlySet<number>;
  /** First parts by their anchor's atoms. */
  readonly anchorIndex: ReadonlyMap<number, readonly number[]>;
  /** One-word rules by the atoms of their word. */
  readonly wordRuleIndex: ReadonlyMap<number, readonly number[]>;
  /** The atoms of the flag classes, in order. */
  readonly flagAtoms: readonly number[];
  /** Atoms some slot uses. */
  readonly slotAtomSet: ReadonlySet<number>;
}

/** The entry of a word from what the lexicon knows of it. */
export function wordEntry(facts: WordFacts, indexes: EntryIndexes): WordEntry {
  if (facts.atoms.length === 0 && !facts.neutral && facts.misspelled !== true) return UNKNOWN_WORD;
  const anchors: number[] = [];
  const wordRules: number[] = [];
  let flags = 0;
  let ruleWord = false;
  for (const atom of facts.atoms) {
    if (indexes.ruleWordAtoms.has(atom)) ruleWord = true;
    for (const s of indexes.anchorIndex.get(atom) ?? []) if (!anchors.includes(s)) anchors.push(s);
    for (const r of indexes.wordRuleIndex.get(atom) ?? []) if (!wordRules.includes(r)) wordRules.push(r);
    const k = indexes.flagAtoms.indexOf(atom);
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
    (flags * WORD_BITS.firstFlag) |
    (facts.misspelled === true ? WORD_BITS.misspelled : 0);
  return {
    atoms: facts.atoms,
    slotAtoms: facts.atoms.filter((atom) => indexes.slotAtomSet.has(atom)),
    neutral: facts.neutral,
    sensitive: facts.sensitive,
    languages: facts.languages,
    bits,
    anchors,
    wordRules,
    flags,
  };
}
