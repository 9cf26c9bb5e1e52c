// The sentence-level risk reader: reads each word of a message as the concepts it can stand for (risk-lexicon-
// en.ts, risk-lexicon-es.ts), then each sentence as the combinations of concepts it holds (risk-rules.ts). It
// reads concepts, not phrases: "took a bunch of benadryl", "swallowed the whole bottle of tylenol" and "me tomé
// todas las pastillas" are one rule (an ingestion, a quantity, a drug), in any order, verb or tense.
// Negation never lowers a risk: a negated statement is a negated mention (a clinician reads it), and where a
// negation carries the risk ("don't want to wake up", "didn't want it") the reader reads the negated concept.
import { CONCEPT_ID, RISK_CONCEPTS, type RiskConcept } from './risk-concept.js';
import { RISK_LEXICON_EN } from './risk-lexicon-en.js';
import { RISK_LEXICON_ES } from './risk-lexicon-es.js';
import { RISK_RULES, type RiskRule } from './risk-rules.js';
import type { ReadText } from './text-reader.js';
import type { CrisisCategory } from './triage-category.js';
import { foldAccents, squeeze, wordForm } from './word-form.js';

/** {@link RiskReading.wordRisk}: a word of risk in any sentence, a request's or not (a dose taken, a seizure). */
export const WORD_RISK_ANYWHERE = 3;
/** {@link RiskReading.wordRisk}: a word of risk. */
export const WORD_RISK = 1;
/** {@link RiskReading.wordRisk}: a word that can make everyday words a statement. */
export const WORD_STATEMENT = 2;

/** A combination of concepts found in a message. */
export interface RiskHit {
  readonly category: CrisisCategory;
  /** The rule's concepts, as `concept+concept` (the lexicon's names, never the message's words). */
  readonly concepts: string;
  /** Whether a negation governs the statement ("I won't hurt myself"). */
  readonly negated: boolean;
}

/** What the risk reader found. */
export interface RiskReading {
  /** The combinations found, each once. */
  readonly hits: readonly RiskHit[];
  /** Whether means (a weapon, a height) are named unnegated. */
  readonly means: boolean;
  /**
   * Per word: {@link WORD_RISK_ANYWHERE} for a word of risk with no administrative sense, {@link WORD_RISK} for a
   * word of risk (never everyday words, unless an ordinary sense explains it), {@link WORD_STATEMENT} for a word
   * of feeling, negation, intention or time that can make everyday words a statement, else 0.
   */
  readonly wordRisk: Uint8Array;
  /** Per sentence: whether it leaves an act unnamed beside a time ("it's happening this weekend"). */
  readonly unnamedPlan: readonly boolean[];
}

// How far back in its clause a negator governs a word ("I'm not going to hurt myself": four words).
const NEGATION_REACH = 5;

const NEGATOR = CONCEPT_ID.negator;
const LIVING = CONCEPT_ID.living;
const NOT_LIVING = CONCEPT_ID.not_living;
const UNWANTED = CONCEPT_ID.unwanted;
const QUANTITY: readonly number[] = [CONCEPT_ID.quantity];
const ALIVE = CONCEPT_ID.alive;
const VITAL = CONCEPT_ID.vital;
const COLLAPSE = CONCEPT_ID.collapse;
const PERMIT = CONCEPT_ID.permit;
const SEIZE = CONCEPT_ID.seize;
const PERSIST = CONCEPT_ID.persist;
const PERSISTED = CONCEPT_ID.kept;
const UNCONSENTED = CONCEPT_ID.unconsented;

// Concepts read only under a negation, and what they say then: a negated living is not living, a negated
// want is unwanted, a negated breathing a collapse; -1 when the word says nothing.
function negationConcept(id: number, governed: boolean): number {
  if (id === LIVING) return governed ? NOT_LIVING : -1;
  if (id === UNWANTED || id === ALIVE) return governed ? id : -1;
  if (id === VITAL) return governed ? COLLAPSE : -1;
  if (id === PERMIT) return governed ? SEIZE : -1;
  if (id === PERSIST) return governed ? PERSISTED : -1;
  if (id === UNCONSENTED) return governed ? id : -1;
  return id;
}
// Concepts a negation makes: the negation is their meaning, so it does not make a statement a negated one.
const DERIVED = new Set([NOT_LIVING, UNWANTED, ALIVE, COLLAPSE, SEIZE, PERSISTED, UNCONSENTED]);
// Concepts that say something of risk on their own: a sentence holding one is never waved through as everyday
// words, whatever the rules make of it.
const GUARDED = new Set(
  (
    'death dead ending not_living alive harm_act burden drug weapon height exhaust farewell settle voices' +
    ' abuse attack attack_weak force unwanted unconsented touch seize intimate injury cut wound collapse' +
    ' danger_sign breath confusion substance vanish forever gone tired future decision self self_harm_word' +
    ' court_protect grooming kept starve on_purpose neck rash numb nobody thought left_alone give_away' +
    ' relapse withdrawal chest research better sleep wall dose'
  )
    .split(' ')
    .map((name) => CONCEPT_ID[name as RiskConcept]),
);
// Concepts that turn everyday words into a statement: a feeling, a negation, an intention, a when ("I won't be
// here next week", "Friday is when I go", "everything is too much"). A sentence holding one does not follow a
// request on everyday words alone.
const SOFT = new Set(
  (['affect', 'affect', 'negator', 'intent', 'when', 'night'] as const satisfies readonly RiskConcept[]).map(
    (name) => CONCEPT_ID[name],
  ),
);
// Words of risk that have no administrative sense: they block a request's sentence too.
const HARD = new Set(
  (
    'death harm_act weapon abuse attack cut wound collapse self_harm_word dose voices exhaust court_protect' +
    ' grooming starve on_purpose vanish burden relapse withdrawal injury neck'
  )
    .split(' ')
    .map((name) => CONCEPT_ID[name as RiskConcept]),
);
const MEANS_IDS = [CONCEPT_ID.weapon, CONCEPT_ID.height, CONCEPT_ID.exhaust];

interface Lexicon {
  readonly exact: Map<string, number[]>;
  readonly squeezed: Map<string, number[]>;
  readonly stems: readonly (readonly [string, number])[];
}

function buildLexicon(): Lexicon {
  const exact = new Map<string, number[]>();
  const stems: [string, number][] = [];
  for (const table of [RISK_LEXICON_EN, RISK_LEXICON_ES]) {
    for (const [concept, words] of Object.entries(table) as [RiskConcept, string][]) {
      const id = CONCEPT_ID[concept];
      for (const written of words.split(/\s+/)) {
        const word = foldAccents(written);
        if (word.length === 0) continue;
        if (word.endsWith('*')) stems.push([word.slice(0, -1), id]);
        else {
          const ids = exact.get(word) ?? [];
          if (!ids.includes(id)) ids.push(id);
          exact.set(word, ids);
        }
      }
    }
  }
  const squeezed = new Map<string, number[]>();
  for (const [word, ids] of exact) if (!squeezed.has(squeeze(word))) squeezed.set(squeeze(word), ids);
  return { exact, squeezed, stems };
}

let lexicon: Lexicon | null = null;
const NONE: readonly number[] = [];
// The concepts of each distinct word seen, bounded: a cache of a pure lookup.
const seen = new Map<string, readonly number[]>();
const SEEN_LIMIT = 50_000;

/** The concepts a word of a message stands for (normalised, then exact, as a stem, as a possessive). */
export function conceptsOf(raw: string): readonly number[] {
  const cached = seen.get(raw);
  if (cached !== undefined) return cached;
  lexicon ??= buildLexicon();
  const found = lookUp(lexicon, wordForm(raw), /(.)\1\1/.test(raw));
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.set(raw, found);
  return found;
}

function lookUp(lex: Lexicon, word: string, stretched: boolean): readonly number[] {
  // A stretched word (`huuusband`, `piiills`) is read with its doubled letters as one; no other word is, since
  // squeezing makes other words (`good` is not `god`).
  const exact = lex.exact.get(word) ?? (stretched ? lex.squeezed.get(squeeze(word)) : undefined);
  if (exact !== undefined) return exact;
  // A number of five or more is a quantity ("took like 15", "me tomé como 20").
  if (/^[0-9]+$/.test(word)) return Number(word) >= 5 && Number(word) < 1000 ? QUANTITY : NONE;
  const ids: number[] = [];
  for (const [stem, id] of lex.stems) if (word.startsWith(stem) && !ids.includes(id)) ids.push(id);
  if (ids.length > 0) return ids;
  // A possessive read without its apostrophe ("my son's" → `sons`).
  if (word.length > 3 && word.endsWith('s')) return lex.exact.get(word.slice(0, -1)) ?? NONE;
  return NONE;
}

/** Where each concept stands in one sentence: word positions, and which of them a negation governs. */
interface SentenceConcepts {
  readonly at: Map<number, number[]>;
  readonly negated: Set<number>;
}

/**
 * Reads a message's sentences for combinations of risk concepts.
 *
 * @param read - the message as the text reader read it
 * @returns the combinations found (each once per message) and whether unnegated means are named
 */
export function readRisk(read: ReadText): RiskReading {
  const { words, clauses, sentenceStarts } = read;
  const sentences: SentenceConcepts[] = [];
  const message: SentenceConcepts = { at: new Map(), negated: new Set() };
  let means = false;
  const wordRisk = new Uint8Array(words.length);
  const unnamedPlan: boolean[] = [];
  for (let k = 0; k < sentenceStarts.length; k += 1) {
    const from = sentenceStarts[k] as number;
    const to = k + 1 < sentenceStarts.length ? (sentenceStarts[k + 1] as number) : words.length;
    const sentence: SentenceConcepts = { at: new Map(), negated: new Set() };
    let lastNegator = -1;
    for (let i = from; i < to; i += 1) {
      const ids = conceptsOf(words[i] as string);
      if (ids.length === 0) continue;
      const governed =
        lastNegator >= 0 && clauses[lastNegator] === clauses[i] && i - lastNegator <= NEGATION_REACH;
      for (const id of ids) {
        if (id === NEGATOR) continue;
        // A negated living or wanting carries the risk; unnegated, it says nothing.
        const concept = negationConcept(id, governed);
        if (concept < 0) continue;
        if (HARD.has(concept)) wordRisk[i] = WORD_RISK_ANYWHERE;
        else if (GUARDED.has(concept) && wordRisk[i] !== WORD_RISK_ANYWHERE) wordRisk[i] = WORD_RISK;
        else if (SOFT.has(concept) && wordRisk[i] === 0) wordRisk[i] = WORD_STATEMENT;
        place(sentence, concept, i, governed && !DERIVED.has(concept));
        place(message, concept, i, governed);
        if (!governed && MEANS_IDS.includes(concept)) means = true;
      }
      if (ids.includes(NEGATOR)) {
        if (wordRisk[i] === 0) wordRisk[i] = WORD_STATEMENT;
        place(sentence, NEGATOR, i, false);
        lastNegator = i;
      }
    }
    sentences.push(sentence);
    // An act left unnamed with a time is a plan in everyday words ("it's happening this weekend").
    const unnamed = sentence.at.has(CONCEPT_ID.it) || sentence.at.has(CONCEPT_ID.do);
    unnamedPlan.push(unnamed && sentence.at.has(CONCEPT_ID.time));
  }
  const hits = new Map<string, RiskHit>();
  for (const rule of RISK_RULES) {
    const scopes = rule.scope === 'message' ? [message] : sentences;
    for (const scope of scopes) {
      const found = match(rule, scope);
      if (found === null) continue;
      const concepts = rule.all.map((group) => group.join('|')).join('+');
      const key = `${rule.category}:${concepts}`;
      const previous = hits.get(key);
      if (previous === undefined || (previous.negated && !found.negated))
        hits.set(key, { category: rule.category, concepts, negated: found.negated });
    }
  }
  return { hits: [...hits.values()], means, wordRisk, unnamedPlan };
}

function place(sentence: SentenceConcepts, concept: number, at: number, negated: boolean) {
  const list = sentence.at.get(concept);
  if (list === undefined) sentence.at.set(concept, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
  if (negated) sentence.negated.add(at * 128 + concept);
}

/** Whether the rule's groups are all in the scope (in order when it asks), and whether negation governs it. */
function match(rule: RiskRule, scope: SentenceConcepts): { negated: boolean } | null {
  let after = -1;
  let derived = false;
  let anchorNegated = false;
  const anchor = rule.anchor ?? 0;
  for (let g = 0; g < rule.all.length; g += 1) {
    let best = -1;
    let bestConcept = -1;
    for (const concept of rule.all[g] as readonly RiskConcept[]) {
      const id = CONCEPT_ID[concept];
      for (const at of scope.at.get(id) ?? []) {
        if (rule.ordered === true && at <= after) continue;
        if (best < 0 || at < best) {
          best = at;
          bestConcept = id;
        }
        break;
      }
    }
    if (best < 0) return null;
    if (DERIVED.has(bestConcept)) derived = true;
    if (g === anchor) anchorNegated = scope.negated.has(best * 128 + bestConcept);
    after = best;
  }
  return { negated: rule.negatable === true && anchorNegated && !derived };
}

/** The concepts the reader knows, for tests and docs. */
export const RISK_CONCEPT_NAMES: readonly RiskConcept[] = RISK_CONCEPTS;
