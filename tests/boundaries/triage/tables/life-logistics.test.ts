import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../../src/boundaries/triage/compiled-rules.js';
import { WORD_BITS } from '../../../../src/boundaries/triage/phrase-engine.js';
import { LIFE_LOGISTICS_CONTEXT } from '../../../../src/boundaries/triage/tables/everyday-words.js';

const rules = compileTriageRules();
const engine = triageRulesInternals(rules)?.engine;
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
// The context flag (triage-rules.ts: means, name cue, then context).
const CONTEXT_FLAG = WORD_BITS.firstFlag * 4;

const CLASSES = Object.entries(LIFE_LOGISTICS_CONTEXT).map(
  ([name, words]) => [name, words.split(/\s+/).filter((w) => w.length > 0)] as const,
);
const ALL = CLASSES.flatMap(([, words]) => words);

/** What the engine makes of a word on its own: its bits. */
function bitsOf(word: string): number {
  if (engine === undefined) throw new Error('no engine');
  return engine.matchText(engine.read(word, 100)).wordBits[0] ?? 0;
}

describe('life logistics are context words, by class (admin16)', () => {
  it('reads every word as context, never as a word of risk or one a clinical rule names', () => {
    for (const word of ALL) {
      const bits = bitsOf(word);
      expect(bits & CONTEXT_FLAG, word).not.toBe(0);
      expect(bits & (WORD_BITS.sensitive | WORD_BITS.ruleWord), word).toBe(0);
    }
  });

  it('lets a sentence of life logistics stand beside a request, in English and Spanish', () => {
    for (const text of [
      "Can I move my Tuesday session? We had the ice storm and our road wasn't plowed.",
      'Can you waive the late cancel fee? I was in the ER last week with a kidney stone.',
      'Perdón por no llegar ayer, se me ponchó una llanta en la carretera. ¿Me pueden dar otra cita?',
      "Need to cancel Friday, our flight got rebooked and we're stuck at the airport.",
      'Can we do 4pm? Daycare pickup is at 5.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('never accounts for a message that asks for nothing', () => {
    for (const text of [
      "We had the ice storm and our road wasn't plowed.",
      'se me ponchó una llanta en la carretera',
      'our flight was delayed at the airport in Ohio',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('keeps each class beside a word of risk a crisis (its risky twin)', () => {
    for (const text of [
      'the storm took the roof and I want to end it',
      'Can I reschedule? The storm took the roof and I want to end it.',
      "my tire is flat on the highway and I'm going to drive into the river tonight",
      "they furloughed me and I'm going to kill myself",
      "the vet put my dog down and I don't see the point anymore",
      "Can I reschedule? The vet put my dog down and I don't see the point anymore.",
      'the daycare is closed and I want to die',
      "my flight got rebooked, I'm done, I'm taking all my pills tonight",
      'I had a kidney stone last week and I took all my pills',
      'se me ponchó la llanta y ya no quiero vivir',
      'la tormenta se llevó el techo y me quiero morir',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('property: a word of any class beside a request and a statement of intent to die stays a crisis', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL),
        fc.constantFrom(
          'Can I reschedule Tuesday?',
          'Can you resend the invoice?',
          '¿Puedo cambiar mi cita del jueves?',
        ),
        fc.constantFrom(
          'and I want to kill myself',
          "and I'm going to end my life tonight",
          'y me quiero matar',
          'y ya no quiero vivir',
        ),
        (word, request, risk) => {
          expect(triage(`${request} The ${word} ${risk}.`).outcome).toBe('crisis');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: a word of any class beside a feeling does not reach staff on its own sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), (word) => {
        expect(isStaff(triage(`Can I reschedule Tuesday? The ${word} and everything feels hopeless.`))).toBe(
          false,
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('Spanish of the desk no table knew, and belongings left behind (admin16)', () => {
  it('reads the network, the sliding scale, everyday Spanish and a thing left in the waiting room as the desk', () => {
    for (const text of [
      'es fuera de la red?',
      'podemos volver a aplicar para la escala?',
      'necesita algún permiso de mi parte? ¿Me pueden mandar el formulario?',
      'se me descompuso la troca en la carretera y estoy esperando la grúa, ¿podemos mover la cita?',
      'Dejé mi chamarra en la sala de espera el martes, ¿la tienen?',
      'My son left his backpack in the waiting room, can we grab it Thursday?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
  it('keeps a medicine renewed with a clinician, and a statement of risk beside them a crisis', () => {
    expect(triage('¿me pueden renovar la receta de las pastillas?').outcome).toBe('clinical');
    for (const text of [
      '¿Me pueden mandar el recibo? Realmente ya no quiero vivir',
      'es fuera de la red? ya no aguanto más, me quiero morir',
      'dejé mi mochila en la sala de espera y me quiero matar',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});
