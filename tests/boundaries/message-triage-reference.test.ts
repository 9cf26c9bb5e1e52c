import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompiledTriageRules,
  compileTriageRules,
  TRIAGE_CRISIS_SCAN_CHARS,
  TRIAGE_READ_CHARS,
  TRIAGE_TAIL_CHARS,
  type TriageDecision,
  triageMessage,
} from '../../src/boundaries/index.js';
import { HOLDOUT_MESSAGES } from './fixtures/holdout-messages.js';
import { LABELLED_MESSAGES } from './fixtures/messages.js';
import { anyUtf16, messageText, spelledOut } from './fixtures/triage-texts.js';
import { referenceTriageMessage } from './triage-oracle.js';

const rules = compileTriageRules();

// A practice's own tables: a phrase listed under two crisis kinds, prefix words, accents, an eight-word
// phrase, and administrative phrases that overlap crisis ones.
const practiceRules = compileTriageRules({
  phrases: [
    { phrase: 'code red', class: 'crisis', crisisKind: 'medical_emergency' },
    { phrase: 'code red', class: 'crisis', crisisKind: 'abuse' },
    { phrase: 'Code  Red', class: 'crisis', crisisKind: 'harm_to_others' },
    { phrase: 'tele* visit*', class: 'scheduling', weight: 2 },
    { phrase: 'mañana', class: 'scheduling', weight: 1 },
    { phrase: 'one two three four five six seven eight', class: 'general', weight: 5 },
    { phrase: 'kill myse* time', class: 'general', weight: 5 },
    { phrase: 'want to', class: 'clinical', weight: 1 },
    { phrase: "don't know", class: 'clinical', weight: 2 },
  ],
});
const tablesOnly = compileTriageRules({
  includeDefaults: false,
  phrases: [
    { phrase: 'sui* watch', class: 'crisis', crisisKind: 'suicide_self_harm' },
    { phrase: 'sui*', class: 'billing', weight: 1 },
    { phrase: 'suicid* watch', class: 'crisis', crisisKind: 'abuse' },
    { phrase: 'suicid*', class: 'clinical', weight: 3 },
    { phrase: 'i', class: 'general', weight: 1 },
  ],
});

function expectAgreement(text: string, with_: CompiledTriageRules = rules): TriageDecision {
  const decision = triageMessage(text, { rules: with_ });
  expect(decision).toEqual(referenceTriageMessage(text, with_));
  return decision;
}

// `filler` repeated, then a space and `tail`, which starts at offset `length`.
function at(length: number, tail: string, filler = 'x '): string {
  return `${filler.repeat(Math.ceil(length / filler.length)).slice(0, length - 1)} ${tail}`;
}

describe('triageMessage agrees with the reference implementation (one string per word)', () => {
  it('on every labelled and held-out message', () => {
    for (const { text } of [...LABELLED_MESSAGES, ...HOLDOUT_MESSAGES]) expectAgreement(text);
  });

  it('property: on any text, with the built-in tables', () => {
    fc.assert(
      fc.property(fc.oneof(messageText, spelledOut, anyUtf16, fc.string()), (text) => {
        expectAgreement(text);
      }),
      { numRuns: 1500 },
    );
  });

  it("property: on any text, with a practice's tables and with its tables alone", () => {
    const words = fc.constantFrom(
      'code',
      'red',
      'CODE',
      'telehealth',
      'visits',
      'mañana',
      'MAÑANA',
      'suicide',
    );
    const text = fc
      .array(
        fc.oneof(
          messageText,
          words,
          fc.constantFrom(' ', '. ', 'watch ', 'one two three four five six seven eight '),
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        expectAgreement(t, practiceRules);
        expectAgreement(t, tablesOnly);
      }),
      { numRuns: 500 },
    );
  });
});

describe('triageMessage at its edges, as the reference', () => {
  it('reads with no tables at all', () => {
    const none = compileTriageRules({ includeDefaults: false });
    for (const text of ['', 'I want to kill myself', 's u i c i d e', "İ don't know"]) {
      expect(expectAgreement(text, none).outcome).toBe('clinical');
    }
  });

  it('reads an empty or blank message as no clear intent', () => {
    for (const text of ['', '   ', '\n\t \r\n', '. , ! ?']) {
      expect(expectAgreement(text).reasons.map((r) => r.code)).toEqual(['boundaries.triage.no_clear_intent']);
    }
  });

  it('counts an administrative phrase that starts before the 64 KiB cap, and not one that starts on it', () => {
    expect(expectAgreement(at(TRIAGE_READ_CHARS - 1, 'invoice')).outcome).toBe('billing');
    expect(expectAgreement(at(TRIAGE_READ_CHARS - 2, 'time slot')).outcome).toBe('scheduling');
    expect(expectAgreement(at(TRIAGE_READ_CHARS, 'invoice')).outcome).toBe('clinical');
    expect(expectAgreement(at(TRIAGE_READ_CHARS + 1, 'invoice')).outcome).toBe('clinical');
  });

  it('finds a crisis phrase past the 64 KiB cap anywhere within the first 1 MiB', () => {
    for (const offset of [TRIAGE_READ_CHARS, 500_000, TRIAGE_CRISIS_SCAN_CHARS - 'kill myself'.length]) {
      const decision = expectAgreement(at(offset, 'kill myself'));
      expect(decision).toMatchObject({ outcome: 'crisis', complete: true });
    }
  });

  it('reads the two halves of a phrase cut by the 1 MiB mark apart, as the reference does', () => {
    const cut = expectAgreement(at(TRIAGE_CRISIS_SCAN_CHARS - 'kill my'.length, 'kill myself'));
    expect(cut.outcome).not.toBe('crisis');
  });

  it('scans the last 16 KiB of a longer message, and not its middle', () => {
    const length = TRIAGE_CRISIS_SCAN_CHARS + TRIAGE_TAIL_CHARS + 50_000;
    const tail = expectAgreement(at(length - 'kill myself'.length, 'kill myself', 'lorem '));
    expect(tail).toMatchObject({ outcome: 'crisis', complete: false });
    const middle = expectAgreement(
      at(TRIAGE_CRISIS_SCAN_CHARS + 20_000, `kill myself ${'lorem '.repeat(10_000)}`, 'lorem '),
    );
    expect(middle).toMatchObject({ outcome: 'clinical', complete: false });
    expect(middle.reasons.map((r) => r.code)).toEqual([
      'boundaries.triage.no_clear_intent',
      'boundaries.triage.unread_remainder',
    ]);
  });

  it('reads offsets as the lower-cased text has them (İ lower-cases to two characters)', () => {
    // Written, "invoice" starts before the cap; lower-cased, ten characters later, on it.
    const text = `${'İ'.repeat(10)}${at(TRIAGE_READ_CHARS - 16, 'invoice')}`;
    expect(text.indexOf('invoice')).toBeLessThan(TRIAGE_READ_CHARS);
    expect(text.toLowerCase().indexOf('invoice')).toBeGreaterThanOrEqual(TRIAGE_READ_CHARS);
    expect(expectAgreement(text).outcome).toBe('clinical');
  });

  it('reads letters that lower-case into Latin ones (the Kelvin sign is a k)', () => {
    expect(expectAgreement('I want to \u212Aill myself').outcome).toBe('crisis');
  });

  it('looks for a negation five words back, across filler only, within the clause', () => {
    expect(expectAgreement('I am not really actually ever going to kill myself').outcome).toBe('crisis');
    expect(expectAgreement('I am not really ever going to kill myself').outcome).toBe('clinical');
    expect(expectAgreement('I am not. I want to kill myself').outcome).toBe('crisis');
  });
});
