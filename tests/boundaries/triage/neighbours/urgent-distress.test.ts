// Urgent distress (a plea for safety or to be stopped, word that it got bad), in other words and Spanish.
import { describe, expect, it } from 'vitest';
import { type Concepts, checkConcepts, pick, triage } from './neighbour-kit.js';

const URGENT_DISTRESS: Concepts = {
  'a ride sent for a minor, a newborn not her own, flying off a height, pills kicked in, sos': pick(
    'a 30 year old man sent an uber for my daughter, she is 15',
    "she keeps saying the baby isn't hers, that he was switched",
    'i can fly if i jump off the top of the garage',
    'the pills kicked in an hour ago, still having the emergency',
    'relapsed on the pills last night, still woozy',
    'sos',
    'I lied in session when I said I was safe',
    'he keeps sending me pics of himself, can I cancel thursday',
    'my coach sent me photos of himself last night',
  ),
  'kept at home; followed; a fit with the body moving': pick(
    "he says i'm not leaving the house anymore",
    'she told me im not allowed outside',
    'mi ex me persigue a todos lados',
    'dice que no voy a salir de la casa',
    'le dio un ataque y quedo confundido',
    'se le movia todo el cuerpo',
    'he collapsed and was jerking on the floor',
  ),
  'told to message if things got bad': pick(
    'u guys said to message if things got bad',
    'you told me to text if things got bad',
    'my therapist said to call if it ever got this bad',
  ),
};

describe('urgent distress, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(URGENT_DISTRESS);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'I need to get somewhere safe right now',
      'i need a safe place to sleep tonight, please',
      'necesito un lugar seguro para quedarme esta noche',
      "he won't open the door and hasn't come out since Friday",
      "I told you I'd tell you if it got bad. It got bad.",
      'the nurse said to call if the thoughts came back',
      'alguien deténgame',
      'dijeron que escribiera si las cosas se ponían mal',
      'you said to check in if it got bad',
      "I'm staying at a friend's so I don't do anything stupid",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

// Set al (recall10): not safe right now, in texting shorthand.
const SET_AL_URGENT: Concepts = {
  'not safe right now, in shorthand': pick(
    'not safe rn',
    'im not safe tn',
    'i am not safe tonite',
    'not safe atm',
  ),
};

describe('set al: not safe now, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_URGENT);
  });
});
