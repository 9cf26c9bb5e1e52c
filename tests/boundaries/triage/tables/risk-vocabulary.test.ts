import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../../src/boundaries/triage/compiled-rules.js';
import { WORD_BITS } from '../../../../src/boundaries/triage/phrase-engine.js';
import { ADMIN_VOCABULARY_WORDS } from '../../../../src/boundaries/triage/tables/admin-vocabulary.js';
import { RISK_VOCABULARY } from '../../../../src/boundaries/triage/tables/risk-vocabulary.js';
import { CrisisCategory } from '../../../../src/boundaries/triage/triage-category.js';

const rules = compileTriageRules();
const engine = triageRulesInternals(rules)?.engine;
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';

/** Whether a word of a message is in the declared risk vocabulary (the `risk_word` class). */
function isRiskWord(word: string): boolean {
  if (engine === undefined) throw new Error('no engine');
  return engine.entry(word).atoms.includes(engine.classAtom('risk_word'));
}

const ADMIN_TEXTS: readonly string[] = ['tuning.json', 'tuning-fresh-h.json', 'tuning-fresh-j.json'].flatMap(
  (file) =>
    (
      JSON.parse(readFileSync(join(import.meta.dirname, '../../corpus', file), 'utf8')).messages as {
        text: string;
        label: string;
      }[]
    )
      .filter((m) => m.label === 'admin')
      .map((m) => m.text),
);

describe('RISK_VOCABULARY', () => {
  it('declares the words of risk of every crisis table, none of them everyday or the desk’s', () => {
    expect(Object.keys(RISK_VOCABULARY).sort()).toEqual([...CrisisCategory.options].sort());
    for (const [category, words] of Object.entries(RISK_VOCABULARY)) {
      const list = words.split(' ');
      expect(new Set(list).size, category).toBe(list.length);
      // An everyday word is waved through before the vocabulary is read: declaring one would do nothing.
      const everyday = list.filter(
        (w) => (engine?.entry(w.replace(/\*$/, '')).bits ?? 0) & WORD_BITS.neutral,
      );
      expect(everyday, category).toEqual([]);
    }
    expect(ADMIN_VOCABULARY_WORDS.split(' ').filter(isRiskWord)).toEqual([]);
  });

  it('keeps a request with a declared word of risk beside it from staff, in English and Spanish', () => {
    for (const text of [
      'Can I move my appointment to Friday? My chest has this tightness.',
      'Can you resend the zoom link, the tremors make typing hard',
      'Necesito cambiar mi cita, tengo moretones en los brazos',
      'Can I reschedule, he stalked me to the parking lot',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('reads the other words of a crisis phrase as ordinary ones: a sentence with one beside a request reaches staff', () => {
    for (const text of [
      'can i get my appt moved, my manager is killing me w the new schedule at target',
      'Soy la mamá de Kevin, necesito cancelar su cita de hoy, está malo de la garganta.',
    ]) {
      expect(isStaff(triage(text)), text).toBe(true);
      expect(isRiskWord(text.includes('target') ? 'target' : 'garganta')).toBe(false);
    }
  });

  // The coupling this vocabulary removes: every word a crisis rule named used to keep an administrative sentence
  // from staff, so a crisis concept written with everyday words ("trouble", "split", "lo", "se") lowered the
  // administrative share. A crisis phrase that is not found now changes no administrative outcome.
  it('property: adding crisis phrases of any words of administrative messages changes none of their outcomes', () => {
    // Words the tables spell out: another word is read as a name ("Hey it's Marcus") or by a stem or a near
    // spelling ("lee" as a form of "leer") until a phrase names it, and then it is read as that phrase's word.
    const words = [...new Set(ADMIN_TEXTS.flatMap((t) => t.toLowerCase().match(/[a-záéíóúñü]{3,}/g) ?? []))]
      .filter((w) => (engine?.read(w, 100).known[0] ?? -1) >= 0)
      .sort();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...words), { minLength: 20, maxLength: 40 }),
        fc.constantFrom(...CrisisCategory.options),
        (chosen, category) => {
          // Each phrase needs a word no message has, so it is never found: only its words could change anything.
          const extended = compileTriageRules({
            phrases: chosen.map((w) => ({ category, phrase: `${w} ..1 zorblequix` })),
          });
          for (const text of ADMIN_TEXTS)
            expect(triageMessage(text, { rules: extended }).outcome, text).toBe(triage(text).outcome);
        },
      ),
      { numRuns: 3 },
    );
  });
});
