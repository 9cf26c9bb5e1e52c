import * as z from 'zod';
import { validate } from '../core/index.js';
import { MEDICATION_NAMES } from './medication-names.js';
import { buildPhraseTrie, isValidPhrase, type PhraseTrie } from './phrase-trie.js';
import { isClinicalRole, PracticeRole } from './practice-role.js';
import { compileTriageMatcher, type TriageMatcher } from './triage-matcher.js';

/**
 * The class of an inbound client message. Triage is routing, not assessment: `crisis` and `clinical` mean
 * "a clinician must read this", never a judgement of risk.
 *
 * @example
 * ```ts
 * TriageClass.options; //=> ['crisis', 'clinical', 'scheduling', 'billing', 'paperwork', 'general']
 * ```
 * @remarks [sources: samhsa-988, crico-clinical-calls]
 */
export const TriageClass = z.enum(['crisis', 'clinical', 'scheduling', 'billing', 'paperwork', 'general']);
export type TriageClass = z.infer<typeof TriageClass>;

/**
 * The kind of crisis language a message contains.
 *
 * @example
 * ```ts
 * triageMessage('he hits me').crisisKinds; //=> ['abuse']
 * ```
 * @remarks Suicidal or homicidal intent, self-harm, abuse, acute (medical) crisis [sources: samhsa-988].
 */
export const CrisisKind = z.enum(['suicide_self_harm', 'harm_to_others', 'abuse', 'medical_emergency']);
export type CrisisKind = z.infer<typeof CrisisKind>;

const PhraseText = z
  .string()
  .min(1)
  .max(200)
  .refine(isValidPhrase, {
    message: 'must have one to eight words; a prefix word (word*) needs at least three letters',
    params: { code: 'boundaries.triage.invalid_phrase' },
  });

/**
 * One triage rule: a phrase (words separated by spaces; `word*` matches any word starting with `word`)
 * and the class it signals. Crisis phrases name their kind; other phrases carry a weight (1–5).
 *
 * @example
 * ```ts
 * TriagePhrase.parse({ phrase: 'reschedul*', class: 'scheduling', weight: 2 }).weight; //=> 2
 * ```
 * @remarks Phrases are matched on normalized words; at most eight words per phrase keeps matching linear.
 */
export const TriagePhrase = z.discriminatedUnion('class', [
  z.object({ phrase: PhraseText, class: z.literal('crisis'), crisisKind: CrisisKind }).strict(),
  z
    .object({
      phrase: PhraseText,
      class: z.enum(['clinical', 'scheduling', 'billing', 'paperwork', 'general']),
      weight: z.number().int().min(1).max(5).default(1),
    })
    .strict(),
]);
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
 * @remarks Crisis goes to the on-call clinician [sources: samhsa-988]; clinical messages to a clinician (no
 * clinical triage without clinician review [sources: crico-clinical-calls]).
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
 * A practice's triage rules, as data: phrases added to (or, with `includeDefaults: false`, replacing) the
 * built-in tables, and routing overrides. Crisis and clinical classes must route to a clinical role.
 *
 * @example
 * ```ts
 * TriageRules.parse({ phrases: [{ phrase: 'ketamine', class: 'clinical', weight: 2 }] }).includeDefaults; //=> true
 * ```
 * @remarks Routing a crisis or clinical class to a non-clinical role is rejected
 * [sources: tx-22-tac-465, crico-clinical-calls].
 */
export const TriageRules = z
  .object({
    phrases: z.array(TriagePhrase).max(10_000).default([]),
    includeDefaults: z.boolean().default(true),
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

// ---------------------------------------------------------------------------------------------------------
// Built-in tables. Written for US English client messages; matched on normalized words (see triage-text.ts).
// Crisis phrases: suicidal or homicidal intent, self-harm, abuse, acute crisis [sources: samhsa-988].

const CRISIS: Readonly<Record<CrisisKind, readonly string[]>> = {
  suicide_self_harm: [
    // Hopelessness, safety, goodbyes and disappearing: indirect phrasings from a fresh held-out check.
    'dont see the point',
    'see no point',
    'no point anymore',
    'whats the point anymore',
    'point of anything',
    'keep myself safe',
    'stay safe tonight',
    'not safe with myself',
    'dont feel safe with myself',
    'saying goodbye',
    'goodbye letter*',
    'letters to my family',
    'letter to my family',
    'giving away my things',
    'reason to be alive',
    'reason for me to be alive',
    'why am i still alive',
    'pain to stop forever',
    'make it stop forever',
    'sleep forever',
    'if i disappeared',
    'if i was gone',
    'if i were gone',
    'world without me',
    'jump off',
    'jumping off',
    'jump in front',
    'jumping in front',
    'off the bridge',
    'off a bridge',
    'off the roof',
    'stockpil*',
    'saving up my pills',
    'suicid*',
    'sucid*',
    'suicdal',
    'sewerslide',
    'unalive*',
    'kms',
    'kill myself',
    'killing myself',
    'killed myself',
    'kill my self',
    'end my life',
    'ending my life',
    'end it all',
    'ending it all',
    'end it tonight',
    'take my own life',
    'take my life',
    'want to die',
    'wanna die',
    'want to be dead',
    'wish i was dead',
    'wish i were dead',
    'better off dead',
    'better off without me',
    'dont want to live',
    'dont wanna live',
    'do not want to live',
    'not sure i want to live',
    'not sure if i want to live',
    'dont know if i want to live',
    'unsure if i want to live',
    'no will to live',
    'lost the will to live',
    'tired of living',
    'not worth living',
    'life isnt worth living',
    'want it all to end',
    'want everything to end',
    'no reason to keep living',
    'cant see a reason to live',
    'dont want to be alive',
    'dont want to be here anymore',
    'not want to be here anymore',
    'dont want to wake up',
    'never wake up',
    'not to wake up',
    'hope i dont wake up',
    'no reason to live',
    'nothing to live for',
    'no point living',
    'no point in living',
    'point of living',
    'point in living',
    'kill herself',
    'kill himself',
    'kill themselves',
    'killing herself',
    'killing himself',
    'kill yourself',
    'wants to die',
    'cant go on',
    'cannot go on',
    'cant do this anymore',
    'cant keep going',
    'hurt myself',
    'hurting myself',
    'harm myself',
    'harming myself',
    'self harm*',
    'selfharm*',
    'cut myself',
    'cutting myself',
    'cutting again',
    'started cutting',
    'burn myself',
    'burning myself',
    'hang myself',
    'shoot myself',
    'jump off a',
    'jump off the bridge',
    'jump off the roof',
    'jump in front of',
    'slit my wrist*',
    'took too many pills',
    'take all my pills',
    'taking all my pills',
    'swallow all my pills',
    'stockpiling my pills',
    'goodbye to everyone',
    'goodbye forever',
    'final goodbye',
    'disappear forever',
    'disappear* for good',
    'happier if i',
    'better off if i',
    'happier without me',
    'wont be around',
    'not be around anymore',
    'bled',
    'if i was gone',
    'if i were gone',
    'nobody would miss me',
    'no one would miss me',
    'no one would notice',
    'everyone would be better off',
  ],
  harm_to_others: [
    'homicid*',
    'want to hurt',
    'going to hurt him',
    'going to hurt her',
    'i know where he lives',
    'i know where she lives',
    'i know where they live',
    'make him pay',
    'make her pay',
    'want him dead',
    'want her dead',
    'want them dead',
    'wish he was dead',
    'wish she was dead',
    'going to kill me',
    'gonna kill me',
    'will kill me',
    'knife',
    'knives',
    'gun',
    'guns',
    'weapon*',
    'kill him',
    'kill her',
    'kill them',
    'kill someone',
    'kill somebody',
    'kill everyone',
    'kill my husband',
    'kill my wife',
    'kill my boss',
    'kill my partner',
    'kill my dad',
    'kill my mom',
    'hurt someone',
    'hurt somebody',
    'hurt him',
    'hurt her',
    'hurt them',
    'hurt people',
    'hurting people',
    'hurting someone',
    'hurting others',
    'hurt others',
    'hurt anyone',
    'hurt anybody',
    'kill anyone',
    'hurt my kid*',
    'hurt my child*',
    'hurt my baby',
    'hurt my son',
    'hurt my daughter',
    'hurt my wife',
    'hurt my husband',
    'hurt my partner',
    'shake the baby',
    'make them pay',
    'make him pay',
    'make her pay',
    'get my gun',
    'stab',
    'stabbing',
    'stabbed',
    'shoot up',
    'shoot him',
    'shoot her',
    'shoot them',
    'snap and hurt',
  ],
  abuse: [
    'kill me if i leave',
    'hurt me if i leave',
    'threatened to kill me',
    'threatens to kill me',
    'abused',
    'abusing me',
    'abusive',
    'being abused',
    'sexually abused',
    'hits my kid*',
    'hit my kid*',
    'hurts my kid*',
    'domestic violence',
    'hits me',
    'he hit me',
    'she hit me',
    'they hit me',
    'hit me again',
    'he is hitting me',
    'she is hitting me',
    'hes hitting me',
    'shes hitting me',
    'keeps hitting me',
    'been hitting me',
    'beats me',
    'he beat me',
    'she beat me',
    'beat me up',
    'is beating me',
    'been beating me',
    'beating me up',
    'he hurts me',
    'she hurts me',
    'they hurt me',
    'he is hurting me',
    'hes hurting me',
    'she is hurting me',
    'shes hurting me',
    'choked me',
    'choking me',
    'strangled*',
    'molest*',
    'touching me',
    'forced me',
    'forces me',
    'afraid of him',
    'afraid of her',
    'scared of him',
    'scared of her',
    'rape*',
    'raping',
    'sexually assault*',
    'assaulted me',
    'touched me',
    'touches me',
    'threatened to kill',
    'threatens to kill',
    'threatened me',
    'threatening me',
    'not safe at home',
    'dont feel safe',
    'do not feel safe',
    'not safe',
    'afraid to go home',
    'scared to go home',
    'afraid for my life',
    'locked me in',
    'being neglected',
  ],
  medical_emergency: [
    'overdos*',
    'bunch of pills',
    'handful of pills',
    'bottle of pills',
    'took all my pills',
    'took a lot of pills',
    'swallowed pills',
    'whole bottle',
    'unresponsive',
    'not responding',
    'turning blue',
    'every pill',
    'all the pills',
    'all my pills',
    'bottle of pills',
    'swallowed pills',
    'cant breathe',
    'cannot breathe',
    'trouble breathing',
    'not breathing',
    'chest pain*',
    'seizure*',
    'unconscious',
    'fainted',
    'collapsed',
    'cant wake him',
    'cant wake her',
    'passed out',
    'wont wake up',
    'heart attack',
    'stroke',
    'poison*',
    'allergic reaction',
    'anaphyla*',
    'bleeding a lot',
    'wont stop bleeding',
    'call 911',
    'called 911',
    'calling 911',
    '911',
    'ambulance',
    'medical emergency',
    'emergency room',
  ],
};

// Harm verbs crossed with who they are aimed at: self-harm, and harm to others [sources: samhsa-988].
const SELF_HARM_VERBS = [
  'hurt*',
  'harm*',
  'cut*',
  'burn*',
  'scratch*',
  'punch*',
  'hit*',
  'starv*',
  'punish*',
  'kill*',
];
const HARM_VERBS = ['kill*', 'hurt*', 'stab*', 'shoot*', 'strangl*', 'chok*', 'attack*', 'beat*'];
const HARM_TARGETS = [
  'him',
  'her',
  'them',
  'someone',
  'somebody',
  'people',
  'everyone',
  'anyone',
  'others',
  'my father',
  'my mother',
  'my dad',
  'my mom',
  'my husband',
  'my wife',
  'my partner',
  'my boyfriend',
  'my girlfriend',
  'my boss',
  'my coworker',
  'my ex',
  'my brother',
  'my sister',
  'my son',
  'my daughter',
  'my kids',
  'my kid',
  'my child',
  'my children',
  'my baby',
  'my roommate',
  'my neighbor',
];

const CLINICAL_STRONG = [
  'medication*',
  'meds',
  'med',
  'side effect*',
  'dose',
  'dosage',
  'doses',
  'prescri*',
  'refill',
  ...MEDICATION_NAMES,
  'panic attack*',
  'depress*',
  'anxiety',
  'anxious',
  'symptom*',
  'diagnos*',
  'ptsd',
  'adhd',
  'bipolar',
  'ocd',
  'flashback*',
  'nightmares',
  'intrusive thought*',
  'hearing voices',
  'manic',
  'mania',
  'relaps*',
  'drinking again',
  'using again',
  'cravings',
  'triggered',
  'dark thoughts',
  'hopeless*',
  'worthless',
  'spiraling',
  'spiralling',
  'breakdown',
  'meltdown',
  'feeling worse',
  'getting worse',
  'feel worse',
  'struggling',
  'grief',
  'grieving',
  'trauma*',
  'therapy isnt working',
  'treatment plan',
  'should i take',
  'should i stop',
  'should i increase',
  'cant sleep',
  'insomnia',
  'not sleeping',
  'eating disorder',
  'binge*',
  'purging',
  'dissociat*',
  'advice',
  'what should i do',
  'worried about my',
  'a rough week',
  'rough time',
  'hard time',
  'cant stop crying',
  'crying all',
  'overwhelmed',
  'sober',
  'sobriety',
  'urges',
  'the urge',
];

const CLINICAL_WEAK = [
  'feeling',
  'mood',
  'thoughts',
  'therapist think',
  'talk about',
  'homework',
  'drinking',
  'sleep',
];

const SCHEDULING_STRONG = [
  'appointment*',
  'appt*',
  'reschedul*',
  'resched',
  'cancel*',
  'schedul*',
  'book',
  'booking',
  'availability',
  'available',
  'opening*',
  'time slot*',
  'slot*',
  'running late',
  'be late',
  'move my session',
  'move our session',
  'change my session',
  'change the time',
  'session link',
  'zoom link',
  'video link',
  'telehealth link',
  'meeting link',
  'waitlist',
  'every other week',
  'biweekly',
  'minutes late',
  'wait list',
  'no show',
  'missed my session',
  'skip this week',
];

const SCHEDULING_WEAK = [
  'session*',
  'late',
  'weekly',
  'tomorrow',
  'today',
  'tonight',
  'monday*',
  'tuesday*',
  'wednesday*',
  'thursday*',
  'friday*',
  'saturday*',
  'sunday*',
  'next week',
  'this week',
  'oclock',
  'morning',
  'afternoon',
  'evening',
  'time',
  'reminder',
];

const BILLING_STRONG = [
  'bill',
  'billed',
  'billing',
  'bills',
  'invoice*',
  'charge',
  'charges',
  'payment*',
  'pay',
  'paid',
  'copay*',
  'co pay*',
  'deductible',
  'coinsurance',
  'insurance',
  'receipt*',
  'superbill*',
  'statement',
  'balance',
  'credit card',
  'card on file',
  'claim*',
  'eob',
  'explanation of benefits',
  'out of network',
  'in network',
  'cover*',
  'hsa',
  'fsa',
  'sliding scale',
  'how much',
  'cost',
  'price',
  'rate',
  'venmo',
  'zelle',
  'autopay',
  'overcharged',
  'double charged',
  'aetna',
  'cigna',
  'medicaid',
  'medicare',
  'blue cross',
  'united healthcare',
  'optum',
];

const BILLING_MONEY = ['fee', 'fees', 'charged', 'refund*'];

const PAPERWORK_STRONG = [
  'form',
  'forms',
  'intake',
  'paperwork',
  'consent*',
  'sign',
  'signed',
  'signature',
  'document*',
  'records',
  'release of information',
  'roi',
  'questionnaire*',
  'fmla',
  'upload*',
  'portal',
  'docusign',
  'release form',
  'disability paperwork',
  'attendance note',
  'proof of attendance',
  'fill out',
  'filled out',
  'pdf',
  'insurance card',
];

const GENERAL_STRONG = [
  'hours',
  'open',
  'address',
  'located',
  'location',
  'parking',
  'park',
  'directions',
  'new clients',
  'accepting',
  'accept new',
  'do you offer',
  'do you see',
  'specializ*',
  'fax',
  'phone number',
  'website',
  'wheelchair',
  'holiday',
  'closed',
  'office',
  'couples',
  'group therapy',
  'referral',
  'refer',
  'waiting room',
  'bathroom',
  'elevator',
  'language',
  'spanish',
  'contact',
  // Enquiry frames about the practice itself (so the no-intent escalation stays for real unknowns).
  'do you work with',
  'do you offer',
  'do you do',
  'do you have a',
  'are you taking',
  'taking referrals',
  'are there any therapists',
  'first visit',
  'how long have you',
  'right number',
  'newsletter',
];

const GENERAL_WEAK = ['hello', 'hi', 'question', 'ok', 'okay'];
const GENERAL_THANKS = ['thanks', 'thank you'];

function weighted(
  cls: Exclude<TriageClass, 'crisis'>,
  phrases: readonly string[],
  weight: number,
): TriagePhrase[] {
  return phrases.map((phrase) => ({ phrase, class: cls, weight }));
}

/**
 * The built-in triage tables, as data a practice can read and extend: crisis phrases by kind, then
 * weighted phrases for each other class.
 *
 * @example
 * ```ts
 * DEFAULT_TRIAGE_PHRASES.some((p) => p.phrase === 'want to die' && p.class === 'crisis'); //=> true
 * ```
 * @remarks Crisis phrases [sources: samhsa-988] (suicidal or homicidal intent, self-harm, abuse,
 * acute medical crisis); written for this library and tuned on its labelled synthetic message sets.
 */
export const DEFAULT_TRIAGE_PHRASES: readonly TriagePhrase[] = Object.freeze([
  ...CrisisKind.options.flatMap((kind) =>
    CRISIS[kind].map((phrase): TriagePhrase => ({ phrase, class: 'crisis', crisisKind: kind })),
  ),
  ...SELF_HARM_VERBS.flatMap((verb) =>
    ['myself', 'my arm*', 'my wrist*', 'my leg*', 'my skin'].map(
      (target): TriagePhrase => ({
        phrase: `${verb} ${target}`,
        class: 'crisis',
        crisisKind: 'suicide_self_harm',
      }),
    ),
  ),
  ...HARM_VERBS.flatMap((verb) =>
    HARM_TARGETS.map(
      (target): TriagePhrase => ({
        phrase: `${verb} ${target}`,
        class: 'crisis',
        crisisKind: 'harm_to_others',
      }),
    ),
  ),
  ...weighted('clinical', CLINICAL_STRONG, 3),
  ...weighted('clinical', CLINICAL_WEAK, 1),
  ...weighted('scheduling', SCHEDULING_STRONG, 2),
  ...weighted('scheduling', SCHEDULING_WEAK, 1),
  ...weighted('billing', BILLING_STRONG, 2),
  ...weighted('billing', BILLING_MONEY, 3),
  ...weighted('paperwork', PAPERWORK_STRONG, 2),
  ...weighted('paperwork', ['letter', 'letters'], 3),
  ...weighted('general', GENERAL_STRONG, 2),
  ...weighted('general', GENERAL_WEAK, 1),
  ...weighted('general', GENERAL_THANKS, 2),
]);

// ---------------------------------------------------------------------------------------------------------
// Compilation: a word trie with prefix edges, and a one-edit fuzzy table for often-misspelled words.

/** One phrase as compiled: its class, kind or weight, and its text from the table (never from a message). */
export interface CompiledTerm {
  readonly phrase: string;
  readonly triageClass: TriageClass;
  /** The class's place in {@link TriageClass}.options, for adding up scores by number. */
  readonly classIndex: number;
  readonly crisisKind: CrisisKind | null;
  readonly weight: number;
}

/**
 * Triage rules compiled for matching: build once with {@link compileTriageRules}, pass to every
 * {@link triageMessage} call. Treat as opaque.
 */
export interface CompiledTriageRules {
  readonly trie: PhraseTrie<CompiledTerm>;
  /** The trie as the message reader walks it: words named by automaton state. */
  readonly matcher: TriageMatcher<CompiledTerm>;
  readonly fuzzy: ReadonlyMap<string, string>;
  /** First three letters ({@link rootKey}) of every word that can start a phrase: others skip the lookup. */
  readonly rootHeads: ReadonlySet<number>;
  /** First-two-letter keys of words that may be one edit from a fuzzy word. */
  readonly fuzzyHeads: ReadonlySet<number>;
  /** {@link fuzzyHeads} as a table of ASCII pairs: 1 at `first * 128 + second`. */
  readonly fuzzyHeadPairs: Uint8Array;
  /**
   * A bounded memo of word lookups (fuzzy reading and trie entry points), filled as messages are read.
   * It only saves time: a result never depends on what it holds.
   */
  readonly wordMemo: Map<string, WordEntry>;
  readonly routing: Readonly<Record<TriageClass, PracticeRole>>;
}

/**
 * Words read through one edit (see {@link canonicalWord}): often misspelled, and long enough that one edit
 * does not reach a common word. All ASCII.
 */
export const FUZZY_WORDS: readonly string[] = [
  'suicide',
  'suicidal',
  'homicidal',
  'selfharm',
  'overdosed',
  'anxiety',
  'depressed',
  'depression',
  'medication',
  'appointment',
  'reschedule',
  'cancel',
  'insurance',
  'paperwork',
  'receipt',
  'superbill',
];

/**
 * Compiles triage rules (the built-in tables plus the practice's phrases) into a matcher.
 *
 * @throws {@link ValidationError} for an invalid phrase or a crisis/clinical route to a non-clinical role
 * @example
 * ```ts
 * const rules = compileTriageRules({ phrases: [{ phrase: 'ketamine', class: 'clinical', weight: 3 }] });
 * triageMessage('Can I get ketamine?', { rules }).outcome; //=> 'clinical'
 * ```
 */
export function compileTriageRules(input: TriageRulesInput = {}): CompiledTriageRules {
  const rules = validate(TriageRules, input, 'triage rules');
  const phrases = rules.includeDefaults ? [...DEFAULT_TRIAGE_PHRASES, ...rules.phrases] : rules.phrases;
  const trie = buildPhraseTrie(
    phrases.map((entry) => ({
      phrase: entry.phrase,
      term: {
        phrase: entry.phrase,
        triageClass: entry.class,
        classIndex: TriageClass.options.indexOf(entry.class),
        crisisKind: entry.class === 'crisis' ? entry.crisisKind : null,
        weight: entry.class === 'crisis' ? 0 : entry.weight,
      },
    })),
  );
  const fuzzy = new Map<string, string>();
  for (const word of FUZZY_WORDS) {
    for (let i = 0; i < word.length; i += 1) {
      const deletion = word.slice(0, i) + word.slice(i + 1);
      if (!fuzzy.has(deletion)) fuzzy.set(deletion, word);
    }
  }
  const rootHeads = new Set<number>();
  for (const word of trie.root.exact.keys()) rootHeads.add(rootKey(word));
  for (const edges of trie.root.prefix.values()) for (const edge of edges) rootHeads.add(rootKey(edge.stem));
  const fuzzyHeads = new Set<number>();
  const fuzzyHeadPairs = new Uint8Array(128 * 128);
  for (const word of FUZZY_WORDS) {
    // Keeps the first letter, or drops or swaps one of the first two.
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 2],
      [1, 0],
    ] as const) {
      fuzzyHeads.add(word.charCodeAt(a) * 65_536 + word.charCodeAt(b));
      fuzzyHeadPairs[word.charCodeAt(a) * 128 + word.charCodeAt(b)] = 1;
    }
  }
  return {
    trie,
    matcher: compileTriageMatcher(trie, {
      moreWords: FUZZY_WORDS,
      readingOf: (word) => fuzzyReading(word, trie.vocabulary, fuzzy),
    }),
    fuzzy,
    rootHeads,
    fuzzyHeads,
    fuzzyHeadPairs,
    wordMemo: new Map(),
    routing: { ...DEFAULT_TRIAGE_ROUTING, ...stripUndefined(rules.routing) },
  };
}

function stripUndefined(routing: TriageRules['routing']): Partial<Record<TriageClass, PracticeRole>> {
  const out: Partial<Record<TriageClass, PracticeRole>> = {};
  for (const cls of TriageClass.options) {
    const role = routing[cls];
    if (role !== undefined) out[cls] = role;
  }
  return out;
}

const FUZZY_SET = new Set(FUZZY_WORDS);

/**
 * A word's letters as a bit set: a to z one bit each, any other character one of five shared bits. Shared
 * bits can only hide a difference, so a test on these sets never rules out a word it should keep.
 */
export function letterBit(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << (26 + (code % 5));
}

function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i += 1) set |= letterBit(word.charCodeAt(i));
  return set;
}

const FUZZY_LETTER_SETS = FUZZY_WORDS.map(letterSet);

/**
 * Whether a word with these letters ({@link letterBit}) may be one {@link canonicalWord} reads as a fuzzy
 * word: each reading there (a letter dropped, added, or swapped for another) leaves at most one letter in
 * either word that the other lacks. A quick test that saves building the word as a string.
 */
export function mayBeMisspelling(letters: number): boolean {
  for (const fuzzy of FUZZY_LETTER_SETS) {
    const extra = letters & ~fuzzy;
    const missing = fuzzy & ~letters;
    if ((extra & (extra - 1)) === 0 && (missing & (missing - 1)) === 0) return true;
  }
  return false;
}

/** How a message word is read: the matcher's states for its fuzzy reading (see triage-word-reader.ts). */
export interface WordEntry {
  /** The state of the word as one of the table's words, or 0. */
  readonly word: number;
  /** The state of the longest table stem it starts with, or 0. */
  readonly stem: number;
}

/**
 * A number naming a word's first three characters (fewer for a shorter word), for filtering without
 * hashing the word; -1 when one of them is outside the table (the word is then always looked up).
 */
export function rootKey(word: string): number {
  const a = word.charCodeAt(0);
  const b = word.length > 1 ? word.charCodeAt(1) : 0;
  const c = word.length > 2 ? word.charCodeAt(2) : 0;
  if (a >= 1024 || b >= 1024 || c >= 1024) return -1;
  return (a << 20) | (b << 10) | c;
}

/** A number naming a word's first two characters, for cheap filtering without hashing the word. */
export function wordHead(word: string): number {
  return word.charCodeAt(0) * 65_536 + (word.length > 1 ? word.charCodeAt(1) : 0);
}

/** The fuzzy table's reading of a word one edit away from a listed crisis word, or the word itself. */
export function canonicalWord(word: string, rules: CompiledTriageRules): string {
  return fuzzyReading(word, rules.trie.vocabulary, rules.fuzzy);
}

function fuzzyReading(
  word: string,
  vocabulary: ReadonlySet<string>,
  fuzzy: ReadonlyMap<string, string>,
): string {
  if (word.length < 6 || word.length > 11 || vocabulary.has(word)) return word;
  const direct = fuzzy.get(word);
  if (direct !== undefined) return direct;
  for (let i = 0; i < word.length; i += 1) {
    const deletion = word.slice(0, i) + word.slice(i + 1);
    if (FUZZY_SET.has(deletion)) return deletion;
    const viaDeletion = fuzzy.get(deletion);
    if (viaDeletion !== undefined) return viaDeletion;
  }
  return word;
}
