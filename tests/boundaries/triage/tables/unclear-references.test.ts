// Veiled words beside a request: something unnamed that happened again, a person who did "it" again, a secret
// kept from one's parents. Alone they already go to a clinician (nothing accounts for them); beside a request
// they read as everyday words unless the table names them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../../src/boundaries/index.js';

const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

describe('a veiled disclosure between two requests never reaches staff (lead, 2026-12-05)', () => {
  // From an honest unseen set's message that reached staff: a child rescheduling, "the thing with my uncle
  // happened again over the weekend", "I didn't tell my parents", "can I still come Thursday?".
  const VEILED = pick(
    'The thing with my uncle happened again over the weekend.',
    'that stuff happened again at my dads',
    'my stepbrother did it again',
    'he did the thing again when mom was at work',
    "I didn't tell my parents.",
    'I havent told anyone',
    'please dont tell my mom',
    'nobody knows',
    'keep this between us',
    'pasó otra vez en casa de mi abuela',
    'lo volvió a hacer',
    'no le he dicho a nadie',
    'no le digas a mi mamá',
    'nadie sabe',
  );
  const BEFORE = pick(
    'Hi I need to reschedule tomorrow.',
    'can we move my appt?',
    '¿Me pueden cambiar la cita?',
  );
  const AFTER = pick('Can I still come Thursday instead?', 'also whats my copay', '¿Puedo ir el jueves?');

  it('property: between two requests, in either language, a clinician reads it', () => {
    fc.assert(
      fc.property(BEFORE, VEILED, AFTER, (before, veiled, after) => {
        const text = `${before} ${veiled} ${after}`;
        expect(isStaff(triage(text)), text).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it('reads a relative, "again" and a secret together as a crisis, in both languages', () => {
    for (const text of [
      "Hi I need to reschedule tomorrow. The thing with my uncle happened again over the weekend when we visited grandma's. I didn't tell my parents. Can I still come Thursday instead?",
      'my uncle did it again. i didnt tell my mom. can i come thursday',
      'my stepdad did the thing again last night, nobody knows',
      'mi tío lo volvió a hacer el fin de semana. no le dije a mi mamá. ¿puedo ir el jueves?',
      'lo que pasó con mi tío pasó otra vez, me pueden cambiar la cita',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps an everyday "again" off the on-call line', () => {
    for (const text of [
      'my coach did it again, benched me lol, can we do 5',
      'the thing with my car happened again, can we move my appt',
      'mi primo lo volvió a hacer, se llevó mi carro sin permiso, necesito cambiar la cita',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });
});

describe('"it" done by a means of the desk says what it is (admin16)', () => {
  it('reaches staff when the portal, the browser, the waiting room or payments say what "it" is', () => {
    for (const text of [
      'do i need the zoom app or can i do it in my browser',
      'i filled out the consent form but forgot to sign page 3 can i do it when i come in',
      'ill call with the new number or is there a way to do it in the portal',
      'can i do it in 2 payments',
      'te quiero preguntar si el pago lo puedo hacer en efectivo o tiene que ser tarjeta',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
  it('keeps "it" with a time, a car or a place one goes to unclear, and a plan beside it a crisis', () => {
    for (const text of [
      "can i do it in my car? i'll be in the parking lot",
      'Can I reschedule? I will do it Friday.',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
    for (const text of [
      'can i do it in the portal? im doing it tonight',
      "I'll do it tonight. Can I pay in 2 payments?",
      'lo puedo hacer en el portal? ya lo decidí, lo hago esta noche',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
  it('property: a plan said with "it" and a time in its own sentence never reaches staff beside such a request', () => {
    fc.assert(
      fc.property(
        pick('can i do it in my browser?', 'can i do it in 2 payments?', 'lo puedo hacer en el portal?'),
        pick("I'm doing it tonight.", 'It happens this weekend.', "I've decided, I'll do it Friday."),
        (request, plan) => {
          expect(isStaff(triage(`${request} ${plan}`))).toBe(false);
          expect(isStaff(triage(`${plan} ${request}`))).toBe(false);
        },
      ),
    );
  });
});
