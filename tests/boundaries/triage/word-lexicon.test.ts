import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, triageMessage } from '../../../src/boundaries/index.js';
import { EVERYDAY_WORD_CLASSES } from '../../../src/boundaries/triage/tables/everyday-words.js';
import { TRIAGE_WORD_CLASSES } from '../../../src/boundaries/triage/tables/word-classes.js';
import { inflectionsOf, WordLexicon } from '../../../src/boundaries/triage/word-lexicon.js';

const lexicon = new WordLexicon({ ...TRIAGE_WORD_CLASSES, ...EVERYDAY_WORD_CLASSES });
lexicon.addStem('suicid');
lexicon.addWord('overdose');
lexicon.seal();

/** The definition: the first rest of `shortest` letters or more that the lexicon looks up as a word. */
function firstSpelledByDefinition(letters: string, shortest: number): number {
  for (let t = 0; letters.length - t >= shortest; t += 1)
    if (lexicon.lookUp(letters.slice(t)).atoms.length > 0) return t;
  return -1;
}

describe('WordLexicon.firstSpelledSuffix', () => {
  it('finds where the rest of a run of letters spells a table word', () => {
    expect(lexicon.firstSpelledSuffix('qxzsuicide', 4)).toBe(firstSpelledByDefinition('qxzsuicide', 4));
    expect(firstSpelledByDefinition('qxzsuicide', 4)).toBeGreaterThanOrEqual(0);
    expect(lexicon.firstSpelledSuffix('qxzq', 4)).toBe(-1);
  });

  it('reads a run far longer than every table word by its beginning, as a lookup of the whole would', () => {
    const long = `suicid${'q'.repeat(300)}`;
    expect(lexicon.firstSpelledSuffix(long, 4)).toBe(0);
    expect(lexicon.firstSpelledSuffix(`qx${'zq'.repeat(150)}`, 4)).toBe(
      firstSpelledByDefinition(`qx${'zq'.repeat(150)}`, 4),
    );
  });

  it('property: answers as looking up every rest whole for a run repeating a few letters far past every table word', () => {
    const unit = fc
      .array(fc.constantFrom('k', 'i', 'l', 's', 'u', 'c', 'd', 'e', 'q', 'z'), {
        minLength: 1,
        maxLength: 7,
      })
      .map((letters) => letters.join(''));
    fc.assert(
      fc.property(unit, fc.integer({ min: 20, max: 60 }), unit, (repeated, times, tail) => {
        const letters = `${repeated.repeat(times)}${tail}`;
        expect(lexicon.firstSpelledSuffix(letters, 4)).toBe(firstSpelledByDefinition(letters, 4));
      }),
      { numRuns: 60 },
    );
  });

  it('property: answers as looking up every rest whole, for runs short and long, stretched or doubled', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'kill',
        'myself',
        'suicide',
        'suicid',
        'overdose',
        'pills',
        'die',
        'cut',
        'hang',
        'sh',
        'kms',
      ),
      fc
        .constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''))
        .chain((c) => fc.integer({ min: 1, max: 4 }).map((n) => c.repeat(n))),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 90 }), (pieces) => {
        const letters = pieces.join('');
        expect(lexicon.firstSpelledSuffix(letters, 4)).toBe(firstSpelledByDefinition(letters, 4));
      }),
    );
  });
});

describe('triageMessage on spelled-out letters', () => {
  const rules = compileTriageRules();

  it('reads letters spelled out after a few others as the word they spell', () => {
    expect(triageMessage('x q z k i l l m y s e l f', { rules }).outcome).toBe('crisis');
  });

  it('reads 400,000 characters of one-letter words in linear time (each rest is not read whole)', () => {
    const text = 'q w e r t y u i o p '.repeat(20_000);
    expect(triageMessage(text, { rules }).complete).toBe(true);
  }, 30_000);
});

describe('WordLexicon.lookUp on letters starred out', () => {
  it('reads each star as a vowel: the word is every table word it can be', () => {
    expect(lexicon.lookUp('s*icide').atoms).toEqual(
      expect.arrayContaining([...lexicon.lookUp('suicide').atoms]),
    );
    expect(lexicon.lookUp('ov*rd*se').atoms).toEqual(
      expect.arrayContaining([...lexicon.lookUp('overdose').atoms]),
    );
    expect(lexicon.lookUp('s*icide').languages).toBe(0);
  });

  it('reads nothing behind more than two stars', () => {
    expect(lexicon.lookUp('s***c*de').atoms).toEqual([]);
  });

  it('property: a table word with one or two vowels starred out is read as that word (at least)', () => {
    fc.assert(
      fc.property(fc.constantFrom('suicide', 'overdose', 'suicidal'), fc.nat(), fc.nat(), (word, a, b) => {
        const vowels = [...word].flatMap((c, i) => ('aeiou'.includes(c) ? [i] : []));
        const starred = [...word];
        for (const pick of [a, b]) starred[vowels[pick % vowels.length] as number] = '*';
        const atoms = new Set(lexicon.lookUp(starred.join('')).atoms);
        for (const atom of lexicon.lookUp(word).atoms) expect(atoms.has(atom)).toBe(true);
      }),
    );
  });
});

describe('triageMessage on letters starred out', () => {
  const rules = compileTriageRules();
  it('reads a starred-out crisis word as the word, and stars used for emphasis as nothing', () => {
    for (const text of ['i want to k*ll myself', 'thinking about s**cide again', 'i just want to d*e'])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    expect(triageMessage('I *really* need a Friday slot, can I reschedule?', { rules }).outcome).toBe(
      'scheduling',
    );
  });
});

describe('WordLexicon.lookUp on Spanish texting k for qu', () => {
  it('reads kiero, aki, porke and ke as the Spanish function words they spell', () => {
    for (const [texted, word] of [
      ['kiero', 'quiero'],
      ['aki', 'aqui'],
      ['porke', 'porque'],
      ['ke', 'que'],
      ['kisiera', 'quisiera'],
    ] as const)
      expect(lexicon.lookUp(texted), texted).toEqual(lexicon.lookUp(word));
  });

  it('property: a word respelled into anything but a Spanish function word is not read so (kit is not quit)', () => {
    const english = new WordLexicon({ ...TRIAGE_WORD_CLASSES, ...EVERYDAY_WORD_CLASSES });
    for (const word of ['quit', 'quite', 'quitting', 'quieter']) english.addWord(word);
    english.seal();
    fc.assert(
      fc.property(fc.constantFrom('it', 'ite', 'itting', 'ieter'), fc.constantFrom('k', 'K'), (rest, k) => {
        expect(english.lookUp(`${k}${rest}`).atoms).toEqual([]);
        expect(english.lookUp(`qu${rest}`).atoms).not.toEqual([]);
      }),
    );
  });
});

describe('triageMessage on Spanish texting k for qu', () => {
  const rules = compileTriageRules();
  it('reads a texted wish to be dead as the wish', () => {
    for (const text of ['ya no kiero seguir aki', 'porke ya no kiero vivir', 'kisiera ya no despertar'])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('WordLexicon.lookUp on a doubled letter typed single', () => {
  const words = ['pills', 'better', 'wanna', 'sorry', 'called', 'asleep', 'will', 'all'];
  const singled = new WordLexicon({});
  for (const word of words) singled.addWord(word);
  singled.seal();

  it('reads a short word with a doubled letter typed single as the table word (pils, beter)', () => {
    expect(singled.lookUp('pils')).toEqual(singled.lookUp('pills'));
    expect(singled.lookUp('beter')).toEqual(singled.lookUp('better'));
  });

  it('reads no word under four letters so (wil is not will, al is not all)', () => {
    expect(singled.lookUp('wil').atoms).toEqual([]);
    expect(singled.lookUp('al').atoms).toEqual([]);
  });

  it('property: a table word of four letters or more, a doubled letter typed single, reads as the word', () => {
    const doubled = words.filter((w) => w.length >= 5 && /(.)\1/.test(w));
    fc.assert(
      fc.property(fc.constantFrom(...doubled), (word) => {
        const at = word.search(/(.)\1/);
        const typed = word.slice(0, at) + word.slice(at + 1);
        expect(singled.lookUp(typed).atoms, typed).toEqual(singled.lookUp(word).atoms);
        expect(singled.lookUp(typed).atoms.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('triageMessage on a doubled letter typed single', () => {
  const rules = compileTriageRules();
  it('reads a burden and an overdose texted with single letters as a crisis', () => {
    for (const text of ['everyone would be beter off without me', 'i took all my pils'])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('WordLexicon.lookUp on a misspelled inflection', () => {
  // Rule words as the tables write them (base forms); the everyday classes beside them, as in the built-in tables.
  const ruleWords = ['bleed', 'change', 'stab', 'hide', 'swallow', 'strangle', 'choke', 'overdose', 'punch'];
  const typed = new WordLexicon({ ...TRIAGE_WORD_CLASSES, ...EVERYDAY_WORD_CLASSES });
  for (const word of ruleWords) typed.addWord(word);
  typed.seal();
  const spelledOut = new Set(typed.exactForms());
  const reads = (form: string, word: string) => typed.lookUp(form).atoms.includes(typed.atom(word));

  it('reads bleedng, changd and stabbd as bleeding, changed and stabbed (a vowel of the suffix dropped)', () => {
    expect(reads('bleedng', 'bleed')).toBe(true);
    expect(reads('changd', 'change')).toBe(true);
    expect(reads('stabbd', 'stab')).toBe(true);
    expect(reads('swalowing', 'swallow')).toBe(true);
  });

  it('reads hidding, an inflection of hid as generated, also as hiding', () => {
    const hid = new WordLexicon({ everyday: { words: 'hid', neutral: true } });
    hid.addWord('hide');
    hid.seal();
    expect(hid.lookUp('hidding').atoms).toContain(hid.atom('hide'));
    expect(hid.lookUp('hidding').atoms).toContain(hid.atom('hid'));
  });

  it('property: a one-edit misspelling of a past tense or gerund of a rule word, 7+ letters, is read as it or flagged, never unknown and everyday', () => {
    const inflected = ruleWords.flatMap((word) =>
      inflectionsOf(word)
        .filter((form) => form.length >= 7 && /(ed|ing)$/.test(form))
        .map((form) => ({ word, form })),
    );
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));
    // Edits after the first two letters: the reader looks misspellings up by those (fuzzyKey).
    const edit = fc.record({ kind: fc.constantFrom('drop', 'add', 'change', 'swap'), at: fc.nat(), letter });
    fc.assert(
      fc.property(fc.constantFrom(...inflected), edit, ({ word, form }, { kind, at, letter: c }) => {
        const i = 2 + (at % (form.length - 3));
        const typo =
          kind === 'drop'
            ? form.slice(0, i) + form.slice(i + 1)
            : kind === 'add'
              ? form.slice(0, i) + c + form.slice(i)
              : kind === 'change'
                ? form.slice(0, i) + c + form.slice(i + 1)
                : form.slice(0, i) + form.charAt(i + 1) + form.charAt(i) + form.slice(i + 2);
        const facts = typed.lookUp(typo);
        const readAsIt = facts.atoms.includes(typed.atom(word));
        expect(readAsIt || facts.misspelled === true || facts.atoms.length > 0, typo).toBe(true);
        // Everyday only when the typo is itself a word the tables spell out (`stabling`, from `stabing`).
        if (facts.neutral && !readAsIt) expect(spelledOut.has(typo), typo).toBe(true);
      }),
    );
  });
});

describe('triageMessage on a misspelled inflection', () => {
  const rules = compileTriageRules();
  it('never gives the assistant a crisis with an inflected word misspelled beside a request', () => {
    for (const text of [
      "can we move thursday to 4? he's back. hidding in the bathroom.",
      "so sorry to cancel last minute but I'm 34 weeks and bleedng a lot, heading out now I think",
      "he changd all the passwords and has the baby's birth certificate and my id. where do i go",
    ]) {
      const decision = triageMessage(text, { rules });
      expect(decision.routeTo, text).toBe('clinician');
      expect(decision.outcome, text).toBe('crisis');
    }
  });
});
