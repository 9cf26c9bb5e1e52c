import type { PracticeRole } from '../access/practice-role.js';
import type { PhraseEngine } from './phrase-engine.js';
import type { RuleKinds } from './triage-findings.js';
import type { CompiledTriageRules, TriageClass } from './triage-rules.js';

// Apart from triage-rules.ts so that the public declarations never name the engine: users see only the
// branded CompiledTriageRules.

/** What a {@link CompiledTriageRules} holds: the engine and the routing. */
export interface TriageRulesInternals {
  readonly engine: PhraseEngine;
  readonly routing: Readonly<Record<TriageClass, PracticeRole>>;
  /** What each rule is (its kind and its phrase's number; see triage-findings.ts), by its number in the engine. */
  readonly ruleKinds: RuleKinds;
}

const INTERNALS = Symbol('triage rules');

/** Compiled rules holding `internals`, opaque to users. */
export function wrapTriageRules(internals: TriageRulesInternals): CompiledTriageRules {
  return { [INTERNALS]: internals } as unknown as CompiledTriageRules;
}

/** The engine and routing inside compiled rules, or null for anything else. */
export function triageRulesInternals(rules: unknown): TriageRulesInternals | null {
  if (typeof rules !== 'object' || rules === null || !(INTERNALS in rules)) return null;
  return (rules as { [INTERNALS]: TriageRulesInternals })[INTERNALS];
}
