import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, triageMessage } from '../../../src/boundaries/index.js';
import {
  FRAGMENT_WORDS,
  findPairs,
  PAIR_LABEL,
  PAIR_REACH,
  PAIR_REACH_WITH_FRAGMENTS,
  PairFinder,
  pairHalves,
  splitPairs,
} from '../../../src/boundaries/triage/message-pairs.js';
import { type RuleHit, RuleHits } from '../../../src/boundaries/triage/phrase-engine.js';
import { expectPhraseRefused } from './refused-phrase.js';

const hit = (rule: number, sentence: number, negated = false): RuleHit => ({
  rule,
  label: PAIR_LABEL,
  pattern: '',
  sentence,
  negated,
  words: [[0]],
  count: 1,
});

describe('pairHalves and splitPairs', () => {
  it('reads a pattern of one sentence as none, two halves as a pair, anything else as invalid', () => {
    expect(pairHalves('took ..2 pills & all')).toBeNull();
    expect(pairHalves('lo hice && tome todo')).toEqual(['lo hice', 'tome todo']);
    for (const bad of ['a && b && c', ' && b', 'a && ', 'a&&b', 'a &&& b'])
      expect(pairHalves(bad), bad).toBe('invalid');
  });

  it('splits each pair into two halves under the pair label, keeping every other rule and its order', () => {
    const split = splitPairs([
      { label: 'medication', pattern: 'refill' },
      { label: 'plan_intent', pattern: 'thoughts ..2 back && have ..1 a ..1 plan' },
      { label: 'self_harm', pattern: 'cut' },
    ]);
    expect(split.rules.map((r) => [r.label, r.pattern])).toEqual([
      ['medication', 'refill'],
      [PAIR_LABEL, 'thoughts ..2 back'],
      [PAIR_LABEL, 'have ..1 a ..1 plan'],
      ['self_harm', 'cut'],
    ]);
    expect(Array.from(split.pairSides)).toEqual([-1, 0, 1, -1]);
    expect(split.pairs).toEqual([
      { label: 'plan_intent', pattern: 'thoughts ..2 back && have ..1 a ..1 plan' },
    ]);
  });
});

// Hits as the engine keeps them (rules 0-7, each a half under the pair label).
const listOf = (hits: readonly RuleHit[]): RuleHits => {
  const list = new RuleHits(Array.from({ length: 8 }, () => ({ label: PAIR_LABEL, pattern: '' })));
  for (const { rule, sentence, negated, count, words } of hits)
    list.add(rule, sentence, negated, count, words);
  return list;
};

// Sentence starts for sentences of the given lengths in words, and the message's word count.
const layout = (lengths: readonly number[]): [number[], number] => {
  const starts: number[] = [];
  let at = 0;
  for (const length of lengths) {
    starts.push(at);
    at += length;
  }
  return [starts, at];
};
// Twenty-one sentences of five words: no fragments.
const FULL = layout(Array.from({ length: 21 }, () => 5));

// Within reach as the docs say: at most PAIR_REACH apart, or at most PAIR_REACH_WITH_FRAGMENTS apart with fewer than
// PAIR_REACH sentences between them that are not fragments.
const withinReach = (lengths: readonly number[], a: number, b: number) => {
  const [low, high] = a < b ? [a, b] : [b, a];
  if (high - low <= PAIR_REACH) return true;
  const between = lengths.slice(low + 1, high).filter((n) => n > FRAGMENT_WORDS).length;
  return high - low <= PAIR_REACH_WITH_FRAGMENTS && between < PAIR_REACH;
};

describe('findPairs', () => {
  const sides = Int32Array.from([0, 1, -1]);

  it(`property: a pair is found exactly when its halves are at most ${PAIR_REACH} sentences apart, in either order`, () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), (i, j) => {
        const found = findPairs(listOf([hit(0, i), hit(2, 5), hit(1, j)]), sides, ...FULL);
        expect(found.length).toBe(Math.abs(i - j) <= PAIR_REACH ? 1 : 0);
      }),
    );
  });

  it('finds nothing from one half, however often it is found', () => {
    expect(findPairs(listOf([hit(0, 0), hit(0, 1), hit(0, 2)]), sides, ...FULL)).toEqual([]);
    expect(findPairs(listOf([hit(1, 0)]), sides, ...FULL)).toEqual([]);
  });

  it('property: finds what trying every first half against every second half finds, in the same order', () => {
    // Rules 0-1 and 2-3 are the halves of two pairs; rule 4 is no half.
    const pairSides = Int32Array.from([0, 1, 2, 3, -1]);
    const hitsArb = fc.array(
      fc
        .tuple(fc.nat(4), fc.nat(12), fc.boolean())
        .map(([rule, sentence, negated]) => hit(rule, sentence, negated)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(hitsArb, (hits) => {
        const sideOrder = [
          ...new Set(hits.map((h) => pairSides[h.rule] as number).filter((side) => side >= 0)),
        ];
        const expected = sideOrder.flatMap((side) => {
          if (side % 2 === 1) return [];
          const firsts = hits.filter((h) => pairSides[h.rule] === side);
          const seconds = hits.filter((h) => pairSides[h.rule] === side + 1);
          const near = firsts.flatMap((a) =>
            seconds
              .filter((b) => Math.abs(a.sentence - b.sentence) <= PAIR_REACH)
              .map((b) => a.negated || b.negated),
          );
          return near.length === 0 ? [] : [{ pair: side >> 1, negated: near.every((negated) => negated) }];
        });
        expect(findPairs(listOf(hits), pairSides, ...FULL)).toEqual(expected);
      }),
    );
  });

  it('property: a finder kept from one message to the next finds in each what a new one finds', () => {
    // Its scratch (a stamp per half) is kept with the compiled rules: nothing of a message may reach the next.
    const pairSides = Int32Array.from([0, 1, 2, 3, -1, 5, 4]);
    const messageArb = fc.array(
      fc
        .tuple(fc.nat(6), fc.nat(9), fc.boolean())
        .map(([rule, sentence, negated]) => hit(rule, sentence, negated)),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(fc.array(messageArb, { minLength: 1, maxLength: 6 }), (messages) => {
        const kept = new PairFinder(pairSides);
        for (const hits of messages)
          expect(kept.find(listOf(hits), ...FULL)).toEqual(findPairs(listOf(hits), pairSides, ...FULL));
      }),
    );
  });

  it(`property: fragments (at most ${FRAGMENT_WORDS} words) between the halves do not count towards the reach, up to ${PAIR_REACH_WITH_FRAGMENTS} sentences apart`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 12, maxLength: 12 }),
        fc.nat(11),
        fc.nat(11),
        (lengths, i, j) => {
          const found = findPairs(listOf([hit(0, i), hit(1, j)]), sides, ...layout(lengths));
          expect(found.length).toBe(withinReach(lengths, i, j) ? 1 : 0);
        },
      ),
    );
  });

  it('reads a statement texted in pieces as one ("took extra." … "of the lithium.")', () => {
    // took extra. | not like a lot. | maybe 12. | of the lithium.
    const pieces = layout([2, 4, 2, 3]);
    expect(findPairs(listOf([hit(0, 0), hit(1, 3)]), sides, ...pieces)).toEqual([
      { pair: 0, negated: false },
    ]);
    // Two sentences of more than three words between the halves put them out of reach.
    const full = layout([2, 4, 5, 3]);
    expect(findPairs(listOf([hit(0, 0), hit(1, 3)]), sides, ...full)).toEqual([]);
    // However many fragments, never more than PAIR_REACH_WITH_FRAGMENTS sentences apart.
    const many = layout([2, 1, 1, 1, 1, 1, 1, 2]);
    expect(findPairs(listOf([hit(0, 0), hit(1, 7)]), sides, ...many)).toEqual([]);
    expect(findPairs(listOf([hit(0, 0), hit(1, 6)]), sides, ...many)).toEqual([{ pair: 0, negated: false }]);
  });

  it('prefers an unnegated finding of the pair to a negated one', () => {
    expect(findPairs(listOf([hit(0, 0, true), hit(1, 1)]), sides, ...FULL)).toEqual([
      { pair: 0, negated: true },
    ]);
    expect(findPairs(listOf([hit(0, 0, true), hit(1, 1), hit(0, 2)]), sides, ...FULL)).toEqual([
      { pair: 0, negated: false },
    ]);
  });
});

describe('triageMessage with a pair read across sentences', () => {
  // A practice's own pair of everyday words, so that nothing else in the tables decides.
  const rules = compileTriageRules({
    phrases: [{ category: 'plan_intent', phrase: 'purple ..1 umbrella && green ..1 bicycle' }],
  });
  const triage = (text: string) => triageMessage(text, { rules });
  const FILLER = 'Can I move my Thursday appointment to Friday?';

  it('property: halves within reach make a crisis, beyond it they do not, and nothing reaches staff with either', () => {
    fc.assert(
      fc.property(fc.nat(4), fc.boolean(), (between, swapped) => {
        const halves = ['I left the purple umbrella', 'the green bicycle is gone'];
        const [first, second] = swapped ? [halves[1], halves[0]] : halves;
        const text = [first, ...Array.from({ length: between }, () => FILLER), second].join('. ');
        const outcome = triage(text).outcome;
        if (between + 1 <= PAIR_REACH) expect(outcome, text).toBe('crisis');
        else expect(outcome, text).not.toBe('crisis');
      }),
    );
  });

  it('quotes the pair as written in the reasons', () => {
    const decision = triage('The purple umbrella. The green bicycle.');
    expect(decision.reasons[0]?.facts).toMatchObject({
      categories: ['plan_intent'],
      phrases: ['purple ..1 umbrella && green ..1 bicycle'],
    });
  });

  it('reads a pair whose half is negated as a negated mention: with a clinician, not on call', () => {
    const decision = triage('I never had a purple umbrella. The green bicycle.');
    expect(decision.outcome).toBe('clinical');
  });

  it('reads the built-in pairs: what was taken after "lo hice", a plan after the thoughts came back', () => {
    const builtIn = compileTriageRules();
    for (const text of [
      'lo hice. tomé todo. perdón',
      'ya lo hice. me tragué todas',
      'the thoughts are back. and now i have a plan',
      'urges came back this week. theres a plan',
      'volvieron. y ahora hay un plan',
      "replying to your q 'are you safe tonight?' no.",
      'can you take my dog? i wont be needing him',
      'did it. sorry. pls tell my mom i love her',
      'I have the pills. Tonight.',
      'tengo las pastillas. esta noche.',
      "Goodbye. I love you all. I'm sorry.",
      'adiós. los quiero. perdón.',
      'Did it. 40 of them.',
      "I'm scared. He said tonight he'd finish it.",
    ])
      expect(triageMessage(text, { rules: builtIn }).outcome, text).toBe('crisis');
    for (const text of [
      'lo hice. ¿me confirman la cita?',
      'The thoughts about switching therapists are back. Is Friday open?',
      'can you take my dog to the next session? i wont need a sitter',
      'I got my pills tonight, thanks! Can I come Friday?',
      'Did it! Paid all 3 of them, the invoices.',
    ])
      expect(triageMessage(text, { rules: builtIn }).outcome, text).not.toBe('crisis');
  });

  it("refuses a practice's pair that is not two phrases, by path, without echoing it", () => {
    for (const phrase of ['a && b && c', 'purple && ', 'purple && ..9 green'])
      expectPhraseRefused(phrase, 'purple');
  });
});
