import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStretched, shortenStretched, spanishSound } from '../../../src/boundaries/triage/word-form.js';

// Words of a few letters, each repeated one to five times: stretches of every length, at every place.
const stretchy = fc
  .array(
    fc
      .constantFrom('a', 'e', 'k', 'l', 's', 'ñ', '1', '$')
      .chain((c) => fc.integer({ min: 1, max: 5 }).map((n) => c.repeat(n))),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

describe('shortenStretched', () => {
  it('shortens a letter written three or more times to two', () => {
    expect(shortenStretched('killll')).toBe('kill');
    expect(shortenStretched('pleeease')).toBe('pleease');
    expect(shortenStretched('sooooo')).toBe('soo');
    expect(shortenStretched('pills')).toBe('pills');
    expect(shortenStretched('k'.repeat(100_000))).toBe('kk');
  });

  it('reads an elongation of a word with a double letter as that word: sooon is soon (a time), not son', () => {
    expect(shortenStretched('sooon')).toBe('soon');
    expect(shortenStretched('sooooner')).toBe('sooner');
    expect(shortenStretched('gooood')).toBe('good');
  });

  it('property: as replacing every run of three or more of one letter by two', () => {
    fc.assert(
      fc.property(stretchy, (word) => {
        expect(shortenStretched(word)).toBe(word.replace(/(.)\1{2,}/g, '$1$1'));
      }),
    );
  });
});

describe('isStretched', () => {
  it('says whether a letter is written three or more times in a row', () => {
    expect(isStretched('huuusband')).toBe(true);
    expect(isStretched('husband')).toBe(false);
    expect(isStretched('good')).toBe(false);
  });

  it('property: as finding a letter three times in a row', () => {
    fc.assert(
      fc.property(stretchy, (word) => {
        expect(isStretched(word)).toBe(/(.)\1\1/.test(word));
      }),
    );
  });
});

describe('spanishSound', () => {
  it('gives a word written as it is said the sound of the word as it is spelled', () => {
    for (const [said, spelled] of [
      ['pastiyas', 'pastillas'],
      ['bida', 'vida'],
      ['desapareser', 'desaparecer'],
      ['aserme', 'hacerme'],
      ['kiero', 'quiero'],
    ])
      expect(spanishSound(said as string)).toBe(spanishSound(spelled as string));
  });

  it('keeps ch, and a hard c, as written', () => {
    expect(spanishSound('chavo')).toBe('chabo');
    expect(spanishSound('cama')).toBe('cama');
  });
});
