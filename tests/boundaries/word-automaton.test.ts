import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWordAutomaton,
  DEAD_STATE,
  START_STATE,
  stemStateOf,
  stepState,
  wordStateOf,
} from '../../src/boundaries/word-automaton.js';

describe('buildWordAutomaton', () => {
  const automaton = buildWordAutomaton(['kill', 'killing', 'kms', 'café'], ['kil', 'killi', 'caf']);

  it('gives each word its own state, and no state to what is not a word', () => {
    const states = ['kill', 'killing', 'kms', 'café'].map((word) => wordStateOf(automaton, word));
    expect(new Set(states).size).toBe(4);
    expect(states).not.toContain(DEAD_STATE);
    for (const word of ['', 'ki', 'kil', 'killin', 'killings', 'cafe', 'x']) {
      expect(wordStateOf(automaton, word), word).toBe(DEAD_STATE);
    }
  });

  it('names the longest stem a word starts with', () => {
    expect(stemStateOf(automaton, 'killing')).toBe(stemStateOf(automaton, 'killi'));
    expect(stemStateOf(automaton, 'killer')).toBe(stemStateOf(automaton, 'kil'));
    expect(stemStateOf(automaton, 'kilowatt')).toBe(stemStateOf(automaton, 'kil'));
    expect(stemStateOf(automaton, 'kms')).toBe(DEAD_STATE);
    expect(stemStateOf(automaton, 'ki')).toBe(DEAD_STATE);
  });

  it('stays dead once a step fails, and leaves out words it could never read', () => {
    expect(stepState(automaton, DEAD_STATE, 'k'.charCodeAt(0))).toBe(DEAD_STATE);
    expect(stepState(automaton, START_STATE, 'z'.charCodeAt(0))).toBe(DEAD_STATE);
    const withArrow = buildWordAutomaton(['a→b', 'ab'], []);
    expect(wordStateOf(withArrow, 'a→b')).toBe(DEAD_STATE);
    expect(wordStateOf(withArrow, 'ab')).not.toBe(DEAD_STATE);
  });

  it('property: a word is read as a word exactly when it is one, whatever else the set holds', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ñ', '1'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 40 }),
        fc.array(word, { maxLength: 10 }),
        word,
        (words, stems, probe) => {
          const built = buildWordAutomaton(words, stems);
          expect(wordStateOf(built, probe) !== DEAD_STATE).toBe(words.includes(probe));
          const longest = stems
            .filter((stem) => probe.startsWith(stem))
            .sort((a, b) => b.length - a.length)[0];
          expect(stemStateOf(built, probe)).toBe(
            longest === undefined ? DEAD_STATE : stemStateOf(built, longest),
          );
        },
      ),
    );
  });
});
