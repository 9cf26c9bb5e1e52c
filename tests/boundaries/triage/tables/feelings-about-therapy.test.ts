// Questions about a treatment's course (how many sessions it takes, how long until it helps) belong to the
// clinician; how long one session is and how many the plan covers belong to the desk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../../src/boundaries/index.js';

const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

describe("a treatment's course is the clinician's to answer (lead, 2026-12-05)", () => {
  // From an honest unseen set's message that reached staff ("How many sessions does CBT for insomnia usually
  // take? Just trying to plan with my work schedule"), by kind: the question, not the phrasing.
  const QUESTION = pick(
    'How many sessions does CBT for insomnia usually take?',
    'how long does DBT last',
    'how many sessions of EMDR will it take',
    'How long does therapy for anxiety usually take?',
    'how many sessions will I need',
    'how many sessions does my son need',
    'how long until the meds start working',
    'how long before therapy starts helping',
    '¿cuántas sesiones necesito?',
    '¿cuánto tiempo dura la terapia para la ansiedad?',
    'cuanto tarda el emdr en funcionar',
  );
  const CONTEXT = pick('', ' Just trying to plan with my work schedule.', ' Can I book Tuesdays?');

  it('property: asked alone or beside a scheduling request, a clinician answers', () => {
    fc.assert(
      fc.property(QUESTION, CONTEXT, (question, context) => {
        const text = `${question}${context}`;
        expect(isStaff(triage(text)), text).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the desk its questions: how long a session is, how many the plan covers or are left', () => {
    for (const text of [
      'how long is a session',
      'how long do sessions last',
      'how long does a therapy session last',
      'how many sessions does my insurance cover',
      'how many sessions do I have left',
      'cuantas sesiones cubre mi seguro',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});

describe("the work of therapy between sessions is the clinician's (lead, 2026-12-05)", () => {
  // From an honest unseen set's clinical message that reached staff as paperwork ("do I fill out the thought
  // record when it happens or at the end of the day?"), by kind: the homework named, whatever is asked of it.
  const HOMEWORK = pick(
    'the thought record',
    'my mood log',
    'the DBT diary card',
    'my worry journal',
    'the exposure ladder',
    'the urge log',
    'the CBT homework',
    'my therapy worksheet',
    'el registro de pensamientos',
    'la hoja de emociones',
  );
  const ASK = pick(
    (h: string) => `Quick question about ${h} — do I fill it out when it happens or at the end of the day?`,
    (h: string) => `should i bring ${h} to session?`,
    (h: string) => `I lost ${h}, can you send a new one`,
    (h: string) => `¿tengo que llenar ${h} todos los días?`,
    (h: string) => `Can I reschedule Thursday? Also how do I do ${h}`,
  );

  it('property: asked alone or beside a request, a clinician reads it', () => {
    fc.assert(
      fc.property(HOMEWORK, ASK, (homework, ask) => {
        const text = ask(homework);
        expect(isStaff(triage(text)), text).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  it('leaves the desk its forms and its words that sound like homework', () => {
    for (const text of [
      'can i get a copy of my intake form',
      'my son has homework after school, can we move his session to 5?',
      'Pulling the trigger on that 4pm slot you mentioned. Put me down.',
      'A parent asked me to fill out a behavior rating form for your practice. Where do I send it?',
      'tengo un pago atrasado que me está quitando el sueño, me dicen cuánto es para pagarlo ya',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});
