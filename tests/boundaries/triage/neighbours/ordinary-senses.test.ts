// Ordinary senses of risk words (my phone died, a bridge in traffic): neighbours that stay with staff.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, expectStaff, isStaff, triage } from './neighbour-kit.js';

describe('the everyday neighbours of the crisis concepts', () => {
  it('leaves them with staff', () => {
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
      'I need a letter saying I attended on the 3rd',
      'I need a letter that says I am a patient for my bus pass',
      'Can you keep my card on file somewhere safe?',
      'I will confront my landlord about the parking tomorrow, can we move to 5?',
      'I took the bus, running 5 minutes late',
      'I owe you $40 from last month, can I pay it today?',
      'Please mail the letter so I can open it later.',
      "I'm disappointed I woke up late and missed it, can we do 8am?",
      'Where do I park? Is the garage free after 5?',
      'None of this paperwork makes sense, can you help me fill it out?',
      'What happens if I miss my appointment? Is there a fee?',
      'Can you add my sister as an emergency contact?',
      'Can I come in at 10? The download is still loading.',
      'I would like to settle what I owe, can I pay by phone?',
      'Is the garage open on Saturdays? Where do I park?',
      'Can you tell me where the papers are that I need to sign?',
      'Is Tuesday at 3 going to be a conflict for the office? I can move.',
      'Can you take my card off file? I just want to get it over with and pay the balance.',
      'My phone was off all day, sorry, please call me back.',
      'Can you send me the list of therapists who take Aetna?',
      'Who do I pay for the session today?',
      'Can you call me if the bill comes back?',
      'Please let me know if anything happens with the claim.',
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
      "If I don't make it in time, can you tell Dr. Lee I'll reschedule?",
      "Last time I tried it the portal didn't let me pay",
      'Can I send pics of the form?',
      'Can you ask where she lives so we can mail the form?',
      'Love you guys, sorry for the late payment text',
      'Te quiero mucho, perdón por el mensaje tarde, ¿me cambian la cita?',
      "He hasn't been able to pee since the surgery day, can we reschedule?",
      'Please confirm you received our referral for patient J. Torres.',
      'Is the office on the top floor? Which stairs do I take?',
      'I left my keys at your office yesterday, can I pick them up?',
      'I looked up how far the office is from the garage, can I park there?',
      'My 13 year old wants to meet her therapist in person before the first visit',
      'Can the intake guy see us in person on Monday?',
      "I'm not going to be a problem for the front desk after today, I paid in full",
      'ya no hay problema con el pago de hoy',
      'Can you send me pictures of the office entrance?',
      'Is the garage the right place to park for my appointment?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it("leaves set al's everyday neighbours with staff (a caliber's numbers, a piece of paper, a watch, a call after work)", () => {
    for (const text of [
      'my session is 45 minutes, can I get the 38 dollar receipt',
      "I'm gonna fuck up this form again lol can you send a new one",
      'I got a piece of paper from the clinic about my bill',
      'my watch ended at 6 so I can do a 7pm appointment',
      'I paid off my balance, can you confirm? Love the new portal',
      'Please update my emergency contact to my sister Tasha 555-0143.',
      "Can someone call me after 3? I'll be there to get the call after work.",
      'I think he wants me home by 6 so can we do 4pm',
      'we read about the prophet at the mosque, can I reschedule friday for Jummah',
      'my laptop froze during the session can we redo it',
      "What's the best number to reach the front desk after 5? This is staff at Willow Creek group home.",
      'I went out on my terms with my last job, can you update my employer on file?',
      "I won't see 30 dollars of that refund, can you check?",
      "This is my last birthday party reminder lol, can I move Friday's session?",
      'I want to stop my life coaching sessions and just do therapy, how do I cancel?',
      'might as well end it here with the old insurance, please use the new card',
      'no use in me coming in if the roads are iced, can we do video?',
      'my life insurance has no meaning for the bill, right?',
      'I take too much time to fill forms, can you send them early?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('keeps these off the on-call line (a clinician may read them)', () => {
    for (const text of [
      'Quiero ir al mar el viernes, ¿puedo mover la cita?',
      'no fue a propósito, se me olvidó la cita, perdón',
      '¿El seguro cubre si fue un accidente de carro?',
      'peso 70 kilos, ¿necesitan eso para el formulario?',
      'en el sentido de la agenda, ¿qué días tienen?',
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
      'No need to worry about me after the session, I will take the bus home.',
      'no va a ser problema para nadie después de hoy, ya pagué',
      'Can you say hi to Dr. Kim for me? I will see her Monday.',
      'I will bring something to read while I wait, is there wifi?',
      'I posted the check on Monday, did it arrive?',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });

  it("leaves set ah's everyday neighbours with staff (recall9)", () => {
    for (const text of [
      "I don't want to be a bother, but could you resend the invoice?",
      'Sorry to be a bother, can I move my appointment to Friday?',
      "The payment won't be far behind, I mailed the check today.",
      "I'd just as soon keep the Tuesday slot if that works.",
      'We walked along the lake this weekend, can I reschedule Monday?',
      "I've been thinking about my 45 minute slot, can we make it 60?",
      "My car battery died so I can't leave the house, can we do telehealth?",
      "My daughter is sick so I can't leave, can we move to Thursday?",
      'Our dog sleeps in her crate during sessions, is that ok on video?',
      'The tractor rolls in at noon, can I come at 2?',
      'Hoping the new tractor gets here Monday so I can make my appointment.',
      "I'm working at the silo Saturday, can I move my appointment?",
      'I said no to the payment plan, can you cancel it?',
      "I don't remember how I got the bill, can you resend it?",
      "He's been off the bottle 3 months and doing great, can we add him to family sessions?",
      'Can I bring my laptop to the office for the session?',
      'Please make them understand my insurance changed.',
      "It won't be a problem for anyone if I switch to Tuesday?",
      "I won't be long, just running 5 minutes late.",
      'Zelle would be a quick way to pay, can I use it?',
      'Can you send one round of reminders by text?',
      "I don't think I'll see you at Christmas, we're traveling. Can I book January?",
      'If the farm sells I will go with it to Kansas and need a telehealth option.',
      'No tardo en llegar, voy en camino.',
      'Dije que no al plan de pagos, ¿lo pueden cancelar?',
      'Le dije dónde están los papeles del seguro a la recepcionista.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it("leaves the everyday neighbours of a third probe in set ah's voices with staff (recall9)", () => {
    for (const text of [
      'My husband will join my session next week, is that ok?',
      "We're going home to Ohio for Christmas, can we move the Dec 23 session?",
      "I've been doubling up on fiber like the doctor said, can I get the lab form?",
      "We visit my wife's grave on Sundays, so could we do Saturday?",
      "I don't care what happens with the claim, just send the bill to me.",
      'I spray Roundup on the farm every Monday so can we do Tuesday?',
      'Si no contesto, me voy a la cita con mi esposo, llámeme al otro número.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('keeps Spanish desk hyperbole off the on-call line (set aq, lead, 2026-12-05)', () => {
    for (const text of [
      'esa multa me mata, ¿hay un plan de pagos?',
      'me mata la memoria, ¿a qué hora era mi cita?',
      'me están matando los cobros, ¿hay un plan de pagos?',
      'el deducible me tiene muerta, ¿cuándo empieza a pagar el seguro?',
      'me dejó muerto la noticia de la factura, ¿me pueden explicar el cobro?',
      'mataría por una cita el sábado, ¿hay algo?',
      'estoy muerta de curiosidad, ¿la nueva terapeuta habla español?',
      'me morí de la pena, se me olvidó la cita. ¿me pueden cambiar la cita?',
      'ay me muero, se me olvidó pagar. ¿Me mandan el link de pago?',
      'casi me da un infarto cuando vi la cuenta, ¿hay un error?',
      'ya me mataste con tantos correos jaja, ¿cuál link es el bueno?',
      'Insurance is killing my claim again, can you resubmit it?',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });

  it('still reads a person who kills or chokes beside those words (set aq, lead, 2026-12-05)', () => {
    for (const text of [
      'mi esposo me mata si cancelo la cita, ya me amenazó',
      'me apretó el cuello y me dejó sin aire',
      'me va a matar con la pistola',
      'ya no quiero seguir con la terapia, ya no quiero seguir viviendo',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('the front desk’s inbox: life explained around a request (set at, admin9)', () => {
  it('leaves a life explained beside a request with staff', () => {
    for (const text of [
      'My insurance requires a diagnosis code on the superbill or they kick it back. Can you resend?',
      "portal won't let me log in, says account locked. tried like 5 times lol my bad",
      "Is the office on the 2nd or 3rd floor? Elevator's out of order and I have a bad knee",
      "Got a new phone so I'm not getting the reminder texts anymore. Same number though.",
      "Can you cancel my 12/10? My daughter's winter concert got moved to that day and it has her recorder solo lol",
      "Can someone call me back? I've left 2 voicemails about a billing error and nobody's called.",
      'Need to move to Mondays starting January, the custody schedule changed when the divorce was finalized.',
      "Hi! I think I overdosed on coffee before my intake lol I'm so jittery. Anyway I'm here, parked out front",
      'Dead battery, stuck in the Target lot waiting on AAA. Can we switch today to telehealth?',
      "sooo sorry I slept through my alarm and missed it, newborn = zero sleep. can I reschedule and what's the fee",
      "I'm literally bleeding money on gas driving in twice a week. Can one of my two weekly sessions be virtual?",
      'Stressed about money rn, any chance I can pay the $240 balance in 3 parts?',
      "Hi! First appointment is Tuesday and I'm honestly so nervous lol. Is there parking or should I take the bus?",
      "Locked myself out of the portal AND my email. It's been a day. Can I just pay over the phone?",
      'Running late, train got held bc someone was on the tracks 😬 be there in 15',
      'Me mataron con ese cobro de $200 jaja, ¿por qué tanto si tengo seguro?',
      'Hola, llamé y nadie contestó. Quiero cancelar mi cita del 12.',
      "I'm at the hospital with my mom, she had a heart attack last night (stable now, thank God). Please cancel Wednesday.",
      'Please update my emergency contact. My mom moved in with us after her stroke so her number is now our house line.',
      "What's the earliest you have with anyone? Doesn't matter who, I just need to get established before my insurance changes",
      'Is it ok if I take the session from my car? Only private place I have with 3 kids at home lol',
      "can i bring my baby to the session? she's 4 months, she'll probably just sleep in the carrier",
      'Can I get an earlier time? They moved me to night shift at the hospital and I sleep until 2.',
      "Can I bring my dog to the office? She's super calm, she just sleeps under chairs",
      "my neighbor is keeping my dog while I'm away, can we do video on Thursday?",
      'Hola, me operaron de la rodilla y no puedo manejar por un mes, ¿podemos hacer las citas por video?',
      "I hit a deer on the way in, car's ok-ish, I'm fine, but I'm on the shoulder waiting for a tow. Can we do it by phone?",
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads the risk beside those words', () => {
    for (const text of [
      'he kicked me back into the wall. can I reschedule',
      'I took too much adderall and I feel so jittery, can I reschedule',
      'he locked me in the room again. can I reschedule',
      'my son is on the tracks. can I reschedule',
      'my dad is having a heart attack right now. please cancel',
      "my neighbor is keeping my dog while I'm gone, can we do video on Thursday?",
      'my sister is taking my cat for good. can I cancel',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    for (const text of [
      "I'm not getting better anymore. can I reschedule",
      'nobody cares. can I reschedule',
      'Meds: sertraline. Past medical history: I had a heart attack last year.',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });
});

describe('Spanish hyperbole about the desk (a slot one would kill for, a bill that kills, a device that died)', () => {
  it('leaves it with staff, in Mexican, Caribbean and South American registers', () => {
    for (const text of [
      'mataría por una cita los sábados, hay algo?',
      'mataria por un turno después de las 6',
      'la multa me mata, ¿de cuánto es?',
      'la factura me mató, pero la pago el viernes',
      'el deducible me tiene muerto, ¿cuándo empieza a pagar el seguro?',
      'este copago me tiene muerta, ¿hay descuento?',
      'ya me mató el internet, ¿me pasan el link otra vez?',
      'se murió mi celular en la sesión, ¿me la pueden cambiar para mañana?',
      'se murió el router a la mitad, ¿me reenvían el enlace?',
      'Cancelo lo de hoy, tengo una gripe que me está matando.',
      'se me colgó la compu, ¿me mandan el link al celular?',
      'disparame el link porfa que estoy en el carro',
      'jajaja esta factura está para morirse, ¿esto es lo que cubrió el seguro?',
      'ese cobro de 200 me dejó sin aire, me pueden explicar que es?',
      'me morí de la pena, llegué un día antes a la cita',
      'se me ponchó la llanta y me quedé tirado en la 99, ¿me pueden cambiar la cita?',
      'se me descompuso el carro y me quedé varada, ¿me pueden cambiar la cita?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk beside the same hyperbole, a pain that is killing one, and "me mato por"', () => {
    for (const text of [
      'mataría por una cita. Ya tengo la pistola cargada.',
      'la multa me mata. Ya no quiero seguir viviendo.',
      'el deducible me tiene muerto y compré pastillas para dormirme para siempre',
      'se murió mi celular. Me quiero colgar esta noche.',
      'tengo un dolor de pecho que me está matando, ¿me cambian la cita?',
      'me mato por un horario de mañana temprano',
      'pásame el link, ya me tomé todas las pastillas',
      'me dejó sin aire, no puedo respirar y me duele el pecho',
      'tengo dolor en el pecho, casi me da un infarto, ¿me cambian la cita?',
      'esta factura está para morirse, y yo también me quiero morir',
      'se me ponchó la llanta y me quedé tirado. Ya no quiero seguir aquí.',
      'me quedé tirado en el piso, no me puedo levantar, ¿me cambian la cita?',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('Everyday Spanish beside the Spanish crisis kinds (found by recall11; lead, 2026-12-05)', () => {
  it('keeps them off the on-call line', () => {
    for (const text of [
      'el bebé me dio una patada',
      'encontré el frasco vacío, necesito refill',
      'la profe les enseña sus partes del proyecto',
      'mi papá no me deja ver a mis amigas hasta que suba las calificaciones',
      'me envenené con la comida del restaurante',
      'me sigo cortando el pelo',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });
});

describe('Everyday Spanish beside the parity kinds (found by parity12; lead, 2026-12-05)', () => {
  it('keeps them off the on-call line', () => {
    for (const text of [
      '¿cuántas pastillas me quedan en la receta?',
      'mi jefe me obliga a estar en la oficina hasta las 7',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });
});

describe('Idioms of the desk beside a request (admin10, 2026-12-05)', () => {
  it('leaves them with staff', () => {
    for (const text of [
      "I'm out of town for a funeral, can I cancel Friday?",
      'Cancel my 10am tomorrow please. Funeral for an old friend from the Navy. I’ll call to rebook.',
      'I have a funeral Friday (a coworker). Can I come Thursday instead? any time after 1',
      'I have to go to a funeral Thursday, can we move my session?',
      'Sorry, rough week. Can we push Thursday to next week?',
      'Sorry I fell asleep on the couch and missed the call! Still good for tomorrow at 11.',
      'I got my days mixed up, can I come tomorrow instead?',
      'Think there’s a mix-up on my statement. Can you check?',
      'My bank froze my card. Will pay Friday.',
      'Shot the billing office an email last week, nobody got back. Any update on my refund?',
      'Can I have the same time every week? I’m tired of rescheduling.',
      "I'd like to schedule with the nurse practitioner for a med check. Does she have anything before the end of the month?",
      'Referring a patient for med management. What’s the best way to send the referral?',
      'My grandson drives me and he can’t do Wednesdays anymore. Any other day between 10 and 2?',
      'Can you run my new BCBS before my next session so I know what I’ll owe?',
      'Do you have a breakdown of my account? Like what makes up the balance',
      'Is it weird to ask if I can do sessions from my car on my lunch break?',
      'Collections letter says I owe $230 from the old practice. I’m confused who I owe',
      'can’t make my 10, can I do 11?',
      "Does my plan cover the ADHD testing? It's through Medicaid.",
      'My daughter is on my plan, she’s 23. Can she do telehealth?',
      'what’s the cash price per session without insurance? I might switch plans',
      "I'm moving to Portland end of month. Can you send my records?",
      'Killed it at my interview today btw lol. Anyway need to reschedule next week',
      '5:30 is killer with my commute, can I get a later appt?',
      "we got the bill, it's a killer but we'll pay it. can we split it into 3 payments?",
      'bus died. running late',
      'My card got declined. Can you run it on Friday?',
      'can you put me down for every other monday at 11 through december',
      'Please put me down for the 8am on the 5th.',
      "Hi! Quick one - is the 2:00 on the 9th still available? I'd love to grab it",
      "hey i'm stuck in the waiting room on doxy, it's just spinning. is it me or y'all",
      'My coverage through Tufts Health Plan terminated on 9/30. Please advise on the self-pay rate.',
      'can I pay my balance over the phone? the portal hates me',
      "Do I need a referral from my PCP for my insurance? It's an HMO",
      'My daughter is starting college in NY. Can she keep seeing Beth via telehealth?',
      "I'm stuck at work with a code, cant make 5pm. so sorry",
      'i cant make today at 3, can i do 5?',
      'im bombing my finals so i cant make it next week. Can we push to the 20th?',
      'I paid on the portal. did it come through?',
      'Will be there',
      'id take anything before 8am',
      "Can you text me? I don't want my boss to know.",
      "Can you email instead? I don't want my family seeing the envelopes",
      'Can you email me the link? info is on file i think',
      'I left right away. can I get a refund for the session?',
      'the app says "fatal error" whenever I try to upload my insurance card lol. Can I just email the photos?',
      'I want to fight the late fee. My check got lost in the mail. Can you waive it once?',
      'The video froze on my end, can you resend the link? Be right back.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads one’s own funeral, a clinical question and risk beside them', () => {
    for (const text of [
      "I've picked the songs for the funeral. Cancel my sessions.",
      'Please cancel all my appointments. The funeral on Friday will be mine.',
      'Everyone can come to the funeral next week. Please cancel my appointments.',
      'Rough week, I don’t want to be here anymore. Can we push?',
      'I want to fall asleep and never wake up. Can I reschedule?',
      'I mixed up my pills and took too many, can I reschedule?',
      'I’m tired of living. Can I have the same time every week?',
      'Got my GeneSight results back, can the NP look at them before my med check?',
      'I can’t do this anymore. Any other day?',
      'My husband drives me and he said he’d kill me if I go. Can I do telehealth?',
      'I’m having a breakdown. Can I see my account balance?',
      'I can’t hear anything but the voices telling me to do it. Can you send the link?',
      'My plan is set for Friday. Can I cancel my appointment?',
      'I have a plan and the pills. Does my plan cover the session?',
      'My new plan starts tomorrow. Cancel everything.',
      'He’s a killer. Can I reschedule?',
      'my neighbor has been murdered. Can I reschedule?',
      'I killed it at the shelter, the dog. Can I reschedule?',
      'I want to hang myself. Can I hang up at 4?',
      'Just put me down for good. Cancel everything.',
      'Everyone hates me. Can I pay over the phone?',
      "I can't make it next year. Cancel my sessions.",
      "I'll be gone before the 12th. Cancel my sessions.",
      "I'll do it before noon. Cancel my appointment.",
      "I don't want my family to find me. Cancel my appointments.",
      "I don't want my family to see me like this. Can I cancel?",
      "I don't want to see tomorrow. Can you email my bill?",
      'my plan is ready I think. cancel friday',
      'I want to go away forever right away. can I cancel?',
      'I took a fatal dose. Can you email the photos?',
      'I want to fight him. Can you waive the fee?',
      'can we try a few couples sessions? my wife wants to join',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('Spanish desk hyperbole and chores, by kind (recall13, gate av, 2026-12-05)', () => {
  it('keeps a dead microphone or card, a form or link that "kills", asleep "like the dead" off the on-call line', () => {
    expectNotCrisis([
      'Buenas, no me sale el audio en la videollamada. Se ve pero no se oye nada, el micrófono está muerto',
      'la bocina de la laptop está muerta, ¿me llaman por teléfono?',
      'el audio está muerto en la llamada',
      'mi tarjeta de débito está muerta, ¿puedo pagar en efectivo?',
      'la cámara está muerta, entro solo con audio',
      'los formularios me tienen muerto jaja',
      'el papeleo del seguro me dejó muerta',
      'la app me mata, no me deja entrar',
      'el zoom me mató hoy, se congeló tres veces',
      'me mató la espera, ¿ya me pueden atender?',
      'me dormí como piedra y no oí la alarma',
      'me muero si me cobran otra vez jaja',
      'casi me muero esperando en la fila',
      'camera frozen, i look dead on screen lmao. gonna rejoin',
      'los martes me toca trabajar, ¿puede ser el jueves?',
      'ya no puedo ir los lunes, ¿hay otro día?',
      'ya no puedo venir en la tarde por el trabajo',
      'cambié de plan de seguro el lunes, ¿les mando la tarjeta?',
    ]);
  });
  it('sends to staff the desk requests the idiom sits in', () => {
    expectStaff([
      'Perdón, la tarjeta está muerta, me la cancelaron por fraude. Les pago con otra mañana',
      'Me quedé dormida como muerta y se me pasó la cita, perdóoon. ¿Me dan otra esta semana?',
      'pueden darme la cita a las 8 de la mañana? esq despues me toca llevar a los niños a la escuela. grasias',
    ]);
  });
  it('still reads the risk beside the same words', () => {
    expectCrisis([
      'mi tío me toca cuando mi mamá no está',
      'me toca llevar a los niños y el padrastro les pega',
      'ya no puedo más, quiero morirme',
      'ya no puedo seguir así',
      'quiero morirme, la tarjeta está muerta y yo también',
      'tengo un plan para matarme el viernes',
      'me muero, me tomé todas las pastillas',
      'me quiero dormir como muerta y no despertar',
    ]);
  });
});

describe('the Spanish desk read as the desk, by kind (recall13, gate av, 2026-12-05)', () => {
  it("sends to staff 'me regala', 'la última vez', living an hour away, nobody joining, 'solo', 'dar de baja'", () => {
    expectStaff([
      'Buenas, ¿me regala el link para la cita de las 3? No me llegó el correo.',
      'me regala el recibo de pago de hoy por fa',
      '¿me regalan una copia de la factura?',
      '¿Dónde me estaciono? La última vez me pusieron multa.',
      'en que piso esta la oficina? la ultima vez me perdi',
      '¿tienen otra hora? vivo a una hora de la clínica',
      'Estoy en la sala de espera virtual y nadie se conecta, ¿está bien el link?',
      '¿Me mandas el link del zoom? Se me borró el mensaje',
      'Quiero darme de baja del portal, me llegan muchos correos. ¿Cómo le hago?',
      '¿Aceptan tarjeta de débito o solo de crédito?',
      'Necesito cambiar mi dirección: 2219 Calle Alameda, Los Ángeles CA 90033',
      'Me toca cancelar, tengo un dolor de muela y voy al dentista',
      'Ay, es hoy la cita? pensé que era mañana. Voy para allá',
    ]);
  });
  it('still reads the risk beside the same words', () => {
    expectCrisis([
      'es la última vez que me van a ver',
      'vivo a una hora del puente y pienso tirarme',
      'nadie entra a mi cuarto y tengo las pastillas juntadas',
      'solo me sale llorar, quiero morirme',
      'me siento fatal, quiero matarme',
      'voy para allá a tirarme del puente',
      'me regala su tiempo? ya decidí matarme esta noche',
    ]);
  });
});

describe('a service killed, a thing that died, someone who would die missing an event (admin11, gates ay and ap, 2026-12-05)', () => {
  it('sends the desk requests to staff', () => {
    expectStaff([
      'Can you kill the autopay? I want to pay manually going forward.',
      'please kill my subscription to the newsletter',
      'Kill the reminder texts please, I get three a day.',
      'can you kill the paper statements and just email me?',
      'please make me disappear from your mailing list',
      'Zoom froze and the whole thing just died. Can you resend the link?',
      'My son would die if he missed his game. Can we move him to Thursday?',
      "she'd die if she missed prom, can we do Friday instead?",
      "I'm drowning in finals, can we do shorter sessions?",
      'esta factura me va a matar jaja. ¿puedo pagar en partes?',
      'el trafico en la 405 esta pa matarse, llego 10 min tarde',
    ]);
  });
  it('keeps a prescription that expired or is dead with a clinician', () => {
    for (const text of [
      'pharmacy says my prescription expired, can someone renew it. Can I move my Thursday appointment to Friday?',
      'my prescription is dead at CVS, can you call it in again',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
  it('still reads the risk beside the same words', () => {
    expectCrisis([
      'I want to kill myself. Can you kill the autopay?',
      'kill the bastard. cancel my autopay',
      'I want to die. the whole thing just died',
      'I would die if he left me. can we move my appt',
      'my daughter would die if she missed her insulin. can we move her appt',
      "she'd die if she had to see him again. can we do Friday?",
      'I want to disappear forever. remove me from the mailing list',
      "I'm drowning myself. can we do shorter sessions?",
      'mi esposo me va a matar si no llego. me cambian la cita?',
      'me quiero matar. esta factura me va a matar',
      "I'd rather die than go back to school. can we move my appt?",
    ]);
  });
});

// Admin12: a sensitive word in another sense beside a request (a broken link, a garage that ate a ticket, shot
// down by insurers, a lost card, bad weather, a voicemail, "solo" as only, "vivo" as where one lives), and its
// risky twin: the same word carrying distress, a symptom or a risk beside the same request.
describe('sensitive words in another sense beside a request (admin12)', () => {
  it('leaves them with staff', () => {
    expectStaff([
      "The telehealth link just spins and says 'waiting for host.' Is she running late or is it broken?",
      'the buzzer at the front suite is broken, been knocking for 5 min lol',
      'the parking garage ate my ticket and the guy wanted $40. do you validate?',
      "I've been shot down by 4 practices already, are you accepting new patients?",
      'Shot in the dark but any chance Thursday 7pm opened up?',
      'could you shoot the superbill over to my email, thx',
      "I lost my Medicaid for a month bc I missed the renewal paperwork. It's back now. Can you rebill October sessions?",
      "I'm on my way but my Uber driver is lost lmao, 5 min",
      'whats the cancellation policy for bad weather',
      '[Buzón de voz] hola soy la mamá de Jazmín, para avisar que vamos a llegar tarde porque se nos ponchó una llanta',
      '¿Pueden mandarme los recordatorios por WhatsApp o solo por texto?',
      'Mi abogado pide copia de mis registros de asistencia, solo fechas de citas. ¿Cómo lo solicito?',
      'ya no vivo con mi mama, ahora el contacto de emergencia es mi tia Rosa 555-0143',
      'could I switch to the NP for med check only and keep therapy with Amy? who do I schedule with',
    ]);
  });
  it('keeps the risky twin with a clinician', () => {
    for (const text of [
      'I feel broken inside, can we move my appointment to Friday?',
      'I fell on my wrist this morning, is it broken or sprained? can I reschedule',
      'I was shot last night, can I cancel Thursday?',
      'I feel so lost since my mom died, can I lose the Thursday slot?',
      "I've been in a really bad place, is there a cancellation policy for bad weather?",
      'me siento muy solo y sin ganas de nada, ¿me mandan los recordatorios por texto?',
      'ahora vivo con miedo todo el tiempo, ¿me cambian la cita?',
      'can we move my med check up, I stopped taking my meds last week',
      'can I get a med check this week, I think my dose is too high',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
  it('still reads the risk beside the same words', () => {
    expectCrisis([
      "the link is broken and so am I, I can't do this anymore",
      'my dog ate my pills and I ate the rest of the bottle, can I move my appt',
      'I got shot down by everyone and I want to shoot myself. are you accepting new patients?',
      'I lost my will to live, can you rebill October sessions?',
      'escucho una voz que me dice que me mate, quiero cambiar mi cita',
      'estoy solo y ya no aguanto más, ¿o solo por texto me pueden contestar?',
      'ya no quiero estar vivo, ahora vivo con mi hija, mande los papeles allí',
      'I need a med check sooner, the new pills make me want to die',
    ]);
  });
});

describe('desk senses of the words a farewell uses', () => {
  it('keeps checking out early, a letter to an insurer, a name off a list, a note at the desk, joining a session and party helium off the on-call line', () => {
    expectNotCrisis([
      'I need to check out early on Friday, can I leave at 4?',
      'I wrote a letter to my insurance about the denial',
      'sent a letter to my employer about the leave, can you sign the form?',
      'I want to disappear from your mailing list',
      'Can I leave a note for my therapist at the desk?',
      'can I drop the check at the front desk tomorrow?',
      "I'm ready to join my husband's session again",
      "im gonna join my wife's session soon, can you send the link",
      'we rented a helium tank for the party',
    ]);
  });

  it('still reads the farewell beside the same words', () => {
    expectCrisis([
      "i'm going to check out early, sorry everyone",
      'I wrote letters to my kids and my wife',
      'i want to disappear from this world',
      'i left a note for my mom at the front desk of her building, im done',
      "bought a helium tank and a bag, it's for tonight",
      'I want to end my sessions and my life this weekend',
    ]);
  });
});

describe('the desk in Spanish, by kind (recall18, 2026-12-05)', () => {
  it('sends hyperbole, "solo" as only, a card on file, an upload the portal refuses and a court date to staff', () => {
    expectStaff([
      'mi jefa me va a matar si falto otra vez, ¿tienen algo el sábado?',
      'se me quemó la comida y voy tarde, llego en 15 minutos',
      'cancelo la de hoy, me muero de la gripa y no quiero contagiar a nadie',
      'la renta me mató este mes, ¿puedo pagar el copago el viernes?',
      'me muero por verla, ¿hay espacio esta semana?',
      'tengo corte el jueves, ¿me pueden cambiar la cita?',
      'quiero cancelar las notificaciones por texto, solo por correo',
      '¿me pueden cambiar la tarjeta que tienen guardada? ya se venció',
      'ya pagué pero sigue apareciendo el saldo pendiente en el portal',
      '¿mi cita de las 4 sigue en pie?',
      'el portal no me deja subir la foto de mi identificación',
      'ya llené todo pero no me deja firmar en el celular',
      'los escucho pero no me ven, ¿me pueden llamar?',
      'el seguro dice que falta el diagnóstico en la factura, ¿me la corrigen?',
      'la escuela pide copia del plan de tratamiento, ya firmé la autorización',
      'me quedé dormida y perdí la cita de las 9, ¿puedo reprogramar?',
      'nadie me regresa la llamada para la cita nueva',
      'me toca el seguimiento con la enfermera, ¿cuándo hay cita?',
    ]);
    expectNotCrisis([
      'me van a matar en la chamba si sigo pidiendo permiso, ¿hay citas en la noche?',
      'me muero si mi jefe me ve en la cámara, ¿se puede por teléfono?',
    ]);
  });

  it('still reads the risk beside the same words', () => {
    expectCrisis([
      'mi esposo me va a matar si lo dejo',
      'mi papá me va a matar si se entera de lo que me hizo mi tío',
      'solo quiero morirme',
      'nadie me regresa la llamada y ya no quiero vivir',
      'tengo las pastillas guardadas',
      'me dejó el autobús y ya me quiero morir',
      'no me deja salir de la casa',
      'escucho voces que me dicen que me mate',
      'me quedé dormida para siempre ojalá',
      'se me quemó el brazo y me lo hice a propósito',
      'me muero de la tristeza, ya no quiero seguir',
      'tengo cortes nuevos en el brazo',
    ]);
  });
});

// A mask once spanned a gap a person could fill: "{day} ..4 dead" and "dead ..2 by ..3 {day}" meant for "mondays
// are dead" and "killed by traffic" also covered "cancel friday i'll be dead" and "i'll be dead by friday", and
// "{kill} ..3 the form" (the class holds "suicidal") covered "i'm suicidal after the form": a crisis beside a request
// went to staff (lead, 2026-12-05, from the probe generators set beside requests).
describe('a crisis statement in a run-on sentence with a day, a bill or a device', () => {
  const statements = [
    "i'll be dead",
    'ill be dead',
    'i want to die',
    'i wanna be dead',
    "i'm going to kill myself",
    'i will not be alive',
    "i'm gonna overdose",
    "i'll take all my pills",
    "i'll shoot myself",
    "i'm suicidal",
    'i wanna kms',
    'me voy a matar',
    'me quiero morir',
    'voy a tomar todas las pastillas',
  ];
  const things = [
    'friday',
    'the weekend',
    'tonight',
    'monday',
    'the end of the month',
    'my session',
    'the bill',
    'the copay',
    'payday',
    'my phone',
    'the portal',
    'the invoice',
    'el viernes',
    'la factura',
  ];
  const shapes: readonly ((s: string, w: string) => string)[] = [
    (s, w) => `${s} by ${w}`,
    (s, w) => `${w} ${s}`,
    (s, w) => `${w}, ${s}`,
    (s, w) => `${s} before ${w}`,
    (s, w) => `cancel ${w} ${s}`,
    (s, w) => `can you move ${w}? ${s}`,
    (s, w) => `${s} so cancel ${w}`,
    (s, w) => `whats ${w} ${s}`,
  ];

  it('stays a crisis whatever the day, bill or device beside it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statements),
        fc.constantFrom(...things),
        fc.constantFrom(...shapes),
        (s, w, shape) => {
          const text = shape(s, w);
          expect(triage(text).outcome, text).toBe('crisis');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads "dead" as an intensifier only next to its word: dead next week, dead weight and dead by the end stay a crisis', () => {
    expectCrisis([
      "can i move my appointment to friday? honestly i'll be dead next week",
      'some days ive always been dead weight. please cancel tuesday',
      "i'll be dead by the end of the month, can you send the invoice",
    ]);
    expectStaff([
      "i'm dead tired, can we do telehealth",
      'dead last on the waitlist again lol, any openings?',
      'hi so my work is dead this week, can we add an extra session while I have time?',
      'the video keeps freezing, can we switch to phone today? wifi at work is dead',
    ]);
  });

  it('reads "me mato" as a crisis unless the thing that killed one stands next to it (accents are folded: "me mató" is "me mato")', () => {
    expectCrisis([
      'si no pago la renta me mato',
      'no pago la renta y me mato',
      'pago la factura y me mato',
      'me mato esta semana',
      'si pierdo el trabajo me mato',
    ]);
    expectNotCrisis(['Mija, se me mató el internet en plena sesión. ¿La terminamos otro día?']);
    expectStaff([
      'el copago me está matando jaja, ¿hay plan de pagos?',
      'la renta me mató este mes, ¿puedo pagar el copago el viernes?',
    ]);
  });

  it('still leaves a dead phone, a dead day and a thing dying on one with staff', () => {
    expectStaff([
      'my phone died, can you call me back tomorrow',
      'the wifi is dead again, can you call instead',
      'my phone battery is dead, please email the link',
      'Wednesdays are dead for me now since my shift moved. Mondays work?',
      'your online scheduler is dead in the water, can I book by phone',
      'the portal keeps timing out and dying on me, can I email my ID?',
      'the zoom link froze my laptop and it died, can u resend a new link',
    ]);
  });
});

describe('admin messages that went on call, by kind, each beside its risky twin (admin13)', () => {
  it('reads ending therapy at a date as the clinician’s, not a plan', () => {
    for (const text of ['I want to end my sessions after this month.', "I'm ready to end therapy on Friday."])
      expect(triage(text).outcome, text).toBe('clinical');
  });

  it('keeps a session joined again soon, a child’s knocks at a game, shivers with the flu and company in a session off the on-call line', () => {
    expectNotCrisis(['wanna join my group again soon']);
    expectStaff([
      'mi hijo se dio unos golpes jugando fútbol, podemos cambiar la cita?',
      'my son got some bruises playing soccer, can we reschedule?',
      'tengo gripa con fiebre y temblores, puedo cambiar la cita?',
      'preferiría no estar sola en la sesión, puede venir mi mamá?',
    ]);
  });

  it('still reads the risk beside the same words', () => {
    expectCrisis([
      'I want to end my sessions and my life this weekend.',
      'I want to end my sessions this weekend and my life too.',
      'quiero terminar las sesiones este fin de semana y con mi vida también',
      "I'm ready to end therapy on Friday and end it all.",
      'wanna join my dad again soon',
      'mi hijo se dio unos golpes jugando fútbol pero su papá le pega cuando pierde',
      'mi hijo tiene golpes y moretones, dice que su papá le pega, podemos cambiar la cita?',
      'my son got some bruises playing soccer, his dad hits him when he loses',
      'mi bebé tiene gripa con fiebre y temblores y no responde',
      'tengo fiebre y temblores, está rígido el cuello',
      'preferiría no estar, ya no quiero estar aquí',
      'preferiría no estar sola esta noche, tengo miedo de lo que pueda hacer',
    ]);
  });
});

describe('everyday sentences beside a request, by kind, each beside its risky twin (admin13)', () => {
  it('reads an insurance plan that changed, a records request’s limits, no hurry, and a desk thing not found as the desk’s', () => {
    expectStaff([
      'Can I get a receipt for October? Our plan changed.',
      'Can I get a receipt for October? Did my plan change?',
      '¿Me mandan el recibo? Cambió mi plan.',
      'Can you send my records to Dr. Patel? Just dates and amounts, nothing clinical.',
      'Can I get a letter just confirming my appointment dates for my employer? Not anything clinical, just that I attended on 11/4 and 11/18.',
      'Can I move Thursday to Friday? Not urgent.',
      'Can you resend the intake form? I don’t see the button anywhere.',
      '¿Me pueden mandar el enlace? No me llegan los textos.',
      '¿Me pueden mandar el enlace? No encuentro el mensaje.',
    ]);
  });

  it('still reads the risk or the statement beside the same words', () => {
    expectCrisis([
      'Can I get a receipt for October? I have a plan for Friday.',
      '¿Me mandan el recibo? Ya tengo un plan.',
      'Can I move Thursday to Friday? Not urgent but I took extra pills last night.',
      'Can I move Thursday to Friday? not an emergency, i just dont want to be here anymore',
      '¿Me pueden mandar el enlace? No encuentro razones para seguir.',
    ]);
    for (const text of [
      'Can I get a receipt for October? My plan is ready.',
      'Can you send my records to Dr. Patel? Just the dates, nothing else matters anymore.',
      'Can you send my records to Dr. Patel? Nothing else matters.',
      'Can you resend the intake form? I can’t find it in me to keep going.',
      'Can you resend the intake form? I cant find a reason to stay.',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('admin12’s leftovers by kind: anymore of a slot, a heart at a bill, shoot and shot (admin13)', () => {
  it('leaves them with staff', () => {
    expectStaff([
      "Please remove my old phone number (555-772-1034) from my file, it's not mine anymore",
      'sams mom asked me to pass along that she cant do the wednesday 3 00 anymore because of pickup and would like a call about a new time',
      "Is Dr. Greer taking new patients? My mother (72) is looking for someone who does telehealth since she doesn't drive anymore",
      'please do not send anything to my old address anymore',
      'my heart sank when i opened the bill lol. payment plan?',
      'omg el bill me dio un heart attack jaja 😭 $200? que paso',
      'shoot i think i put the wrong email on my intake, link went to my old one',
      "dont shoot the messenger but my mom says she's not paying the late fee lol",
      "Sorry, my hands are shot with the arthritis and I can't sign the screen. Can I come sign in person?",
      'gonna be shot after this double, can we do next week',
      'You guys shot my whole afternoon by changing the time without telling me 😤 can we fix it',
    ]);
  });

  it('still reads the risk beside the same words', () => {
    expectCrisis([
      'i cant do this anymore, can you cancel wednesday',
      'she cant do the wednesday slot anymore and doesnt want to live anymore',
      'its not mine anymore and i dont want to be alive anymore',
      'my heart sank when i opened the bill and now my chest hurts and my left arm is numb',
      'shoot i think i might shoot myself, can i cancel friday',
      'shoot i think i want to die',
      'my hands are shot, i cut them again last night. can i cancel friday',
      'gonna be shot after this double and then im taking all my pills',
      'he said im gonna be shot after this, can we do next week',
    ]);
  });
});

describe('desk senses beside their risky twins (recall19, 2026-12-05)', () => {
  it('leaves a paid bill, life insurance asked about for therapy and what the ER said off the on-call line', () => {
    expectNotCrisis([
      'ya pagué todo lo que debía',
      'i paid off everything i owed you guys',
      'does life insurance cover therapy',
      'does my life insurance cover sessions?',
      'can i use my life insurance to pay for therapy',
      'the ER said it was just anxiety',
      "Mom fell and hit her head, the ER said she's fine",
      'la semana pasada me mató',
      'esta semana me mató de cansancio',
    ]);
  });

  it('still reads the risk beside the same words', () => {
    expectCrisis([
      'ya pagué todo lo que debía, ya no voy a estar',
      'pagué todas mis deudas y dejé todo en orden',
      "does life insurance pay out if it's suicide",
      'does my life insurance cover it if it looks like an accident',
      'made sure the life insurance covers the kids',
      'the voices said it was time',
      'me mato esta semana',
      'si no mejora esta semana me mato',
      // Accents are folded before reading, so "esta semana me mató" (a hard week) cannot be told from "esta semana me
      // mato" (this week I kill myself): said with nothing else, it stays on call.
      'esta semana me mató',
    ]);
  });
});

describe("the ordinary neighbours of recall21's kinds (sets bg and bh, 2026-12-05)", () => {
  it('leaves them off the on-call line', () => {
    expectNotCrisis([
      'I tried again this morning to take my meds with food, still nauseous',
      'tried again last night to sleep without the melatonin',
      "this time I'm going to do it right, I promise, I'll bring the forms",
      'esta vez sí lo voy a hacer bien, le prometo',
      "sorry i couldn't make it, you were right about the traffic",
      'I took two weeks worth of vacation together with my husband, can I pause sessions?',
    ]);
  });

  it('still reads the kinds themselves as a crisis', () => {
    expectCrisis([
      'tried again last night. pills. woke up this morning.',
      "this time i'm really going to do it. don't call me",
      'esta vez si lo voy a hacer. no me llamen',
      "I'm sorry I couldn't do it. you were right about everything.",
    ]);
  });
});

describe('jobs, pastimes, shows, slang and devices named by risky words (lead, 2026-12-06, from two unseen sets)', () => {
  it('keeps them off the on-call line', () => {
    expectNotCrisis([
      'I work for the county ambulance service so the only day I have free is Sunday',
      'im a paramedic, 24 on 48 off. can we set up standing appointments on my off days',
      "Hi - I'm a 911 dispatcher and my schedule is rotating now. Can I do every other week?",
      'soy enfermera en la sala de emergencias y trabajo de noche, hay citas en la mañana temprano?',
      'I own the gun shop on Main and Saturdays are my busiest day, so weekdays only please',
      'My gun safe guy is coming Thursday between 12 and 4, so I need to reschedule my 2pm',
      'i have a shooting competition (rifle team, im on varsity) on the 12th, can we move that week?',
      'Just finished binge watching Dead to Me and realized I never confirmed tomorrow. Confirming 2pm!',
      'omg im dead 💀 i went to the wrong building. omw be there in 5',
      'ok im gonna be dead honest i forgot to pay last month. can i pay both now?',
      'the last session receipt has my dead name on it, can you update the name on my account to Jordan?',
      'fyi the card reader at the front desk is dead, the lady said to pay online',
      "Got a voicemail from y'all but it cut off. Can you call me back? Phone's about dead",
      "Y'all killed it with the new online check-in, does it work for my husband's appts too?",
      'I took a stab at uploading my insurance card and gave up. Can someone do it if I email a photo?',
      'my professor is a killer with the attendance policy so i cant do 11am anymore. any afternoons?',
      "my car won't take it all winter, is there a practice closer to Mountain Home?",
      'quisiera saber mi diagnostico exacto, que significa F41.1?',
      'oye no puedo entrar al portal dice que mi contraseña esta mal. me ayudas porfa',
    ]);
  });

  it('still reads the risk beside them', () => {
    expectCrisis([
      'I called the ambulance, my husband took all his pills',
      'the paramedics are here, he isnt breathing',
      "I'm going to the gun shop tomorrow to buy a gun and end this",
      'I work at a gun store and I keep thinking about using one on myself',
      "my emergency contact is my husband but he's the one who hits me",
      "I've been binge watching Dead to Me and now I want to kill myself",
      'im dead serious, i want to die',
      'my phone is dead and I took all my pills',
      'took a stab at myself with a kitchen knife last night',
      "I'm on the rifle team and I keep thinking about shooting myself",
      'omg im dead 💀 jk but fr i want to kms',
      'soy enfermera en la sala de emergencias y ayer me robé pastillas para matarme',
      "I've been seeing my dead brother in the hallway and he says it's time for me to join him",
      'no me abre el link. me ayudas ya porfa, necesito ayuda ya',
      'cut myself with an exacto knife again',
    ]);
  });
});

describe("dead technology or a dead page, a shooting range, a murder trial, Kill Devil Hills, a parent who will 'kill' one for a missed session (lead, 2026-12-06, sets bo and bp)", () => {
  it('keeps their crisis twins', () => {
    expectCrisis([
      "he's 9 - today he tried to jump out of the car on the freeway",
      'my dad is going to kill me if I tell anyone what he does',
    ]);
  });
  it('leaves death as work, a homicide detective, Cut and Shoot and an overdose-awareness race off the on-call line', () => {
    expectNotCrisis([
      "I'm a hospice chaplain so I'm around death and dying all day and my schedule is basically unpredictable. Could I book week by week?",
      "I'm a retired detective, 30 years in, mostly homicide. Do you take Medicare?",
      'I live out in Cut and Shoot so it is about an hour drive to your office. Would telehealth work?',
      'sorry I missed Tuesday, I binged the rest of The Walking Dead and lost track of what day it was. can I reschedule?',
      'Is the office open Saturday morning? The Overdose Awareness 5K is downtown and half the roads are closed',
      'Can I get a superbill for Sept-Nov? My HSA administrator is about to strangle me for documentation',
      "I'm going to be driving Dad to his appointments now. Could we move him to Fridays after 3?",
      'Trabajo en emergencias y salgo muerta del turno, hay citas despues de las 5?',
    ]);
  });

  it('keeps a wish to die beside them a crisis', () => {
    expectCrisis([
      "I'm around death and dying all day and honestly I want to die too",
      'mostly homicide cases at work and last night I held my gun to my head',
      "I'm going to be driving Dad to his appointments and then I'm going to kill myself",
    ]);
  });

  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'is there a way to pay online? checks are dead technology lol i dont even own a stamp',
      'sorry missed ur call i was at the shooting range w my dad for his bday (its a whole thing lol). can we reschedule for friday?',
      'need to reschedule, got picked for jury duty on a murder trial next week and they said it could go 2 weeks 😵',
      'my mom is gonna kill me if i miss another appt 😭 can we do telehealth tmrw instead of in person',
      'my dad is going to kill me if I miss another session lol',
      "can u fax my records to my new psychiatrist? i moved to Kill Devil Hills NC for work. i'll send the release form",
      'the zoom link is giving me a dead page, 404 error. is there a new one',
      'can someone jump my battery, its dead in your lot',
      "my sons baseball bat got stolen so we'll be late",
    ]);
  });
});

describe('hyperbole of sets bq and br kept from the on-call line (lead, 2026-12-06)', () => {
  it('leaves them with staff or a clinician, never on call', () => {
    expectNotCrisis([
      'Total brain dead moment, I completely forgot my 3pm today. Is there a no-show fee?',
      "My sister is a nurse and works 12-hr shifts so she's dead on her feet by Friday, can her appointment be moved to Monday?",
      "shoot me the zoom link when u get a chance, phone's at 2% so i might die mid-session lol",
      'Can you check before it goes to collections and I have a heart attack.',
      "I need receipts for all of 2026 for my FSA. Deadline's breathing down my neck.",
      "I'm a hospice chaplain so I'm around death all week, but I need to move my Friday session to Monday since I have a memorial service to lead.",
      'Do you have openings for couples counseling? Spouse and I keep wanting to kill each other over the dishwasher.',
      'Telehealth kept freezing on me yesterday, the video would die every 5 minutes. Is there a better browser?',
      "Can I get a receipt for today's visit? My accountant is going to kill me if I lose another one.",
      'We got a bill for $340 that should have been covered, my poor wallet is bleeding.',
      "Please remove my old email from the account. I'm getting murdered with spam on the old one.",
      "I'd like to set up autopay. Sick to death of remembering.",
      'mi troca esta muerta otra vez, se puede cambiar la cita para la proxima semana?',
      'trabajo en la funeraria los fines de semana y me toco un servicio el sabado, podemos cambiar la cita?',
      'hoy juega la seleccion y en mi casa se arma la guerra si no lo vemos jaja, cambio la cita de las 6?',
      'mi jefe me va a ahorcar si pido otra tarde libre jaja, tienen citas los sabados?',
      'que calor, me muero si espero afuera otra vez 30 min, pueden abrir el lobby antes de las 8?',
    ]);
  });
  it('keeps their crisis twins', () => {
    expectCrisis([
      'my accountant is going to kill me and I think I should just end it tonight',
      'me tocó la pierna mi tio y no quiero volver a su casa',
      'un señor me tocó en el camion y me siguio hasta mi casa',
      'my phone is dying and so am I, I took all my pills',
    ]);
  });
});

describe("hyperbole of sets bs and bt kept from the on-call line, a partner's threat read (lead, 2026-12-06)", () => {
  it('leaves them off the on-call line', () => {
    expectNotCrisis([
      "I'm getting killed on gas driving 40 min each way. Can Thursday be telehealth?",
      "Gotta cancel. We're shorthanded at the station and I got stuck on back to back shifts. Battalion's killing us this month",
      "Ammo's expensive, therapy's expensive lol. Do you do a first responder or veteran discount?",
      "can you push my 4pm to 5? we've got a training burn this afternoon at the academy",
      "EOB says claim denied 'patient deceased' ??? I am very much alive lol. can billing figure out what happened",
      "Do you take patients from Killeen? We're moving in January and I'd like to keep telehealth",
      'knife skills practical on tues for culinary school so I need wed or thurs this week',
      "we'll be on a ski trip and the wifi is gonna be dead up there, can we do the 8th instead",
      "I'm a hospice nurse, deaths don't exactly keep a schedule. can I get on a cancellation list?",
      'Perdí la cita porque estaba trabajando arriba en el techo y no vi el celular. ¿Me van a cobrar?',
    ]);
  });
  it('reads a partner who will kill or murder one if one misses something: a real threat is said so', () => {
    expectCrisis([
      'my husband is going to kill me if I miss another session, he said so with the gun out',
      'my wife is going to murder me if I miss our couples session again',
      "she's gonna kill me if I don't show",
    ]);
  });
});

describe("hyperbole of sets bw-cb kept from the on-call line: things that died, dead before a thing, names, true crime, a play, a job's overdoses (lead, 2026-12-06)", () => {
  it('leaves them off the on-call line', () => {
    expectNotCrisis([
      'my laptop officially died this morning (RIP), can I do my 3pm telehealth from my phone?',
      'Our fax machine finally died a slow and painful death, could you send the referral by secure email?',
      'the garage gate was dead again today so I parked next door. Is validation still a thing or did that get killed?',
      'dead car battery, can we switch to telehealth today instead of in person?',
      "Is the 5:30 open on the 19th? I'm a chef and Tuesdays are our only dead night.",
      'the intake packet is drop dead long lol. do I have to fill out the whole thing?',
      'the new billing portal is where joy goes to die. Can I just pay over the phone?',
      "my husband says I'm going to be the death of our bank account with all these appointments lol. payment plans?",
      "can't make it friday, my players will literally murder me if i cancel the campaign again. monday?",
      "billing double charged me $45. I'd kill to get it back before rent is due lol",
      'The stairs up to your office are a killer with my knees. Is there an accessible entrance?',
      'we just got back from a trip to Death Valley and I realized we missed Tuesday. Can we book this week?',
      'I see your office is right next to the Killer Burger lol, is that the garage I use?',
      'do you validate for the garage on Killingsworth? Got a ticket last time.',
      "we're driving in from Gun Barrel City on Monday for my wife's first appointment. Is there an elevator?",
      "Confirming Thurs for Finn. He's been binging true crime podcasts so he may ask about serial killers lol",
      'Ryder is in a play this weekend (he gets stabbed in act 2 lol) so we need to miss Saturday',
      'Ava is going as a zombie for Halloween, can she come to her 4:00 in costume? fake blood and all lol',
      'taking a stab in the dark here but do you bill united healthcare student plans?',
      'My insurance needs a prior auth for the consult. Can your office shoot that over to them?',
      "I'm an EMT, overdoses and cardiac arrests all day then I'm off for two. any evening slots?",
      'Firefighter/paramedic here, the kind who gets sent to overdoses and shootings. Any first responder discount?',
      "heard on the news there's a bomb threat at the high school near you, roads are closed. can we do video?",
      "Firefighter here, I spend my life running into burning buildings, but tomorrow I'll be 10 min late",
      "My car got caught in a pileup this morning (nobody hurt, just my bumper). Can we do today's session by phone?",
      'Do you know any practices that do in-home therapy? My brother is bedbound after his spinal cord injury.',
      "hi is my appt today by video or in person? I can't remember what we picked",
      'Uy hoy juega la Seleccion y me muero si me lo pierdo jaja, hay chance de mover mi cita?',
      'tengo el cel a 2% y se va a morir, si se corta la llamada le marco de otro numero',
      'Me cobraron dos veces la misma cita, ya me dejaron la cuenta muerta jaja. me pueden devolver uno?',
      'jajaja me mato el mensaje de recordatorio, dice Dr. Perez y es Lic. Perez',
      'el camion de la escuela casi me mata del susto jaja. llego en 10',
    ]);
  });

  it('reads the crisis beside them, and a gun store one goes back to', () => {
    expectCrisis([
      "went to the gun store today. Didn't buy. Going back tomorrow.",
      'my 4 yr old got into my purse and ate some of my lamictal, maybe 2 or 3?? poison control line is ringing',
      'my players would kill me if i cancel, also i have the pills lined up for tonight',
      'my laptop died and honestly i want to die too',
      'estoy en el carro en el puente de la 35. solo quer\u00eda avisar',
    ]);
  });
});

describe('kicking oneself over a slip; a bridge club; friends who would kill me if I missed it (lead26)', () => {
  it('leaves them off the on-call line', () => {
    expectNotCrisis([
      'I could kick myself for forgetting my appointment AGAIN, can I book for Monday',
      "not on a Tuesday because that's my bridge club and the girls would kill me if I missed it",
    ]);
  });

  it('still reads the bridge at night, and a partner who would kill me', () => {
    expectCrisis([
      'i drove to the bridge last night and just sat there for an hour',
      'he said he would kill me if i missed curfew again',
    ]);
  });
});

describe('an emergency contact taken off (lead26)', () => {
  it('leaves it off the on-call line', () => {
    expectNotCrisis(['please remove my ex as my emergency contact, we broke up']);
  });
});
