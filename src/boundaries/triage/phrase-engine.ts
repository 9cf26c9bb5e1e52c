// The phrase engine of triage and the reply check: rules compiled once (phrase-compiler.ts), messages read
// with the tables' dictionary (text-reader.ts) and matched (phrase-matcher.ts). Rules are labelled patterns
// in the tables' phrase language (phrase-pattern.ts).
import {
  CompiledPhrases,
  EXPLAINING_RULES,
  type PhraseEngineOptions,
  type PhraseRule,
  RISK_RULES,
  type Sequence,
} from './phrase-compiler.js';
import { type MatchedText, PhraseMatcher } from './phrase-matcher.js';
import { isWordOfRisk } from './risk-reader.js';
import { type ReadText, readText } from './text-reader.js';
import type { WordEntry } from './word-entry.js';
import type { WordClassDefinition } from './word-lexicon.js';

export type { PhraseEngineOptions, PhraseRule } from './phrase-compiler.js';
export type { MatchedText } from './phrase-matcher.js';
export { type RuleHit, RuleHits } from './rule-hits.js';
export { WORD_BITS, type WordEntry } from './word-entry.js';

/** A compiled rule as plain data (see {@link PhraseEngine.referenceRules}). */
export interface ReferenceRule {
  readonly label: string;
  readonly pattern: string;
  readonly mask: boolean;
  readonly explains: boolean;
  /** Each part: its slots, and its anchor (the slot an occurrence is read from; see sequence-search.ts). */
  readonly parts: readonly {
    readonly anchor: number;
    readonly slots: readonly { readonly gapBefore: number; readonly atoms: ReadonlySet<number> }[];
  }[];
}

// The fewest letters of a word the tables do not hold that is looked up as a word of risk when fragments join.
const LOOKED_UP = 6;

/** Rules compiled against a lexicon, ready to read and match messages. */
export class PhraseEngine {
  private readonly compiled: CompiledPhrases;
  private readonly matcher: PhraseMatcher;

  /**
   * Compiles rules. Throws on a pattern that does not parse or names an unknown class: the tables are
   * checked by their schema first, so this is a programming error.
   */
  constructor(
    classes: Readonly<Record<string, WordClassDefinition>>,
    rules: readonly PhraseRule[],
    options: PhraseEngineOptions = {},
  ) {
    this.compiled = new CompiledPhrases(classes, rules, options);
    this.matcher = new PhraseMatcher(this.compiled);
    this.riskWords = new Uint8Array(this.compiled.dictionary.size);
  }

  /** Reads a message with the tables' dictionary (see text-reader.ts): what {@link matchText} reads fastest. */
  read(text: string, maxChars: number): ReadText {
    const lexicon = this.compiled.lexicon;
    return readText(
      text,
      maxChars,
      this.compiled.dictionary,
      (letters, shortest) => lexicon.firstSpelledSuffix(letters, shortest),
      (word, id) => this.isRiskWord(word, id),
    );
  }

  // Whether a word is a word of risk: a table word's answer is read once (1 no, 2 yes) and kept; another is looked
  // up (a stem or a misspelling: "suicidal") only when long enough to be one, and never kept: the compiled rules
  // hold no word of a message.
  private readonly riskWords: Uint8Array;
  private isRiskWord(word: string, id: number): boolean {
    if (id < 0)
      return word.length >= LOOKED_UP && (this.compiled.entry(word).sensitive || isWordOfRisk(word));
    let known = this.riskWords[id] as number;
    if (known === 0) {
      const tableWord = this.compiled.dictionary.word(id);
      known = this.compiled.entry(tableWord).sensitive || isWordOfRisk(tableWord) ? 2 : 1;
      this.riskWords[id] = known;
    }
    return known === 2;
  }

  /** Matches every rule in every sentence of a message. */
  matchText(read: ReadText): MatchedText {
    return this.matcher.match(read, RISK_RULES | EXPLAINING_RULES, null);
  }

  /**
   * Matches every rule but the explaining ones (see {@link PhraseEngineOptions.explainLabels}): what decides
   * whether a message is a crisis. They read no word an explaining rule matches, so {@link matchExplaining}
   * can add those later, only for a message that needs them.
   */
  matchRisk(read: ReadText): MatchedText {
    return this.matcher.match(read, RISK_RULES, null);
  }

  /** Adds the explaining rules' hits and words to what {@link matchRisk} found: then as {@link matchText}. */
  matchExplaining(read: ReadText, risk: MatchedText): MatchedText {
    return this.matcher.match(read, EXPLAINING_RULES, risk);
  }

  /** The entry of a raw word: a table word's is ready; another is normalised and looked up. */
  entry(raw: string): WordEntry {
    return this.compiled.entry(raw);
  }

  /**
   * The compiled rules as plain data, for a reference matcher that tries every rule everywhere (the tests'
   * oracle and the bench's baseline): label, pattern, whether it masks or explains, and its parts' slots.
   */
  referenceRules(): readonly ReferenceRule[] {
    const { rules, sequences } = this.compiled;
    return rules.map((rule) => ({
      label: rule.label,
      pattern: rule.pattern,
      mask: (sequences[rule.parts[0] as number] as Sequence).mask,
      explains: rule.explains,
      parts: rule.parts.map((part) => {
        const sequence = sequences[part] as Sequence;
        return {
          anchor: sequence.anchor,
          slots: sequence.slots.map((slot) => ({ gapBefore: slot.gapBefore, atoms: new Set(slot.atomList) })),
        };
      }),
    }));
  }

  /** The atoms of the negation classes (-1 when the engine reads no negation). */
  negationAtoms(): { readonly negators: number; readonly fillers: number; readonly doubts: number } {
    const { negators, fillers, doubts } = this.compiled;
    return { negators, fillers, doubts };
  }

  /** The atom of a word class, for testing entries; throws for an unknown class. */
  classAtom(name: string): number {
    return this.compiled.classAtom(name);
  }
}
