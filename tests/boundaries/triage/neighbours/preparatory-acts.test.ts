// Preparatory acts (goodbyes, notes, pets and belongings handed on, debts paid), in other words and Spanish.
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

const PREPARATORY_ACTS: Concepts = {
  'a goodbye or a note told as such': pick(
    'this is goodbye',
    "it's goodbye then",
    'i wrote my note',
    'i finished my note last night',
    'i left my notes on the table',
  ),
  'pets rehomed, letters finished, a note sorry for everything, a goodbye post': pick(
    'i found homes for both cats this week and finished the letters',
    'we are rehoming my dog on sunday, i wont need him',
    'found a note in her backpack that says sorry for everything',
    'he posted a black square that just says bye',
    "i'm writing this in case i'm not here tomorrow",
    'mi hija regalo su perrito y tiene una lista de antes de irme',
  ),
  'a note found addressed to family, things not needed where one is going, a will, peace made': pick(
    'i found a letter on her pillow addressed to me and her dad',
    'he left a note under his door written to his sister',
    "she said she won't be needing her laptop where she's going",
    'wrote my will last night out of nowhere, felt good',
    'he called his attorney about the will and gave away his tools',
    "she's made her peace, she told the pastor",
    'to anyone who reads this, im sorry',
    'he said he loved me and to take care of the cat, now hes not answering',
    "good news is i won't have to pay many more of these",
    'found a list in her notebook titled reasons to go',
    'le regalo su anillo y sus plantas a la vecina',
  ),
  'affairs shown, words for each written, a goodbye sent, things handed on': pick(
    'i told my sister where the will is',
    "i've written down where my life insurance policy is",
    'showed my son where the will was',
    'wrote out what i would say to each of them',
    'he texted tell mom im sorry',
    'tell my kids i love them',
    'found a note in her room saying sorry',
    'the note was written to his friends',
    'they can have my xbox games',
    'you guys can have all my stuff',
    'it was nice knowing yall',
    'nice knowing you all',
    'you really tried',
    'you were so kind to me',
    'cancelled my lease and my phone plan',
    'mi hija dejo una nota diciendo que nos quiere mucho',
    'fue un placer conocerlos',
  ),
  'a farewell beside a request: absence better, no more calls, the will to be found, things said': pick(
    "I wanted to say I'm sorry for everything and thank you. I won't be calling again.",
    "i'm sorry for everything, thanks. i won't be texting again",
    'my family would be better served by my absence',
    'everyone would be happier with my absence',
    "He'll need to know where my will is.",
    'she needs to find where my will is',
    'Just in case something happens to me soon.',
    "I've said what I needed to say to people.",
    'i told them what i wanted to say to everyone',
    'mi familia estaria mejor con mi ausencia',
    'ya no voy a llamar mas, gracias por todo',
  ),
  "affairs closed one by one; someone else's goodbye post; a father's watch handed over": pick(
    'my best friend changed her bio to "bye" and posted thanks for everything, she is not answering',
    'i paid off the car loan, cancelled my gym, wrote the letters',
    'he gave me his watch out of nowhere and told me to take care of mom',
    'please send my full balance so nothing is left owed when i pay it off',
    'been deleting all my accounts, want everything tidy',
    'I left my passwords in a folder with a letter for my sister',
  ),
  "a pet's care written out in case; not leaving bills; wanting someone to know; gone where nobody finds him":
    pick(
      'I wrote down who takes my dog if something happens to me',
      "paid everything, I don't want to leave my family with any bills",
      'i just wanted someone to know',
      'dijo que se va donde nadie lo encuentre',
    ),
  'affairs settled before going; a last thanks; the key and the pet told': pick(
    'I updated my will, honestly such a relief',
    "want the kids taken care of before i'm gone",
    'paying off everything before I go away for good',
    'hope you have better luck with your other patients than with me',
    "I won't need my meds anymore",
    'told my sister where the spare key is and that the cat food is under the sink',
    "if i'm gone next week just know it's not anyone's fault",
    'si ya no estoy el jueves, no es tu culpa',
    'ya no necesito el resurtido',
  ),
  'belongings split if one is not here tomorrow': join(
    pick("if i'm not here tomorrow", 'if im not around tomorrow', "if I'm not here tmrw"),
    pick("y'all can split my", 'you guys can divide my', 'you can have my', 'yall can keep my'),
    pick('sneakers', 'games', 'stuff', 'records'),
  ),
  'forgiveness given with belongings returned': join(
    pick(
      'told my ex i forgive her and',
      'i forgave my dad and',
      'called my brother, told him i forgive him and',
    ),
    pick('returned all her stuff', 'gave him back his things', 'gave away the rest of my stuff'),
  ),
  'messages scheduled so nobody is surprised': join(
    pick('i scheduled my', 'just queued my', 'i timed my'),
    pick('posts and emails', 'texts', 'goodbye emails'),
    pick(
      "to send next week so people aren't surprised",
      'for sunday so nobody is shocked',
      'so nobody is blindsided',
    ),
  ),
  "a pet's papers left for someone": join(
    pick('i put my', 'i left my', 'i gave my neighbor my'),
    pick("dog's papers", "cat's vet records", "dog's paperwork"),
    pick('in an envelope for my neighbor', 'with an envelope', 'for whoever takes her'),
  ),
  'if anything happens to one, a code, a key or a pet told': join(
    pick('if anything happens to me', 'in case something happens to me', 'when something happens to me'),
    pick(
      'pls tell my cat sitter the door code is 4471',
      'the spare key is under the mat for the dog',
      'feed my cat',
    ),
  ),
  'letters or a note put away': join(
    pick('the letters are', 'my note is', "the note's", 'the letter is'),
    pick('in the drawer', 'in my glovebox', 'under my pillow', 'on the dresser'),
  ),
  "goodbye said to one's own people for the last time": join(
    pick('said bye to my mom', 'said goodbye to my kids', 'i said goodbye to my brother'),
    pick('for the last time today', 'for the last time', 'for the last time this morning'),
  ),
  'thanks for trying passed on': join(
    pick('tell lisa', 'please tell dr kim', 'tell her'),
    pick('thank you for trying', 'thanks for trying'),
  ),
  'debts paid and pets placed': pick(
    'i paid back everyone i owed',
    'i paid back everybody i owe',
    "i'm leaving my dog with Jess and my cat with my mom",
    'left my cat with my sister and my dog with my neighbor',
  ),
  'notes already written, asked about': pick(
    'wyd if u already wrote the notes and stuff',
    'asking for me, i already wrote my notes',
    'what if you already wrote the goodbye letters lol',
  ),
  'a funeral of ones own planned': pick(
    'she made a funeral playlist',
    'i picked songs for my funeral',
    'thinking about my own funeral',
    "a poem titled 'instructions for after'",
  ),
  'pets for good, too calm, prized things given away (set ah)': pick(
    'he asked me to feed his cats for good',
    'she asked me to take her dog for good',
    'he sounded too calm on the phone',
    'my dad seemed weirdly at peace',
    'he gave me his good fishing rods',
    'she gave away her best jewelry',
    'estaba demasiado tranquilo',
  ),
  "no one's problem after Friday; affairs settled with the notary (set ah)": pick(
    "he won't be a problem for anyone after Friday",
    "I won't be anybody's problem after this weekend",
    "you won't have to worry about me after Friday",
    'ya arreglé mis cosas con el notario',
    'le dejé la troca a mi sobrino, ya arreglé con el notario',
  ),
  'where the papers are, told in case; not seen again (probed in set ah voices)': pick(
    'told my daughter where the deed and the insurance papers are, just in case',
    'showed my son where the will is in case anything happens',
    'le dije a mi hija dónde están los papeles del seguro por si algo pasa',
    'ya no me va a ver más, ya arreglé todo',
    "you won't see me again, I've got everything sorted",
  ),
  'the children asked to tend a grave (a third probe in set ah voices)': pick(
    "I told the kids I love them and to look after their mother's grave",
    "asked my son to tend to his mother's grave after I'm gone",
    'told my daughter to visit our graves and that I love her',
  ),
};

describe('preparatory acts, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(PREPARATORY_ACTS);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'hice mi testamento esta semana y me siento libre',
      'quiero dejar a mis hijas arregladas antes de irme',
      'si no saben de mí después del domingo, díganle a mi mamá que la quiero',
      'This is my last message you will get from me.',
      'I wrote letters to my kids and left them on the table.',
      'dejé los papeles del perro en un sobre para la vecina',
      'si me pasa algo, la llave está con la vecina para el gato',
      'las cartas están en el cajón',
      'me despedí de mi mamá por última vez',
      'i left my wedding ring and a note on the kitchen table',
      'gave my tools to my apprentice today. wont need them',
      'put the dog in my sisters name',
      'ya regalé mis herramientas, no las voy a necesitar',
      'please make sure my cat gets fed',
      'le dejé mis cosas a mi hermana',
      'perdónenme por todo',
      'forgive me for everything',
      'Thank you for everything you tried to do for me.',
      'Paid off the last card. Nice to owe nobody anything now.',
      'mi papá regaló su reloj y su carro, dice que ya no va a necesitar nada',
      'I left a letter for my brother to open after',
      'I set up all my accounts so my sister can manage things',
      'none of this was ever your fault',
      'I signed over the title to my truck to my son',
      'it seems like a good time to go, everyone is here to say goodbye',
      'encontré una nota de mi hija despidiéndose',
      'I told my daughter where the papers are',
      'she picked which hymns she wants at her funeral',
      'he has been handing out all his tools',
      'just wanted to say thanks for trying',
      'she left a letter saying sorry and that we would understand why someday',
      'my estate can settle the balance',
      "if I'm not around for the next session, thank you",
      'si no estoy para la siguiente cita, gracias por todo',
      'he posted see you on the other side and turned off his location',
      'please tell her not to feel bad about anything',
      "you won't hear from me again",
      'me dio las escrituras de la casa',
      'just wanted to say goodbye before I go',
      'thank you for trying with me',
      'I wrote a will last night, out of nowhere',
      "I've made peace with everything",
      'I drew a picture of my own funeral',
      'he left his wedding ring on the table',
      'if anything happens my brother knows where the letters are',
      'dejé a mi perro con mi hermana y a mi gato con mi mamá',
      'ya le pagué a todos los que les debía',
      'tengo una playlist para mi funeral',
      "if i don't make it, tell my therapist thanks",
      'if i dont make it tell my mom i love her',
      'si no lo logro, díganle a mi mamá que la quiero',
      "the last text i got from him said 'love you, sorry' and now his phone is off",
      'she texted love you im sorry and isnt answering',
      'me mandó un mensaje que dice te quiero, perdón y ya no contesta',
      'Thank you for trying so hard with me.',
      'Please tell my therapist goodbye for me.',
      'I wrote a note. I tore it up but I wrote it.',
      "he made me promise I'd remarry",
      "I've made peace with it, please don't be sad",
      "she texted me 'I love you, I'm sorry' and won't pick up",
      'I left my dog with my neighbor and gave my keys to my brother',
      'I hug everyone like it is the last time',
      "tell her thanks and I'm sorry, it's nothing she did",
      'he texted "love you, take care of the cat for me"',
      "she posted 'it's been real' and won't answer",
      'subió su último video y lo borró',
      'I posted goodbye on my story',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('being found, things left to whoever takes them, custody "if something happens"', () => {
  it('reads being found, told as a matter of fact, in other words and in Spanish', () => {
    expectCrisis([
      'make sure my sister is called first when they find me',
      'whoever finds me, im sorry',
      'i hope whoever finds me isnt my mom',
      'the police will know who to notify after they find me, her number is on the fridge',
      'please put my brother as emergency contact, he should be called when someone finds me',
      'Cuando me encuentren, que llamen primero a mi hermana',
      'quien me encuentre, perdón',
      'no quiero que mis hijos encuentren mi cuerpo',
    ]);
  });
  it('reads things left to whoever takes them, thanks to the only one who listened, custody arranged "if something happens"', () => {
    expectCrisis([
      'take my plants, im done',
      'u can keep my guitar, im done',
      'you were the only one who ever listened to me',
      'you were the only person that ever cared, thank you',
      'if something happens to me make sure my kids go to my mom',
      'in case anything happens to me, custody should go to my sister',
      'rent is paid so my roommate wont be stuck',
      'im not mad at anyone, im sorry for everything',
      'quiero dejar todo pagado antes de irme',
      'no quiero dejarle deudas a nadie',
      'no quiero dejarles deudas a mis hijos',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'When they find me a new therapist, please call me',
      'can you find me an opening on Friday?',
      'whoever finds my wallet, it has my insurance card, please call',
      'if something happens to my car I will call to reschedule',
      'Rent is due Friday so can I pay the copay next week?',
      'you were the only practice that took my insurance, thanks!',
      'encontraron mi tarjeta del seguro, gracias',
      '¿Puedo dejar todo pagado el viernes?',
    ]);
  });
});

describe('a dog kept for good, no one to check on one, a guardian for the kids, a farewell text and silence', () => {
  it('reads a pet handed over for good, no one to check on one, a guardian named, a farewell text then silence', () => {
    expectCrisis([
      "he asked me to keep Bruno 'for good'",
      'she gave me her cat to take forever',
      "don't bother checking on me tomorrow",
      'dont bother coming by anymore',
      'he handed me his spare key and his checkbook',
      "she asked me to be the guardian of her kids 'if anything happens'",
      "my son texted me 'sorry for everything mom'",
      "he wrote sorry for everything. now he's not answering",
      'dejó una carta que dice que ya no puede más',
      'su perro es para su hija',
      'que no la busquemos',
      'ya hice las paces con todo',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'can I keep my Tuesday slot for good?',
      "don't bother mailing the receipt, email is fine",
      'I left a spare key with the front desk by mistake, can you hold it?',
      'sorry for everything with the billing mix-up, can I pay now?',
      'hicimos las paces con el seguro, ya pagaron',
    ]);
  });
});

describe('kinds probed in new words: wallet and phone left behind, the last time we will talk', () => {
  it('reads them', () => {
    expectCrisis([
      'he left his wallet and phone and walked out',
      'she left her keys and her phone and now shes missing',
      "she said this is the last time we'll talk",
      "this is the last time you'll hear from me",
      'esta es la última vez que me vas a ver',
      'es la ultima vez que me oyes',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'my son left his phone in the lobby when he walked out, can you keep it',
      'the last time I heard from the insurance was Monday, any update?',
    ]);
  });
});

// Set al (recall10): a note one wrote, found; the call after, arranged; debts paid off and loved ones told; not here
// next week and not because one forgot; in Spanish, the note found and everything left paid.
const SET_AL_PREPARATORY: Concepts = {
  'a note one wrote, found by someone': pick(
    'my husband found the note i wrote',
    'my daughter saw the letter I left',
    'she found my note',
    'mi esposa encontró la nota que escribí',
  ),
  'the call after, arranged': pick(
    'want to make sure somebody gets the call after',
    'I want my brother to be the one who gets the call afterwards',
    'just make sure my sister takes the call afterward',
  ),
  'debts paid off and loved ones told': pick(
    'paid off my truck and told everybody i love em',
    'told all my friends i love them and paid off my loans',
    'told my kids i love them, everything is paid off',
    'pagué todo y quiero dejar todo pagado antes de irme',
  ),
  'not here next week, and not because one forgot': pick(
    "if i'm not here next week it's not cause i forgot",
    "if i'm not around thursday you'll know why",
    "if im not there monday it isn't because i forgot",
  ),
};

describe('set al: a note found, the call after, debts paid, an absence explained, read by their neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_PREPARATORY);
  });
});

describe("set aj's kinds: no call wanted if one does not show, a journal left, the only one who listened, not your fault whatever happens, never to be seen again", () => {
  it('reads them', () => {
    expectCrisis([
      "If I don't show up Tuesday, don't bother calling.",
      'if im not around tomorrow dont bother checking',
      'if something happens to me please make sure my sister gets my journal',
      'Thank you for everything, you were the only one who listened.',
      "I want you to know it's not your fault, whatever happens.",
      "she left a note saying we'll never see her again",
      'he ran away and said we would never hear from him again',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "don't bother calling, just email me the receipt",
      "it's not your fault the portal is down, can I pay by phone?",
      'if something happens to my car I will call to reschedule',
    ]);
  });
});

describe("set am's kinds: a goodbye card, moving into a box, a pill bottle posted, the note already written, things left clean", () => {
  it('reads them', () => {
    expectCrisis([
      'want to drop off a goodbye card for my therapist',
      "told my roommate i'd be moving out soon. didn't say it was into a box",
      "my sister posted a photo of a pill bottle with 'finally' on her story",
      'lol i already wrote the note',
      'paid everything off, feels good to leave things clean',
      'if I dont come back, please tell Rachel thank you for everything',
      'sold my pc, feels weirdly peaceful',
      "sorry if i'm not around to pay it, i've decided",
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      "I'm moving next week, boxes everywhere, can we do Thursday?",
      'I already finished the letter from the school, where do I upload it?',
      'can I leave the forms at the front desk?',
    ]);
  });
});

describe('every appointment cancelled as not needed, pets signed over (English and Spanish)', () => {
  it('reads them', () => {
    expectCrisis([
      'cancele todas mis citas de la otra semana porque ya no hacen falta',
      'el veterinario se queda con mis gatos, ya firme los papeles',
      "please cancel all my appointments, I won't need them anymore",
      'the vet is keeping my cats for good, i signed the papers',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['cancele todas mis citas de diciembre porque me voy de viaje']);
  });
});

describe("set ao's kinds (Spanish): never to be seen again, forgiveness asked and given, everything organised", () => {
  it('reads them', () => {
    expectCrisis([
      'gracias por todo. ya no me vera mas',
      'le mande mensaje a todos mis contactos diciendo que los perdono',
      'puse en facebook que los quiero a todos y que me perdonen',
      'le llame a mi mama para decirles que los quiero. me siento en paz ya',
      'ya le deje todo organizado',
      'mi comadre se queda con mis niños si me pasa algo',
      'No es su culpa. Cuídese mucho.',
      'gave my xbox to my cousin. told them i wont need em',
    ]);
  });
  it('leaves their everyday neighbours to the tables: none names a crisis (word-model.test.ts weighs them)', () => {
    const text = "I won't need them, I told my boss I'm switching insurance, can you cancel the forms?";
    expect(triage(text).reasons.map((r) => r.code)).not.toContain('boundaries.triage.crisis_language');
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'al menos ahi me encuentran rapido',
      'ya le pase mi carro y mi cuenta del banco. no lo voy a necesitar',
      'si algun dia no llego a la cita ya saben por que',
      'dejé pagada la luz y el agua por 6 meses. ya estoy en paz',
      'ya borre todas mis fotos de instagram',
      'quiero que mi hija reciba mi informacion si me pasa algo',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['ya no va a hacer falta la cita del martes, ya me siento mejor']);
  });
});

describe('Forgiveness asked for what one is about to do; children entrusted beside a goodbye (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'sorry for what im about to do',
      "please forgive me for what i'm going to do tonight",
      'i apologize for what im gonna do',
      'take care of my kids for me, I love you all',
      'please look after my dog for me, goodbye',
      'watch over my babies, love you guys forever',
      'perdonenme por lo que voy a hacer',
      'perdóname por lo que estoy a punto de hacer',
      'disculpen lo que haré',
      'cuiden a mis hijos, los voy a extrañar',
      'cuídenme a mi perrito, adiós a todos',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'Sorry for what I have to ask, can I reschedule to Friday?',
      "Can someone take care of my kids' intake forms? Love you all at the front desk!",
      'perdón por la hora, me puede cambiar la cita?',
      '¿quién cuida a los niños en la sala de espera?',
    ]);
  });
});

describe("Set aq's kinds (Spanish, 2026-12-05): thanks for trying beside a pet left; a truck sold and debts paid; a note", () => {
  it('reads them', () => {
    expectCrisis([
      'ya dejé a mi gato con la vecina. gracias por intentarlo doctora',
      'ya vendí mi troca y le pagué a mi hermano lo que le debía',
      'no quiero deberle a nadie cuando me vaya',
      'dejó una nota diciendo que lo sentía y que nos quería mucho',
      'encontré una carta que dice que no es culpa de nadie',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'gracias por intentarlo, el link no me funcionó, ¿me lo mandan otra vez?',
      'vendí mi carro, ¿me pueden cambiar la dirección en el expediente?',
    ]);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads savings given away', () => {
    expectCrisis([
      'a mi hermano le di mis ahorros. le dije que era un regalo',
      'le di todos mis ahorros a mi hermana',
      'le regalé mis ahorros a mi sobrino',
      'I gave my brother all my savings',
      'transferred all my savings to my mom yesterday',
    ]);
  });
  it('leaves the everyday neighbours of savings given away off the on-call line', () => {
    expectNotCrisis(['puedo pagar con mi cuenta de ahorros?']);
  });
  it('reads in case something happens soon; thanks for all that was done', () => {
    expectCrisis([
      'por si algo me pasa pronto',
      'quiero que mi hermana tenga mis récords por si algo me pasa',
      'Gracias por todo lo que hicieron por mí. Por si algo me pasa, ya firmé todo.',
      'in case something happens to me soon',
      "thank you for everything you've done for me. in case something happens to me, my sister has the papers.",
    ]);
  });
  it('leaves the everyday neighbours of in case something happens soon; thanks for all that was done off the on-call line', () => {
    expectNotCrisis([
      'algo me pasa, no puedo dormir, ¿me pueden dar cita?',
      'gracias por todo lo que hicieron por mí, de verdad',
    ]);
  });
});

describe('The therapist thanked for having done all they could, at a goodbye (lead, 2026-12-05)', () => {
  it('reads it', () => {
    expectCrisis([
      'thank you for everything, you did your best',
      'you did everything you could, goodbye',
      'gracias por todo, usted hizo lo que pudo',
      'hiciste todo lo que pudiste, perdón',
    ]);
  });
  it('leaves its everyday neighbours off the on-call line', () => {
    expectNotCrisis(['thanks, you did your best with the insurance']);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads a goodbye to everyone posted; never to be seen again; not to be left alone', () => {
    expectCrisis([
      'mi hijo publicó que se quiere despedir de todos',
      'subió un video despidiéndose de todos',
      'ya no me van a ver más',
      'no me dejen sola. no sé qué voy a hacer',
    ]);
  });
  it("reads what is to be done with one's things; everything arranged for when one is gone", () => {
    expectCrisis([
      'ya escribí lo que quiero que hagan con mis cosas',
      'I wrote down what I want done with my things',
      'estoy organizando todo para que no sufran cuando yo ya no esté',
    ]);
  });
  it("leaves the everyday neighbours of what is to be done with one's things; everything arranged for when one is gone off the on-call line", () => {
    expectNotCrisis(['estoy organizando todo para que no batallen con la mudanza']);
  });
});

describe('kinds probed in usted emails and understatement (recall11, 2026-12-05)', () => {
  it("reads 'no va a volver a saber de mí'", () => {
    expectCrisis([
      'quería agradecerle por todo, no va a volver a saber de mí',
      'ya no van a volver a saber de mí',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'she left her laptop open with a note saying sorry to everyone',
        'dejó la laptop abierta con una nota pidiendo perdón a todos',
      ],
      [
        "today she asked me to promise I'd remarry 'after.'",
        'hoy me pidió que le prometiera que me volvería a casar después',
      ],
      [
        "I found homes for both cats and I won't be needing sessions after this weekend.",
        'Ya les encontré casa a mis dos gatos y no voy a necesitar sesiones después de este fin de semana.',
      ],
      [
        'deleted all my socials and gave my switch to my little brother. just wanted to say thanks for trying',
        'borre todas mis redes y le regale mi switch a mi hermanito. gracias por intentarlo',
      ],
      [
        "And if I don't come back, please tell Rachel thank you for everything.",
        'Y si no regreso, díganle a Raquel gracias por todo.',
      ],
      [
        "He texted his sister 'tell mom i'm sorry' and he is not home.",
        "Le escribió a su hermana 'dile a mi mamá que lo siento' y no está en la casa.",
      ],
      [
        "if I'm not at my appointment next week just know it's not your fault",
        'si no estoy en mi cita la otra semana sepan que no es culpa de ustedes',
      ],
      [
        "My father posted 'thank you all for a good life, I love you'",
        "Mi papá puso 'gracias a todos por una buena vida, los quiero'",
      ],
      [
        'my boyfriend has been giving away his video games and his switch',
        'mi novio ha estado regalando sus videojuegos y su switch',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'le encontré hogar a mi perro, ya no lo voy a necesitar',
      'díganle a mi esposa que lo siento',
      'dejó una carta que decía que lo siente y que la perdonen',
      'si no llego el martes, no se molesten en llamar',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'le regalé mi xbox viejo a mi sobrino',
      'si no llego a tiempo díganle a la doctora que voy en camino',
      'le regalé unos tenis a mi hijo por su cumpleaños',
      'no es culpa de nadie que el seguro no pague',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "You've all been so kind. I want you to know it's not your fault, whatever happens.",
        'Todos han sido muy amables. No es su culpa, pase lo que pase.',
      ],
      [
        "I'm not going to make it to my appointment Friday. Or any after that. Thank you for everything, you were good to me.",
        'No voy a llegar a mi cita del viernes. Ni a ninguna después. Gracias por todo, fueron buenos conmigo.',
      ],
      [
        "Found a note in my 15 year old's backpack saying sorry and listing who gets her things.",
        'Encontré una nota en la mochila de mi hija pidiendo perdón y diciendo a quién le tocan sus cosas.',
      ],
      [
        'I wrote out who gets what from my stuff, and paid off my credit card with my savings.',
        'escribí quién se queda con qué de mis cosas y pagué la tarjeta con mis ahorros.',
      ],
      [
        "she called me crying that she wrote letters for all her kids and that tomorrow she's 'leaving'",
        'me llamó llorando que ya escribió cartas para todos sus hijos y que mañana se va',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['le pedí a mi hermana que cuide a mi perro para siempre']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'no es culpa de nadie que el seguro no pague',
      'no voy a ir a la cita del viernes, gracias por avisar',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'my daughter posted on instagram saying goodbye to everyone',
        'mi hija de 16 publicó en instagram que se despide de todos',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'estoy pagando todas mis deudas para no dejarle problemas a nadie',
      'escribió una nota despidiéndose de todos',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'se despidió de todos en la fiesta de la oficina',
      'estoy pagando mis deudas poco a poco, ¿tienen plan de pagos?',
    ]);
  });
});

describe('Spanish preparatory acts: no trouble left behind, things handed on, a goodbye post (recall13, gate av, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I want all my debts paid this week. I don't want to leave anyone with problems when I'm gone",
        'Quiero dejar todas mis deudas pagadas esta semana. Ya no quiero dejarle problemas a nadie cuando me vaya',
      ],
      [
        "I gave my stuff to my little brother, my sneakers, my xbox. I won't be using them anymore.",
        'le dejé mis cosas a mi hermanito, mis tenis, el xbox. ya no las voy a usar.',
      ],
      [
        "I've taken care of everything, my cat's going to my neighbor and I paid off the card.",
        'ya dejé todo arreglado, mi gato se va con la vecina y pagué la tarjeta',
      ],
      [
        'my 16 year old posted "thank you all, love you, sorry" on instagram and isn\'t answering her phone',
        'mi hija de 16 publicó en instagram "gracias a todos, los quiero, perdón" y no contesta el teléfono',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'no quiero dejarle problemas a nadie cuando me muera',
      'voy a pagar todo para no dejarles problemas a mis hijos cuando ya no esté',
      'estoy pagando todas mis deudas, no quiero dejarle cargas a nadie cuando me vaya',
      'le regalé mi ropa a mi prima, ya no la voy a necesitar',
      'le di mi play a mi primo porque ya no la voy a usar',
      'les dejé mis cosas a mis hermanos. ya no las voy a necesitar',
      'cancelen todas mis citas. ya arreglé todo, mi perro se queda con mi hermana y ya pagué lo que debía',
      'mi hijo subió a tiktok "perdón por todo, los quiero" y no contesta',
      'mi hija puso en su estado "gracias por todo, adiós" y no la encuentro',
      'mi niña posteó en facebook "perdónenme, los quiero mucho" y no responde',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'quiero dejar mi saldo pagado esta semana, ¿me mandan el total?',
      'le regalé mi bici a mi hermano porque ya no la uso',
      'mi perro se queda con mi vecina mientras estoy de viaje, ya pagué la cita',
      'mi hija publicó en instagram "gracias a todos por venir" a sus quince, ¿me mandan el recibo?',
    ]);
  });
});

describe("set au's goodbye kind, read by its neighbours (recall12, 2026-12-05)", () => {
  it('reads a goodbye that thanks the trying as a crisis', () => {
    expectCrisis([
      "I'm not asking for anything just wanted to say bye. you did your best",
      'just wanted to say goodbye. none of this is your fault',
      'wanted to say bye and thank you, you tried your best',
      'this is goodbye, you did everything you could',
      'just wanted to say bye. thanks for trying',
      'not asking for anything, just saying goodbye. you did good',
      'i wanted to say goodbye and that it isnt your fault',
      'bye. you did your best with me',
      'just wanted to say bye to you. you really tried',
      'this is my goodbye. you did all you could',
    ]);
  });
  it('leaves a goodbye before a move off the on-call line', () => {
    expectNotCrisis(['Just wanted to say bye before I move to Denver next month, thank you!']);
  });
});

describe('a note found about ending it; a last message with thanks (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "i found a note in my daughter's backpack about ending it",
      'found a letter from my son about ending things',
      'just wanted to thank you for everything. this will be my last message',
      'this is my last text. goodbye',
    ]);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'ya escribí las cartas para mis hijos',
      'ya regalé mis cosas, ya no las necesito',
      'dejé todo arreglado para mis hijos, el seguro de vida y todo',
      'ya me despedí de todos',
      'les escribí una carta a cada uno para cuando ya no esté',
    ]);
  });
});

describe("set ay's Spanish kinds, each with its neighbours (recall13, 2026-12-05)", () => {
  it('reads each as a crisis, in Spanish and English', () => {
    expectCrisis([
      'ya me quiero despedir de todo. pa siempre',
      'me quiero despedir de todos para siempre',
      'quiero despedirme de todo, de la vida',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['me quiero despedir de todos antes de mudarme, ¿la última cita puede ser el viernes?']);
  });
});

describe('provisions for an unnamed "after": what the family will need, someone taken care of', () => {
  it('reads them, beside a request or alone, in English and Spanish', () => {
    expectCrisis([
      'Hey can you email me a copy of all my records? Want to make sure my family has what they need after. Also please close out my account.',
      'i just want my wife and kids to have everything they need afterwards',
      'can you send my statements, my mom should have what she needs after',
      'make sure my husband is taken care of after. thanks for the receipt',
      'I need to make sure the cat is provided for afterwards, can I get my balance',
      'quiero asegurarme de que mis hijos tengan lo que necesitan después. me manda el recibo?',
      'que mi familia tenga todo lo que necesite despues, por eso pido mis papeles',
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'my son needs a ride after class, can we do 4pm',
      'my son is taken care of after school by his grandma, so 4pm works',
      'what do you need from me after the intake?',
      '¿Qué necesitan que les mande después de la cita?',
    ]);
  });
});

describe('last words written or rehearsed without the words "last words" (set ba, lead, 2026-12-05)', () => {
  it('reads them as a crisis, found by someone else or told by oneself, in English and Spanish', () => {
    expectCrisis([
      "My wife found a notebook where I've been writing down what I'd say at the end. She wants me to tell you. So. I'm telling you.",
      'been writing what i would tell everyone at the end',
      'ive been thinking about what id say at the end',
      'these are my final words',
      'mi esposa encontró la libreta donde escribo lo que diría al final',
      'estas son mis últimas palabras',
    ]);
  });

  it("leaves words for the end of a session, and a form's final words, off the on-call line", () => {
    expectNotCrisis([
      "I wrote down what I'd like to say at the end of our session",
      'I wrote down what I want to say at the end of our session',
      'can you email me the final words of the consent form',
    ]);
  });
});

describe('set be: a note put away, a goodbye posted without the word, a list of who gets what (recall19, 2026-12-05)', () => {
  it('property: every neighbour is a crisis, alone or beside a request', () => {
    checkConcepts({
      'a note written, with or without a subject, and put where it will be found': pick(
        "wrote a note. it's in my desk",
        'wrote a note. its in my desk. im not saying im going to use it',
        "wrote the note. it's in the drawer",
        "note's written. it's under my pillow",
        "letter's done. it's in the nightstand",
        'the letters are written, they are in the top drawer',
        "he wrote a note, it's in his desk",
        'my daughter wrote a note and hid it in her drawer',
        'la carta ya está escrita, está en mi escritorio',
      ),
      'a goodbye posted in other words; a thank-you thread tonight; a list of who gets one’s things': pick(
        'did anyone see what my son posted last night? it says "thanks for everything, love you all, sorry."',
        'posted a thanks for everything love yall on my story lol',
        'he tweeted "sorry. love you all" and now his phone is off',
        "if my twitter looks weird tonight just ignore it, i'm posting a thank-you thread to everyone, kind of a wrap-up",
        'writing thank you notes to everyone tonight, kind of a wrap up',
        'my 16yo wrote something in her journal that looked like a will. Who gets her phone, her clothes',
        'i wrote down who gets my phone and my guitar',
        "my daughter's journal reads like a will",
        'puso en su estado gracias por todo los quiero mucho perdon',
        'mi hija escribió en su diario quién se queda con su celular y su ropa',
      ),
      'debts paid so the family will not have to; property signed over with no more need of it': pick(
        "I paid everything I owed so my family won't have to",
        'ya pagué todo lo que debía, ya me puedo ir tranquila',
        "signed the car title over to my son, he'll need it more than me",
        "signed my truck over to my brother, won't be needing it",
      ),
    });
  });

  it('leaves a note for the desk, a thank-you to teachers, a paid bill and a sale off the on-call line', () => {
    expectNotCrisis([
      'I left my keys and a note at the front desk',
      "i wrote the note for school, it's in my backpack",
      'the note from my doctor is in my desk drawer',
      "the letter from my insurance is ready, it's in my inbox",
      'thanks for everything, see you next week!',
      'my daughter posted a thank you to her teachers on instagram',
      'can i get a wrap-up summary of my visits for taxes',
      'who gets the receipt, me or my husband?',
      'ya pagué todo lo que debía, ¿me mandan el recibo?',
      'I paid everything I owed, can you send a receipt',
      'I signed over my car title when I sold it',
      'sold my truck and signed the title over to the buyer',
      // Given to a son with nothing said of why: a clinician reads it (never staff), not the on-call line.
      'signed the car title over to my son',
    ]);
    expect(isStaff(triage('signed the car title over to my son'))).toBe(false);
  });
});

describe('debts paid off beside a goodbye or everything done; a note to the therapist (sets bg and bh, recall21, 2026-12-05)', () => {
  it('reads each as a crisis, in English and Spanish, alone or beside a request', () => {
    expectCrisis([
      'Paid off my credit card and the money I owed my friend. Called my grandma to say I love her. Everything is sort of done now.',
      'paid off my car loan. texted my brother to say goodbye',
      'paid off everything. all done now',
      'pagué la tarjeta y lo que le debía a mi amiga. llamé a mi abuela para decirle que la quiero',
      'ya pagué todo. ya todo está arreglado',
      "To my therapist: you were right about a lot of things. I'm sorry I couldn't do it. Please tell the front desk to stop calling my mom about the bill, it's not her fault.",
      'perdón por no poder más. no es tu culpa',
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'I paid off my balance, can you send a receipt? called my mom to tell her the good news',
      "sorry I couldn't make it on tuesday, can we reschedule",
      'pagué la tarjeta, ¿me mandan el recibo?',
    ]);
    expect(isStaff(triage('Paid off my credit card finally! can i update the card on file?'))).toBe(true);
  });
});

describe("a note or a letter of one's own, said of nothing else (lead, 2026-12-05)", () => {
  // From an honest unseen set's crisis message that reached staff: "Wrote a note. Sorry about all the no
  // shows." By kind: a note written, left or finished, whom or what for unsaid, is never the desk's; one for
  // a person of one's family is a crisis; one left with the desk or written for an insurer is the desk's.
  const REQUESTS = [
    'Sorry about all the no shows.',
    'can you cancel my appts',
    'also need a receipt for november',
  ];

  it("never lets a bare note or letter of one's own follow a request to staff", () => {
    for (const note of [
      'Wrote a note.',
      'I wrote a note.',
      'finished my letters.',
      'wrote a few notes tonight.',
      'left the letters out.',
      'Escribí una carta.',
      'ya dejé las notas.',
    ])
      for (const request of REQUESTS) {
        const text = `${note} ${request}`;
        expect(isStaff(triage(text)), text).toBe(false);
      }
  });

  it("reads a note or a letter for one's family as a farewell, beside a request or not", () => {
    expectCrisis([
      'left a note for my wife. can you cancel thursday',
      'wrote letters to my kids. cancel my appts',
      'i wrote a letter for my mom and my son. pls cancel friday',
      'left a letter for my husband on the kitchen table',
      'Le escribí una carta a mis hijos. cancelen mis citas',
    ]);
  });

  it('leaves the desk a note left with it and a letter written for an insurer, a landlord or a school', () => {
    expectStaff([
      'I left a note with the front desk about my new address. Thanks',
      'Dr. Lee wrote the letter for my landlord, can you fax it?',
      'Dejé una nota en la recepción con mi nuevo seguro',
      'I dropped the check and a note at the front desk',
    ]);
  });
});

describe("thanks for everything and no longer needing one's appointments or refills (lead, 2026-12-06, from three unseen sets)", () => {
  it('reads the farewell with no reason given, and a real goodbye said to everyone', () => {
    expectCrisis([
      "Please cancel my Tuesday appointment, I won't be needing it anymore. Thank you for everything you've done.",
      'just wanna say ty for everything dr. k. you were the best one. you can cancel the refills, i wont be needing them anymore',
      "cancel all my future appts pls. won't be needing them. thanks for everything, really",
      'i kinda already said bye to everyone in my discord server tonight. like a real bye. can u cancel my thursday appt',
      'gracias por todo, de verdad. ya no voy a necesitar las citas',
    ]);
  });

  it("leaves an ending with its reason, a pause for a while and a child's care ended off the on-call line", () => {
    expectNotCrisis([
      "Please cancel my Tuesday appointment, I won't be needing it anymore since I'm moving to Denver next week. Thank you for everything!",
      "I found a therapist closer to work so I won't be needing my Thursday slot anymore. Thanks for everything!",
      "Thank you for everything this year! We won't need appointments over the holidays, see you in January",
      "My son won't need his appointments anymore, he's doing great. Thank you for everything!",
      "Thanks for everything, I won't need the superbill anymore since insurance paid",
    ]);
  });
});

describe('things left to someone if one is gone, a last call, and a farewell cancellation in Spanish (lead, 2026-12-06, sets bo and bp)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "bro wrote 'if im gone tmrw my ps5 goes to my cousin' in the gc and everyone laughed but hes not answering anyone now",
      'if im gone by friday my cat goes to my neighbor',
      "He said he'd sold his car and 'this is the last call you'll get from me, Dad.' Then he hung up",
      "last message you'll get from me. love you all",
      'bueno, para la cita del viernes ya no voy a poder ir. cancelenla porfa. gracias por todo lo q hicieron por mi de verdad. cuiden a los demas',
      'ya no voy a poder ir. gracias por todo de verdad',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'Buenas, mi mama ya no va a seguir con las citas porque se regresa a Mexico. Gracias por todo lo que la ayudaron',
      'mi hijo ya no va a venir a terapia, gracias por todo',
      'ya no voy a poder ir a la cita porque regreso a mi pais. gracias por todo',
      'ya no voy a poder ir el viernes porque me mudo a Texas. gracias por todo',
      'if im gone tomorrow its bc of a work trip, can we move to monday',
    ]);
  });
});

describe("the last call one will make, and one's things for someone if one is no longer here (lead, 2026-12-06, sets bo and bp, in Spanish)", () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'esta es la ultima llamada que vas a recibir de mi, papa',
      'es el ultimo mensaje que te mando',
      'si ya no estoy mañana mi play es para mi primo',
      'si me pasa algo mis cosas son para mi hermana',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'esta es la ultima vez que te pido el recibo jaja',
      'si me pasa algo con el carro llego tarde',
    ]);
  });
});

describe('no further call, text or email from one, or this one the last (lead, 2026-12-06: two of them reached staff)', () => {
  it('reads them as a crisis, never as desk talk about calls and emails', () => {
    expectCrisis([
      'you will not get another call from me',
      "you won't get any more texts from me. thank you for everything",
      'no vas a recibir otra llamada mia',
      'ya no vas a saber de mi',
      'this is my last email to you',
      'este es mi ultimo mensaje',
      'this will be my last message',
    ]);
  });
  it('leaves an earlier email, a dispute and reminders off the on-call line', () => {
    expectNotCrisis([
      'in my last email to you I asked about the superbill, any update?',
      'my last email to you bounced, is this the right address?',
      'this is my last email before I dispute the charge with my bank',
      "please don't send me any more reminder texts, I get the emails",
      "you won't get any more calls from me about the portal, it works now",
    ]);
  });
});

describe('the last time one writes, a pet left with a sister, a note saying sorry, refills cancelled, affairs handed over (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'ya no tengo fuerzas para seguir luchando. Esta es la ultima vez que les escribo',
      'ya le avise a mi hermana que se quede con mi perro. no quiero dar mas explicaciones. gracias por todo',
      "we found a bottle of xanax and a note that says 'sorry mom' in my 15yo's backpack",
      'canceled my pharmacy auto-refills and deleted my facebook. Not looking to be talked out of anything.',
      "She'll be handling my affairs going forward. I've made my decision and I feel calm",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'le dije a mi hermana que se quede con mi perro mientras estoy en la cita',
      'my wife will be handling my billing going forward, please add her to the account',
      "I made my decision about the payment plan, I'll do monthly",
      'cancelled my auto-refill because I switched pharmacies, please send to CVS',
      "I can't be alone with my toddler in the waiting room, she runs off. is there a kids area?",
    ]);
  });
});

describe('the one to find one, a note on the table, an envelope in a locker, a pension not needed, tell my kids (lead, 2026-12-06, sets bs and bt)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "updating my emergency contact to my sister. I just want it to be someone who'll be okay being the one to find me",
      'i wrote a note last night. didnt do anything. just wrote it',
      "he called dispatch crying and said he won't be needing the pension",
      'You can tell my wife she wins. Gonna make it real easy on her.',
      'un compañero dice que se va a aventar del andamio',
      "a sealed envelope in his locker addressed to his wife. He's not picking up.",
      'fuck it. im done. tell my kids',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'please update my emergency contact to my sister Rosa',
      'I wrote a note on the intake form about my allergies',
      'she wins the prize for fastest paperwork lol',
      'can you put my file in the mail',
    ]);
  });
});

describe('bye said through someone, a last video, not making it to Friday beside thanks for trying (lead, 2026-12-06, sets bu and bv)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'hey its tyler. just wanted to say thanks for everything ms k. you actually tried. tell the front desk lady bye too',
      "Aiden posted a video that says 'last video, love u guys' and he hasn't answered his phone",
      "Dr Marsh - I won't make it to Friday. Thank you for trying. Love to your family.",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'thanks for everything! tell Dr Lee I said hi',
      'this is my last video visit before we switch to in person right?',
      "I won't make it to Friday's session, can we do Monday? thanks",
    ]);
  });
});

describe('everything said that needed saying; the only one who believed beside not needing the next visit (lead, 2026-12-06, sets bx and by)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "Not going to be around. I've said everything I need to say to her",
      "thank you for being the only doctor who ever believed me. I won't need the january appointment.",
      'ya dije todo lo que tenia que decir',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'i know how to do it, thanks for the instructions',
      'ya dije todo en el formulario, me confirma la cita?',
    ]);
  });
});

describe('a door left unlocked so nobody has to break it; a will beside a note; a list of people to say sorry to (lead, 2026-12-06, sets by and cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'i left the front door unlocked so nobody has to break it',
      "I've written my resignation letter, my will, and a note",
      'his notes app has a list of people he wanted to say sorry to',
      'deje la puerta abierta para que nadie la tenga que romper',
      'ya escribi mi testamento y una carta',
      'tiene una lista de personas a quien pedir perdon',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis(['can you leave the side door unlocked for me on thursday, the buzzer is broken']);
  });
});

describe('belongings given away beside thanks for everything; things left to a sister (lead, 2026-12-06, sets bw, bx, by)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'my 15yo gave away her headphones and her favorite hoodie to her friends this week and said thanks for everything mom',
      'ya le deje a mi hermanita mi ropa y mi compu',
      'cancelen mis citas porfa. ya hable con mis hijos y le deje todo a mi hermana. gracias por todo',
    ]);
  });
});

describe("a house one won't be needing; sorry it was not her fault beside how hard she tried (lead, 2026-12-06, the holdout ca)", () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "tell Jen she can have the house. I won't be needing it. thanks for trying with us",
      "can you tell Ms. Rachel I'm sorry and that it wasn't her fault. she tried really hard with me",
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      "i won't be needing the parking pass anymore, thanks!",
      "it wasn't her fault the link broke, she tried hard to fix it. can we redo tuesday",
    ]);
  });
});

describe('a goodbye post or a last video, a goodbye with thanks, the note written, records "for after" (recall22, sets ci-ck)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a goodbye post or a last video': pick(
        "it's giving last post energy today ngl",
        "my 14 yo posted a tiktok that said 'pov: last video' and deleted it",
        'she made a last video and deleted it. we cant find her',
        'his last post was a black square and now we cant reach him',
        'mi hija subió un último video de despedida y lo borró',
        'su ultimo post fue un adios. no la encontramos',
      ),
      'a goodbye with thanks for who the reader was': pick(
        'just wanted to say bye. thank u for being the one adult who got it',
        'wanted to say goodbye. thanks for being the only person who listened',
        'solo quería decirle adiós. gracias por ser la única que me entendió',
      ),
      'the note written, beside not being ok': pick(
        "Resending since no one answered: I'm not ok. I've written the note.",
        'wrote the letter last night. im not okay',
        'ya escribí la carta. no estoy bien',
      ),
      'records or answers arranged for after': pick(
        'can I sign a release so my brother can get my records. like for after',
        "he's going to have questions and I want him to have answers that aren't from me",
        'quiero firmar para que mi hermano tenga mis papeles, para cuando ya no esté',
      ),
    });
  });

  it('leaves their everyday twins off the on-call line: a last video visit, thanks for flexibility, a note for work, after a surgery', () => {
    expectNotCrisis([
      "I can't find the link from our last video visit",
      'did you see the last video I sent of the form?',
      'just wanted to say thanks for being so flexible with my schedule',
      "I've written the note for my boss, can you sign it?",
      'wrote the note you asked for, attached',
      'can I get a note for after my surgery',
    ]);
    expectStaff(["I can't find the link from our last video visit, can you resend it?"]);
  });
});

describe('where one is, told so that somebody knows, with everything one needs brought (recall23, set cm)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a place, everything brought, somebody to know': join(
        pick(
          'Im at the Motel 6 off exit 40.',
          "I'm at the Super 8 in Fargo.",
          'parked out at the quarry.',
          'im in the barn.',
        ),
        pick(
          'I brought everything I need.',
          'got everything i need with me.',
          'have everything I need out here.',
        ),
        pick(
          'Wanted somebody to know where I was',
          'just wanted someone to know where i am',
          'wanted somebody to know',
        ),
      ),
      'alone at a height or the water, somebody to know': pick(
        'im at the overlook by myself. wanted someone to know where i was',
        'I drove out to the bridge. have everything i need',
        'packed everything I need and went out to the quarry',
        "I'm at the Days Inn on 94. got everything i need. wanted someone to know",
        'sitting at the rest stop off exit 12 w everything i need. just want somebody to know where im at',
        'out at the grain bin. brought everything. wanted somebody to know where i was',
        'im out by the river. packed everything i need. someone should know where i am',
      ),
      'in Spanish': pick(
        'estoy en el motel de la salida 40. traje todo lo que necesito. queria que alguien supiera donde estoy',
        'quiero que alguien sepa donde ando. traje todo lo que ocupo',
        'estoy en el puente. traje todo lo que necesito',
        'estoy en el hotel de la carretera. tengo todo lo que necesito. nomas queria que alguien supiera donde ando',
      ),
    });
  });

  it('leaves their everyday twins off the on-call line: a work trip, the front desk, a storm', () => {
    expectNotCrisis([
      "I'm at the motel in Fargo for work, brought everything I need for our video session",
      'I work alone in the barn, wanted someone to know where I am in case the roads close, can we do phone?',
    ]);
    expectStaff([
      "I'm at the front desk, wanted you to know where I am",
      "I'm snowed in at a truck stop off I-80, wanted someone to know where I am since I'll miss my session",
      'brought everything I need for the intake, insurance card and ID',
    ]);
  });
});

// A set kept outside the project, one message read (lead22, 2026-12-06): an emergency contact changed for a veiled end.
describe('who the practice calls at a veiled end', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'the one the practice calls when the time comes': pick(
        "I want to make sure he's the one you call when the time comes.",
        'she should be the one you call when the time comes',
        'he is who you should notify when my time comes',
        'I want him to be the one who gets the call when it happens',
        'make sure you contact my sister once im gone',
        'quiero que le llamen a mi hermano cuando llegue el momento',
        'avisenle a mi hija cuando yo ya no este',
      ),
      'a balance or affairs settled before that time': pick(
        'can you send my balance? i want it paid off before the time comes',
        'what do i owe? i want everything taken care of before my time comes',
        'cuanto debo? quiero dejar todo pagado antes de que llegue el momento',
      ),
      'an emergency contact set for that time': pick(
        'please add my daughter as my emergency contact, for when im gone',
        'update my emergency contact to my son. when the time comes he knows what to do',
        'pongan a mi hija como contacto de emergencia. cuando llegue el momento ella sabe que hacer',
      ),
    });
  });

  it('leaves an emergency contact changed for an ordinary reason, and a time that comes for something named, with staff', () => {
    expectStaff([
      'Please change my emergency contact to my brother Dale, 432-555-0188.',
      "Please change my emergency contact to my brother, in case anything happens while I'm at a session.",
      'Can you update my emergency contact? My mom moved, her new number is 555-0100.',
      'When the time comes for my annual paperwork can you text me?',
      "Call me when it's time for my appointment, I'll be in the car.",
      "Can you send my balance? I'll deal with the deductible when the time comes.",
      'Can you send my balance? I want it paid off before my insurance changes.',
      'Por favor cambien mi contacto de emergencia a mi hermano, su numero es 555-0188.',
    ]);
  });
});

describe('a decision told so that the clinician will not think it was their fault (lead22, a set kept outside, read at the end)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'decided, and not your fault': pick(
        "so i've decided. i'm just letting you know so you don't think it was your fault. you guys did everything right",
        "I've made up my mind. It wasn't your fault, you did everything right",
        "my mind is made up. don't blame yourself",
      ),
    });
  });

  it("leaves a denied claim that was nobody's fault off the on-call line", () => {
    expectNotCrisis([
      "it wasn't your fault the claim got denied, you did everything right, can you resubmit?",
    ]);
  });
});

describe('family spared a bill that would come later; done, with thanks for everything (lead24)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a bill family would get later': pick(
        "can I pay everything I owe now, I don't want my parents getting a bill after",
        'please make sure my account is at zero so nobody gets a bill later',
        'quiero pagar todo para que a mi familia no le llegue la cuenta despues',
      ),
      'done and tired, thanks for everything': pick(
        "i'm done. i'm tired. thank u for everything dr m. pls cancel my appts",
        "I'm done. Thank you for everything, you can cancel my sessions",
      ),
    });
  });

  it('keeps a balance paid so that family gets no bill, with no reason given, with a clinician', () => {
    for (const text of [
      "i'd like to settle up now so my wife doesn't have to deal with it",
      "I want to pay my balance so my family doesn't get the bill",
      'quiero pagar para que mis padres no reciban la factura',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('leaves a bill sent to the writer rather than to the family, and a payment plan, with staff', () => {
    expectStaff([
      "please send the bill to my email not my house, I don't want my family to see it",
      'Can I set up a payment plan for the 15th of each month?',
    ]);
  });
});

describe('thanks for everything beside a wish that the reader take care (lead24b)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'thanks for everything, take care of yourself': pick(
        "ty for everything. i won't be needing tuesday. take care of yourself ok",
        'thank you for everything. please take care of yourselves',
        'no voy a poder ir a la cita del jueves, cancelenla porfa. ya no tiene caso. les agradezco todo lo que hicieron por mi. cuiden mucho a la doctora',
        'gracias por todo. cuidense mucho',
      ),
    });
  });
});

describe('a minor who ran away leaving a note that she was going for good, in Spanish (lead24c: the holdout cr, read at the end)', () => {
  it('keeps the Spanish and English versions on call, alone or beside a request', () => {
    expectParity([
      [
        'She ran away from the shelter last night and left a note saying she was leaving forever.',
        'La menor se escapo del albergue anoche. Dejo una nota diciendo que se iba para siempre.',
      ],
      [
        'My son left home last night and left a note saying he was going away forever.',
        'Mi hijo se fue de la casa anoche y dejo una carta que decia que se iba para siempre.',
      ],
    ]);
  });

  it('leaves a note left at the door about a visit off the on-call line', () => {
    expectNotCrisis(['Dejo una nota en la puerta para que le cambien la cita']);
  });
});

describe('letters not meant to be found until after; a note left by someone who does not answer, in Spanish (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'letters found too soon': pick(
        'my mom found my letters. i didnt want her to find them until after',
        'she read my notes. i wasnt supposed to let her see them until after',
      ),
      'una carta y no contesta': pick(
        'mi hermano dejo una carta y no contesta el telefono',
        'encontramos su nota y no aparece desde anoche',
      ),
    });
  });

  it('leaves notes read after a session and a letter left at the desk off the on-call line', () => {
    expectNotCrisis([
      "the notes you sent, i didn't read them until after the session, sorry",
      'mi hermano dejo una carta para ustedes en la recepcion, la pueden dar a la doctora?',
    ]);
  });
});

describe('farewells in everyday words: things handed on, going away, a pet for good, family who will need to know (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'things handed to family from now on': pick(
        "please make sure my deposit goes to my daughter, she'll handle things from now on",
        'my brother will be handling my stuff from now on',
      ),
      'going away for a long time': pick("i'm going away for a long time, cancel everything please"),
      'a pet taken for good': pick('i need someone to take my dog this weekend, permanently'),
      'family who will need to know': pick(
        "can you call my mom tomorrow if i don't show? she'll need to know",
        "if i'm not at my session, call my sister. she'll need to know",
      ),
      'where to find one': pick("i'm at the hotel by the airport, room 412, in case anyone needs to find me"),
      'not to be called': pick("if i'm not at my appointment thursday don't bother calling"),
      'sorry, and not her fault': pick(
        "please tell my therapist i'm sorry for wasting her time and that it's not her fault",
      ),
      'this is it, goodbye': pick('ok well this is it i guess. bye everyone'),
    });
  });

  it('leaves refunds, billing by a husband, a summer away, the lobby and a late arrival off the on-call line', () => {
    expectNotCrisis([
      'please make sure my refund goes to my card, the new one',
      'my husband will handle the billing from now on, please send statements to him',
      "i'll be away for a long time next summer, can we plan around it",
      "in case anyone needs to find me i'm in the lobby",
      "if i'm late don't bother calling, i'm on my way",
      'sorry for wasting your time with the wrong form',
      'bye everyone, see you next week!',
    ]);
  });
});

describe('todo arreglado para la familia cuando me vaya (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'todo arreglado para cuando me vaya': pick(
        'necesito cancelar todas mis citas, ya arregle todo para que mi familia no tenga problemas cuando me vaya',
        'ya deje todo listo para mis hijos para cuando me muera',
      ),
    });
  });

  it('leaves a holiday and papers left at the desk off the on-call line', () => {
    expectNotCrisis([
      'cuando me vaya de vacaciones les aviso para cancelar',
      'ya deje todos los papeles en la recepcion cuando me fui',
    ]);
  });
});

describe('in intensive care after what one did; a psychiatric hold after an attempt (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'in hospital after what one did': pick(
        "need to move my session, i'm in the ICU after what i did on saturday",
        "i'm at the hospital, they admitted me after what i took friday",
      ),
      'a hold after an attempt': pick(
        'reschedule please, my wife is on a psych hold after she tried',
        'my son is on a 72 hour hold',
      ),
    });
  });

  it('leaves a father after surgery, a move and a portal off the on-call line', () => {
    expectNotCrisis([
      'my dad is in the ICU after heart surgery, need to cancel this week',
      'what i did on saturday was move apartments lol, can we reschedule',
      'after she tried the new portal she said it works, thanks',
    ]);
  });
});
