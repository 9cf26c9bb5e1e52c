import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RuleHit, RuleHits } from '../../../src/boundaries/triage/rule-hits.js';

const NAMED = [
  { label: 'active_ideation', pattern: 'want ..2 die' },
  { label: 'scheduling', pattern: 'reschedule' },
  { label: 'courtesy', pattern: 'thanks' },
];

const hitArb: fc.Arbitrary<RuleHit> = fc
  .record({
    rule: fc.nat(NAMED.length - 1),
    sentence: fc.nat(50),
    negated: fc.boolean(),
    count: fc.integer({ min: 1, max: 5 }),
    words: fc.array(fc.array(fc.nat(500), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  })
  .map((hit) => ({ ...hit, ...(NAMED[hit.rule] as { label: string; pattern: string }) }));

function listOf(hits: readonly RuleHit[]): RuleHits {
  const list = new RuleHits(NAMED);
  for (const { rule, sentence, negated, count, words } of hits)
    list.add(rule, sentence, negated, count, words);
  return list;
}

describe('RuleHits', () => {
  it('property: gives back each hit added, field by field and as an object, in order', () => {
    fc.assert(
      fc.property(fc.array(hitArb, { maxLength: 20 }), (hits) => {
        const list = listOf(hits);
        expect(list.length).toBe(hits.length);
        expect([...list]).toEqual(hits);
        hits.forEach((hit, h) => {
          expect([list.rule(h), list.label(h), list.pattern(h), list.sentence(h)]).toEqual([
            hit.rule,
            hit.label,
            hit.pattern,
            hit.sentence,
          ]);
          expect([list.negated(h), list.count(h)]).toEqual([hit.negated, hit.count]);
          const positions = Array.from(list.positions.slice(list.wordsFrom(h), list.wordsTo(h)));
          expect(positions.filter((i) => i >= 0)).toEqual(hit.words.flat());
        });
      }),
    );
  });

  it('property: a copy takes more hits without changing the list it was copied from', () => {
    fc.assert(
      fc.property(fc.array(hitArb, { maxLength: 10 }), hitArb, (hits, more) => {
        const list = listOf(hits);
        const copy = list.copy();
        copy.add(more.rule, more.sentence, more.negated, more.count, more.words);
        expect([...list]).toEqual(hits);
        expect([...copy]).toEqual([...hits, more]);
      }),
    );
  });

  it('reads a one-word hit found again unnegated at its new word, and counts each time it is found', () => {
    const list = new RuleHits(NAMED);
    const h = list.addWord(0, 3, true, 7);
    list.countAgain(h);
    list.unnegate(h, 9);
    list.countAgain(h);
    expect(list.hit(h)).toEqual({
      ...NAMED[0],
      rule: 0,
      sentence: 3,
      negated: false,
      words: [[9]],
      count: 3,
    });
  });
});
