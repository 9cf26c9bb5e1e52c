// Partner violence (threats, strangling, keys, phone or papers taken, kept in), in other words and Spanish.
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

const INTIMATE_PARTNER_VIOLENCE: Concepts = {
  'a threat over the children': pick(
    'he said nobody gets the kids',
    'she says no one gets my children',
    'if he cant have them nobody can',
    'he told me nobody will get the baby',
  ),
  'a partner breaking what one needs': join(
    pick('my girlfriend', 'my husband', 'my ex'),
    pick('broke my glasses', 'threw my phone', 'smashed my phone', 'took my wallet'),
  ),
  'taken somewhere or kept from leaving': pick(
    'my uber driver took me somewhere else',
    'he drove me someplace else and i got away',
    "he wouldn't let me out of the car",
    'she would not let me leave the apartment',
  ),
  'bruises on the neck, and he did not mean it': pick(
    'she has bruises on her neck and he is picking her up at 5',
    "she says her husband didn't mean it, he hit her again",
    'tiene moretones en el cuello',
  ),
  'an ex at the door, hiding locked in, a face messed up, not the first accident': pick(
    "he said we're gonna talk whether you like it or not",
    'my ex is outside my apartment again and he has a key',
    "i'm hiding in the bathroom with the door locked",
    'my face is messed up, he says it was an accident',
    "it's not the first accident",
    'mi ex me dejo el ojo morado',
    'dice que me va a desaparecer',
  ),
  'papers and passwords taken by a partner; nowhere to go': pick(
    'my husband took my passport and my ID and changed all the passwords',
    "he has the kids' birth certificates and my phone and he won't give them back",
    "i'm in the car with the baby, where do i go tonight",
    'mi esposo me quitó los papeles y el celular',
  ),
  'bruises from a cord; a game with a child; a door broken down; locked in from outside; finishing what he started':
    pick(
      'im 13 and my mom left marks on my legs with the extension cord',
      'her uncle plays a secret game with her when he babysits',
      'he kicked the door in last night and the kids saw',
      'she locked the room from the outside and took the doorknob',
      "he said he'd finish what he started if i told anyone",
    ),
  'a phone smashed or keys and card taken, at the word divorce': pick(
    'he smashed mine when i said i wanted a divorce',
    "he's got my car keys and my debit card",
    'she took my keys and my phone',
    'my husband broke mine when i said i was leaving',
  ),
  'a threat over calling the police': join(
    pick('he said', 'she told me'),
    pick(
      "if i call the cops he'll take the baby",
      'if i call the police i will never see my kids again',
      'if i leave i will regret it',
    ),
  ),
  'a phone smashed again, keys taken like last time': pick(
    "my bf said he'll smash my phone again",
    'she will break my phone again',
    'he took the car keys like last time',
  ),
  'a car disabled so one cannot leave (set ah)': join(
    pick(
      'he pulled the distributor cap',
      'she let the air out of my tires',
      'he took the battery out of my car',
      'he pulled the spark plugs',
      'he disabled my truck',
    ),
    pick('so i cant leave', "so I can't go anywhere", 'so i couldnt leave'),
  ),
  'a car disabled so one cannot leave, in Spanish (set ah)': pick(
    'le quitó la batería al carro para que no pueda salir',
    'me ponchó las llantas para que no salga',
  ),
};

describe('intimate-partner violence, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(INTIMATE_PARTNER_VIOLENCE);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'mi esposo me apretó el cuello hasta que no podía respirar',
      'my husband se llevó el carro y me quitó la tarjeta',
      'dice que si salgo me va a ir mal',
      "i finally got away but he's texting that he'll find me",
      'he told me next time it will be me',
      'my phone is cracked because he smashed it against the wall',
      "he keeps saying he'll find me and finish what he started",
      'rompió mi celular otra vez',
      'who is this? he found my new number',
      "he broke my mom's arm last night",
      'he smashed my phone because I wanted to visit my mom',
      'mi esposo rompió mi celular',
      'tengo miedo de que me haga algo',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('a pet hurt to frighten, a phone broken against the wall, locked in', () => {
  it('reads a pet hurt to frighten, a phone broken against the wall, being locked in (Spanish)', () => {
    expectCrisis([
      "he put my cat in the freezer 'to show me'",
      'she locked the dog in the dryer',
      'my boyfriend kicked my dog again',
      'he broke it against the wall',
      'Mi ex me tiene encerrada en el apartamento',
      'estoy encerrada, se llevó las llaves',
      'se llevó mis llaves y tengo miedo de cuando vuelva',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'my dog broke my glasses, can I reschedule?',
      'Dejé mis llaves en la oficina, ¿las tienen?',
      'the phone broke, can you text my new number?',
    ]);
  });
});

describe('a partner who hits again', () => {
  it('reads a partner who hit again', () => {
    expectCrisis(['He hit her again. my mom.', 'he punched me again last night', 'she slapped him again']);
  });
  it('leaves hitting things with staff', () => {
    expectNotCrisis([
      'he hit the deductible again, so how much do I owe?',
      'I hit my limit on sessions again, can I pay cash?',
    ]);
  });
});

describe("a car disabled so one can't leave", () => {
  it('reads it', () => {
    expectCrisis(["he pulled the wires out of my car so i can't leave"]);
  });
  it('leaves a dead battery with staff', () => {
    expectNotCrisis(['my car battery died, can we do telehealth instead?']);
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'se llevo a mi bebe y dice que no me lo regresa hasta que retire la orden',
      'me quito mi cartera y mis documentos para que no me vaya',
    ]);
  });
});

describe('The phone broken or taken so that one cannot call (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'rompio mi celular para que no llamara a nadie',
      'me quitó el teléfono para que no pidiera ayuda',
      'escondió mi cel para que no hable con mi familia',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['se me rompió el celular, ¿me pueden mandar el link por correo?']);
  });
});

describe('Spanish violence in any tense and blows as nouns (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'me aventó contra la pared',
      'me ha golpeado otra vez',
      'me volvió a pegar anoche',
      'me estranguló anoche',
      'me cacheteó enfrente de mis hijos',
      'me dio una cachetada enfrente de los niños',
      'me dieron una golpiza',
      'me aventó el carro encima',
      'mi esposo me obliga a estar con él aunque yo no quiera',
      'mi esposo no me deja tener dinero ni celular',
      'tengo miedo de llegar a la casa, él anda tomado y violento',
      'está afuera de mi casa gritando y golpeando la puerta',
      'me escondí en el baño porque mi esposo está rompiendo todo',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'me pegó la gripa muy fuerte, necesito cancelar',
      'me golpeé la rodilla en el trabajo, ¿la terapia es en persona o en línea?',
    ]);
  });
});

describe('Someone who knows where one works or lives now (set at)', () => {
  it('reads it', () => {
    expectCrisis([
      'the guy from that night texted me again saying he knows where i work now. please can i see someone this week',
      'My ex knows where I live now. can I get a session this week',
      'he found out where i work and showed up',
    ]);
  });
  it('leaves a pharmacy that knows an address off the on-call line', () => {
    expectNotCrisis(['The pharmacy knows where I live, can you send it there?']);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads a threat to take the children if one leaves or keeps going to therapy', () => {
    expectCrisis([
      'dice que si sigo yendo a terapia me quita a los niños',
      'dice que me va a quitar a los niños si lo dejo',
      'me dijo que si me voy nunca vuelvo a ver a mis hijos',
      'si lo denuncio se lleva a la niña, eso dice',
      "he says if I keep going to therapy he'll take the kids",
    ]);
  });
  it('leaves the everyday neighbours of a threat to take the children if one leaves or keeps going to therapy off the on-call line', () => {
    expectNotCrisis([
      'my husband will take the kids to school if I can get a morning slot',
      'if I leave work early can my husband take the kids?',
    ]);
  });
  it('reads the computer, money or the wifi kept from one', () => {
    expectCrisis([
      'mi marido no me deja tener plata propia',
      'mi esposo no me deja usar la compu y me quitó la contraseña del wifi',
      "he won't let me use the computer and changed the wifi password",
      "my husband won't let me have my own bank card",
    ]);
  });
  it('leaves the everyday neighbours of the computer, money or the wifi kept from one off the on-call line', () => {
    expectNotCrisis(['el portal no me deja usar mi tarjeta', "the portal won't let me use my card"]);
  });
  it('reads a nose, a jaw or a rib broken by a partner', () => {
    expectCrisis([
      'su marido le rompió la nariz',
      'mi novio me partió la boca',
      'él me rompió una costilla',
      'mi esposo me rompió la nariz otra vez',
      'her husband broke her nose',
      'my boyfriend broke my jaw',
    ]);
  });
  it('leaves the everyday neighbours of a nose, a jaw or a rib broken by a partner off the on-call line', () => {
    expectNotCrisis([
      'se me rompió un diente',
      'me rompí la nariz jugando futbol',
      'my wife broke her ankle skiing, can we reschedule',
      'my son broke his arm, we need to move the appointment',
    ]);
  });
  it('reads grabbed by the neck, thrown down the stairs, fear that he will kill one', () => {
    expectCrisis([
      'me agarró del cuello contra la pared',
      'mi pareja me apretó la garganta',
      'me tomó del cuello anoche',
      'me tiró por las escaleras',
      'me aventaron por las escaleras',
      'tengo miedo de que un día me mate',
      'temo que me mate',
    ]);
  });
  it("reads left with the clothes on one's back", () => {
    expectCrisis([
      'salí de la casa con lo puesto y los niños',
      'nos fuimos con lo puesto',
      'I left with just the clothes on my back',
    ]);
  });
  it('reads a threat to call immigration if one talks or leaves', () => {
    expectCrisis([
      'me dijo que si hablaba llamaba a la migra',
      'dice que si lo dejo me deportan',
      "she told me if I leave she'll call immigration",
      "he said if i told anyone he'd call ICE on me",
    ]);
  });
  it('leaves the everyday neighbours of a threat to call immigration if one talks or leaves off the on-call line', () => {
    expectNotCrisis(['tengo miedo que me deporten, puedo hacer la cita por telefono?']);
  });
});

describe('Not going home to him; an ex who drives by (lead, 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      "i'm sleeping in my car because i can't go home to him",
      "i can't go back to him, i'm at a motel",
      'my ex keeps driving by my house at night',
      'her ex was parked outside my apartment again',
      'estoy durmiendo en el carro porque no puedo regresar a la casa con él',
      'mi ex pasa por mi casa todas las noches',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "I can't go back to her practice, the parking is awful",
      'no puedo regresar a la casa a tiempo para la cita, ¿la hacemos por video?',
    ]);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads a slap or a beating given', () => {
    expectCrisis([
      'me dio una cachetada',
      'me dio otra bofetada delante de mis hijos',
      'anoche me dio una golpiza',
      'me dio una hostia',
    ]);
  });
  it('leaves the everyday neighbours of a slap or a beating given off the on-call line', () => {
    expectNotCrisis(['me dio un golpe de calor', 'mi hijo me dio una paliza en el ajedrez jaja']);
  });
  it('reads a partner turned violent; a threat to report one to immigration; another blow', () => {
    expectCrisis([
      'Mi marido se puso violento y tuve que salir con mis hijos',
      'mi novio se pone agresivo cuando toma',
      'mi esposo me dijo que si lo dejo me va a denunciar a migración',
      'ya no sé si aguanto otro golpe',
      "he hits me and I don't know if I can take another beating",
    ]);
  });
  it('leaves the everyday neighbours of a partner turned violent; a threat to report one to immigration; another blow off the on-call line', () => {
    expectNotCrisis([
      'mi hijo autista se pone agresivo cuando cambia la rutina',
      '¿ustedes me van a reportar a migración si no tengo papeles?',
      "I can't take another hit to my paycheck, can you lower the copay?",
    ]);
  });
  it('reads a sister kept locked in by her husband; blows heard next door', () => {
    expectCrisis([
      'a mi hermana su esposo la tiene encerrada, no la deja ni llamar',
      'su marido no la deja salir ni trabajar',
      'her husband keeps her locked in',
      "her boyfriend won't let her call anyone",
      'mi vecina grita todas las noches y hoy escuché golpes, creo que la está matando',
    ]);
  });
  it('leaves the everyday neighbours of a sister kept locked in by her husband; blows heard next door off the on-call line', () => {
    expectNotCrisis([
      'la tienen encerrada en el hospital, ¿puedo visitarla?',
      'se oyen gritos en la sala de espera, está muy ruidoso',
      "my husband won't let her drive his truck lol",
    ]);
  });
});

describe('kinds probed in usted emails and understatement (recall11, 2026-12-05)', () => {
  it("reads understated violence in usted emails: an arm left bruised, a hand that goes too far, 'me va a ir peor'", () => {
    expectCrisis([
      'Las cosas con mi esposo no van bien. Anoche me dejó el brazo morado.',
      'es que mi marido tiene su carácter, a veces se le pasa la mano conmigo',
      'mi pareja me dice que si no hago lo que él quiere me va a ir peor',
      'ya van tres veces que me pone la mano encima',
      "that's the third time he's laid a hand on me",
      'me estrelló contra la pared',
    ]);
  });
  it("leaves the everyday neighbours of understated violence in usted emails: an arm left bruised, a hand that goes too far, 'me va a ir peor' off the on-call line", () => {
    expectNotCrisis([
      'la vacuna me dejó el brazo morado',
      'se le pasa la mano con la sal',
      'si no pago a tiempo me va a ir peor con el seguro?',
    ]);
  });
  it('reads money controlled, family kept away, permission for everything, things broken', () => {
    expectCrisis([
      'él controla todo el dinero y no me deja ver a mi familia',
      'mi esposo no me deja hablar con mis amigas',
      'tengo que pedirle permiso para todo, si no se enoja y rompe cosas',
      'I have to ask permission for everything, otherwise he gets mad and breaks things',
    ]);
  });
  it('leaves the everyday neighbours of money controlled, family kept away, permission for everything, things broken off the on-call line', () => {
    expectNotCrisis([
      'el sistema controla todo el dinero de los reembolsos',
      'cuando se enoja mi hijo rompe cosas, ¿es normal a los 4 años?',
      'tengo que pedirle permiso para todo a mi supervisor',
      'I have to ask permission for everything at work lol',
      'my toddler gets mad and throws things, is that normal?',
    ]);
  });
  it('reads found wherever one goes; a protective order not respected', () => {
    expectCrisis([
      'me dijo que si me voy me busca y me encuentra donde sea',
      'mi ex no respeta la orden y sigue viniendo a la casa',
    ]);
  });
  it('leaves the everyday neighbours of found wherever one goes; a protective order not respected off the on-call line', () => {
    expectNotCrisis([
      '¿me encuentra la doctora donde sea para la cita virtual?',
      'no respeta la orden de llegada en la sala de espera',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'he pushed me down the stairs sunday. baby is ok I think.',
        'el domingo me aventó por las escaleras. creo que el bebé está bien',
      ],
      ['he choked me last night during a fight', 'me estranguló anoche en una pelea'],
      ['he slapped me in front of the kids', 'me dio una cachetada delante de los niños'],
      [
        "i'm hiding in the bathroom because my husband is smashing everything",
        'me escondí en el baño porque mi esposo está rompiendo todo',
      ],
      [
        'He locked me in the bedroom again and took the door handle off.',
        'Me volvió a encerrar en el cuarto y le quitó la manija a la puerta.',
      ],
      [
        'my ex is outside my apartment again. he left a bullet on my doormat',
        'mi ex está afuera de mi apartamento otra vez. me dejó una bala en el tapete',
      ],
      [
        'He goes through everything and he gets violent when he sees I spent money',
        'Él revisa todo y se pone violento cuando ve que gasté dinero',
      ],
      [
        'my husband has been choking me during arguments',
        'mi esposo me ha estado ahorcando cuando discutimos',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'me agarró del cuello y me estrelló contra la pared',
      'me metió un madrazo',
      'mi novio me cacheteó',
      'me está golpeando otra vez',
      'estoy escondida en el clóset, mi esposo está borracho y está rompiendo todo',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'el bebé me dio una patada toda la noche',
      'se me rompió el celular, ¿me pueden llamar a la casa?',
      'mi esposo me dio un regalo, ¿me pueden cambiar la cita?',
      'escondí el regalo en el clóset',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "He found me already though and left a note on my windshield that says I'll regret it.",
        'Ya me encontró y me dejó una nota en el parabrisas que dice que me voy a arrepentir.',
      ],
      [
        "my ex showed up at my work today and followed me to my car. i have a protective order. he's parked across from my apartment",
        'mi ex me siguió hasta el carro. tengo orden de protección. está estacionado enfrente de mi apartamento',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['mi ex me escribió que te vas a arrepentir', 'me siguió hasta la casa y tengo miedo']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis(['mi hermana dice que me voy a arrepentir de no ir a la boda']);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      ['he beat me up in front of the kids', 'me dio una golpiza delante de los niños'],
      ['my husband beat me last night', 'mi marido me cayó a golpes anoche'],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'me agarró a trompadas y me dejó tirada',
      'mi jevo me reventó la boca',
      'me pateó la panza y estoy embarazada',
      'me dio una golpiza y no puedo ni caminar',
      'me partió la madre',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'nos dieron una paliza en el partido de fútbol',
      'me rompió el corazón cuando se fue',
      'me cayó bien la doctora nueva',
    ]);
  });
});

describe('Spanish partner violence: thrown out of a moving car (recall13, gate av, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      ['he pushed me out of the moving car last night', 'Él me tiró del carro en movimiento anoche'],
      ['he threw me out of the car while it was moving', 'me aventó de la camioneta en marcha'],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['mi esposo me empujó del carro andando', 'mi novio me tiró del auto en movimiento']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'me bajé del carro en movimiento para alcanzar el bus jaja',
      'se me cayó el celular del carro en movimiento',
    ]);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'mi esposo me amenazó con matarme si lo dejo',
      'me quitó los papeles y no me deja salir',
      'mi pareja me pega y me tiene encerrada',
      'me agarró del cuello hasta que no podía respirar',
      'dice que si lo denuncio me quita a los niños y me mata',
      'me rompió el celular para que no llame a nadie',
      'él tiene una pistola y dice que la va a usar conmigo',
    ]);
  });
});

describe('a partner or an ex who broke in (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'my ex broke in and was waiting in my bedroom',
      'my husband broke into my apartment last night',
    ]);
  });
  it('leaves a car broken into by a stranger off the on-call line', () => {
    expectNotCrisis(['Someone broke into my car, can we reschedule?']);
  });
});

describe('locked in when he leaves, the phone taken with him (set bh, recall21, 2026-12-05)', () => {
  it('reads each as a crisis, in English and Spanish, alone or beside a request', () => {
    expectCrisis([
      'Él cierra con llave cuando se va a trabajar y se lleva mi teléfono',
      'me deja encerrada cuando se va',
      'he locks me in when he goes to work',
      'he locks the door when he leaves and takes my phone',
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'cierro con llave la oficina cuando me voy',
      'do you lock the door after hours? i left my phone charger',
      'the front desk locks the doors at 6, can i come at 5',
    ]);
  });
});

describe("threats to one's body, stalking and an elder locked in (lead, 2026-12-06, from two unseen sets)", () => {
  it("reads a threat told as what will be done to one's body, by anyone close, in English and Spanish", () => {
    expectCrisis([
      'my dad keeps saying hell put me through the wall if i come home for break',
      "my husband said he'll put me in the ground if I tell my therapist what he does",
      'he told me he would put me through a window next time. can we do video',
      'mi papá dice que me va a meter contra la pared si vuelvo a la casa',
      'mi esposo dijo que me va a enterrar si le cuento a mi terapeuta',
    ]);
  });

  it("reads someone who knows where one lives, sent a picture of one's home or will come if blocked", () => {
    expectCrisis([
      'this guy im talking to online knows where i live and sent a pic of my house. can i pay with venmo',
      'he says if i block him hes coming over',
      'my ex figured out where i work now',
      'un tipo que conocí en internet sabe dónde vivo y dice que si lo bloqueo viene a mi casa',
    ]);
  });

  it('reads an elder or another of the family locked in a room, and a blow given to an elder in Spanish', () => {
    expectCrisis([
      "My daughter-in-law locks my wife in her bedroom and won't let me see her.",
      'my son locks grandma in her room when he goes to work',
      'mi hijo encierra a mi mamá en su cuarto y no me deja verla',
      'mi suegra tiene alzheimer, mi esposo le grita y ayer le dio una cachetada',
      'mi hermano golpea a mi mamá y ella tiene demencia',
    ]);
  });

  it('leaves a call put through, a window put in, a booking locked in and a flu caught off the on-call line', () => {
    expectNotCrisis([
      'can you put me through to billing, the phone menu keeps hanging up',
      'the contractor is putting a new window in so can we do video',
      'this insurance company has put me through the wringer',
      'I sent a pic of my insurance card, can you confirm you got it',
      'the office locks the bathroom after 5, can you leave it open for the 6pm group',
      'la gripa le pegó a mi mamá y tuvimos que cancelar, me pueden dar otra cita',
      'me pegó la gripa y no puedo ir mañana, me cambian la cita',
    ]);
  });
});

describe('something thrown, bones broken, a threat for next time, bruises under long sleeves (lead, 2026-12-06, sets bw, by, cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'his girlfriend threw a lamp at him and broke his nose',
      "he broke two of my fingers and said next time it'd be my neck",
      'he got really angry and broke my cpap machine last night',
      "I'll be in long sleeves, so if I seem off, it's the bruises, not me.",
      "I don't want to go home tonight. He says it'll stop once I pass the exam.",
      'mi novio me avento una silla',
      'me rompio dos dedos y dijo que la proxima vez sera el cuello',
      'voy a ir con manga larga por los moretones',
      'no quiero regresar a casa esta noche, el esta borracho',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'my son broke his arm skateboarding so we need to move his appt',
      'i broke my wrist skiing, can we do telehealth this week',
    ]);
  });
});

describe('consequences shown, mileage checked, long sleeves after a disagreement (lead, 2026-12-06, the holdout ca)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "he said he'll show me what consequences look like",
      'he checks the mileage on my car and goes through my phone every night',
      'we had a disagreement and i have to wear long sleeves for a while lol',
      'me dijo que me va a ensenar lo que son las consecuencias',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis(['i have to wear long sleeves at work for the dress code, is that ok for telehealth']);
  });
});

describe('writing from another phone because he smashed "mine" (lead24)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'the phone named in the sentence before': pick(
        "i'm writing from my neighbors phone. he smashed mine",
        'this is my sisters phone. he broke mine again',
      ),
    });
  });
});

describe('found after blocking him: his threat beside the new address (lead24h)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'he will come find me, he knows the new address': pick(
        "my ex said he'd come find me if i didn't unblock him, he knows my new address",
        'he found my new apartment and said he is coming',
      ),
    });
  });

  it('leaves finding the front desk off the on-call line', () => {
    expectNotCrisis(["I'll come find you at the front desk if the link doesnt work"]);
  });
});

describe('a threat that next time will not miss (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      "next time he won't miss": pick(
        "he said next time he won't miss",
        "he threw a bottle at my head last night. next time he won't miss",
        'she said next time she wont miss',
      ),
    });
  });

  it('leaves a session one will not miss off the on-call line', () => {
    expectNotCrisis(["next time i won't miss my appointment, promise"]);
  });
});

describe('made to disappear; food or sleep allowed only on conditions (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'made to disappear': pick("he made me kneel and said he'd make me disappear"),
      'allowed only on conditions': pick(
        "my partner won't let me eat unless i do what he says",
        "she won't let me sleep until i apologize",
      ),
    });
  });

  it('leaves a procedure and a magician off the on-call line', () => {
    expectNotCrisis([
      "my doctor won't let me eat before the procedure, can we move to afternoon",
      "the magician at my kid's party made me disappear lol, sorry i missed the call",
    ]);
  });
});

describe('a medicine taken away until one apologises (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a medicine withheld': pick('he took my insulin and says i can have it back when i apologize'),
    });
  });
});
