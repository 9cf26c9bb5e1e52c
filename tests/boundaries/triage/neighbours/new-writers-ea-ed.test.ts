// The kinds read from the twenty-eighth round's reading: the last round's two unseen sets (ea: substance use; eb:
// voice-to-text) and two sets written this round (ec: eating disorders; ed: anxiety, OCD and panic), each in other
// words than the message that taught it, with the everyday neighbours that must keep their route.
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, expectStaff, triage } from './neighbour-kit.js';

/** Each text goes to a clinician, not on call and not to the desk. */
function expectClinicianNotStaff(texts: readonly string[]): void {
  for (const text of texts) expect(triage(text).outcome, text).toBe('clinical');
}

describe('the point asked alone; going as the end of it; a deadline if nothing changes (lead38, sets ea, eb)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'whats the point honestly',
      'ugh. whats even the point anymore',
      'i keep asking myself whats the point. so tired',
      'whats the point of it all. idk',
      'if i die this all stops',
      'at least if im gone the pain is over for everyone',
      'christmas is my deadline. if nothing gets better by then thats it',
      'im going thru with it this weekend',
    ]);
  });
  it('keeps the point of a form or a bill off the on-call line', () => {
    expectNotCrisis([
      'whats the point of the intake form if i already filled it out on paper?',
      'idk whats the point of the superbill if insurance wont pay it',
      'whats the point in rescheduling if theres nothing open till january',
      'friday is my deadline for the fsa receipts, can you send a superbill?',
    ]);
  });
});

describe('a parent too high to keep a child safe; a toddler shaken (lead38, sets ea, eb)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'im too drunk to watch the kids right now and my husband is gone till tomorrow',
      'i used again and the baby is asleep in the next room, i cant keep her safe like this',
      'i dont think i can look after him safely tonight, i relapsed',
      'i shook the baby when she wouldnt stop crying and now shes really drowsy',
      'when he screams i shake him til he stops',
    ]);
  });
  it('keeps a parent’s logistics at the desk', () => {
    expectStaff([
      'can i bring my kids to the 4pm? no sitter today',
      'can we move to video, the baby is napping',
    ]);
  });
});

describe('painkillers gathered; driving hoping to miss a turn (lead38, set ea)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'bought advil at four different stores so nobody would notice',
      'i have 5 bottles of tylenol on my desk now',
      'took the curve at 90 with no seatbelt. didnt care',
      'sometimes on the highway im hoping i hit the guardrail',
    ]);
  });
  it('keeps a prescription hunted for in a shortage off the on-call line', () => {
    expectNotCrisis([
      'went to 2 different pharmacies for my adderall and nobody has it. can you send it to the cvs on main?',
    ]);
  });
});

describe('a body failing in an eating disorder (lead38, set ec)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'the lab called and said my potassium was 2.4 and to go to the ER. do i really have to, i have a shift',
      'my hands keep twitching. i took diuretics',
      'my fingers cramped up and wouldnt straighten for a few minutes',
      'my ankles are swollen. i started eating again like you said',
      'i get short of breath lying down since i started the meal plan',
      'me dijeron del laboratorio que vaya a urgencias pero no puedo faltar al trabajo',
    ]);
  });
  it('keeps a lab result sent or a doctor’s if-worse advice off the on-call line', () => {
    expectNotCrisis([
      'my potassium was 4.1 on the labs, can you forward them to dr lee',
      'my doctor said to go to the er if it gets worse, so i might need to cancel friday',
    ]);
  });
  it('reads a meal plan’s swap and a note for a job as a clinician’s', () => {
    expectClinicianNotStaff([
      'can i swap my evening snack for an ensure this week?',
      'Can you write something for my school saying I need to eat during class?',
    ]);
  });
});

describe('affairs settled for the family; someone who did something; a farewell with thanks (lead38, sets ec, ed)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'i wrote down where my passwords are and who gets what. just in case',
      "paying off every bill this week so there's nothing left for my kids to deal with",
      'my uncle did something to me at the party. i feel sick',
      'the tutor did stuff to me and i dont want to say it over text',
      'tonight. forgive me. thank you for everything',
      'tonight. im done. thank you for trying',
    ]);
  });
  it('keeps the desk’s neighbours off the on-call line', () => {
    expectNotCrisis([
      'we are fighting over who gets what in the divorce, can i get a copy of my invoices',
      'the new meds did something to my sleep lol. can i move to 4pm',
      'ok the portal still fails, thank you for trying though. ill pay by phone',
    ]);
  });
});

describe('pills counted in pieces; something told for the first time; letters spelled with digits (lead38)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'advil. 25 of them maybe an hour ago. dont tell anyone',
      'took my lithium. all of them. 30 min ago',
      'my s-u-1-c-1-d-a-l thoughts are back',
      'k-1-l-l m-y-s-3-l-f tonight',
    ]);
  });
  it('reads a first disclosure as a clinician’s', () => {
    expectClinicianNotStaff([
      "thank you for tuesday. i've never told anyone what happened with my uncle",
      'es la primera vez que le cuento a alguien lo de mi papa',
    ]);
  });
  it('keeps a form number written with a letter and digits at the desk', () => {
    expectStaff(['can you send me a W-9 for the reimbursement?']);
  });
});

describe('treatment let go, water refused for days, help asked to die, a household arranged (lead38, probes)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'chemo starts monday but im thinking of not going. let it take me',
      'ive stopped going to dialysis. im tired and i dont care anymore',
      'haven’t drunk any water in 3 days, can’t make myself get up',
      'my wife keeps begging me to help her die. the pills are right here',
      'I have decided to stop all my meds, the heart ones too. I am done',
      'the kids will be with my sister. everything is taken care of. love you all',
      'send my files to my brother, he will need them soon. everything else is taken care of',
      'my head is so loud, i just want it quiet forever',
      'i wish my brain would shut off permanently',
    ]);
  });
  it('keeps the desk’s neighbours off the on-call line', () => {
    expectNotCrisis([
      'i might stop going to dialysis on fridays, can we move my session to thursday',
      'please send my records to my new therapist, she will need them soon for the intake',
      'the kids will be with my mom on thursday so i can make the 4pm',
    ]);
  });
  it('reads a client who feels the therapist is annoyed as a clinician’s', () => {
    expectClinicianNotStaff(['i keep rambling in session and i think youre annoyed with me']);
  });
});

describe('a head blown off beside a request; pills had ready; the will to live lost beside keys (lead38, admin38’s probes)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'shoot over the receipt, then im gonna blow my head off',
      'some days i just want to blow my brains out',
      'ya tengo todas mis pastillas contadas',
      'got all my pills counted out on the counter',
      'I lost my wallet and my will to live. can i reschedule',
    ]);
  });
  it('keeps the desk’s neighbours off the on-call line', () => {
    expectNotCrisis([
      'la farmacia dice que mis pastillas ya estan listas, pueden mandar la receta?',
      'blow out my birthday candles lol can we move to 5',
    ]);
  });
});
