// Clinical neighbours of the crisis concepts (a return-to-work letter, strain at home): the clinician's.
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectStaff, isStaff, triage } from './neighbour-kit.js';

describe('the clinical neighbours of the crisis concepts', () => {
  it('keeps a return-to-work letter and a partner joining a session from staff', () => {
    for (const text of [
      "I'm a teacher and I need a letter saying I can return to the classroom after my leave",
      'can I get a note that says im fit to go back to work',
      'my husband wants to come to one of my sessions. is that allowed/helpful?',
      // Set cf (lead20): a partner who asks to join, however the asking is said.
      'My wife asks if she can join one session with me, to talk about our communication problems.',
      'my husband is asking if he can come to my session thursday',
      // Set cg (lead20): results gone over with the prescriber.
      'Got my GeneSight results back. Can Dr. Patel go over them with me at the next appointment?',
      'Can we go over my results at my next appointment?',
      'necesito una carta que diga que puedo regresar al trabajo',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it("reads a last message, an anniversary, strain at home, purging with normal labs and a wish for another therapist as the clinician's", () => {
    for (const text of [
      'Got it sorted, please ignore my last message.',
      "The anniversary is next week. I'd like to talk about how to get through it.",
      'Can my therapist also see my husband, or would that be a conflict?',
      "I'm handling it but the kids are acting out and I'm running on fumes. Can we add a session?",
      "I've been purging after big meals again, like twice a week. my PCP checked my labs and they're fine",
      "Could I switch therapists? I think I'd open up more with someone older.",
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });
  it('keeps homework told back, a client recording sessions, a therapy a friend found helpful and accommodations in Spanish from staff', () => {
    for (const text of [
      'just wanted to say thank you. I called my mom like we practiced and it went ok!',
      'I told my boss no, like we rehearsed. felt weird but good',
      'hablé con mi hermana como lo practicamos y salió bien',
      'I keep forgetting what we talk about in session. Would it be ok if I recorded them on my phone?',
      'Can I record our sessions? I forget everything by the time I get home',
      'we want to tape the session for my mom who cant come',
      '¿Puedo grabar la sesión con mi celular?',
      'Do you offer EMDR? My friend said it helped her a lot with her car accident stuff',
      'my sister says DBT worked for her, is that something I could do?',
      'Mi hijo tiene TDAH y la escuela pide un formulario del doctor para acomodaciones. ¿Me lo pueden llenar?',
      'necesito una carta para que en el trabajo me den adecuaciones',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('lets the desk answer a platform question, a records request and a booking that mention the same words', () => {
    for (const text of [
      'Hi, just checking: does the telehealth platform record sessions? My husband asked.',
      'Please send my records to Dr. Lee before Friday',
      'my boss said I cant leave early, can I move to 5pm?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it("reads not being able to say things to one's clinician, in a second language or at all, as the clinician's", () => {
    for (const text of [
      'Me gustaría tener sesiones con alguien que hable español, a veces no me puedo expresar bien en inglés con mi terapeuta. ¿Es posible?',
      "I'd like sessions in Spanish if possible, I can't really express myself in English with my therapist",
      "It's hard to open up to my therapist. Is there someone else on Thursdays?",
      'me cuesta abrirme con mi psicóloga, hay otra persona disponible?',
      'i struggle to explain myself to my counselor, can we add more time',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('lets the desk answer a payment card or a language question that uses the same words', () => {
    for (const text of [
      'Can I pay with American Express?',
      '¿Tienen a alguien que hable español en la recepción?',
      'Do any of your therapists speak Spanish? I would like to book an intake.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it("reads taking all one's medicines every day as adherence, the prescriber's, and a dose taken all at once as a crisis", () => {
    for (const text of [
      'I take all my meds every morning',
      'I take all my meds every morning, can I get a receipt for last week',
      'me tomo todas las pastillas todos los días, ¿me renuevan la receta?',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
    for (const text of [
      'I took all my meds this morning at once',
      'i take all my meds every morning and tonight im taking all of them at once',
      'me tomé todas las pastillas',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('how many pills to take a day: a dosing question, not a lethal amount (lead, 2026-12-05)', () => {
  it('keeps it with a clinician, off the on-call line, in English and Spanish', () => {
    for (const text of [
      'how many pills do I take a day?',
      'how many tablets am I supposed to take at bedtime?',
      '¿cuántas pastillas de quetiapina me tomo en la noche?',
      '¿cuántas cápsulas son por día?',
    ]) {
      expect(triage(text).outcome, text).toBe('clinical');
    }
  });

  it('still reads how many it would take, or to not wake up, as a crisis', () => {
    expectCrisis([
      'how many pills would it take to not wake up',
      'how many of my pills would kill me',
      'how many pills should i take at night to never wake up',
      'cuantas pastillas me tomo para no despertar',
    ]);
  });
});

describe('clinical messages of sets bg and bh that went on call, each beside its crisis twin (recall21, 2026-12-05)', () => {
  it('keeps each with a clinician the same day, off the on-call line', () => {
    for (const text of [
      "Can we talk about cutting down to every other week? I'm feeling a lot better and money's tight.",
      "i've been cutting back on drinking like we talked about",
      "I felt really hurt after our last session when you said I was 'avoiding.'",
      "Is it normal to feel worse after starting trauma work? I'm not unsafe, just rattled.",
      "I used the breathing thing but it didn't help much. Should I be doing something different?",
      'Been having these really vivid flashbacks since the raid at my job last month. I jump every time a door slams.',
      '¿Puedo tomar ibuprofeno con el litio? Tengo un dolor de muela que no me deja y el dentista no me da cita hasta el lunes.',
      'los ejercicios de respiración no me están funcionando',
      'No es que me quiera morir ni nada, pero a veces pienso que sería más fácil si me dieran unas vacaciones largas de todo.',
      'Ando con los nervios de punta desde que me llegó la carta de la corte de inmigración.',
    ]) {
      expect(triage(text).outcome, text).toBe('clinical');
    }
  });

  it('still reads their crisis twins, and the ordinary senses stay off the on-call line', () => {
    for (const text of [
      "I'm cutting down my arm again",
      "i've been cutting again",
      'I felt hurt so i hurt myself',
      'I feel unsafe tonight',
      "i'm not safe",
      "I can't breathe and my lips are blue",
      'I want to jump off the bridge every time I drive over it',
      'no, es que me quiero morir',
      'No es que me quiera morir, pero ya tengo las pastillas guardadas',
      'mi esposo no me deja salir de la casa',
      'me corté otra vez',
      'solo quiero que me atropellen y ya',
    ]) {
      expect(triage(text).outcome, text).toBe('crisis');
    }
    for (const text of ['this copay is killing me', 'my phone died', 'shoot me the link']) {
      expect(triage(text).outcome, text).not.toBe('crisis');
    }
  });
});

describe('a time after the usual pill, no shakes or anything, a child who barely eats on a stimulant (sets bg, af, ap, aq and ar; recall21, 2026-12-05)', () => {
  it('keeps each with a clinician the same day, off the on-call line', () => {
    for (const text of [
      'Quick med question, I threw up about 20 min after taking my morning pill. Should I take another one?',
      "I've been drinking more than I want to, like 4-5 beers most nights. No shakes or anything when I skip, I just want to cut back. Can we work on that in session?",
      'my daughter is doing better con la medicina pero casi no come nada en la escuela. ¿eso es por la medicina del ADHD?',
      'mi hijo casi no come desde que empezó la medicina',
    ]) {
      expect(triage(text).outcome, text).toBe('clinical');
    }
  });

  it('still reads their crisis twins as a crisis', () => {
    expectCrisis([
      'I took 20 pills about 20 min ago',
      'I took all my pills 20 minutes after taking my morning pill',
      "I stopped drinking two days ago and I'm shaking and seeing bugs",
      "no shakes yet but I'm confused and seeing things since I quit drinking",
      'mi hijo no ha comido en dos días',
      'mi hija casi no come y dice que se quiere morir',
    ]);
  });
});

describe("a parent asking what to know after a child's session (lead, 2026-12-06, set bs: it reached scheduling)", () => {
  it("is a clinician's, never the desk's", () => {
    for (const text of [
      "After my son's session yesterday he's been real quiet, just in his room gaming. Is there anything I should know?",
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe("the body's medical care that moves a session, and a parent asking how a child is doing (lead, 2026-12-06, sets bw-cb)", () => {
  it('leaves the desk a session moved for an infusion, dialysis or surgery', () => {
    for (const text of [
      'can I switch my 8am to later? my dialysis chair time changed',
      'Buenas noches, me puede cambiar la cita de la ma\u00f1ana a la tarde? Tengo que llevar a mi esposo a di\u00e1lisis',
      'I have an infusion that got moved to thursday, can we do friday instead?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('gives the clinician a parent asking how a child is doing in therapy, and a school coordinating supports', () => {
    for (const text of [
      "I'd like an update on how my son is doing in therapy. Can his therapist call me?",
      'Could his therapist call me Thursday to coordinate on his attendance plan and what supports are helping?',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });
});

describe('results and clinical judgement beside their administrative neighbours (lead20, set cg)', () => {
  it('leaves a bill or paperwork gone over with staff', () => {
    for (const text of [
      "Can you go over my bill with me? I don't understand the charges",
      'Can someone go over the intake paperwork with me?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});

describe("a bleeding risk, a pill cut, on edge, a therapist's feelings (recall22, sets ci-ck)", () => {
  it("gives the clinician the same day what a medicine's or a therapy's question is", () => {
    for (const text of [
      'Is it safe to take my sertraline with the Eliquis? The pharmacist flagged something about bleeding risk.',
      "can I cut my quetiapine 50 in half to make it last longer? money is tight till the 3rd. pharmacist says it's not scored",
      "He says I'm 'always on edge' and wants to come to a session with me. I'm not sure I want that.",
      'i feel like therapy isnt really working and i dont want to hurt her feelings but maybe i need someone else?',
      'doctora desde que empece el litio tengo mucha sed. ¿me tengo que hacer los analisis de sangre otra vez?',
      '¿hay riesgo de sangrado con la sertralina?',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });

  it('keeps their crisis twins on call', () => {
    expectCrisis([
      "I'm bleeding and it won't stop",
      'I cut my wrists and there is a lot of blood',
      'me corté y hay mucha sangre',
      'I keep staring at the pills in my drawer',
      "I'm standing on the edge of the roof",
      'I want to hurt her',
      "I'm on edge and I have the gun in my lap",
    ]);
  });
});

describe("a judgement asked about one's care dressed as logistics (recall23, set cm)", () => {
  it('gives the clinician whether a change of frequency, format or a pause is right for the care', () => {
    for (const text of [
      'does going every other week make sense clinically?',
      'is it a good idea for my treatment to skip a month?',
      'would it hurt my progress to switch to telehealth?',
      'is it bad for my treatment if I go down to every other week?',
      'would it set me back to pause sessions for January?',
      'is it ok therapeutically to do phone sessions instead of video?',
      'is a phone session ok clinically or does it have to be video for insurance?',
      '¿le conviene a mi hijo bajar a una vez al mes?',
      '¿me conviene ir cada dos semanas?',
      '¿es buena idea para mi tratamiento dejar la terapia un mes?',
      '¿cree que me afecte cambiar a citas por video?',
      'do you think my son is ready to go to once a month?',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });

  it('keeps their administrative twins with staff: a schedule, a copay, a price that sets one back', () => {
    expectStaff([
      'does every other week work for your schedule?',
      'is a telehealth session the same copay?',
      'can we go to every other week starting feb?',
      'can I switch to telehealth for January?',
      'would it set me back much to pay out of network?',
      'does the new insurance affect my copay?',
      '¿me conviene pagar ahora o después?',
      '¿el cambio de seguro afecta mi copago?',
      'is the sliding scale right for my situation?',
    ]);
  });

  it('keeps the crisis twins on call', () => {
    expectCrisis([
      'would it hurt anyone if I just stopped coming? nobody would miss me',
      'I hurt myself again and it set my progress back',
      "there's no point in my treatment anymore, I have the pills ready",
    ]);
  });
});

describe('an antidepressant stopped cold turkey with brain zaps (recall23, set cm)', () => {
  it('gives the prescriber the same day discontinuation symptoms, in English and Spanish', () => {
    for (const text of [
      "Stopped my Effexor cold turkey last week because I ran out during the storm and couldn't get to town. Brain zaps and dizzy. Can I just restart at the same dose?",
      'quit my paxil cold turkey, getting brain zaps, can I restart?',
      'deje el effexor de golpe y tengo como toques en la cabeza, lo puedo volver a tomar?',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });

  it('keeps dangerous withdrawal and the crisis twins on call', () => {
    expectCrisis([
      "stopped my xanax cold turkey and I'm shaking really bad",
      'stopped drinking cold turkey 2 days ago and im seeing things',
      'I stopped my Effexor cold turkey and had a seizure',
      'quit my zoloft cold turkey and now I want to die',
      'stopped my effexor cold turkey, brain zaps and I keep thinking about ending it',
      'deje el xanax de golpe y estoy temblando mucho',
    ]);
  });
});

describe("therapy notes, therapy homework in Spanish, another person's mood (lead24: set cp, read for its misses)", () => {
  it('keeps them with a clinician, even beside a request', () => {
    for (const text of [
      'Can I read my therapy notes? And if I do, can we talk about what is in them in session',
      'can i see what you wrote about me in my notes',
      'La tarea de escribir en el journal, la tengo que traer en papel o se la mando por aqui?',
      "my daughter's grades are slipping and she seems down, should we bump up sessions",
      'my son seems really down lately, can we add a session',
      'my husband has been really withdrawn, can he come in with me thursday?',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('leaves a copy of the records, a balance that looks off and a phone line shut down with staff', () => {
    expectStaff([
      'can I get a copy of my records for my new therapist',
      'I have a balance of $612 which seems way off, who do I talk to?',
      'Please update my email, the old one is getting shut down.',
      "I've been shot down by 4 practices already, are you accepting new patients?",
    ]);
  });
});

describe('memory failing in a parent, a specialist asked (lead26)', () => {
  it('keeps them from staff', () => {
    for (const text of [
      "Mom keeps repeating herself and got lost driving to the Jewel she's been going to for 20 years. Is this something for family sessions or should we be seeing a neurologist first?",
      "my husband keeps forgetting names lately and i'm worried",
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('un tema para la sesión, en español (lead26)', () => {
  it('keeps it from staff', () => {
    for (const text of [
      'quiero hablar del divorcio en la proxima sesion',
      'podemos platicar sobre mi infancia el martes?',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('trouble sleeping since a change (lead26)', () => {
  it('keeps it from staff', () => {
    for (const text of [
      "i'm having trouble sleeping since starting the new job",
      'my son has had problems sleeping lately',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});
