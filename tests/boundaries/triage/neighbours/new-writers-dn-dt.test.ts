// The kinds read from the twenty-sixth round's sets: the last round's unseen sets (dn, do), the new writers' sets
// (dp, dq, dr, ds), the holdout dt read at the round's end, and the lead's probes, each in other words than the message that taught it, with the everyday neighbours that must
// keep their route.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, expectStaff, triage } from './neighbour-kit.js';

describe('plans thought through, promises and a date (lead34, sets dn, ds)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'friday night when everyones asleep. thats when. ive thought it all through',
      'ive planned it all out. when the house is empty next week',
      "I've thought it through and I'm ready. please don't try to stop me",
      'thought it through. they wont need me after',
      'i promised myself after christmas. not changing my mind',
      'the s word thoughts are back again',
      'having s-word thoughts tonight, can someone call me',
      'sooicidal again tonight',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "I've thought it through and I'd like to switch to every other week",
      'thats when i am free, tuesday at 3',
    ]);
  });
});

describe('a body failing, farm chemicals, fragments of an overdose (lead34, sets dn, dp, ds)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "haven't eaten, just water for like 5 days and I nearly fainted at work",
      'only drinking water since monday and I am so weak and shaky, can barely stand',
      'my fingers keep going blue and i havent eaten in days',
      'so dizzy i can barely stand up, havent eaten since thursday',
      'my husband drank roundup out in the shed, hes throwing up',
      'he swallowed some of the weed killer from the garage',
      'dad drank the paraquat. hes in the truck',
      'mi tio se tomo el herbicida del rancho',
      'tomé pesticida. perdón',
      'grandpa is drooling and sweating and twitching after spraying, he mixed something and drank it',
      'took a bunch. of the klonopin. idk how many',
      'took too many. of my sleeping pills. so tired',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'i sprayed roundup on the yard and now im running late, can we push 20 min',
      'my son drools in his sleep, is that a side effect of risperdal',
      'took a bunch of pictures of my insurance card, which one do you need',
      "i've been doing a water fast for religious reasons, is that ok with my meds",
    ]);
  });
});

describe('means looked at, counted or kept; a bridge lingered on; a weapon taken to someone (lead34, sets dq, ds)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'i keep looking at the bottle of his pills in the drawer',
      'been sitting here staring at my husbands pills for an hour',
      'counting them again. all the ones i saved',
      'conte todas las pastillas que tengo guardadas',
      'have my grandpas oxy in my backpack',
      'my dads pistol is in my backpack',
      'every day i cross the bridge and lean over a little longer',
      'stood on the overpass for 30 minutes last night',
      'if i go down there with the bat hes done for',
      'walking over to his place with my knife rn',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'i keep looking at the portal and cant find the form',
      'counted my sessions and i think i have 3 left on my auth, can you check',
      'stood in line at the pharmacy for 20 minutes, running late',
    ]);
    expectStaff(['stood in line at the pharmacy for 20 minutes, running late']);
  });
});

describe('assault by a partner, something that happened unwanted; things given away (lead34, sets do, dp, dq, ds)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'my boyfriend forced me last night even when i said no',
      'he made me. i didnt want to. i dont know what to do',
      'is it rape if hes my husband? i kept saying no',
      'something happened at the party saturday night. i need to get checked',
      'i sold my guns and gave the money to my son. told him its his early christmas',
      'gave my dog and my guitar to my brother. feel so peaceful',
      'I want to pay off my whole balance, I do not want to leave any bills behind for my kids',
      'please make sure my sister can get my records. she should have everything after',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'my boyfriend made me dinner so ill be 5 min late lol',
      'something happened with my insurance, can you check my eligibility',
      'can I pay my balance when I go to my appointment tomorrow',
      'can you send my records to my sister? she needs them for the insurance',
    ]);
    expectStaff(['can you send my records to my sister? she needs them for the insurance']);
  });
});

describe('a statement texted in pieces (lead34, set ds)', () => {
  it('pairs halves with only fragments between them', () => {
    expect(triage('took extra. not like a lot. maybe 12. of the lithium. stomach hurts').outcome).toBe(
      'crisis',
    );
  });
});

describe('an -ing written without its g (lead34, holdout dt: "thinkin bout ending it. dont call my wife")', () => {
  // Crisis statements whose -ing words may each lose their g, as texting writes them.
  const STATEMENTS = [
    'been thinking about ending it all',
    'im planning on taking all my pills tonight',
    'keep wishing i would not wake up',
    'i am bringing my gun to work tomorrow',
    'been cutting again and its bleeding a lot',
  ];
  it("property: dropping any -ing word's g keeps a crisis a crisis", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATEMENTS),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (text, drops) => {
          let k = 0;
          const texted = text.replace(/\b(\w+in)g\b/g, (word, stem: string) =>
            drops[k++ % 8] ? stem : word,
          );
          expect(triage(texted).outcome, texted).toBe('crisis');
        },
      ),
    );
  });
  it("keeps the desk's texted requests off the on-call line", () => {
    expectNotCrisis(['runnin late, be there in 10', 'cant make it, workin a double']);
    expectStaff(['runnin late, be there in 10']);
  });
});

describe("the holdout dt, read at the round's end (lead34)", () => {
  it('reads each kind as a crisis in other words', () => {
    expectCrisis([
      'he said hes takin the glock to school monday',
      'i know where she works now. been parked outside all week. ill deal with her',
      'hopin a beam falls on me at the site tbh',
      'if my car went off the bridge tonight i wouldnt be sad about it',
      'whats the point of me. nobody would miss me',
      'after my last check clears im done. wife gets the insurance',
      'gave my guns and my truck and my dog to my brother yesterday. wont need em',
      'nothin matters anymore, just wanna be done',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'im bringing my 9 year old to the session, is that ok',
      'bringing my nephew to work day so need to move to friday',
      'the truck went off the road in the snow, im fine but need to reschedule',
      'my last check clears friday so can i pay then',
    ]);
  });
});

describe("the lead's probes (lead34): a train watched for, a spot not to turn, papers put in order, a threat at work", () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'i keep checking when the freight train comes through that doesnt slow down',
      'theres a curve on 52 where i could just not steer. thinking about it a lot',
      'googled how many it would take. nvm',
      'made sure the cats have a good home. wont need my appointments',
      'changed my beneficiary to my sister this week, just in case',
      'my brother says hes bringing something to school tomorrow to settle it',
      'walked into the lake last week. was going to walk in again today',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'burned my hand on the stove lol, can we do video instead of in person',
      'cut my hair so you might not recognize me haha. see you at 3',
      'my husband has the car keys today so ill do telehealth instead',
      'the baby kept us up all night lol. running 10 min late',
      'the sevin dust is killing my tomatoes lol. anyway can i get a superbill',
      'counting down the days till my next appt lol. can i move it up?',
      'took a bunch of pictures of my insurance card, which one do you need',
    ]);
  });
});
