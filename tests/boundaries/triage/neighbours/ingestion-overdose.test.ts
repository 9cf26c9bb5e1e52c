// An ingestion or overdose already taken (pills swallowed, a stomach pumped), in other words and Spanish.
import { describe, expect, it } from 'vitest';
import {
  type Concepts,
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectParity,
  expectStaff,
  join,
  pick,
  triage,
} from './neighbour-kit.js';

const INGESTION_OVERDOSE: Concepts = {
  'an ingestion without a drug named': join(
    pick('i', 'just', 'she', 'my son'),
    pick('took', 'swallowed', 'downed'),
    pick('them all', 'all of them', 'it all'),
  ),
  'misuse told as something dumb': join(
    pick('i did something', 'did something', 'i think i did something'),
    pick('dumb', 'stupid', 'bad'),
    pick('with my meds', 'with my pills', 'with the bottle'),
  ),
  'a child into the pills, withdrawal told as shaky and sweaty': pick(
    'my 4 year old got into the bottle of guanfacine, maybe 6 pills',
    'she got into my meds this afternoon and is very sleepy',
    'quit drinking 3 days ago on my own, pretty shaky and sweaty and i saw someone in the hall',
    "he hasn't eaten in four days",
  ),
  'pills taken on purpose, with a drink, to see what it feels like': pick(
    'took extra pills on purpose',
    'had a drink with my meds on purpose',
    'drank with my meds to see what it feels like',
    'downed a fifth and took my klonopin',
    'me tome las pastillas a proposito',
  ),
  'a pillow held over a parent; a stomach pumped; naloxone given; a tolerance gone; found blue': pick(
    'held a pillow over her face for a while last night, i need to tell someone before i do something',
    'they pumped my stomach at the ER',
    'my brother had to narcan me in the parking lot',
    'just out of detox, his tolerance is gone and he is using again',
    'found him blue on the bathroom floor',
    'le dimos narcan y ya respira',
    'mi hija se tomó todas las pastillas, encontré el frasco vacío',
    'been out of my suboxone for 4 days, vomiting, about to buy something off the street',
  ),
  'a stomach pumped; a drug used all at once': pick(
    'they had to pump my stomach',
    'had my stomach pumped last night',
    "I'm going to shoot it all at once",
    'le hicieron un lavado de estomago',
    'quiero inyectarme todo de una vez',
  ),
  'insulin injected that is not needed': join(
    pick("i'm an rn.", 'honestly', 'so'),
    pick(
      'i just injected insulin i dont need',
      'i injected insulin i do not need',
      'i took extra insulin',
      'i shot way too much insulin',
    ),
  ),
  'all of it used or pushed': join(
    pick(
      'might use all of it tonight',
      'i thought about pushing all of it myself',
      'thinking about injecting all of it',
      'want to use all of it',
    ),
  ),
  'what was left of the pills taken (set ah)': join(
    pick('took', 'swallowed', 'i took', 'just took'),
    pick('what was left of my', 'whatever was left of my', 'the rest of my'),
    pick('oxy', 'pills', 'klonopin', 'sleeping pills', 'prescription'),
  ),
  'what was left of the pills taken, in Spanish (set ah)': pick(
    'me tomé lo que quedaba de las pastillas',
    'me tomé el resto del frasco',
    'drank a fifth and took my pills',
  ),
};

describe('ingestion or overdose already taken, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(INGESTION_OVERDOSE);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'ya me tome todo',
      'me tragué todas',
      'me hicieron lavado de estómago',
      'I took a bunch of them an hour ago.',
      'me inyecté insulina que no necesito',
      'please call, i swallowed something, idk',
      'me tomé un montón de pastillas',
      'I found empty pill bottles in her room',
      "I didn't take them all",
      'Could we move to the following week? I took them all.',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('a big one on purpose, all of it to be done, drink with a sedative, a stomach pumped', () => {
  it('reads a big one on purpose, all of it taken to be done, drink with a sedative, a stomach pumped', () => {
    expectCrisis([
      "I've thought about doing a big one on purpose",
      'thinking of a last shot on purpose',
      'want to just take all of it and be done',
      'might swallow all of them and be gone',
      'i drank and took the seroquel and the gabapentin together',
      'took my ambien and the xanax to turn my brain off',
      'a bottle of vodka and my ambien',
      'tequila and some klonopin',
      'they pumped me',
      'i took something, the ambulance is coming',
      'thought why not finish it all',
      'finished it all, the whole bottle',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'I drank coffee and took my adderall, is that ok?',
      "I'll finish it all tonight and send the forms",
      'can I take all of it at night instead of morning? the NP said either',
      'my brother pumped my tires, so I can make it Thursday',
    ]);
  });
});

// Set al (recall10): a picture of pills sent with a goodbye; something taken at a party, one's whereabouts lost.
const SET_AL_INGESTION: Concepts = {
  'a picture of pills with a goodbye': pick(
    'she sent me a pic of her pills and said bye',
    'he posted a photo of a pile of pills that said sorry',
    'my son snapchatted a video of his meds saying goodbye',
    'me mandó una foto de pastillas y dijo adiós',
  ),
  'something taken at a party': pick(
    'i took something at the party and my heart is racing',
    'had something from the club and cant see straight',
    "i don't know where i am, somebody gave me a drink",
    'dont know where i am and i took something',
  ),
};

describe('set al: pills pictured with a goodbye and something taken at a party, read by their neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_INGESTION);
  });
});

describe("set al: too much medicine taken, in learners' English, read by its neighbours", () => {
  it('reads each as a crisis', () => {
    for (const text of [
      'I am take too much medicine, I feel bad',
      'I have took too many pills',
      'my mother has take too much tablets',
      'he was ate too many pill',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe("set ao's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'me tome las que me quedaban de clonazepam y un vino',
      'si nadie me contesta me tomo las que tengo en la mano',
      'se iba a tomar las pastillas de su abuela esta noche',
      'ya tengo muchas guardadas y no confio en mi',
    ]);
  });
});

describe('rat poison taken (Spanish)', () => {
  it('reads it', () => {
    expectCrisis(['mi hermana se tomo unos polvos de rata', 'se trago veneno']);
  });
});

describe('Pills overdone, put down by the handful, saved up (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'me pase de pastillas',
      'creo que me pasé con las pastillas de dormir',
      'me metí un montón de pastillas',
      'me eché un puño de pastillas',
      'tengo las pastillas juntadas',
      'llevo meses juntando pastillas',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'me pasé de la hora de la cita, perdón, puedo reagendar?',
      'me pase de la fecha de pago, cuanto debo?',
    ]);
  });
});

describe('Spanish pills found or taken with drink (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'encontré a mi hija con el frasco vacío',
      'mi novia tomó pastillas con alcohol y no contesta',
      'tengo un frasco lleno de pastillas en mi buró y lo miro cada noche',
      'le di doble pastilla a mi mamá y no puede hablar bien, está mareada',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['el frasco de la medicina ya está vacío, ¿me pueden mandar el refill a la farmacia?']);
  });
});

describe('Spanish probes (2026-12-05): a whole bottle one thinks of taking; a bottle finished', () => {
  it('reads them', () => {
    expectCrisis([
      'tengo el bote entero de las de dormir y estoy pensando en tomármelas',
      'me dan ganas de tomármelas todas de golpe',
      'mi hija se acabó el frasco de ibuprofeno',
      'se terminó toda la caja de pastillas',
      'my daughter finished the bottle of ibuprofen',
      'he emptied a whole box of tylenol',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      '¿puedo tomármelas con comida o en ayunas?',
      'se acabó el frasco, ¿me mandan el refill?',
    ]);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads a whole box just taken; a daughter found with the bottle empty', () => {
    expectCrisis([
      'me acabo de tomar toda la caja',
      'se acaba de tomar todas las pastillas',
      'encontré a mi hija con el frasco vacío',
    ]);
  });
  it('leaves the everyday neighbours of a whole box just taken; a daughter found with the bottle empty off the on-call line', () => {
    expectNotCrisis(['me acabo de tomar toda la leche jaja']);
  });
});

describe('kinds probed in usted emails and understatement (recall11, 2026-12-05)', () => {
  it('reads someone who took something and turns blue, lies on the floor beside pills, or does not answer beside an empty bottle', () => {
    expectCrisis([
      'mi hermano se metió algo y está todo morado',
      "my brother took something and he's turning blue",
      'mi esposo está tirado en el piso y hay botellas y pastillas',
      'mi papá no contesta y encontré su medicina vacía',
    ]);
  });
  it('leaves the everyday neighbours of someone who took something and turns blue, lies on the floor beside pills, or does not answer beside an empty bottle off the on-call line', () => {
    expectNotCrisis([
      'mi hijo se tomó algo para la tos y está mejor',
      'tirado en el sillón viendo tele, ¿puedo cambiar la cita?',
      'el frasco está vacío y la farmacia no contesta',
    ]);
  });
});

describe('Pills beyond the dose so as not to wake (found by admines10; lead, 2026-12-05)', () => {
  it('reads it', () => {
    expectCrisis([
      'tomo 3 pastillas de más cada noche para no despertar',
      'me tomé todas para no despertarme',
    ]);
  });
  it('leaves its everyday neighbours off the on-call line', () => {
    expectNotCrisis(['tomo melatonina para no despertarme en la noche, ¿está bien?']);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'drank a fifth and took my lamictal and my trazodone. all of it.',
        'me tome una botella de tequila y la lamotrigina y la trazodona. todas',
      ],
      ['I drank antifreeze an hour ago', 'me tome anticongelante hace una hora'],
      [
        "I have a bottle of vodka and my moms xanax. I'm not doing anything yet.",
        'Tengo una botella de vodka y el xanax de mi mamá. Todavía no he hecho nada.',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'mi hijo tomó cloro',
      'se tragó el raticida',
      'bebí thinner',
      'se tomó un litro de ron y las pastillas de su mamá',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'mi hijo toma ácido fólico, ¿es normal?',
      'tengo una botella de vino para la fiesta. todavía no he hecho el pago',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      ['took all my lamictal. like 30? feeling dizzy', 'me tome toda la lamotrigina. como 30? estoy mareada'],
      [
        'I got home and my daughter was passed out with my empty bottle of klonopin next to her',
        'la encontré con el frasco vacío de clonazepam',
      ],
      [
        'i looked up how many of my seroquel it would take. i didnt take them. but i looked',
        'busqué cuántas seroquel. no me las tomé. pero busqué',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['se empinó una botella de pastillas con tequila', 'me tomé todo el frasco de litio']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'tengo el frasco vacío de tylenol, ¿me dan otra receta?',
      'busqué cuántas sesiones cubre mi seguro',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      ['took the 30 pills. dont call 911', 'me empastillé anoche, me tomé como 30'],
      [
        'I think I took too much, everything is spinning',
        'se me pasó la mano con las pastillas, me siento muy mareada',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'me metí un pocotón de pastillas',
      'me tomé una pila de pastillas de mi vieja',
      'me tomé una caja entera de acetaminofén',
      'la encontré tirada en el baño con el blíster vacío',
      'me tragué las pastillas de mi papá para no sentir nada',
      'intenté tomarme las pastillas pero mi hija me vio',
      'tomé de más a propósito',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'me tomé una caja de té de manzanilla para dormir, ¿está bien?',
      'se me pasó la mano con la sal en la comida',
      'intenté tomarme la presión pero el aparato no sirve',
    ]);
  });
});

describe('English reads what Spanish reads: the other way round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'I overdid it with the pills, I feel dizzy and sleepy',
        'se me pasó la mano con las pastillas, me siento mareada y con sueño',
      ],
      [
        'I tried to take the pills but my daughter saw me',
        'intenté tomarme las pastillas pero mi hija me vio',
      ],
      ["I took extra on purpose and I don't know what to do", 'tomé de más a propósito y ya no sé qué hacer'],
      [
        "I swallowed my dad's pills so I wouldn't feel anything",
        'me tragué las pastillas de mi papá para no sentir nada',
      ],
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'I tried to take my pills with food but threw up, is that ok?',
      'I overdid it at the gym, can I move my appointment?',
    ]);
  });
});

describe("set au's overdose kind, read by its neighbours (recall12, 2026-12-05)", () => {
  it('reads medicines mixed in quantity, or being lucky to be alive at the hospital, as a crisis', () => {
    expectCrisis([
      "Mixed a bunch of my meds after the funeral. Doctors say I'm lucky",
      'i mixed all my pills with vodka last night',
      'mixed a bunch of meds and wine and ended up in the er',
      'i mixed a handful of my pills together and took them',
      'mixed all my meds together last night',
      'i took a bunch of my meds mixed with alcohol',
      'doctors say im lucky to be alive',
      'they pumped my stomach last night',
      'im in the hospital after taking too many pills',
      'my son mixed a bunch of his pills yesterday',
    ]);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff(['I mixed up my appointment times, sorry', "Lucky I got a parking spot, I'm in the lobby"]);
  });
  it('leaves a mix-up in the pill organizer off the on-call line', () => {
    expectNotCrisis(['I mixed up my meds in the organizer, can the nurse call me?']);
  });
});

describe('a dose taken on purpose (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'i took double my dose on purpose to see what would happen',
      'i took all my meds on purpose last night',
    ]);
  });
  it('leaves a dose taken on time off the on-call line', () => {
    expectNotCrisis(['I took my meds on time, can I get a refill on the 12th?']);
  });
});

describe('cough syrup drunk in quantity or on purpose (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis(['my teen drank a bunch of cough syrup on purpose', 'he chugged a whole bottle of nyquil']);
  });
  it('leaves cough syrup for a cold off the on-call line', () => {
    expectNotCrisis(['I drank a bunch of cough syrup for this cold, can I do video instead?']);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'me tomé como 20 pastillas de las de dormir hace rato',
      'me tome todo el frasco de clonazepam',
      'ya me tomé las pastillas, todas',
      'me acabo de tomar un puño de pastillas con tequila',
      'me eché todas las pastillas de mi mamá',
      'me empastillé anoche y sigo mareada',
      'me tragué todas las pastillas que me quedaban',
      'tomé más de la cuenta a propósito, las de la presión',
      'me tomé la caja entera de tylenol y me duele la panza',
      'me pasé de pastillas a propósito',
      'mi hijo se tomó un montón de pastillas y no despierta',
      'mi hermana se tomó todas sus pastillas, está como dormida y no reacciona',
      'mi mamá se tomó el frasco de las pastillas de dormir',
      'encontré a mi esposo con los frascos vacíos y no responde',
      'mi hija de 15 se tomó unas pastillas de mi cuarto, está vomitando',
      'creo que mi papá se pasó con las pastillas, está muy dormido y no lo puedo despertar',
      'mi novio se metió algo y no respira bien',
      'mi hijo tomó muchas pastillas a propósito',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'le eché gasolina al carro y ya voy para allá',
      'me eché una siesta y se me pasó la cita',
      'eché los formularios en el buzón',
    ]);
  });
});

describe("days or weeks of one's supply taken at once, and an attempt told in fragments (sets bg and bh, recall21, 2026-12-05)", () => {
  it('reads each as a crisis, in English and Spanish, alone or beside a request', () => {
    expectCrisis([
      "hey can i get a refill early? i kinda took extra last night, like the whole week's worth at once. feel weird. heart going really fast",
      "i took a week's worth of my lamictal at once last night",
      'took two weeks worth of pills at once, i feel dizzy',
      'i took extra, the whole bottle, heart racing',
      'me tomé las pastillas de toda la semana de una vez',
      'me tomé una semana de pastillas de un jalón y me siento rara',
      'anoche me tomé las del mes todas juntas',
      "tried again last night. pills. woke up this morning. I guess that's something.",
      'tried again yesterday. took the pills, still here',
      'lo intenté otra vez anoche. pastillas. desperté hoy',
      'lo intente de nuevo, me tome las pastillas',
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "can i get a week's worth of samples until my refill?",
      "I took a week's worth of vacation, can we skip next tuesday?",
      'i took extra time off work, can i move my appointment?',
      'me tomé una semana de vacaciones, ¿puedo cambiar la cita?',
      'tomé la medicina toda la semana y no me hace efecto',
      'tried again to log in last night, still locked out',
      "I tried again this morning and the portal still won't load",
      'lo intenté otra vez y el pago no pasa',
    ]);
  });
});

describe('in hospital after taking pills, told as the reason for a reschedule (lead, 2026-12-05, from a holdout set)', () => {
  it('reads it as an overdose taken, whatever it asks', () => {
    expectCrisis([
      "Hey, I won't make Thursday, I'm in the hospital after taking pills on Sunday. Can you move me to next week?",
      'was admitted after swallowing a bottle of tylenol, need to cancel',
      'in the ER because I took too many of my meds, sorry about today',
    ]);
  });

  it('leaves a hospital stay for anything else with the desk', () => {
    expectStaff([
      "I'm in the hospital after a car accident, can we reschedule",
      'my son is in the hospital for his tonsils, please cancel his Tuesday session',
    ]);
  });
});

describe('opioids used again after being clean (lead, 2026-12-06, sets bo and bp)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'been clean 9 months. used tonight. fentanyl probably, it was a blue pill.',
      'relapsed on fentanyl tonight',
    ]);
  });
});

describe('opioids used again after being clean (lead, 2026-12-06, sets bo and bp, in Spanish)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'estaba limpio 9 meses y hoy use otra vez. fentanilo creo. estoy solo',
      'recai con la heroina anoche',
    ]);
  });
});

describe('a bottle of pills taken with tequila (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(['me tome la botella de tylenol con tequila. ya me siento bien']);
  });
});

describe('a small child into the pills; already took them, all of them (lead, 2026-12-06, the holdout bn, read at the round end)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'My 4 year old got ahold of my seroquel, we think he ate 3 or 4 of them',
      'i already took them. all of em. im sorry',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'I already took them to the front desk, all of the forms',
      "my son got into the candy before his appointment lol, we'll be 5 min late",
    ]);
  });
});

describe('a child into the pills; too many patches; weeks worth taken; benzodiazepines on top of wine; an emergency room writing (lead, 2026-12-06, sets by and cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'my 4 yr old got into my pill organizer and ate some pills',
      'she put on too many fentanyl patches and shes barely answering me',
      "I took about two weeks' worth of my lithium last night",
      'had a couple glasses of wine, then a few of my ativan and an ambien on top',
      'we are discharging your patient after overnight observation for an intentional ingestion',
      'presented after ingesting approximately 30 diphenhydramine tablets',
      'i already did what i needed to. the bottle is empty',
      'mi nino de 3 anos se comio unas pastillas mias',
      'se puso demasiados parches de fentanilo',
      'la dan de alta despues de una ingesta intencional',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'Could I get a referral to a psychiatrist? I think I need to try meds on top of therapy',
      'my 3 year old got into my makeup again lol, can we do telehealth',
    ]);
  });
});

describe('something taken, unnamed, beside an apology or a goodbye; time lost after the pills (lead24b)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'something taken, and sorry or bye': pick(
        "sorry. I'm kinda messed up. took some stuff. just wanted to hear a voice. bye",
        'took everything. sorry',
        'I finished it. everything. sorry',
        'took them all. bye',
      ),
      'time lost after the pills': pick(
        'I lost track of time after I took the pills',
        'lost track of the hours since i swallowed them',
      ),
    });
  });

  it('leaves advice taken to heart and a course of antibiotics finished off the on-call line', () => {
    expectNotCrisis([
      'I finished the antibiotics the doctor gave me, can I restart my zoloft now?',
      'Took your advice about the sleep schedule, thank you! Can we move Friday to 3?',
    ]);
  });
});

describe('the most one could take at once, asked (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'the most at once': pick("what's the max amount of my trazodone i could take at once"),
    });
  });
});

describe('the same supply after an overdose; a sedative after drinking (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'the same supply': pick("my roommate od'd last weekend and i'm using the same stuff now"),
      'a sedative after drinking': pick(
        'been drinking since noon and i just took my ambien and my xanax',
        'drank half a bottle of vodka and popped two of my klonopin',
      ),
    });
  });

  it('leaves coffee and a script resent off the on-call line', () => {
    expectNotCrisis(['i was drinking coffee and took my pills late, is the session still at 3']);
  });
});

describe('pills eaten as a child says it; a detergent pod (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'pills eaten': pick(
        'my tummy hurts and im dizzy i ate some of the pills in the cabinet',
        'my 4 year old ate a bunch of my gummies',
      ),
      'a detergent pod': pick("i ate a tide pod on a dare and i'm throwing up"),
    });
  });

  it('leaves eating before the pills off the on-call line', () => {
    expectNotCrisis(['i ate before taking my pills like you said, is 3pm still ok']);
  });
});
