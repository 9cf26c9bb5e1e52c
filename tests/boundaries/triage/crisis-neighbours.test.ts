// Crisis concepts read by their neighbours, not by one phrasing: each concept is generated in other verbs,
// persons, tenses, orders and Spanish, alone and beside an administrative request. And the ordinary senses
// added beside them keep their everyday neighbours with staff.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../src/boundaries/index.js';

const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const join = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((p) => p.join(' '));

/** Each concept as a generator of its neighbours. */
const CONCEPTS: Readonly<Record<string, fc.Arbitrary<string>>> = {
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
  'not trusting oneself with means': join(
    pick("i don't trust myself", 'i dont trust myself', "i can't trust myself", 'i do not trust myself'),
    pick('around my meds', 'with the pills', 'alone tonight', 'with my gun', 'with 90 days of it'),
  ),
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
  'a threat over the children': pick(
    'he said nobody gets the kids',
    'she says no one gets my children',
    'if he cant have them nobody can',
    'he told me nobody will get the baby',
  ),
  'a diabetic in danger': join(
    pick('my son is diabetic and', 'she has diabetes and is', 'my dad is on insulin and'),
    pick('shaking and sweating', 'confused and pale', 'slurring'),
  ),
  'voices and their command across sentences': join(
    pick('voices back.', 'the voices are back.', 'las voces otra vez.'),
    pick('louder.', 'all night.', ''),
    pick('telling me to do it', 'they say i have to', 'me dicen que lo haga'),
  ),
  'up on a garage or a building': join(
    pick('im at', 'i am on', 'sitting on', 'im up on'),
    pick(
      'the top level of the parking garage',
      'the top floor of the parking structure',
      'the top deck of the garage',
      'top of the hospital parking garage',
    ),
  ),
  'coercion told as being made to do things': join(
    pick('my boss', 'my manager', 'my coach', 'my landlord'),
    pick('made me do things', 'makes me do stuff', 'forced me to do things'),
    pick('to keep my job', 'or he would fire me', 'for the rent', 'to keep my grade'),
  ),
  'marks hidden from sight': join(
    pick('started again,', 'doing it again', 'back at it'),
    pick('mostly thighs', 'on my stomach', 'my upper arms'),
    pick('so nobody sees', 'so nobody can see'),
  ),
  'a weapon and someone sitting with it': join(
    pick('sitting outside his place with a', 'standing at her door with my', 'sitting in the car with the'),
    pick('bat', 'sidearm', 'knife', 'gun'),
  ),
  'a partner breaking what one needs': join(
    pick('my girlfriend', 'my husband', 'my ex'),
    pick('broke my glasses', 'threw my phone', 'smashed my phone', 'took my wallet'),
  ),
  'striking a mirror or a window': join(
    pick('i punched', 'punched', 'i hit', 'i kicked'),
    pick('the bathroom mirror', 'the window', 'my mirror'),
    pick('and my knuckles are open', 'theres glass in my hand', 'on purpose'),
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
  'no longer a bother to anyone': join(
    pick("i won't", 'i will never', 'soon i wont'),
    pick('bother', 'burden'),
    pick('anyone anymore', 'you much longer', 'anybody again'),
  ),
  'taken somewhere or kept from leaving': pick(
    'my uber driver took me somewhere else',
    'he drove me someplace else and i got away',
    "he wouldn't let me out of the car",
    'she would not let me leave the apartment',
  ),
  'a goodbye or a note told as such': pick(
    'this is goodbye',
    "it's goodbye then",
    'i wrote my note',
    'i finished my note last night',
    'i left my notes on the table',
  ),
  'an urge to swerve': join(
    pick('i keep thinking about', 'i have the urge to', 'so tempted to', 'i keep picturing'),
    pick('swerving into the median', 'veering off the road', 'swerve into a truck'),
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
  'a child punished by kneeling, locked out, or an adult in their bed': pick(
    'her husband makes the kid kneel on rice for hours, hes 7',
    'they locked the little boy outside in his underwear last night and it was 30 degrees',
    "my niece said her mom's boyfriend sleeps in her bed and she doesnt like it",
    'lo dejaron afuera toda la noche con el frio',
  ),
  'pets rehomed, letters finished, a note sorry for everything, a goodbye post': pick(
    'i found homes for both cats this week and finished the letters',
    'we are rehoming my dog on sunday, i wont need him',
    'found a note in her backpack that says sorry for everything',
    'he posted a black square that just says bye',
    "i'm writing this in case i'm not here tomorrow",
    'mi hija regalo su perrito y tiene una lista de antes de irme',
  ),
  'marks hidden or a clean streak broken': pick(
    "cat scratches (they're not cat scratches)",
    'been wearing long sleeves to hide the cuts on my arms',
    '0 days clean again',
    '63 days clean and i broke it tonight',
  ),
  'a command with a threat, things speaking to one, a device in the walls': pick(
    'the people in my phone said to stop eating or my family dies',
    'the videos are talking directly to me and they want me to prove im real',
    "they put a chip in my water heater, tonight i'm going to make them stop",
    'the bat is ready by the door',
  ),
  'a child into the pills, withdrawal told as shaky and sweaty': pick(
    'my 4 year old got into the bottle of guanfacine, maybe 6 pills',
    'she got into my meds this afternoon and is very sleepy',
    'quit drinking 3 days ago on my own, pretty shaky and sweaty and i saw someone in the hall',
    "he hasn't eaten in four days",
  ),
  'bruises on the neck, and he did not mean it': pick(
    'she has bruises on her neck and he is picking her up at 5',
    "she says her husband didn't mean it, he hit her again",
    'tiene moretones en el cuello',
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
  'something that happened with a man, told as such': pick(
    'something happened saturday night with a guy from the app and im not okay',
    'something happened at the party with my coworker and i havent told anyone',
    'algo paso con un tipo en la fiesta',
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
  'means searched, lined up, tied and tested, a car in a shut garage, a bag over the head': pick(
    'is it normal to google how many tylenol is too many',
    'how many xanax is too many, asking for me',
    "i've got the pills lined up on the counter",
    'there is a belt tied to the closet rod and i keep testing it',
    "i'm sitting in the car, garage door is down, engine's running",
    'found him with a bag over his head',
    'thinking about getting into the medicine cabinet tonight, she still has the oxy',
    'the hang in there poster is funny given my search history',
    'pienso en estrellar el carro contra un poste',
    'lo encontre con una bolsa en la cabeza',
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
  'hitting a partner and feeling it again, someone not making it home, where they park': pick(
    'i hit my girlfriend and i think im going to do it again',
    'I slapped her. it is building again',
    "I'll make sure my boss doesn't make it home tonight",
    'i know where he parks',
    'i have a plan for my stepdad that nobody needs to know about',
  ),
  'a ride sent for a minor, a newborn not her own, flying off a height, pills kicked in, sos': pick(
    'a 30 year old man sent an uber for my daughter, she is 15',
    "she keeps saying the baby isn't hers, that he was switched",
    'i can fly if i jump off the top of the garage',
    'the pills kicked in an hour ago, still having the emergency',
    'relapsed on the pills last night, still woozy',
    'sos',
    'I lied in session when I said I was safe',
    'he keeps sending me pics of himself, can I cancel thursday',
    'my coach sent me photos of himself last night',
  ),
  'train times watched near home; no one left with a bill': pick(
    'keep looking at the train schedule near my apartment. not for commuting lol',
    'I keep checking the train times at the station near my house',
    "settle my balance please, I don't want to leave anyone with a bill",
    "i paid it all so i won't leave my family with any debt",
  ),
  // Sets i and l (recall5, 2026-12-04): each concept in other words, persons, tenses and Spanish.
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
  'the method left to work out; one spot gone back to; a place sat at night after night': pick(
    "i've decided, i just need to figure out the how",
    'still working out the method',
    'there is a ledge on level 5 i keep going to',
    'i keep walking back to the bridge at night',
    'been parked by the tracks the last three nights',
    'sat on the bridge every night this week',
  ),
  'pills taken on purpose, with a drink, to see what it feels like': pick(
    'took extra pills on purpose',
    'had a drink with my meds on purpose',
    'drank with my meds to see what it feels like',
    'downed a fifth and took my klonopin',
    'me tome las pastillas a proposito',
  ),
  'not answering for what one does to someone; a car burned with someone inside': pick(
    "i won't be responsible for what i do to him",
    'not responsible for what i might do to her',
    'no respondo de lo que haga',
    'he says he will burn her car with her inside',
    'va a quemarle la casa a su ex',
    'compro gasolina en un bote rojo',
  ),
  'things done to someone; not stopping when asked; not fighting back': pick(
    'her uber driver did stuff to her',
    'my son says his uncle does things to him',
    'mi hija dice que su padrastro le hace cosas',
    "he didn't stop when i asked",
    "he wouldn't leave when i told him to",
    'is it still rape if i didnt fight',
    "i didn't fight back, i froze",
    'no paro cuando le dije que no',
  ),
  'kept at home; followed; a fit with the body moving': pick(
    "he says i'm not leaving the house anymore",
    'she told me im not allowed outside',
    'mi ex me persigue a todos lados',
    'dice que no voy a salir de la casa',
    'le dio un ataque y quedo confundido',
    'se le movia todo el cuerpo',
    'he collapsed and was jerking on the floor',
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
  // recall5's second batch: kinds probed in new words (no set's text), each with a neighbour or two.
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
  'means near and thought about: traffic, the highest buildings, pills in front of one, a stash out of its bottle':
    pick(
      'sometimes i look at the traffic and think about stepping out',
      'i think about walking out into traffic',
      'he keeps thinking about stepping in front of a bus',
      "i've been looking at the highest buildings around here",
      'i have the pills in front of me right now',
      'the gun is in front of me right now',
      'i have a bottle of oxy i never used and i keep thinking about it',
      'i keep the bottle next to my bed so i know its there',
      'i have 3 months of my klonopin in a ziploc',
      "i'm not going to take them the normal way",
      'how many of my amitriptyline would be dangerous',
      'how much tylenol is lethal',
      'i tested if the beam can hold my weight',
      'estoy guardando mis pastillas',
      'tengo las pastillas enfrente de mi',
      'pienso en aventarme a los carros',
    ),
  'a plan known, safety lost, a drink with the pills, a threat to end someone, kept in, no memory': pick(
    "i know exactly how i'd do it",
    "it's going to happen soon, thank you for trying, goodbye",
    "i don't think i can keep myself safe tonight",
    "i can't keep myself safe",
    "i feel like i'm going to do something stupid",
    'my wife is talking about ending her life',
    'my son talks about taking his life',
    'i mixed my xanax with a bottle of wine tonight',
    'she washed down her pills with vodka',
    'i think i took triple my dose',
    "he has my passport and my keys and says i can't go anywhere",
    "if my ex shows up again i'm going to end him",
    "i woke up at a guy's place with no memory of getting there",
    'no puedo mantenerme a salvo',
    'mi hermano habla de quitarse la vida',
  ),
  // recall5's third batch: probed beside requests and in the voices of older adults, new parents, veterans.
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
  'pills thought about in their place, pills told of by someone else, forced relations, photos asked of a child':
    pick(
      'some nights i think about the bottle of pills in the cabinet',
      'i keep thinking about the gun in the closet',
      'my sister called crying saying she took pills',
      'he texted that he swallowed pills',
      'mi novio me obliga a tener relaciones',
      'me forzo a tener sexo',
      'un hombre le esta mandando mensajes a mi hija pidiendole fotos',
    ),
  // recall5's fourth batch: means kept back or weighed, a place scouted, touching in Spanish.
  'doses saved up, an organizer of the ones not taken, the most damaging pills, bridges scouted, manoseo':
    pick(
      "i've been skipping doses so i can save them up",
      'saving my meds up instead of taking them',
      "my pill organizer is full of the ones i didn't take",
      'i know which of my meds would do the most damage',
      'which pills would be lethal',
      "i've been scoping out bridges",
      'scouting rooftops near my place',
      'me manosearon en el trabajo',
      'mi jefe me manosea',
    ),
  // recall5's fifth batch: a probe that reached staff (paperwork) before this concept.
  "signs, a voice or God saying it is one's time": pick(
    "i keep seeing signs that it's my time",
    'god is telling me it is my time',
    'the voices keep saying its my time',
    'the universe is showing me that its my time',
  ),
  'doubt of still being here by a later date; timing the trains': pick(
    "not sure i'll still be here by then",
    "i don't think i'll still be around in march",
    'idk if im still gonna be here next month',
    'I wonder whether I will still be alive by the spring',
    "I might not even be around by then, so don't hold the slot",
    "if i'm even alive by june we can talk about the balance",
    'no sé si siga viva para entonces',
    'no creo que siga aquí en enero',
    'para entonces ya no voy a estar',
    "i've been timing the trains that pass behind my building",
    'started clocking how long the train takes to come through the crossing',
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
  'a threat to come back with something; a gun by its slang; waiting outside with a weapon': pick(
    "said if they fire him he's coming back with something",
    "he told the secretary he'd bring his piece to the meeting",
    'i sat outside his house with a bat for an hour last night',
    "he's getting released friday and i know where he's staying",
  ),
  'papers and passwords taken by a partner; nowhere to go': pick(
    'my husband took my passport and my ID and changed all the passwords',
    "he has the kids' birth certificates and my phone and he won't give them back",
    "i'm in the car with the baby, where do i go tonight",
    'mi esposo me quitó los papeles y el celular',
  ),
  "affairs closed one by one; someone else's goodbye post; a father's watch handed over": pick(
    'my best friend changed her bio to "bye" and posted thanks for everything, she is not answering',
    'i paid off the car loan, cancelled my gym, wrote the letters',
    'he gave me his watch out of nowhere and told me to take care of mom',
    'please send my full balance so nothing is left owed when i pay it off',
    'been deleting all my accounts, want everything tidy',
    'I left my passwords in a folder with a letter for my sister',
  ),
  'a secret plan; holding on until a date; pills ready': pick(
    "i have a plan and i'm not telling you what it is",
    'i just have to make it to christmas for the kids, then i am done',
    "i won't ruin her wedding, after that i'm done",
    'i have the pills ready in the drawer',
  ),
  'a newborn called evil; being chosen; off medication and speaking of agents': pick(
    'she says the baby is evil and she has to send him back',
    "he says he's been chosen by god for a mission",
    'my brother stopped his meds and says the neighbors are agents sending him orders',
  ),
  'a seizure in other words; heavy drinking stopped at once; benzodiazepines run out; someone who cannot be woken':
    pick(
      'had a blackout with shaking on the kitchen floor this morning',
      'i drink like 15 beers a day and im quitting tomorrow',
      "ran out of my xanax 3 days ago, can't sleep, shaking",
      "i can't wake him up, he just mumbles, he's been asleep since last night",
    ),
  'envy of the dead; wishing to be run over; drugs in a drink; a no ignored (ES)': pick(
    'honestly jealous of the people who died in that crash',
    'ojalá me atropellara un camión',
    'me echaron algo en la bebida y desperté sin ropa',
    'yo no quería y me llevó a su cuarto',
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
  "a pet's care written out in case; not leaving bills; wanting someone to know; gone where nobody finds him":
    pick(
      'I wrote down who takes my dog if something happens to me',
      "paid everything, I don't want to leave my family with any bills",
      'i just wanted someone to know',
      'dijo que se va donde nadie lo encuentre',
    ),
  'means thought about: a garage top, insulin, the dock, the pool, the car; a medication kept out of the house':
    pick(
      'i go up to the top of the parking garage at lunch and just stand there',
      "my mom's insulin is in the fridge and i keep thinking about it",
      'i keep walking out to the end of the pier at night',
      'thinking about just staying under in the pool',
      'i keep thinking about crashing my car',
      "please don't give me a 90 day supply, I shouldn't have that many pills in the house",
      'is 40 tylenol a lot',
      'would 30 of my trazodone be enough',
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
  'bruises from a cord; a game with a child; a door broken down; locked in from outside; finishing what he started':
    pick(
      'im 13 and my mom left marks on my legs with the extension cord',
      'her uncle plays a secret game with her when he babysits',
      'he kicked the door in last night and the kids saw',
      'she locked the room from the outside and took the doorknob',
      "he said he'd finish what he started if i told anyone",
    ),
  'a building set on fire with someone in it; not knowing what one will do to a boss; a heart wished to stop':
    pick(
      "i'm going to burn his house down with him in it",
      'already bought the gas cans',
      "i don't know what i'll do to my manager if i see him monday",
      'some nights i wish my heart would just stop',
      "i don't want better, i want off this ride",
      'i want to unsubscribe from life',
      'im just a money pit, thinking of a way to fix that permanently',
      "they'll get over it faster if i'm gone",
      'gave all my stuff to my cousin, feels good to not need things anymore',
      'been stockpiling my pills in a drawer',
      'need more bandages, ran out again this week',
      'if i got hit by a bus tomorrow id be like cool',
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
  'a key under the mat for whoever comes; knowing how much it would take; stepping in front of a train': pick(
    "if i don't answer, the key is under the mat, bring someone with you",
    'i know exactly how much of it would kill me',
    'i keep thinking about stepping in front of the train',
    'thinking of swallowing everything in my medicine cabinet',
    "she's been storing up her mother's sleeping pills",
    "can't stop thinking about the pills in the drawer",
    'gave my brother my cat and my guitar yesterday',
  ),
  'making it easy on everyone; an elder ready to let go; a picture of a wrist; a psychiatric hold': pick(
    "she said i'm going to make it easy on all of you",
    'my dad is refusing food and meds and says he wants to let go',
    'cada noche pienso que sería más fácil no despertar',
    'she sent me a picture of her wrist and said sorry',
    "i'm being held for 72 hours in the psych unit",
    'my grandma keeps saying she is going to go be with grandpa',
  ),
  'withdrawal and its signs across sentences': join(
    pick('day 3 sober.', 'quit drinking friday.', 'day 2 of detox.'),
    pick('shaking bad', 'seeing bugs on the wall', 'cant stop shaking and sweating'),
  ),
  // Set q (recall6): each missed crisis message of the set read as a concept, with its neighbours.
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
  'means kept or chosen to look like an accident': pick(
    'I keep a plastic bag on my nightstand',
    'i keep thinking about swimming out past the waves',
    'I could make the car crash look like an accident',
    'nobody would know it was on purpose',
    'estoy en el coche con el motor encendido en el garaje',
    'tengo una bolsa de plastico junto a la cama',
    'que parezca un accidente',
  ),
  'a stomach pumped; a drug used all at once': pick(
    'they had to pump my stomach',
    'had my stomach pumped last night',
    "I'm going to shoot it all at once",
    'le hicieron un lavado de estomago',
    'quiero inyectarme todo de una vez',
  ),
  'a last word arranged; a long sleep; something stupid tonight; a calm plan': pick(
    "if you don't hear from me after sunday tell my mom",
    'tell my kids it was quick',
    "I'm gonna sleep for a really long time and won't need therapy anymore",
    'in case i dont come home tonight',
    'might do something drastic tomorrow',
    'I have a plan and it scares me how calm I am',
    'not in a scheduling way',
    'tengo un plan y me da miedo lo tranquila que estoy',
    'diganle a mi familia que fue rapido',
    'voy a hacer algo estupido esta noche',
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
};
const CRISIS = fc.oneof(...Object.values(CONCEPTS));
const REQUEST = pick(
  'Can I move my Thursday appointment to Friday?',
  'How much is my copay this month?',
  '¿Me pueden cambiar la cita del martes?',
);

describe('crisis concepts and their neighbours', () => {
  it('property: every neighbour of every concept is a crisis, in any case', () => {
    fc.assert(
      fc.property(CRISIS, fc.boolean(), (clause, upper) => {
        const text = upper ? clause.toUpperCase() : clause;
        expect(triage(text).outcome, text).toBe('crisis');
      }),
      { numRuns: 400 },
    );
  });

  it('property: beside an administrative request, before or after, it stays a crisis', () => {
    fc.assert(
      fc.property(CRISIS, REQUEST, fc.boolean(), (clause, request, before) => {
        const text = before ? `${request} ${clause}.` : `${clause}. ${request}`;
        expect(triage(text).outcome, text).toBe('crisis');
      }),
      { numRuns: 200 },
    );
  });

  it('reads Spanish neighbours: a swallowed everything, God ordering a cut, a diabetic child shaking', () => {
    for (const text of [
      'ya me tome todo',
      'me tragué todas',
      'Mi hermano dice que Dios le ordena cortarse la mano.',
      'Mi hijo es diabetico y esta temblando y sudando',
      'ya no voy a molestar a nadie',
      'no aguanto mas, me quiero ir de este mundo',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
  it("reads set q's concepts in Spanish: a cry for help denied, a weight on everyone, the sea, an accident, the diary", () => {
    for (const text of [
      'no es un grito de ayuda, solo te aviso',
      'siento que soy un peso para todos',
      'seria bonito no despertar mañana',
      'quiero desaparecer de la faz de la tierra',
      'hice mi testamento esta semana y me siento libre',
      'quiero dejar a mis hijas arregladas antes de irme',
      'pensé en meterme al mar y seguir caminando',
      'nadie sabría que fue a propósito',
      'que parezca accidente con la insulina',
      'me hicieron lavado de estómago',
      'si no saben de mí después del domingo, díganle a mi mamá que la quiero',
      'voy a dormir por mucho tiempo y ya no voy a necesitar la cita',
      'no en el sentido de la agenda',
      'tengo una bolsa de plástico junto a mi cama por si acaso',
      'los moretones que tiene son de su papá',
      'mi esposo me apretó el cuello hasta que no podía respirar',
      'ya no le veo sentido a seguir',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it("keeps the Spanish concepts' everyday neighbours off the on-call line: the sea on Friday, not on purpose, a weight in kilos", () => {
    for (const text of [
      'Quiero ir al mar el viernes, ¿puedo mover la cita?',
      'no fue a propósito, se me olvidó la cita, perdón',
      '¿El seguro cubre si fue un accidente de carro?',
      'peso 70 kilos, ¿necesitan eso para el formulario?',
      'en el sentido de la agenda, ¿qué días tienen?',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });
});

describe('ordinary neighbours of the new crisis words', () => {
  it('leaves everyday senses with staff: a slot taken, a bill that shot up, a page skipped, a call cut', () => {
    for (const text of [
      'Could we move his session to the following week?',
      'Quick q, why did my bill shoot up this month?',
      'If 3pm is taken, can I have 4pm on Friday?',
      'I skipped the back page of the intake form, can you resend it?',
      'My employer switched insurance plans, here is the new card.',
      'The e-sign page keeps throwing error 502, can you email the form?',
      'se cortó la llamada, me pueden llamar otra vez?',
      'Quiero hacer cita para mi mama, ella solo habla español.',
      'shoot i forgot to sign page 3 of the consent. Can you resend it?',
      'puedo pagar con zelle o solo tarjeta?',
      'Can I reschedule? My laptop is on its last legs.',
      "What if I don't wake up in time for the 7am, can I call in?",
      'Would I be better off paying out of pocket than using insurance?',
      'He has hearing trouble so phone calls are hard. Could reminders come by text instead?',
      'Sent the records request last month, still have not gotten anything. It has been 32 days.',
      'Paying the balance today, I have been dying to get that red dot off my portal screen',
      'Does my insurance cover the intake?',
      'Can I come in later today? something happened with my car',
      'My son locked himself out of the portal, can you reset it?',
      'My birthday is next week, can we skip that session?',
      'I could murder whoever designed this payment portal. Can I pay over the phone?',
      'My ex-husband and I split the copay 50/50. Can you bill us separately?',
      'me llego una factura de $300 y no entiendo por que, mi seguro deberia cubrirlo',
      'Is the will-call window open on Saturday? I need to pick up forms.',
      'Can you google the address of the new office for me? I lost the link.',
      'This will be my last payment on the plan, right?',
      'What was my last appointment date?',
      'Can you send me pictures of the office so I can find it?',
      'Whats the train schedule to your office from downtown?',
      "I'd like to settle my balance before I switch to my new insurance",
      "Please don't leave me with a bill for the no-show, I was sick",
      // recall5's neighbours: space taken, a bus, a reason to keep going, a garage, a slot handed on, a card.
      'Sorry for taking up so much of your time on the phone, can I pay by card?',
      'If the bus is late I might miss the 3pm, is that ok?',
      "If it wasn't for my kids' schedule I'd come at 3. Can we do 4?",
      'Do I need to keep going to group on Tuesdays to stay on the waitlist?',
      'I keep going back to the parking garage but it is full, where else can I park?',
      'My daughter can have my Tuesday slot, can you book her in?',
      'Puedo pagar en efectivo? Ya no tengo espacio en la tarjeta.',
      "Can you cancel my Thursday and my Friday? I'm out of town.",
      'Is there a point in carrying on with the claim or should I just pay?',
      'If I forgot to wake up my son for the 8am, can we still come at 9?',
      // recall5's second batch: the everyday neighbours of its new words.
      'If I was gone for a week in July would I lose my Thursday slot?',
      'Would it be easier if I paid the whole balance now instead of monthly?',
      "I can't picture myself getting to the office by 8, can we do 9?",
      'Stepping out of work early for my appointment, be there at 3.',
      'I keep thinking about it, can we switch to telehealth?',
      'I have the form in front of me right now, which box is the member id?',
      'How many sessions does insurance cover per year?',
      'Asking for a friend, do you take Aetna?',
      'My life insurance will take care of the paperwork fee, right?',
      "My ex says I can't go anywhere with the kids this weekend, can we reschedule to Monday?",
      "I'm going to end her sessions, she's doing better. Can you close her file?",
      'Estoy guardando mis recibos para el seguro, me los pueden mandar?',
      'Voy a hacer una locura y pagar todo hoy jaja',
      "I can't see a way to pay this in one go, can we do a payment plan?",
      'Is there any use going on with the appeal?',
      "What's the use in going on with this claim?",
      "I don't understand why I'm still here on the waitlist",
      'Tengo una carga en mi tarjeta que no reconozco',
      "I won't be calling again, I'll email the billing office instead. Thanks!",
      'Please send the records in case something happens to me during the surgery.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('leaves the everyday neighbours of loose crisis phrases with staff (a date, a contact, a bridge in traffic)', () => {
    for (const text of [
      'Can you add my husband as an emergency contact? Same address.',
      'Drop-dead date for my insurance paperwork is Friday, can someone confirm you got the form?',
      "I'm stuck on the bridge in traffic, I'll be late.",
      'Traffic on the bridge is murder, be there in 10.',
      'I took my son to the dentist so I missed the call, can we reschedule?',
      'I took the day off Friday, can I come at 10?',
      'On my way, parking on the roof level since the lower floors are full.',
      'The office is on top of the parking garage, right? Which entrance?',
      "My insurance updated it on their end, I'll upload the new card.",
      'Do you take Medicaid? It took 4 months and a whole lot of paperwork to get approved.',
      "I'd rather not be on the phone, can we do video?",
      "My daughter's school wants a letter confirming her standing appointment on Thursdays so she can leave early.",
      'I got a voicemail from your office but it cut out. Was it about my bill?',
      "Heads up, I'm dead broke until the 15th. Can I pay for this week's session then?",
      "I'm dead lol I totally forgot about today. Can we find another slot this week?",
      "I'll still be here at the same address, can you resend the superbill?",
      'Can I update my email and profile in the portal? I changed my password.',
      'We picked a date for the family session, the 21st works.',
      'Can I pick up a copy of my records from the front desk?',
      'Can someone tell me if I still need to bring my old insurance card?',
      'My landlord is raising the rent again, can I switch to every other week?',
      'Can you fix my address permanently in the portal?',
      "Is the office door locked from the outside after 6? I'm coming at 6:15.",
      'I was in the hospital last week, can you waive the missed session fee?',
      'Got hit with the late fee but I was in the ER with my son, can you waive it?',
      'Could we do 10 instead of 9? The train timing is bad.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it("keeps recall5's ordinary neighbours off the on-call line: a charge not fought, a spot in the lot, a greeting (a clinician reads them today)", () => {
    for (const text of [
      "I'm not going to fight the charge, can you send me the bill?",
      'I keep going back to the same spot in the lot, which level is closest?',
      'Nice to meet you Tuesday! Which door do I use?',
      'I need this claim to be over, can you resubmit it?',
      "I'm going to do something dumb and ask again: what's my copay?",
      'My son keeps his meds in a jar at school, can you write the nurse a letter?',
      'Everyone in my family would manage without me for an hour, so I can do the 5pm.',
      "I don't deserve this late fee, I called 24 hours ahead.",
      'Sería mejor si no estuviera la cita tan temprano, hay algo más tarde?',
      'Who would even care about a 5 minute late arrival?',
      'Everything is pointless with this portal lol',
      "My kids don't need me anymore at pickup, can I move to 3?",
      'Le dije que no necesito nada mas, ya me puedo ir?',
      'she texted she took something for her headache, can she still come?',
      "I've said what I needed to say to the insurance company.",
      'My mom said she took her pills already, can she still come at 3?',
      'Disappointed I woke up late and missed group, can I join Thursday?',
      "I've been skipping doses so I can save money, is there a cheaper generic?",
      'Which meds would do the most good for sleep?',
      "We're scoping out places to move, can I keep telehealth?",
      'My pill organizer is full, can I get a bigger one?',
      'Is it my time slot on Tuesday or Wednesday? I keep seeing two dates.',
      "It's my time to pay the balance, can you send the link?",
      'My husband signs the forms, is it my time to sign too?',
      "God knows it's my time to get this bill sorted, can you tell me the balance?",
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });

  it("keeps set q's everyday neighbours with staff: a bag, a policy, an accident, a plan, a long sleep, a fault", () => {
    for (const text of [
      'I left a plastic bag with my forms in the waiting room, did anyone find it?',
      'Does my life insurance need a letter from you?',
      'Could the late fee be waived? It was an accident, I double booked.',
      'Can I pay it all at once instead of the payment plan?',
      'I have a plan for paying the balance, it makes me calmer.',
      "I'm going to sleep for a long time after finals, can we move to the 20th?",
      "if you don't hear from me by friday, please book me the 3pm",
      'before I go on vacation I want to pay off everything',
      'Can you pump the brakes on my claim until the new card comes?',
      'Se me acabaron las hojas del formulario, me mandan otro?',
      'Mi hija tiene una cita, la puedo meter en la de las 4?',
      'No es tu culpa, si no llego a tiempo es por el tráfico.',
      'before I leave for vacation can I pay my balance?',
      "If I wasn't clear, please let me know",
      "If I'm gone for two weeks will I miss my slot?",
      'Can my wife get the life insurance form signed by you?',
      'dejé el carro encendido en el estacionamiento, llego en 5',
      'Can I use all my sessions at once?',
      'puedo usar todo el saldo de una vez?',
      "In case I don't come back to the practice after moving, can I get my records?",
      'We just walked into the lake house, can we do telehealth?',
      'me estaba ahogando en papeles, ya mande el formulario',
      'el trabajo me está asfixiando, puedo cambiar la cita?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it("keeps set q's other everyday neighbours off the on-call line: a fault, the waves, a will, marks, a luck (a clinician reads them today)", () => {
    for (const text of [
      "I know it's not your fault the claim got denied, can you resubmit?",
      "I won't need the Thursday slot anymore, I'm moving to Ohio.",
      "In case I don't make it back in time, can you call my cell?",
      'We went to the coast and the kids loved walking into the waves. Can we move Friday?',
      'Is it free to draft my will on the portal? No wait wrong office lol',
      'The marks on her report card are from her dad helping, lol. Can we reschedule?',
      'Did I do something stupid today by paying twice?',
      'Hope you have better luck with the other billing office than I did.',
      "if I'm late it's not your fault, the bus is slow",
      'Can you tell me where the spare key for the lockbox is?',
      'My son would be better off with someone else as his therapist, can we switch?',
      'My insurance rep has disappeared off the face of the earth',
      "I don't know if they did it on purpose, the claim was denied twice",
      'Tell my mom the intake was quick, she was worried',
      "I didn't sleep for a long time last night, can we move my appointment back",
      'My kids are taken care of when I go to session, no need for childcare',
      "I don't need a refill again until March",
      'ya no necesito la receta, ya la recogí',
      'I keep my forms in a plastic bag',
      'puedo meter mi botella de agua a la sesion?',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });

  it('keeps a last message off the on-call line (a clinician reads it)', () => {
    expect(triage('Got it sorted, please ignore my last message.').outcome).toBe('clinical');
  });

  it('still reads the crisis those phrases were written for', () => {
    for (const text of [
      "I'm on the bridge.",
      "I'd rather not be alive.",
      'This is my last message you will get from me.',
      'I took a bunch of them an hour ago.',
      'I want to end it all tonight.',
      "I'm ready to die.",
      "I've decided Friday is when I'm gone.",
      'I wrote letters to my kids and left them on the table.',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('still reads risk beside them', () => {
    expect(triage('Could we move to the following week? I took them all.').outcome).toBe('crisis');
    expect(triage('I skipped the back page. I have my pills saved up.').outcome).toBe('crisis');
  });
});

describe('a death said of a thing, echoed of oneself', () => {
  it('reads the echo in the same sentence as a crisis, and keeps one in a sentence of its own from staff', () => {
    for (const text of [
      'Can we move to 3? The zoom died on my end and I wish I had too.',
      'The portal link is dead, just like me. Can you resend it?',
      'my card got declined, the bank killed it, wish i could too',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    for (const text of ['Can I reschedule? My phone died. So did I.', 'The wifi died again. So am I.'])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe("the tuning sets' leftover concepts (recall7)", () => {
  const LEFTOVERS: Readonly<Record<string, fc.Arbitrary<string>>> = {
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
    'a bill no longer owed, and the bad news is why': join(
      pick(
        "good news I won't need to pay the balance,",
        "i wont need to pay next month's bill,",
        'no more balance for me,',
      ),
      pick('bad news is why', 'bad news is why lol', 'the bad news is why'),
    ),
    'showering again and again after it': join(
      pick('i keep showering', 'i cant stop scrubbing', "i can't stop showering", 'i showered three times'),
      pick("and it doesn't help", 'and i still feel dirty', 'since it happened'),
    ),
    'a fee asked about for being otherwise not there': join(
      pick('does the fee apply if', 'what happens to my account if'),
      pick("i'm hospitalized or otherwise not there", 'im otherwise not around anymore'),
    ),
  };
  const LEFTOVER = fc.oneof(...Object.values(LEFTOVERS));

  it('property: every neighbour is a crisis, alone or beside a request', () => {
    fc.assert(
      fc.property(LEFTOVER, REQUEST, fc.boolean(), (clause, request, before) => {
        expect(triage(clause).outcome, clause).toBe('crisis');
        const text = before ? `${request} ${clause}.` : `${clause}. ${request}`;
        expect(triage(text).outcome, text).toBe('crisis');
      }),
      { numRuns: 200 },
    );
  });

  it("reads them in Spanish: the ones who did not come back, a pet's papers, showering, a gun taken over", () => {
    for (const text of [
      'los que no volvieron tuvieron más suerte',
      'dejé los papeles del perro en un sobre para la vecina',
      'me sigo bañando y me siento sucia',
      'no dejo de bañarme desde que pasó',
      'voy a ir con la pistola a su casa',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('leaves their everyday neighbours off the on-call line: a group that ran late, a call returned, a copay', () => {
    for (const text of [
      "The people who didn't come to group got the better deal, it ran late lol",
      "If I'm not here by 3 can you call me?",
      'I forgive you for the billing mix-up, thanks for returning my call',
      "Can I bring my dog's vet records for the ESA letter?",
      "The bad news is why I'm late, my car broke down",
      'I keep showering before sessions, is the office cold?',
      "If I'm sick or otherwise not there, is there a fee?",
      "I'm coming over with the 45 dollar copay tomorrow",
      "Can you send the reminder emails next week so people aren't surprised by the fee?",
      'voy a ir con mi mamá a la cita',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });
});

describe("set u's concepts (recall7)", () => {
  const SET_U: Readonly<Record<string, fc.Arbitrary<string>>> = {
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
    "the worst headache of one's life; an MAOI with cheese or wine": pick(
      'worst headache of my life rn',
      'this is the worst headache of my whole life',
      'on the maoi and had pepperoni pizza and wine, neck stiff',
      'i take nardil and ate aged cheese, head pounding',
      'on parnate and drank a beer',
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
    'a method searched': join(
      pick('my 12 yr old', 'my son', 'she', 'i'),
      pick('searched', 'googled', 'looked up'),
      pick("'how long does hanging take'", 'how long it takes to drown', 'how much it takes to overdose'),
    ),
    'how easy it would be to step off': join(
      pick('keep looking down from the jobsite thinking', 'on the roof i keep thinking', 'thinking'),
      pick(
        "how easy it'd be to just step off",
        'how easy it would be to step off',
        'how easy it would be to fall over',
      ),
    ),
    'unaliving oneself': pick(
      'unaliving myself era fr',
      'thinking about unaliving myself',
      'i might unalive myself',
    ),
    'not a burden any more, said as the plan': pick(
      "I can't be a burden on my kids anymore",
      'i cant be a burden to my family any longer',
      "i won't be a burden on them anymore",
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
    'not being around as the reason for an absence': join(
      pick("if i'm not at my appt tuesday", 'if i miss thursday'),
      pick(
        "it's bc i'm not around anymore",
        'its because im not here anymore',
        "that's cause i'm not alive anymore",
      ),
    ),
    'heavy daily drinking stopped': join(
      pick(
        'i was drinking about a liter of vodka a day',
        'been drinking a fifth of whiskey every day',
        'i drank 12 beers a day',
      ),
      pick('and i stopped yesterday', 'and quit cold turkey', 'and stopped 2 days ago'),
    ),
  };
  const U = fc.oneof(...Object.values(SET_U));

  it('property: every neighbour is a crisis, alone or beside a request', () => {
    fc.assert(
      fc.property(U, REQUEST, fc.boolean(), (clause, request, before) => {
        expect(triage(clause).outcome, clause).toBe('crisis');
        const text = before ? `${request} ${clause}.` : `${clause}. ${request}`;
        expect(triage(text).outcome, text).toBe('crisis');
      }),
      { numRuns: 300 },
    );
  });

  it('reads them in Spanish: a key and a cat, letters in a drawer, insulin, a search, a car and a card taken', () => {
    for (const text of [
      'si me pasa algo, la llave está con la vecina para el gato',
      'las cartas están en el cajón',
      'me despedí de mi mamá por última vez',
      'el peor dolor de cabeza de mi vida',
      'me inyecté insulina que no necesito',
      'voy a usar toda esta noche',
      'imagínate que no despertara mañana',
      'a veces quisiera irme con mi papá',
      'mi hijo buscó cómo ahorcarse',
      'qué fácil sería saltar del techo',
      'my husband se llevó el carro y me quitó la tarjeta',
      'dice que si salgo me va a ir mal',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('reads a return-to-work letter and a partner joining a session as clinical', () => {
    for (const text of [
      "I'm a teacher and I need a letter saying I can return to the classroom after my leave",
      'can I get a note that says im fit to go back to work',
      'my husband wants to come to one of my sessions. is that allowed/helpful?',
      'necesito una carta que diga que puedo regresar al trabajo',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    for (const text of [
      'If anything happens to me during the session, who is my emergency contact on file?',
      'The forms are in the drawer at the front desk',
      'said bye to my old apartment for the last time lol',
      'tell the billing team thank you for trying to fix it',
      'worst headache ever, can we do video?',
      'Can I take my MAOI before the session or after lunch?',
      'I injected my insulin, do you need my glucose log?',
      'Can I use all of it on one visit? my HSA I mean',
      "imagine if I didn't have to pay the copay lol",
      "what if I don't wake up in time for my 8am?",
      'New year, new me! can I book weekly?',
      'I searched how long does it take to get a superbill',
      'how easy is it to step into a group session midway?',
      "he's got my insurance card and my id, can I bring them next time?",
      'My husband took mine by accident, can you resend the portal code?',
      'If I call the office before 9 they take walk-ins, he said',
      "Because I'm not around anymore on Tuesdays since I moved, can we switch to Wed?",
      'Asking for me and my wife: do you take Aetna?',
      'voy a usar todo el saldo hoy',
      'si me pasa algo con el seguro, les aviso',
      'el peor tráfico de mi vida, llego tarde',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });

  it('keeps the everyday neighbours of the new clinical phrases with staff: an attendance letter, a ride', () => {
    for (const text of [
      'I need a letter saying I attended on the 3rd',
      'I need a letter that says I am a patient for my bus pass',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});

describe("kinds probed in set u's voices (recall7)", () => {
  it('reads gambling, shift work, healthcare access, heights and losses as crises', () => {
    for (const text of [
      'i gambled away the house money. theres only one way out of this',
      'been taking like 30 laxatives a day',
      "nurse here. I know exactly which drugs wouldn't show up on a tox screen",
      'i keep the leftover vials from work in my locker',
      'been pocketing wasted fentanyl and keeping it at home',
      'took my work keys to the pyxis. thinking about it',
      'drove home from a 16 hr shift and thought about not stopping at the red light',
      'on the ladder today and thought about letting go',
      'lineman here. thought about grabbing the live wire',
      'its been a year since mom died and i dont see the point of being here without her',
      'ever since the divorce i dont see why i should keep going',
      'lost my job, lost my wife, lost my kids. nothing left to lose now',
      'i cant afford therapy anymore. or rent. or being alive honestly',
      'i left my wedding ring and a note on the kitchen table',
      'gave my tools to my apprentice today. wont need them',
      'put the dog in my sisters name',
      'ya no le veo caso a seguir',
      'ya regalé mis herramientas, no las voy a necesitar',
      'loaded it and put it in the nightstand',
      'please make sure my cat gets fed',
      'my arms are a mess and i cant stop',
      "i haven't slept in 5 days and god is talking to me directly",
      'im going to make him pay for what he did. i know his schedule',
      'me la va a pagar por lo que hizo',
      'tengo todo listo para esta noche',
      'whats the late cancel fee? asking bc i might not make it to next week. or next anything',
      'honestly if i crashed on the way there it wouldnt be the worst thing',
      "my wife found my pills and flushed them. i'll just get more",
      'me quiero aventar del carro en la carretera',
      'quiero tirarme del puente',
      "the baby's daddy shook her and now she's limp",
      "i finally got away but he's texting that he'll find me",
      'i relapsed and shot up heroin last night',
      'i think im the antichrist and i need to cleanse my family',
      "i stopped my lithium and i feel invincible, i'm going to drive really fast",
      'le dejé mis cosas a mi hermana',
      'perdónenme por todo',
      'forgive me for everything',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    for (const text of [
      'Is the only way out of the garage on 5th st?',
      "I don't see the point of being here for 15 minutes, can we do 50?",
      "I don't see why I should keep going to group if insurance won't pay, can I switch?",
      'nothing left to lose by asking lol, do you have a sliding scale?',
      "Can I afford being here weekly? what's the self pay rate",
      'I need a tox screen for my new job, does insurance cover it?',
      'I keep extra vials of insulin in the fridge, can you note it',
      'I was thinking about not stopping by the office, can you mail it?',
      'I thought about letting go of the weekly slot, can we do biweekly?',
      'lineman here, I work on live wires all day so evenings only please',
      'I left my keys and a note at the front desk, did you get it?',
      'I gave my old truck to my son, can I update my address',
      "I put the car in my wife's name, insurance card changed",
      'ya no le veo caso a la terapia en línea, ¿puedo ir en persona?',
      'solo hay una salida en el estacionamiento?',
      'Can you make him pay for what he owes? my ex was supposed to cover half',
      'I know his schedule, can my son come at 4 on Tuesdays?',
      'my arms are a mess from the tattoo, can we do video?',
      "I haven't slept in 5 days because of the baby, can we move to evening?",
      'I loaded it into the bed of my truck',
      'tengo todo listo para la cita de mañana',
      'el seguro me la va a pagar?',
      "if I missed the appointment it wouldn't be the worst thing, right?",
      'Is the next appointment or next available fine?',
      'my dog found my pills and we had to go to the vet',
      'me voy a aventar en carro hasta allá, ¿a qué hora abren?',
      'my leg is limp after the injection, can we do video today?',
      "he'll find me in the lobby, can you tell him which room?",
      'can she find me a new slot on Friday?',
      'I need to cleanse my schedule lol, cancel Friday?',
      'the copay shot up again this month',
      'I feel invincible after finally finishing the intake forms lol',
      'forgive me for all the emails lol, can you resend the form?',
      'le dejé mis cosas a la recepcionista, ¿las tienen?',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });
});

describe("set t's concepts, with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'I need to get somewhere safe right now',
      'i need a safe place to sleep tonight, please',
      'necesito un lugar seguro para quedarme esta noche',
      'a veces quisiera dejar de existir',
      'he estado pensando en no despertar',
      'I keep thinking about driving into the canal after work',
      'the not waking up thoughts came back this week',
      'please call, i swallowed something, idk',
      'he told me next time it will be me',
      'my phone is cracked because he smashed it against the wall',
      "I'm taking something to defend myself when I confront him",
      'Thank you for everything you tried to do for me.',
      'Paid off the last card. Nice to owe nobody anything now.',
      'tengo las pastillas juntadas en el cajón',
      'mi papá regaló su reloj y su carro, dice que ya no va a necesitar nada',
      'I sat with the rifle a long time last night',
      'there is a smell of charcoal from the bathroom and the door is locked',
      "Grandpa says he's quitting his insulin so he can go be with Nana",
      'she hears voices telling her she should go away',
      'dice que la tele le habla y que tiene que quemar la casa con fuego',
      'I left a letter for my brother to open after',
      'his muscles are twitching and his temp is 103',
      'mi padrastro me molesta en las noches',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of [
      'Can you keep my card on file somewhere safe?',
      'I will confront my landlord about the parking tomorrow, can we move to 5?',
      'I took the bus, running 5 minutes late',
      'I owe you $40 from last month, can I pay it today?',
      'Please mail the letter so I can open it later.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});

describe('real words a letter from a word of risk', () => {
  it('reads them as themselves, not as a misspelled word of risk', () => {
    for (const text of [
      'My car stalled on the highway so I am running late.',
      'The pipe is leaking in the waiting room.',
      'I am leaning towards the later slot, can we book it?',
      'The threads in the portal are confusing, where do I upload my insurance card?',
      'Is sharing my records without consent a violation? I want a copy of the release form.',
      'Disculpe que le moleste, ¿puedo cambiar mi cita?',
      'Me gustaría ahorrar en el copago, ¿hay descuento?',
      'Necesito resolver un problema con mi factura.',
      'Me han despedido del trabajo, ¿puedo hacer un plan de pagos?',
      '¿Puedo quedarme con la cita del martes?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads the misspellings people make of the words of risk', () => {
    for (const text of [
      'my boyfriend has been stalking me and showed up at my job',
      'he is chocking on something and turning blue',
      'she had a seisure and is not waking up',
      'thinking about suicde again',
      'i want to kill myslef',
      'mi tío me molestó cuando era niña y ahora lo veo cada noche en mi cuarto',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe("set x's concepts, with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      "i'm gonna throw myself off the garage",
      'lowkey might yeet myself off the roof lol',
      'I have the whole bottle in my hand right now',
      'keep thinking about the top floor of the parking structure',
      "he keeps saying he'll find me and finish what he started",
      "Don't worry about me after Friday.",
      'I set up all my accounts so my sister can manage things',
      'none of this was ever your fault',
      'I signed over the title to my truck to my son',
      "I'm not telling you so you can stop me",
      'it seems like a good time to go, everyone is here to say goodbye',
      'encontré una nota de mi hija despidiéndose',
      'nobody would even notice I was gone for weeks',
      "I'm such a drain on my family",
      'every single morning I am upset that I woke up',
      'I just wish I could be in a coma for a while',
      'it would be easier if the cancer just took me',
      'wearing long sleeves all summer to hide it',
      'her stepdad does things to her when mom works nights',
      'my boyfriend slapped my son across the face',
      "that guy is going to get what's coming to him",
      "I'm not a violent person but I'm done",
      'what happens if you take xanax with a few drinks',
      'qué pasa si uno se toma unas pastillas con alcohol',
      'ya tengo la fecha escogida',
      'my dad drinks a fifth a day and stopped cold turkey this morning',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of [
      "I'm disappointed I woke up late and missed it, can we do 8am?",
      'Where do I park? Is the garage free after 5?',
      'None of this paperwork makes sense, can you help me fill it out?',
      'What happens if I miss my appointment? Is there a fee?',
      'Can you add my sister as an emergency contact?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
  it('keeps a reassurance about the ride home off the on-call line', () => {
    expect(triage('No need to worry about me after the session, I will take the bus home.').outcome).not.toBe(
      'crisis',
    );
  });
});

describe("set y's concepts (older adults), with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      "I've told God I'm ready whenever He is",
      'some nights I think about going to sleep and staying asleep',
      "if I don't wake up one morning nobody should mourn",
      "I've done my part, I'm tired",
      "honestly wouldn't mind if the tractor rolled over on me",
      "every time I cross that bridge I think it wouldn't take much",
      'the life insurance would cover everything for them',
      "I'll be done with all of this soon",
      'ya no quiero amanecer otro día',
      'ojalá Dios me recogiera pronto',
      'estoy lista para irme con el Señor',
      'ya no sirvo para nada',
      'the rifle is still loaded in the closet',
      'Not for hunting, if you understand me.',
      'the garage is sealed up tight now',
      'I put all my meds in one container tonight',
      "there's more than enough in the cabinet with my husband's old pills",
      'I line them up on the table and count them',
      "I kept my wife's morphine from hospice",
      'I have enough stashed away now',
      'been putting my extra pills aside just in case',
      "he said he's going to take out his supervisor",
      'my son was loading a magazine and talking about his boss',
      'sometimes I think about taking him with me',
      'I think about holding a pillow over her face',
      'I told my daughter where the papers are',
      'she picked which hymns she wants at her funeral',
      'he has been handing out all his tools',
      'just wanted to say thanks for trying',
      'her stepdad punched her, the 7 year old is crying at my house',
      'he holds him under the water in the tub',
      'le dije que no pero me llevó a su carro',
      'me tomé un montón de pastillas',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of [
      'Can I come in at 10? The download is still loading.',
      'I would like to settle what I owe, can I pay by phone?',
      'Is the garage open on Saturdays? Where do I park?',
      'Can you tell me where the papers are that I need to sign?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it("reads wanting to talk about how to get through something as the clinician's", () => {
    expect(
      triage("The anniversary is next week. I'd like to talk about how to get through it.").outcome,
    ).toBe('clinical');
  });
});

describe("set ab's concepts, with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'she left a letter saying sorry and that we would understand why someday',
      'my estate can settle the balance',
      "if I'm not around for the next session, thank you",
      'si no estoy para la siguiente cita, gracias por todo',
      'he posted see you on the other side and turned off his location',
      'it was always going to end like this',
      'please tell her not to feel bad about anything',
      "you won't hear from me again",
      'me dio las escrituras de la casa',
      'dice que ya cumplió y que se quiere ir',
      "I'll just get it over with when my husband is away",
      "I'm done after Thanksgiving",
      'I found empty pill bottles in her room',
      'I have been googling how many pills it takes',
      "he won't open the door and hasn't come out since Friday",
      'want to stay in the hot tub till I pass out for good',
      "I've showered like five times since Saturday",
      'it happened again at my cousins',
      'me duele el pecho y el brazo después de la coca',
      'sigo cortándome en las noches',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of [
      'Is Tuesday at 3 going to be a conflict for the office? I can move.',
      'Can you take my card off file? I just want to get it over with and pay the balance.',
      'My phone was off all day, sorry, please call me back.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads a question about a therapist seeing a partner too, and strain at home, as the clinician’s', () => {
    expect(triage('Can my therapist also see my husband, or would that be a conflict?').outcome).toBe(
      'clinical',
    );
    expect(
      triage("I'm handling it but the kids are acting out and I'm running on fumes. Can we add a session?")
        .outcome,
    ).toBe('clinical');
  });
});

describe("set ac's concepts, with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      "I've been writing a list of people who hurt me",
      "she's going to pay for what she did",
      'I took the .45 out of the safe tonight',
      'been staring at the pill bottle for hours',
      "I'm thinking I'll stop taking my insulin",
      'keep thinking about walking in front of the streetcar',
      'I feel so calm now that I decided',
      "I told you I'd tell you if it got bad. It got bad.",
      'the nurse said to call if the thoughts came back',
      'just wanted to say goodbye before I go',
      'thank you for trying with me',
      'I wrote a will last night, out of nowhere',
      "I've made peace with everything",
      'I drew a picture of my own funeral',
      'he left his wedding ring on the table',
      'if anything happens my brother knows where the letters are',
      "she said I'll be taken care of by the life insurance",
      "if a bus hits me tomorrow, that's fine",
      "I don't see a future for me",
      'Mom keeps saying she will be with Dad soon',
      'me debería morir, nadie se daría cuenta',
      'she left with all the pill bottles from the cabinet',
      "I didn't take them all",
      'he has refused to eat or drink for three days',
      'she came home with her dress torn and will not talk',
      'le dije que no y no se detuvo',
      "cut again last night, it's not deep",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('reads a full stop before a digit as a decimal point, not a sentence end', () => {
    expect(triage('Told him next time I am coming over with the .45 to settle it.').outcome).toBe('crisis');
    expect(isStaff(triage('My copay is $.50 more this month, can you check the bill?'))).toBe(true);
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of [
      'Can you send me the list of therapists who take Aetna?',
      'Who do I pay for the session today?',
      'Can you call me if the bill comes back?',
      'Please let me know if anything happens with the claim.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});

describe("set z's concepts (recall8)", () => {
  const SET_Z: Readonly<Record<string, fc.Arbitrary<string>>> = {
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
    "'kys' said to one, or not stopping thinking about doing it": pick(
      'kids keep telling me to kys',
      'everyone in the group chat said kys',
      "i can't stop thinking about doing it",
      'i cannot stop thinking about doing it',
    ),
    'how much of a medicine it would take': join(
      pick(
        "i've been looking at my insulin and thinking",
        'been looking at my pills and wondering',
        'staring at my meds, googling',
      ),
      pick('about how much it would take', 'how many it would take', 'how much would kill me'),
    ),
    'means put away by the family': pick(
      'we took the Tylenol out of the cabinet',
      'we hid all the knives and her meds',
      'we locked up the pills',
      'my wife removed the guns from the house',
    ),
    "pills in a parent's purse": pick(
      "the pills in my mom's purse",
      "the pills in my dad's cabinet",
      "the meds in my grandma's bag",
    ),
    'a pretty view from a height': pick(
      "it's pretty up here",
      'so peaceful up here',
      "it's beautiful up here",
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
    'a person taken out, someone asked to stop one': pick(
      "he says he's going to take out his ex's new boyfriend",
      'im gonna take out my boss',
      'just somebody stop me',
      'someone please stop me',
      "i'm so angry i could actually do something",
      'so mad i might do something',
    ),
    "something thrown at a child's head; photos asked for by a coach": pick(
      'my stepmom threw a pan at my head',
      'my dad threw a bottle at my face',
      'the coach asked her for pictures',
      'my tutor sends weird texts to my daughter',
      'he said if i tell my parents about us hes gonna post the video',
    ),
    "'I said no' said over and over; exposed unless one pays": pick(
      "she keeps saying 'i said no i said no'",
      'i told him no and he didnt stop',
      "he said he'll out me to my family unless i pay",
      "unless i pay he's sending them to all my followers",
    ),
    'a phone smashed again, keys taken like last time': pick(
      "my bf said he'll smash my phone again",
      'she will break my phone again',
      'he took the car keys like last time',
    ),
    'pro-ana challenges, the ER refused, throwing up after meals': pick(
      "she's in a discord where they do challenges, last one was don't eat for 72 hrs",
      'the challenge was fasting for 3 days',
      'the pediatrician said to go to the ER but she refuses',
      'he refused to go to the hospital, the doctor told us to',
      'she throws up after every meal',
      'he throws up after meals like 4 times a day',
    ),
    'told to message if things got bad': pick(
      'u guys said to message if things got bad',
      'you told me to text if things got bad',
      'my therapist said to call if it ever got this bad',
    ),
  };
  const Z = fc.oneof(...Object.values(SET_Z));

  it('property: every neighbour is a crisis, alone or beside a request', () => {
    fc.assert(
      fc.property(Z, REQUEST, fc.boolean(), (clause, request, before) => {
        expect(triage(clause).outcome, clause).toBe('crisis');
        const text = before ? `${request} ${clause}.` : `${clause}. ${request}`;
        expect(triage(text).outcome, text).toBe('crisis');
      }),
      { numRuns: 300 },
    );
  });

  it('reads them in Spanish', () => {
    for (const text of [
      'nadie se dio cuenta de que no fui a la escuela',
      'todo sería más fácil para mis papás si yo desapareciera',
      'ya no quiere ser nada',
      'me voy a dormir y ojalá sea todo',
      'todos estarían bien sin mi',
      'prefiero no existir',
      'no puedo dejar de pensar en hacerlo',
      'en la escuela me dicen que me muera',
      'estoy pensando cuantas pastillas haria falta',
      'escondimos los cuchillos y las pastillas',
      'qué bonito se ve aquí arriba',
      'dejé a mi perro con mi hermana y a mi gato con mi mamá',
      'ya le pagué a todos los que les debía',
      'tengo una playlist para mi funeral',
      'alguien deténgame',
      'estoy tan enojado que podría hacer algo',
      'mi papá me tiró un plato a la cabeza',
      'el entrenador le manda mensajes raros y le pidió fotos',
      'dice que va a subir el video si le digo a mis papás',
      'le dije que no y no paró',
      'rompió mi celular otra vez',
      'está en un grupo pro ana haciendo retos de ayuno',
      'en el grupo el reto es no comer por 3 días',
      'se niega a ir a urgencias',
      'vomita después de cada comida',
      'dijeron que escribiera si las cosas se ponían mal',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of [
      "I'm leaving my dog with my sister this weekend, can we move Saturday to Monday?",
      'I paid back the balance I owed, can you confirm?',
      'Can you take out the late fee from my bill?',
      "Please take my ex's name out of the release form",
      "Can I post the video link from the webinar if that's ok?",
      "I'll send the photos of my insurance card if you need them",
      'I threw up after lunch, need to cancel today',
      'Can you send me the intake forms? No one even noticed the email',
      "We took the kids to my mom's, need to reschedule",
      'My kids would be ok without me for one evening, can I book the 6pm group?',
      'Is it quiet up here on the 3rd floor?',
      "It's pretty busy up here on the 3rd floor, is there another waiting room?",
      "Hopefully that's it for the paperwork, can you confirm you got everything before I go to bed?",
      'Ya pagué lo que debía, ¿me pueden confirmar?',
      '¿Me pueden mandar las fotos del recibo si las tienen?',
      'my phone died, can you tell Ana and Mia I will be late?',
      'She did the 30 day eating challenge, can I book Thursday?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads purging after big meals now and then, with normal labs, as clinical rather than a crisis', () => {
    const text =
      "I've been purging after big meals again, like twice a week. my PCP checked my labs and they're fine";
    expect(triage(text).outcome, text).toBe('clinical');
  });
  it("reads kinds probed in set z's voices: a stranger online, thanks if one does not make it, the last attempt", () => {
    for (const text of [
      'some guy on roblox asked my 10 yo where she lives and to send pics',
      'a stranger on discord keeps asking where we live',
      "if i don't make it, tell my therapist thanks",
      'if i dont make it tell my mom i love her',
      'si no lo logro, díganle a mi mamá que la quiero',
      'tengo las pastillas en la mano',
      'last time i tried it was with pills, i have more now',
      'last time she attempted she jumped',
      "i'd be better off six feet under",
      'she only eats like 300 calories a day and her hair is falling out',
      'un desconocido en roblox le preguntó a mi hija dónde vive',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    for (const text of [
      "If I don't make it in time, can you tell Dr. Lee I'll reschedule?",
      "Last time I tried it the portal didn't let me pay",
      'Can I send pics of the form?',
      'Can you ask where she lives so we can mail the form?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
  it("reads a second probe in set z's voices: an adult wanting to meet a child in person, no problem after tonight", () => {
    for (const text of [
      'mi hija de 13 dice que un señor de 40 la quiere ver en persona',
      "a guy she met online wants to meet her in person, she's 12",
      'some older dude on snap keeps asking to see him in person',
      "i'm not going to be a problem for anyone after tonight",
      'im not gonna be a burden to anybody after friday',
      'ya no voy a ser un problema para nadie después de hoy',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    for (const text of [
      'My 13 year old wants to meet her therapist in person before the first visit',
      'Can the intake guy see us in person on Monday?',
      "I'm not going to be a problem for the front desk after today, I paid in full",
      'ya no hay problema con el pago de hoy',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
    const impersonal = 'no va a ser problema para nadie después de hoy, ya pagué';
    expect(triage(impersonal).outcome, impersonal).not.toBe('crisis');
  });
  it("reads a third probe in set z's voices: the permanent way, a last love-you-sorry, no urine for a day", () => {
    for (const text of [
      'thinking about catching the bus (the permanent way)',
      'been thinking about sleep, the permanent kind',
      "the last text i got from him said 'love you, sorry' and now his phone is off",
      'she texted love you im sorry and isnt answering',
      "my daughter hasn't peed in a day and is barely drinking anything, she's been restricting",
      "he hasn't urinated in 2 days",
      'estoy pensando en dormir de la forma permanente',
      'me mandó un mensaje que dice te quiero, perdón y ya no contesta',
      'mi hija no ha orinado en un día',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    for (const text of [
      'Love you guys, sorry for the late payment text',
      'Te quiero mucho, perdón por el mensaje tarde, ¿me cambian la cita?',
      "He hasn't been able to pee since the surgery day, can we reschedule?",
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});

describe("set ad's concepts (plain writing), with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      "been sh'ing again this week",
      'I did something to myself last night',
      'the ER stitched my wrist yesterday',
      'I was discharged Friday after an attempt',
      'he said he was going to go home and end it',
      'I drove to the garage and went up to the top level',
      "she said she'd take herself and the baby out of this world",
      'he started the truck in the garage with the door closed',
      'I stand at the top of the stairs thinking about falling',
      'Thank you for trying so hard with me.',
      'Please tell my therapist goodbye for me.',
      'I wrote a note. I tore it up but I wrote it.',
      "he made me promise I'd remarry",
      "sorry for being trouble, I won't be for much longer",
      "I don't know if I'll make it to Friday",
      'soy una carga para todos',
      'llegó llorando con la ropa rota',
      'creo que alguien le hizo algo',
      'the boy has a bloody lip and says the boyfriend did it',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of [
      'Please confirm you received our referral for patient J. Torres.',
      'Is the office on the top floor? Which stairs do I take?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
  it('keeps a greeting passed on through the desk off the on-call line', () => {
    expect(triage('Can you say hi to Dr. Kim for me? I will see her Monday.').outcome).not.toBe('crisis');
  });
});

describe("set ae's concepts, with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'her words are slurred and she seems confused, she takes lithium',
      'my dad is on the floor jerking and not answering',
      "I'll go to the lake and just keep walking",
      'I put rocks in my coat pockets',
      'sometimes I think about just not braking at the curve',
      'tengo el cuchillo en la mano',
      "I've made peace with it, please don't be sad",
      "she texted me 'I love you, I'm sorry' and won't pick up",
      'I left my dog with my neighbor and gave my keys to my brother',
      'not going anywhere ever again',
      'a veces pienso que mejor no amaneciera',
      'my date did something to me and I was too scared to say no',
      "I can't stop showering",
      'I googled how high the parking garage at my work is. 8 floors.',
      'who is this? he found my new number',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of [
      'I left my keys at your office yesterday, can I pick them up?',
      'I looked up how far the office is from the garage, can I park there?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});

describe("set ag's concepts (voicemails, answering-service notes, forms), with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'her coach sent her pictures and told her not to tell her parents',
      'my stepdad said I am next if I tell',
      "he broke my mom's arm last night",
      'something happened with my stepdad this weekend',
      'el entrenador le mandó fotos y le dijo que no le dijera a nadie',
      'how long can someone go without food before it is dangerous, it has been a week',
      "not sure I'll be around much longer",
      'it would be such a relief to not be here anymore',
      'their life without me would be happier',
      "honestly they'd be better off",
      'I hug everyone like it is the last time',
      "I think something's going to happen soon",
      "tell her thanks and I'm sorry, it's nothing she did",
      'he texted "love you, take care of the cat for me"',
      "she posted 'it's been real' and won't answer",
      'subió su último video y lo borró',
      'I ordered a helium tank, no party',
      "she said she's stocked up enough",
      'I keep taking the bottle out and counting them',
      "I'm on top of the parking garage",
      'I keep looking at the ceiling beam',
      'he showed me a handful of pills',
      'you said to check in if it got bad',
      "she's going to finish it after work",
      "he said he's bringing something if they fire him",
      'me echaron algo en el trago',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('keeps their everyday neighbours with staff', () => {
    for (const text of ['Can you send me pictures of the office entrance?'])
      expect(isStaff(triage(text)), text).toBe(true);
    expect(triage('I will bring something to read while I wait, is there wifi?').outcome).not.toBe('crisis');
  });
});

describe("set af's concepts, with their neighbours", () => {
  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'I heard the little girl screaming stop and thumps through the wall',
      'my youth pastor keeps texting me things late at night',
      'he made me stay after class and I do not want to say what happened',
      'he smashed my phone because I wanted to visit my mom',
      'mi esposo rompió mi celular',
      'tengo miedo de que me haga algo',
      'I keep thinking the garage would be the perfect spot',
      "I'm staying at a friend's so I don't do anything stupid",
      "woke up in a stranger's room and I don't remember how I got there",
      'my clothes were on backwards when I woke up',
      'if I died he could finally be happy',
      'stop everything, breathing included',
      'what is the point of sticking around',
      'the kids would be better with just their mom',
      "I've been thinking about how I would do it lately",
      'I posted goodbye on my story',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('reads wanting a therapist one would open up more with as the clinician’s', () => {
    expect(triage("Could I switch therapists? I think I'd open up more with someone older.").outcome).toBe(
      'clinical',
    );
  });

  it('keeps their everyday neighbours with staff', () => {
    expect(isStaff(triage('Is the garage the right place to park for my appointment?'))).toBe(true);
    expect(triage('I posted the check on Monday, did it arrive?').outcome).not.toBe('crisis');
  });
});
