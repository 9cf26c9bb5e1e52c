import { type Decision, isNonEmpty, type Reason, reason } from '../core/index.js';
import { edgesFor, matchPhrasesAt, type PhraseTrieNode } from './phrase-trie.js';
import type { PracticeRole } from './practice-role.js';
import type { BoundariesReasonCode } from './reason-codes.js';
import {
  type CompiledTerm,
  type CompiledTriageRules,
  type CrisisKind,
  canonicalWord,
  compileTriageRules,
  rootKey,
  type TriageClass,
  wordHead,
} from './triage-rules.js';
import { tokenizeForTriage } from './triage-text.js';

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
 * @remarks 1 MiB: the 1 MB adversarial budget; hiding a phrase costs more than a megabyte of padding,
 * and even then the message lands with a clinician (rules.md §5.3: crisis routing must not be bypassed).
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
 * @remarks rules.md §5.1 [S149]: clinical matters are reviewed by a clinician, so clinical beats administrative.
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
 * @remarks rules.md §5.3 [S160]: crisis stops the admin flow.
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
 * @remarks rules.md §5.3 [S160][S161].
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

// A crisis phrase is a negated mention when one of these comes before it in the same clause, separated
// only by FILLER words ("I'm not having thoughts of suicide"). Any other word ends the search, so doubt
// stays a crisis: in "I don't know why I want to die", "why" stops it before "don't".
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'dont',
  'didnt',
  'doesnt',
  'wont',
  'wouldnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'nor',
  'aint',
]);
const FILLER = new Set([
  'i',
  'im',
  'ive',
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'going',
  'gonna',
  'to',
  'ever',
  'really',
  'actually',
  'have',
  'has',
  'had',
  'having',
  'would',
  'will',
  'do',
  'did',
  'feel',
  'feeling',
  'think',
  'thinking',
  'thought',
  'thoughts',
  'of',
  'about',
  'any',
  'a',
  'the',
  'that',
  'it',
  'so',
  'at',
  'all',
  'currently',
  'even',
  'want',
  'wanna',
  'plan',
  'planning',
  'intend',
  'try',
  'trying',
]);
const NEGATION_WINDOW = 5;
const MAX_FACT_PHRASES = 10;
const NO_NODES: readonly PhraseTrieNode<CompiledTerm>[] = [];
// Words memoized per compiled rule set: enough for a practice's vocabulary, bounded against junk text.
const WORD_MEMO_LIMIT = 50_000;

interface Scan {
  readonly crisis: Map<string, CrisisKind>;
  readonly negated: Set<string>;
  readonly scores: Record<TriageClass, number>;
  readonly phrases: Record<TriageClass, Set<string>>;
}

function emptyScan(): Scan {
  const zero = () => ({ crisis: 0, clinical: 0, scheduling: 0, billing: 0, paperwork: 0, general: 0 });
  const sets = () => ({
    crisis: new Set<string>(),
    clinical: new Set<string>(),
    scheduling: new Set<string>(),
    billing: new Set<string>(),
    paperwork: new Set<string>(),
    general: new Set<string>(),
  });
  return { crisis: new Map(), negated: new Set(), scores: zero(), phrases: sets() };
}

/** Scans one stretch of text; phrases starting at or past `allClassesUntil` count only if crisis. */
function scanText(
  text: string,
  offset: number,
  allClassesUntil: number,
  rules: CompiledTriageRules,
  scan: Scan,
) {
  const tokens = tokenizeForTriage(text);
  // One lookup per word: its fuzzy reading and where it enters the phrase trie, memoized per distinct word.
  const memo = rules.wordMemo;
  const n = tokens.words.length;
  const words: string[] = new Array(n);
  const firstNodes: (readonly PhraseTrieNode<CompiledTerm>[])[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const raw = tokens.words[i] as string;
    const key = rootKey(raw);
    const maybeFuzzy = raw.length >= 6 && raw.length <= 12 && rules.fuzzyHeads.has(wordHead(raw));
    if (key >= 0 && !rules.rootHeads.has(key) && !maybeFuzzy) {
      // Cannot start a phrase nor be a misspelling of a fuzzy word: no string lookup needed.
      words[i] = raw;
      firstNodes[i] = NO_NODES;
      continue;
    }
    let info = memo.get(raw);
    if (info === undefined) {
      const canonical = canonicalWord(raw, rules);
      info = { canonical, nodes: edgesFor(rules.trie.root, canonical) };
      if (memo.size < WORD_MEMO_LIMIT) memo.set(raw, info);
    }
    words[i] = info.canonical;
    firstNodes[i] = info.nodes;
  }
  const isNegated = (start: number): boolean => {
    for (let j = start - 1; j >= 0 && j >= start - NEGATION_WINDOW; j -= 1) {
      if (tokens.breakBefore[j + 1] === 1) return false;
      const w = words[j] as string;
      if (NEGATORS.has(w)) return true;
      if (!FILLER.has(w)) return false;
    }
    return false;
  };
  const onMatch = (term: CompiledTerm, start: number) => {
    if (term.crisisKind !== null) {
      if (isNegated(start)) scan.negated.add(term.phrase);
      else scan.crisis.set(term.phrase, term.crisisKind);
    } else if (offset + (tokens.at[start] as number) < allClassesUntil) {
      scan.scores[term.triageClass] += term.weight;
      scan.phrases[term.triageClass].add(term.phrase);
    }
  };
  for (let i = 0; i < words.length; i += 1) {
    const nodes = firstNodes[i] as readonly PhraseTrieNode<CompiledTerm>[];
    if (nodes.length > 0) matchPhrasesAt(words, i, nodes, onMatch);
  }
}

function firstPhrases(set: ReadonlySet<string>): string[] {
  return [...set].sort().slice(0, MAX_FACT_PHRASES);
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
 * @remarks rules.md §5.3 [S160][S161][S162]: crisis language stops the admin flow and escalates to the
 * on-call clinician with 988 and 911. rules.md §5.1 [S149]: no clinical triage without clinician review,
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
  const scan = emptyScan();
  const head = text.length > TRIAGE_CRISIS_SCAN_CHARS ? text.slice(0, TRIAGE_CRISIS_SCAN_CHARS) : text;
  scanText(head, 0, TRIAGE_READ_CHARS, rules, scan);
  let charactersRead = head.length;
  const complete = text.length <= TRIAGE_CRISIS_SCAN_CHARS + TRIAGE_TAIL_CHARS;
  if (text.length > TRIAGE_CRISIS_SCAN_CHARS) {
    const tailStart = Math.max(TRIAGE_CRISIS_SCAN_CHARS, text.length - TRIAGE_TAIL_CHARS);
    scanText(text.slice(tailStart), tailStart, 0, rules, scan);
    charactersRead += text.length - tailStart;
  }
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

  if (scan.crisis.size > 0) {
    const crisisKinds = [...new Set(scan.crisis.values())].sort();
    const reasons: [Reason<BoundariesReasonCode>, ...Reason<BoundariesReasonCode>[]] = [
      reason(
        'boundaries.triage.crisis_language',
        'error',
        'Crisis language: escalate to the on-call clinician now and send the crisis resources (988, 911).',
        { crisisKinds, phrases: firstPhrases(new Set(scan.crisis.keys())) },
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

  const admin = bestAdministrativeClass(scan.scores);
  const clinicalReasons: Reason<BoundariesReasonCode>[] = [];
  if (scan.negated.size > 0) {
    clinicalReasons.push(
      reason(
        'boundaries.triage.negated_crisis_mention',
        'warning',
        'A crisis word appears with a negation; a clinician reads it rather than staff.',
        { phrases: firstPhrases(scan.negated) },
      ),
    );
  }
  const clinicalScore = scan.scores.clinical;
  if (clinicalScore >= TRIAGE_CLINICAL_THRESHOLD || (clinicalScore > 0 && admin === null)) {
    clinicalReasons.push(
      reason('boundaries.triage.clinical_language', 'warning', 'The message raises a clinical matter.', {
        score: clinicalScore,
        phrases: firstPhrases(scan.phrases.clinical),
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
      score: scan.scores[triageClass],
      phrases: firstPhrases(scan.phrases[triageClass]),
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
