import { type Decision, isNonEmpty, type Reason, reason } from '../core/index.js';
import type { PracticeRole } from './practice-role.js';
import type { BoundariesReasonCode } from './reason-codes.js';
import { noHits, PhraseScan, type TriageHits } from './triage-phrase-scan.js';
import { type CompiledTriageRules, CrisisKind, compileTriageRules, TriageClass } from './triage-rules.js';
import { readTriageWords } from './triage-word-reader.js';

/**
 * Characters read for every class. A message's administrative intent is in its opening; past this, only
 * crisis phrases are looked for.
 *
 * @example
 * ```ts
 * TRIAGE_READ_CHARS; //=> 65536
 * ```
 * @remarks 64 KiB (UTF-16 code units): far above any real client message; a design choice, not a rule.
 */
export const TRIAGE_READ_CHARS = 65_536;

/**
 * Characters scanned for crisis phrases from the start of a message, so that a crisis phrase cannot be
 * hidden behind a page of filler. Past it, the last {@link TRIAGE_TAIL_CHARS} are scanned too, and a
 * message with an unread middle is never left to administrative staff: it goes to a clinician.
 *
 * @example
 * ```ts
 * TRIAGE_CRISIS_SCAN_CHARS; //=> 1048576
 * ```
 * @remarks 1 MiB: a 1 MB adversarial budget; hiding a phrase costs more than a megabyte of padding, and
 * even then the message lands with a clinician (crisis routing must not be bypassed [sources: samhsa-988]).
 */
export const TRIAGE_CRISIS_SCAN_CHARS = 1_048_576;

/**
 * Characters at the end of an over-long message that are scanned for crisis phrases.
 *
 * @example
 * ```ts
 * TRIAGE_TAIL_CHARS; //=> 16384
 * ```
 * @remarks A closing line ("…and I am going to end it tonight") is where a long message often says it.
 */
export const TRIAGE_TAIL_CHARS = 16_384;

/**
 * Score at which clinical language outweighs any administrative request: one strong clinical phrase.
 *
 * @example
 * ```ts
 * triageMessage('Can I reschedule? My depression is worse.').outcome; //=> 'clinical'
 * ```
 * @remarks Clinical matters are reviewed by a clinician, so clinical beats administrative
 * [sources: crico-clinical-calls].
 */
export const TRIAGE_CLINICAL_THRESHOLD = 3;

/**
 * Work-queue priority by class: 0 first. Crisis and clinical messages come before administrative ones.
 *
 * @example
 * ```ts
 * TRIAGE_CLASS_PRIORITY.crisis;  //=> 0
 * TRIAGE_CLASS_PRIORITY.billing; //=> 2
 * ```
 * @remarks Crisis stops the admin flow [sources: samhsa-988].
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

/**
 * The triage of one message: its class (as `outcome`), the role it goes to, and how. Crisis is handled
 * `escalate_now` (never queued) and pairs with the crisis resources template; crisis and clinical always
 * carry reasons.
 */
export type TriageDecision = Decision<
  AdministrativeTriageClass,
  'crisis' | 'clinical',
  BoundariesReasonCode,
  {
    readonly routeTo: PracticeRole;
    /** Whether it goes to the clinician on call now, rather than the client's own clinician. */
    readonly onCall: boolean;
    readonly handling: 'escalate_now' | 'queue';
    readonly priority: 0 | 1 | 2;
    readonly crisisKinds: readonly CrisisKind[];
    readonly replyTemplateId: typeof CRISIS_RESOURCES_TEMPLATE_ID | null;
    /** Characters actually scanned. */
    readonly charactersRead: number;
    /** Whether every character was scanned. */
    readonly complete: boolean;
  }
>;

/** Options for {@link triageMessage}. */
export interface TriageMessageOptions {
  /** Compiled rules (see {@link compileTriageRules}); the built-in tables when left out. */
  readonly rules?: CompiledTriageRules;
}

let defaultRules: CompiledTriageRules | undefined;
function builtInRules(): CompiledTriageRules {
  // Compiled on first use: a pure memo of constant data.
  defaultRules ??= compileTriageRules();
  return defaultRules;
}

const MAX_FACT_PHRASES = 10;
// Crisis kinds as a decision lists them: sorted.
const CRISIS_KINDS_IN_ORDER: readonly CrisisKind[] = [...CrisisKind.options].sort();

/**
 * Scans a message: the first {@link TRIAGE_CRISIS_SCAN_CHARS} and, past them, the last
 * {@link TRIAGE_TAIL_CHARS}, each stretch on its own (no phrase spans the gap).
 */
export function scanMessage(text: string, rules: CompiledTriageRules): TriageHits {
  const hits = noHits();
  if (scanStretches(text, rules, hits, false)) return hits;
  // A character that lower-cases to more than one (İ) moves every offset after it: read lower-cased copies.
  const lowered = noHits();
  scanStretches(text, rules, lowered, true);
  return lowered;
}

function scanStretches(text: string, rules: CompiledTriageRules, hits: TriageHits, lowerFirst: boolean) {
  const headEnd = Math.min(text.length, TRIAGE_CRISIS_SCAN_CHARS);
  if (!scanStretch(text, 0, headEnd, TRIAGE_READ_CHARS, rules, hits, lowerFirst)) return false;
  if (text.length <= TRIAGE_CRISIS_SCAN_CHARS) return true;
  const tailStart = Math.max(TRIAGE_CRISIS_SCAN_CHARS, text.length - TRIAGE_TAIL_CHARS);
  return scanStretch(text, tailStart, text.length, 0, rules, hits, lowerFirst);
}

/** Scans text[from, to); phrases starting at or past `readUntil` count only if crisis. */
function scanStretch(
  text: string,
  from: number,
  to: number,
  readUntil: number,
  rules: CompiledTriageRules,
  hits: TriageHits,
  lowerFirst: boolean,
): boolean {
  const scan = new PhraseScan(rules.matcher, hits, readUntil);
  let read: boolean;
  if (lowerFirst) {
    const lower = text.slice(from, to).toLowerCase();
    read = readTriageWords(lower, 0, lower.length, from, rules, scan);
  } else read = readTriageWords(text, from, to, 0, rules, scan);
  return read;
}

function firstPhrases(set: ReadonlySet<string>): string[] {
  return [...set].sort().slice(0, MAX_FACT_PHRASES);
}

// Crisis phrases that were not negated, with their kind (a phrase listed twice keeps its last kind).
function crisisPhrases(hits: TriageHits): Map<string, CrisisKind> {
  const out = new Map<string, CrisisKind>();
  hits.crisis.forEach((term, k) => {
    if (!hits.negated[k] && term.crisisKind !== null) out.set(term.phrase, term.crisisKind);
  });
  return out;
}

function negatedPhrases(hits: TriageHits): Set<string> {
  const out = new Set<string>();
  hits.crisis.forEach((term, k) => {
    if (hits.negated[k]) out.add(term.phrase);
  });
  return out;
}

function scoresOf(hits: TriageHits): Record<TriageClass, number> {
  const score = (triageClass: TriageClass) => hits.scores[TriageClass.options.indexOf(triageClass)] ?? 0;
  return {
    crisis: score('crisis'),
    clinical: score('clinical'),
    scheduling: score('scheduling'),
    billing: score('billing'),
    paperwork: score('paperwork'),
    general: score('general'),
  };
}

function phrasesOf(hits: TriageHits, triageClass: TriageClass): Set<string> {
  const index = TriageClass.options.indexOf(triageClass);
  const out = new Set<string>();
  for (const term of hits.terms) if (term.classIndex === index) out.add(term.phrase);
  return out;
}

/**
 * Classifies an inbound client message and routes it: crisis language escalates at once to the on-call
 * clinician with the crisis resources template (988, 911); clinical matters go to a clinician; the rest
 * to the administrative role that handles them. This is routing, not assessment: it never judges risk,
 * it decides who must read the message first.
 *
 * It never throws (a value that is not a string is routed to a clinician), reads at most
 * {@link TRIAGE_CRISIS_SCAN_CHARS} + {@link TRIAGE_TAIL_CHARS} characters, and runs in time linear in
 * what it reads (a tokenizer and a phrase trie, no backtracking regexes).
 *
 * @param text - the message as the client wrote it
 * @param options - compiled practice rules
 * @returns a decision whose `outcome` is the class
 * @example
 * ```ts
 * triageMessage('Can I move Thursday to Friday? Also I keep thinking about killing myself.');
 * //=> { outcome: 'crisis', routeTo: 'clinician', onCall: true, handling: 'escalate_now',
 * //     replyTemplateId: 'crisis_resources', crisisKinds: ['suicide_self_harm'], … }
 * triageMessage("I'm not suicidal, but my new meds make me dizzy").outcome; //=> 'clinical'
 * triageMessage('Can I reschedule to 3pm?').outcome;                         //=> 'scheduling'
 * ```
 * @remarks Crisis language stops the admin flow and escalates to the on-call clinician with 988 and 911
 * [sources: samhsa-988]. No clinical triage without clinician review [sources: crico-clinical-calls],
 * so any negated crisis mention and any clinical language goes to a clinician (err toward escalation).
 */
export function triageMessage(text: unknown, options: TriageMessageOptions = {}): TriageDecision {
  const rules = options.rules ?? builtInRules();
  if (typeof text !== 'string') {
    return clinicalDecision(
      rules,
      [reason('boundaries.triage.not_text', 'warning', 'The message is not text; a clinician reads it.', {})],
      0,
      true,
    );
  }
  const hits = scanMessage(text, rules);
  const tailLength = Math.min(Math.max(0, text.length - TRIAGE_CRISIS_SCAN_CHARS), TRIAGE_TAIL_CHARS);
  const charactersRead = Math.min(text.length, TRIAGE_CRISIS_SCAN_CHARS) + tailLength;
  const complete = text.length <= TRIAGE_CRISIS_SCAN_CHARS + TRIAGE_TAIL_CHARS;
  const crisis = crisisPhrases(hits);
  const scores = scoresOf(hits);
  const unread: Reason<BoundariesReasonCode>[] = complete
    ? []
    : [
        reason(
          'boundaries.triage.unread_remainder',
          'warning',
          'The message is longer than the read cap; a clinician reads the rest.',
          { length: text.length, charactersRead },
        ),
      ];

  if (crisis.size > 0) {
    const kindsFound = new Set(crisis.values());
    const crisisKinds = CRISIS_KINDS_IN_ORDER.filter((kind) => kindsFound.has(kind));
    const reasons: [Reason<BoundariesReasonCode>, ...Reason<BoundariesReasonCode>[]] = [
      reason(
        'boundaries.triage.crisis_language',
        'error',
        'Crisis language: escalate to the on-call clinician now and send the crisis resources (988, 911).',
        { crisisKinds, phrases: [...crisis.keys()].sort().slice(0, MAX_FACT_PHRASES) },
      ),
      ...unread,
    ];
    return {
      outcome: 'crisis',
      routeTo: rules.routing.crisis,
      onCall: true,
      handling: 'escalate_now',
      priority: TRIAGE_CLASS_PRIORITY.crisis,
      crisisKinds,
      replyTemplateId: CRISIS_RESOURCES_TEMPLATE_ID,
      charactersRead,
      complete,
      reasons,
    };
  }

  const admin = bestAdministrativeClass(scores);
  const clinicalReasons: Reason<BoundariesReasonCode>[] = [];
  const negated = negatedPhrases(hits);
  if (negated.size > 0) {
    clinicalReasons.push(
      reason(
        'boundaries.triage.negated_crisis_mention',
        'warning',
        'A crisis word appears with a negation; a clinician reads it rather than staff.',
        { phrases: firstPhrases(negated) },
      ),
    );
  }
  const clinicalScore = scores.clinical;
  if (clinicalScore >= TRIAGE_CLINICAL_THRESHOLD || (clinicalScore > 0 && admin === null)) {
    clinicalReasons.push(
      reason('boundaries.triage.clinical_language', 'warning', 'The message raises a clinical matter.', {
        score: clinicalScore,
        phrases: firstPhrases(phrasesOf(hits, 'clinical')),
      }),
    );
  }
  if (admin === null) {
    // Err toward escalation: a message nothing recognizes may be distress in words no table holds
    // (a held-out check found most missed crisis messages here), so a clinician reads it, not staff.
    clinicalReasons.push(
      reason(
        'boundaries.triage.no_clear_intent',
        'warning',
        'The message matched no administrative request; a clinician reads it rather than staff.',
        {},
      ),
    );
  }
  const escalations = [...clinicalReasons, ...unread];
  if (isNonEmpty(escalations)) return clinicalDecision(rules, escalations, charactersRead, complete);
  // Only an administrative class reaches here: a null one added the no-intent reason above.
  const triageClass = admin ?? 'general';
  const explanation = reason(
    'boundaries.triage.administrative_request',
    'info',
    `An administrative request: ${triageClass}.`,
    {
      triageClass,
      score: scores[triageClass],
      phrases: firstPhrases(phrasesOf(hits, triageClass)),
    },
  );
  return {
    outcome: triageClass,
    routeTo: rules.routing[triageClass],
    onCall: false,
    handling: 'queue',
    priority: TRIAGE_CLASS_PRIORITY[triageClass],
    crisisKinds: [],
    replyTemplateId: null,
    charactersRead,
    complete,
    reasons: [explanation],
  };
}

// Ties go to the more specific request: money, then time, then forms.
const ADMIN_ORDER: readonly AdministrativeTriageClass[] = ['billing', 'scheduling', 'paperwork', 'general'];

/** The highest-scoring administrative class (ties broken in a fixed order), or null when none scored. */
function bestAdministrativeClass(
  scores: Readonly<Record<TriageClass, number>>,
): AdministrativeTriageClass | null {
  let best: AdministrativeTriageClass | null = null;
  for (const cls of ADMIN_ORDER) {
    if (scores[cls] > 0 && (best === null || scores[cls] > scores[best])) best = cls;
  }
  return best;
}

function clinicalDecision(
  rules: CompiledTriageRules,
  reasons: readonly [Reason<BoundariesReasonCode>, ...Reason<BoundariesReasonCode>[]],
  charactersRead: number,
  complete: boolean,
): TriageDecision {
  return {
    outcome: 'clinical',
    routeTo: rules.routing.clinical,
    onCall: false,
    handling: 'queue',
    priority: TRIAGE_CLASS_PRIORITY.clinical,
    crisisKinds: [],
    replyTemplateId: null,
    charactersRead,
    complete,
    reasons,
  };
}
