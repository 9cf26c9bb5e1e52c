// Probes in under-represented voices (voice-probes.ts): the share read as a crisis is held as a floor, each voice
// has named examples, and the ordinary neighbours that borrow the same words stay off the on-call line.
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, expectStaff, isStaff, triage } from './neighbour-kit.js';
import { VOICE_NEIGHBOURS, voiceProbes } from './voice-probes.js';

// Measured 2026-12-05: 68.2 % of the first 868 probes on main 4d7cf99, 98.4 % after recall17's first batch; the
// second batch's 427 probes 67.2 % before it, all 1,295 at 98.5 % after; all 1,351 with the third batch's, 94.7 %
// before it and 98.7 % after; all 1,393 with the fourth batch's, 96.1 % before it and 98.8 % after (left: a bare
// "ngl im so done" and a bare "i have a plan", whose words the desk shares, and a few spellings).
const RECALL_FLOOR = 0.97;

describe('voice probes', () => {
  it('generates several hundred probes across every voice, deterministically', () => {
    const probes = voiceProbes();
    expect(probes.length).toBeGreaterThan(1200);
    expect(new Set(probes.map((p) => p.family)).size).toBe(24);
    expect(voiceProbes()).toEqual(probes);
  });

  it(`reads at least ${RECALL_FLOOR * 100} % of the probes as a crisis`, () => {
    const probes = voiceProbes();
    const found = probes.filter((p) => triage(p.text).outcome === 'crisis').length;
    expect(found / probes.length).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it('keeps the ordinary neighbours off the on-call line', () => {
    expectNotCrisis(VOICE_NEIGHBOURS);
  });

  // Measured 2026-12-05: 129 of 2,702 reached staff beside a request on main 5459065 (23 probes alone); 6 after
  // recall17, each "also whats my copay i have a plan", which a desk reads as an insurance plan; 0 of 2,786 after
  // recall19 read a plan had, said with nothing else, as the plan it is.
  it('sends none alone and none of 2,786 beside a request to staff', () => {
    const requests = [
      'can i move my appointment to friday?',
      'also whats my copay',
      'can you send me the invoice',
      'please cancel tuesday',
    ];
    let toStaff = 0;
    voiceProbes().forEach((probe, i) => {
      expect(isStaff(triage(probe.text)), probe.text).toBe(false);
      const request = requests[i % requests.length] as string;
      for (const text of [`${request} ${probe.text}`, `${probe.text}. ${request}`])
        if (isStaff(triage(text))) toStaff += 1;
    });
    expect(toStaff).toBe(0);
  });

  it("reads a man's minimising: no great loss, no reason to stick around, his absence as the way out", () => {
    expectCrisis([
      "wouldn't be much of a loss if i was gone",
      'not much reason to stick around anymore',
      'honestly the easiest way out is me not being here',
      "i'm about ready to pack it in for good",
      "i don't see the point of next week",
    ]);
    expectStaff([
      "I'm done with the paperwork, where do I send it?",
      "I'm running on fumes this week, can we do telehealth?",
    ]);
  });

  it('reads an older adult stopping medicine, food or dialysis, and going to be with the dead', () => {
    expectCrisis([
      "i stopped taking my medicine, there's no sense in it anymore",
      "I've stopped eating since my wife passed, I'm ready",
      'no sense going on since my husband passed',
      "i'm thinking of stopping my dialysis for good",
      'i want to go be with my wife, she passed in june',
      'my brothers who died are waiting for me',
    ]);
    expectStaff([
      "I've lived here long enough to know the parking is bad, is there a garage?",
      'My dialysis moved to Friday, can we do Thursday instead?',
    ]);
    expectNotCrisis(['I stopped my meds because of the side effects, can the doctor call me?']);
  });

  it("reads a veteran's Russian roulette, a trigger pulled on an empty chamber, a truck driven off a grade", () => {
    expectCrisis([
      "i've been playing russian roulette",
      'last week i pulled the trigger on an empty chamber',
      'i keep thinking about driving the truck off the grade',
      'i could make it look like a farm accident',
      "i'm on the platform. i've let three go by",
    ]);
    expectStaff([
      'I finally pulled the trigger and booked the intake, is Monday open?',
      'I have my gun safe class Thursday, can we move to Friday?',
      "I'm on the train, can I call in 10 minutes?",
    ]);
  });

  it('reads an accident wished for the insurance, and a tree that would solve a lot', () => {
    expectCrisis([
      "it'd be easier on everyone if i had an accident at work",
      'the insurance would pay off the house if i was gone',
      'if something happened to me the insurance would cover them',
      "if a tree fell on me out there it'd solve a lot",
    ]);
  });

  it('reads an opioid relapse after time clean, and a fifth with pills; other relapses stay clinical', () => {
    expectCrisis([
      'shot up again for the first time since rehab',
      'relapsed on fentanyl last night',
      'used dope again after a year clean',
      'drank a fifth with my sleeping pills',
      'thinking about finishing the bottle and all my xanax',
      'i overdid the fentanyl patches and my lips feel weird',
    ]);
    expectNotCrisis([
      'I relapsed on coke this weekend and I feel ashamed',
      "I slipped and drank after 90 days sober, I'm safe, can we talk about it Thursday?",
    ]);
  });

  it("reads a new parent's thoughts of harm, and the baby put down out of fear of oneself", () => {
    expectCrisis([
      'i keep having thoughts of hurting her',
      'the bad thoughts about the baby are back',
      "i don't trust myself with the baby tonight",
      'i put him in the crib and went outside because i was scared',
    ]);
    expectNotCrisis(["I keep having intrusive thoughts about germs on the baby's bottles"]);
    expectStaff(['Would the baby be better off in daycare on Fridays so I can keep my Friday slot?']);
  });

  it('reads withdrawal heard, a plan told once asked for, pills lined up, and a goodbye sent through someone', () => {
    expectCrisis([
      "coming off the booze and i'm hearing things",
      'you told me to tell you if i ever had a plan. i have a plan now',
      'i lined up all my pills and stared at them',
      'i know exactly what to take and how much',
      "tell my mom it wasn't her fault",
      "tell jen i'm sorry i couldn't keep going",
    ]);
    expectStaff(["Tell Jen I'm sorry I missed her call, can she ring me back?"]);
    expectNotCrisis(['I lined up my pills in the organizer for the week, is it ok to take them at night?']);
  });

  it('reads risk told by someone beside the person: enough taken, a crash that was no accident, a try again', () => {
    expectCrisis([
      'my sister just said she took enough and is lying down',
      "he told me the wreck wasn't an accident",
      "my son says he'll try again tonight",
    ]);
    expectStaff(["He says he'll try again to call the billing office tomorrow"]);
  });

  it('reads a return to the state before a past attempt', () => {
    expectCrisis([
      "i feel like i'm heading back to where i was before my overdose",
      'this is how i felt right before the psych ward last time',
      'it feels like the days before i attempted last time',
    ]);
  });

  it('reads harm to another pictured: a push down the stairs, where they would land, running someone over', () => {
    expectCrisis([
      'i keep picturing shoving my boss down the stairwell',
      "i've been planning where she'd land if i pushed her",
      'i want to run my ex over',
    ]);
  });

  it('reads a head struck with vomiting or confusion after, and starving with fainting', () => {
    expectCrisis([
      'grandpa fell and hit his head and now he is confused',
      'I hit my head in the shower. Now I threw up twice.',
      "nothing but water for days and i'm dizzy all the time",
      "i stopped eating because i don't deserve it",
    ]);
    expectStaff(['I bumped my head on the car door lol, can we still meet at 3?']);
    expectNotCrisis(["I haven't eaten yet today, can we move to after lunch?"]);
  });

  it('reads an assault told without the word, and commands that name a place', () => {
    expectCrisis([
      'my coach did things i said no to',
      'a guy kept buying me drinks and then i woke up at his place',
      'the radio is sending me messages. they want me to go to the church.',
    ]);
    expectStaff(['I said no to the payment plan, can you bill me monthly instead?']);
  });

  it('reads property signed over, a river and a wish to hear a voice, a calibre by the bed, an illness welcomed', () => {
    expectCrisis([
      "i signed the farm over to my son, it's all squared away",
      'i wrote out who gets what',
      "I'm out at the quarry. Just wanted to hear a voice.",
      'the 30-06 is loaded by the bed',
      'if my kidneys gave out i would be glad',
      "i'm not doing the treatment, let it take me",
      "there's life insurance at least",
    ]);
    expectStaff([
      "I'm at the lake this weekend, can we do a phone session?",
      'I transferred my balance to the new card, did the payment go through?',
    ]);
    expectNotCrisis(['My dog goes to the groomer on Friday, can we do Thursday?']);
  });

  it('reads a third batch: no loss to anyone, the dead of a unit, a calibre in the mouth, more than one used to', () => {
    expectCrisis([
      'nobody would lose much if i was gone',
      'my whole squad is gone and i should be with them',
      'i held the 9mm to my head last night',
      'the tractor accident would look natural',
      'shot more than i used to after 8 months clean',
      'smoking fent again',
      'i doubled my patches and can barely keep my eyes open',
      'at least the lyfe insurance would pay the mortgage',
    ]);
    expectNotCrisis([
      'My uncle passed, I should be with them at the funeral Friday, can we move my session?',
      'I drink more coffee than I used to since I got sober, is that normal?',
    ]);
  });

  it('reads a fourth batch: an engine left running, the end of a pier, a bag to use all of, days without a drink', () => {
    expectCrisis([
      'gonna fall asleep in the car with the motor running',
      "i'm in the garage with the car on",
      "i'm standing at the end of the jetty",
      'clean 2 years and i got a bag, going to do it all tonight',
      "haven't drank in 4 days and i'm shaking so bad",
      'if the auger got me it would be quick',
    ]);
    expectNotCrisis([
      "I haven't had a drink in 3 days and I'm proud of myself, can we talk Thursday?",
      'The bull got me last week and broke my arm, can we do telehealth?',
    ]);
  });
});
