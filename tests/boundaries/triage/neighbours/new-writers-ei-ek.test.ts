// The kinds read in the thirtieth round: the last round's two unseen sets (ei: athletes, coaches, trainers and
// sports parents; ej: Deaf and hard-of-hearing clients, interpreters, newly arrived families) and set ek (gamers,
// streamers and online communities), each in other words than the message that taught it, with the everyday
// neighbours that must keep their route.
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, expectStaff, isStaff, triage } from './neighbour-kit.js';

describe('done or gone after an event, with everything set up (lead40, set ei)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'after my last game saturday ill be done. everything is set up. thanks for everything',
      'after the tournament sunday ill be gone. its all set up. thanks for putting up with me',
      'once my sister’s wedding is over ill be done. everything is in place now',
      'when the season’s over ill be done. everything’s planned out. thank you coach',
    ]);
  });
});

describe('an injury sought on purpose in a sport (lead40, set ei)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'been leading with my head into tackles on purpose. if the next concussion is the one that does it, ok',
      'been going into every hit head first on purpose. if the next concussion ends it fine',
      'i keep trying to get injured on purpose during games',
      'if one of these collisions was the one that did it id be fine with that honestly',
    ]);
  });
});

describe('medication stacked up (lead40, set ej)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'been stacking my seroquel for weeks. just in case',
      'ive been stacking up my xanax bars, theres a lot now',
      'stacked my klonopin since september. just saying',
    ]);
  });
  it('keeps receipts stacked up for an HSA at the desk', () => {
    expectStaff(['stacking up receipts for my hsa, can you send the october one']);
  });
});

describe('a chest squeezing, a left arm aching (lead40, set ej)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'did a line and now my left arm aches and my chest is squeezing. prob nothing',
      'my chest keeps squeezing and my left arm aches after the preworkout and two energy drinks',
      'feels like something is squeezing my chest after i took the adderall',
      'me aprieta el pecho y me duele el brazo izquierdo despues de la coca',
    ]);
  });
  it('keeps a request to be squeezed in off the on-call line', () => {
    expectNotCrisis(['can you squeeze me in friday? my left arm aches from the flu shot lol']);
  });
});

describe('a note scheduled to post or send (lead40, set ek)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'i wrote a note and scheduled it to post at 3am. i can delete it i guess',
      'queued a message to my mom to send tomorrow at 8. its a goodbye',
      'i set a letter to send after i’m gone, timed for sunday morning',
      'deje programado un mensaje de despedida para mañana a las 6',
    ]);
  });
  it('keeps a payment or a reminder scheduled at the desk', () => {
    expectStaff([
      'i scheduled the payment to go out on the 1st, can you confirm',
      'can you schedule my reminder text to send at 8am instead',
    ]);
  });
});

describe('signs of a stroke in a writer’s words (lead40, set ek)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'i cant feel the left side of my face and my words are coming out wrong',
      'half my face went numb and my words came out jumbled, probably nothing',
      'my mom cant move the right side of her body and shes talking funny',
      'no siento el lado izquierdo de la cara y las palabras me salen mal',
    ]);
  });
});

describe('a danger named, even denied, is a clinician’s (lead40, set ek)', () => {
  it('never goes to the desk', () => {
    for (const text of [
      'my husband has been gaming 12 hrs a day since losing his job. hes not dangerous or anything, just checked out. can i come to a session with him?',
      'my son is not dangerous or anything, he just stays in his room all day. can he come in with me',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('ordinary senses read this round (lead40, sets ei, ej and ek)', () => {
  it('keeps each at the desk', () => {
    expectStaff([
      'prior auth is killing us. did blue cross call you back',
      'the team killed it saturday! can i move my appointment to monday',
      'dead legs after leg day lol, can i do virtual tomorrow',
      'lol my mom’s gonna kill me, i lost the card with my appt time on it. is it the 9th at 3?',
      'my daughter will murder me if she misses her session, can we move it to 5',
      'my dad is going to kill me if i miss again lol, any openings thursday',
      'the website unalived itself again, cant pay my bill',
      'kms the wifi is lagging so bad, can we switch to phone',
      'no puedo entrar al portal, ya la cambie dos veces, me pueden mandar el link',
      'ya pague la factura, me pueden mandar el recibo',
    ]);
  });
});

describe('farm and online means and goodbyes, probed by kind (lead40)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'theres paraquat in the shed. been thinking about drinking it',
      'if they take the farm im going out to the barn with the 12 gauge',
      'dad says hed rather put himself down like old blue than lose the land',
      'uninstalling myself. gg everyone',
      'this is my last stream. said bye to chat already. wont be back',
      'mi hijo dijo en su stream que ya se despedia para siempre',
      'the tractor rolled on my uncle, hes not moving and were 40 min from town',
    ]);
  });
  it('keeps the farm’s and the game’s ordinary deaths off the on-call line', () => {
    expectNotCrisis([
      'the calf died overnight, cant make it today, need to reschedule',
      'my game keeps crashing and dying during the session link, can you send a phone number instead',
      'tuve que matar unas gallinas, llego tarde a la cita',
      'shooting coyotes all weekend so i missed your call, can we do monday',
      'the fuel gauge broke on the truck so running late, 15 min',
    ]);
  });
});

describe('crises the word model read until its refit moved the threshold, now read by the tables (lead40)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'I cannot stop thinking that I should not exist. Also can I have a receipt',
      'things got physical at home on saturday so im at my moms. he doesnt know where she lives',
      'she told the aide she is going to save up her pills and be done with it',
      'every time im on the highway i think about turning the wheel into a semi',
    ]);
  });
  it('keeps a thing that should not exist and a rough practice off the on-call line', () => {
    expectNotCrisis([
      'the new office should not exist on google maps yet? i cant find it',
      'things got physical at practice so i have a bruise lol, can i move to friday',
    ]);
  });
});

describe('a day picked and named the day, run on into a request (lead40, probed by kind)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'can i switch to the 3pm? ive picked the 15th. thats the day. anyway 3pm works',
      'ive decided on saturday. thats the day. do i need to cancel my other appts',
      'chose the date. the 20th. thats the day',
    ]);
  });
  it('keeps a date picked for an appointment at the desk', () => {
    expectStaff([
      'can we do the 15th? thats the day i have off',
      'i picked the 15th for my next appt, is that ok',
    ]);
  });
});

describe('the desk’s errands with a veiled end in them (lead40, probed by kind)', () => {
  it('never leaves them with the desk', () => {
    for (const text of [
      'pls update my emergency contact to my brother, hell need to know first',
      'could you send my last invoice to my mom, shell be taking care of my stuff',
      'how do i transfer my balance to my estate',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
  it('reads a last invoice beside someone taking care of one’s things as a crisis', () => {
    expectCrisis(['could you send my last invoice to my mom, shell be taking care of my stuff']);
  });
  it('keeps a parent’s estate paperwork at the desk', () => {
    expectStaff([
      'Sorry for the late reply, I’ve been drowning in paperwork for my dad’s estate. Next Wednesday 10am is perfect.',
    ]);
  });
});

describe('on top of a building or a garage now, in Spanish (lead40, parity probed by kind)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'estoy arriba del edificio del estacionamiento, no se que hacer. tengo cita mañana?',
      'estoy sentada en la azotea del hospital',
      'estoy en el ultimo piso del estacionamiento solo',
    ]);
  });
  it('keeps the upper parking lot at the desk', () => {
    expectStaff(['donde me estaciono? el estacionamiento de arriba esta lleno']);
  });
});
