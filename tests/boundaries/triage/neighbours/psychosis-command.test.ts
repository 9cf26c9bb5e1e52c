// Psychosis with commands (voices, signs or devices ordering an act), in other words and Spanish.
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

const PSYCHOSIS_COMMAND: Concepts = {
  'voices and their command across sentences': join(
    pick('voices back.', 'the voices are back.', 'las voces otra vez.'),
    pick('louder.', 'all night.', ''),
    pick('telling me to do it', 'they say i have to', 'me dicen que lo haga'),
  ),
  'a command with a threat, things speaking to one, a device in the walls': pick(
    'the people in my phone said to stop eating or my family dies',
    'the videos are talking directly to me and they want me to prove im real',
    "they put a chip in my water heater, tonight i'm going to make them stop",
    'the bat is ready by the door',
  ),
  "signs, a voice or God saying it is one's time": pick(
    "i keep seeing signs that it's my time",
    'god is telling me it is my time',
    'the voices keep saying its my time',
    'the universe is showing me that its my time',
  ),
  'a newborn called evil; being chosen; off medication and speaking of agents': pick(
    'she says the baby is evil and she has to send him back',
    "he says he's been chosen by god for a mission",
    'my brother stopped his meds and says the neighbors are agents sending him orders',
  ),
  'imagined harm to a coworker; a chip and an order not to eat; fever and stiffness on a new dose; assault':
    pick(
      'i keep picturing shoving my boss down the stairs',
      'they told me to stop eating so the implant stops working',
      'fever of 104 and stiff and confused since the new dose',
      'dejé el xanax de golpe y estoy temblando',
      'i said no like four times',
      'yo no quería y no paró',
      'he came back from his dads weekend with bruises again',
      'mi padrastro me hace cosas cuando mi mamá no está',
    ),
  'a message from the radio and what must be done; an impostor parent; not asking to be stopped; done done':
    pick(
      'signs from the tv say he is the devil and i will do what has to be done',
      'my dad was replaced by someone else, i need to see what is under his skin',
      'not asking you to stop me, just telling you',
      'i think im done done',
    ),
  'someone heard telling one to finish the job; neighbours as the enemy; shadows about ending things (set ah)':
    pick(
      'I hear my old CO telling me to finish the job',
      'I keep hearing him telling me I have to finish it',
      'he says the people next door are the enemy',
      'my neighbors are the enemy, the voice says so',
      'the shadows talk to me about ending things',
      'voices keep talking to me about killing myself',
      'la voz dice que los vecinos son los enemigos',
    ),
};

describe('psychosis with commands, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(PSYCHOSIS_COMMAND);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'Mi hermano dice que Dios le ordena cortarse la mano.',
      "i haven't slept in 5 days and god is talking to me directly",
      'i think im the antichrist and i need to cleanse my family',
      "i stopped my lithium and i feel invincible, i'm going to drive really fast",
      'she hears voices telling her she should go away',
      'dice que la tele le habla y que tiene que quemar la casa con fuego',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

// Set al (recall10): a prophet or messiah, in the first or third person, with something he must do.
const SET_AL_PSYCHOSIS: Concepts = {
  'a prophet with something to do': pick(
    'my son says he is a prophet and must go to the highway',
    "she thinks she's the messiah and has to fast until sunday",
    'i am a prophet and i was sent to warn them',
    'dice que es profeta y que tiene que ir a la carretera',
    'mi hijo dice que es el mesías y no duerme',
  ),
};

describe('set al: a prophet with a mission, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_PSYCHOSIS);
  });
});

describe("set aj's kinds: the TV sending messages that it is time, a newborn felt not to be one's own", () => {
  it('reads them', () => {
    expectCrisis([
      "The people on TV are sending me messages that it's time.",
      'the radio keeps sending me signs that i have to go tonight',
      "I feel like he's not really mine, the baby",
    ]);
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'escucho a alguien que me dice que me tire al rio',
      'el bebe es un demonio',
      'el espiritu me dice que lo regrese al agua',
    ]);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads told by them to punish someone; a chip to pull out', () => {
    expectCrisis([
      'they said I have to punish the person who installed it',
      'the voices say i have to punish him',
      'las voces me dicen que tengo que castigar a mi vecino',
      'me dicen que tengo que castigarlo',
      'pusieron un chip en mi muela. me lo voy a sacar con las pinzas hoy mismo',
      'tengo un rastreador en el brazo, me lo voy a sacar con un cuchillo',
      "there's a chip in my tooth. I'm going to pull it out with pliers",
    ]);
  });
  it('leaves the everyday neighbours of told by them to punish someone; a chip to pull out off the on-call line', () => {
    expectNotCrisis(['I need to punish my son for lying, any parenting tips?']);
  });
});

describe('Instructions received to go somewhere dangerous (lead, 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      "i'm receiving instructions to go to the highway",
      'getting orders to jump from the roof',
      'me llegan instrucciones de ir al puente',
      'escucho órdenes de tirarme a las vías',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['I got instructions to fill out the intake form before Friday']);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads food poisoned by the neighbours; cameras, a television that talks, a need to defend oneself; being controlled', () => {
    expectCrisis([
      'los vecinos me están envenenando la comida y ya no voy a comer',
      'me quieren envenenar, ya no como nada',
      'me pusieron cámaras en el baño y me dicen cosas por la tele, tengo que defenderme',
      'siento que alguien me controla y me ordena cosas',
      'mi hermano no ha dormido en 4 días y dice que es Dios y que va a salvar al mundo',
    ]);
  });
  it('leaves the everyday neighbours of food poisoned by the neighbours; cameras, a television that talks, a need to defend oneself; being controlled off the on-call line', () => {
    expectNotCrisis([
      'tengo que defenderme en la corte el martes, ¿me dan una carta?',
      'mi jefe me ordena cosas todo el día, estoy estresado',
      'no he dormido en dos días por el bebé',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'told me this morning the devil is in our son and he needs to get it out of him',
        'me dijo que el diablo está en nuestro hijo y que se lo tiene que sacar',
      ],
      [
        'the tiktoks are talking directly to me again and they want me to prove im real',
        'los tiktoks me están hablando directo otra vez y quieren que demuestre que soy real',
      ],
      [
        "he said the neighbor's kid is 'an agent' and he 'got the order'",
        'dijo que el niño del vecino es un agente y que ya recibió la orden',
      ],
      [
        'the tv told me i need to deal with them before tonight. i have my dads bat',
        'la tele me dijo que me tengo que encargar de ellos antes de esta noche. tengo el bate de mi papá',
      ],
      [
        "keep hearing my name in empty rooms and something telling me to turn off a patient's oxygen. i'm scared",
        'oigo mi nombre en cuartos vacíos y algo me dice que le apague el oxígeno a un paciente. tengo miedo',
      ],
      [
        'the commands are getting louder, i dont know how long i can resist them',
        'las ordenes son cada vez mas fuertes, no se cuanto tiempo mas las pueda aguantar',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'la voz me dice que me tengo que deshacer de mi vecino',
      'las voces son cada vez más intensas y ya no las puedo resistir',
      'tengo que comprobar que estoy vivo',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'recibí la orden del doctor para el laboratorio',
      'el radio dice que va a llover, ¿cambiamos a video?',
      'apagué el oxígeno de mi abuela para cambiar el tanque, ¿lo cubre el seguro?',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "i'm hearing people telling me to jump. from my balcony. 11th floor.",
        'oigo gente que me dice que brinque. desde mi balcón. piso 11.',
      ],
      ['the voice is telling me to go in the water tonight', 'la voz me dice que me meta al agua esta noche'],
      [
        'the voice told me to put my hand in the fire to prove myself',
        'la voz me dijo que metiera la mano al fuego para demostrarme',
      ],
      [
        "God told me to fast until my body is pure. It's day 6.",
        'Dios me dijo que ayunara hasta que mi cuerpo esté puro. Es el día 6.',
      ],
      [
        "saying the government put a chip in his tooth and he has to get it out himself. He's got pliers",
        'dice que el gobierno le puso un chip en un diente y que se lo tiene que sacar él solo. Tiene unas pinzas.',
      ],
      [
        "I've been hearing someone tell me I deserve to be punished and last night I started listening.",
        'he estado oyendo a alguien que me dice que merezco un castigo y anoche le hice caso.',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['dios me pidió que sacrifique a mi hijo', 'los mensajes en las placas me dicen qué hacer']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'mi entrenador dice que me meta al agua a las 6 para la clase',
      'el laboratorio dice que ayune hasta las 8 para el examen',
    ]);
  });
});

describe('Spanish commands to hurt oneself from a devil or a voice (recall13, gate av, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "the devil is in my room and tells me to gouge my eyes out. my mom doesn't believe me",
        'el diablo está en mi cuarto y me dice que me saque los ojos para no verlo. mi mamá no me cree',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'una voz me dice que me corte',
      'el demonio me pide que me arranque los ojos',
      'las voces me ordenan que me tire por la ventana',
      'el diablo me dice que tengo que sacarme los ojos',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis(['mi mamá me dice que me saque la licencia de manejar']);
  });
});

describe('told to do it and resisting; told tonight is the last night (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'they keep telling me to do it and i dont know how long i can resist',
      'the voices keep telling me to do it and theyre louder',
      'the radio told me tonight is my last night',
      'the voice says today is my last day',
    ]);
  });
  it('leaves a reminder to do the paperwork off the on-call line', () => {
    expectNotCrisis(['my mom keeps telling me to do it, can you resend the intake form?']);
  });
});

describe('a voice, the numbers or the signs that set the day (recall19, 2026-12-05)', () => {
  it('property: every neighbour is a crisis, alone or beside a request', () => {
    checkConcepts({
      'a source of psychosis that names the day one goes': pick(
        'the numbers say friday is when i have to go',
        'the messages in the numbers say Friday is when I have to go. It is very clear now',
        'the numbers keep showing 11, the 11th is when i go',
        'the numbers told me the date',
        'the voice said my time is up on monday',
        'voices said friday is when i have to go lol',
        'the numbers said friday was when i had to go',
        'she says the voices told her friday is when she has to go',
        'the signs all point to the 14th, thats when i go',
        'las voces ya escogieron el dia',
        'dios me dijo que el domingo es mi dia',
        'las señales dicen que el viernes me voy',
      ),
      'set be: a sacrifice asked for, me or my mother; a demon in the baby': pick(
        "the news anchor is talking to me directly and says i have to sacrifice something. it has to be me or my mom. i'm deciding",
        "the tv says i have to sacrifice someone. it's me or my sister",
        'the guy on the news talks to me personally and says i have to choose',
        'I have to protect my baby from the demon in her. I know what I have to do',
        'my baby has evil in her, it is the only way to save her',
        'there is a demon inside my son and i have to get it out',
        'la tele me habla directamente y dice que tengo que sacrificar algo, o soy yo o mi mamá',
        'hay un demonio en mi bebé. sé lo que tengo que hacer',
      ),
    });
  });

  it('leaves a boss, a schedule, a portal or a wish to heal off the on-call line', () => {
    expectNotCrisis([
      'the instructions say when i go in bring my id',
      'god says when i go to church i feel better',
      'the signs say when i leave the lot pay at the booth',
      'dios dice que me voy a curar',
      'the portal says friday is when i have to pay',
      'the numbers say friday is when i get paid',
      'i have to sacrifice something to afford therapy',
      'it has to be me or my mom who picks up the kids',
      'my son was a little demon at the store today lol',
    ]);
  });
});

describe('what the voices said, and I obey (set bh, recall21, 2026-12-05)', () => {
  it('reads each as a crisis, in English and Spanish, alone or beside a request', () => {
    expectCrisis([
      'me dijeron que me defienda y yo obedezco',
      'las voces me dicen que lo haga y yo obedezco',
      'the voices told me to defend myself and i obey',
      'they tell me what to do and i do what they say',
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'mi hijo no obedece, ¿qué le puedo decir?',
      "my son doesn't obey, what do you recommend?",
    ]);
  });
});

describe('mania with danger (lead, 2026-12-06, from the holdout)', () => {
  it('reads days without sleep beside feeling untouchable or driving at speed, and a mission to stop something', () => {
    expectCrisis([
      "Do you guys accept Cigna? Also Dr. Park should know I haven't slept in like 6 days and I feel literally untouchable, took the highway at 120 last night just to prove it",
      "I've been awake since Friday, thoughts racing. I keep feeling like I have to drive to Chicago right now to stop something terrible from happening.",
      'no he dormido en 5 dias y me siento invencible, maneje a 120 anoche',
    ]);
  });

  it('leaves a new parent short of sleep and a fast drive to the session off the on-call line', () => {
    expectNotCrisis([
      "I haven't slept in days because of the baby lol, can we move my appt to the afternoon",
      'I was awake since friday with the baby, can I do video',
      'we drove at 100 the whole way on the interstate lol, be there in 10',
    ]);
  });
});

describe('voices through the walls, instructions to stop eating, eyes to be taken out, a neighbour handled once and for all (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'escucho a mi vecino decirme por las paredes que soy una basura y que me mate',
      "the instructions want me to stop eating so the implant can't track me",
      'Mi hermano dice que Dios le ordenó sacarse los ojos',
      "I'm going to handle the problem with my neighbor once and for all. He's been broadcasting into my walls",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'my doctor wants me to stop eating sugar, is there a nutrition referral?',
      'we want to fix this billing problem once and for all, who do I talk to?',
    ]);
  });
});

describe('a baby to be given back to the water (lead, 2026-12-06, sets bs and bt)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "last night I heard very clearly that she isn't mine and I have to give her back to the water",
    ]);
  });
});

describe('a shadow figure asking one to go with him (lead, 2026-12-06, sets bu and bv)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(['i keep seeing the shadow guy and he says i should go with him']);
  });
});

describe('the ocean walked into to prove it; days without sleep beside a mission; a television talking to one (lead, 2026-12-06, sets bz and cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'he says hes jesus and has to walk into the ocean to prove it',
      "She hasn't slept in 4 days and says opposing counsel planted cameras in our house",
      'the news anchor on channel 7 is definitely talking to me. He says I need to drive to the coast tonight',
      'escucho la voz de mi difunta madre diciendome que me tire al tren',
      'dice que dios le dijo que tiene que meterse al mar',
      'no ha dormido en 4 dias y dice que dios le dio una mision',
      'la tele esta hablando conmigo',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'i havent slept in days because of the new baby lol, can we move to a morning slot',
      'vi en la tele un anuncio de su clinica, \u00bfaceptan medicaid?',
      'mi hijo no ha dormido bien por los examenes, podemos cambiar la cita',
    ]);
  });
});

describe('fasting commanded; days without sleep beside speed or a mission (lead24)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'told to go without food or water': pick(
        'god told me to stop eating and drinking, this is day 4',
        'the voices told me i need to go without water',
      ),
      'days without sleep, and speed or a mission': pick(
        "I haven't slept since Tuesday and I'm driving to vegas at 100 mph",
        'he has not slept in 4 days and says he is on a mission from god',
      ),
    });
  });
});

describe('able to fly beside days awake; demons who say it is time (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'able to fly, no sleep': pick(
        "i haven't slept in 4 days and i feel like i can fly",
        "i feel like i could fly, i haven't slept since monday",
      ),
      'voices that say it is time': pick(
        "the demons said it's time",
        'the voices keep telling me tonight is the night',
      ),
    });
  });

  it('leaves a flight and a renewal off the on-call line', () => {
    expectNotCrisis([
      'i can fly out friday instead, can we do monday?',
      "they said it's time to renew my prior auth",
    ]);
  });
});
