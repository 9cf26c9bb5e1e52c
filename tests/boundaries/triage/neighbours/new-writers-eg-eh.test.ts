// The kinds read from the twenty-ninth round's reading: two sets written this round (eg: a faith-friendly
// counseling practice; eh: reentry, court-ordered treatment and harm reduction) and the lead's probes, each in
// other words than the message that taught it, with the everyday neighbours that must keep their route.
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, expectStaff, triage } from './neighbour-kit.js';

describe('wanting to go now, beside heaven (lead39, set eg)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'pastor preached on heaven last night and all i could think was i want to go now. like today',
      'all i think about is heaven and how i want to be there now not later',
      'heaven sounds so peaceful. i wanna go already',
      'i just want to go be with Jesus already, today if He would let me',
      'ready to go home to glory tonight. tell pastor i said thank you',
    ]);
  });
  it('keeps wanting to go somewhere at the desk', () => {
    expectStaff([
      'want to go to the 10am instead, is it open',
      'i want to go now, can i leave the waiting room and come back',
    ]);
  });
});

describe('someone a court keeps away, near now (lead39, set eg)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'hes in the parking lot right now. hes not supposed to be within 100 yards of me',
      'she is not allowed to come near the kids and she just showed up at the school',
      'my ex is outside my job again and theres a restraining order',
      'el tiene orden de restriccion y esta afuera de mi casa ahorita',
    ]);
  });
});

describe('a threat meant, and sitting outside the person’s house (lead39, set eg)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'i told my brother in law i would break his jaw and i meant it',
      'told my neighbor id kill him if he touched my dog again and i mean it',
      'i threatened him last week. im sitting outside his house right now',
      'im parked outside his house and i have a bat. hes gonna pay for what he did to my daughter',
    ]);
  });
  it('keeps a hyperbole about one’s own mother beside a request off the desk’s worst case', () => {
    const outcome = triage(
      'my mom said she will ground me if i miss another appt lol, can i do friday',
    ).outcome;
    expect(outcome).not.toBe('crisis');
  });
});

describe('medication held in the cheek or pocketed, and a stash of it (lead39, set eh)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'been cheeking my meds since the hospital. got a good stash now',
      'my son has been cheeking his seroquel, found a bunch under his mattress',
      'ive been pocketing my night meds instead of taking them',
      'been palming my pills at the group home for weeks',
    ]);
  });
  it('keeps a missed dose a clinician’s, not the on-call line’s', () => {
    expectNotCrisis([
      'been skipping my meds for a week, feel off',
      'i forgot my morning meds, should i take them now?',
    ]);
  });
});

describe('everything cancelled, none of it needed; doing it right this time (lead39, set eg and probes)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'cancelled the gym, cancelled netflix, phone plan ends the 30th. wont need any of it',
      'closed my accounts and cancelled spotify. wont be needing any of it',
      'my celly told me how to do it right this time. i got the sheet',
      'last time didnt work but ill get it right this time, i have the rope',
    ]);
  });
  it('keeps a cancelled card or insurance at the desk', () => {
    expectStaff([
      'cancelled my old insurance, wont need it since the new one starts monday',
      'sorry about the wrong insurance card, ill get it right this time',
    ]);
  });
});

describe('a court’s or a probation officer’s paperwork at the desk (lead39, set eh)', () => {
  it('keeps the paperwork with staff', () => {
    expectStaff([
      'can i get an attendance letter for court on the 22nd? need to show the judge im going',
      'got paperwork from the judge, it says i need proof of enrollment. can yall write that',
      'my PO needs proof i did 12 sessions for my conditions, can you list the dates on letterhead',
    ]);
  });
  it('reads the same words beside risk as a crisis', () => {
    expectCrisis([
      'need to show the judge im going to treatment but i overdosed last night',
      'my PO is gonna find out i used and honestly id rather be dead than go back',
      'the judge lost it on me in court and now i just want to die',
    ]);
  });
});
