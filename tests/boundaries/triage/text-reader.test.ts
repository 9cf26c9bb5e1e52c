import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triageRulesInternals } from '../../../src/boundaries/triage/compiled-rules.js';
import { triageMessage } from '../../../src/boundaries/triage/message-triage.js';
import type { PhraseEngine } from '../../../src/boundaries/triage/phrase-engine.js';
import { readText, WordDictionary } from '../../../src/boundaries/triage/text-reader.js';
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

describe('readText: a word of risk split by a hyphen, a slash or a dot (recall12, 2026-12-05)', () => {
  const engine = triageRulesInternals(compileTriageRules())?.engine as PhraseEngine;
  const engineWords = (text: string) => engine.read(text, 1 << 20).words;

  it('reads the fragments joined when the joined form is a word of risk', () => {
    expect(engineWords('i feel sui-cidal')).toEqual(['i', 'feel', 'suicidal']);
    expect(engineWords('im s/ui/cidal tonight')).toEqual(['im', 'suicidal', 'tonight']);
    expect(engineWords('want to un-alive')).toEqual(['want', 'to', 'unalive']);
    expect(engineWords('i o.d. last night')).toEqual(['i', 'od', 'last', 'night']);
  });
  it('leaves fragments as written when the first is a word of risk or the joined form is not one', () => {
    expect(engineWords('a seizure-like thing')).toEqual(['a', 'seizure', 'like', 'thing']);
    expect(engineWords('do you take medi-cal')).toEqual(['do', 'you', 'take', 'medi', 'cal']);
    expect(engineWords('my ex-husband pays')).toEqual(['my', 'ex', 'husband', 'pays']);
    expect(engineWords('a follow-up at 10 a.m.')).toEqual(['a', 'follow', 'up', 'at', '10', 'a', 'm']);
  });
  it('joins nothing without the tables: the reader alone knows no word of risk', () => {
    expect(words('sui-cidal')).toEqual(['sui', 'cidal']);
  });
  it('reads a risk word in dotted letters as the word, however often a message repeats it', () => {
    expect(engineWords('s.u.i.c.i.d.e. ')).toEqual(['suicide']);
    expect(engineWords('s.u.i.c.i.d.e. ok. s.u.i.c.i.d.e. q.w.e.r.t.y. q.w.e.r.t.y.')).toEqual([
      'suicide',
      'ok',
      'suicide',
      ...'qwertyqwerty',
    ]);
  });
  it('reads a digit that stands for a letter inside letters spelled out (lead38, set ed: s-u-1-c-1-d-a-l)', () => {
    expect(engineWords('my s-u-1-c-1-d-a-l thoughts')).toEqual(['my', 'suicidal', 'thoughts']);
    expect(engineWords('k 1 l l')).toEqual(['kill']);
    // A digit opens no run (only a letter before it may), and a W-9 or a unit number stays as written.
    expect(engineWords('a 1 b 2 c 3')).toEqual(['a', '1', 'b', '2', 'c', '3']);
    expect(engineWords('a W-9 and 1 5 0 0')).toEqual(['a', 'w', '9', 'and', '1', '5', '0', '0']);
  });
});

describe('WordDictionary.findJoined', () => {
  const dictionary = new WordDictionary(['suicide', 'od', 'unalive', 'a', 'kill']);

  it('property: finds the pieces of a word as finding the word joined finds it', () => {
    const piece = fc.constantFrom('', 'a', 'su', 'ici', 'de', 'o', 'd', 'un', 'alive', 'kil', 'l', 'x');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
        expect(dictionary.findJoined(parts, 0, parts.length)).toBe(dictionary.find(parts.join('')));
      }),
    );
    expect(dictionary.findJoined(['x', 'su', 'ici', 'de'], 1, 4)).toBe(dictionary.find('suicide'));
  });
});

describe('triageMessage with a word of risk split into fragments', () => {
  const rules = compileTriageRules();
  const SPLIT = ['-', '/', '.'];
  const RISK_WORDS = ['suicidal', 'suicide', 'unalive', 'overdose', 'kill'];

  it('property: a risk word split once, anywhere inside, by a hyphen, slash or dot is still a crisis', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RISK_WORDS),
        fc.nat(),
        fc.constantFrom(...SPLIT),
        fc.constantFrom('i want to %', 'feeling % again', 'thinking about % tonight'),
        (word, at, separator, frame) => {
          // A split after the first letter or before the last two leaves a word of risk's first letters no word.
          const cut = 1 + (at % (word.length - 2));
          const split = `${word.slice(0, cut)}${separator}${word.slice(cut)}`;
          const text = frame.replace('%', word === 'kill' ? `${split} myself` : split);
          const unsplit = frame.replace('%', word === 'kill' ? `${word} myself` : word);
          fc.pre(triageMessage(unsplit, { rules }).outcome === 'crisis');
          expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
        },
      ),
      { numRuns: 200 },
    );
  });
  it('reads 1 MB of a risk word in dotted letters as a crisis (each of its 70,000 sentences one)', () => {
    const unit = 's.u.i.c.i.d.e. ';
    const text = unit.repeat(Math.ceil(1_048_576 / unit.length)).slice(0, 1_048_576);
    expect(triageMessage(text, { rules })).toMatchObject({
      outcome: 'crisis',
      complete: true,
      crisisCategories: expect.arrayContaining(['active_ideation']),
    });
  });
  it('keeps everyday hyphenated, slashed and dotted words with the staff', () => {
    for (const text of [
      'Need to re-schedule my check-in for next week',
      'My co-pay was charged twice, can you check?',
      'Please e-mail the super-bill to me',
      "I'll be there at 3 p.m. on Wed.",
      'My self-pay rate went up? Can you explain the bill?',
      'hola, ¿aceptan Medi-Cal?',
    ]) {
      const outcome = triageMessage(text, { rules }).outcome;
      expect(outcome !== 'crisis' && outcome !== 'clinical', text).toBe(true);
    }
  });
});
