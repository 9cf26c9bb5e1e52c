// Wanting to die, said outright, in shorthand or as leaving a job, a game or the world, in other words.
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

const ACTIVE_IDEATION: Concepts = {
  'checking out of life': join(
    pick('seriously considering', 'been thinking about', 'i think im ready for', 'kinda want to be'),
    pick('checking out', 'check out'),
    pick('not the hotel kind', 'permanently', 'for good', 'early'),
  ),
  'a danger to oneself': join(
    pick('im a', 'i feel like a', 'honestly i am a', 'i might be a'),
    pick('danger', 'threat'),
    pick('to myself right now', 'to myself tonight', 'to myself'),
  ),
  'leaving life told as leaving work, a game or the world': join(
    pick('i want to', 'ready to', 'thinking about', 'gonna'),
    pick('clock out', 'log off', 'tap out', 'check out', 'bow out'),
    pick('for good', 'permanently', 'forever', 'of this life'),
  ),
  'leaving this world': join(
    pick('i want to', 'i am ready to', 'i just want to'),
    pick('leave', 'exit', 'depart'),
    pick('this world', 'this earth', 'this planet'),
  ),
  'shorthand thoughts; thinking about it tonight; holding on until a session; meant literally': pick(
    'sui thoughts back',
    'si ideation again tonight',
    'suic urges are bad tonight',
    'tonight i am really thinking about it',
    'right now im seriously thinking about it',
    'i tried to hold on until our session',
    'trying to hold on till monday',
    "i can't hold on any longer",
    'intente aguantar hasta la cita pero no puedo',
    "i don't think i'll make it to next week and i mean that literally",
  ),
  'unaliving oneself': pick(
    'unaliving myself era fr',
    'thinking about unaliving myself',
    'i might unalive myself',
  ),
  "'kys' said to one, or not stopping thinking about doing it": pick(
    'kids keep telling me to kys',
    'everyone in the group chat said kys',
    "i can't stop thinking about doing it",
    'i cannot stop thinking about doing it',
  ),
  "one's own terms, the 22, the next one from the unit (probed in set ah voices)": pick(
    'gonna go out on my own terms',
    "I'm going out on my own terms, don't try to stop me",
    "I'll end it on my own terms",
    '22 a day, I get it now',
    "I'm about to be one of the 22",
    "lost another buddy from my unit, thinking I'll be the next one",
    'perdí a otro compañero de la unidad, creo que yo soy el siguiente',
  ),
  'a last patrol; a permanent solution figured out (a third probe in set ah voices)': pick(
    'this is my last patrol, doc',
    'heading out on my last patrol',
    'this is my final patrol, brother',
    "I've got a permanent solution figured out",
    "there's a permanent solution to my pain",
  ),
};

describe('active ideation, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(ACTIVE_IDEATION);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'no aguanto mas, me quiero ir de este mundo',
      "I'm ready to die.",
      'i gambled away the house money. theres only one way out of this',
      'lost my job, lost my wife, lost my kids. nothing left to lose now',
      'no puedo dejar de pensar en hacerlo',
      'last time she attempted she jumped',
      'thinking about catching the bus (the permanent way)',
      'been thinking about sleep, the permanent kind',
      'estoy pensando en dormir de la forma permanente',
      'I was discharged Friday after an attempt',
      'stop everything, breathing included',
      "I've been thinking about how I would do it lately",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('off oneself (slang)', () => {
  it('reads off oneself as killing oneself', () => {
    expectCrisis([
      "my roommate says she's gonna off herself",
      'thinking about offing myself',
      'he wants to off himself',
    ]);
  });
  it('leaves turning things off with staff', () => {
    expectNotCrisis([
      'I turned off my notifications myself, can you resend the link?',
      'she took herself off the waitlist',
    ]);
  });
});

describe('feeling like ending it', () => {
  it("reads feeling like ending it or one's life", () => {
    expectCrisis([
      'i feel like ending it',
      'feeling like ending everything tonight',
      'i felt like ending my life',
    ]);
  });
});

// Set al (recall10): a first responder's end of watch called on oneself; a game's clock, a towel, a knee, for good.
const SET_AL_ACTIVE: Concepts = {
  'an end of watch called on oneself': pick(
    'ready to end my watch',
    'thinking about ending the watch for good',
    'been having those thoughts, the end my watch kind',
    'might call my own end of watch',
  ),
  'a game ended for good': pick(
    'ready to run out the clock for good',
    'just gonna let out the clock, im done',
    'about to throw in the towel for good',
    'time to take a knee for good',
    'gonna run out the clock on this life',
  ),
};

describe('set al: an end of watch and a game ended for good, read by their neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_ACTIVE);
  });
});

// Probed in set al's voices (recall10): a ticket punched, an exit from this life in slang, one's own terms, a police
// code for out of service for good, Valhalla, one's maker, going on and ending it, a life finished; quitarse del medio.
const SET_AL_ACTIVE_SLANG: Concepts = {
  'an exit from this life, in slang': pick(
    'ready to punch my ticket',
    'thinking about punching my own ticket tonight',
    'bout to dip out this world',
    'about to bounce out of this life',
    'going AWOL from this life',
    'gonna go out on my terms, im done',
    'might go 10-7 for good',
    "see y'all in valhalla soon",
    'ready to meet my maker',
  ),
  'ending it, in plain words': pick(
    'might as well go on and end it',
    'might as well end it all',
    'I want finish my life',
    'I think I will finish my life',
    'me voy a quitar del medio',
    'mejor quitarme de en medio',
  ),
};

describe('set al: an exit from this life in slang, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_ACTIVE_SLANG);
  });
});

describe("set am's kinds: alt+f4 on a life, doing it on stream, not existing said across sentences", () => {
  it('reads them', () => {
    expectCrisis([
      'like alt+f4 on my whole life',
      'chat said i should just do it on stream',
      "what if i just didn't. exist.",
    ]);
  });
});

describe("set ao's kinds (Spanish): told to sacrifice oneself, nothing happens if one jumps", () => {
  it('reads them', () => {
    expectCrisis(['dios dice que tengo que sacrificarme', 'si no es real no pasa nada si salto, verdad?']);
  });
});

describe("Set aq's kinds (2026-12-05): the means in front of one; not wanting to call the line", () => {
  it('reads them', () => {
    expectCrisis([
      'i have the pills in front of me',
      'the gun is right next to me',
      'i dont want to call 988',
      'tengo las pastillas enfrente de mí',
    ]);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it("reads the therapist's instruction quoted, and a word that it is happening", () => {
    expectCrisis([
      'vos me dijiste que te avise si volvía a pensar en eso. bueno, te aviso.',
      'usted me dijo que le avisara si volvían los pensamientos. pues volvieron',
      'you told me to tell you if I started thinking about it again. well, I am.',
      'you asked me to text you if the thoughts came back. they came back.',
    ]);
  });
  it("leaves the everyday neighbours of the therapist's instruction quoted, and a word that it is happening off the on-call line", () => {
    expectNotCrisis(['me dijiste que te avisara si volvía a tener insomnio, ¿me das cita?']);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it("reads 'ando pensando cosas feas'", () => {
    expectCrisis(['ando pensando cosas feas', 'últimamente pienso cosas feas otra vez']);
  });
  it("leaves the everyday neighbours of 'ando pensando cosas feas' off the on-call line", () => {
    expectNotCrisis([
      'me vienen pensamientos feos de que le pasa algo a mi familia, ¿eso es TOC?',
      'pienso que la factura tiene cosas feas',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'gonna ctb this weekend. just wanted someone to know',
        'este fin de semana me quito la vida. nomas queria que alguien supiera',
      ],
      ['I want to shoot myself', 'tengo ganas de darme un tiro'],
      [
        "lmao my insurance is killing me, might as well finish the job, I've got enough oxy left from the surgery",
        'el seguro me está matando, mejor termino el trabajo, me quedan suficientes oxicodonas de la cirugía',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'se quitó la vida su hermano y yo también me quito la vida',
      'a veces pienso que me quito la vida y ya',
      'me voy a pegar un balazo',
      'mi papá dice que se va a dar un tiro',
      'quiero volarme los sesos',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      '¿me quito la chamarra en la sala de espera?',
      'se quitó los lentes para la foto de la credencial',
      'voy a terminar el trabajo de la escuela antes de la cita',
      'mi hijo se dio un golpe jugando fútbol',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      ['im logging off for good gg', 'me desconecto para siempre gg'],
      [
        'The instructions are coming again and they say I have to hurt myself',
        'Las instrucciones volvieron y dicen que me tengo que lastimar',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['las voces dicen que me tengo que castigar', 'me apago para siempre, adiós']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'se dio de baja para siempre del gimnasio',
      'mis papás dicen que me tengo que poner la vacuna',
    ]);
  });
});

describe("set au's refusal of food kind, read by its neighbours (recall12, 2026-12-05)", () => {
  it('reads food and drink refused on purpose, or to hurry the end, as a crisis', () => {
    expectCrisis([
      "My mother is 89 and says she's done eating and drinking, on purpose",
      'dad stopped eating on purpose, says he is ready',
      'my grandmother refuses food on purpose to speed things up',
      'ive stopped eating and drinking on purpose',
      'he quit eating on purpose',
      'she is refusing food and water on purpose so she can die',
      'i stopped eating so it goes faster',
      'my mom wants to speed things up and stopped drinking',
      "he's not eating or drinking on purpose now",
      'She stopped eating. She told the aide she wants to speed things up',
    ]);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff(['Do you want to speed things up and just bill my card?']);
  });
  it('leaves the everyday hurry and fasting off the on-call line', () => {
    expectNotCrisis([
      'Can we speed things up with the prior authorization?',
      'I stopped eating out to save money so can I do the payment plan?',
    ]);
  });
});

describe('how one would do it, thought through (recall12, 2026-12-05)', () => {
  it('reads the method question answered as a crisis', () => {
    expectCrisis(["i've thought about how i'd do it", 'been thinking about how i would do it']);
  });
  it('keeps a question about how to do a payment with the staff', () => {
    expectStaff(['Can you tell me how I would do the payment plan?']);
  });
});

describe("thoughts no longer passive; 'what if I just did it' (recall14, 2026-12-05)", () => {
  it('reads each as a crisis', () => {
    expectCrisis(["the thoughts aren't passive anymore", 'been having what if i did it thoughts']);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff(['My thoughts are not passive about this bill']);
  });
  it('leaves their everyday clinical neighbours off the on-call line', () => {
    expectNotCrisis(['What if I just did it online? The form thoughts?']);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'estoy pensando en matarme',
      'me quiero quitar la vida',
      'tengo ganas de acabar con todo',
      'voy a terminar con mi vida',
      'pienso en ahorcarme',
      'ya decidí que me voy a matar',
    ]);
  });
});

describe('set be: ways thought of, said of nothing (recall19, 2026-12-05)', () => {
  it('property: every neighbour is a crisis, alone or beside a request', () => {
    checkConcepts({
      'ways thought of or looked up, with nothing after': pick(
        "i keep thinking of ways. like all day. i'm at work right now",
        'i keep thinking about ways',
        'been thinking of methods lately',
        'thinking about ways again ngl',
        'my son says he keeps thinking of ways',
        "i've been looking up ways",
        'sigo pensando en maneras',
      ),
    });
  });

  it('leaves ways to do a named thing off the on-call line', () => {
    expectNotCrisis([
      'i keep thinking of ways to pay the balance',
      "i'm thinking about ways we could make the schedule work",
      'been looking up ways to get to the office by bus',
      'sigo pensando en maneras de pagar',
    ]);
  });
});

describe('a deadline set oneself, and ending it if nothing changed by then (set bg, recall21, 2026-12-05)', () => {
  it('reads each as a crisis, in English and Spanish, alone or beside a request', () => {
    expectCrisis([
      "my birthday is friday and I told myself if nothing changed by then I'd end it. nothing changed. can I still get in before friday?",
      "if nothing gets better by christmas i'm ending everything",
      'I gave myself until friday to end it',
      'me dije que si nada cambiaba para mi cumpleaños lo iba a terminar todo',
      'si nada mejora para el viernes voy a acabar con todo',
      'me di hasta el viernes para terminar con mi vida',
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "if nothing changes with the insurance by friday I'll switch plans",
      'si nada cambia con el seguro para el viernes, cambio de plan',
      "I told myself I'd finish the intake forms by friday",
    ]);
  });
});

describe('the 22 a day understood (lead, 2026-12-06, from an unseen set)', () => {
  it('reads it across sentences', () => {
    expectCrisis(["22 a day. I get it now. Don't think I'm gonna be one of them. But I get it."]);
  });

  it('leaves years served off the on-call line', () => {
    expectNotCrisis(['i served 22 years in the army, does tricare cover you']);
  });
});

describe('safety not promised or not sure of, for oneself (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'safety not promised': pick(
        "i can't promise i'll be safe tonight",
        'i cant promise i will stay safe this weekend',
        "i won't promise to be safe",
      ),
      'not sure one can stay safe': pick(
        "i'm not sure i can stay safe tonight",
        'idk if i can keep myself safe much longer',
      ),
    });
  });

  it("leaves a promise about time, and someone else's safety, off the on-call line", () => {
    expectNotCrisis([
      "i can't promise i'll be on time tomorrow, traffic",
      "can't guarantee the parking lot is safe at night, is there another entrance",
      'idk if i can be there by 3',
    ]);
  });
});

describe('afraid of what one will do, alone tonight (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'afraid of what one will do': pick(
        "hi can i come in today instead? i'm scared of what i'll do if i'm alone tonight",
      ),
    });
  });
});

describe('the shorthand written apart or with a letter for the word (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'written apart': pick(
        'ngl been thinkin bout un aliving myself a lot lately',
        'i wanna k word myself',
        "i'm going to s-word-slide tonight",
      ),
      'said as a joke': pick(
        'i want to commit toaster bath',
        'thinking about the forever nap',
        'ready for the dirt nap',
      ),
    });
  });

  it('leaves a broken toaster off the on-call line', () => {
    expectNotCrisis(['the toaster in the waiting room is broken lol']);
  });
});
