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
import type { ReadText, WordDictionary } from './text-reader.js';
import { spelledOut } from './texting-shorthand.js';
import type { CrisisCategory } from './triage-category.js';
import { foldAccents, isStretched, spanishSound, squeeze, wordForm } from './word-form.js';

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
const CONTRAST = CONCEPT_ID.contrast;
const NO_CONCEPTS: readonly number[] = [];
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
// Concepts that turn everyday words into a statement: a feeling, a plea, a negation, an intention, a when ("I
// won't be here next week", "Friday is when I go", "everything is too much", "I need help"). A sentence holding one does not follow a
// request on everyday words alone.
const SOFT = new Set(
  (['affect', 'help', 'negator', 'intent', 'when', 'night'] as const satisfies readonly RiskConcept[]).map(
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

// The sets above as one table by concept, read once per concept of a word: the word's risk level, whether it
// names means, whether a negation made it.
const LEVEL = new Uint8Array(RISK_CONCEPTS.length);
const IS_MEANS = new Uint8Array(RISK_CONCEPTS.length);
const IS_DERIVED = new Uint8Array(RISK_CONCEPTS.length);
for (let id = 0; id < RISK_CONCEPTS.length; id += 1) {
  LEVEL[id] = HARD.has(id)
    ? WORD_RISK_ANYWHERE
    : GUARDED.has(id)
      ? WORD_RISK
      : SOFT.has(id)
        ? WORD_STATEMENT
        : 0;
  IS_MEANS[id] = MEANS_IDS.includes(id) ? 1 : 0;
  IS_DERIVED[id] = DERIVED.has(id) ? 1 : 0;
}
// How strongly each level blocks: a word keeps the strongest of its concepts' levels.
const LEVEL_RANK = [0, 2, 1, 3];

interface Lexicon {
  readonly exact: Map<string, number[]>;
  readonly squeezed: Map<string, number[]>;
  /** The Spanish words by their sound (see spanishSound), for a word written as it is said. */
  readonly sounds: Map<string, number[]>;
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
  const sounds = new Map<string, number[]>();
  for (const written of Object.values(RISK_LEXICON_ES).flatMap((words) => words.split(/\s+/))) {
    const word = foldAccents(written);
    const ids = exact.get(word);
    if (ids === undefined || SOUNDS_LEFT_OUT.has(word)) continue;
    const sound = spanishSound(word);
    if (!sounds.has(sound)) sounds.set(sound, ids);
  }
  return { exact, squeezed, sounds, stems };
}

// Spanish words whose sound is an English word's ("grabé", I recorded, sounds as "grave").
const SOUNDS_LEFT_OUT = new Set(['grabe']);
// A word written as it is said is read so from this length on (`bida`, `boy` is too short to tell from `voy`).
const SOUND_MIN = 4;

let lexicon: Lexicon | null = null;
const NONE: readonly number[] = [];

// The concepts of the tables' words by their number in a dictionary (see text-reader.ts), each looked up the
// first time a message has the word (most of the dictionary's words are never met): a word the reader numbered
// is then read without hashing its characters. Only the tables' words are kept, never a message's.
const byDictionary = new WeakMap<WordDictionary, (readonly number[] | undefined)[]>();

function numberedConcepts(dictionary: WordDictionary | null): (readonly number[] | undefined)[] | null {
  if (dictionary === null) return null;
  let table = byDictionary.get(dictionary);
  if (table === undefined) {
    table = new Array(dictionary.size);
    byDictionary.set(dictionary, table);
  }
  return table;
}

/** The concepts a word of a message stands for (normalised, then exact, as a stem, as a possessive). */
export function conceptsOf(raw: string): readonly number[] {
  lexicon ??= buildLexicon();
  const form = wordForm(raw);
  const concepts = lookUp(lexicon, form, isStretched(raw));
  // A Spanish texting form is also the word it stands for ("tdo" is `todo`, "kiero" is `quiero`).
  const spelled = spelledOut(form);
  if (spelled === undefined) return concepts;
  const more = lookUp(lexicon, spelled, false);
  return more.length === 0 ? concepts : [...new Set([...concepts, ...more])];
}

/** Whether a word is a word of risk in the concept lexicon (`kms`, `od`, `unalive`), not only of statement. */
export function isWordOfRisk(raw: string): boolean {
  for (const id of conceptsOf(raw))
    if ((LEVEL[id] as number) === WORD_RISK || LEVEL[id] === WORD_RISK_ANYWHERE) return true;
  return false;
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
  if (word.length > 3 && word.endsWith('s')) {
    const possessive = lex.exact.get(word.slice(0, -1));
    if (possessive !== undefined) return possessive;
  }
  // A Spanish word written as it is said (`pastiyas`, `bida`, `desapareser`).
  return word.length >= SOUND_MIN ? (lex.sounds.get(spanishSound(word)) ?? NONE) : NONE;
}

/** Where each concept stands in one scope: word positions, and which of them a negation governs. */
interface ScopeConcepts {
  readonly at: Map<number, number[]>;
  readonly negated: Set<number>;
}

// Concepts fit in a few 32-bit words: a scope's concepts are a bit set, and a rule is tried only where every
// one of its groups has a concept present (most rules are ruled out by a few bit tests).
const MASK_WORDS = Math.ceil(RISK_CONCEPTS.length / 32);
// A word's place and a concept as one number (see ScopeConcepts.negated).
const CONCEPT_COUNT = RISK_CONCEPTS.length;

/** A rule with a bit set per group, and the key and evidence it is reported under. */
interface CompiledRiskRule {
  readonly rule: RiskRule;
  /** Each group's concepts by number. */
  readonly ids: readonly (readonly number[])[];
  readonly groups: readonly Uint32Array[];
  readonly key: string;
  readonly concepts: string;
}

const COMPILED_RULES: readonly CompiledRiskRule[] = RISK_RULES.map((rule) => {
  const concepts = rule.all.map((group) => group.join('|')).join('+');
  return {
    rule,
    ids: rule.all.map((group) => group.map((name) => CONCEPT_ID[name])),
    groups: rule.all.map((group) => {
      const mask = new Uint32Array(MASK_WORDS);
      for (const name of group) setBit(mask, 0, CONCEPT_ID[name]);
      return mask;
    }),
    key: `${rule.category}:${concepts}`,
    concepts,
  };
});

// Each rule under the concepts of its narrowest group: a scope tries only the rules one of its concepts keys.
const RULES_BY_CONCEPT: readonly (readonly number[])[] = (() => {
  const index: number[][] = RISK_CONCEPTS.map(() => []);
  COMPILED_RULES.forEach((compiled, r) => {
    const narrowest = compiled.rule.all.reduce((a, b) => (b.length < a.length ? b : a));
    for (const name of narrowest) (index[CONCEPT_ID[name]] as number[]).push(r);
  });
  return index;
})();

function setBit(masks: Uint32Array, at: number, id: number) {
  const k = at + (id >>> 5);
  masks[k] = (masks[k] as number) | (1 << (id & 31));
}

/** Whether every group of the rule has a concept in the scope's bit set at `at`. */
function mayMatch(compiled: CompiledRiskRule, masks: Uint32Array, at: number): boolean {
  for (const group of compiled.groups) {
    let any = 0;
    for (let w = 0; w < MASK_WORDS; w += 1) any |= (group[w] as number) & (masks[at + w] as number);
    if (any === 0) return false;
  }
  return true;
}

/**
 * Reads a message's sentences for combinations of risk concepts.
 *
 * @param read - the message as the text reader read it
 * @param masked - 1 where an ordinary sense explains the word ("my boss is killing me"): it stands for nothing
 * @returns the combinations found (each once per message), whether unnegated means are named, and how much
 * of risk each word and sentence says
 */
export function readRisk(read: ReadText, masked?: Uint8Array): RiskReading {
  const { words, clauses, sentenceStarts, known } = read;
  const numbered = numberedConcepts(read.dictionary);
  const count = sentenceStarts.length;
  // One bit set per sentence, then one for the whole message.
  const masks = new Uint32Array((count + 1) * MASK_WORDS);
  const messageAt = count * MASK_WORDS;
  const governedWord = new Uint8Array(words.length);
  const wordIds: (readonly number[])[] = new Array(words.length);
  const wordRisk = new Uint8Array(words.length);
  const unnamedPlan: boolean[] = [];
  let means = false;
  let others: Map<string, readonly number[]> | null = null;
  for (let k = 0; k < count; k += 1) {
    const from = sentenceStarts[k] as number;
    const to = k + 1 < count ? (sentenceStarts[k + 1] as number) : words.length;
    const at = k * MASK_WORDS;
    let lastNegator = -1;
    for (let i = from; i < to; i += 1) {
      const number = known[i] as number;
      let ids: readonly number[] | undefined;
      if (number >= 0 && numbered !== null) {
        ids = numbered[number] ?? conceptsOf((read.dictionary as WordDictionary).word(number));
        numbered[number] = ids;
      }
      if (ids === undefined) {
        // Other words are looked up once per message (forgotten after it: no message text is kept).
        const word = words[i] as string;
        others ??= new Map();
        ids = others.get(word);
        if (ids === undefined) {
          ids = conceptsOf(word);
          others.set(word, ids);
        }
      }
      if (masked !== undefined && masked[i] === 1) ids = NO_CONCEPTS;
      wordIds[i] = ids;
      if (ids.length === 0) continue;
      const governed =
        lastNegator >= 0 && clauses[lastNegator] === clauses[i] && i - lastNegator <= NEGATION_REACH;
      if (governed) governedWord[i] = 1;
      for (const id of ids) {
        // A negation does not reach past a "but" ("I'm not suicidal but I took all my pills").
        if (id === CONTRAST) {
          lastNegator = -1;
          continue;
        }
        if (id === NEGATOR) {
          if (wordRisk[i] === 0) wordRisk[i] = WORD_STATEMENT;
          setBit(masks, at, NEGATOR);
          setBit(masks, messageAt, NEGATOR);
          lastNegator = i;
          continue;
        }
        // A negated living or wanting carries the risk; unnegated, it says nothing.
        const concept = negationConcept(id, governed);
        if (concept < 0) continue;
        const level = LEVEL[concept] as number;
        if ((LEVEL_RANK[level] as number) > (LEVEL_RANK[wordRisk[i] as number] as number))
          wordRisk[i] = level;
        setBit(masks, at, concept);
        setBit(masks, messageAt, concept);
        if (!governed && IS_MEANS[concept] === 1) means = true;
      }
    }
    // An act left unnamed with a time is a plan in everyday words ("it's happening this weekend").
    unnamedPlan.push(
      (hasBit(masks, at, CONCEPT_ID.it) || hasBit(masks, at, CONCEPT_ID.do)) &&
        hasBit(masks, at, CONCEPT_ID.time),
    );
  }
  const hits = new Map<string, RiskHit>();
  const scopes: (ScopeConcepts | undefined)[] = [];
  const scopeOf = (k: number): ScopeConcepts => {
    let scope = scopes[k];
    if (scope === undefined) {
      const whole = k === count;
      const from = whole ? 0 : (sentenceStarts[k] as number);
      const to = whole || k + 1 >= count ? words.length : (sentenceStarts[k + 1] as number);
      scope = positions(wordIds, governedWord, from, to, whole);
      scopes[k] = scope;
    }
    return scope;
  };
  // The rules a scope's concepts key, each tried once per scope.
  const tried = new Int32Array(COMPILED_RULES.length).fill(-1);
  for (let k = 0; k <= count; k += 1) {
    const at = k * MASK_WORDS;
    for (let w = 0; w < MASK_WORDS; w += 1) {
      let bits = masks[at + w] as number;
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits &= ~(1 << bit);
        for (const r of RULES_BY_CONCEPT[w * 32 + bit] ?? []) {
          if (tried[r] === k) continue;
          tried[r] = k;
          const compiled = COMPILED_RULES[r] as CompiledRiskRule;
          if ((compiled.rule.scope === 'message') !== (k === count)) continue;
          if (!mayMatch(compiled, masks, at)) continue;
          const found = match(compiled, scopeOf(k));
          if (found === null) continue;
          const previous = hits.get(compiled.key);
          if (previous === undefined || (previous.negated && !found.negated))
            hits.set(compiled.key, {
              category: compiled.rule.category,
              concepts: compiled.concepts,
              negated: found.negated,
            });
        }
      }
    }
  }
  return { hits: [...hits.values()], means, wordRisk, unnamedPlan };
}

function hasBit(masks: Uint32Array, at: number, id: number): boolean {
  return ((masks[at + (id >>> 5)] as number) & (1 << (id & 31))) !== 0;
}

/** The positions of each concept in `words[from..to)`, read as the first pass read them. */
function positions(
  wordIds: readonly (readonly number[])[],
  governedWord: Uint8Array,
  from: number,
  to: number,
  whole: boolean,
): ScopeConcepts {
  const scope: ScopeConcepts = { at: new Map(), negated: new Set() };
  for (let i = from; i < to; i += 1) {
    const ids = wordIds[i] ?? NONE;
    const governed = governedWord[i] === 1;
    for (const id of ids) {
      const concept = id === NEGATOR ? NEGATOR : negationConcept(id, governed);
      if (concept < 0) continue;
      place(scope, concept, i, governed && concept !== NEGATOR && (whole || IS_DERIVED[concept] === 0));
    }
  }
  return scope;
}

function place(scope: ScopeConcepts, concept: number, at: number, negated: boolean) {
  const list = scope.at.get(concept);
  if (list === undefined) scope.at.set(concept, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
  if (negated) scope.negated.add(at * CONCEPT_COUNT + concept);
}

/** Whether the rule's groups are all in the scope (in order when it asks), and whether negation governs it. */
function match(compiled: CompiledRiskRule, scope: ScopeConcepts): { negated: boolean } | null {
  const rule = compiled.rule;
  let after = -1;
  let derived = false;
  let anchorNegated = false;
  const anchor = rule.anchor ?? 0;
  for (let g = 0; g < compiled.ids.length; g += 1) {
    let best = -1;
    let bestConcept = -1;
    for (const id of compiled.ids[g] as readonly number[]) {
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
    if (IS_DERIVED[bestConcept] === 1) derived = true;
    if (g === anchor) anchorNegated = scope.negated.has(best * CONCEPT_COUNT + bestConcept);
    after = best;
  }
  return { negated: rule.negatable === true && anchorNegated && !derived };
}

/** The concepts the reader knows, for tests and docs. */
export const RISK_CONCEPT_NAMES: readonly RiskConcept[] = RISK_CONCEPTS;
