// Probes in the voices the earlier generators under-represent (not a test file: the floor test and the
// measurement script read it): men who minimise, rural and working people, teens texting, adults over 65,
// veterans, people in recovery, new parents, chronic pain. Written by construction from how these groups are
// known to speak of risk (crisis-line and VA training, postpartum and pain-clinic screening), never copied from a
// corpus; each statement is said in every frame, with hedges and spellings turned by index (ideation-probes.ts).
import { cross, type Probe } from './ideation-probes.js';

/** Each statement alone, with a lead-in or a shrug, as a text or a voicemail transcript would carry it. */
const FRAMES: readonly string[] = [
  'X',
  'X.',
  'not a big deal but X',
  'X, figured you should know',
  'hey its me. X',
  'X tbh',
  'X and i mean it',
];

const VOICE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  // Men who minimise: done, checked out, no loss, running on empty, the easy way out.
  'men who minimise': [
    "i'm done with all of it",
    "i'm checked out and not coming back from this one",
    'running on fumes and no reason to keep going',
    "i'm not gonna be a problem for anyone much longer",
    "wouldn't be much of a loss if i was gone",
    "i've got nothing left to give anyone and no reason to stick around",
    'the easiest way out is me not being here',
    "it'd be simpler for everybody if i just wasn't around",
    "i'm about ready to pack it in for good",
    "i'm done fighting, i'm tapping out for good",
    'no one would lose much if i was gone',
    "i don't see the point of next week or any week after",
    'not much reason to stick around anymore',
  ],
  // Adults over 65: readiness, the Lord, a late spouse, medicines at hand or stopped, food and dialysis refused.
  'adults over 65': [
    "i'm ready to go be with my wife",
    "the lord can take me now, i'm ready",
    "i've lived long enough and i'm ready to go",
    'the pills the doctor gave me would do it',
    "i've saved enough of my heart pills to go to sleep for good",
    "i stopped taking my medicine, there's no sense in it anymore",
    "i've stopped eating, i'm ready to go",
    "i'm just waiting for the good lord to call me home",
    'no sense going on since my husband passed',
    "i'm thinking of stopping my dialysis for good",
    "i'd just as soon not wake up in the morning",
    "there's nothing left for me since she died",
  ],
  // Veterans: the service weapon, eating a gun, the guys lost, an empty chamber, a rifle kept near.
  veterans: [
    "i've been thinking about eating my gun",
    'i keep thinking about my service weapon',
    'i sleep with my pistol on the nightstand and think about using it',
    'i should have died over there with the guys i lost',
    'i want to go be with the guys i lost',
    'i put the rifle in my mouth last night',
    'i pulled the trigger on an empty chamber just to see',
    "i've been playing russian roulette",
    'i sat in the truck with the shotgun for an hour',
    'i cleaned my gun and thought about using it on myself',
    "i've been sleeping in the truck with the rifle on the seat",
    "the guys i lost are waiting for me and i'm ready",
    'i want to put my 45 in my mouth',
    "thinking about the guys who didn't come home, i should be with them",
  ],
  // Teens texting: slang, shorthand, lowkey, fr, no cap.
  'teens texting': [
    'ngl im so done',
    'kms fr',
    'ending it all lowkey',
    'i wanna unalive fr',
    'im so done w everything fr fr',
    'lowkey wanna disappear forever',
    'im not gonna be here much longer fr',
    'im done w life no cap',
    'gonna kms tonight',
    'lowkey thinking abt ending it',
    'idc if i die tbh',
    'i dont see the point in next semester or anything',
    'im tryna disappear for real this time',
  ],
  // Recovery: an opioid relapse after time clean (tolerance lost: the overdose risk), alcohol with pills, might as
  // well (a relapse on other drugs, alone, is a clinician's day: see the neighbours).
  'relapse with risk': [
    'i picked up dope again after 2 years clean',
    'used fentanyl again after 2 years clean',
    'i drank the whole fifth with my pills',
    'shot up again for the first time since rehab',
    'relapsed and thinking about finishing the bottle with my sleeping pills',
    "i'm back on it and might as well go all the way",
    'i used again and bought enough to not wake up',
    'drank a fifth and took my xanax on top',
    'relapsed on heroin after 18 months clean',
    'back on the needle since friday',
    'i mixed my benzos with a bottle of vodka',
    "i'm using again and i don't care if i wake up",
    '3 yrs sober and i bought a bag tonight, gonna use it all',
    'got high again after a year clean and did way more than i used to',
    "i'm using fent again since i got out",
  ],
  // New parents: thoughts of harming the baby, the baby better off, not trusting oneself with the baby.
  'new parents': [
    'the baby would be better off without me',
    'i keep having thoughts of hurting her',
    "i'm scared i'll hurt the baby",
    'i have thoughts about drowning him in the bath',
    'i keep picturing dropping the baby down the stairs',
    'the bad thoughts about the baby are back',
    "i put the baby in the crib and went outside because i was scared of what i'd do",
    'my baby deserves a better mom, she would be better off if i was gone',
    "i don't trust myself alone with the baby",
    "i thought about smothering her when she wouldn't stop crying",
    'i keep having thoughts of shaking him until he stops crying',
    'the intrusive thoughts about hurting my son are getting worse',
  ],
  // Withdrawal: the shakes, seizures, seeing things after alcohol or benzodiazepines stopped.
  withdrawal: [
    "i stopped drinking 2 days ago and i can't stop shaking",
    'i had a seizure coming off the xanax',
    "my hands won't stop shaking and i'm seeing bugs since i quit drinking",
    'i ran out of my klonopin and my whole body is twitching',
    "day 3 without a drink and i'm seeing things",
    'quit the benzos cold turkey and i have the shakes bad',
    "i'm detoxing at home and my heart is racing and i'm sweating through my clothes",
    "ran out of my ativan 3 days ago and it feels like i'm going to have a seizure",
    "stopped drinking and now i'm confused and shaking",
    "coming off the booze and i'm hearing things that aren't there",
    "i haven't had a drink in 3 days and i'm seeing things crawl on the wall",
  ],
  // Chronic pain: a pain medicine overdone, dying preferred to the pain, pills saved for when it is too much.
  'chronic pain': [
    "i overdid the fentanyl patches and i'm so drowsy",
    "i took extra oxy for the pain and i can't stay awake",
    "the pain is so bad i'd rather be dead",
    "i can't live with this pain anymore",
    "if this pain doesn't stop i'm ending it",
    "i've been saving my pain pills for when i can't take it anymore",
    'i doubled my pain patches and my breathing feels slow',
    "i'd rather die than live with this pain",
    'i took all my pain meds at once to make it stop',
    'the pain has won and i am done living like this',
    "i doubled up my pain patches and now i can't keep my eyes open",
  ],
  // Where one is now: a platform, a river, a bridge, a roof, with trains let by.
  'where one is now': [
    "i'm on the train platform and i've let three go by",
    "i'm down at the river, just wanted to hear from somebody",
    "i'm parked on the bridge looking at the water",
    "i'm sitting on the overpass railing",
    "i'm at the top of the parking garage looking down",
    "i'm out at the lake with the rifle",
    "i'm on the roof and i don't want to come down",
    "i'm standing by the tracks waiting for the next train",
    'i just want to go to sleep in the truck with the engine running',
    'sitting in the garage with the truck on',
    "i'm at the end of the pier",
  ],
  // A plan said plainly, or the means counted out.
  'a plan said plainly': [
    'i have a plan',
    'you said to tell you if i had a plan. i have a plan',
    'i know exactly what to take and how much',
    'i know exactly how much it would take',
    "i worked out how many i'd need",
    'i counted out the pills i would need',
    'i stacked my pills in piles on the nightstand and stared at them',
    'i lined up all my pills and looked at them for an hour',
  ],
  // A goodbye sent through someone else: tell her I'm sorry, it's not his fault.
  'goodbye through another': [
    "tell jen i'm sorry i couldn't keep going",
    "tell the doc it's not his fault",
    "tell my kids i love them and i'm sorry",
    "tell my wife i'm sorry, she tried",
    "please tell my mom it wasn't her fault",
    "tell everyone i'm sorry for everything",
    "let my sister know i'm sorry and that i love her",
    "tell him i'm sorry i wasted his time and it's not his fault",
  ],
  // Rural and working people: an accident arranged, the farm or the family paid off by insurance.
  'rural and working': [
    "it'd be easier on the family if i had an accident on the tractor",
    'the insurance would pay off the farm if i was gone',
    "i'm thinking about rolling the truck into the ditch on purpose",
    'i could make it look like a farm accident',
    'the life insurance would cover deb if something happened to me',
    'i keep thinking about driving the truck off the grade',
    "if a tree fell on me out there it'd solve a lot",
    "lost the farm and there's no way forward for me",
    "if the combine got me it'd be quick",
    'a combine accident would look natural',
  ],
  // A second batch (recall17): someone else's risk told by the one beside them; a past attempt and the sense of
  // heading back to it; harm to another pictured and planned; an older adult's fall; starving; an assault told
  // without the word; commands that name a place; property signed over; a place and a wish to hear a voice; a gun
  // slept beside; an illness welcomed; life insurance as comfort.
  'told by someone beside them': [
    "my husband told me tonight the crash wasn't an accident and he says he'll try again",
    'my friend just said she took enough and is lying down',
    "my brother texted me goodbye and won't answer his phone",
    "my dad said he's going to do it this time and he has his gun",
    "my son told me he'll try again when we're asleep",
    "she said she took something and now she's not making sense",
    'my roommate said she swallowed a bunch of pills and locked the door',
  ],
  'heading back to an attempt': [
    'last time i felt like this was right before my attempt',
    "i feel like i'm heading back to where i was before the overdose",
    "i'm sliding back to where i was when i attempted",
    'this is how i felt right before the hospital last time',
    "i'm getting close to where i was before my attempt",
    'it feels like the weeks before i tried last time',
  ],
  'harm to another pictured': [
    'i keep thinking about pushing my coworker down the stairs',
    "i've been planning where he'd land if i pushed him",
    'i want to run my boss over in the parking lot',
    'i keep imagining shoving him in front of a truck',
    'i keep thinking about putting something in her coffee to hurt her',
    'i picture pushing my supervisor off the loading dock',
  ],
  'an older adult fallen': [
    "i fell and hit my head and i've thrown up twice",
    "i fell this morning, hit my head and now i'm confused",
    "dad fell and hit his head and he's vomiting",
    'mom hit her head on the tub and keeps throwing up',
    "i hit my head yesterday and now the headache is terrible and i'm throwing up",
  ],
  starving: [
    "i haven't eaten in 5 days and i keep seeing black spots",
    'nothing but water for a week and i almost passed out',
    "i stopped eating because i don't deserve food",
    "haven't eaten in 6 days and i get dizzy when i stand",
    "i've been purging every meal and my heart is doing weird things",
  ],
  'an assault told without the word': [
    'he did stuff i said no to',
    'he kept going after i told him to stop',
    "i said no and he didn't stop",
    'i woke up and he was on top of me',
    'i keep showering since what he did at the party',
    'a guy kept giving me drinks and then i woke up in his room',
  ],
  'commands that name a place': [
    'the tv is sending me instructions again, they want me to go to the school',
    'the voices want me to go to the church and do something',
    'the messages on the radio tell me to go to her house',
    'god is telling me to go to the school and finish it',
  ],
  'property signed over': [
    "i put my truck in my brother's name and signed over the land",
    "i signed the house over to my sister so it's all squared away",
    'i made a list of who gets what, my cat goes to my cousin',
    'i transferred my accounts to my daughter, it feels good to have it done',
    "my dog goes to my neighbor when i'm gone, it's all arranged",
  ],
  'a place and a voice': [
    "i'm down at the river, just wanted to hear a voice",
    "i'm out at the bridge, just wanted to talk to somebody one more time",
    "i'm at the lake, wanted to hear from someone",
    "i'm parked by the tracks, needed to hear somebody",
  ],
  'a gun slept beside': [
    "i've been sleeping with the rifle next to me",
    "i've been sleeping in the truck with the 30-06 on the seat",
    'i keep the shotgun by the bed and think about it every night',
    'i sleep with my pistol under my pillow and think about it',
  ],
  'an illness welcomed': [
    "if the cancer took me quick i'd thank it",
    "if my heart gave out tonight i'd be grateful",
    'i hope the cancer comes back and finishes the job',
    'if the diabetes takes me so be it',
    "i'm not doing the chemo, let it take me",
  ],
  'life insurance as comfort': [
    "there's life insurance at least, that'd cover her",
    'my life insurance would take care of the kids',
    'at least the life insurance would pay off the mortgage',
    'the life insurance is worth more than i am',
  ],
};

/**
 * Messages that borrow these voices' words in an ordinary sense: never on call (the desk or a clinician's day).
 */
export const VOICE_NEIGHBOURS: readonly string[] = [
  "I'm done with the paperwork, where do I send it?",
  'We checked out of the hotel early so I can make the 3pm',
  'I picked up my refill at the pharmacy, thanks',
  'I have my gun safe class Thursday, can we move to Friday?',
  "I've lived here long enough to know the parking is bad, is there a garage?",
  'Would the baby be better off in daycare on Fridays so I can keep my Friday slot?',
  'I picked up extra shifts so can we move to evenings?',
  "Tell Jen I'm sorry I missed her call, can she ring me back?",
  "I'm running on fumes this week, can we do telehealth?",
  "I'm down at the river cabin this weekend, can we do a phone session?",
  "I'm on the train, can I call in 10 minutes?",
  'I have a plan for the balance, can I pay $50 a month?',
  'My dad is ready to go home from the hospital, can we book his follow up?',
  "I'm a veteran, do you take TRICARE?",
  "I'm checked out of the hospital now, can we start sessions again?",
  "I'm done fighting with the insurance, can you bill me directly?",
  'My dialysis moved to Friday, can we do Thursday instead?',
  'Please tell the doctor I am sorry I was late on Tuesday',
  'My husband passed in March, I need to take his name off the account',
  'I used the portal again after two years, is my login still good?',
  'I have a new baby so can we do telehealth for a few weeks?',
  'ngl the new portal is so confusing, where do I upload my card?',
  "I slipped and drank after 90 days sober, I'm safe, can we talk about it Thursday?",
  'I relapsed on coke this weekend and I feel ashamed',
  "I keep having intrusive thoughts about germs on the baby's bottles",
  'I stopped my meds because of the side effects, can the doctor call me?',
  'I lined up my pills in the organizer for the week, is it ok to take them at night?',
  'I finally pulled the trigger and booked the intake, is Monday open?',
  'I bumped my head on the car door lol, can we still meet at 3?',
  "He says he'll try again to call the billing office tomorrow",
  "I'm at the lake this weekend, can we do a phone session?",
  'I transferred my balance to the new card, did the payment go through?',
  "I haven't eaten yet today, can we move to after lunch?",
  'I said no to the payment plan, can you bill me monthly instead?',
  'I took enough time off work for the session, see you at 3',
  'My dog goes to the groomer on Friday, can we do Thursday?',
];

/** The generated probes, every one a crisis a clinician must see now. */
export function voiceProbes(): readonly Probe[] {
  const out: Probe[] = [];
  for (const [family, statements] of Object.entries(VOICE_FAMILIES)) cross(family, FRAMES, statements, out);
  return out;
}
