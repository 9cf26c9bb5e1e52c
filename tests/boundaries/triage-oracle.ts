// The reference for message triage: the implementation before the fast reader (triage-word-reader.ts),
// one string per word through tokenizeForTriage and the string phrase trie. Tests hold the fast path to
// it, decision for decision; the bench runs it as the naive baseline.

import {
  type AdministrativeTriageClass,
  type CompiledTriageRules,
  CRISIS_RESOURCES_TEMPLATE_ID,
  TRIAGE_CLASS_PRIORITY,
  TRIAGE_CLINICAL_THRESHOLD,
  TRIAGE_CRISIS_SCAN_CHARS,
  TRIAGE_READ_CHARS,
  TRIAGE_TAIL_CHARS,
  type TriageClass,
  type TriageDecision,
} from '../../src/boundaries/index.js';
import { edgesFor, matchPhrasesAt, type PhraseTrieNode } from '../../src/boundaries/phrase-trie.js';
import type { BoundariesReasonCode } from '../../src/boundaries/reason-codes.js';
import { FILLER_WORDS, NEGATOR_WORDS } from '../../src/boundaries/triage-negation.js';
import {
  type CompiledTerm,
  type CrisisKind,
  canonicalWord,
  rootKey,
  wordHead,
} from '../../src/boundaries/triage-rules.js';
import { tokenizeForTriage } from '../../src/boundaries/triage-text.js';
import { isNonEmpty, type Reason, reason } from '../../src/core/index.js';

const NEGATORS = new Set(NEGATOR_WORDS);
const FILLER = new Set(FILLER_WORDS);
const NEGATION_WINDOW = 5;
const MAX_FACT_PHRASES = 10;
const NO_NODES: readonly PhraseTrieNode<CompiledTerm>[] = [];
const WORD_MEMO_LIMIT = 50_000;

interface ReferenceWordEntry {
  readonly canonical: string;
  readonly nodes: readonly PhraseTrieNode<CompiledTerm>[];
}
// Its own memo per rule set (the rules' memo now holds the fast reader's entries).
const memos = new WeakMap<CompiledTriageRules, Map<string, ReferenceWordEntry>>();
function memoFor(rules: CompiledTriageRules): Map<string, ReferenceWordEntry> {
  let memo = memos.get(rules);
  if (memo === undefined) {
    memo = new Map();
    memos.set(rules, memo);
  }
  return memo;
}

/** The reading the reference gives each word of a text: its canonical form after the fuzzy filter. */
export function referenceReadings(text: string, rules: CompiledTriageRules): string[] {
  return tokenizeForTriage(text).words.map((raw) => {
    const key = rootKey(raw);
    const maybeFuzzy = raw.length >= 6 && raw.length <= 12 && rules.fuzzyHeads.has(wordHead(raw));
    if (key >= 0 && !rules.rootHeads.has(key) && !maybeFuzzy) return raw;
    return canonicalWord(raw, rules);
  });
}

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
  const memo = memoFor(rules);
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

export function referenceTriageMessage(text: unknown, rules: CompiledTriageRules): TriageDecision {
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
