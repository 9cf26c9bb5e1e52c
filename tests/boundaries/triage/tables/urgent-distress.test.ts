import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../../src/boundaries/index.js';

const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';

// Urgent distress named in words, by concept, in English and Spanish, in several persons and orders.
const DISTRESS = [
  "I don't feel safe at home tonight",
  'honestly im not safe here with him',
  "I'm scared of myself lately",
  "I'm afraid of what I might do",
  "I don't trust myself right now",
  "I can't do this anymore",
  'i cant take it anymore',
  "I can't go on like this",
  "I'm at my breaking point",
  'my roommate called 911 last night',
  'the ambulance just left',
  "I'm worried about her safety",
  'is she safe? she stopped answering',
  'can someone do a welfare check',
  "I'm hiding in the bathroom",
  "he doesn't know I'm texting you",
  'no me siento segura en mi casa',
  'no me siento segura',
  'no estoy a salvo aquí',
  'I feel unsafe',
  'tengo miedo de mí misma',
  'ya no puedo más',
  'no aguanto más',
  'estoy preocupada por su seguridad',
  'estoy escondida en el baño',
];
const REQUESTS = [
  'Can I move my Thursday appointment to Friday?',
  'Can you send me a receipt for November?',
  '¿Me pueden cambiar la cita del martes?',
];

describe('URGENT_DISTRESS', () => {
  it('sends urgent distress named in words on call, in English and Spanish', () => {
    for (const text of DISTRESS) {
      const decision = triage(text);
      expect(decision.outcome, text).toBe('crisis');
    }
    // Named as the distress it is, unless a fuller category reads it first ("no me siento segura en mi casa" is
    // also read as a partner's violence).
    expect(triage("I'm scared of myself lately").crisisCategories).toEqual(['urgent_distress']);
  });

  it('leaves requests for help and safe logistics with staff', () => {
    for (const text of [
      'Can you please help me reset my password?',
      'I need help with the portal asap, it will not load',
      'Is it safe to drive in the snow? Can we switch to video on Thursday?',
      'Is the building open on Monday?',
      // "No estoy segura" is "I'm not sure", not "I'm not safe".
      'no estoy segura de la hora de mi cita del martes',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('property: an administrative request before or after urgent distress never takes it off call', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DISTRESS),
        fc.constantFrom(...REQUESTS),
        fc.constantFrom(' ', '. ', ', ', '\n', ' also '),
        fc.boolean(),
        (distress, request, join, before) => {
          const text = before ? `${request}${join}${distress}` : `${distress}${join}${request}`;
          expect(triage(text).outcome, text).toBe('crisis');
        },
      ),
      { numRuns: 200 },
    );
  });
});
