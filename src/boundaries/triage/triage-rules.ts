import * as z from 'zod';
import { isNonEmpty, ValidationError, type ValidationIssue, validate } from '../../core/index.js';
import { formatPath } from '../../core/internal.js';
import { isClinicalRole, PracticeRole } from '../access/practice-role.js';
import { wrapTriageRules } from './compiled-rules.js';
import { pairHalves, splitPairs } from './message-pairs.js';
import { PhraseEngine, type PhraseRule } from './phrase-engine.js';
import { expandGroups } from './phrase-groups.js';
import { parsePattern } from './phrase-pattern.js';
import { TRIAGE_TABLES } from './tables/all-tables.js';
import { EVERYDAY_WORD_CLASSES } from './tables/everyday-words.js';
import { RISK_VOCABULARY_CLASS } from './tables/risk-vocabulary.js';
import { TRIAGE_WORD_CLASSES } from './tables/word-classes.js';
import { AdministrativeCategory, ClinicalCategory, TriageCategory } from './triage-category.js';
import { ruleKinds } from './triage-findings.js';
import { BUILT_IN_CLASSES } from './word-lexicon.js';

/**
 * The class of an inbound client message, as `triageMessage` returns it in `outcome`. Triage is routing, not
 * assessment: `crisis` and `clinical` mean "a clinician must read this", never a judgement of risk.
 *
 * @example
 * ```ts
 * TriageClass.options; //=> ['crisis', 'clinical', 'scheduling', 'billing', 'paperwork', 'general']
 * ```
 */
export const TriageClass = z.enum(['crisis', 'clinical', 'scheduling', 'billing', 'paperwork', 'general']);
export type TriageClass = z.infer<typeof TriageClass>;

const CLASS_NAMES = new Set([
  ...Object.keys(TRIAGE_WORD_CLASSES),
  ...Object.keys(EVERYDAY_WORD_CLASSES),
  ...Object.keys(RISK_VOCABULARY_CLASS),
  ...Object.values(BUILT_IN_CLASSES),
]);

function phraseProblem(phrase: string): string | null {
  const expanded = expandGroups(phrase);
  if (typeof expanded === 'string') return expanded;
  if (expanded.length > 1) {
    for (const one of expanded) {
      const problem = phraseProblem(one);
      if (problem !== null) return problem;
    }
    return null;
  }
  const halves = pairHalves(phrase);
  if (halves === 'invalid') return 'a pair read across sentences is two phrases joined by &&';
  if (halves !== null) return phraseProblem(halves[0]) ?? phraseProblem(halves[1]);
  const parsed = parsePattern(phrase);
  if (typeof parsed === 'string') return parsed;
  for (const part of parsed.parts) {
    for (const slot of part) {
      for (const alt of slot.alternatives) {
        if (alt.kind === 'class' && !CLASS_NAMES.has(alt.text))
          return 'names a word class the tables do not have';
      }
    }
  }
  return null;
}

/**
 * A practice's own phrase for one triage category, in the tables' phrase language: words in order, `word*`
 * for any word starting with it, `a|b` for alternatives, `..N` for up to N other words between, `{class}` for
 * a word class, `(a b|c)` for alternatives of more than one word, `&` for parts that must all be in the same
 * sentence, and `A && B` for two phrases found within two sentences of each other ("lo hice. tomé todo").
 *
 * @example
 * ```ts
 * TriagePhrase.parse({ category: 'self_harm', phrase: 'picking ..2 my ..1 skin' }).category; //=> 'self_harm'
 * ```
 */
export const TriagePhrase = z
  .object({
    category: TriageCategory,
    phrase: z
      .string()
      .min(1)
      .max(300)
      .superRefine((phrase, ctx) => {
        const problem = phraseProblem(phrase);
        if (problem !== null) {
          ctx.addIssue({
            code: 'custom',
            message: `is not a triage phrase: ${problem}`,
            params: { code: 'boundaries.triage.invalid_phrase' },
          });
        }
      }),
  })
  .strict();
export type TriagePhrase = z.infer<typeof TriagePhrase>;
/** What callers pass for a {@link TriagePhrase}. */
export type TriagePhraseInput = z.input<typeof TriagePhrase>;

/**
 * Which role each class goes to by default.
 *
 * @example
 * ```ts
 * DEFAULT_TRIAGE_ROUTING.crisis; //=> 'clinician'
 * ```
 * @remarks Crisis goes to the on-call clinician, clinical matters to a clinician: staff may not triage
 * clinical calls without a clinician's review. [sources: tx-22-tac-465, samhsa-988]
 */
export const DEFAULT_TRIAGE_ROUTING: Readonly<Record<TriageClass, PracticeRole>> = Object.freeze({
  crisis: 'clinician',
  clinical: 'clinician',
  scheduling: 'assistant',
  billing: 'biller',
  paperwork: 'assistant',
  general: 'assistant',
});

/**
 * A practice's triage policy, as data: its own phrases per category, added to the built-in tables (which
 * cannot be removed), and routing overrides. Crisis and clinical messages must route to a clinical role.
 *
 * @example
 * ```ts
 * TriageRules.parse({ phrases: [{ category: 'medication', phrase: 'ketamine' }] }).phrases.length; //=> 1
 * ```
 * @remarks The built-in tables stay: a practice can only add what its clients say. [sources: tx-22-tac-465]
 */
export const TriageRules = z
  .object({
    phrases: z.array(TriagePhrase).max(10_000).default([]),
    routing: z
      .object({
        crisis: PracticeRole.optional(),
        clinical: PracticeRole.optional(),
        scheduling: PracticeRole.optional(),
        billing: PracticeRole.optional(),
        paperwork: PracticeRole.optional(),
        general: PracticeRole.optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((rules, ctx) => {
    for (const cls of ['crisis', 'clinical'] as const) {
      const role = rules.routing[cls];
      if (role !== undefined && !isClinicalRole(role)) {
        ctx.addIssue({
          code: 'custom',
          message: 'crisis and clinical messages must route to a clinical role',
          path: ['routing', cls],
          params: { code: 'boundaries.triage.clinical_route_to_non_clinician' },
        });
      }
    }
  });
export type TriageRules = z.infer<typeof TriageRules>;
/** What callers pass for {@link TriageRules}. */
export type TriageRulesInput = z.input<typeof TriageRules>;

declare const compiledTriageRulesBrand: unique symbol;

/**
 * Triage rules compiled for matching: build once with {@link compileTriageRules} and pass to every
 * `triageMessage` call. Opaque: its contents are not part of the API.
 */
export interface CompiledTriageRules {
  readonly [compiledTriageRulesBrand]: 'CompiledTriageRules';
}

/**
 * Word flags triage reads: means that keep a negated risk statement a crisis ("I won't do anything, the gun
 * is in my drawer"); a word after which an unknown word may be a name ("Hi Dr. Nguyen"); a word of everyday
 * context (a game, a shift, a storm) that lets a sentence asking nothing stand beside a request; a number, a
 * time, logistics; a word of the crisis tables' declared risk vocabulary (tables/risk-vocabulary.ts); a relation
 * a writer names to say who they are to a client ("maxs mom").
 */
const FLAG_CLASSES = [
  'means',
  'name_cue',
  'context',
  'number',
  'time',
  'logistics',
  'risk_word',
  'relation',
] as const;

/** Labels whose rules mask the words they match from every other rule: ordinary and clinical senses. */
const MASK_LABELS: ReadonlySet<string> = new Set(['ordinary_sense', 'clinical_sense']);

/** An engine rule and where it came from, for a validation issue. */
interface PlacedRule extends PhraseRule {
  readonly path: readonly (string | number)[];
}

/** The built-in tables and a practice's phrases as engine rules. */
function allRules(rules: TriageRules): PlacedRule[] {
  const builtIn = TRIAGE_TABLES.flatMap((table) =>
    (['en', 'es'] as const).flatMap((language) =>
      table[language].map((pattern, k) => ({
        label: table.label,
        pattern,
        path: ['tables', table.label, language, k],
      })),
    ),
  );
  const own = rules.phrases.map((p, k) => ({
    label: p.category,
    pattern: p.phrase,
    path: ['phrases', k, 'phrase'],
  }));
  return [...builtIn, ...own];
}

/**
 * A mask hides the words it matches from every risk rule, so it must be one phrase of words in order: parts
 * joined by `&` may lie anywhere in a sentence, and a mask built of them would hide a risk statement beside
 * an ordinary one ("I'm dead serious, I want to die lol").
 */
function maskIssues(rules: readonly PlacedRule[]): ValidationIssue[] {
  return rules
    .filter((rule) => MASK_LABELS.has(rule.label) && rule.pattern.includes('&'))
    .map((rule) => ({
      path: rule.path,
      at: formatPath(rule.path),
      code: 'boundaries.triage.invalid_phrase',
      message: 'is not a triage phrase: an ordinary sense must be one phrase, without &',
    }));
}

/** A rule with `(…|…)` groups as the rules it stands for (a built-in one that does not expand is a slip). */
function expandRule(rule: PlacedRule): PlacedRule[] {
  const patterns = expandGroups(rule.pattern);
  if (typeof patterns === 'string') throw new Error(`pattern "${rule.pattern}": ${patterns}`);
  return patterns.map((pattern) => ({ ...rule, pattern }));
}

/** Compiles the built-in tables plus a practice's phrases. */
function compile(rules: TriageRules): CompiledTriageRules {
  const written = allRules(rules);
  const issues = maskIssues(written);
  if (isNonEmpty(issues)) throw new ValidationError('triage rules', issues);
  const { rules: placed, pairs, pairSides } = splitPairs(written.flatMap(expandRule));
  const engine = new PhraseEngine(
    { ...TRIAGE_WORD_CLASSES, ...EVERYDAY_WORD_CLASSES, ...RISK_VOCABULARY_CLASS },
    placed.map(({ label, pattern }) => ({ label, pattern })),
    {
      maskLabels: [...MASK_LABELS],
      explainLabels: [...AdministrativeCategory.options, 'courtesy', 'enquiry'],
      flagClasses: FLAG_CLASSES,
      // Every word of a clinical rule is clinical vocabulary; a crisis rule's words are risk words only when
      // its table declares them (the `risk_word` flag): its other words are ordinary (see sentence-accounting.ts).
      ruleWordLabels: [...ClinicalCategory.options, 'clinical_sense'],
      negation: { negators: 'neg', fillers: 'neg_filler', doubts: 'neg_doubt' },
    },
  );
  const routing = { ...DEFAULT_TRIAGE_ROUTING };
  for (const cls of TriageClass.options) {
    const role = rules.routing[cls];
    if (role !== undefined) routing[cls] = role;
  }
  return wrapTriageRules({ engine, routing, ruleKinds: ruleKinds(placed, pairSides, pairs) });
}

let builtIn: CompiledTriageRules | undefined;

/**
 * Compiles a practice's triage policy (the built-in English and Spanish tables plus its own phrases) for
 * `triageMessage`. Compile once and reuse: compiling reads every table.
 *
 * @throws {@link ValidationError} for a phrase that does not parse, an unknown category or word class, or a
 * crisis or clinical route to a non-clinical role
 * @example
 * ```ts
 * const rules = compileTriageRules({ phrases: [{ category: 'medication', phrase: 'ketamine' }] });
 * triageMessage('Can I get ketamine?', { rules }).outcome; //=> 'clinical'
 * ```
 */
export function compileTriageRules(input: TriageRulesInput = {}): CompiledTriageRules {
  const rules = validate(TriageRules, input, 'triage rules');
  if (rules.phrases.length > 0 || Object.keys(rules.routing).length > 0) return compile(rules);
  // The built-in rules are compiled once: a pure memo of constant data.
  builtIn ??= compile(rules);
  return builtIn;
}
