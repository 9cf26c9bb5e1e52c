// The kinds read from the twenty-fifth round's writers' sets (dg, di, dj, dk, dl) and the desk-words set (dm), each
// in other words than the message that taught it, with the everyday neighbours that must keep their route.
import { describe, expect, it } from 'vitest';
import { triageMessage } from '../../../../src/boundaries/index.js';
import { expectCrisis, expectNotCrisis, expectStaff } from './neighbour-kit.js';

const toClinician = (texts: readonly string[]) => {
  for (const text of texts) expect(triageMessage(text).routeTo, text).toBe('clinician');
};

describe('medical emergencies and ingestions (lead33, sets dg, dj, dl)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'quit my xanax cold turkey 3 days ago and now im shaking and seeing things',
      'my daughter fainted at practice today. she has barely eaten all week',
      'do we take him to the ER? he is not making sense',
      'swallowed some wiper fluid from the garage, feeling dizzy',
      'took like 6 of my seroquel at once. sort of on purpose',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'quit caffeine and im so tired lol, can we move to 3',
      'the washer fluid light came on so I stopped for gas, running 5 min late',
    ]);
  });
});

describe('means kept, plans and farewells (lead33, sets dg, di, dj, dl)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'been stockpiling the extra oxy from my knee surgery',
      'i keep the pills in my glovebox. its my escape hatch',
      'yes i still have the gun. no i havent used it',
      'not asking for anything, just wanted you to know. tonight after my shift',
      'she keeps saying she will get it right next time',
      'if she leaves me im done. already figured out how',
      'i know exactly what would do it',
      'i dont think im coming home tonight. sorry mom',
      'every shift i hope this is the one i dont walk out of',
      'the voices say the baby needs to be gotten rid of',
      'my ride didnt take me home last night. he pulled over somewhere. im ok now i think',
    ]);
  });
  it('reads preparations as a crisis', () => {
    expectCrisis([
      'spent the weekend making a list of who gets what',
      'put sticky notes on the furniture so the kids know who gets what',
      'handed my cat to my neighbor this morning',
      'wrote my own obituary last night',
      'told my boss im going on vacation. im not going on vacation',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "I haven't taken any of the new meds yet, is that ok?",
      'i dont think the portal is working',
      'who gets the receipt, me or my husband?',
      'when they find me a new therapist please call',
    ]);
  });
});

describe('a farewell in a front desk’s words (lead33, set dm)', () => {
  it('reads each as a crisis, in English and Spanish', () => {
    expectCrisis([
      'the email on file wont be good after this week. neither will i',
      'my will is on the kitchen table next to the bills',
      'there wont be anybody left to pick up the records',
      'ive made all the arrangements. my sister is next of kin',
      'keep this number for when they find me',
      'after they find my body, call my sister',
      'by tomorrow morning it will be over',
      'i didnt want you to find out from the news',
      'whoever finds my laptop, the password is on the back. the notes have everything',
      "so my roommate doesn't have to kick the door in, the key is under the mat",
      'please tell my mom gently',
      'your office is the last place i wanted to see before i go',
      'este es el último mensaje que les escribo',
      'mi hermano se va a encargar de todo después',
      'estoy en el estacionamiento con una soga',
      'la puerta del cuarto está cerrada con llave y mi hija no responde. me escribió perdón',
      'ya estoy decidida a irme con mi esposo',
    ]);
  });
  it('keeps the desk’s own statements and questions with staff', () => {
    expectStaff([
      'Sorry I blew up your phone, I figured out the link',
      'if the call drops I will call the office',
      'new number: 555-0142. the old one is dead',
      'Where do I park?',
      'is the office closed on friday?',
    ]);
  });
});

describe('clinical letters and feelings about therapy (lead33, sets di, dk, dl)', () => {
  it('sends each to a clinician, not to staff', () => {
    toClinician([
      'can you write a letter to my employer about my hours?',
      'mi jefe necesita una carta para no ponerme turnos de noche',
      'would it be weird to switch? i think id open up more with a woman',
      'box breathing helped a little this week',
    ]);
  });
});

describe('the holdout dh, read at the round’s end (lead33)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'honestly my life insurance would do more for my kids than i do',
      'every night i go to bed hoping i just dont wake up',
      'i stand past the yellow line at the station waiting for the right train',
      'the texts only i can see say i have to finish it by friday',
      'my arm? the dog scratched me. it wasnt the dog',
      'my timeline is the 15th. no point renewing anything',
      'please cancel all my future appointments. there is no point',
      'i have been writing down his schedule for weeks',
      'i want him to feel what i felt',
    ]);
  });
  it('keeps the desk’s hyperbole off the on-call line', () => {
    expectNotCrisis([
      'just got back from lisbon and im so jet lagged i could die. see u thursday!',
      'sorry for the no-show, i slept through it like a corpse',
      'my laptop just blue screened of death mid session, can i call in?',
      'gonna be late, my train is stuck. i swear the mta wants me dead',
      'the copay went up again?? time to fake my own death lol',
      'did anyone find a black airpods case in the waiting room? im dead without it',
      'I go to bed hoping I just get some sleep. Dont forget my appt tomorrow',
    ]);
  });
});
