import { describe, expect, it } from 'vitest';
import {
  compileTriageRules,
  DEFAULT_TRIAGE_PHRASES,
  DEFAULT_TRIAGE_ROUTING,
  TriagePhrase,
  type TriageRulesInput,
  triageMessage,
} from '../../src/boundaries/index.js';
import { canonicalWord } from '../../src/boundaries/triage-rules.js';
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
