import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileTriageRules,
  DEFAULT_TRIAGE_PHRASES,
  DEFAULT_TRIAGE_ROUTING,
  TriagePhrase,
  type TriageRulesInput,
  triageMessage,
} from '../../src/boundaries/index.js';
import {
  canonicalWord,
  FUZZY_WORDS,
  letterBit,
  mayBeMisspelling,
} from '../../src/boundaries/triage-rules.js';
import { ValidationError } from '../../src/core/index.js';

function thrown(input: unknown): ValidationError {
  try {
    compileTriageRules(input as TriageRulesInput);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('DEFAULT_TRIAGE_PHRASES', () => {
  it('are all valid phrases, crisis ones with a kind', () => {
    for (const phrase of DEFAULT_TRIAGE_PHRASES)
      expect(TriagePhrase.safeParse(phrase).success, phrase.phrase).toBe(true);
  });

  it('route crisis and clinical classes to a clinician by default', () => {
    expect(DEFAULT_TRIAGE_ROUTING).toMatchObject({
      crisis: 'clinician',
      clinical: 'clinician',
      billing: 'biller',
    });
  });
});

describe('compileTriageRules', () => {
  it('compiles the built-in tables when given nothing', () => {
    expect(triageMessage('I want to die', { rules: compileTriageRules() }).outcome).toBe('crisis');
  });

  it('matches prefix words of practice phrases', () => {
    const rules = compileTriageRules({
      includeDefaults: false,
      phrases: [{ phrase: 'tele* visit*', class: 'scheduling' }],
    });
    expect(triageMessage('Is my telehealth visits link ready', { rules }).outcome).toBe('scheduling');
  });
});

describe('canonicalWord', () => {
  const rules = compileTriageRules();
  it('reads one-edit misspellings of listed words', () => {
    expect(canonicalWord('sucide', rules)).toBe('suicide');
    expect(canonicalWord('suicidee', rules)).toBe('suicide');
    expect(canonicalWord('suicdie', rules)).toBe('suicide');
    expect(canonicalWord('apointment', rules)).toBe('appointment');
  });

  it('leaves ordinary and short words alone', () => {
    expect(canonicalWord('session', rules)).toBe('session');
    expect(canonicalWord('kil', rules)).toBe('kil');
    expect(canonicalWord('overdone', rules)).toBe('overdone');
  });
});

describe('bad input', () => {
  it('rejects phrases with no words, too many words or a short prefix, and missing crisis kinds', () => {
    const error = thrown({
      phrases: [
        { phrase: '!!!', class: 'clinical' },
        { phrase: 'one two three four five six seven eight nine', class: 'general' },
        { phrase: 'ab*', class: 'billing' },
        { phrase: 'help', class: 'crisis' },
      ],
    });
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.phrases[0].phrase boundaries.triage.invalid_phrase',
      '$.phrases[1].phrase boundaries.triage.invalid_phrase',
      '$.phrases[2].phrase boundaries.triage.invalid_phrase',
      '$.phrases[3].crisisKind invalid_value',
    ]);
  });

  it('rejects routing crisis or clinical messages to a non-clinical role', () => {
    const error = thrown({ routing: { crisis: 'assistant', clinical: 'biller' } });
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.routing.crisis boundaries.triage.clinical_route_to_non_clinician',
      '$.routing.clinical boundaries.triage.clinical_route_to_non_clinician',
    ]);
  });

  it('rejects an unknown class and unknown role without echoing them', () => {
    const error = thrown({ phrases: [{ phrase: 'x', class: 'gossip' }], routing: { billing: 'cashier' } });
    expect(error.issues.map((i) => i.at)).toEqual(['$.phrases[0].class', '$.routing.billing']);
    expect(error.message).not.toContain('gossip');
    expect(error.message).not.toContain('cashier');
  });
});

describe('mayBeMisspelling', () => {
  const rules = compileTriageRules();
  const letters = (word: string) => [...word].reduce((set, ch) => set | letterBit(ch.charCodeAt(0)), 0);

  it('keeps the misspellings canonicalWord reads and rules out unrelated words', () => {
    for (const word of ['sucide', 'suicidee', 'suicdie', 'apointment', 'medicaton']) {
      expect(mayBeMisspelling(letters(word)), word).toBe(true);
    }
    expect(mayBeMisspelling(letters('weekend'))).toBe(false);
  });

  it('property: never rules out a word that canonicalWord reads as a fuzzy word', () => {
    const edited = fc
      .tuple(
        fc.constantFrom(...FUZZY_WORDS),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('a', 'e', 'z', 'q', 'ñ', '1', 'é'),
        fc.constantFrom('drop', 'add', 'swap', 'replace', 'move'),
      )
      .map(([word, i, j, ch, edit]) => {
        const a = i % word.length;
        const b = j % word.length;
        const dropped = word.slice(0, a) + word.slice(a + 1);
        if (edit === 'drop') return dropped;
        if (edit === 'add') return word.slice(0, a) + ch + word.slice(a);
        if (edit === 'replace') return word.slice(0, a) + ch + word.slice(a + 1);
        if (edit === 'move') return dropped.slice(0, b) + (word[a] as string) + dropped.slice(b);
        return (
          word.slice(0, a) +
          (word[b] as string) +
          word.slice(a + 1, b) +
          (word[a] as string) +
          word.slice(b + 1)
        );
      });
    fc.assert(
      fc.property(edited, (word) => {
        if (canonicalWord(word, rules) !== word) expect(mayBeMisspelling(letters(word))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
