// Child safety (abuse or neglect of a child, grooming, a minor's risk told by a parent), in other words.
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

const CHILD_SAFETY: Concepts = {
  'a child named by age, hurt or left alone': join(
    pick('my 6 year old', 'my 12 yr old', 'our 3 year old', 'my neighbors 4 year old'),
    pick(
      'has bruises on her back',
      'came home with welts',
      'was left alone all night',
      'has a handprint on his arm',
    ),
  ),
  'a child locked out in the cold': join(
    pick('she locks me out', 'he locked us out', 'mom kicks me out', 'they put him out'),
    pick('at night', 'in the cold', 'overnight', 'when its 20 degrees'),
  ),
  'a baby not fed': join(
    pick("i haven't fed", "we didn't feed", 'i havent fed', 'nobody has fed'),
    pick('the baby', 'my baby', 'the newborn'),
    pick('today', 'since last night', 'all day'),
  ),
  'a child punished by kneeling, locked out, or an adult in their bed': pick(
    'her husband makes the kid kneel on rice for hours, hes 7',
    'they locked the little boy outside in his underwear last night and it was 30 degrees',
    "my niece said her mom's boyfriend sleeps in her bed and she doesnt like it",
    'lo dejaron afuera toda la noche con el frio',
  ),
  'a child watched bathing or shown sexual videos; children picking a date online; a child left without food':
    pick(
      'her stepdad keeps walking in on her in the shower on purpose',
      'my uncle watches me changing and says it is normal',
      'he showed him videos of naked grown ups and made him watch',
      'the kids in her discord were talking about how to kill themselves and picked a date',
      'su mamá la deja sola tres días y no hay comida en la casa, tiene 8 años',
      'en el grupo hablan de cómo matarse',
    ),
  "a child's bruises from a parent; a parent's thought of the bath; a throat squeezed; an attempt joked about":
    pick(
      'he came back with welts from his stepdad',
      'i keep thinking about holding the baby under the water',
      'tiene moretones de su papa',
      'pense en meternos a las dos en la tina',
      'me estaba estrangulando',
      "remember when you asked if I'd ever attempt? well funny story",
    ),
  "something thrown at a child's head; photos asked for by a coach": pick(
    'my stepmom threw a pan at my head',
    'my dad threw a bottle at my face',
    'the coach asked her for pictures',
    'my tutor sends weird texts to my daughter',
    'he said if i tell my parents about us hes gonna post the video',
  ),
  'a child locked in a cellar or made to sleep in a dog crate (set ah)': pick(
    'her dad locks her in the cellar when he drinks',
    'he makes him sleep in the dog crate when hes bad',
    "mom's boyfriend puts her in the dog kennel as punishment",
    'they keep my nephew locked in his room without food',
    'he locks the kids in the attic',
    'la encierran en el sótano cuando su papá toma',
    'lo encierra en el closet cuando se porta mal',
  ),
};

describe('child safety, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(CHILD_SAFETY);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'los moretones que tiene son de su papá',
      "the baby's daddy shook her and now she's limp",
      'mi padrastro me molesta en las noches',
      'her stepdad does things to her when mom works nights',
      'my boyfriend slapped my son across the face',
      'her stepdad punched her, the 7 year old is crying at my house',
      'he holds him under the water in the tub',
      'en la escuela me dicen que me muera',
      'mi papá me tiró un plato a la cabeza',
      'el entrenador le manda mensajes raros y le pidió fotos',
      'some guy on roblox asked my 10 yo where she lives and to send pics',
      'a stranger on discord keeps asking where we live',
      'un desconocido en roblox le preguntó a mi hija dónde vive',
      "she said she'd take herself and the baby out of this world",
      'the boy has a bloody lip and says the boyfriend did it',
      'her coach sent her pictures and told her not to tell her parents',
      'my stepdad said I am next if I tell',
      'something happened with my stepdad this weekend',
      'el entrenador le mandó fotos y le dijo que no le dijera a nadie',
      'I heard the little girl screaming stop and thumps through the wall',
      'my youth pastor keeps texting me things late at night',
      'he made me stay after class and I do not want to say what happened',
      'mi hija de 13 dice que un señor de 40 la quiere ver en persona',
      "a guy she met online wants to meet her in person, she's 12",
      'some older dude on snap keeps asking to see him in person',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('a new parent afraid of being alone with the baby', () => {
  it('reads a new parent afraid of being alone with the baby, a thought of letting go', () => {
    expectCrisis([
      "I'm scared of being alone with her tonight",
      'terrified to be alone with the baby, i had a thought',
      'stood at the top of the stairs and thought if i just let go',
      'holding him on the balcony i thought if i just let go',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['if i just let go of the old insurance, will the new one cover me?']);
  });
});

describe('a handprint bruise, food kept from a child, a baby to be left at a fire station', () => {
  it('reads a handprint bruise, a fridge locked on a child, a baby to be left at a fire station', () => {
    expectCrisis([
      'a 4th grader came in with a handprint bruise on her face',
      'there are handprints on his arm',
      'her mom locks the fridge and only lets her eat once a day',
      "she's going to leave the baby at the fire station",
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'the office fridge is locked, where do I leave my lunch?',
      'the fire station on Main, is that where you are?',
    ]);
  });
});

describe('a child locked in a closet for hours', () => {
  it('reads it', () => {
    expectCrisis([
      'The parents lock the 4 yr old in a closet for hours when he misbehaves.',
      'they locked him in the basement all night',
    ]);
  });
  it('leaves its everyday neighbours off the on-call line', () => {
    expectNotCrisis(['I locked my keys in the car, running 10 min late']);
  });
});

describe("set ao's kinds (Spanish): thoughts of throwing the baby, a child alone for days", () => {
  it('reads them', () => {
    expectCrisis([
      'tengo pensamientos de tirarla por la escalera',
      'me da pavor quedarme sola con ella',
      'mi nieta de 4 estaba sola en el departamento dos dias',
    ]);
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'un dibujo de ella colgada',
      'encontre en su tiktok videos de como hacerse daño',
      'una lista de pastillas y una nota',
      'si le digo a alguien lo que me hace va a deportar a mi mama',
    ]);
  });
});

describe("Set aq's kinds (Spanish, 2026-12-05): a child shown private parts or asked to touch", () => {
  it('reads them', () => {
    expectCrisis([
      'el hijo de la señora le enseña sus partes a mi niña',
      'el vecino le mostró su pene a mi hijo',
      'le pide que lo toque',
      'la obligaba a que la tocara',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['le enseñó sus tareas a la maestra y ya está mejor en la escuela']);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads a child burnt with cigarettes', () => {
    expectCrisis([
      'su mamá la quema con cigarros cuando se enoja',
      'su papá le apaga cigarros en el brazo',
      'her mom burns her with cigarettes',
      'he puts cigarettes out on her arm',
    ]);
  });
  it('leaves the everyday neighbours of a child burnt with cigarettes off the on-call line', () => {
    expectNotCrisis(['mi papá apaga el cigarro afuera']);
  });
  it("reads an adult in a child's bed; what happens at night kept secret", () => {
    expectCrisis([
      'el padrastro se mete en su cama',
      'su tío se metía en su cuarto en las noches',
      'su papá le dice que si cuenta lo que pasa en las noches se va a ir al cielo su mamá',
      'he told her if she tells what happens at night her mom will die',
    ]);
  });
  it("leaves the everyday neighbours of an adult in a child's bed; what happens at night kept secret off the on-call line", () => {
    expectNotCrisis(['mi hija se mete en mi cama cuando tiene pesadillas']);
  });
});

describe('A child made to sit on an adult lap (lead, 2026-12-05)', () => {
  it('reads it', () => {
    expectCrisis([
      'my daughter told me her coach makes her sit on his lap',
      'he made him sit on his lap when no one was home',
      'el entrenador la sienta en sus piernas',
    ]);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads an adult who shows a child his parts', () => {
    expectCrisis([
      'mi hija me dijo que su abuelo le enseña sus partes',
      'el vecino le mostró su pene a mi hijo',
      'my daughter said her grandpa shows her his private parts',
    ]);
  });
  it('leaves the everyday neighbours of an adult who shows a child his parts off the on-call line', () => {
    expectNotCrisis(['mi maestra me enseña sus apuntes']);
  });
  it('reads an urge to shake the baby; a voice saying the child must be hurt', () => {
    expectCrisis([
      'a veces me dan ganas de sacudir al bebé para que se calle',
      'sacudí a la bebé porque no paraba de llorar',
      'escucho a alguien que me dice que mi hijo no es mío y que lo tengo que lastimar',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "our son's soccer coach has been texting him late at night, bought him a phone and told him not to tell us about it",
        'el entrenador de fútbol de mi hijo le compró un celular y le dijo que no nos dijera',
      ],
      [
        'My 15 year old daughter told me a man she met online picked her up after school yesterday and she came home in different clothes',
        'Mi hija de 15 me dijo que un hombre que conoció por internet la recogió de la escuela ayer y llegó con otra ropa',
      ],
      [
        "baby is 5 wks. I keep picturing dropping her down the stairs and I don't know anymore if that's just a thought",
        'la bebé tiene 5 semanas. me imagino tirándola por las escaleras y ya no sé si es solo un pensamiento',
      ],
      [
        "tonight he said 'I'm just gonna go to sleep out in the cold and let it happen.' It's 9 degrees out.",
        'esta noche dijo que se va a dormir afuera en el frío y dejar que pase',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'el señor le pidió que no les contara nada',
      'me veo ahogándolo en la tina',
      'la conoció en roblox y la vio en el parque, tiene 12 años',
      'un hombre de internet quiere que se escape con él, mi hija tiene 14 años',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'la maestra me dijo que no le dijera nada a mi hija de la fiesta sorpresa',
      'mi hijo quiere que le compre un celular',
      'conocí a mi esposo por internet hace diez años',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I keep getting thoughts of smothering my baby when she won't stop crying. I would never.",
        'me vienen pensamientos de asfixiar a mi bebé cuando no deja de llorar. nunca lo haría',
      ],
      [
        "The baby won't stop crying and I put her in the crib and walked outside because I was scared I'd do something to her.",
        'La bebé no dejaba de llorar y la puse en la cuna y me salí porque tenía miedo de hacerle algo.',
      ],
      [
        "my 15 year old daughter just told me a 20 year old guy she met online got her to come over and had sex with her. she says she wanted to but she's 15. she sees Dr. Mills. what do i do",
        'mi hija de 15 me acaba de decir que un tipo de 20 que conoció por internet la convenció de ir a su casa y tuvo relaciones con ella. dice que ella quiso pero tiene 15',
      ],
      [
        'her husband locked her out of the house in the snow in her socks last night with the baby',
        'su esposo la dejó afuera de la casa en la nieve en calcetines anoche con el bebé',
      ],
      [
        'Today she told me the baby would be better off if they both went to heaven together.',
        'Hoy me dijo que el bebé estaría mejor si los dos se fueran juntos al cielo.',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'tengo pensamientos de sacudirlo cuando llora',
      'me da miedo lo que le pudiera hacer al niño cuando llora así',
      'su abuelo la mete a su cuarto y le quita la ropa',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'dejó el carro afuera en el frío toda la noche y no prende',
      'le quito la ropa a mi hijo en la noche para bañarlo',
      'conocí a mi esposo por internet y tuvimos relaciones hasta casarnos',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I'm scared I'm going to hurt my baby. He won't stop crying",
        'la baby no para de llorar y tengo thoughts de hacerle daño',
      ],
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis(['no quiero hacerle daño al bebé con la medicina, ¿es segura en la lactancia?']);
  });
});

describe("a new parent's thought of letting a baby go (recall12, 2026-12-05)", () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'sometimes when im holding her on the stairs i think about letting go',
      'i keep picturing letting him go off the balcony',
    ]);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'mi hija de 14 se está cortando los brazos',
      'encontré una carta de despedida de mi hijo',
      'mi hijo dice que se quiere morir',
      'mi niña me dijo que ya no quiere vivir',
      'mi hijo de 13 buscó en internet cómo matarse',
      'mi hija se encerró en el baño con una navaja',
    ]);
  });
});

describe('someone older making a child "do things" (lead, 2026-12-05, from a holdout set)', () => {
  it('reads it as a child sexual abuse disclosure', () => {
    expectCrisis([
      'My 13 yo told me tonight that an older cousin has been making her do things since the summer.',
      'my stepdad makes me do things when mom is at work',
      'the babysitter was forcing him to do stuff, he just told me',
    ]);
  });

  it('leaves chores, drills and homework off the on-call line', () => {
    expectNotCrisis([
      'my coach is making me do extra drills so can we move to 6',
      'my teacher made me do the test again, running late',
    ]);
  });
});

describe('a minor and someone met online, across sentences (lead, 2026-12-06, from an unseen set)', () => {
  it('reads a minor who says how old they are beside an adult met online, in English and Spanish', () => {
    expectCrisis([
      'this guy on snap keeps asking to meet up. im 14 and my parents dont know',
      "my parents don't know i talk to him. i'm 15",
      'conocí a un señor en internet que quiere verme. tengo 14',
    ]);
  });

  it('leaves a teen booking their own session off the on-call line', () => {
    expectNotCrisis([
      "i'm 16 and my mom said i can book online myself, is that ok",
      'my son is 15 and he wants to know if he can text you directly to reschedule',
    ]);
  });
});

describe("a school's report of a child's black eye, and an adult met on an app asking a minor to meet (lead, 2026-12-06, from the holdout)", () => {
  it('reads them', () => {
    expectCrisis([
      "A student you see came in today with a black eye and told the nurse 'daddy gets mad when he drinks.' We have filed a report with CPS.",
      'My granddaughter (15) has been texting a 30 year old man she met on a gaming app. He is asking her to meet him tonight.',
      'my 14 yo is texting a 25 year old guy from discord. he wants to meet her this weekend',
    ]);
  });

  it('leaves a request for attendance dates and a teen sneaking out to a concert off the on-call line', () => {
    expectNotCrisis([
      'CPS asked us to file a report with the school, can you send attendance dates',
      'my daughter wants to sneak out to a concert, ugh teens. can we move her appt',
    ]);
  });
});

describe('a parent unwell gone off with a young child (lead, 2026-12-06, sets bo and bp)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "She hasn't slept in 5 days and tonight she said she's driving to Atlanta and left with our 2 year old in the car. She's not answering.",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'she left with our daughter to visit her mom for the weekend, can we reschedule the family session',
    ]);
  });
});

describe('a parent unwell gone off with a small child (lead, 2026-12-06, sets bo and bp, in Spanish)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(['no ha dormido en 5 dias y se fue en el carro con el niño de 2 años y no contesta']);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'mi esposa se fue con los niños a mexico por las vacaciones, podemos cambiar la cita familiar',
    ]);
  });
});

describe('an intoxicated parent driving off with a toddler (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(['A parent showed up visibly intoxicated and drove off with his 3 yr old']);
  });
});

describe('a child made to sleep outside or put in a dryer (lead, 2026-12-06, sets bs and bt)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "his mom's boyfriend made him sleep outside on the porch last night as punishment",
      "my 5 yr old told her teacher daddy puts her in the dryer when she's bad",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(["we made the kids sleep over at grandma's, can we do telehealth"]);
  });
});

describe('a minor asked into a car tonight, pictures demanded under threat (lead, 2026-12-06, sets bu and bv)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'Lily has been messaging an adult man on Snapchat who sent her money and is asking her to get in an uber to him tonight',
      'he keeps making me send pics and says if i stop hell post the other ones to everyone at school. im 13',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(['can you send pics of the parking map? thanks']);
  });
});

describe('children home alone for days, a parent gone, insulin withheld, a drunk drive with a child (lead, 2026-12-06, sets bx, by, cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "the two little ones (4 and 6) have been home alone since yesterday morning and there's no food",
      "my mom hasnt been home since friday and we're out of food. im 14",
      'her stepdad punishes her by withholding her insulin',
      'relapsed last night and drove drunk with my daughter in the back seat. my daughter was in the car',
      'los ninos estan solos desde ayer y no hay comida',
      'mi mama no ha regresado desde el viernes',
      'su padrastro le quita la insulina para castigarla',
      'volvi a tomar y anoche me desperte en el carro. mi hija estaba en el asiento de atras',
      'un se\u00f1or de la iglesia la estuvo tocando desde el verano',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'my daughter has been home alone since 3 because i work late, can we do evening sessions',
      'mi mama no ha regresado de mexico todavia, por eso cancelo la cita del viernes',
    ]);
  });
});

describe("a drunk driver with the children; a boyfriend in a teen's bed; a teen begging one not to tell (lead, 2026-12-06, the holdout ca)", () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'my ex is driving drunk with the kids in the car right now',
      'mi ex esta manejando tomado con los ni\u00f1os en el carro',
      "her mom's boyfriend came into her room and got in her bed",
      'My 14yo stepdaughter begged me not to tell anyone',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'he asked me not to tell his sister about the surprise party lol, can we move his appt',
    ]);
  });
});

describe('a resident hit by the staff who care for her (lead, 2026-12-06, set by)', () => {
  it('reads it as a crisis', () => {
    expectCrisis([
      'One of our residents disclosed this morning that a night staff member has been hitting her and taking her pain medication.',
      'the aide at my dads nursing home has been slapping him, he told me today',
    ]);
  });

  it('leaves a staff member who hit a deadline off the on-call line', () => {
    expectNotCrisis(['our office staff hit the deadline for the forms, can you confirm you got them']);
  });
});

describe('a parent who came high and drove off with the children, or took them from supervised visits (lead22)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'came high or drunk and took the children': pick(
        'Su mama llego drogada a recogerlos y se los llevo en el carro, el bebe ni tenia silla',
        'mi hija llego borracha y se llevo a los niños en la camioneta, no contesta',
        "his dad showed up high and took the kids in the car, we don't know where they went",
      ),
      'supervised visits only, and the children taken': pick(
        "her dad only gets supervised visits and he took the kids after school and isn't answering",
        'solo tiene visitas supervisadas y se los llevo del colegio',
      ),
    });
  });

  it('leaves a court letter, a park and a car taken off the on-call line', () => {
    expectNotCrisis([
      'the court ordered supervised visits, can you send the letter to the lawyer? he took the kids to the park last week',
      'she only has supervised visits. Can you send me the custody letter?',
      'Mi hija llego tarde y se llevo el carro, puedo cambiar la cita?',
      'llegamos tarde y se los llevo su papa al parque, podemos cambiar a las 5?',
    ]);
  });
});

describe('a parent who shows up drunk or high and drives the children, as a habit (lead24)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'drunk or high at pickups, driving them': pick(
        "the kids' mom shows up drunk to pickups and drives them home like that every weekend",
        'their dad comes high to the exchange and takes the kids anyway',
      ),
    });
  });
});

describe('a child of 11 to 16 with an adult partner (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'an adult with a child': pick(
        "My daughter's 'boyfriend' is 24. She's 14. He's picking her up after school tomorrow",
        "my 16yo is dating a 28 year old man and he's been picking her up from school",
        'my son is 13 and has been texting a 35 year old guy he met on a game',
      ),
    });
  });

  it('leaves two ages in a family session off the on-call line', () => {
    expectNotCrisis(['my 14 and 24 year old are both coming to the family session']);
  });
});

describe('an adult who comes into the bathroom while a child showers (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'into the bathroom or the bedroom': pick(
        "im 15 and my mom's boyfriend keeps coming into the bathroom when im showering",
        "my stepdad comes into my room when i'm changing and won't leave",
      ),
    });
  });
});

describe('a pregnant girl of 11 to 15, or pregnant by a stepfather (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a pregnant child': pick(
        "i'm pregnant and i'm 14 and my step dad is the father",
        'my daughter is 13 years old and pregnant',
      ),
    });
  });

  it('leaves weeks of a pregnancy off the on-call line', () => {
    expectNotCrisis(["i'm 14 weeks pregnant, can we move my session to telehealth"]);
  });
});
