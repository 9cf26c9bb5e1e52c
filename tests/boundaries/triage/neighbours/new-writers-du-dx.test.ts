// The kinds read from the twenty-seventh round's first reading: the last round's four unseen sets (du, dv, dw, dx) and
// the crises the word model alone had read until its refit, each in other words than the message that taught it, with
// the everyday neighbours that must keep their route.
import { describe, expect, it } from 'vitest';
import {
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectStaff,
  join,
  pick,
  triage,
} from './neighbour-kit.js';

/** Each text goes to a clinician, not on call and not to the desk. */
function expectClinicianNotStaff(texts: readonly string[]): void {
  for (const text of texts) expect(triage(text).outcome, text).toBe('clinical');
}

describe('an injury one will not explain; a target watched (lead37, set du)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "need to cancel tomorrow, I've got a black eye and I'm hiding it from everyone",
      'can we do video? busted lip and I dont want to have to explain it',
      'I have bruises on my neck and I keep covering them with makeup',
      "i don't want to explain the bruises at work so i'm staying home",
      'he is gonna regret it. i know when he leaves the shop and where he parks',
      "i know when she gets off work and which door she uses. i've thought it through",
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'I got a black eye at softball lol, can we move my session to thursday',
      'I know when he leaves for work, so mornings are better for me',
      "you'll regret not booking early, my friend says the schedule fills fast lol",
    ]);
  });
});

describe('relief at a diagnosis, envy at work, a crossing lingered at, a swerve, a beam measured (lead37, sets dv, dx)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "honestly if i got a cancer diagnosis i'd be relieved",
      "if the scan shows something terminal I think I'd feel relieved",
      'every time we code someone at work part of me is jealous',
      'I keep stopping at the railroad crossing on the way home and just waiting',
      'been going to the overpass after my shift. just standing there',
      'passing the semis on 40 and thinking one little swerve',
      'keep eyeing the oncoming trucks and thinking about the wheel',
      'the rafter in the garage would hold my weight, i checked',
      'there is a joist in the basement and i measured it',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'I was so relieved the biopsy was benign! see you thursday',
      'stuck at the railroad crossing, a freight train, be there in 10',
      'one little swerve to miss a deer and my coffee went everywhere lol, running late',
    ]);
  });
});

describe('everything had, things given away, fragments of a night named (lead37, sets dv, dx)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'tonight. i have everything. im sorry',
      'ive got everything. its time. forgive me',
      "gave my saddle and my good rifle scope to my nephew. I won't need them",
      "I gave my quilts to my granddaughter last week. I don't think I'll need them anymore",
    ]);
  });
});

describe('a body in danger and voices in Spanish (lead37, sets dw, dx, da)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "my brother's lips look kinda blueish and he won't answer me",
      'her face is ashen and she is barely breathing',
      'Dice que la Virgen le dice que tiene que tirarse por la ventana',
      'mi abuela quiere tirarse del balcon, dice que los santos se lo piden',
      'mi papa dice que una voz le manda que tiene que matarse',
      'ayer pense en meterme debajo de un trailer con la troca',
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'me encanta el balcon de la oficina nueva, nos vemos el martes',
      'the blueish folder in the lobby has the forms I need?',
    ]);
  });
});

describe('a rehearsal with a bag; going with the one who died (lead37, sets ci, dx: read by the word model alone until its refit)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'my dad said the plastic bag in his nightstand was for practicing',
      'I tried it with a plastic bag last night, just practicing',
      "the wake is saturday. I think I'll just go with him",
      "i'll join her soon. it would be easier for everyone",
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectStaff(['I will bring the forms in a plastic bag so they stay dry, see you tuesday at 3']);
  });
});

describe('what a diagnosis means is a clinician’s; a service named is the desk’s (lead37, set dx)', () => {
  it('sends the question to a clinician', () => {
    expectClinicianNotStaff([
      'What does bipolar 2 actually mean? I read my chart in the portal and saw it and nobody told me',
      'what does ptsd mean on my superbill? nobody explained it',
    ]);
  });
  it('keeps the service question at the desk', () => {
    expectStaff(['Do you do ADHD testing? How much is it?', 'Does Dr. Lee do couples? What are her hours?']);
  });
});

describe('the kinds as concepts: any wording of their parts, alone or beside a request, is a crisis (lead37)', () => {
  it('holds for generated neighbours', () => {
    checkConcepts({
      injuryNotExplained: join(
        pick('I have a black eye', 'got a busted lip', 'theres bruises on my neck', 'my split lip'),
        pick(
          'and I dont want to explain it',
          'and im covering it with makeup',
          'so I wear sunglasses to hide it',
        ),
      ),
      reliefAtAnIllness: join(
        pick('if i got', 'if they found', 'if I had'),
        pick('cancer', 'a terminal diagnosis', 'something incurable'),
        pick("i'd be relieved", 'honestly it would be a relief', 'i think id feel relieved'),
      ),
      placeLingeredAt: join(
        pick('ive been stopping at', 'i keep going to', 'been parking by'),
        pick('the tracks', 'the railroad crossing', 'the overpass', 'the ledge'),
        pick('after work', 'at night', 'every day'),
      ),
      thingsGivenAway: join(
        pick('I gave my drum', 'gave all my tools', 'I gave my star quilt'),
        pick('to my nephew.', 'to my niece.', 'to my cousin.'),
        pick("I won't need them", "don't think I'll need them", 'not gonna need them'),
      ),
    });
  });
});

describe('the lead’s probes of the round: trains timed, a result hoped bad, farewells and consent not given (lead37)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'the freight comes by at 11:40, ive timed it all week',
      'honestly part of me is hoping the mri shows something',
      "if it comes back malignant i'm at peace with that",
      "i'd be glad if i didn't wake up tomorrow",
      'im jealous of the ones in the obituaries',
      'my brother gets the dog. its all in the note',
      'update my emergency contact please. my wife will need it soon',
      'take me off the schedule for good. thanks for trying, bye',
      "he drove me to his place and i don't remember saying yes",
    ]);
  });
  it('keeps their everyday neighbours where they belong', () => {
    expectNotCrisis([
      'thanks for trying to find me a slot! maybe next month',
      'my sister passed her boards and im so jealous lol',
      'please update my emergency contact to my brother, his number is 555-0134',
    ]);
    expectClinicianNotStaff(["my mom keeps asking if i'm ok and i don't know what to tell her"]);
  });
});

describe('sets dy and dz, written this round and read: a rifle brought in, a month taken at once, the one who did not come home, a pull at a platform, thoughts that feel like instructions (lead37)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'one more write up and im bringing my rifle to the shop. they will find out',
      'took my whole monthly supply at once lol. anyway can you send the superbill',
      'did something dumb with my meds last night, sorry',
      'my toddler ate one of my pills from the nightstand i think',
      'it should have been me, not my buddy. easier that way. most nights i think it',
      'on the subway platform i get this urge to step off. just me',
      'bad headache and seeing spots, 5 days postpartum',
      'the thoughts feel like instructions now',
      'the thoughts dont scare me anymore',
      'can the refill be for 90 days? want a big supply for reasons id rather not say',
      'gave away the crib and my good boots. my mom thinks im just decluttering',
      "I'm scared I'm going to OD tonight",
    ]);
  });
  it('keeps their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'I paid all my balances at once, can you confirm',
      'the pull-out couch in the waiting room is comfy lol see you at 4',
    ]);
    expectClinicianNotStaff([
      "I'm not going to do anything, but I keep thinking it should have been me. Can we talk about it?",
    ]);
  });
});
