import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules } from '../../src/boundaries/index.js';
import { tokenizeForTriage } from '../../src/boundaries/triage-text.js';
import { readTriageWords, type TriageWordSink } from '../../src/boundaries/triage-word-reader.js';
import { stemStateOf, wordStateOf } from '../../src/boundaries/word-automaton.js';
import { anyUtf16, messageText, spelledOut } from './fixtures/triage-texts.js';
import { referenceReadings } from './triage-oracle.js';

const rules = compileTriageRules();
const words = rules.matcher.words;

interface Read {
  readonly complete: boolean;
  readonly words: string[];
}

// Each word as "word state/stem state/break before/offset", comparable with the reference's.
function fastRead(text: string): Read {
  const out: string[] = [];
  const sink: TriageWordSink = {
    word: (word, stem, breakBefore, at) => {
      out.push(`${word}/${stem}/${breakBefore}/${at}`);
    },
  };
  const complete = readTriageWords(text, 0, text.length, 0, rules, sink);
  return { complete, words: out };
}

function referenceRead(text: string): string[] {
  const tokens = tokenizeForTriage(text);
  return referenceReadings(text, rules).map(
    (reading, i) =>
      `${wordStateOf(words, reading)}/${stemStateOf(words, reading)}/${tokens.breakBefore[i]}/${tokens.at[i]}`,
  );
}

// The reader gives up (returns false) only where the reference lower-cases first; it then reads a
// lower-cased copy, which it must read in full and the same way.
function expectSameReading(text: string): void {
  const read = fastRead(text);
  if (read.complete) expect(read.words).toEqual(referenceRead(text));
  else {
    const lowered = fastRead(text.toLowerCase());
    expect(lowered.complete).toBe(true);
    expect(lowered.words).toEqual(referenceRead(text));
  }
}

describe('readTriageWords', () => {
  it('reads the words tokenizeForTriage reads, as automaton states', () => {
    const read = fastRead("I DON'T want — to’day!");
    expect(read.complete).toBe(true);
    expect(read.words).toHaveLength(4);
    expect(read.words).toEqual(referenceRead("I DON'T want — to’day!"));
  });

  it('reads a misspelled fuzzy word as the word it stands for', () => {
    expect(fastRead('sucide').words).toEqual(fastRead('suicide').words);
  });

  it('gives up at a character whose lower case the tables cannot say, for a lower-cased copy', () => {
    for (const text of ['İstanbul', 'the \u212Aelvin sign', 'ẞ']) {
      expect(fastRead(text).complete, text).toBe(false);
      expectSameReading(text);
    }
  });

  it('keeps letters joined by apostrophes as the reference does ("aa\'a" is not stretched)', () => {
    for (const text of ["aa'a", "aa'a1", "aaa'a", "don't", "ca'nt'", "''a''", "a'1"]) expectSameReading(text);
  });

  it('property: reads every text as the reference tokenizer does', () => {
    fc.assert(fc.property(fc.oneof(messageText, spelledOut, anyUtf16, fc.string()), expectSameReading), {
      numRuns: 2000,
    });
  });
});
