// The decision triage returns: its types, and how it is built from the findings. Crisis first (any crisis
// language, a negated one beside means, a host's crisis signal, urgent distress where a clinician reads, words
// the word model weighs as a crisis), then a clinician (a negated mention, clinical
// language, a sentence nothing accounts for), and staff only when every sentence is accounted for.
import * as z from 'zod';
import { isNonEmpty, type NonEmptyArray, type Reason, reason } from '../../core/index.js';
import type { PracticeRole } from '../access/practice-role.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import type { TriageRulesInternals } from './compiled-rules.js';
import type { RuleHit } from './phrase-engine.js';
import type { SentenceAccount, SentenceAccounting } from './sentence-accounting.js';
import {
  type AdministrativeCategory,
  ClinicalCategory,
  CrisisCategory,
  isClinicalCategory,
  isCrisisCategory,
} from './triage-category.js';
import { type Findings, listedPhrases } from './triage-findings.js';
import type { TriageClass } from './triage-rules.js';
import type { WordWeighing } from './word-model.js';

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
// Ties between administrative categories go to the more specific request: money, then time, then forms.
const ADMIN_ORDER: readonly AdministrativeCategory[] = ['billing', 'scheduling', 'paperwork', 'general'];

function evidenceOf(account: SentenceAccount): SentenceEvidence {
  const { sentence, adminHits, courtesy } = account;
  // Most sentences of a long message hold no request: their evidence takes no counting.
  if (adminHits.length === 0)
    return { sentence, accountedBy: courtesy ? 'courtesy' : 'everyday_words', phrases: [] };
  return {
    sentence,
    accountedBy: mostFrequent(countLabels(adminHits)),
    phrases: [...new Set(adminHits.map((h) => h.pattern))].sort().slice(0, MAX_FACT_PHRASES),
  };
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
export function languageOf(findings: Findings): TriageLanguage {
  if (findings.words === 0 || findings.knownWords * 2 < findings.words) return 'unknown';
  return findings.spanish > findings.english ? 'es' : 'en';
}

/** The word model's crisis reason when a message's words weigh at or above its threshold, else null. */
export function weighedCrisis(weighing: WordWeighing | null): Reason<BoundariesReasonCode> | null {
  if (weighing === null || weighing.score < weighing.threshold) return null;
  return reason(
    'boundaries.triage.crisis_words_weighed',
    'error',
    'No table names a crisis, but the words of the message weighed together read like one: escalate to the on-call clinician now and send the crisis resources (988, 911).',
    { score: weighing.score, threshold: weighing.threshold, weighed: weighing.weighed },
  );
}

function sorted<T extends string>(values: Iterable<T>): T[] {
  return [...values].sort();
}

/** The phrases a reason lists: sorted, at most {@link MAX_FACT_PHRASES}. */
function listed(phrases: Iterable<string>): string[] {
  return sorted(phrases).slice(0, MAX_FACT_PHRASES);
}

/**
 * The decision from a message's findings: `account` accounts for its sentences, called only when the message
 * is not a crisis; `weigh` weighs its words (word-model.ts), called then too.
 */
export function decide(
  internals: TriageRulesInternals,
  findings: Findings,
  account: () => SentenceAccounting,
  weigh: () => WordWeighing | null,
  signals: readonly TriageSignal[],
  escalations: Reason<BoundariesReasonCode>[],
  language: TriageLanguage,
  charactersRead: number,
  complete: boolean,
): TriageDecision {
  const phraseTable = internals.ruleKinds.phrases;
  const crisisSignals = signals.filter((s) => s.level === 'crisis');
  const clinicalSignals = signals.filter((s) => s.level === 'clinical');
  const crisisCategories = new Set<CrisisCategory>(findings.crisis);
  for (const s of crisisSignals)
    if (s.category !== undefined && isCrisisCategory(s.category)) crisisCategories.add(s.category);
  const clinicalCategories = new Set<ClinicalCategory>(findings.clinical);
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
        {
          categories: sorted(findings.crisis),
          phrases: listedPhrases(findings.crisisPhrases, phraseTable, MAX_FACT_PHRASES),
        },
      ),
    );
  } else if (findings.negatedCrisis.size > 0 && findings.meansWords) {
    crisisReasons.push(
      reason(
        'boundaries.triage.negated_crisis_with_means',
        'error',
        'A negated crisis statement next to means (a weapon, a blade, a rope): a negation never lowers the risk.',
        { phrases: listed(findings.negatedCrisis) },
      ),
    );
  }
  crisisReasons.push(...signalReasons('crisis'));
  const onCall = (
    first: Reason<BoundariesReasonCode>,
    rest: readonly Reason<BoundariesReasonCode>[],
    categories: CrisisCategory[],
  ): CrisisTriageDecision => {
    // Built field by field, in one order for every outcome (a spread would make each decision slower to build).
    const decision: CrisisTriageDecision = {
      outcome: 'crisis',
      routeTo: internals.routing.crisis,
      onCall: true,
      handling: 'escalate_now',
      priority: TRIAGE_CLASS_PRIORITY.crisis,
      language,
      crisisCategories: categories,
      clinicalCategories: clinicalList,
      replyTemplateId: CRISIS_RESOURCES_TEMPLATE_ID,
      charactersRead,
      complete,
      reasons: [first, ...rest, ...escalations],
    };
    return decision;
  };
  const [firstCrisis, ...otherCrisis] = crisisReasons;
  if (firstCrisis !== undefined) return onCall(firstCrisis, otherCrisis, crisisList);

  const { accounted, unaccounted, asks } = account();
  const clinicalReasons: Reason<BoundariesReasonCode>[] = [];
  if (findings.negatedCrisis.size > 0) {
    clinicalReasons.push(
      reason(
        'boundaries.triage.negated_crisis_mention',
        'warning',
        'Crisis language under a negation; a clinician reads it rather than staff.',
        { phrases: listed(findings.negatedCrisis) },
      ),
    );
  }
  if (findings.clinical.size > 0) {
    clinicalReasons.push(
      reason('boundaries.triage.clinical_language', 'warning', 'The message raises a clinical matter.', {
        categories: sorted(findings.clinical),
        phrases: listedPhrases(findings.clinicalPhrases, phraseTable, MAX_FACT_PHRASES),
      }),
    );
  }
  if (unaccounted.length > 0) {
    clinicalReasons.push(
      reason(
        'boundaries.triage.unaccounted_sentence',
        'warning',
        'Some of the message is not accounted for by administrative language; a clinician reads it rather than staff.',
        { sentences: unaccounted.slice(0, MAX_FACT_PHRASES) },
      ),
    );
  } else if (
    escalations.length === 0 &&
    !asks &&
    (accounted.length === 0 || !accounted.every((a) => a.courtesy))
  ) {
    clinicalReasons.push(
      reason(
        'boundaries.triage.no_administrative_request',
        'warning',
        'The message asks nothing administrative; a clinician reads it rather than staff.',
      ),
    );
  }
  // Urgent distress (a plea for help now, feeling unsafe, fear of oneself) raises a message a clinician reads
  // to the clinician on call; an administrative message that mentions help or safety stays with staff.
  if (clinicalReasons.length > 0 && findings.distress.size > 0) {
    const distress = reason(
      'boundaries.triage.crisis_language',
      'error',
      'Urgent distress in a message a clinician reads: escalate to the on-call clinician now and send the crisis resources (988, 911).',
      { categories: ['urgent_distress'], phrases: listed(findings.distress) },
    );
    // Its only crisis category: crisis language and a host's crisis signal went on call above.
    return onCall(distress, [...clinicalReasons, ...signalReasons('clinical')], ['urgent_distress']);
  }
  // The word model reads what the tables missed, wherever the message would go: it can only raise it on call.
  const weighed = weighedCrisis(weigh());
  if (weighed !== null)
    return onCall(weighed, [...clinicalReasons, ...signalReasons('clinical')], crisisList);
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
  const evidence = accounted.map(evidenceOf);
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
        { triageClass, sentences: accounted.length },
      ),
    ],
  };
}
