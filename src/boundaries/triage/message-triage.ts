import * as z from 'zod';
import { type Reason, reason, validate } from '../../core/index.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import { type TriageRulesInternals, triageRulesInternals } from './compiled-rules.js';
import type { MatchedText } from './phrase-engine.js';
import { readRisk } from './risk-reader.js';
import { accountSentences, NOTHING_READ } from './sentence-accounting.js';
import type { ReadText } from './text-reader.js';
import { decide, languageOf, type TriageDecision, TriageSignal } from './triage-decision.js';
import { addRisk, collectHits, collectRequests, countWords, emptyFindings } from './triage-findings.js';
import { type CompiledTriageRules, compileTriageRules } from './triage-rules.js';
import { weighWords } from './word-model.js';

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

/**
 * Triages an inbound client message: who must read it first. Routing, not assessment: it never judges
 * risk. Safe by construction:
 *
 * - any risk language anywhere (13 crisis categories and urgent distress, English and Spanish) makes it a crisis for the
 *   on-call clinician, whatever else it asks, with the crisis resources reply (988, 911);
 * - a negation never lowers a risk below a clinician ("I'm not suicidal" → clinical), and a negated risk next
 *   to means (a gun, a blade, a rope) stays a crisis;
 * - it goes to staff only when every sentence is accounted for by administrative language, courtesy or
 *   everyday words, and nothing carries risk, distress or clinical content; anything else (a sentence nothing
 *   accounts for, a language it does not read, a message too long to read whole) goes to a clinician;
 * - where no table names a crisis, the word model weighs the message's words together (every word and pair
 *   of words it knows, weights fit on labelled messages, never negative) and sends it on call when they add
 *   up to a crisis: it catches crises worded in ways no table was written for, and can only raise;
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
  // Stryker disable all: a shortcut past the check; a mutant that sends more options through the full
  // check gives the same answers, and the tests pin what the shortcut must never let past (docs/quality.md)
  const plain =
    typeof options === 'object' &&
    options !== null &&
    Object.keys(options).every((key) => key === 'rules') &&
    (options.rules === undefined || triageRulesInternals(options.rules) !== null);
  // Stryker restore all
  const opts = plain ? options : validate(Options, options, 'triage options');
  const internals = triageRulesInternals(opts.rules ?? compileTriageRules()) as TriageRulesInternals;
  const signals = opts.signals ?? [];
  if (typeof text !== 'string') {
    const notText = reason(
      'boundaries.triage.not_text',
      'warning',
      'The message is not text; a clinician reads it.',
    );
    return decide(
      internals,
      emptyFindings(),
      () => NOTHING_READ,
      () => null,
      signals,
      [notText],
      'unknown',
      0,
      true,
    );
  }
  const { engine } = internals;
  const read = engine.read(text, TRIAGE_MAX_CHARS);
  const risk = engine.matchRisk(read);
  const matches = { risk, all: () => engine.matchExplaining(read, risk) };
  return decideTriage(text.length, read, matches, internals, signals);
}

/**
 * A message's matches: the risk rules' (every rule but the explaining ones), and every rule's, matched only
 * when asked: a crisis needs no sentence accounted for, so its requests and courtesy are never matched.
 */
export interface TriageMatches {
  readonly risk: MatchedText;
  readonly all: () => MatchedText;
}

/**
 * The decision for a message already read and matched: what {@link triageMessage} returns. Apart so that a
 * reference matcher (the tests' oracle and the bench's baseline) can be held to the same decisions.
 */
export function decideTriage(
  length: number,
  read: ReadText,
  matches: TriageMatches,
  internals: TriageRulesInternals,
  signals: readonly TriageSignal[],
): TriageDecision {
  const findings = emptyFindings();
  const matched = matches.risk;
  collectHits(findings, matched, internals.ruleKinds, read);
  // A message the tables already read as a crisis is a crisis whatever the risk reader adds: it is not read
  // twice (its sentences' accounting no longer decides anything).
  const risk = findings.crisis.size > 0 ? null : readRisk(read, matched.masked);
  countWords(findings, matched);
  if (risk !== null) addRisk(findings, risk);
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
  // Every rule's matches, once: sentence accounting and the word model both read them.
  let allMatched: MatchedText | undefined;
  const everyRule = () => {
    allMatched ??= matches.all();
    return allMatched;
  };
  const account = () => {
    const all = everyRule();
    collectRequests(findings, all, internals.ruleKinds);
    return accountSentences(read, all, findings, risk);
  };
  return decide(
    internals,
    findings,
    account,
    () => weighWords(read, everyRule().explained),
    signals,
    escalations,
    language,
    read.charactersRead,
    read.complete,
  );
}
