import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdministrativeTriageDecision,
  compileTriageRules,
  type TriageDecision,
  triageMessage,
} from '../../../src/boundaries/index.js';

interface CorpusMessage {
  readonly text: string;
  readonly label: 'crisis' | 'clinical' | 'admin';
}

const tuning: readonly CorpusMessage[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../corpus/tuning.json'), 'utf8'),
).messages;
const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
const readAs = (label: CorpusMessage['label'], right: (d: TriageDecision) => boolean) =>
  tuning.filter((m) => m.label === label && right(triage(m.text))).map((m) => m.text);
const CRISIS = readAs('crisis', (d) => d.outcome === 'crisis');
const CLINICAL = readAs('clinical', (d) => !isStaff(d));
const ADMIN = readAs('admin', isStaff);

// Invented names no table knows, written as people sign: a first name, a surname, initials, a firm's name.
const syllable = fc.constantFrom('zel', 'quin', 'bex', 'tav', 'dorn', 'yff', 'wex', 'olk', 'grib');
const name = fc
  .array(syllable, { minLength: 2, maxLength: 3 })
  .map((parts) => parts.join(''))
  .map((word) => `${word[0]?.toUpperCase()}${word.slice(1)}`);
const signature = fc
  .tuple(
    fc.constantFrom(
      '',
      'Thanks,\n',
      'Best,\n',
      'Regards,\n',
      'Gracias,\n',
      'Atentamente,\n',
      'Respectfully,\n',
    ),
    fc.array(name, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', '\nSent from my iPhone', '\nEnviado desde mi iPhone'),
  )
  .map(([closing, names, device]) => `\n\n${closing}${names.join(' ')}${device}`);

describe('accountSentences: a signature by its shape', () => {
  it('accounts for a short line of names under a request as courtesy, in English and Spanish', () => {
    const billing = triage(
      'Can you send my receipt for November?\n\nThanks,\nDenise Whitfield\nSent from my iPhone',
    ) as AdministrativeTriageDecision;
    expect(billing.outcome).toBe('billing');
    expect(billing.accountedFor.map((e) => e.accountedBy)).toEqual([
      'billing',
      'courtesy',
      'courtesy',
      'courtesy',
    ]);
    expect(triage('Necesito cambiar mi cita del jueves.\nAtentamente,\nMarisol Fuentes').outcome).toBe(
      'scheduling',
    );
    expect(triage('Can I reschedule to Friday?\nDr. Ana Ruiz').outcome).toBe('scheduling');
    expect(
      triage(
        'Please update my address to 12 Elm Street.\nThis message is intended only for the named recipient.',
      ).outcome,
    ).not.toBe('clinical');
  });

  it('never takes a line with a word a table knows, or a message of names alone, for a signature', () => {
    expect(triage('Can I reschedule?\nGoodbye Forever').outcome).not.toBe('scheduling');
    expect(triage('Can I reschedule?\nBridge Tonight').outcome).toBe('crisis');
    expect(triage('Denise Whitfield').outcome).toBe('clinical');
    // A line of names is read by its capitals, as a name inside a sentence is.
    expect(triage('Can I reschedule to Friday?\nzorblat quenn').outcome).toBe('clinical');
  });

  it('property: a signature under an administrative message leaves it with staff', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ADMIN), signature, (admin, sign) => {
        expect(isStaff(triage(`${admin}${sign}`))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a signature never moves a crisis from on call, or a clinical message to staff', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CRISIS),
        fc.constantFrom(...CLINICAL),
        signature,
        (crisis, clinical, sign) => {
          expect(triage(`${crisis}${sign}`).outcome).toBe('crisis');
          expect(isStaff(triage(`${clinical}${sign}`))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('accountSentences: an ordinary sense is a comment, not a request', () => {
  it('accounts for its sentence beside a request elsewhere, and sends a message of one alone to a clinician', () => {
    expect(triage('This copay is killing me. Can I pay in two parts?').outcome).toBe('billing');
    expect(triage('my boss is killing me with this deadline, can I move Thursday to Friday?').outcome).toBe(
      'scheduling',
    );
    expect(triage('this week was killer').outcome).toBe('clinical');
    expect(triage('years old hit through the roof').outcome).toBe('clinical');
  });
});
