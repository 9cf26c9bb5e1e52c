import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, triageMessage } from '../../../../src/boundaries/index.js';

const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const withClinician = (text: string) => {
  const { outcome } = triage(text);
  return outcome === 'clinical' || outcome === 'crisis';
};

// Administrative words beside them ("hours", "insurance", "authorization") must not carry these to staff.
const REQUEST = pick(
  'Can we move Thursday to the afternoon?',
  'What are your hours this week?',
  'Is my copay still $30?',
  'Also my insurance needs a prior authorization, who does that?',
  '',
);

// The vegetative signs of depression in everyday words: sleep, a day in bed, no energy or appetite.
const VEGETATIVE = pick(
  "Since the time change I've been sleeping 11 hours and still can't get out of bed.",
  'I slept like 14 hrs yesterday and I am still tired.',
  'been sleeping all day every day lately',
  'I barely got out of bed this week.',
  'Been lying in bed for days.',
  'I have no energy and no appetite.',
  'Should I start using the light box again?',
  'No he podido levantarme de la cama en toda la semana.',
  'Duermo como doce horas y sigo cansada.',
  'Estoy sin energia desde hace un mes.',
);

// Medication by name, brand or generic, in an administrative frame (prior authorization, a refill, a copay).
const DRUG = pick(
  'Rexulti',
  'Vraylar',
  'Trintellix',
  'Pristiq',
  'lamotrigine',
  'Caplyta',
  'clozapine',
  'Qelbree',
  'Auvelity',
);
const FRAME = pick(
  (d: string) => `My insurance wants a prior authorization for ${d}. I have a week left.`,
  (d: string) => `The pharmacy says the ${d} refill needs a new script from you.`,
  (d: string) => `How much is the copay for ${d} with my plan?`,
  (d: string) => `Mi seguro pide autorizacion para el ${d}, quien se encarga?`,
);

describe('triageMessage: symptoms and medication stay with a clinician beside administrative words', () => {
  it('keeps sleeping too much, a day in bed, no energy, or a light box with a clinician, beside any request', () => {
    fc.assert(
      fc.property(REQUEST, VEGETATIVE, fc.boolean(), (request, symptom, first) => {
        const text = first ? `${symptom} ${request}` : `${request} ${symptom}`;
        expect(withClinician(text.trim())).toBe(true);
      }),
    );
  });

  it('keeps a medication named by brand or generic with a clinician, whatever the administrative frame', () => {
    fc.assert(
      fc.property(DRUG, FRAME, (drug, frame) => {
        expect(withClinician(frame(drug))).toBe(true);
      }),
    );
  });

  it('leaves office hours and a prior authorization for sessions with staff', () => {
    expect(triage('What are your office hours on Saturday?').outcome).toBe('general');
    expect(triage('Does my insurance need a prior authorization for my therapy sessions?').outcome).toBe(
      'billing',
    );
  });
});

describe('triageMessage: a last session asked for', () => {
  it('keeps a last or final session with a clinician, beside a booking or alone', () => {
    for (const text of [
      'I need to book a session, it will be my last',
      "Can I book one more? it'll be my final session before I move",
      'this is going to be my last appointment',
    ])
      expect(withClinician(text), text).toBe(true);
  });
});

describe('triageMessage: care of oneself stopped, and a change of the form of treatment (set at)', () => {
  it('keeps a shower or a meal stopped since something happened with a clinician, beside a booking or alone', () => {
    for (const text of [
      'i havent showered since. please can i see someone this week',
      "I haven't bathed in days, can we move Thursday to the afternoon?",
      'no me he bañado desde ese día. ¿puedo ir el martes?',
    ])
      expect(withClinician(text), text).toBe(true);
  });

  it('keeps a switch from individual to couples or family sessions with a clinician', () => {
    for (const text of [
      'My wife is finally willing to do couples sessions. Can we switch from individual to couples or do we need a different therapist?',
      'Can we change from individual to family sessions?',
      '¿Podemos cambiar de individual a terapia de pareja?',
    ])
      expect(withClinician(text), text).toBe(true);
  });

  it('leaves a couples session asked about by price, or a switch to video, with staff', () => {
    for (const text of [
      'Do you offer couples sessions? How much are they?',
      'Can we switch from video to in person?',
      'el seguro de mi hijo es Medicaid, ¿lo aceptan para terapia familiar?',
    ])
      expect(withClinician(text), text).toBe(false);
  });
});
