import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triageMessage } from '../../../src/boundaries/triage/message-triage.js';
import { readText } from '../../../src/boundaries/triage/text-reader.js';
import { compileTriageRules } from '../../../src/boundaries/triage/triage-rules.js';

const words = (text: string) => readText(text, 1 << 20).words;

describe('readText: a contraction of will', () => {
  it("reads he'll, she'll and we'll as the pronoun and will, not as hell, shell and well", () => {
    expect(words("He'll be out of town")).toEqual(['he', 'will', 'be', 'out', 'of', 'town']);
    expect(words('she’ll drive me')).toEqual(['she', 'will', 'drive', 'me']);
    expect(words("we'll pay, it'll clear")).toEqual(['we', 'will', 'pay', 'it', 'will', 'clear']);
  });

  it('leaves hell written without an apostrophe, other contractions, and I’ll (read ill, a function word)', () => {
    expect(words('hell no')).toEqual(['hell', 'no']);
    expect(words("he'd go, she's here, don't")).toEqual(['hed', 'go', 'shes', 'here', 'dont']);
    expect(words("I'll be late")).toEqual(['ill', 'be', 'late']);
    expect(words("he'llx")).toEqual(['hellx']);
  });

  it("property: X'll reads as X will, whatever the pronoun, apostrophe and what follows", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('he', 'she', 'we', 'they', 'it', 'you', 'that', 'who', 'there'),
        fc.constantFrom("'", '’', '‘', '`', 'ʼ'),
        fc.constantFrom('', ' be there', ', ok', '. Thanks', '!'),
        (pronoun, apostrophe, rest) => {
          expect(words(`${pronoun}${apostrophe}ll${rest}`)).toEqual(words(`${pronoun} will${rest}`));
        },
      ),
    );
  });
});

describe('triageMessage with a contraction of will', () => {
  const rules = compileTriageRules();

  it("sends a request with he'll or she'll about logistics to staff", () => {
    const text =
      'can my husband join my telehealth session next time? he’ll be on from his office. need a second link?';
    expect(triageMessage(text, { rules }).outcome).toBe('scheduling');
    expect(
      triageMessage(
        "Can my daughter switch to every other week over the summer? She'll be at camp most of July.",
        {
          rules,
        },
      ).outcome,
    ).toBe('scheduling');
  });

  it("still reads a threat or a plan written with he'll, she'll or it'll as a crisis", () => {
    for (const text of [
      "He'll kill me if he finds out I told you",
      'Can I reschedule? she’ll hurt me if I leave',
      'hell kill me if I go',
      "It'll be over soon, I'll be gone",
    ])
      expect(triageMessage(text, { rules }).outcome).toBe('crisis');
  });
});

describe('readText: an answer opening a clause', () => {
  const clauses = (text: string) => Array.from(readText(text, 1 << 20).clauses);

  it('reads "no" before a subject as a clause of its own, as if a comma followed it', () => {
    expect(clauses('no i want to die')).toEqual(clauses('no, i want to die'));
    expect(clauses('nah im not safe')).toEqual([0, 1, 1, 1]);
    expect(clauses('ok. nope it hurts')).toEqual([0, 1, 2, 2]);
  });

  it('leaves "no" as a negator before anything else, and inside a clause', () => {
    expect(clauses('no plans to hurt myself')).toEqual([0, 0, 0, 0, 0]);
    expect(clauses('i have no i mean')).toEqual([0, 0, 0, 0, 0]);
    expect(clauses('no one would miss me')).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('triageMessage with an answer before a statement of risk', () => {
  const rules = compileTriageRules();
  const outcome = (text: string) => triageMessage(text, { rules }).outcome;

  it('property: "no"/"nah" before a subject does not negate the risk the client states after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('no', 'No', 'nah', 'nope', 'naw'),
        fc.constantFrom(
          'i want to die',
          'im not safe tonight',
          'i took all my pills',
          "i'm going to kill myself",
          'he has a gun and said he would shoot me',
          'she swallowed the whole bottle',
        ),
        (answer, statement) => {
          expect(outcome(`${answer} ${statement}`)).toBe('crisis');
        },
      ),
    );
  });

  it('keeps a negated statement after an answer negated: with a clinician, not on call', () => {
    expect(outcome('no i dont want to die')).toBe('clinical');
    expect(outcome('no i would never hurt myself')).toBe('clinical');
  });
});

describe('readText: a title before a name', () => {
  it('ends no sentence at the full stop of a Spanish or English title', () => {
    for (const text of [
      'La Lic. Paredes me dijo que llamara',
      'Con la Dra. Ruiz el lunes',
      'Saludos, Ing. Soto',
      'Please ask Dr. Kim to call',
    ])
      expect(readText(text, 10_000).sentenceStarts, text).toEqual([0]);
  });
});
