import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, triageMessage } from '../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../src/boundaries/triage/compiled-rules.js';
import type { MatchedText, PhraseEngine, RuleHit } from '../../../src/boundaries/triage/phrase-engine.js';
import { AdministrativeCategory } from '../../../src/boundaries/triage/triage-category.js';
import { naiveMatchText, naiveTriageMessage } from './naive-triage-fixtures.js';

const tuning: readonly { readonly text: string }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../corpus/tuning.json'), 'utf8'),
).messages;
const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const engine = triageRulesInternals(rules)?.engine as PhraseEngine;

/**
 * Two matches of one message agree: their hits, masks, explained words and word facts. `counted` false leaves
 * out each hit's count (the naive matcher counts a one-word rule once a sentence; the engine, each occurrence).
 */
function expectSameMatch(actual: MatchedText, expected: MatchedText, counted = true): void {
  const sortedHits = (hits: Iterable<RuleHit>) =>
    [...hits].map((hit) => JSON.stringify(counted ? hit : { ...hit, count: 0 })).sort();
  expect(sortedHits(actual.hits)).toEqual(sortedHits(expected.hits));
  expect([...actual.masked]).toEqual([...expected.masked]);
  expect([...actual.explained]).toEqual([...expected.explained]);
  expect([...actual.wordBits]).toEqual([...expected.wordBits]);
}

/** The engine's outcome and categories for `text` are the naive matcher's. */
function expectSameAsNaive(text: string): void {
  const decided = triage(text);
  const naive = naiveTriageMessage(text, rules);
  expect([decided.outcome, decided.crisisCategories, decided.clinicalCategories], text).toEqual([
    naive.outcome,
    naive.crisisCategories,
    naive.clinicalCategories,
  ]);
}

// Separators that keep two messages apart: a new sentence or clause (a negation or an ordinary sense never
// reaches across them).
const SEPARATORS = ['. ', '! ', '? ', '\n', ', ', '; ', ' — ', ': ', '.\n\n'];

// The naive matcher tries every rule at every word: 10-25 s alone on CI, several minutes on a loaded machine.
const HEAVY_PROPERTY_TIMEOUT = 300_000;

describe('PhraseEngine', () => {
  it(
    'property: the engine decides as the naive matcher that tries every rule everywhere',
    () => {
      const texts = tuning.map((m) => m.text);
      fc.assert(
        fc.property(
          fc.constantFrom(...texts),
          fc.constantFrom(...texts),
          fc.constantFrom(' ', ...SEPARATORS),
          (a, b, sep) => {
            const text = `${a}${sep}${b}`;
            expectSameAsNaive(text);
          },
        ),
        { numRuns: 200 },
      );
    },
    HEAVY_PROPERTY_TIMEOUT,
  );

  it('property: a sentence that says its words again decides as the naive matcher (a word proposes once a sentence)', () => {
    const texts = tuning.map((m) => m.text);
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.integer({ min: 2, max: 3 }), (a, times) => {
        // One sentence: the message's words, then the same words again.
        const text = Array.from({ length: times }, () => a.replace(/[.!?;\n]/g, ' ')).join(' ');
        expectSameAsNaive(text);
      }),
      { numRuns: 60 },
    );
  });
});

describe('PhraseEngine: one-word rules said many times in one sentence', () => {
  // A one-word rule's hit counts each saying of its words in the sentence: every one for an explaining rule, the
  // unmasked ones for another. Counted here word by word, against the engine's tally of long sentences.
  const reference = engine.referenceRules();
  const oneWord = new Set(
    reference.flatMap((rule, r) => (rule.parts.length === 1 && rule.parts[0]?.slots.length === 1 ? [r] : [])),
  );
  const explains = reference.map((rule) => rule.explains);
  function expectCountsByWord(text: string): void {
    const read = engine.read(text, 100_000);
    const matched = engine.matchText(read);
    for (const hit of matched.hits) {
      if (!oneWord.has(hit.rule)) continue;
      const from = read.sentenceStarts[hit.sentence] as number;
      const to = read.sentenceStarts[hit.sentence + 1] ?? read.words.length;
      let count = 0;
      for (let i = from; i < to; i += 1)
        if (
          engine.entry(read.words[i] as string).wordRules.includes(hit.rule) &&
          (explains[hit.rule] === true || matched.masked[i] === 0)
        )
          count += 1;
      expect(hit.count, `${hit.label} ${hit.pattern}`).toBe(count);
    }
  }

  it('counts "pills" said 40 times in one sentence 40 times, and "ok" beside it as often as it is said', () => {
    const text = `${'pills 💊 ok 😀 '.repeat(20)}`;
    expectCountsByWord(text);
    const read = engine.read(text, 10_000);
    const pills = [...engine.matchText(read).hits].filter((hit) => hit.words[0]?.length === 1);
    expect(pills.length).toBeGreaterThan(0);
    expect(Math.max(...pills.map((hit) => hit.count))).toBe(40);
  });

  it('property: a long sentence of tuning messages said again counts each one-word rule word by word', () => {
    const texts = tuning.map((m) => m.text);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...texts), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 2, max: 4 }),
        (picked, times) => {
          const sentence = picked.join(' ').replace(/[.!?;\n]/g, ' ');
          expectCountsByWord(Array.from({ length: times }, () => sentence).join(' , '));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('PhraseEngine.matchRisk and matchExplaining', () => {
  const EXPLAINING = new Set<string>([...AdministrativeCategory.options, 'courtesy', 'enquiry']);

  it('property: the risk rules and then the explaining ones find what every rule at once finds', () => {
    const texts = tuning.map((m) => m.text);
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.constantFrom(...texts),
        fc.constantFrom(' ', ...SEPARATORS),
        (a, b, sep) => {
          const read = engine.read(`${a}${sep}${b}`, 10_000);
          const all = engine.matchText(read);
          const risk = engine.matchRisk(read);
          expect([...risk.hits].filter((hit) => EXPLAINING.has(hit.label))).toEqual([]);
          expectSameMatch(engine.matchExplaining(read, risk), all);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves a request to the explaining rules: "Can I reschedule to 3pm?" has no hit until they run', () => {
    const read = engine.read('Can I reschedule to 3pm?', 100);
    const risk = engine.matchRisk(read);
    expect([...risk.hits].filter((hit) => hit.label === 'scheduling')).toEqual([]);
    const both = engine.matchExplaining(read, risk);
    expect([...both.hits].some((hit) => hit.label === 'scheduling')).toBe(true);
  });
});

describe('PhraseEngine: a long message saying its sentences again', () => {
  // Short messages, so that 64 sentences and more (where a message remembers its sentences) stay quick for
  // the naive matcher; a few of them said 70 to 90 times, apart by sentence ends.
  const short = tuning.map((m) => m.text).filter((text) => text.length < 90);
  const longRead = (pool: readonly string[], picks: readonly number[], separators: readonly string[]) =>
    engine.read(
      picks.map((k, i) => `${pool[k % pool.length]}${separators[i % separators.length]}`).join(''),
      100_000,
    );
  const pools = fc.uniqueArray(fc.constantFrom(...short), { minLength: 2, maxLength: 5 });
  const picks = fc.array(fc.nat(), { minLength: 70, maxLength: 90 });

  it(
    'property: each sentence said again finds what it found the first time (as the naive matcher)',
    () => {
      fc.assert(
        fc.property(
          pools,
          picks,
          fc.subarray(['. ', '! ', '? ', '\n', '.\n\n'], { minLength: 1 }),
          (pool, p, seps) => {
            const read = longRead(pool, p, seps);
            expect(read.sentenceStarts.length).toBeGreaterThanOrEqual(64);
            expectSameMatch(engine.matchText(read), naiveMatchText(read, rules), false);
          },
        ),
        { numRuns: 25 },
      );
    },
    HEAVY_PROPERTY_TIMEOUT,
  );

  it('property: the risk rules and then the explaining ones find what every rule at once finds', () => {
    fc.assert(
      fc.property(pools, picks, (pool, p) => {
        const read = longRead(pool, p, ['. ']);
        expectSameMatch(engine.matchExplaining(read, engine.matchRisk(read)), engine.matchText(read));
      }),
      { numRuns: 40 },
    );
  });
});

describe('PhraseEngine: words outside the tables', () => {
  it('reads a word the same whatever messages came before (nothing of a message is carried to the next)', () => {
    const own = compileTriageRules();
    const text = 'Can I reschedule? Honestly im sucidal and I have pils saved';
    const before = JSON.stringify(triageMessage(text, { rules: own }));
    // 20,000 distinct words no table knows, in 200 messages.
    for (let m = 0; m < 200; m += 1) {
      const words = Array.from({ length: 100 }, (_, k) => `zq${(m * 100 + k).toString(36)}x`);
      triageMessage(words.join(' '), { rules: own });
    }
    const after = triageMessage(text, { rules: own });
    expect(after.outcome).toBe('crisis');
    expect(JSON.stringify(after)).toBe(before);
  });
});
