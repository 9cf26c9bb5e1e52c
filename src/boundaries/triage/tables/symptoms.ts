import type { TriageTable } from '../triage-category.js';

/**
 * Symptoms and distress: mood, anxiety, panic, sleep, trauma, eating, psychosis without commands, grief, and
 * the plain words of distress (empty, numb, hopeless, a dark place). Describing them is for a clinician, not
 * for staff. [sources: tx-22-tac-465, samhsa-tip-50]
 */
export const SYMPTOMS: TriageTable = {
  label: 'symptoms',
  en: [
    'anxiety|anxious|anxieties|panic*|depress*|deppress*|despair*|hopeless*|helpless*|worthless*',
    'sadness|unhappy|miserable|loneliness|isolating|emptiness|numbness',
    // lead27 (a probe's "i need to come weekly again instead of every other week, things arent great" reached the
    // assistant): how things are going, said plainly beside a request. Everyday words only, so they stay everyday
    // elsewhere.
    'things|life|stuff|everything ..1 arent|isnt|not|havent|hasnt ..2 great|good|well|ok|okay|easy|better',
    'things|life|stuff|everything ..1 have|has|been|are|is|got|getting ..2 rough|hard|bad|worse|tough',
    'feel|feeling|felt|feels|im|am|been|so|very|really|always|just|getting ..2 sad|lonely|isolated|empty|numb|hollow',
    'overwhelm*|breakdown|meltdown|crisis|spiral*|unravel*',
    'falling|fell ..1 apart',
    // lead29 (probe): the only way out of one's life as it is ("the only way out is to leave him, can we talk thursday"
    // reached the assistant). A way out of a parking lot is an ordinary sense (ordinary-senses.ts).
    'only ..1 way ..1 out|forward',
    // lead29 (probes): a house not left for weeks; checking over and over; leaving a partner now. (Words written here
    // lose their everyday standing: "wash", "locks" and "heavy" were tried and held back requests.)
    'havent|not|didnt|hasnt ..2 left|leave|been ..2 the|my|our ..1 house|home|apartment ..3 in|for|since ..2 weeks|months|week|month',
    'havent|not|didnt|hasnt ..2 left|leave|been ..2 the|my|our ..1 room|bed ..3 in|for|since ..2 days|weeks|months|week|month',
    'checking|check|checked|counting|count ..2 over ..1 and ..1 over',
    // lead29 (probes): not able to face anyone; being the problem, as someone says and one half believes.
    'couldnt|cant|cannot|could ..2 face ..1 anyone|anybody|people|everyone|them|myself|going',
    'im|am ..1 the ..1 problem',
    // Dreading one's sessions or going at all ("i dread coming in every week", lead29); the phone dreaded is the desk's.
    'dread|dreading|dreaded|dreads ..2 coming|session|sessions|therapy|going|seeing|appointments|appointment|it|them|each|every',
    'im|finally|gonna|going|decided ..3 leave|leaving ..1 him|her ..1 tonight|today|finally|now',
    'sobbing|weeping|teary',
    'i|im|ive|been|keep|cant|can|stop|was|started|always|kept ..2 cry|crying|cried|tears',
    'in ..1 tears',
    'insomnia|nightmare*|flashback*|triggered|trauma*|ptsd|cptsd',
    'night ..1 terrors',
    // Trouble sleeping since something changed (lead26: "i'm having trouble sleeping since starting the new job" reached
    // staff as a general question).
    // (Written without "trouble": a word of this table is no longer an everyday one, and "trouble signing the document"
    // would stop reaching the desk.)
    'having|had|been|has|have ..2 sleeping & lately|since|anymore|nights|night|weeks|week|days|months|recently',
    // Memory failing in a parent or a partner, and whether to see a specialist (lead26, set ct: "Mom keeps repeating herself
    // and got lost driving ... should we be seeing a neurologist first?" reached scheduling).
    'keep|keeps|kept|keeping ..1 repeating|forgetting ..2 herself|himself|themselves|myself|things|names|words|stories|questions',
    'should|do|would|could ..4 see|seeing|go|try|get ..2 a|the ..1 neurologist|neurology|geriatrician|neuropsychologist|specialist',
    'ocd|adhd|bipolar|manic|mania|hypomani*|schizo*|psychosis|psychotic|paranoi*|delusion*|hallucinat*|dissociat*|derealiz*|depersonaliz*',
    'eating ..1 disorder|disorders',
    'purg*|binge*|bingeing|restricting|anorex*|bulimi*|starving',
    'throwing ..1 up ..2 after',
    'mood|moods|moody|irritab*|rage|outbursts|snapping|agitat*',
    'voices|whispers|whispering',
    'hearing|hear ..2 things|voices|noises|whispers',
    'seeing ..1 things|people|shadows',
    'watching|following|watched|followed ..2 me & feel|feeling|think|sure|know|cameras|tv|phone',
    '{neg} ..2 sleep|sleeping|slept ..2 more|well|at|anymore|for|in',
    'cant|cannot|{neg} ..1 sleep|eat|focus|concentrate|function|cope',
    'cant|cannot|{neg} ..1 stop ..1 crying|shaking|thinking|worrying',
    // Sleeping too much or too little, a day in bed, no energy or appetite: the vegetative signs of depression,
    // and a seasonal pattern's treatment (a light box).
    'sleep|slept|oversleep* ..3 hours|hrs',
    'sleep|slept ..2 all ..1 day|the ..1 day|weekend',
    'sleep|slept|sleeping ..1 too ..1 much',
    'hypersomnia|oversleeping',
    'cant|cannot|{neg}|barely ..3 get|getting|got ..1 out ..1 of ..1 bed',
    'stay|stayed|staying|been|lying|laying ..2 in ..1 bed ..2 all|day|days|week|weeks|since',
    'no|zero ..1 energy|motivation|appetite',
    'light ..1 box|lamp|therapy',
    'feel|feeling|felt|feels ..3 down|low|bad|awful|terrible|horrible|lost|stuck|trapped|broken|worse|scared|alone|guilty|ashamed|disconnected|unreal|nothing|dead|hopeless|worthless|useless|empty|numb|hollow|lonely|sad|depressed|anxious|unsafe|crazy|insane|exhausted|drained|overwhelmed|invisible|unwanted|unloved',
    'dark ..1 place|thoughts|time|times',
    'struggl*|suffer*|hurting',
    'not ..1 ok|okay|alright',
    'not ..1 doing ..1 well|good|great|ok|okay',
    'having|had|going|been ..3 a ..1 hard|rough|tough|difficult|terrible|awful ..1 time|week|day|month|year',
    'mental ..1 health|breakdown|state',
    'grief|grieving|griev*|mourning|bereave*',
    'passed ..1 away',
    'lost ..2 my ..1 {family}|{partner}|{child}|friend|baby|pregnancy|dog|cat',
    'stressed ..1 out',
    'burnt|burned ..1 out',
    'burnout',
    'terrified|phobia|phobias',
    'scared|afraid ..2 of ..2 dying|death|everything|people|leaving|being|myself|losing',
    'unmotivated|fatigue',
    'heart ..2 racing|pounding',
    // "I won't be here next week" may be a trip or a farewell: a clinician reads it, not staff.
    'wont|{neg} ..2 be ..1 here|around ..3 next|anymore|much|then|long|longer',
    // Asking how to cope is asking for clinical advice.
    'how ..2 do|can|should|could ..1 i ..2 handle|cope|deal|manage|stop|calm|control|survive',
    'how ..2 do|can|should|could ..1 i ..2 get ..1 through|over|past|rid',
    'symptom|symptoms|relapse|relapsed|diagnos*|disorder',
    // lead31 (set dc): what a code on one's bill or chart means for oneself ("my superbill says F43.10, what does that
    // mean for me"): a diagnosis explained is the clinician's.
    'what ..1 does|do|would ..1 that|it|this|those ..1 mean ..1 for ..1 me|him|her|us|my|them',
    // Admin15: not knowing who one is (disorientation), even run on after a desk request ("i got my days mixed up,
    // i don't know what day it is or who I am").
    'dont|{neg}|cant ..1 know|remember|tell ..6 who ..1 i ..1 am|was',
    // Refusing food or medication for days.
    'refusing ..2 food|meds|medication|medications|eating & days|weeks|since',
    // Set ab: running on fumes while holding a family together (strain a clinician hears, not the desk).
    'running ..1 on ..1 fumes|empty & handling|kids|deployed|coping|barely|alone|holding',
    // Set at (admin9): care of oneself stopped since something happened ("i havent showered since").
    '{neg}|barely ..2 showered|bathed|showering|bathing|eaten ..3 since|in|for|days|anymore',
    // admin24 (2026-12-06): the writer's body or mind told inside an apology or a note beside a request ("sorry i
    // passed out, can i rebook", "sorry i woke up on the floor", "sorry my head is all over the place", "i totally
    // zoned out"): a courtesy or a slip word accounts for its sentence only when nothing else in it states the writer's
    // state, and these everyday words do. Losing consciousness or time, waking somewhere one did not lie down,
    // and a head or mind in pieces are a clinician's (a faint may be more: the medical tables read what they know).
    // Every word named here is everyday or already kept from staff: a word a clinical rule names blocks a request
    // wherever it stands (risk-vocabulary), so "a wreck on the bypass", "a ground floor room" or "billing got messed
    // up" are not named ("my head is a mess" is left: "mess" is "messed" too).
    'i|im|ive ..2 passed|blacked|blanked|zoned|spaced ..1 out',
    'woke|wake|waking ..1 up ..3 on|in ..2 the|a|my ..1 floor|bathroom|er',
    'head|brain|mind ..1 is|was|s|feels|felt|been ..2 all ..1 over ..1 the ..1 place',
    // admin23 (2026-12-06): no home to sleep in (a car, a shelter, a tent, the street): the writer's safety, for a
    // clinician, never the desk. "The insurance card is in my car, which I'm sleeping in" reached the biller ("sleeping
    // in" read as a late morning) and "im homeless" was read only as a misspelling of hopeless. A car one sits or waits
    // in for a session stays the desk's.
    'homeless|unhoused|houseless',
    'i|im|ive|we|were|weve|been|am|are ..3 sleeping|slept|living|lived ..1 in|out ..2 my|our|the|a|this|his|her ..1 car|truck|van|minivan|suv|tent|shelter|street|streets',
    'car|truck|van|minivan|suv|tent ..3 which|that ..2 i|im|we|were|ive|weve ..2 sleeping|living|slept ..1 in',
    'living|sleeping ..1 out ..1 of ..2 my|our|the|a ..1 car|truck|van|minivan|suv|tent',
    'i|im|ive|we|were|weve|been|am|are ..3 staying|stay|sleeping|sleep|slept ..2 at|in ..2 a|the ..1 shelter',
    'i|im|ive|we|were|weve|been ..3 sleeping|living|slept ..2 on ..1 the|a ..1 street|streets|couch|floor',
    // Another person's mood as it looks to the writer (lead24): "she seems down", "he's been really low lately".
    'she|he|they|shes|hes|theyre|{child}|{partner}|{family}|{other_person} ..2 seems|seem|seemed|looks|looked|looking|acting|been ..3 down|low|withdrawn|flat|sad|depressed|irritable|moody|hopeless|distant',
    // lead37 probes: someone close who keeps asking whether one is all right ("my mom keeps asking if i'm ok and i dont
    // know what to tell her").
    'asking|asks|asked|ask ..2 if|whether ..1 im|i ..1 ok|okay|alright|fine|good|safe',
    // lead38 (set ec): a meal plan's snack or supplement swapped or skipped: the eating-disorder team's call, not the desk's.
    'swap|substitute|replace|switch|trade|skip|drop ..3 snack|snacks|meal|meals|supplement|ensure|boost ..4 for|with ..2 a|an|the ..1 smoothie|shake|ensure|boost|snack|meal',
    'meal ..1 plan|plans',
  ],
  es: [
    // Admin15: the twin ("no sé quién soy").
    'no ..1 se|recuerdo ..1 quien ..1 soy|era',
    'ansiedad|ansios*|panico|deprimid*|depresion|triste|tristeza|desesperad*|angusti*|nervios',
    'llor*|lagrimas|soledad|vacio|vacia',
    'pesadilla*|trauma*|insomnio',
    '{neg} ..2 puedo ..1 dormir|comer|concentrarme',
    '{neg} ..2 puedo ..1 dejar ..1 de ..1 llorar|pensar',
    'duermo|dormir|dormido|dormida|durmiendo ..3 horas|todo ..1 el ..1 dia',
    '{neg} ..3 levantarme|levanto|levantar ..3 cama',
    'sin ..1 energia|apetito|fuerzas',
    '{neg} ..1 tengo ..1 ganas ..2 de ..1 nada',
    'me ..1 siento ..3 mal|fatal|triste|sola|solo|perdida|perdido|vacia|vacio|horrible|culpable|ansiosa|ansioso|nerviosa|nervioso',
    'sin ..1 ganas',
    'ataque|ataques ..2 de ..1 panico|ansiedad',
    'escucho|oigo ..2 cosas|voces',
    'salud ..1 mental',
    'estres|estresad*|agotad*',
    'duelo',
    'perdi ..2 a ..1 mi',
    'fallecio|murio',
    // Care of oneself stopped: "no me he bañado desde ese día".
    'no ..3 banado|duchado|banarme|ducharme ..3 desde|en|dias',
    // admin23: no home to sleep in ("duermo en el carro", "estamos en un albergue", "vivo en la calle").
    'duermo|dormimos|durmiendo|dormi|vivo|vivimos|viviendo ..2 en ..2 mi|el|la|un|una|nuestro|nuestra ..1 carro|coche|auto|troca|camioneta|albergue|refugio|calle|casa ..1 de ..1 campana',
    'estamos|estoy|quedando|quedamos|quedo ..2 en ..2 un|el|una ..1 albergue|refugio',
    'sin ..1 hogar|techo',
    'en ..1 situacion ..1 de ..1 calle',
  ],
};
