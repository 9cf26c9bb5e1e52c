import type { TriageTable } from '../triage-category.js';

/**
 * Clinical senses of risk words: a family member's death (grief), "dead inside" (numbness), "substance
 * abuse" (a history of use). A match masks its words, as an ordinary sense does, so that no crisis rule
 * reads them; it is a clinical matter (symptoms) that a clinician reads the same day.
 */
export const CLINICAL_SENSES: TriageTable = {
  label: 'clinical_sense',
  en: [
    // Set cm (recall23, 2026-12-06), a clinical message that went on call: an antidepressant stopped cold turkey with
    // brain zaps or dizziness (discontinuation symptoms, the prescriber's the same day; a benzodiazepine or alcohol
    // stopped cold turkey, shaking or a seizure stay on call).
    'effexor|venlafaxine|pristiq|desvenlafaxine|cymbalta|duloxetine|paxil|paroxetine|zoloft|sertraline|lexapro|escitalopram|celexa|citalopram|prozac|fluoxetine|trintellix|wellbutrin|bupropion ..4 cold ..1 turkey',
    'brain ..1 zaps|zap|zapping|shocks',
    // Set cm (recall23, 2026-12-06): a change that would hurt one's progress or recovery is a question of care, not harm.
    'hurt|hurts|hurting ..2 my|his|her|their|our|your ..1 progress|treatment',
    // Sets ci, cj and ck (recall22, 2026-12-06), clinical messages that went on call: a bleeding risk flagged for a
    // medicine; a pill or a dose cut; on edge; not wanting to hurt a therapist's feelings. Each the clinician's the
    // same day, each pinned beside its crisis twin. (Every word of a clinical sense
    // keeps an administrative sentence from staff: "split", "half", "memory", "little", "picking" and "parto" were
    // tried here and held back requests to split a bill, pay half or remind a mother whose memory fails.)
    'bleeding ..1 risk|risks',
    'risk ..2 of ..1 bleeding',
    'cut|cutting ..3 {med_name}|{pills}|pill|pills|tablet|tablets|dose|dosage|doses',
    'on edge',
    'i|id|im ..4 hurt|hurting ..1 her|his|their|your ..1 feelings',
    // A death in the family is a bereavement; a relative's funeral to attend is the day's event beside a request
    // (an ordinary sense, ordinary-senses.ts): "my aunt's funeral is Friday, can I cancel?" reaches staff.
    '{family}|{partner}|{child}|friend|friends|pet|dog|cat|grandma|grandpa|grandmother|grandfather|best ..2 died|dies|death',
    '{family}|{partner}|{child}|friend|friends|pet|dog|cat|grandma|grandpa|grandmother|grandfather|best ..4 passed ..1 away',
    '{family}|{partner}|{child}|friend|friends|grandma|grandpa|grandmother|grandfather ..3 died|passed ..2 by|of|from ..1 suicide|overdose|cancer|covid',
    'death|anniversary ..2 of ..2 my',
    // A death in the family: a bereavement a clinician reads, not a crisis.
    'death|loss|deaths ..1 in ..2 the|my|our ..1 family',
    'feel|feels|feeling|felt ..2 dead ..1 inside',
    'dying ..1 of|from ..2 cancer|disease|illness|covid|dementia',
    'substance|drug|drugs|alcohol ..1 abuse',
    'history ..2 of ..2 abuse|trauma',
    'abused ..2 as ..1 a ..1 child|kid|teen',
    'emotional|verbal|childhood ..1 abuse',
    // Burned out: exhaustion a clinician reads (symptoms.ts), not a burn. As an ordinary sense it hid the
    // symptom, and "waive the charges, I'm burned out" reached staff.
    'burn|burned|burnt ..1 out',
    // A refill or a prescription that is dead (lapsed): the prescriber hears it, the on-call line does not (precision15).
    'refill|refills|script|prescription|prescriptions ..1 is|was|s dead',
    // A medication "killing" one's sex drive or appetite: a side effect the prescriber hears (lead, 2026-12-05).
    'kill|kills|killed|killing|murdering ..1 my|her|his|our ..1 sex|appetite|libido ..1 drive',
    'kill|kills|killed|killing|murdering ..1 my|her|his|our ..1 appetite|libido|sleep',
    // Therapy or sessions ended at a date, the date said right after them ("end my sessions after this month",
    // "ready to end therapy on Friday"): ending therapy is the clinician's to hear (feelings-about-therapy.ts),
    // not a plan. "End my sessions and my life this weekend" names no date after them; "end my sessions this
    // weekend and my life too" is read by active-ideation.ts (a life ended beside something else).
    'end|ending|stop|stopping|finish|finishing|pause|pausing ..1 sessions|therapy|treatment|counseling|appointments ..1 after|on|by|at|in|next|this|before ..1 {future_time}|month|week|year|semester|session|appointment|visit',
    'ready|decided|want|wanna|going|gonna|planning|plan|time ..1 end|ending|stop|finish|pause ..1 sessions|therapy|treatment|counseling|appointments ..1 after|on|by|at|in|next|this|before ..1 {future_time}|month|week|year|semester|session|appointment|visit',
    // A daily habit of taking one's medicines ("I take all my meds every morning"): adherence, the prescriber's to
    // read the same day, not an ingestion.
    'take|taking ..2 all ..2 my|of ..1 med|meds|medicine|medicines|medication|medications|pills ..3 every|each ..1 morning|day|night|evening|time|dose',
    // A heart attack or a stroke in one's history ("I had a heart attack last year", on an intake answer): a
    // clinician reads it the same day; one happening now is a medical emergency.
    'had ..1 a ..1 (heart attack|stroke) ..2 last|in|back|years|ago ..1 year|years|spring|summer|fall|winter|ago|{number}',
    // How many pills to take a day or at night: a dosing question, the prescriber's (lead, 2026-12-05, noticed by
    // recall18); how many it would take, or to not wake up, stays on call.
    'how ..1 many|much ..4 {pills}|{med_name} ..2 do|should|can|am|supposed ..2 take ..3 a|per|each|every|in|at|before ..1 day|night|morning|evening|bedtime|dose|time|week',
    // Sets bg and bh (recall21, 2026-12-05), clinical messages that went on call: sessions cut down to every other
    // week (or drinking cut down on); feeling hurt by something said; not unsafe; the breathing exercise that did
    // not help; jumping at every sound. Each the clinician's the same day, each pinned beside its crisis twin.
    'cut|cuts|cutting ..1 down|back ..1 to|on ..2 every|biweekly|monthly|once|twice|sessions|session|drinking|caffeine|coffee|smoking|vaping|weekly',
    'felt|feel|feeling|feels ..1 hurt ..1 by|after|when|that|about|because',
    'im|am|was|feel|feeling|felt|be ..1 not|never ..1 unsafe',
    'breathing ..1 thing|things|exercise|exercises|technique|techniques|trick|tricks|app|skill|skills|stuff|practice|worksheet',
    'i jump every|whenever',
    'i jump at ..2 every|any|loud|sounds|noises|noise|doors|door',
    // Minutes after one's usual pill, a number that is a time, not a count ("I threw up 20 min after taking my
    // morning pill"); no shakes or anything when one skips a drink: a dose and a habit, the prescriber's to read.
    '{number}|{big_number}|{number_word} ..1 min|mins|minutes|hours|hrs ..1 after ..1 taking|took ..1 my ..1 morning|night|evening|daily|usual|regular|normal ..1 pill|dose|meds|medication|med|medicine',
    'no ..1 shakes|shaking|tremors|sweats|sweating ..1 or ..1 anything|nothing',
  ],
  es: [
    // Set cm (recall23, 2026-12-06): un antidepresivo dejado de golpe con "zaps" o corrientazos en la cabeza.
    'effexor|venlafaxina|pristiq|cymbalta|duloxetina|paxil|paroxetina|zoloft|sertralina|lexapro|escitalopram|celexa|citalopram|prozac|fluoxetina|wellbutrin|bupropion ..4 de ..1 golpe',
    'zaps|corrientazos|toques ..2 en ..1 la ..1 cabeza',
    // Sets ci, cj y ck (recall22, 2026-12-06): análisis de sangre (de laboratorio); el riesgo de sangrado de un
    // medicamento.
    'analisis|laboratorio|laboratorios ..2 de ..1 sangre',
    'riesgo ..2 de ..1 sangrado|sangrar',
    '{family}|{partner}|{child}|amigo|amiga|perro|gato ..4 murio|fallecio|muerte',
    'aniversario ..3 muerte',
    // Tomarse todas las medicinas cada día: cumplir el tratamiento, no una ingesta.
    'tomo|tomar|tomando|me ..2 todas|todos ..2 mis|las|los ..1 pastillas|medicinas|medicamentos|pildoras ..3 todos|todas|cada ..2 dias|dia|mananas|manana|noches|noche',
    // Cuántas pastillas tomar al día o en la noche: una pregunta de dosis, del prescriptor.
    'cuantas|cuántas ..1 pastillas|tabletas|capsulas|cápsulas|pildoras|píldoras ..4 tomo|tomar|tomarme|debo|tengo|me|son|es ..4 noche|dia|día|mañana|manana|diario|diarias|dosis|vez',
    // Sets bg y bh (recall21): un dolor que no me deja (de muela, de cabeza); los ejercicios de respiración.
    'dolor|dolores ..4 que ..1 no ..1 me ..1 deja|dejan|dejaba',
    'ejercicio|ejercicios|tecnica|tecnicas ..1 de ..1 respiracion',
    // "No es que me quiera morir" (set bh, recall21): the denial in the subjunctive, as "it's not that I want to
    // die" is a negated mention in English; a clinician reads it the same day. The indicative ("no, es que me
    // quiero morir") is not masked.
    'no ..1 es ..1 que ..2 quiera|quisiera ..2 morir|morirme|matar|matarme|suicidar|suicidarme|desaparecer',
    'no ..1 es ..1 que ..2 quiera|quisiera ..2 (hacerme dano|hacerme daño|lastimarme|cortarme)',
    // "Casi no come" is "barely eats" (set bg, recall21): an appetite the clinician hears, as in English; a child
    // who has not eaten in days is still a medical emergency.
    'casi ..1 no ..1 come|comia|comen|comio|desayuna|almuerza',
    'casi ..1 no ..1 quiere ..1 comer',
  ],
};
