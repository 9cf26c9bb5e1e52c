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
