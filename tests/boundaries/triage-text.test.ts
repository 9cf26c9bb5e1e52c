import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeForTriage } from '../../src/boundaries/triage-text.js';

// Any UTF-16 text, lone surrogates included (built directly: fc's 'binary' unit is slow to start).
const anyUtf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));

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
      fc.property(anyUtf16, (text) => {
        const tokens = tokenizeForTriage(text);
        expect(tokens.words.length).toBe(tokens.at.length);
        expect(tokens.words.length).toBe(tokens.breakBefore.length);
        const wellFormed = tokens.words.every(
          (word, i) => word.length > 0 && (tokens.at[i] as number) < text.length,
        );
        expect(wellFormed).toBe(true);
      }),
    );
  });
});
