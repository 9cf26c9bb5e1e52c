import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, triageMessage } from '../../../src/boundaries/index.js';
import { expandGroups, MAX_GROUP_EXPANSIONS } from '../../../src/boundaries/triage/phrase-groups.js';
import { expectPhraseRefused } from './refused-phrase.js';

describe('expandGroups', () => {
  it('reads a pattern without groups as itself, and each group as its alternatives, in order', () => {
    expect(expandGroups('took ..2 {pills} & all')).toEqual(['took ..2 {pills} & all']);
    expect(expandGroups('pain ..2 to ..1 (end|be over)')).toEqual([
      'pain ..2 to ..1 end',
      'pain ..2 to ..1 be over',
    ]);
    expect(expandGroups('(i|we) ..1 (end it|be ..1 done)')).toEqual([
      'i ..1 end it',
      'i ..1 be ..1 done',
      'we ..1 end it',
      'we ..1 be ..1 done',
    ]);
  });

  it('says why a group is not one, without echoing the pattern', () => {
    for (const bad of [
      '(a|b',
      'a|b)',
      '((a|b)|c)',
      '(a)',
      '(a|)',
      '(..2 a|b)',
      'x(a|b)',
      '(a|b)x',
      'x|(a|b)',
    ]) {
      const result = expandGroups(bad);
      expect(typeof result, bad).toBe('string');
      expect(result as string).toMatch(/^(a group|groups) /);
    }
  });

  it(`refuses groups that stand for more than ${MAX_GROUP_EXPANSIONS} patterns`, () => {
    expect(typeof expandGroups('(a|b|c|d) (e|f|g|h) (i|j|k)')).toBe('string');
    expect(expandGroups('(a|b|c|d) (e|f|g|h) (i|j)')).toHaveLength(32);
  });

  it('property: the number of patterns is the product of the groups’ sizes, and none keeps a parenthesis', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 1, maxLength: 3 }), (sizes) => {
        const pattern = sizes
          .map((size, g) => `(${Array.from({ length: size }, (_, k) => `w${g}x${k} v${k}`).join('|')})`)
          .join(' ..1 ');
        const expanded = expandGroups(pattern) as string[];
        expect(expanded).toHaveLength(sizes.reduce((a, b) => a * b, 1));
        for (const p of expanded) expect(p).not.toMatch(/[()]/);
      }),
    );
  });
});

describe('triageMessage with a practice phrase that has a group', () => {
  const rules = compileTriageRules({
    phrases: [{ category: 'self_harm', phrase: 'purple ..1 (green umbrella|red ..1 bicycle)' }],
  });
  const outcome = (text: string) => triageMessage(text, { rules }).outcome;

  it('finds each alternative whole, and no mixture of them', () => {
    expect(outcome('the purple green umbrella')).toBe('crisis');
    expect(outcome('a purple and red old bicycle')).toBe('crisis');
    expect(outcome('the purple green bicycle')).not.toBe('crisis');
    expect(outcome('the purple red umbrella')).not.toBe('crisis');
  });

  it("refuses a practice's group that is not one, by path, without echoing it", () => {
    for (const phrase of ['purple (green|', 'purple (green)', 'purple (green|red ..9 blue)'])
      expectPhraseRefused(phrase, 'purple');
  });
});
