// A probe generator for English suicidal ideation, preparatory acts and plans (not a test file: the floor test
// and the measurement script read it). Built by construction, never copied from a corpus: for each concept, the
// vocabulary families it is said in (crisis-line training, the C-SSRS screener's wording, how teens, adults,
// older adults, veterans and parents write: euphemism, idiom, slang, religious phrasing), set in frames, with
// hedges, persons and spellings turned by index (deterministic: no randomness). Beside them, the ordinary
// neighbours that borrow the same words for the front desk and must never go on call.

/** One generated message and the vocabulary family it probes. */
export interface Probe {
  readonly family: string;
  readonly text: string;
}

// --- Spellings and hedges --------------------------------------------------------------------------------

/** How people type: as written, texted (no apostrophes, u, wanna), as a sentence, or misspelled (kil, wana, lyfe). */
const SPELLINGS: readonly ((text: string) => string)[] = [
  (t) => t,
  (t) =>
    t
      .toLowerCase()
      .replace(/'/g, '')
      .replace(/\byou\b/g, 'u')
      .replace(/\bwant to\b/g, 'wanna')
      .replace(/\bgoing to\b/g, 'gonna'),
  (t) => `${t.charAt(0).toUpperCase()}${t.slice(1)}.`,
  (t) =>
    t
      .replace(/\bdisappear/g, 'dissapear')
      .replace(/\bexist/g, 'exsist')
      .replace(/\bbecause\b/g, 'bc')
      .replace(/\bsomething\b/g, 'smth')
      .replace(/\bgoodbye/g, 'goodbye')
      .replace(/\bpeople\b/g, 'ppl')
      .replace(/\breally\b/g, 'rly')
      .replace(/\bkill/g, 'kil')
      .replace(/\bwant to\b/g, 'wana')
      .replace(/\blife\b/g, 'lyfe')
      .replace(/\bpills\b/g, 'pils'),
];

/** Hedges before (`x …`) or after (`… x`) the statement. */
const HEDGES: readonly string[] = [
  '',
  'honestly',
  'ngl',
  'lowkey',
  'idk',
  'tbh',
  'i think',
  'sometimes',
  'lately',
  'some days',
  '... ngl',
  '... lol',
  '... idk',
  'not gonna lie',
];

function hedged(text: string, k: number): string {
  const hedge = HEDGES[k % HEDGES.length] as string;
  if (hedge === '') return text;
  if (hedge.startsWith('... ')) return `${text} ${hedge.slice(4)}`;
  return `${hedge} ${text}`;
}

function spelled(text: string, k: number): string {
  return (SPELLINGS[k % SPELLINGS.length] as (t: string) => string)(text);
}

/** Every frame with every word, hedges and spellings turned by index, so each family sees all of them. */
export function cross(
  family: string,
  frames: readonly string[],
  words: readonly string[],
  out: Probe[],
): void {
  let k = 0;
  for (const frame of frames)
    for (const word of words) {
      out.push({ family, text: spelled(hedged(frame.replace('X', word), k), k >> 1) });
      k += 1;
    }
}

// --- Not existing: the passive wish, in its vocabulary families --------------------------------------------

/** Not existing, said as a verb phrase after "want to", "wish I could", "rather". */
const NOT_EXISTING_BASE: readonly string[] = [
  // disappear, vanish, fade
  'disappear',
  'disappear forever',
  'vanish',
  'just vanish and never come back',
  'fade away',
  'fade out of existence',
  // cease, not be here, not exist
  'cease to exist',
  'stop existing',
  'not exist',
  'not exist anymore',
  'not be here anymore',
  'not be alive anymore',
  'not be around anymore',
  'be gone',
  'be gone for good',
  'not be on this earth',
  'leave this world',
  'leave this earth for good',
  // check out, clock out, log off, tap out, peace out
  'check out permanently',
  'check out for good',
  'clock out for good',
  'log off for good',
  'log off permanently',
  'tap out of life',
  'peace out of life',
  'unsubscribe from life',
  'get off this ride for good',
  'quit life',
  'give up on life',
  // be done, call it
  'be done with life',
  'be done with everything for good',
  'call it quits on life',
  'be done being alive',
  // sleep, rest, peace
  'go to sleep and stay asleep',
  'go to sleep and never wake up',
  'fall asleep and not wake up',
  'sleep forever',
  'rest forever',
  'rest in peace',
  'be at peace for good',
  'finally be at peace and not wake up',
  'close my eyes and never open them',
  // joining the dead, going home
  'join my dad',
  'be with my mom again in heaven',
  'see grandma again on the other side',
  'go home to god',
  'be with the lord now',
  'cross over to the other side',
  'go be with my son',
  'meet my maker',
  'go to heaven now',
  'follow my husband',
  // be dead, not be born
  'be dead',
  'not wake up tomorrow',
  'never wake up',
  'never have been born',
  'be erased',
  'be six feet under',
  'be in the ground',
  'get hit by a bus',
];

const NOT_EXISTING_FRAMES: readonly string[] = [
  'i want to X',
  'i just want to X',
  'i wish i could X',
  "i'd rather X",
  'part of me wants to X',
  "i'm ready to X",
  'all i want is to X',
  'i pray every night to X',
  'sometimes i really want to X',
  'i think about how nice it would be to X',
];

/** Not existing, said as a state after "I wish I was", "if I were". */
const GONE_STATES: readonly string[] = [
  'gone',
  'dead',
  'not here',
  'not alive',
  'never born',
  'six feet under',
  'in the ground',
  'with my dad in heaven',
  'at peace in the ground',
  'nonexistent',
  'not around anymore',
  'out of the picture for good',
];

const GONE_FRAMES: readonly string[] = [
  'i wish i was X',
  'i wish i were X',
  'sometimes i wish i was X',
  'everyone would be better off if i was X',
  'it would be easier for everyone if i were X',
  'my kids would be better off if i was X',
];

// --- Burden ------------------------------------------------------------------------------------------------

const BURDEN_SELF: readonly string[] = [
  'a burden',
  'a burden to everyone',
  'such a burden on my family',
  'dead weight',
  'a drain on everyone',
  'a waste of space',
  'a waste of oxygen',
  'just in the way',
  'a weight around their necks',
  'a problem they would be rid of',
  'a liability to my family',
  'the reason everyone is miserable',
  'holding everyone back',
  'ruining everyones lives',
  'only making their lives worse',
  'a mistake that should not exist',
];

const BURDEN_SELF_FRAMES: readonly string[] = [
  "i'm X",
  'i feel like X',
  'i know i am X',
  "i've always been X",
  'i am nothing but X',
];

const BURDEN_OTHERS_SUBJECTS: readonly string[] = [
  'everyone',
  'my family',
  'my kids',
  'my wife',
  'my husband',
  'my parents',
  'the world',
  'my mom',
];

const BURDEN_OTHERS_PREDICATES: readonly string[] = [
  'would be better off without me',
  'would be happier without me',
  'would be fine without me',
  'would be relieved if i was gone',
  "wouldn't even notice if i was gone",
  "wouldn't miss me",
  'would be better off once im gone',
  'would move on fast if i died',
  'would be free if i was not here',
  'would get the insurance and be better off',
];

// --- Ending: the active wish, readiness and intent ----------------------------------------------------------

/** An ending, said as a verb phrase. */
const ENDING_BASE: readonly string[] = [
  'end it',
  'end it all',
  'end my life',
  'end things',
  'end everything',
  'finish it',
  'finish it all',
  'finish myself off',
  'make it all stop for good',
  'make it stop permanently',
  'kill myself',
  'unalive myself',
  'off myself',
  'take my own life',
  'take my life',
  'take myself out',
  'do myself in',
  'end me',
  'die',
  'be over with it all',
  'put an end to it all',
  'put myself out of my misery',
  'ctb',
  'kms',
  'commit suicide',
  'not be alive by the weekend',
  'go through with it',
  'do it this time',
  'check out of this life',
  'end my suffering for good',
  'pull the plug on myself',
  'eat a bullet',
  'swallow every pill i have',
  'jump off the bridge',
  'hang myself',
  'step in front of a train',
  'drive into a wall',
];

const ENDING_FRAMES: readonly string[] = [
  'i want to X',
  "i'm going to X",
  'i think im going to X',
  "i'm ready to X",
  'i really want to X',
  "i've decided to X",
  "i'm gonna X",
  'i keep thinking about how to X',
  "i've been planning to X",
  'i might X',
  'i need to X',
  "i'm finally going to X",
];

/** The ending as a thought: "thoughts of", "thinking about". */
const ENDING_THOUGHTS: readonly string[] = [
  'ending it',
  'ending it all',
  'ending my life',
  'killing myself',
  'taking my own life',
  'unaliving myself',
  'offing myself',
  'not being alive',
  'not existing',
  'disappearing for good',
  'dying',
  'suicide',
  'how i would do it',
  'jumping',
  'overdosing',
  'hanging myself',
  'driving off the road',
];

const THOUGHT_FRAMES: readonly string[] = [
  "i've been having thoughts of X",
  "i can't stop thinking about X",
  'i keep thinking about X',
  'i think about X every day',
  'the thoughts about X are back',
  'i fantasize about X',
  'i daydream about X',
];

// --- Method words: heights, trains and traffic, hanging, cutting, pills, guns, water, gas, cold -------------------

const METHODS: readonly string[] = [
  'jump off the parking garage',
  'step in front of a train',
  'drive into oncoming traffic',
  'hang myself from the closet rod',
  'slit my wrists',
  'take the whole bottle',
  'overdose on my insulin',
  'eat my gun',
  'walk into the lake',
  'run the car in the garage',
  'starve myself',
  'bleed out',
  'crash my car on purpose',
  'jump in front of the subway',
  'use my dads gun',
  'swallow all my sleeping pills',
  'go off the overpass',
  'use the belt in my closet',
  'drink bleach',
  'inhale helium',
  'let the cold take me',
  'swim out until i cant swim back',
];

const METHOD_FRAMES: readonly string[] = [
  'i looked up how to X',
  "i'm going to X tonight",
  "i've thought about how to X",
  'i want to X',
  'part of me wants to X',
];

// --- Plans and their time ----------------------------------------------------------------------------------

const PLAN_ACTS: readonly string[] = [
  "i'm going to end it",
  "i'm doing it",
  "i'll be gone",
  "i'm going to kill myself",
  "i won't be here",
  "i'm checking out",
  "it's happening",
  "i'm taking the pills",
  "i'm done for good",
  "i'll be dead",
  'i go',
  "i'm going to do it",
];

const PLAN_TIMES: readonly string[] = [
  'tonight',
  'this weekend',
  'after my birthday',
  'once the kids are at school',
  'when my husband leaves for work',
  'after christmas',
  'on friday',
  'before the holidays',
  'once i get paid',
  'when everyone is asleep',
  'after the funeral',
  'by the end of the month',
  'on the anniversary',
  'once my dog is rehomed',
  'as soon as my mom goes to bed',
  'after my last shift',
  'next week',
];

/** A plan said without its act: the method, the date, the details worked out. */
const PLAN_WHOLE: readonly string[] = [
  "i've picked a date",
  'i have a date picked out',
  'i know when and how',
  "i've figured out how i would do it",
  'i have a plan to end it',
  "i've got it all planned out",
  "i've worked out all the details",
  'i know exactly how im going to do it',
  'i have everything i need to end it',
  "i've decided how and when",
  'the date is set',
  'i picked the day i will die',
  'i wrote down the plan to kill myself',
  "i've been counting down the days",
  'it will be over by sunday',
  'this is my last week',
  'this will be my last christmas',
  'this is my last night',
];

// --- Preparatory acts --------------------------------------------------------------------------------------

const PREPARATIONS: readonly string[] = [
  // letters
  'i wrote letters to everyone',
  'i wrote a note for my kids',
  'i left a note on the table for my wife',
  'i recorded a goodbye video for my family',
  "i've written my goodbyes",
  'i wrote goodbye letters to my parents',
  'i wrote my suicide note',
  // passwords and accounts
  'i gave my sister all my passwords',
  'i wrote down all my passwords for my husband',
  'i put all my passwords in an envelope for my wife',
  'i deleted all my social media',
  'i deleted all my accounts and wiped my phone',
  'i posted my last post',
  'this is my last post',
  // pets and belongings
  'i found a new home for my cat',
  'i asked my neighbor to take my dog for good',
  'i gave my dog to my brother',
  'who will take care of my cat when im gone',
  'i gave away all my stuff',
  "i'm giving away my things",
  'i gave my guitar to my best friend',
  'i gave away my plants and my books',
  // insurance, will, funeral
  'i checked that my life insurance pays out for suicide',
  'i made sure my life insurance is paid up for the kids',
  'i updated the beneficiary on my life insurance',
  'i wrote my will last night',
  'i made a will so the kids are taken care of',
  'i wrote down what i want at my funeral',
  "i've picked the songs for my funeral",
  'i told my sister what music to play at my funeral',
  "i'm getting my affairs in order",
  "i've put everything in order",
  'i paid off all my debts so nobody is stuck with them',
  'i cancelled all my subscriptions so nobody has to deal with them',
  // last things, sorry to everyone
  'i had my last meal',
  'i texted everyone that i am sorry for everything',
  'i called everyone to say sorry and that i love them',
  'i apologized to everyone i have ever hurt',
  'i said my goodbyes to everyone',
  'i told everyone i love them one last time',
  'i hugged my kids one last time',
  'i visited my mom to say goodbye',
];

const PREPARATION_TAILS: readonly string[] = [
  '',
  ' so its all ready',
  ' last night',
  ' this morning',
  ' ngl',
  ' and i feel calm now',
];

// --- Second families: not meant to be here, hating being alive, waiting for the end, wanting out, what one
// might do, arrangements for after --------------------------------------------------------------------------

/** Whole statements, each said in every frame, with the hedges and spellings turned by index. */
const SECOND_FRAMES: readonly string[] = [
  'X',
  'X and i mean it',
  'honestly X',
  'lately X',
  'X.',
  'some days X',
  'X tbh',
];

const SECOND_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'not meant to be here': [
    "i shouldn't be here anymore",
    'i should have died in the accident',
    'i should have died over there with my unit',
    'it should have been me instead of him',
    'why am i still here',
    'why am i still alive',
    "i wasn't supposed to survive",
    'i was never meant to be born',
    'god made a mistake keeping me alive',
    "i shouldn't have woken up this morning",
  ],
  'hating being alive': [
    'i hate being alive',
    'i hate existing',
    'i regret being born',
    'i hate that i woke up again',
    "i'm sick of being alive",
    'being alive is torture',
    'every day i wake up disappointed that im still alive',
    'existing is exhausting and i want it to stop',
  ],
  'waiting for the end': [
    "i've lived long enough",
    "i've had a good run and i'm done",
    "i'm ready to be called home",
    'the lord can take me anytime he wants',
    "i'm just waiting for my time to come",
    'no reason to go on since my wife passed',
    "i'm just waiting to die",
    "i don't plan on being around much longer",
  ],
  'wanting out': [
    'i want out of this life',
    'i want to be free from this life',
    'i just want eternal sleep',
    'i want to return to dust',
    'i want to join the void',
    'ready to dip permanently',
    'i need out of this world',
    'i want a permanent nap',
  ],
  'what one might do': [
    "i'm scared i'll do something i can't take back",
    "i'm afraid of what i'll do tonight",
    "i'm going to do something permanent",
    "i don't trust myself tonight",
    "i'm scared of what i might do to myself",
    'i might do something i cant undo',
  ],
  'thoughts named without the word': [
    'the dark thoughts are back',
    "i'm having those thoughts again",
    'i had unsafe thoughts last night',
    'my dark thoughts are getting louder',
    'the scary thoughts came back',
    'im struggling with si again',
    'my si is back',
    "i'm not in a safe headspace",
  ],
  'said at length': [
    'im so exhausted from pretending im ok, i dont think i can keep going much longer',
    'i wrote something for my kids to read later, just in case',
    'lately the thought of not waking up feels comforting',
    "i'm not going to be a bother anymore after this week",
    'i dont know, i just feel like maybe it would be better for everyone if i just wasnt around anymore',
    'i have been thinking a lot lately, more than i should, about ending everything and being done with all of it',
  ],
  'older adults and veterans': [
    "i've outlived my usefulness",
    "i'm no use to anyone anymore",
    "i'm done with this old body",
    "i'm living on borrowed time and i'm ready to give it back",
    'my brothers are waiting for me up there',
    "i'm ready to go whenever the good lord calls",
    "i'm just a drain on my kids since the stroke",
    'i should have died over there like the rest of them',
  ],
  'arrangements for after': [
    'i wrote down who gets what',
    "i made sure the kids will be taken care of after i'm gone",
    'i set up an email to send after',
    'i scheduled a message to go out tomorrow when its done',
    'i made a playlist for my funeral',
    'i picked the songs for my funeral',
    'i paid for my cremation',
    "i've written my own obituary",
  ],
};

// --- Ordinary neighbours: the same words for the desk or the clinic ----------------------------------------

/**
 * Messages that borrow the vocabulary above in an ordinary sense: never on call. (Five more were written and
 * left out because triage already read them as a crisis before this generator: checking out early, a letter to
 * the insurance, disappearing from a mailing list, a note left at the desk, being ready to join a husband's
 * session; see docs/triage-measurement-log.md.)
 */
export const ORDINARY_NEIGHBOURS: readonly string[] = [
  "I'm done with my paperwork, where do I send it?",
  'Can we end the session early on Thursday?',
  'My phone died so I missed your call',
  'How do I log off the portal on a shared computer?',
  'I can pay the rest of the copay on Friday',
  'My grandma passed and I need a letter for school',
  'Your office is on the other side of the building right?',
  "I'm ready to schedule my intake",
  'Can I end my sessions after this month?',
  "I'm done with the intake forms",
  'My appointment vanished from the portal',
  'The invoice disappeared from my account',
  'Please delete my account on the portal',
  'I need a password reset for the portal',
  'My dog is sick so I need to cancel tomorrow',
  "I'm moving this weekend so can we do telehealth?",
  'My life insurance needs a form signed',
  'I need to clock out early so can we meet at 5',
  'Can I tap out of the group session next week?',
  'I gave my sister my login so she can pay the bill',
  'Can you send the bill to my husband instead?',
  'I want to end my membership on the first of the month',
  'Is it ok if I go home early after the session?',
  'I finished the forms and left them at the front desk',
  'The card on file expired, can I give you a new one?',
  "I'm going to be late tonight, traffic is dead",
  'Please stop the automatic payments after this one',
  'My son wants to stop coming after the holidays',
  'I want to cancel everything on my account after December',
  'I will be gone next week on vacation',
  "I'm out of town this weekend, can we move it?",
  'I need to sleep in on Saturday so can we do noon',
  'Can I pay off the whole balance tonight?',
  "I'll be away after my birthday, can we pause sessions?",
  'Our last session before the holidays is Friday right?',
  'I picked a date for my next appointment, the 14th',
  'My mom passed last month so I need to update my emergency contact',
  'I need a note for work saying I was at my appointment',
  'I wrote down all my questions for the billing office',
  'Can you give my insurance the new policy number?',
  'I updated my beneficiary info at work, do you need it?',
  'Who do I talk to about the rest of my balance?',
  'Is it better to use insurance or would I be better off paying cash?',
  'Can my husband join my session again next week?',
  'ugh this app will be the end of me',
  'I hope my dad can finally rest in peace, the funeral is Friday so I need to move my session',
  "I'm taking my pills tonight like always, do I still need the refill form?",
  'Can I get a letter for work about my grandma passing?',
  'I want to be with my husband for the session',
  'I pray my mom is in heaven',
  "I've lived here long enough to know the parking is bad, is there a garage?",
  'Can someone take me home after the procedure or do I need a ride?',
  'I want out of my life insurance plan, do you take Medicaid?',
  'I should have woken up earlier, can I still make my 9am?',
  'I deleted something I cannot undo in the portal, can you restore my form?',
  'The letter will go out tomorrow when the doctor signs it',
  'My son is being called home from school early, can we move his session?',
  'We are deciding who gets what in the divorce, can you send the records to both of us?',
  'I hate existing portal logins, can I pay by phone?',
  'Can you send those forms back again?',
  'Any thoughts on whether my insurance will pay? Please get back to me',
  "I don't think I can keep going to group much longer, can I switch to individual?",
  'I wrote a card for my mom to read on her birthday',
  'La verdad si es mi hermano quien paga, ¿me mandan el recibo?',
  "I'll leave the car in the garage tonight so my wife can drive",
  'My husband is waiting for me in the car, can I pay at the window?',
  "I'm no good at remembering, can you text me the time?",
  'Can you make it all stop, the reminder texts? I get five a day',
  "I'll be dead tired by Friday, can we do Monday?",
];

/** The generated probes, every one a crisis a clinician must see now. */
export function ideationProbes(): readonly Probe[] {
  const out: Probe[] = [];
  cross('not existing (wish)', NOT_EXISTING_FRAMES, NOT_EXISTING_BASE, out);
  cross('not existing (state)', GONE_FRAMES, GONE_STATES, out);
  cross('burden (self)', BURDEN_SELF_FRAMES, BURDEN_SELF, out);
  cross(
    'burden (others)',
    BURDEN_OTHERS_SUBJECTS.map((subject) => `${subject} X`),
    BURDEN_OTHERS_PREDICATES,
    out,
  );
  cross('ending (wish, intent)', ENDING_FRAMES, ENDING_BASE, out);
  cross('ending (thoughts)', THOUGHT_FRAMES, ENDING_THOUGHTS, out);
  cross(
    'plan and time',
    PLAN_ACTS.map((act) => `${act} X`),
    PLAN_TIMES,
    out,
  );
  cross('plan without an act', [...PREPARATION_TAILS.map((tail) => `X${tail}`)], PLAN_WHOLE, out);
  cross(
    'preparatory acts',
    PREPARATION_TAILS.map((tail) => `X${tail}`),
    PREPARATIONS,
    out,
  );
  cross('method words', METHOD_FRAMES, METHODS, out);
  for (const [family, statements] of Object.entries(SECOND_FAMILIES))
    cross(family, SECOND_FRAMES, statements, out);
  return out;
}
