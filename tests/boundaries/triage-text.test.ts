import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeForTriage } from '../../src/boundaries/triage-text.js';

describe('tokenizeForTriage', () => {
  it('lower-cases, drops apostrophes and splits on everything else', () => {
    expect(tokenizeForTriage("I DON'T want — to’day!").words).toEqual(['i', 'dont', 'want', 'today']);
  });

  it('marks clause breaks before a word', () => {
    const tokens = tokenizeForTriage('not sure. i want, to go');
    expect(tokens.words).toEqual(['not', 'sure', 'i', 'want', 'to', 'go']);
    expect(Array.from(tokens.breakBefore)).toEqual([0, 0, 1, 0, 1, 0]);
  });

  it('records where each word starts', () => {
    expect(Array.from(tokenizeForTriage('  hi there').at)).toEqual([2, 5]);
  });

  it('reads leetspeak digits only inside words that start with a letter', () => {
    expect(tokenizeForTriage('su1c1de k1ll 3pm 10am').words).toEqual(['suicide', 'kill', '3pm', '10am']);
  });

  it('collapses runs of three or more equal letters to two', () => {
    expect(tokenizeForTriage('killlll sooooo').words).toEqual(['kill', 'soo']);
  });

  it('also reads runs of four or more one-letter words joined, keeping the letters', () => {
    expect(tokenizeForTriage('s u i c i d e now').words).toEqual([
      'suicide',
      's',
      'u',
      'i',
      'c',
      'i',
      'd',
      'e',
      'now',
    ]);
    expect(tokenizeForTriage('i a m ok').words).toEqual(['i', 'a', 'm', 'ok']);
    expect(tokenizeForTriage('a b c d. e f').words).toEqual(['abcd', 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(tokenizeForTriage('0 0 0 I recommend').words).toEqual(['000i', '0', '0', '0', 'i', 'recommend']);
  });

  it('keeps accented Latin letters in words', () => {
    expect(tokenizeForTriage('mañana café').words).toEqual(['mañana', 'café']);
  });

  it('property: never throws, and every word is non-empty with a valid offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const tokens = tokenizeForTriage(text);
        expect(tokens.words.length).toBe(tokens.at.length);
        expect(tokens.words.length).toBe(tokens.breakBefore.length);
        for (const [i, word] of tokens.words.entries()) {
          expect(word.length).toBeGreaterThan(0);
          expect(tokens.at[i]).toBeLessThan(text.length);
        }
      }),
    );
  });
});
