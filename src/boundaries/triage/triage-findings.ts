// What triage makes of a message's matches: the crisis, clinical and administrative rules found (the signals),
// and what its words say of its language and of means. Each rule's kind is read from its label once, when the
// rules are compiled, so a message's hits are sorted by a table lookup; and its phrase gets a number in the
// phrases' sorted order, so a reason's phrases are sorted as numbers, not strings.
import { type MessagePair, PairFinder } from './message-pairs.js';
import type { MatchedText, RuleHit, RuleHits } from './phrase-engine.js';
import { WORD_BITS } from './phrase-engine.js';
import type { RiskReading } from './risk-reader.js';
import type { ReadText } from './text-reader.js';
import {
  type AdministrativeCategory,
  type ClinicalCategory,
  type CrisisCategory,
  isAdministrativeCategory,
  isClinicalCategory,
  isCrisisCategory,
} from './triage-category.js';

/** What a rule's label makes of its hits (bits of {@link RuleKinds.kind}). */
export const RULE_KIND = Object.freeze({
  crisis: 1,
  /** A crisis rule that is a risk word on its own (`{die}`, `{kill}|{stab}`). */
  riskWord: 2,
  clinical: 4,
  clinicalSense: 8,
  administrative: 16,
  /** Courtesy or an enquiry: what accounts for a sentence that asks nothing. */
  courtesy: 32,
  unclearReference: 64,
  /** An ordinary sense: accounts for a sentence that asks nothing only beside a request elsewhere. */
  ordinarySense: 128,
});

/** What each rule is, by its number in the engine (the order the rules were compiled in). */
export interface RuleKinds {
  /** Its {@link RULE_KIND} bits. */
  readonly kind: Uint8Array;
  /** The number of its pattern in {@link phrases}. */
  readonly phrase: Int32Array;
  /** The rules' distinct patterns and the pairs', sorted (as `sort()` sorts strings). */
  readonly phrases: readonly string[];
  /** Its half of a pair read across sentences (see message-pairs.ts): `2 × pair + half`, or -1. */
  readonly pairSide: Int32Array;
  readonly pairs: readonly MessagePair[];
  /** Finds the pairs a message's hits hold (its scratch kept with the rules). */
  readonly pairFinder: PairFinder;
  /** The number of each pair's pattern in {@link phrases}. */
  readonly pairPhrase: Int32Array;
}

/** What each rule is, from its label and pattern. */
export function ruleKinds(
  rules: readonly { readonly label: string; readonly pattern: string }[],
  pairSide: Int32Array,
  pairs: readonly MessagePair[],
): RuleKinds {
  const phrases = [...new Set([...rules, ...pairs].map((rule) => rule.pattern))].sort();
  const numbers = new Map(phrases.map((phrase, k) => [phrase, k]));
  return {
    kind: Uint8Array.from(rules, ({ label, pattern }) => kindOf(label, pattern)),
    phrase: Int32Array.from(rules, (rule) => numbers.get(rule.pattern) as number),
    phrases,
    pairSide,
    pairs,
    pairFinder: new PairFinder(pairSide),
    pairPhrase: Int32Array.from(pairs, (pair) => numbers.get(pair.pattern) as number),
  };
}

function kindOf(label: string, pattern: string): number {
  if (isCrisisCategory(label)) return RULE_KIND.crisis | (isRiskWordRule(pattern) ? RULE_KIND.riskWord : 0);
  if (isClinicalCategory(label)) return RULE_KIND.clinical;
  if (label === 'clinical_sense') return RULE_KIND.clinicalSense;
  if (isAdministrativeCategory(label)) return RULE_KIND.administrative;
  if (label === 'courtesy' || label === 'enquiry') return RULE_KIND.courtesy;
  if (label === 'ordinary_sense') return RULE_KIND.ordinarySense;
  return label === 'unclear_reference' ? RULE_KIND.unclearReference : 0;
}

/** Whether a rule is a risk word on its own: classes only, one word (`{die}`, `{kill}|{stab}`). */
function isRiskWordRule(pattern: string): boolean {
  return /^\{[a-z_]+\}(\|\{[a-z_]+\})*$/.test(pattern);
}

/**
 * Phrases found: the table rules' by the number of their pattern (see {@link RuleKinds.phrases}), and any other
 * (the risk reader's concepts) as text.
 */
export interface Phrases {
  readonly numbers: number[];
  readonly texts: string[];
}

/** What the reading of a message found. */
export interface Findings {
  readonly crisis: Set<CrisisCategory>;
  readonly crisisPhrases: Phrases;
  readonly negatedCrisis: Set<string>;
  /**
   * Urgent distress the risk reader inferred from everyday concepts ("I've decided. Saturday."): on call for a
   * message that is not administrative. (The urgent distress tables name it in words: those are crisis.)
   */
  readonly distress: Set<string>;
  readonly clinical: Set<ClinicalCategory>;
  readonly clinicalPhrases: Phrases;
  readonly admin: Map<AdministrativeCategory, number>;
  /** Per sentence: the administrative rules found in it (absent when none). */
  readonly adminHits: RuleHit[][];
  /** Per sentence: whether courtesy or an enquiry was found in it. */
  readonly courtesy: boolean[];
  /** Per sentence: whether an ordinary sense was found in it ("this copay is killing me"). */
  readonly ordinary: boolean[];
  /** Per sentence: whether a word that does not say what it refers to stands unexplained in it. */
  readonly unclear: boolean[];
  meansWords: boolean;
  words: number;
  knownWords: number;
  english: number;
  spanish: number;
}

/** Findings of nothing. */
export function emptyFindings(): Findings {
  return {
    crisis: new Set(),
    crisisPhrases: { numbers: [], texts: [] },
    negatedCrisis: new Set(),
    distress: new Set(),
    clinical: new Set(),
    clinicalPhrases: { numbers: [], texts: [] },
    admin: new Map(),
    adminHits: [],
    courtesy: [],
    ordinary: [],
    unclear: [],
    meansWords: false,
    words: 0,
    knownWords: 0,
    english: 0,
    spanish: 0,
  };
}

/**
 * The first `max` of some phrases, sorted and each once (as sorting their texts would give them): the numbers
 * are sorted as numbers.
 */
export function listedPhrases(phrases: Phrases, table: readonly string[], max: number): string[] {
  const numbers = Int32Array.from(phrases.numbers).sort();
  if (phrases.texts.length > 0) {
    const all = new Set(phrases.texts);
    for (const k of numbers) all.add(table[k] as string);
    return [...all].sort().slice(0, max);
  }
  const listed: string[] = [];
  for (let k = 0; k < numbers.length && listed.length < max; k += 1)
    if (k === 0 || numbers[k] !== numbers[k - 1]) listed.push(table[numbers[k] as number] as string);
  return listed;
}

/**
 * Adds a message's crisis and clinical hits to the findings. A risk word on its own ({die}, {kill}) counts only
 * where no fuller crisis rule read that word. Afterwards `crisis` is non-empty exactly when the tables found a
 * crisis.
 */
export function collectHits(findings: Findings, matched: MatchedText, rules: RuleKinds, read: ReadText) {
  const { explained, hits } = matched;
  const kinds = rules.kind;
  const positions = hits.positions;
  // The words fuller crisis rules read: marked only for a message with a risk word on its own.
  let readByRule: Uint8Array | null = null;
  for (let h = 0; h < hits.length; h += 1) {
    const r = hits.rule(h);
    const kind = kinds[r] as number;
    if (kind & RULE_KIND.crisis) {
      if (kind & RULE_KIND.riskWord) {
        readByRule ??= crisisRuleWords(hits, kinds, explained.length);
        let readWhole = true;
        for (let k = hits.wordsFrom(h); k < hits.wordsTo(h) && readWhole; k += 1) {
          const i = positions[k] as number;
          readWhole = i < 0 || readByRule[i] === 1;
        }
        if (readWhole) continue;
      }
      if (hits.negated(h)) findings.negatedCrisis.add(hits.pattern(h));
      else {
        findings.crisis.add(hits.label(h) as CrisisCategory);
        findings.crisisPhrases.numbers.push(rules.phrase[r] as number);
      }
    } else if (kind === RULE_KIND.clinical || kind === RULE_KIND.clinicalSense) {
      findings.clinical.add(kind === RULE_KIND.clinical ? (hits.label(h) as ClinicalCategory) : 'symptoms');
      findings.clinicalPhrases.numbers.push(rules.phrase[r] as number);
    }
  }
  if (rules.pairs.length === 0) return;
  for (const pair of rules.pairFinder.find(hits, read.sentenceStarts, read.words.length)) {
    const { label, pattern } = rules.pairs[pair.pair] as MessagePair;
    if (pair.negated) findings.negatedCrisis.add(pattern);
    else {
      findings.crisis.add(label as CrisisCategory);
      findings.crisisPhrases.numbers.push(rules.pairPhrase[pair.pair] as number);
    }
  }
}

// 1 for each word a crisis rule other than a risk word on its own read.
function crisisRuleWords(hits: RuleHits, kinds: Uint8Array, words: number): Uint8Array {
  const read = new Uint8Array(words);
  const positions = hits.positions;
  for (let h = 0; h < hits.length; h += 1) {
    if ((kinds[hits.rule(h)] as number) !== RULE_KIND.crisis) continue;
    for (let k = hits.wordsFrom(h); k < hits.wordsTo(h); k += 1) {
      const i = positions[k] as number;
      if (i >= 0) read[i] = 1;
    }
  }
  return read;
}

/**
 * Adds a message's administrative requests, courtesy and unclear references to the findings, from matches of
 * every rule (explaining ones included): what accounts for its sentences.
 */
export function collectRequests(findings: Findings, matched: MatchedText, rules: RuleKinds) {
  const { explained, hits } = matched;
  const kinds = rules.kind;
  const positions = hits.positions;
  for (let h = 0; h < hits.length; h += 1) {
    const kind = kinds[hits.rule(h)] as number;
    const sentence = hits.sentence(h);
    if (kind === RULE_KIND.administrative) {
      // Kept as an object: what accounts for its sentence (see sentence-accounting.ts).
      const hit = hits.hit(h);
      const list = findings.adminHits[sentence];
      if (list === undefined) findings.adminHits[sentence] = [hit];
      else list.push(hit);
      const label = hit.label as AdministrativeCategory;
      findings.admin.set(label, (findings.admin.get(label) ?? 0) + hit.count);
    } else if (kind === RULE_KIND.courtesy) findings.courtesy[sentence] = true;
    else if (kind === RULE_KIND.ordinarySense) findings.ordinary[sentence] = true;
    else if (kind === RULE_KIND.unclearReference) {
      for (let k = hits.wordsFrom(h); k < hits.wordsTo(h); k += 1) {
        const i = positions[k] as number;
        if (i >= 0 && explained[i] !== 1) findings.unclear[sentence] = true;
      }
    }
  }
}

// The word flag triage's rules compile first (see triage-rules.ts): means.
const MEANS_BIT = WORD_BITS.firstFlag;

/** Counts the words that name the language, and notes means named outside an ordinary sense. */
export function countWords(findings: Findings, matched: MatchedText) {
  const { wordBits, masked } = matched;
  let known = 0;
  let english = 0;
  let spanish = 0;
  for (let i = 0; i < wordBits.length; i += 1) {
    const bits = wordBits[i] as number;
    if (bits & WORD_BITS.known) known += 1;
    if (bits & WORD_BITS.english) english += 1;
    if (bits & WORD_BITS.spanish) spanish += 1;
    if (bits & MEANS_BIT && masked[i] === 0) findings.meansWords = true;
  }
  findings.words += wordBits.length;
  findings.knownWords += known;
  findings.english += english;
  findings.spanish += spanish;
}

/** Adds what the sentence-level risk reader found (it only raises: a hit is crisis, a negated one clinical). */
export function addRisk(findings: Findings, risk: RiskReading) {
  for (const hit of risk.hits) {
    if (hit.category === 'urgent_distress') {
      if (!hit.negated) findings.distress.add(hit.concepts);
    } else if (hit.negated) findings.negatedCrisis.add(hit.concepts);
    else {
      findings.crisis.add(hit.category);
      findings.crisisPhrases.texts.push(hit.concepts);
    }
  }
  if (risk.means) findings.meansWords = true;
}
