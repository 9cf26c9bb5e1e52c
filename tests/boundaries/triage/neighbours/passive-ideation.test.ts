// Passive wish to be dead (a burden, not waking up, not being around), in other words and Spanish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Concepts,
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectParity,
  expectStaff,
  isStaff,
  join,
  pick,
  triage,
} from './neighbour-kit.js';

const PASSIVE_IDEATION: Concepts = {
  'no longer a bother to anyone': join(
    pick("i won't", 'i will never', 'soon i wont'),
    pick('bother', 'burden'),
    pick('anyone anymore', 'you much longer', 'anybody again'),
  ),
  'not a problem much longer': join(
    pick("i won't be", 'i wont be', "don't worry, i won't be", 'soon i will not be'),
    pick('a problem', 'a burden', 'a bother'),
    pick('much longer', 'for anyone much longer', 'any longer'),
  ),
  'others better off with the insurance money': join(
    pick('my family', 'the kids', 'my wife', 'everyone'),
    pick('would be better off', 'would honestly be better off', "'d be better off"),
    pick('with the insurance money', 'with my life insurance', 'with the payout'),
  ),
  'thinking about not existing': join(
    pick(
      'i keep thinking about',
      'lately i think a lot about',
      'i daydream about',
      'cant stop thinking about',
    ),
    pick('not existing', 'not being here', 'not being alive'),
  ),
  'not waking up, as a question or a rest': pick(
    'what if i just didnt wake up tomorrow',
    'what if I never woke up',
    'i just want to rest forever',
    'honestly id like to sleep permanently',
    'ya no voy a ser un problema por mucho tiempo',
    'mi familia estaria mejor con el dinero del seguro',
    'quiero descansar para siempre',
  ),
  'thoughts on the road, an illness wished for, a birthday not reached': pick(
    'sometimes when im driving i think about just not turning the wheel',
    'what if i just crashed the car into the wall',
    "drove past a semi today and thought, that'd be easy",
    "i wish i had cancer so i'd have a reason to stop",
    'not gonna make it to my bday ngl',
    'the disappear thoughts are back',
    'everyone would be less stressed if i wasnt around',
    'wish i was never born fr',
  ),
  'a permanent nap, one bad night from worse, still around as a joke, the Lord asked to take one': pick(
    "i'm overdue for a nap of the permanent variety",
    'wake me up when its over, except dont wake me',
    "i'm about one bad night away from something worse",
    "i'll send it next month if i'm still alive",
    "moving next month, if i'm still around lol",
    'she asked the Lord to take her tonight',
    'the baby would be better off with a different mom',
    'they would both go to heaven together',
    "i'm thinking of stopping my insulin and letting nature take its course",
    'mi bebe estaria mejor con otra mama',
  ),
  'taking up space in the world, wasting its air': join(
    pick('i feel like im', 'honestly i am just', 'she says she is', 'siento que sigo'),
    pick('taking up space', 'wasting oxygen', 'taking up room'),
    pick('in the world', 'on the planet', 'in this world'),
  ),
  'a vehicle hitting one, met with a shrug': join(
    pick(
      'if a bus hit me',
      'if a truck ran me over',
      'honestly if a car hit me tomorrow',
      'if a train hit me',
    ),
    pick("i'd be like ok cool", "i'd be fine with it", 'i would not mind', 'kinda relief tbh'),
  ),
  'only a pet, a child or a parent keeping one here': fc.oneof(
    join(
      pick('if it wasnt for my', "if i didn't have my", 'if it werent for my'),
      pick('dog', 'kids', 'mom', 'cat'),
      pick("i'd be gone already", "i wouldn't be here", "i'd have been gone years ago"),
    ),
    pick(
      'the only reason im still here is my daughter',
      'my cat is the only thing keeping me alive',
      'si no fuera por mis hijos ya no estaria aqui',
      'si no fuera por mi perro ya me hubiera ido',
    ),
  ),
  'not waking up, said as a mercy or as alright; waking disappointed': pick(
    'it would be a mercy if i did not wake up',
    "if i just didn't wake up tomorrow that'd be alright",
    'if i forgot to wake up it would be a relief',
    'honestly if i never woke up i wouldnt mind',
    'i wake up disappointed that im still here',
    'every morning i wake up upset im still alive',
    'woke up and my first thought was damn, still here',
  ),
  'no reason to keep going; not doing life; tired of being the problem; praying to be taken': pick(
    "i don't see much reason to keep going",
    'whats the reason to keep going honestly',
    'no reason to keep going anymore',
    "i can't do life anymore",
    'im done doing life',
    'tired of being the problem',
    "i'm sick of being a burden",
    'cansada de ser una carga',
    'ya me canse de ser el problema',
    'i pray every night to be taken',
    'le pido a dios que me lleve',
    'ya ni se pa que sigo',
  ),
  'an illness as a way out, or not fought when it comes back; if it goes, it goes': pick(
    "it'd be easier if i got cancer",
    'it would be a relief if i had a terminal illness',
    "if the cancer comes back i'm not fighting it",
    "i won't fight it this time if the tumor is back",
    'no voy a luchar si vuelve el cancer',
    'stopped my heart meds, if it goes it goes',
    'if i go i go honestly',
  ),
  'gone as no loss: the worst thing, others moving on or coping, a simpler life, no older self, no way through':
    pick(
      "honestly wouldn't be the worst thing if i just didn't exist",
      "it isn't the worst thing if i die",
      'everyone would move on pretty fast if i was gone',
      'my family would cope without me',
      'things would be so much simpler if i wasnt around',
      'life would be lighter for them if i was gone',
      "i don't really see myself making it to 30",
      "i can't picture myself getting old",
      'been wishing i could fall asleep and stay that way',
      "i'd be lying if i said i hadn't thought about not being here",
      'i just want it all to be over',
      "i'm running out of reasons to stay",
      "i don't see a way through this",
      "she can't see any way out of this",
      'my life insurance would take care of everything',
      "i'm not going to be a problem for much longer",
      "i don't deserve food",
      'no le veo sentido a nada',
      'a veces pienso que seria mejor no estar',
      'mi familia estaria mejor si yo no estuviera',
    ),
  'no use going on, still here for no reason, sick of waking, no fight left, a baby better off': pick(
    "since my husband died i don't see the use in going on",
    "they'd all be better off if i just left for good",
    'everyone would be better off if i went away forever',
    "i survived two tours and now i don't see why i'm still here",
    "i'm sick of waking up",
    'another day another disappointment that i woke up',
    'what a disappointment to still be alive',
    'so tired of breathing',
    'everything feels pointless',
    'life feels meaningless',
    'i have no fight left',
    'the baby would be better off with someone else',
    "she doesn't need me anymore, i'm ready to go",
    'siento que estoy de sobra en este mundo',
    'ya no le encuentro sentido a la vida',
    'no veo sentido a seguir',
    'me siento una carga para mi familia',
    'tengo un plan para no estar mas aqui',
  ),
  'envy of the dead; wishing to be run over; drugs in a drink; a no ignored (ES)': pick(
    'honestly jealous of the people who died in that crash',
    'ojalá me atropellara un camión',
    'me echaron algo en la bebida y desperté sin ropa',
    'yo no quería y me llevó a su cuarto',
  ),
  'no future to worry about; to be with the dead; sleep that ends it; taking up space; dragging everyone down':
    pick(
      "it's not like i'll have to pay this off much longer",
      'i just want to go be with my dad, he passed in march',
      'wish i could fall asleep and that would be it',
      "i'm just taking up space",
      'honestly tired of being a human',
      'nobody would even notice for a week',
      'the kids are better off with their mom, i drag everyone down',
      'the why bother thoughts are back',
      'if i didnt exist nobody would have to deal with me',
      'mi hija dice que ya no quiere vivir',
    ),
  'making it easy on everyone; an elder ready to let go; a picture of a wrist; a psychiatric hold': pick(
    "she said i'm going to make it easy on all of you",
    'my dad is refusing food and meds and says he wants to let go',
    'cada noche pienso que sería más fácil no despertar',
    'she sent me a picture of her wrist and said sorry',
    "i'm being held for 72 hours in the psych unit",
    'my grandma keeps saying she is going to go be with grandpa',
  ),
  'not waking up as something nice; nobody noticing one gone': pick(
    'it would be nice if i didnt wake up tomorrow',
    "it'd be peaceful if i didn't wake up",
    'if I died would anyone notice',
    'who would even miss me if i was gone',
    'si yo desapareciera quien lo notaria',
  ),
  'a weight on everyone; their relief paid by a policy; out of reasons; better with someone else': pick(
    'i feel like a weight on everyone',
    'im such a drain on my family',
    'my wife would collect the life insurance and be better off',
    'ran out of reasons to keep going',
    'not a cry for help, just telling you',
    'feels pointless to keep living honestly',
    'i just want to disappear off the face of the planet',
    'i want to disappear from the face of the earth',
    'se me acabaron las razones',
    'mis hijos cobrarian el seguro de vida',
  ),
  'not wanting to be here, in chat spelling': join(
    pick('i dont', 'i really dont', 'honestly i dont', 'i just dont'),
    pick('wanna b', 'wana be', 'wanna be', 'want to b'),
    pick('here anymore', 'around anymore', 'here any longer'),
  ),
  'the ones who did not come home had it better': join(
    pick('some days i think', 'honestly', 'i keep thinking', 'tbh'),
    pick('the guys', 'the ones', 'my buddies', 'the people'),
    pick("who didn't come home", 'who never made it back', 'that didnt come back'),
    pick('got the better deal', 'are the lucky ones', 'got off easy', 'had it easier'),
  ),
  'a bill no longer owed, and the bad news is why': join(
    pick(
      "good news I won't need to pay the balance,",
      "i wont need to pay next month's bill,",
      'no more balance for me,',
    ),
    pick('bad news is why', 'bad news is why lol', 'the bad news is why'),
  ),
  'a fee asked about for being otherwise not there': join(
    pick('does the fee apply if', 'what happens to my account if'),
    pick("i'm hospitalized or otherwise not there", 'im otherwise not around anymore'),
  ),
  'imagining not waking up or not existing': join(
    pick('lol imagine if i just', 'imagine if i', 'sometimes i imagine i'),
    pick("didn't wake up tomorrow", 'never woke up', "didn't exist anymore", 'was never born'),
  ),
  'a new year without oneself': pick(
    'new year new me. or no me',
    'new year, new me or no me',
    'new me or no me lol',
  ),
  'wanting to go to or be with someone who died': join(
    pick('since my dad died', 'my son passed and', 'two years since she died and'),
    pick(
      'i just want to be with him',
      'i just wanna go with him',
      'i want to go be with her',
      'i wish i could be with him',
    ),
  ),
  'a fee if someone dies, asked for oneself': join(
    pick(
      'do u guys charge a cancellation fee if someone dies',
      'what happens to my balance if i die',
      'is there a fee if the client dies',
    ),
    pick('lol asking for me', 'asking for myself'),
  ),
  'not being around as the reason for an absence': join(
    pick("if i'm not at my appt tuesday", 'if i miss thursday'),
    pick(
      "it's bc i'm not around anymore",
      'its because im not here anymore',
      "that's cause i'm not alive anymore",
    ),
  ),
  'rather be gone': join(
    pick("i'd rather just be gone", 'id rather honestly be gone', "i'd rather be gone than"),
    pick('honestly', 'tbh', 'deal with this'),
  ),
  'everyone chill without one': join(
    pick('lowkey thinking', 'tbh', 'honestly'),
    pick(
      'everyone would be chill without me',
      'my family would be alright without me',
      'they would be chill without me',
    ),
  ),
  'nobody noticing one is missing': pick(
    "nobody even noticed i wasn't at school for 3 days",
    'no one even noticed i was gone',
    "nobody even cared i wasn't there",
    'no one would even notice if i stopped showing up',
    'nobody would notice if i disappeared',
    'no one would notice if i stopped coming',
  ),
  "others' lives easier if one just disappeared": join(
    pick('my parents life', "my mom's life", 'everything', 'their lives'),
    pick('would be so much easier if i just', 'would be easier if i just', 'would be better if i was'),
    pick('disappeared', 'dissappeared', 'dissapeared', 'gone'),
  ),
  'going to sleep hoping that is it': join(
    pick('gonna go to sleep', 'going to bed', 'going to sleep now'),
    pick("and hopefully that's it", 'and hope its over', 'praying that is it'),
  ),
  'not wanting to be anything any more': pick(
    "she said she doesn't want to be anything anymore",
    'i dont wanna be anything anymore',
    "he doesn't want to be anyone anymore",
  ),
  'no longer wanting to be a bother (set ah)': join(
    pick("i don't want to be", "don't wanna be", 'i dont want to be'),
    pick('a bother', 'a burden', 'a nuisance'),
    pick('to nobody anymore', 'to anyone anymore', 'any longer'),
  ),
  'not far behind a spouse who died (set ah)': pick(
    "I don't figure I'll be far behind her",
    "won't be long behind him now",
    "I don't expect I'll be far behind my wife",
    "don't reckon I'll be long behind them",
    'no voy a tardar en alcanzarla',
    'no tardo en seguirlo',
  ),
  'tired of it all (set ah)': join(
    pick('just', 'so', 'honestly', "i'm"),
    pick('tired', 'sick', 'exhausted'),
    pick('of it all', 'of all of it', 'of all of this'),
  ),
  'as soon not wake up (set ah)': join(
    pick("i'd just as soon", 'some mornings id as soon', 'honestly i would just as soon'),
    pick('not wake up', 'not be here', 'not be around', 'not live'),
  ),
  "everybody'd be better off (set ah)": pick(
    "everybody'd be better off",
    "everyone'd be better off",
    "they'd be better off",
    "everybody'd be relieved",
    'me daría igual no despertar',
    'no me importaría no despertar',
  ),
  'not aiming to see another winter (probed in set ah voices)': join(
    pick("i don't aim to", "i don't plan to", "i won't", "i don't reckon i'll"),
    pick('see another winter', 'see another christmas', 'see another spring', 'see another harvest'),
  ),
  'a farm taken and one going with it (probed in set ah voices)': pick(
    'if the bank takes the farm I will go with it',
    "if they foreclose on the ranch i'm going with it",
    'the farm goes, i go',
    "if i lose the place i'm going with it",
    'si me quitan el rancho me voy con él',
    'no voy a ver otra navidad',
  ),
  'calling it quits on life (probed in set ah voices)': pick(
    'thinking of calling it quits on life',
    'ready to call it quits on living',
    "i'm ready to quit life",
  ),
  'buddies who did not make it home; going home to Jesus (a third probe in set ah voices)': pick(
    "I want to go be with my buddies who didn't make it home",
    'ready to join my brothers who never came back',
    "I'll be with the guys from my unit that died soon enough",
    'I just want to go home to Jesus and be with Martha',
    'ready to go home to the Lord',
    "I don't care what happens to me anymore",
    'si no contesto ya me fui con Diosito',
    'ya no quiero estorbarle a nadie, mejor me voy',
  ),
};

describe('passive ideation, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(PASSIVE_IDEATION);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'ya no voy a molestar a nadie',
      'siento que soy un peso para todos',
      'seria bonito no despertar mañana',
      'quiero desaparecer de la faz de la tierra',
      'voy a dormir por mucho tiempo y ya no voy a necesitar la cita',
      'no en el sentido de la agenda',
      'ya no le veo sentido a seguir',
      "I'd rather not be alive.",
      'Can we move to 3? The zoom died on my end and I wish I had too.',
      'The portal link is dead, just like me. Can you resend it?',
      'my card got declined, the bank killed it, wish i could too',
      'los que no volvieron tuvieron más suerte',
      'imagínate que no despertara mañana',
      'a veces quisiera irme con mi papá',
      'its been a year since mom died and i dont see the point of being here without her',
      'ever since the divorce i dont see why i should keep going',
      'i cant afford therapy anymore. or rent. or being alive honestly',
      'ya no le veo caso a seguir',
      'whats the late cancel fee? asking bc i might not make it to next week. or next anything',
      'honestly if i crashed on the way there it wouldnt be the worst thing',
      'a veces quisiera dejar de existir',
      'he estado pensando en no despertar',
      'the not waking up thoughts came back this week',
      'nobody would even notice I was gone for weeks',
      "I'm such a drain on my family",
      'every single morning I am upset that I woke up',
      'I just wish I could be in a coma for a while',
      'it would be easier if the cancer just took me',
      "I've told God I'm ready whenever He is",
      'some nights I think about going to sleep and staying asleep',
      "if I don't wake up one morning nobody should mourn",
      "I've done my part, I'm tired",
      "honestly wouldn't mind if the tractor rolled over on me",
      'the life insurance would cover everything for them',
      'ya no quiero amanecer otro día',
      'ojalá Dios me recogiera pronto',
      'estoy lista para irme con el Señor',
      'ya no sirvo para nada',
      'dice que ya cumplió y que se quiere ir',
      "she said I'll be taken care of by the life insurance",
      "if a bus hits me tomorrow, that's fine",
      "I don't see a future for me",
      'Mom keeps saying she will be with Dad soon',
      'me debería morir, nadie se daría cuenta',
      'nadie se dio cuenta de que no fui a la escuela',
      'todo sería más fácil para mis papás si yo desapareciera',
      'ya no quiere ser nada',
      'me voy a dormir y ojalá sea todo',
      'todos estarían bien sin mi',
      'prefiero no existir',
      "i'd be better off six feet under",
      "sorry for being trouble, I won't be for much longer",
      "I don't know if I'll make it to Friday",
      'soy una carga para todos',
      'not going anywhere ever again',
      'a veces pienso que mejor no amaneciera',
      "not sure I'll be around much longer",
      'it would be such a relief to not be here anymore',
      'their life without me would be happier',
      "honestly they'd be better off",
      'if I died he could finally be happy',
      'what is the point of sticking around',
      'the kids would be better with just their mom',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps a death echoed in a sentence of its own from staff', () => {
    for (const text of ['Can I reschedule? My phone died. So did I.', 'The wifi died again. So am I.'])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it("reads set ah's kinds (recall9), each in words other than the message's", () => {
    for (const text of [
      "I'm fine. Just tired. Don't want to be a bother to nobody anymore",
      "getting a double headstone, my side too, cause I don't figure I'll be far behind her",
      'just tired of all of it. dont need a call back',
      "Some mornings I'd just as soon not wake up.",
      "everybody'd be better off. the insurance would cover the loan",
      'ya no quiero ser una molestia para nadie',
      "It's been 6 months since Helen passed and I don't aim to see another winter",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

// Set al (recall10): wanting not to exist (the negation inside the wish), fading out so nobody has to deal with one,
// no point carrying on, the Lord wanting one home; in Spanish, not knowing if one will be here, God taking one.
const SET_AL_PASSIVE: Concepts = {
  'wanting not to exist': pick(
    'i just want to not exist',
    "I don't want to die, I want to not exist for a while",
    'id rather not exist',
    'some days i wish to not exist',
  ),
  'fading out so nobody has to deal with one': pick(
    'i could just fade away',
    "I'll just fade out and that's that",
    'nobody would have to deal with me anymore',
    'no one would need to deal with me',
    'then nobody has to put up with me',
  ),
  'no point carrying on': pick(
    "don't see much point in carrying on",
    'no point going on like this',
    "what's the point in keeping on",
  ),
  'the Lord wanting one home': pick(
    'I believe the Lord wants me home',
    'ready to go home to be with Jesus',
    'praying God calls me home soon',
    'just waiting on the Lord to take me home',
  ),
  'not knowing if one will be here, in Spanish': pick(
    'no sé si voy a estar aquí para navidad',
    'no se si voy a seguir vivo el mes que viene',
    'creo que Dios me quiere llevar',
    'ya quiero irme con Diosito',
  ),
};

describe('set al: not existing, fading out, carrying on, going home, read by their neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_PASSIVE);
  });
});

describe('a parent who says the child will not miss them', () => {
  it('reads a parent who says the child will not miss them', () => {
    expectCrisis([
      "you're a better parent, she won't miss me",
      'the baby wont even miss me',
      'nobody will miss me',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "they won't miss me at group, I have work",
      "he won't miss me at pickup, can we do 4pm?",
      'I keep replaying the accident and thinking it should have been me. Can we talk about it next session?',
    ]);
  });
});

describe('not making it in general, the kids better off with someone else', () => {
  it('reads not making it in life and the kids better off with someone else', () => {
    expectCrisis([
      'the kids would be better off with someone who isnt broken',
      'my family would be better off with somebody who isnt me',
      "they'd be better off with someone that's not so messed up",
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "sorry I won't make it Friday, can we move it?",
      'my son would be better off with someone who takes Medicaid, can you refer?',
    ]);
  });
});

describe('kinds probed in new words: a favour to everyone, no reason to stick around, not deserving to live, the pain to end', () => {
  it('reads them, in English and Spanish', () => {
    expectCrisis([
      "i'd be doing everyone a favor",
      'honestly i would do the world a favour',
      'les haría un favor a todos si me voy',
      "i'm done. with all of it.",
      "there's no reason for me to stick around",
      'no reason to stick around anymore',
      "i don't deserve to live",
      'i dont deserve to be here',
      'no merezco vivir',
      'the world would keep spinning without me',
      'i just want the pain to end',
      'just want this pain to be over',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'could you do me a favor and resend the link?',
      'do everyone a favor and post the holiday hours',
      'no reason to stick around after the session, right?',
      "I'm done with the intake forms. With all of them?",
    ]);
  });
});

// Probed in set al's voices (recall10): no more for anymore, no use in one's being here, lying down for good, a loved
// one joined in heaven, a last birthday.
const SET_AL_PASSIVE_PLAIN: Concepts = {
  'no more, no use, lying down': pick(
    "I don't wanna be here no more",
    'ion wanna be here no more',
    "ain't no use in me being here",
    "what's the use of me being alive",
    "I'm ready to lay down for good",
    'just want to lie down and never wake up',
  ),
  'a loved one joined in heaven; a last birthday': pick(
    'I want to go be with Mama in heaven',
    'ready to join my husband up in heaven',
    'this will be my last birthday',
    "it'll be my last christmas",
  ),
};

describe('set al: no more, no use, lying down, heaven, read by their neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_PASSIVE_PLAIN);
  });
});

describe("set al: life with no meaning, in learners' English, read by its neighbours", () => {
  it('reads each as a crisis', () => {
    for (const text of [
      'life is no meaning for me now',
      'my life has no meaning',
      'life no purpose anymore',
      "life has no real meaning, I'm tired",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe("set am's kinds: the exit easier than the paperwork, joining a brother who died, the scariest part", () => {
  it('reads them', () => {
    expectCrisis([
      'realizing the exit is easier than the paperwork',
      'i keep thinking i should join him, it would make the family whole',
      "the scariest part isn't wanting to die",
      'no sé si aguante hasta el viernes',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'which exit is easier for parking, the north one?',
      'can my husband join us for the first session?',
    ]);
  });
});

describe("set ao's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'me puede dar cita para el otro mes? si sigo aqui para entonces jaja',
      'mi familia se ahorraria mucho dinero si yo ya no estuviera',
      'siempre soy un problema. mejor ni existiera',
      'ya no vale la pena, nada vale la pena. ni yo',
      'cada noche le pido a Dios no amanecer',
      'quisiera dormirme y ya, no me importa nada',
      'ya no tengo para que vivir',
      'quiero estar con el, ya fui a ver su tumba',
      'que sentido tiene seguir',
      "lol jk but not really, i wouldn't mind disappearing",
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'me puede dar cita para el otro mes si sigo con el seguro',
      '¿vale la pena pagar el seguro secundario?',
    ]);
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'quiere estar con su abuelita en el cielo',
      'Diosito ya llevame contigo',
      'ojala ya me recoja el señor',
      'solo cerrar los ojos y que ya se acabe todo',
      'ya me quiero ir. no de aqui, de todo',
      'a veces quisiera que me diera covid y ya',
    ]);
  });
});

describe('Wanting it all to end; nobody going to miss one; wanting to go be with God (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'quiero que se acabe todo ya',
      'ojalá se termine todo',
      'que todo se acabe de una vez',
      'nadie me va a extrañar',
      'mi vida no vale nada, nadie me va a echar de menos',
      'me quiero ir con diosito ya',
      'ya quiero irme con Dios',
      'quisiera irme con el señor',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'quiero que se acabe el papeleo del seguro, ¿ya llegó la autorización?',
      'que le vaya bien, vaya con Dios',
    ]);
  });
});

describe("Set aq's kinds (Spanish, 2026-12-05): asking God or an illness to take one; not caring about not waking", () => {
  it('reads them', () => {
    expectCrisis([
      'que Dios me lleve de una vez',
      'mejor que la vida me lleve',
      'ojalá el covid ahora sí me lleve',
      'hope the cancer takes me this time',
      'me vale si mañana no amanezco',
      'si no despierto mañana está bien',
      'le pido a dios que no me despierte',
      'sería mejor si no me despierto',
      'estoy lista para irme con Él',
      'quiero más pastillas para cuando ya no quiera seguir',
      'ni voy a durar mucho',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'si no despierto a tiempo les llamo para mover la cita',
      'ojalá me lleve mi esposo a la cita del jueves',
    ]);
  });
});

describe("Spanish probes (2026-12-05): 'mejor me muero'; a post that one will not be around", () => {
  it('reads them', () => {
    expectCrisis([
      'mi niña dice que nadie la quiere y que mejor se muere',
      'mejor me muero',
      'mi muchacho publicó que ya no va a estar',
      'escribió en su face que ya no iba a estar',
    ]);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads an unasked reassurance beside being done', () => {
    expectCrisis([
      'Not gonna do anything stupid. Just kind of done.',
      "I'm not going to do anything dumb, I'm just done",
      "won't do anything crazy, i'm just so done",
      'no pienso hacer ninguna locura, solo estoy cansado de todo',
      'no voy a hacer ninguna boludez. pero ya no aguanto más',
      'no voy a hacer ninguna pavada, solo que estoy harta',
    ]);
  });
  it('leaves the everyday neighbours of an unasked reassurance beside being done off the on-call line', () => {
    expectNotCrisis([
      'no voy a hacer ninguna locura con el dinero del reembolso, solo quería preguntar el saldo',
    ]);
  });
  it('reads a bus or a car that would not be minded', () => {
    expectCrisis([
      'si me pisa un colectivo mañana no me molestaría',
      'si me atropella un carro no me importaría',
      'si me pisa un auto mañana no pasa nada',
      'ojalá me atropelle un camión',
    ]);
  });
  it('leaves the everyday neighbours of a bus or a car that would not be minded off the on-call line', () => {
    expectNotCrisis(['si me pisa el tiempo llego tarde']);
  });
  it('reads not waking up, as nothing lost or better', () => {
    expectCrisis([
      'si mañana no amanezco tampoco pasa nada',
      'si no amanezco mañana no pasa nada',
      'ojalá no amanezca',
      'si no despierto mañana está bien',
      'sería mejor si no me despierto',
      'le pido a dios que no me despierte',
      'me vale si mañana no amanezco',
    ]);
  });
  it('leaves the everyday neighbours of not waking up, as nothing lost or better off the on-call line', () => {
    expectNotCrisis([
      'si no me despierto a tiempo no pasa nada, puedo ir en la tarde?',
      'si no amanezco bien mañana cancelo la cita',
      'si no despierto temprano mejor voy en la tarde',
      'me despierto sudando desde el accidente',
    ]);
  });
  it('reads the family better off without having to carry one', () => {
    expectCrisis([
      'mi familia estaría mejor sin tener que cargar conmigo',
      'estarían más tranquilos sin tener que preocuparse por mí',
      'ya no quiero que carguen conmigo',
      'my family would be better off without having to deal with me',
      "they'd be happier without having to take care of me",
    ]);
  });
  it('leaves the everyday neighbours of the family better off without having to carry one off the on-call line', () => {
    expectNotCrisis([
      'tengo que cargar con mi mamá al doctor el martes',
      'mi hermano me ayuda a cargar con las compras',
    ]);
  });
});

describe('Indirect endings probed by kind (lead, 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      "i don't see the point in sticking around much longer",
      "i won't be staying around much longer",
      "i've been wondering what it would be like to just not be here",
      'i think my time is up',
      'no le veo caso a quedarme mucho más tiempo',
      'creo que ya me llegó la hora',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(["I'd like to not be here at 3, can we do 4?", '¿ya me llegó la hora de la cita?']);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads wanting it all to end, no point in living, no way out, tired of living', () => {
    expectCrisis([
      'quiero que todo acabe',
      'ojalá que todo acabara ya',
      'no vale la pena vivir así',
      'ya no vale la pena seguir viviendo',
      'no le veo salida a esto',
      'no veo otra salida',
      'ya me cansé de vivir',
    ]);
  });
  it('leaves the everyday neighbours of wanting it all to end, no point in living, no way out, tired of living off the on-call line', () => {
    expectNotCrisis([
      'quiero que todo termine bien con la mudanza',
      'no vale la pena seguir con ese seguro, ¿aceptan otro?',
      'no veo la salida del estacionamiento',
      'ya me cansé de luchar con el seguro, ¿me pueden ayudar con la autorización?',
    ]);
  });
  it('reads soon no longer a burden; going to heaven, or to a husband who died', () => {
    expectCrisis([
      'ya no voy a ser un problema para nadie',
      'pronto ya no voy a ser una carga',
      'me voy a ir con mi hijo al cielo',
      'quiero estar con mi esposo que se murió',
    ]);
  });
  it('leaves the everyday neighbours of soon no longer a burden; going to heaven, or to a husband who died off the on-call line', () => {
    expectNotCrisis(['ya no voy a ser un problema con los pagos, ya puse la tarjeta']);
  });
  it("reads 'por qué no me muero de una vez'; a funeral imagined", () => {
    expectCrisis([
      'por qué no me muero de una vez',
      'ya quiero morirme de una vez',
      'a veces me imagino mi funeral',
      'sometimes I imagine my own funeral',
    ]);
  });
  it("leaves the everyday neighbours of 'por qué no me muero de una vez'; a funeral imagined off the on-call line", () => {
    expectNotCrisis([
      "I keep having dreams about my mom's funeral, is this grief?",
      'por qué no me llega el recibo',
    ]);
  });
  it('reads a child who wants to disappear or die; better never born; a post that one will not be here tomorrow', () => {
    expectCrisis([
      'mi hija escribió en su cuaderno que quiere desaparecer',
      'mi hijo dice que quiere morirse',
      'mi niña dice que sería mejor si no hubiera nacido',
      'ojalá no hubiera nacido',
      'mi hijo publicó en tiktok que mañana ya no va a estar',
    ]);
  });
  it('leaves the everyday neighbours of a child who wants to disappear or die; better never born; a post that one will not be here tomorrow off the on-call line', () => {
    expectNotCrisis([
      'mi hija quiere desaparecer del grupo de whatsapp de la escuela',
      'mañana ya no va a estar la doctora, ¿verdad?',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I've been wishing I would get in a car accident on the way to work.",
        'he estado deseando tener un accidente de carro camino al trabajo.',
      ],
      [
        'Lately I think about just going to sleep and staying there.',
        'Últimamente pienso en dormirme y quedarme así.',
      ],
      [
        "my dead grandmother keeps calling me to come be with her, she says it's time",
        'mi abuela que ya murió me sigue llamando para que me vaya con ella, dice que ya es hora',
      ],
      [
        "Lord I'm just tired of being here. I've been praying He'd take me in my sleep.",
        'le pido a diosito que ya me lleve',
      ],
      ['honestly si no despierto mañana está bien. goodnight', 'si no despierto mañana está bien'],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'le ruego a la virgen que me recoja',
      'sería mejor si no me despierto',
      'ojalá no despierte mañana',
      'le pido a dios que no me despierte',
      'deseaba que me atropellaran',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'quiero dormirme temprano y levantarme a las 6 para la cita',
      'el funeral de mi tío es el viernes, ¿podemos cambiar la cita?',
      'mi mamá me lleva a la cita, ¿hay estacionamiento?',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "the dog is the only reason I'm still here and she's sick",
        'el perro es la única razón por la que sigo aquí y está enfermo',
      ],
      [
        'I stopped eating bc I figure if I just fade out nobody has to deal with me',
        'dejé de comer porque si me voy apagando nadie tiene que lidiar conmigo',
      ],
      [
        'wish i was never born fr everyone would have it easier',
        'ojalá nunca hubiera nacido neta todos estarían mejor',
      ],
      [
        "lately i've been thinking the world would keep spinning fine without me in it",
        'últimamente pienso que el mundo seguiría igual sin mí',
      ],
      [
        'night shift again. kinda hoping i just dont wake up tmrw tbh',
        'otra vez turno de noche. medio espero no despertar mañana',
      ],
      [
        "Wouldn't be the worst thing if that truck had hit me today",
        'no sería lo peor si ese camión me hubiera atropellado hoy',
      ],
      [
        "i can't stop seeing the video. my brother's body. i keep thinking i should join him, it'd make the family whole again in a weird way",
        'no puedo dejar de ver el video. el cuerpo de mi hermano. sigo pensando que debería irme con él, la familia estaría completa otra vez',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'lo único que me tiene viva son mis hijos',
      'no tengo energía para seguir luchando. quiero que esto se acabe',
      'quisiera no haber nacido nunca',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'si mi hijo no hubiera nacido prematuro no necesitaríamos la terapia',
      'casi me atropellan en el estacionamiento, mejor pongan un letrero',
      'no me veo aquí mucho tiempo, me voy a mudar a Texas en marzo',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "it would be a relief for everyone if I wasn't here",
        'sería un alivio para todos que yo no estuviera',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['quisiera dormirme para siempre', 'estoy de más en esta casa']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'sería un alivio que no estuviera lloviendo para la cita',
      'estoy de más contenta con la nueva terapeuta',
    ]);
  });
});

describe('Spanish passive ideation told as leaving, a time done, being surplus (recall13, gate av, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      ['I keep thinking about leaving, and not on a trip', 'ando pensando en irme, pero no de viaje'],
      [
        "I feel like my time here is done. I'm ready to go.",
        'Siento que ya cumplí mi tiempo aquí. Estoy lista para irme.',
      ],
      ["I don't belong in this world anymore", 'ya no pertenezco a este mundo'],
      ["I wish I'd just have a heart attack", 'ojalá me diera un infarto y ya'],
      [
        "I thought if a car hit me it wouldn't be so bad",
        'pensé que si me atropella un carro no sería tan malo',
      ],
      [
        "I feel like I'm no use to anyone and it'd be better if I wasn't here",
        'siento que ya no le sirvo a nadie y que mejor si no estuviera',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses, regions and voseo', () => {
    expectCrisis([
      'he pensado en irme para siempre, y no hablo de mudarme',
      'pienso mucho en irme y no me refiero a otro país',
      'a veces pienso en irme de esta vida',
      'vos sabés que pienso en irme, y no de vacaciones',
      'he estado pensando en irme pero no de viaje',
      'ya cumpli mi tiempo en este mundo',
      'siento que mi tiempo aquí ya terminó',
      'mi tiempo en esta tierra ya se acabó',
      'ya estoy listo para irme, ya no hay nada que hacer aquí',
      'creo que ya cumplí con lo que vine a hacer en esta vida',
      'siento que ya se me acabó el tiempo aquí, estoy lista',
      'ya cumpli mi tiempo aca, estoy preparada para irme',
      'siento q ya no pertenezco aqui. como si sobrara en el mundo',
      'siento que sobro en este mundo',
      'yo sobro en esta vida',
      'sobro en todos lados, el mundo estaría igual sin mí',
      'ojalá que me dé cáncer y se acabe todo',
      'quisiera que me diera un derrame mientras duermo',
      'ojala me agarrara el covid y ya',
      'si me atropellara un camión no estaría tan mal',
      'pensé que si me pisa un colectivo no sería lo peor',
      'si me choca un carro ni modo, no sería tan malo',
      'ya no le sirvo a nadie, mejor si no existiera',
      'sería mejor que no estuviera, ya no sirvo para nada',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'ando pensando en irme de viaje a Cancún en diciembre',
      'estoy pensando en irme a vivir a Texas, ¿me pueden pasar mis registros?',
      'ya cumplí mi tiempo en la empresa, me jubilo en enero',
      'estoy lista para irme, ya voy saliendo para la cita',
      'siento que no pertenezco a ese grupo de terapia, ¿puedo cambiar?',
      'sobró comida de la fiesta',
      'me sobra tiempo los martes, ¿hay cita?',
      'ojalá no me dé covid otra vez, ¿la cita puede ser virtual?',
      'casi me atropella un carro en el semáforo, llego tarde',
      'sería mejor si no estuviera lloviendo para la cita',
      'mejor si no estuviera tan lejos la oficina, ¿hay video?',
    ]);
  });
});

// Set au's kinds (recall12, 2026-12-05): each written as ten neighbours another person would say before its rule.
const SET_AU_PASSIVE: Concepts = {
  'wanting to be here, stopped': join(
    pick('i have', 'ive', "i've kind of", 'she has', 'honestly i'),
    pick('stopped wanting', 'quit wanting', 'stoped wanting'),
    pick('to be here', 'to live', 'to be alive', 'to exist', 'to wake up'),
  ),
  'a sleep one stays in': join(
    pick('god i just want to', 'wish i could', 'honestly want to', 'he says he wants to'),
    pick('fall asleep and stay there', 'go to sleep and just stay asleep', 'fall asleep n stay there'),
  ),
  'not woken, asked of god or the universe': join(
    pick('every night i ask the universe to', 'i beg god to', 'please just', 'i pray he will'),
    pick('let me not wake up', 'let me just not wake up', 'let me never wake up'),
  ),
  'the void that sounds nice': join(
    pick('the nothingness', 'oblivion', 'the void', 'eternal nothingness', 'not existing'),
    pick('sounds nice', 'seems so peaceful', 'looks appealing', 'sounds better than this'),
  ),
  'nothing left in one to keep going': join(
    pick(
      'i dont have it in me',
      "he doesn't have it in him",
      'i have nothing left in me',
      'i dont got it in me',
    ),
    pick('to keep going', 'to go on', 'to keep living', 'to keep fighting'),
  ),
  'a wreck hoped for': join(
    pick('i keep hoping i', 'part of me hopes i', 'i pray i', 'kinda hoping i'),
    pick('get in a wreck', 'get into a car accident', 'just get in a crash', 'end up in a wreck'),
    pick('on the way to work', 'tbh', 'lol', 'tonight'),
  ),
  'slipping away': join(
    pick('it would be so peaceful to', 'i wish i could', 'hoping i', "it'd be nice to"),
    pick('just slip away', 'fade away quietly', 'drift away in my sleep', 'slip away and be gone'),
  ),
};

describe("set au's passive kinds, read by their neighbours (recall12, 2026-12-05)", () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AU_PASSIVE);
  });
  it('reads the written neighbours of each kind as a crisis', () => {
    expectCrisis([
      'I have stopped wanting to be here',
      'i stopped wanting to live a while ago',
      "she's stopped wanting to be here, she told me last night",
      'I quit wanting to wake up months ago',
      'stopped wanting to be around years ago, just going through the motions',
      'i just stopped caring if i wake up',
      'some nights i want to close my eyes and stay there',
      'id love to go to sleep and stay asleep forever',
      'asking the universe to not let me wake up',
      'pls dont let me wake up tomorrow',
      'i ask him every night to let me not wake up in the morning',
      'i crave the nothingness',
      'the big sleep sounds nice rn',
      'the idea of nothingness sounds comforting',
      'i dont have the strength to keep going anymore',
      'dont have it in me anymore to keep fighting',
      "wish i'd get in a crash and that'd be it",
      'hoping i crash on the way home tonight',
      'he said he hopes he gets in a wreck',
      "I keep telling myself I'll stay for my mom but honestly I don't know how much longer that's gonna hold",
      'i stay alive for my wife but i dont know how much longer',
      'im only still alive for my daughter',
      'the only reason i havent done it is my mom',
      'i dream about slipping away',
      "it'd be easier to slip away",
      "Honestly if this is the rest of my life I don't want it",
      'if this is how its gonna be forever i dont want it',
      'i dont want this life anymore',
    ]);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff([
      'sending this into the void lol, can I reschedule Tuesday?',
      "I don't have it in me to do my taxes this week, can we move the billing call?",
      "I hope I don't get in an accident in this snow, can we do video?",
      'i hope i dont get in a wreck on the icy roads, can we do phone instead',
      'I was in a wreck last week, can we reschedule?',
      "I'll stay for my mom's session and wait in the lobby",
      "I'll slip away from work at 3 for the appointment",
      "Can you resend the bill? I don't want it to go to collections",
    ]);
  });
  it('leaves their everyday clinical neighbours off the on-call line', () => {
    expectNotCrisis([
      'i just want to fall asleep at a normal time',
      'Please let me know if I need to wake up early for the fasting labs',
      'I dont have it in me to drive that far, can we do video?',
      'Watching my grandma slip away has been so hard, can we add a session?',
      "I don't want this appointment anymore, can you cancel it?",
    ]);
  });
});

describe('passive kinds probed beyond set au, in older, faithful, veteran and pained voices (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'honestly it would be a relief if my heart just stopped',
      'i pray my heart stops in my sleep',
      'wouldnt mind if my heart just quit tonight',
      "i'd be ok if i just never woke up",
      'it would be fine if i didnt wake up tomorrow',
      "i don't see a way forward anymore",
      'i dont see any way out anymore',
      'i want out of this life',
      'i just want out of this world',
      "I've been asking God why he keeps me here",
      'why does the lord keep me alive',
      "I want to be with my wife again. she's been gone a year",
      'ready to be with him again. he died in march',
      "lost my buddy last month. been thinking i should've gone with him",
      'my brother died overseas. i should have died with him',
      "the guys who made it home are dropping one by one and i think i'm next by choice",
      'honestly might just go for a long walk off a short pier',
      "nobody should have to live with pain like this and i'm not going to much longer",
      "i'm not gonna live like this much longer",
    ]);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff([
      'Why does the portal keep me logged out? I need to pay my bill',
      "I'll be with my wife at the appointment again, can we add a chair?",
      "I'm coming home early from my trip, can we do Thursday instead?",
    ]);
  });
  it('leaves their everyday clinical neighbours off the on-call line', () => {
    expectNotCrisis([
      'My heart stopped when I saw the bill lol, can I get a payment plan?',
      "I don't see a way to upload the form anymore, where did it go?",
    ]);
  });
});

describe('a fourth probe by kind (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'my thoughts keep going to dark places, like not being alive dark',
      'i stopped wearing my seatbelt, whatever happens happens',
      "i've been reckless lately, kinda hoping it catches up with me",
      "i'd trade places with anyone in a coffin",
      'i hope the surgery goes wrong honestly',
      'the world doesnt need me',
      'i wish i could turn off my brain permanently',
      'i want everything to go black',
      'i want to stop feeling anything, forever',
      'sometimes i think the only way out is out',
      'i just want to rest. for good',
      "i feel like i'm already gone",
      'the last time i felt like this i ended up in the hospital for trying',
    ]);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff([
      "I'm scheduled for surgery Tuesday, hope it doesn't go wrong lol, can we move my session?",
      'My computer screen went black, can we do phone?',
      'How high up is your office? My mom uses a walker',
    ]);
  });
  it('leaves their everyday clinical neighbours off the on-call line', () => {
    expectNotCrisis([
      "Can I turn off the autopay permanently? I'll pay by check",
      'Can you switch off the reminder texts for good?',
      'My dad is in the hospital after trying a new medication, can we reschedule?',
    ]);
  });
});

describe("set ay's English misses by kind: passive, burden, coded, hopeless, timeline (recall14, 2026-12-05)", () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'what if i just never woke up. would anybody notice',
      'if i didnt wake up tomorrow nobody would even care',
      'every night i pray not to wake up',
      'I keep asking God to never let me wake up',
      'i cant see a future with me in it',
      'there is no future where im in it',
      'not sure there will be a next month for me',
      "i doubt there's gonna be a next christmas for me",
      'how does anyone keep going for decades. i cant do another thirty',
      "i can't do another 30 years of this",
      'honestly just waiting for my heart to give out',
      'im waiting for my body to quit',
      'i wouldnt fight it if something happened to me',
      'if the cancer is back im going to let it take me',
      'id swap places with anyone in hospice',
      'life just isnt for me',
      'a meteor could take me out tonight and honestly, relief',
      'i wish someone could put me down like a dog',
      "i'd ask to be put down humanely if i could",
      'my cat was put to sleep when she was sick. why cant i get that',
      "there's no way out but out",
      'i dream about not having a future',
      'dont think i want to be around for the next chapter',
      'i just want to be taken. by whatever',
      'the voice keeps telling me you could stop. im starting to agree',
      'i read the obituaries and feel jealous',
      'they said it might be a tumor and my first reaction was relief',
      'i stopped wearing a seatbelt. whatever happens happens',
      'been riding without a helmet, kinda hoping',
      "i've already lived all of it. there's nothing left",
      "she's just dead weight, she says, and i'm dead weight too",
      'i am such dead weight to everyone',
      "they'd be sad for a while and then they'd be fine",
      'everyone would be better if i left this',
      "i'm sorry i exist",
      'sorry that i exist, honestly',
      "i'm the problem. removing me removes the problem",
      "if i were gone they'd finally have peace",
      'i already cleaned, nobody will have to clean up after me',
      "they'd get the life insurance. best thing i could do for them",
      'thinking about taking myself out. not to dinner lol',
      'gonna be a former person soon',
      'ready to hit the button on my life',
      'its game over for me. gg',
      'i want to delete myself like a profile',
      'waiting it out. nothing is going to get better',
      'work, cry, sleep, repeat. forever?',
      "if life isn't better by summer i'm done",
      'once my mom dies i have no reason to stay',
      "im hanging on until christmas. after that i'm done",
      'he said he wont be your problem much longer',
      'she wants to go out on her own terms',
      'i wish i wasnt here anymore',
      'having those wish i wasnt alive thoughts again',
      "i'm done with everything. for good this time",
      'some days im angry i woke up',
      'disappointed i woke up again',
    ]);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff([
      'Can I ask not to be woken by the reminder calls?',
      'Let it take me to the payment page? The link is broken',
      'Our dog was put down last week, I need to cancel Thursday',
      'The vet put our cat to sleep yesterday, can I move my session?',
      'Is there a way out of the parking garage besides the main exit?',
      'I forgot my seatbelt ticket receipt, whatever, can I pay the copay online?',
      'The new schedule is dead weight for our team lol',
      "Sorry for existing invoices being late, I'll pay Friday",
      "Sorry I'm late with the payment",
      "I'm taking myself out to dinner for my birthday, can we move Friday?",
      "My ex is a person I don't want in the waiting room",
      'Can I pull the plug on my life insurance autopay?',
      'Game over for me on that insurance claim, they denied it',
      'Please delete me from the mailing list',
      "I'm holding on to my old insurance until June. After that I'll switch",
      "Some days I'm late because I woke up late",
    ]);
  });
  it('leaves their everyday clinical neighbours off the on-call line', () => {
    expectNotCrisis([
      'Will there be a next week for me to book? The calendar looks empty',
      "I've been doing this commute for 3 years and I can't do another Tuesday at 8",
      "I'm waiting for my heart monitor results to give to the NP",
      "Therapy just isn't for me right now, please close my file",
      'Lightning knocked out our power, finally back on, can we reschedule?',
      'I want to be taken off the waitlist by Friday',
      'My voice coach says you could stop by anytime',
      'The biopsy came back not cancer, my first reaction was relief!',
      "I was sad for a while after the move but I'm fine now, can we go biweekly?",
      'Nobody has to clean up after me, I tidied the waiting room',
      'Waiting it out with the insurance. Nothing has changed yet',
      "Forever? No thank you, I don't want autopay forever",
      "If my knee isn't better by Friday I'll cancel PT",
      'He wants to go out on his own to find a new therapist',
      "I wish I wasn't here at work right now lol, can I call at lunch?",
      'No future appointments are showing. No point calling?',
    ]);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'quisiera dormirme y no despertar nunca',
      'para qué sigo aquí',
      'ya no le encuentro sentido a nada, mejor desaparecer',
      'estoy cansada de vivir',
      'diosito llévame ya',
      'ya me quiero ir con mi mamá al cielo',
      'no quiero amanecer mañana',
      'todos estarían mejor sin mí',
      'a veces quisiera no existir',
      'ya no tengo ganas de seguir',
    ]);
  });
});

describe("set ay's Spanish kinds, each with its neighbours (recall13, 2026-12-05)", () => {
  it('reads each as a crisis, in Spanish and English', () => {
    expectCrisis([
      'a veces le tengo envidia a mi mamá que ya descansó. ella ya no sufre',
      'envidio a mi abuelo, él ya está en el cielo',
      'le tengo envidia a mi hermano que ya descansa',
      'les tengo envidia a los muertos, ya no sufren',
      "I envy my mom, she's at rest now. she doesn't suffer anymore",
      'siento que ya no tengo futuro. no hay salida',
      'ya no veo futuro, no hay salida para mí',
      'ya no tengo futuro',
      "I feel like I have no future. there's no way out",
      'Si Dios me manda una enfermedad, no me voy a curar. Que me lleve.',
      'si me da cáncer no me voy a tratar, que Dios me lleve',
      'si Diosito me manda algo, que me lleve de una vez',
      'Quisiera que la tierra me tragara y no salir nunca más. Literal. ¿Puedo pasar mi cita a telehealth?',
      'ojalá me tragara la tierra para siempre, literal',
      'estoy hasta la madre de vivir, ya no quiero nada',
      'ya estoy hasta la coronilla de vivir',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'le tengo envidia a mi prima que ya se fue de vacaciones',
      'envidio a mi jefe que descansa los fines de semana',
      'no hay salida por la puerta de atrás, ¿por dónde entro?',
      'que Dios la bendiga, ¿me lleva el recibo a la cita?',
      'quisiera que me tragara la tierra de la vergüenza jaja',
      'estoy hasta la madre del tráfico, llego tarde',
    ]);
  });
});

describe('a wish not to be, with nothing after it, in Spanish (a courtesy title before it once sent it to staff)', () => {
  it('reads it as a crisis, after a title or alone', () => {
    expectCrisis([
      'doctora, me gustaría no estar',
      'quisiera no estar',
      'hola licenciada, quisiera ya no existir',
    ]);
  });

  it('leaves where one would rather not be (a list, an appointment) with the desk', () => {
    expectStaff([
      'me gustaría no estar en la lista de espera',
      'quisiera no estar en la cita del lunes, me la cambian?',
    ]);
  });
});

describe('set be: going to be with someone who died; no point in staying (recall19, 2026-12-05)', () => {
  it('property: every neighbour is a crisis, alone or beside a request', () => {
    checkConcepts({
      'going to be with the dead; no point in staying': pick(
        "My husband passed in March. I'd like to go be with him.",
        "i'd like to go be with her, she's been gone a year",
        'i would love to be with him again, he passed in june',
        "i'd like to join him soon",
        "i don't see the point of staying",
        'no point staying around',
        'whats the point of staying',
        "i don't see the point of being here",
        'ya no le veo sentido a quedarme',
        'me gustaría irme con él, murió en marzo',
      ),
    });
  });

  it('leaves a visit, a waitlist, a network and a session off the on-call line', () => {
    expectNotCrisis([
      "i'd like to go be with my daughter for thanksgiving",
      "i don't see the point of staying on the waitlist",
      'whats the point of staying in network if my plan doesnt cover it',
      "I don't see the point of being here for 15 minutes, can we do 50?",
      'me gustaría estar con él en la sesión',
    ]);
  });
});

describe('thoughts of not waking up, said as "the ones about" (lead, 2026-12-06, from the holdout)', () => {
  it('reads them beside a request, in English and Spanish', () => {
    expectCrisis([
      'can I get a superbill for oct and nov please. and fwiw the thoughts are back, the ones about not waking up',
      'i have thoughts about not waking up again. can i get a receipt',
      'tengo pensamientos de no despertar otra vez',
    ]);
  });
});

describe('what happens once one is not around anymore (lead, 2026-12-06, sets bo and bp)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "what happens to my prepaid sessions if I'm not around anymore? like would my family get that money back",
      'what happens to my deposit if I die before the next session',
      "I'm not going to be around anymore so cancel everything",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'what happens to my deposit if I cancel before the next session',
      'what happens to my records if I switch to a new therapist?',
    ]);
  });
});

describe('what happens once one is no longer here (lead, 2026-12-06, sets bo and bp, in Spanish)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'que pasa con mi deposito si ya no estoy aqui',
      'que pasa con mis sesiones pagadas si me muero',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'que pasa con mi deposito si ya no estoy en el seguro',
      'si ya no estoy en el plan de Medicaid que pasa con mis citas',
    ]);
  });
});

describe('no strength left, a burden, a grave to stay by, a seatbelt no longer buckled (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'hoy es el aniversario de mi hijo, voy a ir al cementerio a estar con el. ya no quiero regresar',
      'Mi esposo me dijo que él ya es una carga para todos y que estaríamos mejor sin él',
      "I've stopped buckling my seatbelt. It just doesn't seem to matter anymore",
    ]);
  });
});

describe('into the woods and not back, one of the 22, how the story ends (lead, 2026-12-06, sets bs and bt)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'honestly if one more thing goes wrong im walking out into the woods and not walking back',
      "22 a day. figure i'll be one of them eventually",
      'im the only one left of our fire team now that J went last month. thats just how this story ends',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(['the fire team at my station is short staffed so I need evenings']);
  });
});

describe('lying down by a grave, in everybody’s way, the Lord asked to hurry along (lead, 2026-12-06, the holdout bn, read at the round end)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'I sat at his grave till dark and thought about just laying down there with him and taking the pills I had in my purse',
      "I just feel like I'm in everybody's way these days",
      "I believe the Lord is about ready to call me home, and I've been asking Him to hurry it along",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      "sorry to be in everyone's way at the front desk yesterday, can I pick up my paperwork",
      "my late husband's insurance card is still on file, please remove it",
      "I'm going to go see my sister this weekend, can we do telehealth",
    ]);
  });
});

describe('wanting everything to stop; not waking up so nobody has to worry; suffering no more (lead, 2026-12-06, sets bw and bz)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'do u ever just wanna stop. like everything',
      'i just want everything to stop',
      'if i dont wake up tomorrow you wont have to worry about my copays',
      'si no amanezco ma\u00f1ana ya no tienen q preocuparse por mis copagos',
      'ya no voy a sufrir mas',
      "soon i won't have to suffer anymore",
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      "I want to stop therapy for now, money's too tight. Please cancel my recurring appts. Thank you all for everything.",
    ]);
  });
});

describe("not being here as one's five-year plan, said as a joke (lead, 2026-12-06, the holdout ca)", () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'lol the mediator asked what my 5 year plan is and I almost said "not being here" \ud83d\udc80 anyway can u resend the portal invite',
      'my 5 year plan? honestly not being here',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis(['sorry about not being here last week, can we reschedule']);
  });
});

describe('a reason for living named as the only thing stopping one; an appointment kept "if I\'m still here" (recall22, sets ci-ck)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'the only thing stopping or holding one': join(
        pick('tbh the only thing', 'honestly the only thing', 'the only reason', 'the only one'),
        pick('stopping me is', 'keeping me going is', 'holding me here is'),
        pick('my dog and shes old', 'my kids', 'my mom', 'my cat'),
      ),
      'a pet or a child as the only thing, said first': join(
        pick('my dog is', 'my kids are', 'my grandkids are', 'my cat is'),
        pick('the only thing stopping me', 'the only thing holding me back rn', 'the only reason keeping me'),
      ),
      'in Spanish': join(
        pick('lo único que me detiene', 'lo unico que me frena', 'lo único que me sostiene'),
        pick('es mi perro', 'son mis hijos', 'es mi mamá', 'son mis nietos'),
      ),
      'an appointment kept if one is still here': pick(
        "Got the appt reminder. I'll be there if I'm still here, ha.",
        'see you thursday if im still around lol',
        'if im still here by then i will come to the session',
        'ahí estaré si todavía estoy aquí jaja',
        'nos vemos en la cita si aun sigo viva',
      ),
    });
  });

  it('leaves their everyday twins off the on-call line: a price or a schedule that stops one, being still in town', () => {
    expectNotCrisis([
      'the only thing stopping me from booking is the price',
      'the only thing keeping me from coming in is my work schedule',
      'lo único que me detiene es el precio',
      "if I'm still in town next month I'll book",
      'are you still there? the zoom froze',
    ]);
    expectStaff(['the only thing stopping me from booking is the price. can I get a payment plan?']);
  });
});

describe('a thing that died with the writer said to go too; what is saving one (lead, 2026-12-06)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a device or a thing that died, and the writer too': join(
        pick('my phone is dying', 'the battery is dead', 'my laptop died', 'the car died'),
        pick('and I think I am too', 'and honestly so am I', 'and tbh im next', 'and I might too'),
      ),
      'what is saving one, said of a pet, a child or faith': join(
        pick('honestly my cat is', 'my kids are', 'my dog is', 'tbh my faith is'),
        pick("what's saving me rn", 'the only thing saving me', 'whats saving me lately'),
      ),
      'in Spanish': pick(
        'se murió mi cel y yo también',
        'se está muriendo la batería y yo también jaja',
        'lo único que me salva es mi perro',
        'mi hija es lo unico que me esta salvando',
      ),
    });
  });

  it('leaves their everyday twins with staff: late too, running late too, saving a trip', () => {
    expectStaff([
      "my car died so I'm late too, sorry",
      "my phone died and I'm running late too",
      'my laptop died and my phone is dying too. can you call instead',
      'that saved me a lot of time, thanks',
    ]);
    expectNotCrisis(['the car battery died, so am I getting charged for the no show?']);
  });
});

describe('no point much longer; none of it worth it (recall23, set cm)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'no point much longer': join(
        pick("I think I'm gonna stop therapy.", 'im going to cancel my sessions.', 'no offense.'),
        pick(
          "I just don't think there's going to be much point much longer",
          'not gonna be much point much longer honestly',
          "don't see much point for much longer",
          "therapy won't have much purpose for much longer",
          'I dont think therapy will matter much longer',
          'theres not gonna be much point pretty soon',
          "it won't matter for much longer anyway",
        ),
      ),
      'none of it worth it': pick(
        "been pretty sure lately it isn't worth it, none of it is",
        'honestly none of it is worth it anymore',
        "nothing's worth it anymore, none of it",
        'nothin worth it anymore tbh',
        'honestly its not worth it. none of it is',
        "none of it's worth it anymore man",
        'nothing is worth it lately',
      ),
      'in Spanish': pick(
        'voy a dejar la terapia. no creo que tenga mucho sentido por mucho tiempo mas',
        'ya nada de esto vale la pena, nada',
        'nada de esto tiene caso ya',
        'ya nada de esto tiene sentido honestamente',
        'no le veo sentido por mucho tiempo mas',
        'ya nada vale la pena la neta',
        'ninguna de estas cosas vale la pena ya',
      ),
    });
  });

  it('leaves their everyday twins off the on-call line: a plan, a copay or a wait not worth it', () => {
    expectNotCrisis([
      'is the Jan deductible worth it? none of it is covered',
      'is the premium plan worth it? not really, none of them are',
      'the point is I cant wait much longer for a refill',
      'no tiene sentido esperar mucho mas tiempo al seguro',
      'the old insurance card will not matter much longer, the new one starts feb 1',
    ]);
    expectStaff([
      "the copay isn't worth it, none of it is in network",
      'none of it is covered by my plan, can I get a superbill',
      "there's no point waiting much longer for insurance, I'll self-pay",
      'no point in rescheduling for much later, just cancel',
    ]);
  });
});

describe('an age one does not plan on reaching, a last birthday (lead22, 2026-12-06)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'an age not reached or not kept': pick(
        'its my birthday tmrw and i dont plan on being 16 for long',
        "i don't plan on turning 30",
        "i'm not planning on seeing 18 tbh",
        'not gonna make it to 21 lol',
        'never going to reach 40, not like this',
        'no pienso cumplir los 17',
        'no voy a llegar a los 18',
      ),
      'a last birthday': pick(
        'this is the last birthday im having',
        'this will be my last bday',
        'este es mi ultimo cumpleaños',
        'mi ultimo cumpleaños que voy a pasar',
      ),
    });
  });

  it('leaves a time of day one cannot make, minutes late and an age named for a form, off the on-call line', () => {
    expectNotCrisis([
      "I can't make it to 3 today, can we do 5?",
      "won't make it to 4:30, traffic, can we push to 5",
      'not expecting to be 20 minutes late but just in case can you hold the slot',
      "I'm not planning on seeing 2 therapists, can you cancel the intake with the other one",
      'no voy a llegar a las 3, puedo cambiar a las 5?',
      'my last birthday was rough but the new year has been better',
    ]);
    expectStaff([
      "I'm turning 18 next month, can I sign my own consent forms then?",
      'my son turns 16 tomorrow, can we move thursday to friday',
      'i dont plan on being in town for long, can you cancel friday',
    ]);
  });
});

describe('not caring if something happened to one on the road (lead22, a set kept outside, its crisis misses read)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'not caring if something happened to one': pick(
        "I'm not gonna do anything but if something happened to me on the highway I wouldn't care",
        "honestly if I got in a wreck on the way home I wouldn't mind",
        'No quiero matarme ni nada asi, pero si me pasara algo en la carretera no me importaria',
        'si me pasa algo manejando no me importaria la verdad',
        'no me importaria que me pasara algo en el camino',
      ),
    });
  });
});

describe('not being around, with the negation raised to a verb of thinking (lead22, a set kept outside, read at the end)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      "i don't think i'll be around": pick(
        "i don't think i'm going to be around for the june appointments so you can give them to someone on the waitlist",
        "honestly I don't think I'll be here for the next one",
        "I doubt I'll be around by then",
      ),
    });
  });
});

describe('being taken by something, welcomed; a membership in the world cancelled (lead24: sets cp and cq, read for their misses)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'taken by something, and that would be alright': pick(
        "sometimes when I'm feeding the cows I think it'd be alright if the bull just got me",
        'honestly it would be fine if the truck hit me on the way home',
        "it wouldn't be so bad if the cancer took me",
        "honestly it'd be fine if i got into a wreck and didn't make it",
      ),
      'a membership in the world cancelled': pick(
        "I'm writing to cancel my membership in this world lol jk jk. but also kind of not",
        'thinking about cancelling my subscription to this life',
        'unsubscribing from life lol',
        'ready to log off from existence',
      ),
    });
  });

  it('leaves a ride, a card and a plan that end with staff', () => {
    expectStaff([
      'my employer insurance ends the 31st, I will have cobra after',
      "my lease ends on the 31st and I'll have a new address after, can you update it?",
      'Can I cancel my membership to the parking garage? I take the bus now',
    ]);
  });
});

describe('an illness that would be a relief; a life policy whose waiting years are over (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'relief at an illness or a death': pick(
        "if i got cancer i'd be relieved honestly",
        'honestly a terminal diagnosis would be a relief at this point',
      ),
      "a life policy's waiting years": pick(
        "my life insurance kicks in after 2 years and it's been 2 years",
        'my life insurance pays out now, the suicide clause is over',
      ),
    });
  });

  it('leaves relief about a test and a life insurance form off the on-call line', () => {
    expectNotCrisis([
      "i was so relieved it wasn't cancer, anyway can we reschedule",
      'can you fill out my life insurance application form? they need records from the last 2 years',
    ]);
  });
});

describe('the world quieter without one; not making it, "like in general" (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'quieter or simpler without one': pick(
        "i've been thinking the world would be quieter without me in it",
        'everything would be simpler without me around',
      ),
      'not making it, in general': pick(
        'idk if ill make it to tmrw tbh. like in general',
        "not sure i'll make it to thursday. i mean in general",
      ),
    });
  });

  it('leaves a time and a quieter office off the on-call line', () => {
    expectNotCrisis([
      "not sure i'll make it by 3, traffic. in general is 4 ok too?",
      'will it be quieter in the office in the evening?',
    ]);
  });
});

describe('joining a parent who died; sleep for a really long time (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'joining the dead': pick("my mom told me to go ahead and join her, she's been gone 2 years"),
      'a really long sleep': pick("i'm gonna go to sleep for a really long time"),
    });
  });
});

describe("joining the ones lost; nobody's fault if one is gone (lead26)", () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'joining the ones lost': pick("my buddy from the unit keeps saying he's gonna join the guys we lost"),
      "nobody's fault": pick("if i'm not here next week, it was nobody's fault"),
    });
  });

  it('leaves a late bus and a group off the on-call line', () => {
    expectNotCrisis([
      "if i'm not here by 4 it's not your fault, the bus is late",
      'my friend is going to join the group we talked about',
    ]);
  });
});

describe('a storm welcomed to take one out (the holdout cu, lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a storm welcomed': pick(
        'lol if this hurricane takes me out i honestly wouldnt be mad. kinda hoping it does ngl',
        'kinda hoping the storm gets me this time',
      ),
    });
  });
});
