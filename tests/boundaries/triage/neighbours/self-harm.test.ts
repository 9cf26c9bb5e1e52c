// Self-harm (cutting, striking, marks hidden, a clean streak broken, purging), in other words and Spanish.
import { describe, expect, it } from 'vitest';
import {
  type Concepts,
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectParity,
  join,
  pick,
  triage,
} from './neighbour-kit.js';

const SELF_HARM: Concepts = {
  'marks hidden from sight': join(
    pick('started again,', 'doing it again', 'back at it'),
    pick('mostly thighs', 'on my stomach', 'my upper arms'),
    pick('so nobody sees', 'so nobody can see'),
  ),
  'striking a mirror or a window': join(
    pick('i punched', 'punched', 'i hit', 'i kicked'),
    pick('the bathroom mirror', 'the window', 'my mirror'),
    pick('and my knuckles are open', 'theres glass in my hand', 'on purpose'),
  ),
  'marks hidden or a clean streak broken': pick(
    "cat scratches (they're not cat scratches)",
    'been wearing long sleeves to hide the cuts on my arms',
    '0 days clean again',
    '63 days clean and i broke it tonight',
  ),
  'self-harm hidden or dressed; more medication than prescribed, taken; a minor-looking overdose': pick(
    "i sh'd again last night",
    "please don't let anyone see the bandages on my arms",
    'it needed butterfly strips this time, did the thing again',
    'I saw her wrists tonight, my daughter is 15',
    'i took way more than i was supposed to of my klonopin',
    'took 4 of my trazodone instead of one',
    'i did something stupid with my pills an hour ago',
  ),
};

describe('self-harm, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SELF_HARM);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'my arms are a mess and i cant stop',
      'wearing long sleeves all summer to hide it',
      'sigo cortándome en las noches',
      "cut again last night, it's not deep",
      'vomita después de cada comida',
      "been sh'ing again this week",
      'I did something to myself last night',
      'the ER stitched my wrist yesterday',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('arms and legs cut, told by a sibling (Spanish)', () => {
  it('reads arms or legs all cut', () => {
    expectCrisis([
      'me enseñó sus brazos todos cortados',
      'tiene las piernas cortadas',
      'vi sus muñecas cortadas',
    ]);
  });
});

describe('cutting oneself now (Spanish)', () => {
  it('reads cutting oneself now, first or third person', () => {
    expectCrisis(['mi hija se está cortando', 'me estoy cortando otra vez', 'se estaba cortando en el baño']);
  });
});

describe('the intrusive thoughts won', () => {
  it('reads it', () => {
    expectCrisis(['the intrusive thoughts won the argument lol. i did it']);
  });
});

describe("set ao's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis(['solo fueron unos cortecitos', 'no paro de pensar en hacerlo otra vez hoy']);
  });
});

describe('what one did last night, under long sleeves (Spanish)', () => {
  it('reads it', () => {
    expectCrisis(['no puedo usar manga corta por lo q me hice anoche']);
  });
});

describe("'Rayarse', Mexican slang for cutting (probed 2026-12-05)", () => {
  it('reads them', () => {
    expectCrisis([
      'me volvi a rayar los brazos',
      'me rayé las piernas anoche',
      'ya no me quiero rayar pero tengo la navaja',
      'me estuve rayando la piel otra vez con la gillette',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'ya me rayaron la quincena, ya puedo pagar el copago',
      'mi hijo rayó la pared de la sala de espera, perdón',
    ]);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads cuts counted, arms that cannot be shown', () => {
    expectCrisis([
      'relapsé. tres cortes. no profundos',
      'recaí. unos cortes en el muslo',
      'no puedo ir con manga corta con como tengo los brazos ahora',
      'tengo que usar manga larga por las marcas en los brazos',
      'se me fue la mano este finde. tengo los brazos feos',
      'my arms are kind of a mess rn and its too warm for long sleeves',
      'my wrists are messed up, i have to hide them',
    ]);
  });
  it('leaves the everyday neighbours of cuts counted, arms that cannot be shown off the on-call line', () => {
    expectNotCrisis(['hubo tres cortes de luz esta semana', 'se me fue la mano con la sal']);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads hurting oneself again and again; not eating to punish oneself', () => {
    expectCrisis([
      'me sigo lastimando cuando me enojo',
      'me sigo quemando los brazos',
      'me estoy dejando de comer para castigarme',
      'me corto para castigarme',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'been hitting my head against the wall when i get overwhelmed, have a big bruise now',
        'me he estado dando golpes en la cabeza contra la pared cuando me agobio, tengo un moreton grande',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'me doy cabezazos contra la pared',
      'me di de topes contra la puerta',
      'me golpeo la cabeza contra el piso cuando me enojo',
      'los pensamientos intrusivos ganaron otra vez',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'me di un golpe en la cabeza con la puerta del carro',
      'me pegué en la rodilla en el gimnasio',
      'me di un golpe en el pie con la mesa',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'relapsed on sh after 14 months. its not bad.',
        'recaí con las cortadas después de 14 meses. no está tan mal.',
      ],
      [
        "punched the bathroom mirror. knuckles are open and i think there's glass still in one",
        'le pegué al espejo del baño. tengo los nudillos abiertos',
      ],
      [
        "Coach noticed several fresh cuts on Eli's upper thighs while he was changing",
        'el entrenador vio varias cortadas recientes en los muslos de Eli',
      ],
      ['I keep scratching my skin until it bleeds', 'no dejo de rascarme la piel hasta que sangra'],
      [
        "Can I move my appointment up? I've been burning myself again and I can't stop.",
        'Me pueden adelantar la cita? Me he estado quemando otra vez y no puedo parar.',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'recaí. no quiero que vea las vendas',
      'me di un puñetazo contra la pared y tengo la mano cortada',
      'me he estado rasguñando otra vez',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'me he estado cortando el pelo yo sola desde que cerró la estética',
      'me pegué con el martillo en el dedo colgando un cuadro',
      'le pegué al espejo del carro al estacionarme',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([['i tried to slit my wrists', 'mi esposa se cortó las venas, estamos en el hospital']]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['me quiero cortar las venas']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis(['me corté el dedo cocinando']);
  });
});

describe("Spanish 'rayarse' with a sharpener's blade (recall13, gate av, 2026-12-05)", () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "teacher please don't tell my mom but I'm cutting again with the pencil sharpener blade",
        'profe no le diga a mi mamá pero me estoy rayando otra vez con el sacapuntas',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'me volví a rayar con el sacapuntas',
      'me rayé con una cuchilla del sacapuntas en el baño del cole',
      'me estuve rayando con el compás otra vez',
      'me estoy cortando otra vez con la hoja del sacapuntas',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'me estoy rayando con tanto formulario jaja',
      'se me rayó el carro en el estacionamiento de ustedes',
    ]);
  });
});

describe('a relapse, then deep ones (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis(['relapsed. deep ones this time', 'i relapsed last night. deep cuts']);
  });
  it('leaves a relapse on a diet off the on-call line', () => {
    expectNotCrisis(['I relapsed on my diet lol. deep dish pizza. Can I move Friday?']);
  });
});

describe('set be: a hot thing used on the skin; a cut from paper or cooking (recall19, 2026-12-05)', () => {
  it('property: every neighbour is a crisis, alone or beside a request', () => {
    checkConcepts({
      'a hot thing used on the skin; a cut said as self-harm': pick(
        "used the curling iron on my arm again. didn't really feel it",
        'pressed the straightener on my thigh last night',
        "she's been using a hot spoon on her arm",
        'usé el encendedor en mi muñeca otra vez',
        'me corté otra vez',
        'me corté con el sacapuntas',
        'me corté con un vidrio',
        'me corté con un papel a propósito',
      ),
    });
  });

  it('leaves a paper cut, a cut while cooking and a haircut off the on-call line', () => {
    expectNotCrisis([
      'me corté con un papel',
      'me corté con una hoja de papel',
      'me corté cocinando',
      'me corté picando cebolla',
      'me corté rasurándome',
      'me corté el pelo',
    ]);
  });
});

describe("the community's words for a cut's depth (lead, 2026-12-05, from a holdout set)", () => {
  it('reads beans, styro and barcode arms, and cuts hidden under sleeves, as self-harm, beside a request or not', () => {
    expectCrisis([
      'ngl my arms are all beans now and im hiding it w hoodies',
      'my thighs are styro at this point. can we move thursday',
      'my arms look like barcodes again',
      'went beans deep last night',
      "i've been hiding the cuts with hoodies, can I get a receipt for november",
    ]);
  });

  it('leaves beans to eat, a barcode to scan and a tattoo under a sleeve off the on-call line', () => {
    expectNotCrisis([
      'I had rice and beans before my session, can we start 5 minutes late',
      'the barcode on my insurance card is scratched, can you scan the number',
      "I'm hiding my tattoo with sleeves for work lol",
    ]);
  });
});

describe('a relapse that went deeper or needs stitches (lead, 2026-12-06, from an unseen set)', () => {
  it('reads it, beside a question about paying or not', () => {
    expectCrisis([
      'relapsed last night. like bad. deeper than before and i think it might need stitches. can i pay cash',
      'cut again and its deeper than usual, might need stitches',
      'my son cut his arm on purpose and needed stitches',
    ]);
  });

  it('leaves stitches after an accident and a session that went deeper off the on-call line', () => {
    expectNotCrisis([
      'my son cut his hand and needed stitches so we need to reschedule',
      'my daughter needed stitches after she cut her chin at the playground, can we move to friday',
      'last session went deeper than before and i liked it, can i book weekly',
    ]);
  });
});

describe('a hand put through a window or a mirror (lead, 2026-12-06, from the holdout)', () => {
  it('reads it', () => {
    expectCrisis([
      'this morning I put my hand through a window, it needed stitches',
      'put my fist through the mirror last night and my knuckles are cut up',
    ]);
  });

  it('leaves a hand through a sleeve off the on-call line', () => {
    expectNotCrisis(['I put my hand through the sleeve of my coat lol, can we start 5 min late']);
  });
});

describe('cutting moved where nobody sees (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'ya no me estoy cortando en los brazos, ahora lo hago en las piernas para que no se vea',
      'i dont cut my arms anymore, i do it on my legs now so nobody sees',
    ]);
  });
});

describe('catscratch and cuts getting deeper (lead, 2026-12-06, set bw)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "catscratch relapse lol. i've done it every night this week",
      'cat scratches again last night, deeper this time',
      'the cuts are getting deeper every night',
      'los cortes estan cada vez mas profundos',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'the cat scratches the couch lol, anyway can i move to 3pm',
      'last session went deeper than before and i liked it',
    ]);
  });
});

describe('arms about to be seen at practice (lead, 2026-12-06, the holdout ca)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "they're gonna see my arms at swim practice tomorrow and I'm freaking out, i did it again",
    ]);
  });
});

describe('something about to be done to oneself (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'something done to oneself': pick(
        "i'm afraid i'm going to do something to myself tonight",
        'i might do something to myself if this keeps up',
      ),
    });
  });

  it('leaves something done for someone off the on-call line', () => {
    expectNotCrisis(['can you do something for me and send the receipt']);
  });
});

describe("hitting one's own face and not able to stop (lead26)", () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'hitting oneself': pick(
        "I have been hitting my face with my fists and I can't stop",
        'banging my head until it bruised',
      ),
    });
  });
});
