// The kinds read in the thirty-first round: the last round's unseen set el (rural farm and ranch families) and two
// sets written this round, em (LGBTQ+ older adults and their caregivers) and en (college and graduate students),
// each in other words than the message that taught it, with the everyday neighbours that must keep their route.
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, expectStaff, isStaff, triage } from './neighbour-kit.js';

describe('beings that talk through water or walls and want something done (lead41, set el)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'the horses been talking to me thru the well, they told me to open the gates tonight',
      'the voices talk to me through the vents and want me to stop eating',
      'something keeps whispering to me through the pipes at night',
      'los animales me hablan a traves del agua y quieren que abra las puertas',
    ]);
  });
  it('keeps a person who talks through the portal or the chat at the desk', () => {
    expectStaff([
      'can you talk to me through the portal instead of email? my email is full',
      'the billing lady was talking to me through the chat and said to pay online, is that right?',
    ]);
  });
});

describe('a count of sedatives with a drink (lead41, set em)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'took 6 of my klonopin with a couple beers last night, still groggy',
      'swallowed five of the ativan and half a bottle of wine. sorry if i sound weird',
      'after 3 of my ambien and some bourbon i dont remember much',
    ]);
  });
});

describe('an accident that maybe was wanted (lead41, set em)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'fell asleep with the stove on. woke up to smoke everywhere. maybe i wanted that idk',
      'drove into the ditch on purpose? idk. not sure it was an accident honestly. car is fine',
      'crashed the car into the fence. part of me wanted it to be worse',
      'deje la estufa prendida con el gas abierto. tal vez lo queria, no se',
      'no se si fue un accidente lo de las pastillas',
    ]);
  });
  it('keeps an accident told and a slot wanted off the on-call line', () => {
    expectStaff([
      'my son was in a car accident last week, he is ok. can we move my appt to friday',
      'maybe i wanted that slot after all, is 3pm still open?',
    ]);
  });
});

describe('an end set after an event, the where and the how thought through (lead41, set en)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'im just waiting till the wedding is over and then im out. ive thought it all through, where and how',
      'i figured it all out, when and how. dont worry about the copay thing anymore',
      'once finals are done then im gone. made up my mind',
      'ya lo tengo pensado, donde y como. nomas espero que pase la boda',
    ]);
  });
  it('keeps a trip after the semester at the desk', () => {
    expectStaff(['once the semester is over then im out of town till jan, can we pause sessions']);
  });
});

describe('a letter for a school that asks for an incomplete, a withdrawal or an extension (lead41, set en)', () => {
  it('goes to the clinician, not the desk', () => {
    for (const text of [
      'i need a letter for the university to request an incomplete in two classes, can the doctor write it?',
      'necesito una carta para la universidad para pedir un incomplete en dos clases, me la puede hacer la doctora?',
      'can i get a note for my dean about a medical withdrawal from this semester',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
  it('keeps a form the portal calls incomplete at the desk', () => {
    expectStaff([
      'sent the intake forms but it says incomplete? which page',
      'pls resend the consent form, i signed it but it says incomplete',
    ]);
  });
});

describe('a show one would die to miss, a character dead in a finale (lead41, set em)', () => {
  it('keeps each off the on-call line', () => {
    expectNotCrisis([
      'I’ll die if I miss my show, can we do 3 instead of 4 on Wednesday?',
      'can we move to thurs? I’d die if I missed the bingo',
      'watching the finale tonight where the old queen is dead. anyway confirming 10am Thursday',
    ]);
  });
  it('still reads a wish to die beside a missed appointment', () => {
    expectCrisis(['i want to die. i missed my appointment again and i cant do this anymore']);
  });
});

describe('an exam that killed one, a character dead in a show (lead41 probes)', () => {
  it('keeps each off the on-call line', () => {
    expectNotCrisis([
      'this exam killed me lol. can we move wednesday to friday?',
      'the midterm destroyed me lol, can i get the 4pm instead',
      'el examen me mato jaja. me pueden mandar el recibo?',
      'the character is dead in the show and i cried lol, anyway see u tuesday',
    ]);
  });
  it('still reads a wish to die or a plan beside an exam', () => {
    expectCrisis([
      'this exam killed me. i cant do this anymore, i have my roommates pills',
      'el examen me mato y ya no quiero vivir',
    ]);
  });
});

describe('standing on a parking deck, thinking about it (lead41 probes)', () => {
  it('reads it as a crisis', () => {
    expectCrisis([
      'visa got denied, cant go home cant stay. been standing on the parking deck for an hour thinking about it',
      'sitting on the parking garage roof thinking about it',
    ]);
  });
  it('keeps waiting in a parking garage at the desk', () => {
    expectNotCrisis(['sitting in the parking garage waiting for my mom, is the 3pm still on?']);
  });
});

describe('the refit’s drops, read as kinds (lead41)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'thank you for everything. i gave my cat to my sister and cleaned the whole place. tell dr k she was the best therapist i ever had',
      'i didnt go to the er after. i dont want to report it, i just need to know if i can still get the pill',
      'used again last night after a year sober. think i did too much, my chest feels weird',
    ]);
  });
});
