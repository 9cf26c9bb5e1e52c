// Triage speed: 10,000 messages of about 1 KB (target under 300 ms) and 1 MB adversarial messages (target
// under 100 ms each), on the built package as users run it; and the engine against the naive matcher (every
// rule tried at every word, tests/boundaries/triage/naive-triage-fixtures.ts) on the same messages in the same
// run, so the ratio holds whatever the machine's load. The messages are built from the tuning set: dense with
// crisis, clinical and administrative phrases, so nearly every sentence has something for the rules to find.
// Last measured 2026-12-05 (thirteenth round; docs/boundaries.md "## Speed"): CPU medians of nine, this build beside
// main's (2275200) in one process, quiet machine: a sentence said again is copied from its first saying, so a pair of
// sentences repeated 122 -> 35 ms, a risk statement per sentence 84 -> 27, a risk word per line 66 -> 38, dotted
// letters 75 -> 63; the rest unchanged within noise, the slowest letters spelled out (85) and an emoji after each
// word (88), each one long sentence. 10,000 messages 1.43 s against 1.46 s (target 300 ms not met). The engine
// against the naive matcher: about 260 times faster (seventh speed round, same 200 messages).
// Speed pass of 2026-12-06 (docs/boundaries.md "## Speed"; decisions byte-identical with 789abf2 on 48,388 texts):
// fewer feasibility checks (3.1 M -> 0.9 M on the 10,000), 10,000 messages 3.10 -> 2.95 s side by side under load
// 12-20 (0.95), the 1 MB cases within +-10 % case by case; the slowest an emoji after each word (111 ms) and letters
// spelled out (102 ms) under that load. Target 300 ms not met: reading ~180 ns and matching ~575 ns per word.
// Eighteenth round (2026-12-06, no speed work): 10,000 messages 1.63-1.85 s against 1.68-2.02 s for b475c3c side by
// side (within noise); 98 % of these messages are crises, and reading alone took ~0.4 s of them. Target not met.
// Nineteenth round (2026-12-06, no speed work): 1.66 s against 1.68 s for 6249353 side by side; a one-word rule half on
// "pills" took the means-word megabyte to 102 ms and was rewritten as two words (67-80 ms again). Target not met.
// Twentieth round (2026-12-06, no speed work): 1.81-2.02 s against 1.82-1.91 s for e39769b side by side under load 6-9
// (within noise); the emoji megabyte 119-120 ms. Target not met.
// Twenty-first round (2026-12-06, no speed work): 3.42-3.61 s against 3.43-3.50 s for 7bff7aa side by side under load
// 4-9 (within noise; 2.08 s for 7bff7aa on a quiet machine); the emoji megabyte 143-148 ms. Target not met.
// Twenty-second round (2026-12-06, no speed work): 2.29 s against 2.33 s for a210606 side by side under load 6-7
// (within noise); the emoji megabyte 127 ms against 124 ms. Target not met.
// Twenty-third round (2026-12-07, no speed work): 2.40 s against 2.38 s for 1dc5e80 side by side under load 3 (within
// noise); the emoji megabyte 127 ms against 123 ms. Target not met.
// Twenty-fourth round (2026-12-07, a speed study, no change kept): 2.47 s against 2.49 s for the round's start tables side
// by side under load 3; the emoji megabyte 133 ms against 129 ms. Target not met.
// Twenty-fifth round (2026-12-07, no speed work): 3.03 s against 2.90 s for 06dd762 side by side under load 9-12 (the
// round added about 110 rules and masks); the emoji megabyte 136 ms against 127 ms. Target not met.
// Twenty-sixth round (2026-12-07, a speed study, no change kept; docs/boundaries.md "## Speed"): 3.08 s against 3.22 s
// for a791c29 side by side under load 23 (within noise); the emoji megabyte 130 ms against 127 ms. Target not met: the
// study puts this design's floor near 1.5 s and says what an engine that meets 300 ms would need.
// Twenty-seventh round (2026-12-07, a third speed study, no change kept): 4.73 s against 5.57 s for ed38a75 side by
// side under load 6-15 (0.85, within the script's order bias); the emoji megabyte 148 ms against 148 ms. Target not met.
// Twenty-eighth round (2026-12-07): no speed study (the machine shared by twelve people, load 14-63); the one engine
// change reads a digit inside letters spelled out, a branch per one-character word. Target not met.
// Speed round speed39 (2026-12-07; docs/boundaries.md "## Speed"; decisions byte-identical with 089c8e8 on 114,471 texts):
// side by side under load 10-40, 10,000 messages 0.97-1.02 (noise), a means word megabyte 171 -> 58 ms, the
// emoji megabyte 285 -> 150 ms (about 75 ms quiet by the load's factor, not measured quiet). Target not met.
// Speed round speed40 (2026-12-07; docs/boundaries.md "## Speed"; decisions byte-identical with fcb1047 on 117,115 texts):
// pair halves stamped flat, anchor entries of three numbers, masks proposed apart, hit lists sized at two a word: side
// by side under load 20-70, 10,000 messages 0.92-0.94 of main's time. Target not met; next: one automaton over word numbers.
// Speed round speed41 (2026-12-07, a speed study, no engine change kept; docs/boundaries.md "## Speed"): proposing from the
// slot least said in messages again (anchor entries read -36 %, decisions byte-identical on 118,369 texts) measured 0.99
// side by side under load 23-33, two 1 MB cases slower: dropped. Stages now printed by bench/triage-stages.mjs. Target not met.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import * as source from '../src/boundaries/index.js';
import { naiveTriageMessage } from '../tests/boundaries/triage/naive-triage-fixtures.js';

// The built package (see intake.bench.ts); `npm run bench` builds first.
const built: typeof import('../src/boundaries/index.js') = await import(
  '../dist/boundaries/index.js' as string
);

const TUNING: readonly { text: string }[] = JSON.parse(
  readFileSync(new URL('../tests/boundaries/corpus/tuning.json', import.meta.url), 'utf8'),
).messages;

// Messages of about 1 KB, built from the tuning set (deterministic, no randomness).
function messagesOfOneKilobyte(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i += 1) {
    let text = '';
    for (let j = i; text.length < 1000; j += 7)
      text += `${(TUNING[j % TUNING.length] as { text: string }).text} `;
    out.push(text.slice(0, 1024));
  }
  return out;
}
const MESSAGES_1KB = messagesOfOneKilobyte(10_000);
// The naive matcher takes about a second per hundred of these: the comparison uses the first 200.
const COMPARED = MESSAGES_1KB.slice(0, 200);

// 1 MB adversarial messages: crisis near-misses, one-letter words, one word, a phrase start repeated, a means
// word repeated, letters spelled out one by one that spell nothing (each rest of the run is tried), a risk word
// written in pieces (dotted letters: 70,000 sentences, each one word of risk joined from fragments; hyphenated,
// slashed, spaced out), a risk word or statement in every line or sentence (a hit per sentence), an emoji after
// each word, 100,000 one-word sentences (0.4 MB: each sentence needs its evidence), one word of 1 MB, punctuation
// only, and both halves of a pair read across sentences in every other sentence.
const MB = 1_048_576;
const repeatTo = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const ADVERSARIAL: Readonly<Record<string, string>> = {
  'crisis near-misses': repeatTo(
    'kill my suicid want to dont want to be her cut my jump off the s u i c i d ',
  ),
  'one-letter words': repeatTo('a '),
  'a single word': 'k'.repeat(MB),
  'a phrase start repeated': repeatTo('I want to '),
  'a means word repeated': repeatTo('pills '),
  'letters spelled out': repeatTo('q w e r t y u i o p '),
  'a risk word in dotted letters': repeatTo('s.u.i.c.i.d.e. '),
  'a risk word hyphenated': repeatTo('sui-cide '),
  'a risk word slashed': repeatTo('s/ui/cide '),
  'a risk word spaced out': repeatTo('s u i c i d e '),
  'a risk word per line': repeatTo('suicide\n'),
  'a risk statement per sentence': repeatTo('I want to kill myself. '),
  "'kms. ' repeated": repeatTo('kms. '),
  'an emoji after each word': repeatTo('pills 💊 ok 😀 '),
  '100,000 one-word sentences': 'ok. '.repeat(100_000),
  'one risk word of 1 MB': repeatTo('suicide'),
  'punctuation only': repeatTo('.,;!?-/ '),
  'a pair of sentences repeated': repeatTo('the thoughts are back. and now i have a plan. '),
};

const builtRules = built.compileTriageRules();
const sourceRules = source.compileTriageRules();
const ONCE = { iterations: 5, warmupIterations: 1, time: 0 };

describe('triageMessage: 10,000 messages of ~1 KB (built package)', () => {
  bench(
    '10,000 messages of ~1 KB',
    () => {
      for (const text of MESSAGES_1KB) built.triageMessage(text, { rules: builtRules });
    },
    ONCE,
  );
});

describe('triageMessage: 1 MB adversarial messages (built package)', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    bench(
      `1 MB of ${name}`,
      () => {
        built.triageMessage(text, { rules: builtRules });
      },
      ONCE,
    );
  }
});

// Both from the sources, so that both pay the same module transform.
describe('the engine against the naive matcher: the same 200 messages of ~1 KB', () => {
  bench(
    'engine',
    () => {
      for (const text of COMPARED) source.triageMessage(text, { rules: sourceRules });
    },
    ONCE,
  );
  bench(
    'naive matcher: every rule at every word',
    () => {
      for (const text of COMPARED) naiveTriageMessage(text, sourceRules);
    },
    { iterations: 2, warmupIterations: 0, time: 0 },
  );
});

describe('evaluateTaskPermission', () => {
  bench('1,000 checks with a delegating scope', () => {
    const scope = { grants: [{ role: 'assistant' as const, task: 'verify_eligibility' as const }] };
    for (let i = 0; i < 1000; i += 1)
      built.evaluateTaskPermission({ role: 'assistant', task: 'verify_eligibility' }, scope);
  });
});
