// Triage speed: 10,000 messages of about 1 KB (target under 300 ms) and 1 MB adversarial messages (target
// under 100 ms each), on the built package as users run it; and the engine against the naive matcher (every
// rule tried at every word, tests/boundaries/triage/naive-triage-fixtures.ts) on the same messages in the same
// run, so the ratio holds whatever the machine's load. The messages are built from the tuning set: dense with
// crisis, clinical and administrative phrases, so nearly every sentence has something for the rules to find.
// Last measured 2026-12-05 (fifth speed round, speed9; CPU medians, side by side in one process, load 9-15;
// docs/boundaries.md): 10,000 messages 1.28-1.33 s, 1.17-1.22x faster than main fc16989 (target 300 ms: not met,
// by about 4.3x); each 1 MB message 10-72 ms; compiling the tables 0.58 s (was 0.55 s); the engine about 520
// times faster than the naive matcher (wall clock, load 12). Since compile11 (2026-12-05, load 7-10, medians of
// seven against main 89a31d3): compiling the tables 0.48 s of CPU in a fresh process (was 0.66 s; table words'
// entries are made when first met), the 10,000 messages unchanged (0.98-1.00x). End of that day (main 19e11f0 against
// 1be627f side by side, CPU medians of 7, load 2): 1.36 s against 1.33 s (1.02x slower: the ninth round's phrase data).
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
// word repeated, letters spelled out one by one that spell nothing (each rest of the run is tried), and a risk
// word spelled with dots, 70,000 times (each a sentence whose letters join into a crisis: 170-260 ms at the end of
// 2026-12-05, load 2; over the 100 ms target, as it was before that day's changes).
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
  // Both halves of a pair read across sentences, 22,000 times (each half was once tried against every other).
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
