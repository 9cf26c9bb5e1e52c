import * as z from 'zod';
import { isNonEmpty, type NonEmptyArray, type Reason, reason, validate } from '../../core/index.js';
import type { PracticeRole } from '../access/practice-role.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import { type TriageRulesInternals, triageRulesInternals } from './compiled-rules.js';
import { type MatchedText, type RuleHit, WORD_BITS } from './phrase-engine.js';
import { type RiskReading, readRisk, WORD_RISK_ANYWHERE, WORD_STATEMENT } from './risk-reader.js';
import type { ReadText } from './text-reader.js';
import {
  type AdministrativeCategory,
  ClinicalCategory,
  CrisisCategory,
  isAdministrativeCategory,
  isClinicalCategory,
  isCrisisCategory,
} from './triage-category.js';
import { type CompiledTriageRules, compileTriageRules, type TriageClass } from './triage-rules.js';

/**
 * Characters of a message triage reads. A longer message is read up to here, and never left to staff: it
 * goes to a clinician (or on call, if what was read is a crisis).
 *
 * @example
 * ```ts
 * TRIAGE_MAX_CHARS; //=> 1048576
 * ```
 * @remarks 1 MiB (UTF-16 code units): far above any client message; read in well under 100 ms. A design
 * choice, not a rule.
 */
export const TRIAGE_MAX_CHARS = 1_048_576;

/**
 * Work-queue priority by class: 0 first. Crisis and clinical messages come before administrative ones.
 *
 * @example
 * ```ts
 * TRIAGE_CLASS_PRIORITY.crisis;  //=> 0
 * TRIAGE_CLASS_PRIORITY.billing; //=> 2
 * ```
 * @remarks Crisis stops the administrative flow. [sources: samhsa-988]
 */
export const TRIAGE_CLASS_PRIORITY: Readonly<Record<TriageClass, 0 | 1 | 2>> = Object.freeze({
  crisis: 0,
  clinical: 1,
  scheduling: 2,
  billing: 2,
  paperwork: 2,
  general: 2,
});

/**
 * The id of the reply template paired with every crisis message (988 and 911).
 *
 * @example
 * ```ts
 * triageMessage('I want to die').replyTemplateId; //=> 'crisis_resources'
 * ```
 * @remarks [sources: samhsa-988]
 */
export const CRISIS_RESOURCES_TEMPLATE_ID = 'crisis_resources';

/** An administrative class: one staff may handle. */
export type AdministrativeTriageClass = Exclude<TriageClass, 'crisis' | 'clinical'>;

/** The languages triage reads: English and Spanish; `unknown` when a message is mostly in neither. */
export type TriageLanguage = 'en' | 'es' | 'unknown';

/**
 * A risk assessment computed by the host (a moderation service, a model, a clinician's flag), with its
 * source. It can only raise the outcome: `none` never lowers what the text says.
 *
 * @example
 * ```ts
 * TriageSignal.parse({ source: 'moderation service', level: 'crisis', category: 'self_harm' }).level; //=> 'crisis'
 * ```
 */
export const TriageSignal = z
  .object({
    source: z.string().min(1).max(100),
    level: z.enum(['crisis', 'clinical', 'none']),
    category: z.union([CrisisCategory, ClinicalCategory]).optional(),
  })
  .strict();
export type TriageSignal = z.infer<typeof TriageSignal>;

/** Options for {@link triageMessage}. */
export interface TriageMessageOptions {
  /** Compiled rules (see {@link compileTriageRules}); the built-in tables when left out. */
  readonly rules?: CompiledTriageRules;
  /** The host's own risk assessments: each can raise the outcome, never lower it. */
  readonly signals?: readonly TriageSignal[];
}

const Options = z
  .object({
    rules: z.custom<CompiledTriageRules>((value) => triageRulesInternals(value) !== null).optional(),
    signals: z.array(TriageSignal).max(100).optional(),
  })
  .strict();

/** What accounts for one sentence of an administrative message. */
export interface SentenceEvidence {
  /** The sentence's place in the message, from 0. */
  readonly sentence: number;
  /** An administrative request, courtesy (greetings, thanks), or everyday words only. */
  readonly accountedBy: AdministrativeCategory | 'courtesy' | 'everyday_words';
  /** The table phrases that matched in it (the tables' text, never the message's). */
  readonly phrases: readonly string[];
}

interface TriageDecisionBase {
  /** Who reads it: the on-call clinician for a crisis, a clinician for clinical matters, else staff. */
  readonly routeTo: PracticeRole;
  /** Whether it goes to the clinician on call now, rather than a clinician the same day. */
  readonly onCall: boolean;
  readonly handling: 'escalate_now' | 'queue';
  readonly priority: 0 | 1 | 2;
  /** The language read. */
  readonly language: TriageLanguage;
  /** Crisis categories found in the text or named by a host signal (empty unless crisis). */
  readonly crisisCategories: readonly CrisisCategory[];
  /** Clinical categories found (a negated crisis mention is `negated_risk`). */
  readonly clinicalCategories: readonly ClinicalCategory[];
  readonly replyTemplateId: typeof CRISIS_RESOURCES_TEMPLATE_ID | null;
  /** Characters read. */
  readonly charactersRead: number;
  /** Whether every character was read. */
  readonly complete: boolean;
}

/** A crisis: the on-call clinician now, with the crisis resources reply. */
export interface CrisisTriageDecision extends TriageDecisionBase {
  readonly outcome: 'crisis';
  readonly onCall: true;
  readonly handling: 'escalate_now';
  readonly reasons: NonEmptyArray<Reason<BoundariesReasonCode>>;
}

/** A clinical matter, or a message triage could not account for: a clinician the same day. */
export interface ClinicalTriageDecision extends TriageDecisionBase {
  readonly outcome: 'clinical';
  readonly onCall: false;
  readonly handling: 'queue';
  readonly reasons: NonEmptyArray<Reason<BoundariesReasonCode>>;
}

/** An administrative message: staff may answer, because every sentence is accounted for. */
export interface AdministrativeTriageDecision extends TriageDecisionBase {
  readonly outcome: AdministrativeTriageClass;
  readonly onCall: false;
  readonly handling: 'queue';
  /** What accounts for each sentence, in order: one entry per sentence. */
  readonly accountedFor: NonEmptyArray<SentenceEvidence>;
  readonly reasons: readonly Reason<BoundariesReasonCode>[];
}

/**
 * The triage of one message: its class (as `outcome`), who reads it and how. Crisis and clinical decisions
 * always carry reasons; an administrative one carries the evidence for every sentence.
 */
export type TriageDecision = CrisisTriageDecision | ClinicalTriageDecision | AdministrativeTriageDecision;

const MAX_FACT_PHRASES = 10;
// The longest sentence of everyday words that may follow a request elsewhere in the message.
const FOLLOW_ON_WORDS = 10;
// The longest such sentence that may say nothing of logistics ("Which is it?", "Please advise.").
const FOLLOW_ON_BARE_WORDS = 4;
// The word flags triage's rules compile (see triage-rules.ts: means, then name cues).
const MEANS_BIT = WORD_BITS.firstFlag;
const NAME_CUE_BIT = WORD_BITS.firstFlag * 2;
// Context: a word that says what is going on around a request (a shift, a storm, a sick kid), or a number
// ("He's 16").
const CONTEXT_BIT = WORD_BITS.firstFlag * (4 | 8);
// Words a request's sentence may hold beside it: context, numbers, times, and logistics (time, place,
// money, forms, devices; see everyday-words.ts).
const COVERING_BITS = WORD_BITS.firstFlag * (4 | 8 | 16 | 32);
// Ties between administrative categories go to the more specific request: money, then time, then forms.
const ADMIN_ORDER: readonly AdministrativeCategory[] = ['billing', 'scheduling', 'paperwork', 'general'];

/** A sentence accounted for: the administrative rules found in it, and whether courtesy was. */
interface SentenceAccount {
  readonly sentence: number;
  readonly adminHits: readonly RuleHit[];
  readonly courtesy: boolean;
}

/** What the reading of a message found. */
interface Findings {
  readonly crisis: Map<CrisisCategory, Set<string>>;
  readonly negatedCrisis: Set<string>;
  readonly clinical: Map<ClinicalCategory, Set<string>>;
  readonly accounted: SentenceAccount[];
  readonly unaccounted: number[];
  readonly admin: Map<AdministrativeCategory, number>;
  meansWords: boolean;
  words: number;
  knownWords: number;
  english: number;
  spanish: number;
}

/**
 * Triages an inbound client message: who must read it first. Routing, not assessment: it never judges
 * risk. Safe by construction:
 *
 * - any risk language anywhere (13 crisis categories, English and Spanish) makes it a crisis for the
 *   on-call clinician, whatever else it asks, with the crisis resources reply (988, 911);
 * - a negation never lowers a risk below a clinician ("I'm not suicidal" → clinical), and a negated risk next
 *   to means (a gun, a blade, a rope) stays a crisis;
 * - it goes to staff only when every sentence is accounted for by administrative language, courtesy or
 *   everyday words, and nothing carries risk, distress or clinical content; anything else (a sentence nothing
 *   accounts for, a language it does not read, a message too long to read whole) goes to a clinician;
 * - a host's `signals` can raise the outcome, never lower it.
 *
 * Never throws for the text (a value that is not a string goes to a clinician); time is linear in the
 * characters read (at most {@link TRIAGE_MAX_CHARS}).
 *
 * @param text - the message as the client wrote it
 * @param options - compiled practice rules and host signals
 * @returns a decision whose `outcome` is the class
 * @throws {@link ValidationError} when the options are not compiled rules and valid signals
 * @example
 * ```ts
 * triageMessage('Can we move Thursday to Friday? Also I keep thinking about killing myself.');
 * //=> { outcome: 'crisis', routeTo: 'clinician', onCall: true, handling: 'escalate_now',
 * //     crisisCategories: ['active_ideation'], replyTemplateId: 'crisis_resources', language: 'en', … }
 * triageMessage("I'm not suicidal, but my new meds make me dizzy").outcome; //=> 'clinical'
 * triageMessage('Can I reschedule to 3pm?');
 * //=> { outcome: 'scheduling', routeTo: 'assistant', onCall: false,
 * //     accountedFor: [{ sentence: 0, accountedBy: 'scheduling', phrases: [...] }], … }
 * triageMessage('¿Puedo cambiar mi cita del martes?').language; //=> 'es'
 * ```
 * @remarks Crisis language stops the administrative flow and goes to the on-call clinician with 988 and 911;
 * staff may not triage clinical matters without a clinician. [sources: samhsa-988, c-ssrs-screener,
 * tx-22-tac-465]
 */
export function triageMessage(text: unknown, options: TriageMessageOptions = {}): TriageDecision {
  // Options are checked in full only when they hold more than compiled rules (the hot path is rules only).
  const plain =
    typeof options === 'object' &&
    options !== null &&
    Object.keys(options).every((key) => key === 'rules') &&
    (options.rules === undefined || triageRulesInternals(options.rules) !== null);
  const opts = plain ? options : validate(Options, options, 'triage options');
  const internals = triageRulesInternals(opts.rules ?? compileTriageRules()) as TriageRulesInternals;
  const signals = opts.signals ?? [];
  if (typeof text !== 'string') {
    const notText = reason(
      'boundaries.triage.not_text',
      'warning',
      'The message is not text; a clinician reads it.',
    );
    return decide(internals, emptyFindings(), signals, [notText], 'unknown', 0, true);
  }
  const read = internals.engine.read(text, TRIAGE_MAX_CHARS);
  return decideTriage(text.length, read, internals.engine.matchText(read), internals, signals);
}

/**
 * The decision for a message already read and matched: what {@link triageMessage} returns. Apart so that a
 * reference matcher (the tests' oracle and the bench's baseline) can be held to the same decisions.
 */
export function decideTriage(
  length: number,
  read: ReadText,
  matched: MatchedText,
  internals: TriageRulesInternals,
  signals: readonly TriageSignal[],
): TriageDecision {
  const findings = emptyFindings();
  // A message the tables already read as a crisis is a crisis whatever the risk reader adds: it is not read
  // twice (its sentences' accounting no longer decides anything).
  const risk = hasTableCrisis(matched.hits) ? unreadRisk(read) : readRisk(read);
  collect(findings, read, matched, risk);
  addRisk(findings, risk);
  const language = languageOf(findings);
  const escalations: Reason<BoundariesReasonCode>[] = [];
  if (!read.complete) {
    escalations.push(
      reason(
        'boundaries.triage.unread_remainder',
        'warning',
        'The message is longer than triage reads; a clinician reads it.',
        { length, charactersRead: read.charactersRead },
      ),
    );
  }
  if (language === 'unknown' && findings.words > 0) {
    escalations.push(
      reason(
        'boundaries.triage.unknown_language',
        'warning',
        'Most of the message is in a language triage does not read (it reads English and Spanish); a clinician reads it.',
        { words: findings.words, knownWords: findings.knownWords },
      ),
    );
  }
  return decide(internals, findings, signals, escalations, language, read.charactersRead, read.complete);
}

function emptyFindings(): Findings {
  return {
    crisis: new Map(),
    negatedCrisis: new Set(),
    clinical: new Map(),
    accounted: [],
    unaccounted: [],
    admin: new Map(),
    meansWords: false,
    words: 0,
    knownWords: 0,
    english: 0,
    spanish: 0,
  };
}

function addTo<K>(map: Map<K, Set<string>>, key: K, phrase: string) {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([phrase]));
  else set.add(phrase);
}

/** Adds a message's matches to the findings, and accounts for each sentence (or does not). */
function collect(findings: Findings, read: ReadText, matched: MatchedText, risk: RiskReading) {
  const { wordBits, masked, explained, hits } = matched;
  const sentences = read.sentenceStarts.length;
  const adminHits: RuleHit[][] = [];
  const courtesy: boolean[] = [];
  const unclear: boolean[] = [];
  // A risk word on its own ({die}, {kill}) counts only where no fuller crisis rule read that word.
  const readByRule = new Set<number>();
  for (const hit of hits) {
    if (isCrisisCategory(hit.label) && !isRiskWordRule(hit.pattern))
      for (const part of hit.words) for (const i of part) readByRule.add(i);
  }
  for (const hit of hits) {
    const label = hit.label;
    if (isCrisisCategory(label)) {
      if (isRiskWordRule(hit.pattern) && hit.words.every((part) => part.every((i) => readByRule.has(i))))
        continue;
      if (hit.negated) findings.negatedCrisis.add(hit.pattern);
      else addTo(findings.crisis, label, hit.pattern);
    } else if (isClinicalCategory(label)) {
      addTo(findings.clinical, label, hit.pattern);
    } else if (label === 'clinical_sense') {
      addTo(findings.clinical, 'symptoms', hit.pattern);
    } else if (isAdministrativeCategory(label)) {
      const list = adminHits[hit.sentence];
      if (list === undefined) adminHits[hit.sentence] = [hit];
      else list.push(hit);
      findings.admin.set(label, (findings.admin.get(label) ?? 0) + hit.count);
    } else if (label === 'courtesy' || label === 'enquiry' || label === 'ordinary_sense')
      courtesy[hit.sentence] = true;
    else if (
      label === 'unclear_reference' &&
      hit.words.some((part) => part.some((i) => explained[i] !== 1))
    ) {
      unclear[hit.sentence] = true;
    }
  }
  let known = 0;
  let english = 0;
  let spanish = 0;
  const sentenceFacts: {
    k: number;
    admin: RuleHit[];
    unexplained: number;
    sensitive: number;
    uncovered: number;
    covered: number;
    context: boolean;
    words: number;
    hardRiskWords: number;
    riskWords: number;
    statementWords: number;
  }[] = [];
  for (let k = 0; k < sentences; k += 1) {
    const from = read.sentenceStarts[k] as number;
    const to = k + 1 < sentences ? (read.sentenceStarts[k + 1] as number) : wordBits.length;
    let unexplained = 0;
    let sensitive = 0;
    let hardRiskWords = 0;
    let riskWords = 0;
    let statementWords = 0;
    let nameSlot = 0;
    let context = false;
    // Content words (not function words): those a request or a context explains, and the everyday others.
    let covered = 0;
    let uncovered = 0;
    for (let i = from; i < to; i += 1) {
      const bits = wordBits[i] as number;
      if (bits & CONTEXT_BIT) context = true;
      if (bits & WORD_BITS.known) known += 1;
      if (bits & WORD_BITS.english) english += 1;
      if (bits & WORD_BITS.spanish) spanish += 1;
      if (bits & MEANS_BIT && masked[i] === 0) findings.meansWords = true;
      const content = (bits & (WORD_BITS.english | WORD_BITS.spanish)) === 0;
      // A word of risk or distress blocks the sentence wherever it stands, even inside an administrative
      // phrase or among logistics words; only an ordinary or clinical sense (a mask) explains it.
      if (bits & WORD_BITS.sensitive && masked[i] === 0) {
        sensitive += 1;
        continue;
      }
      // The risk reader's words likewise, unless an ordinary sense explains them ("my phone died").
      const level = masked[i] === 0 ? (risk.wordRisk[i] as number) : 0;
      if (level === WORD_RISK_ANYWHERE) hardRiskWords += 1;
      else if (level === WORD_STATEMENT) statementWords += 1;
      else if (level !== 0) riskWords += 1;
      if (explained[i] === 1 || bits & COVERING_BITS) {
        if (content) covered += 1;
        nameSlot = bits & NAME_CUE_BIT ? 2 : 0;
        continue;
      }
      if (bits & WORD_BITS.neutral) {
        if (content) uncovered += 1;
        nameSlot = bits & NAME_CUE_BIT ? 2 : 0;
        continue;
      }
      // A word of risk, or one a crisis or clinical rule names (a pill, a symptom), is never waved through.
      if (bits & (WORD_BITS.sensitive | WORD_BITS.ruleWord)) sensitive += 1;
      else if (nameSlot > 0) nameSlot -= 1;
      // A word no table knows, written capitalised after a sentence's first word, is a name (a person, a
      // street, a town, a clinic): it says nothing of risk or of a clinical matter.
      else if (i > from && read.capitalized[i] === 1 && (bits & WORD_BITS.known) === 0) continue;
      else unexplained += 1;
    }
    const admin = adminHits[k] ?? [];
    sentenceFacts.push({
      k,
      admin,
      unexplained,
      sensitive,
      uncovered,
      covered,
      context,
      words: to - from,
      hardRiskWords,
      riskWords: riskWords + hardRiskWords,
      statementWords: statementWords + riskWords + hardRiskWords + (risk.unnamedPlan[k] === true ? 1 : 0),
    });
  }
  const asks = adminHits.some((hits) => hits !== undefined && hits.length > 0);
  for (const fact of sentenceFacts) {
    const { k, admin, unexplained, sensitive, uncovered, covered, context, words } = fact;
    // An administrative request may stand beside an unexplained word (a name, a brand, a typo), two in a
    // sentence of eight words or more; courtesy and enquiries beside none; a sentence of everyday context
    // beside one when the message asks for something elsewhere.
    const allowed = admin.length > 0 ? (words >= 8 ? 2 : 1) : 0;
    const evidenced = admin.length > 0 || courtesy[k] === true;
    // A sentence that asks nothing is accounted for only by everyday words that say what is going on (a
    // game, a shift, a storm): everyday words alone can carry distress ("everything feels like too much").
    // And the request or the context must say at least as much of the sentence as its other everyday words.
    // A word that does not say what it refers to ("doing it tonight") is not waved through.
    // (A short everyday question beside a request was tried and let a clinical question through: everyday
    // words can ask a clinical question, so a question is accounted for like any other sentence.)
    // A short sentence of everyday words only (no word of risk, feeling, clinical matter or unknown meaning)
    // beside a request elsewhere follows the request ("The old one expired last month.", "Which is it?"). It
    // must say something of logistics (a time, a place, a number, a form) unless it is a few words only.
    const followsRequest =
      asks &&
      sensitive === 0 &&
      unexplained === 0 &&
      unclear[k] !== true &&
      words <= FOLLOW_ON_WORDS &&
      (covered > 0 || words <= FOLLOW_ON_BARE_WORDS) &&
      fact.statementWords === 0;
    if (
      !followsRequest &&
      (sensitive > 0 ||
        // A word of risk the risk reader knows blocks the sentence like a table's: one with no administrative
        // sense (a dose taken, a seizure) anywhere, any other in a sentence that asks nothing.
        fact.hardRiskWords > 0 ||
        (admin.length === 0 && fact.riskWords > 0) ||
        unexplained > allowed ||
        (!evidenced && !context) ||
        uncovered > covered ||
        unclear[k] === true)
    ) {
      findings.unaccounted.push(k);
    } else findings.accounted.push({ sentence: k, adminHits: admin, courtesy: courtesy[k] === true });
  }
  findings.words += wordBits.length;
  findings.knownWords += known;
  findings.english += english;
  findings.spanish += spanish;
}

/** Whether the tables found a crisis statement (unnegated, and not a risk word a fuller rule read). */
function hasTableCrisis(hits: readonly RuleHit[]): boolean {
  const readByRule = new Set<number>();
  for (const hit of hits) {
    if (isCrisisCategory(hit.label) && !isRiskWordRule(hit.pattern))
      for (const part of hit.words) for (const i of part) readByRule.add(i);
  }
  for (const hit of hits) {
    if (!isCrisisCategory(hit.label) || hit.negated) continue;
    if (isRiskWordRule(hit.pattern) && hit.words.every((part) => part.every((i) => readByRule.has(i))))
      continue;
    return true;
  }
  return false;
}

/** A risk reading that found nothing, for a message the reader need not read. */
function unreadRisk(read: ReadText): RiskReading {
  return { hits: [], means: false, wordRisk: new Uint8Array(read.words.length), unnamedPlan: [] };
}

/** Adds what the sentence-level risk reader found (it only raises: a hit is crisis, a negated one clinical). */
function addRisk(findings: Findings, risk: RiskReading) {
  for (const hit of risk.hits) {
    if (hit.negated) findings.negatedCrisis.add(hit.concepts);
    else addTo(findings.crisis, hit.category, hit.concepts);
  }
  if (risk.means) findings.meansWords = true;
}

function evidenceOf(account: SentenceAccount): SentenceEvidence {
  const { sentence, adminHits, courtesy } = account;
  return {
    sentence,
    accountedBy:
      adminHits.length > 0 ? mostFrequent(countLabels(adminHits)) : courtesy ? 'courtesy' : 'everyday_words',
    phrases: [...new Set(adminHits.map((h) => h.pattern))].sort().slice(0, MAX_FACT_PHRASES),
  };
}

/** Whether a rule is a risk word on its own: classes only, one word (`{die}`, `{kill}|{stab}`). */
function isRiskWordRule(pattern: string): boolean {
  return /^\{[a-z_]+\}(\|\{[a-z_]+\})*$/.test(pattern);
}

function countLabels(hits: readonly RuleHit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.label, (counts.get(h.label) ?? 0) + h.count);
  return counts;
}

/** The administrative category counted most often (ties in {@link ADMIN_ORDER}); general when none. */
function mostFrequent(counts: ReadonlyMap<string, number>): AdministrativeCategory {
  let best: AdministrativeCategory = 'general';
  let bestCount = 0;
  for (const category of ADMIN_ORDER) {
    const n = counts.get(category) ?? 0;
    if (n > bestCount) {
      best = category;
      bestCount = n;
    }
  }
  return best;
}

// A message is read as English or Spanish by its function words; mostly unknown words make it unknown.
function languageOf(findings: Findings): TriageLanguage {
  if (findings.words === 0 || findings.knownWords * 2 < findings.words) return 'unknown';
  return findings.spanish > findings.english ? 'es' : 'en';
}

function sorted<T extends string>(values: Iterable<T>): T[] {
  return [...values].sort();
}

function phrasesOf(map: Map<string, Set<string>>): string[] {
  return sorted(new Set([...map.values()].flatMap((s) => [...s]))).slice(0, MAX_FACT_PHRASES);
}

function decide(
  internals: TriageRulesInternals,
  findings: Findings,
  signals: readonly TriageSignal[],
  escalations: Reason<BoundariesReasonCode>[],
  language: TriageLanguage,
  charactersRead: number,
  complete: boolean,
): TriageDecision {
  const crisisSignals = signals.filter((s) => s.level === 'crisis');
  const clinicalSignals = signals.filter((s) => s.level === 'clinical');
  const crisisCategories = new Set<CrisisCategory>(findings.crisis.keys());
  for (const s of crisisSignals)
    if (s.category !== undefined && isCrisisCategory(s.category)) crisisCategories.add(s.category);
  const clinicalCategories = new Set<ClinicalCategory>(findings.clinical.keys());
  if (findings.negatedCrisis.size > 0) clinicalCategories.add('negated_risk');
  for (const s of clinicalSignals)
    if (s.category !== undefined && isClinicalCategory(s.category)) clinicalCategories.add(s.category);
  const crisisList = sorted(crisisCategories);
  const clinicalList = sorted(clinicalCategories);
  const signalReasons = (level: 'crisis' | 'clinical') =>
    (level === 'crisis' ? crisisSignals : clinicalSignals).map((s) =>
      reason(
        'boundaries.triage.host_signal',
        level === 'crisis' ? 'error' : 'warning',
        `The host's assessment from ${s.source} raises the message to ${level}.`,
        { source: s.source, level: s.level, category: s.category ?? null },
      ),
    );

  const crisisReasons: Reason<BoundariesReasonCode>[] = [];
  if (findings.crisis.size > 0) {
    crisisReasons.push(
      reason(
        'boundaries.triage.crisis_language',
        'error',
        'Crisis language: escalate to the on-call clinician now and send the crisis resources (988, 911).',
        { categories: sorted(findings.crisis.keys()), phrases: phrasesOf(findings.crisis) },
      ),
    );
  } else if (findings.negatedCrisis.size > 0 && findings.meansWords) {
    crisisReasons.push(
      reason(
        'boundaries.triage.negated_crisis_with_means',
        'error',
        'A negated crisis statement next to means (a weapon, a blade, a rope): a negation never lowers the risk.',
        { phrases: sorted(findings.negatedCrisis).slice(0, MAX_FACT_PHRASES) },
      ),
    );
  }
  crisisReasons.push(...signalReasons('crisis'));
  if (isNonEmpty(crisisReasons)) {
    crisisReasons.push(...escalations);
    // Built field by field, in one order for every outcome (a spread would make each decision slower to build).
    return {
      outcome: 'crisis',
      routeTo: internals.routing.crisis,
      onCall: true,
      handling: 'escalate_now',
      priority: TRIAGE_CLASS_PRIORITY.crisis,
      language,
      crisisCategories: crisisList,
      clinicalCategories: clinicalList,
      replyTemplateId: CRISIS_RESOURCES_TEMPLATE_ID,
      charactersRead,
      complete,
      reasons: crisisReasons,
    };
  }

  const clinicalReasons: Reason<BoundariesReasonCode>[] = [];
  if (findings.negatedCrisis.size > 0) {
    clinicalReasons.push(
      reason(
        'boundaries.triage.negated_crisis_mention',
        'warning',
        'Crisis language under a negation; a clinician reads it rather than staff.',
        { phrases: sorted(findings.negatedCrisis).slice(0, MAX_FACT_PHRASES) },
      ),
    );
  }
  if (findings.clinical.size > 0) {
    clinicalReasons.push(
      reason('boundaries.triage.clinical_language', 'warning', 'The message raises a clinical matter.', {
        categories: sorted(findings.clinical.keys()),
        phrases: phrasesOf(findings.clinical),
      }),
    );
  }
  if (findings.unaccounted.length > 0) {
    clinicalReasons.push(
      reason(
        'boundaries.triage.unaccounted_sentence',
        'warning',
        'Some of the message is not accounted for by administrative language; a clinician reads it rather than staff.',
        { sentences: findings.unaccounted.slice(0, MAX_FACT_PHRASES) },
      ),
    );
  } else if (
    escalations.length === 0 &&
    findings.admin.size === 0 &&
    (findings.accounted.length === 0 || !findings.accounted.every((a) => a.courtesy))
  ) {
    clinicalReasons.push(
      reason(
        'boundaries.triage.no_administrative_request',
        'warning',
        'The message asks nothing administrative; a clinician reads it rather than staff.',
      ),
    );
  }
  clinicalReasons.push(...escalations, ...signalReasons('clinical'));
  if (isNonEmpty(clinicalReasons)) {
    return {
      outcome: 'clinical',
      routeTo: internals.routing.clinical,
      onCall: false,
      handling: 'queue',
      priority: TRIAGE_CLASS_PRIORITY.clinical,
      language,
      crisisCategories: crisisList,
      clinicalCategories: clinicalList,
      replyTemplateId: null,
      charactersRead,
      complete,
      reasons: clinicalReasons,
    };
  }

  // Only a message whose every sentence is accounted for, with at least one request or courtesy, gets here.
  const evidence = findings.accounted.map(evidenceOf);
  const triageClass = mostFrequent(findings.admin);
  return {
    outcome: triageClass,
    routeTo: internals.routing[triageClass],
    onCall: false,
    handling: 'queue',
    priority: TRIAGE_CLASS_PRIORITY[triageClass],
    language,
    crisisCategories: crisisList,
    clinicalCategories: clinicalList,
    replyTemplateId: null,
    charactersRead,
    complete,
    accountedFor: evidence as unknown as NonEmptyArray<SentenceEvidence>,
    reasons: [
      reason(
        'boundaries.triage.administrative_request',
        'info',
        `An administrative request (${triageClass}); every sentence is accounted for.`,
        { triageClass, sentences: findings.accounted.length },
      ),
    ],
  };
}
