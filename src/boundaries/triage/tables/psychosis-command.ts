import type { TriageTable } from '../triage-category.js';

/**
 * Psychosis with commands or intent to act: voices or beings that tell the person to hurt themselves or
 * someone, to jump or to join the dead (command hallucinations are a crisis; voices alone are a clinical
 * matter). [sources: samhsa-988, samhsa-tip-50]
 */
export const PSYCHOSIS_COMMAND: TriageTable = {
  label: 'psychosis_command',
  en: [
    // lead32 (set de): a threat from "them" tied to eating or acting ("they told me if i eat they'll take my son. they
    // see everything i type").
    'they|voices|voice|he|she ..2 told|tell|tells|said|say|says ..1 me ..2 if ..2 i ..5 take|hurt|kill|die|punish|happen',
    'they|voices|he|she ..2 see|watch|hear|read|reading|watching ..1 everything ..2 i ..1 type|do|say|write|text|think',
    // Demons, voices or spirits who say it is time, or now (lead26: "the demons said it's time").
    'demons|demon|voices|voice|devil|angels|angel|spirits|spirit ..2 said|say|says|told|telling|tell ..3 time|now|tonight',
    // Able to fly, believed, beside days or nights awake, no sleep or a height (lead26: "i haven't slept in 4 days and i feel like i
    // can fly"); flying out on Friday is travel.
    '(feel like i can fly|feel like i could fly|know i can fly|believe i can fly|sure i can fly|think i can fly|i can float) & days|nights|awake|invincible|roof|jump|window|balcony|superpowers|chosen|god|untouchable|ledge|bridge',
    '(feel like i can fly|feel like i could fly|know i can fly|believe i can fly|sure i can fly|think i can fly|i can float) & {neg} ..2 slept|sleep|sleeping',
    // Sets bw-cb (lead, 2026-12-06): walking into the ocean to prove something; days without sleep beside being told, cameras
    // or a mission; a news anchor talking to one beside what he says to do.
    'has|have|needs|need|going|gonna|wants|want|told|tell*|supposed|must ..3 walk|swim|go|wade ..2 into ..2 ocean|sea|lake|river|water|traffic',
    'hasnt|havent|not|{neg}|no ..2 slept|sleep|sleeping ..3 days|nights|night && jesus|god|told|voices|cameras|planted|destiny|chosen|mission|demon|devil|messages|signs|prove',
    'anchor|tv|news|radio|television|channel ..6 talking|speaking|sending ..3 me && says|told|need|needs|must|tonight',
    // Set bv (lead, 2026-12-06): a shadow figure saying one should go with him.
    'says|said|tells|told|wants ..3 i|me ..2 should|to ..1 go|come ..2 with ..1 him|her|them && shadow|voice|voices|guy|man|figure|corner|room|demon',
    // Set bt (lead, 2026-12-06): a new mother hearing the baby is not hers and must be given back to the water.
    'give|return|take ..2 her|him|baby|it|them ..2 back ..2 to ..1 the ..1 water|river|ocean|sea|lake|god|devil',
    'heard|hear|hearing ..4 she|he|baby|it ..2 isnt|{neg} ..1 mine & baby|weeks|old|give|water|slept|back',
    // Sets br (lead, 2026-12-06): instructions to stop eating so an implant cannot track one; plucking one's eyes out; a
    // neighbour 'broadcasting into my walls' to be handled once and for all.
    'instructions|voices|voice|they ..4 want|told|tell|telling|want ..2 me ..2 to ..1 stop ..1 eating|drinking|sleeping|taking',
    'pluck|gouge|cut|tear|rip|take ..3 out ..2 his|her|my|their ..1 eyes|eye',
    'pluck|gouge|tear|rip ..2 his|her|my|their ..1 eyes|eye ..1 out',
    'once ..1 and ..1 for ..1 all && broadcasting|walls|voices|implant|spying|watching|poisoning|neighbor|neighbour|him|them',
    'know ..1 what ..1 i|he|she ..1 have|has|need|needs|got|gotta ..2 do ..1 now|tonight && broadcasting|walls|voices|implant|spying|poisoning|neighbor|neighbour|gun|pills',
    // Set bp (lead): driving off to meet one's destiny.
    'meet|meeting|fulfill|fulfil ..2 my|her|his|their ..1 destiny',
    // Mania with danger (lead, 2026-12-06, from the round's holdout set, read at its end): days without sleep beside feeling untouchable, racing or driving at speed; a mission to
    // stop something terrible right now.
    'havent|hadnt|hasnt|{neg}|not ..1 slept ..4 days|nights|{weekday}|{number} & untouchable|invincible|unstoppable|racing|highway|mph|speed|speeding|120|110|100|130|god|chosen|destiny|mission|gun',
    'awake|up ..2 since|for ..3 friday|saturday|sunday|monday|tuesday|wednesday|thursday|days|nights & racing|untouchable|invincible|terrible|mission|stop|drive|window|stitches',
    'drove|driving|took|going|went ..4 at|going ..1 100|110|120|130|140|150 & prove|feel|untouchable|invincible|amazing|slept|night|fun',
    'have|need|must|got ..1 to ..4 stop ..1 something ..1 terrible|bad|horrible|awful ..2 from ..1 happening',
    '{voices}|voice|plates|messages|signs|numbers ..3 wants|want|say|says|said|tell|tells ..2 me|them ..1 to|stop',
    '{voices}|voice ..3 wants|want|tells|told ..1 me ..1 to ..3 drive|crash|walk|swim|jump|give|stop|throw|run',
    'they ..1 say|says ..2 stop ..1 eating|taking|sleeping',
    // Messages sent through a device with something to do; being watched or followed and acting on it
    // ("the TV is sending me messages about what I need to do", "cameras in my walls … I need to protect myself",
    // "people following me and I'm going to stop them").
    'tv|television|radio|news ..3 sending|sends|sent|giving|gives ..2 me ..2 messages|signs|signals|instructions|orders & do|need|must|have|supposed',
    'protect|defend ..1 myself & cameras|watching|following|spying|poisoning|tracking|bugged|implant|implants|chip|walls',
    'following|watching|spying|tracking ..2 me & going|gonna|will|ill|have ..2 stop|get|hurt|handle|deal|end ..1 them|him|her|it',
    'tv|television|radio|phone|computer|screen|voices|voice ..3 telling|told|tells ..2 him|her|me|them ..3 to',
    '{voices} ..4 {command} & {harm_any}|{kill}|{die}|should|must|have|need|do|obey|or|else',
    '{voices} ..2 in ..1 my ..1 head',
    'something|someone|somebody ..2 in ..1 my ..1 head ..3 {command}|says|tells',
    '{command} ..1 me ..3 to ..2 {harm_any}|{kill}|jump|join',
    '{command} ..1 me ..2 i ..2 should|must|have|need ..2 to ..2 {harm_any}|{kill}|jump|join',
    'command|commands|orders ..3 louder|stronger|resist|obey|fight',
    'resist|obey|fight ..2 the ..1 voices|voice|commands',
    'hear|hearing ..4 telling|tells|told ..1 me',
    'join ..1 him|her|them ..3 dead|heaven|other ..1 side',
    'dead ..2 {family}|{partner}|{child}|friend ..3 telling|calling|wants|told',
    'messages|signs|signals ..4 telling|tell|told ..1 me',
    'watching|controlling|poisoning ..2 me & {kill}|{harm_any}|protect|weapon|{blade}|{firearm}',
    'sacrifice ..3 {child}|{family}|{partner}|myself|him|her|them',
    'in ..1 my ..1 head|brain & have|must|need|says|tells|told|commands|orders',
    'chip|implant|device|camera|tracker ..4 in ..1 my ..1 head|brain|body|teeth',
    // The idea, in any order: a voice or a sender, a command, a harm.
    '{voices} & {command} & {harm_any}|{kill}|{die}|{blood}',
    '{voices} & {harm_any}|{kill}|{die}|{blood} & want|wants|need|must|should|have|or',
    '{voices} ..3 {command} ..1 me ..1 to',
    '{command} ..1 me ..6 to|that & should|must|need|have|supposed & {kill}|{die}|hurt|harm|jump|burn|stab|shoot|drown|sacrifice|punish',
    '{command} ..4 i|me ..2 should|must|need ..3 end ..1 it|myself|my|things',
    '{command} ..1 me ..3 to ..1 put ..4 fire|oven|stove|water|traffic',
    'getting|receiving|got ..1 messages|signs|instructions|orders ..6 {kill}|{die}|hurt|harm|supposed|must|have',
    '{command}|told|tells|telling ..2 by ..3 higher ..1 power|god|{voices} & hurt|harm|kill|punish|evil|die|sacrifice|jump|cut',
    'signals|signs|messages|voices|instructions ..4 need|must|have|supposed ..2 to ..3 burn|kill|hurt|harm|die|jump|cut|stab|shoot',
    // A voice from the radio, the news or the walls telling one to stop eating, drinking or sleeping.
    'stop ..1 eating|drinking|sleeping|breathing & radio|tv|television|voice|voices|god|news|microwave|walls',
    // Things speaking to one (the TV, videos, people in a phone) with a demand; proving oneself real; commands with a
    // threat ('or my family dies').
    'talking|speaking|sending ..2 directly|straight|only ..1 to ..1 me & want|wants|told|said|prove|must|have',
    'prove ..2 i|im ..1 am|m|real & know|how|going|gonna|will|tonight',
    'said|told|say|says ..4 to ..2 stop ..1 eating|drinking|sleeping & or|dies|die|hurt|kill|family',
    'or ..2 my ..1 {family}|family|{child}|{partner} ..1 dies|die|will|gets',
    'chip|chips|camera|cameras|device ..3 in ..2 my ..1 water|walls|head|tooth|teeth|brain|heater|car & listening|watching|tracking|make|stop|tonight',
    // Being able to fly off a height; a newborn said to be switched or not one's own.
    'can|could ..1 fly & off|top|roof|garage|building|bridge|jump|window',
    'baby ..4 isnt|not ..1 hers|mine|his|ours',
    'baby|he|she ..2 was|were|got ..1 switched|replaced|swapped',
    // A mother who says her newborn is evil and must be sent back; being chosen, with a mission or a devil;
    // someone off their medication who speaks of agents, orders or a mission.
    'send|sending|sent ..2 him|her|it|the ..1 back & baby|newborn|evil|god|chosen|devil|demon|heaven',
    'baby|newborn|son|daughter ..3 is|s ..1 evil|possessed|demon|devil',
    'chosen & evil|devil|demon|voices|god|mission|angels|messiah|destiny|signs',
    'stopped|quit|off ..3 his|her|their|my ..1 meds|medication|medicine|pills & voices|agent|agents|order|orders|mission|chosen|god|devil|demon|spying|watching|implant|evil|window|weapon|knife',
    'agent|agents|spy|spies & order|orders|mission|stopped|meds|voices|window|kill|watching|spying|implant',
    // Set p: told to stop eating so a chip inside stops working.
    'chip|implant|tracker ..4 in|inside|wont|work|working & told|voices|they|stop|eating|cut|remove',
    'they|voices ..1 told|tell|telling ..1 me ..1 to ..1 stop|not ..1 eating|eat|sleeping|drinking|taking',
    // Signs, a voice or God saying it is one's time (recall5's fifth batch).
    'signs|god|lord|voices|universe ..6 its|is|s ..1 my ..1 time & telling|tells|says|say|saying|told|showing|seeing',
    // Set r: a message from the radio that someone is the devil, and doing what needs to be done; a mother
    // 'replaced' by an impostor, and what is under her skin.
    'do|doing ..1 what ..2 needs|has ..2 to ..1 be ..1 done & devil|demon|message|god|voices|sunday|tonight|him|her|they|radio|signs',
    'message|messages|signs|signal ..3 from ..2 the ..1 radio|tv|television & devil|demon|do|kill|must|need|done',
    'under ..1 her|his|their ..1 skin & find|see|cut|look|check|need|tonight|whats',
    'was|been|got|is|were ..1 replaced & real|imposter|impostor|mother|mom|dad|father|wife|husband|not',
    // Set t: hearing a baby's or others' thoughts that say one should go away or die.
    'hear|hears|hearing|heard ..4 thoughts|voices|voice & say|says|saying|tell|tells|telling ..4 should|must|needs|has|deserve* ..3 go|die|away|leave|disappear|hurt|gone',
    'voice|voices|thoughts ..4 say|says|saying|tell|tells|telling ..3 bad ..1 mother|mom|father|dad|person & should|go|away|die|deserve*',
    // Probed by kind (recall7): days without sleep and God talking to one directly; a mission or signals.
    '{neg}|havent|hasnt ..1 slept ..3 {big_number}|{number_word}|days & god|voices|talking|signs|messages|chosen|mission|demons|signals',
    'god|jesus|satan|devil|angels ..2 is|are|keeps ..1 talking|speaking ..2 to ..1 me ..1 directly',
    // A fourth probe by kind (recall7): a family to be cleansed or sacrificed; being the antichrist; off lithium and
    // invincible, about to drive fast.
    'cleanse|purify|sacrifice ..2 my|the|our ..1 family|kids|children|{family}|{partner}|{child}|baby',
    'im|am|i ..2 the ..1 antichrist|messiah',
    'stopped|quit|off ..2 lithium|depakote|lamictal|seroquel|abilify|meds & invincible|god|fly|chosen|drive|driving',
    'invincible & drive|driving|jump|fly|fast|die|crash|bullets|cars|traffic|roof',
    // Set ah (recall9): someone heard telling one to finish the job; the people next door as the enemy; shadows that
    // talk about ending things.
    'hear|hearing|heard|hears ..4 telling|tell|tells|saying|says ..1 me ..4 finish|end ..2 job|it|them|off|things',
    'hear|hearing|heard|hears ..4 telling|tell|tells|saying|says ..1 me ..4 kill|hurt|punish',
    'neighbors|neighbours|neighbor|neighbour|door|upstairs|downstairs|coworkers ..3 are|is ..1 the ..1 enemy|enemies & says|said|tells|told|voice|voices|hear|act|rounds|gun|ready|deal|finish|sgt|sergeant',
    'shadows|shadow|voices|voice|things|figures ..4 talk|talking|talks|tell|telling ..2 to ..1 me ..3 about ..2 ending|killing|dying|hurting|end|death',
    // Set al (recall10): a prophet or messiah in the first or third person, with something he must do.
    'he|she|i|im|hes|shes ..2 is|am|s|being ..2 prophet|messiah|jesus|chosen & must|has|have|go|show|sent|mission|preach|god|sleep|slept',
    'hes|shes|im ..1 a|the ..1 prophet|messiah & must|has|have|go|show|sent|mission|preach|god|sleep|slept|fast',
    // Set aj's crisis kinds (lead): the TV sending messages that it's time; a baby felt not to be one's own after birth.
    'tv|radio|television|people|they ..4 sending|send|sent|sends ..2 me ..1 messages|signs|signals & time|tonight|go|supposed|told|must',
    'not ..1 really ..1 mine & baby|postpartum|born|he|she|newborn',
    // Set ar (recall11): told by them to punish the person behind the device; a chip to be pulled out with pliers.
    'said|told|say|says|tell|telling|want|wants|saying ..4 punish|hurt|attack|kill|teach ..3 the|whoever|him|her|them|neighbor|person|man|woman|guy & they|voices|voice|broadcasting|thoughts|detector|camera|chip',
    'chip|chips|tracker|trackers|implant|device|microphone|camera ..4 tooth|teeth|molar|head|arm|skin|body|ear|brain && pull|cut|dig|rip|yank|take ..2 it|them ..1 out',
    // Probed by kind (lead, 2026-12-05): instructions or orders received to go to a dangerous place or do harm.
    'receiving|getting|hearing|got|receive|get|received ..1 instructions|orders|commands ..2 to & highway|freeway|bridge|roof|tracks|traffic|river|hurt|kill|jump|die|{height}|{rail}',
    // Probed by kind (recall13, 2026-12-05, gate av): a devil or a voice that tells one to take out one's eyes.
    'devil|demon|demons|voice|voices & tells|told|telling|says|wants|orders & gouge|pull|poke|rip|tear|cut ..2 my|out ..1 eyes|eye|out',
    // Probed by kind (recall12, 2026-12-05): told to do it and resisting; told tonight is one's last night.
    'telling|tell|tells|told ..2 me ..2 to ..1 do ..1 it & resist|resisting|voices|voice|louder',
    'told|tell|telling|says|said ..3 tonight|today|this ..2 my ..1 last ..1 night|day',
    // Commands that name a place, over two short sentences (recall17): the tv sending instructions; they want me
    // to go to the school.
    'tv|radio|television|voices|god|messages|phone ..3 sending|send|sends|giving|gives|gave ..2 me ..1 instructions|orders|messages|commands|signs && want|wants|telling|tell|told ..1 me ..1 to ..1 go ..3 school|church|mall|house|bridge|station|daycare',
    // A voice, the numbers or the signs that set the day one goes (recall19, 2026-12-05): "the numbers say Friday is
    // when I have to go", "the voices picked the date", "the voice said my time is up Monday", in any person or
    // tense. The sources are the ones psychosis speaks through, never a boss, a schedule or the instructions.
    'voice|voices|whispers|god|devil|satan|demon|demons|spirit|spirits|angel|angels|numbers|signs|signals|universe|stars|patterns|tv|radio|television & say|says|said|saying|told|tell|tells|telling|show|shows|showed|showing|point|points|pointed|pointing|picked|chose|chosen|decided|set & is|s|was|thats ..1 when ..1 i|im|ill|he|she|hes|shes ..3 go|leave|die|going|leaving|gone|done|supposed|goes|leaves|dies',
    'voice|voices|whispers|god|devil|demons|spirits|angels|numbers|signs|signals|universe|stars|patterns ..3 told|tell|tells|gave|give|gives|showed|show|shows|revealed|sent ..1 me|him|her ..1 the|my|his|their ..1 date|day|time|hour|night',
    'voice|voices|whispers|god|devil|demons|spirits|angels|numbers|signs|signals|universe|stars|patterns ..3 picked|chose|chosen|set|decided|picking|choosing ..2 the|a|my|his|her ..1 date|day|time|hour|night',
    'voice|voices|whispers|god|devil|demons|spirits|angels|numbers|signs|signals|universe|stars|patterns ..6 my|his|her ..1 time|turn ..1 is|s|has|comes|was ..1 up|come|coming|near|here|now|almost',
    // Set be (recall19, 2026-12-05): someone on the news talking to one directly, a sacrifice to make, me or my mother;
    // a demon in one's baby and knowing what one has to do to save her.
    'talking|speaking|talks|speaks ..1 to ..1 me ..1 directly|personally|only & says|said|have|must|wants|told|sacrifice|choose',
    'have|has|must|need ..1 to ..1 sacrifice & says|said|told|tells|voice|voices|anchor|news|tv|radio|god|devil|deciding|decide|choose',
    'be|its|s ..1 me ..1 or ..1 my ..1 {family}|{child}|{partner}|mom|dad|mother|father|sister|brother|baby|son|daughter & sacrifice|deciding|anchor|voice|voices|tv|news|radio|god|devil',
    'demon|demons|devil|evil|satan ..2 in|inside ..2 her|him|my|baby|son|daughter|child|kid|them & protect|save|only|have|do|must|get|out|know|tonight|rid',
    'demon|demons|devil|evil ..4 her|him|baby|son|daughter|child && know ..1 what ..1 i ..1 have|need|must|got ..1 to ..1 do',
    'demon|demons|devil|evil ..4 her|him|baby|son|daughter|child && only ..1 way ..2 save|free|protect|help',
    // Set bh (recall21), in English: what they told me to do, and I obey.
    'i ..1 (obey|obeyed|do what they say|did what they said|do what it says) & told|tell|telling|voices|voice|command|commands|order|orders',
    // Fasting commanded (set cp, read for its misses, lead24): told by God or the voices to go without food and water
    // until cleansed, day 3: a command acted on, and a body going without water.
    'god|lord|jesus|{voices}|spirit|spirits|angel|angels|devil|satan ..3 told|tells|telling|says|said|wants|commanded|ordered ..2 me ..4 go|stop|not|quit|fast|refuse ..3 food|water|eating|drinking|meds|medication|medicine|fluids',
    'god|lord|jesus|{voices}|spirit|angel|devil|satan ..4 without|no ..1 food|water|eating|drinking',
    // lead33 (set dl): people who are not there saying one's children must be gotten rid of.
    '{child}|kids|children|baby|babies|they|them ..6 need|needs|have|has ..2 to ..1 be ..1 gotten|got ..1 rid ..1 of',
    'get|getting|got ..1 rid ..1 of ..2 {child}|my ..1 kids|children|baby|babies|family & say|says|said|told|tell|voices|voice|people|telling',
    // lead33 (dh): messages only the writer can see, saying what must be done.
    'only ..1 i|me ..1 can ..1 see|hear|read && say|says|said|tell|telling|told|need|must|want|wants',
    // lead37 (set dz): thoughts that are no longer intrusive but feel like instructions.
    'thoughts|thought|voices|voice|they|it ..3 feel|sound|seem|are|feels ..3 instructions|orders|commands|command',
    '(arent intrusive anymore|not intrusive anymore|dont feel intrusive|no longer intrusive|dont scare me anymore)',
    // lead41 (set el): things that talk to one through water, walls or a tank and want something done ("the cattle are
    // talking to me through the water tank and they want me to let the bulls out on the highway").
    'talking|talks|talk|speaking|speaks|speak|whispering|whispers ..2 to ..1 me ..1 through|thru & want|wants|wanted|told|tell|tells|telling|said|says|saying ..2 me ..1 to',
    'talking|talks|talk|speaking|speaks|speak|whispering|whispers ..2 to ..1 me ..1 through|thru ..3 water|walls|wall|tank|pipes|vents|outlets|outlet|trees|ground|floor|ceiling|sink|drain|radio|static',
  ],
  es: [
    // Sets bw-cb en espanol (lead, 2026-12-06): meterse al mar por mandato; dias sin dormir y lo que le dijeron; la tele
    // que le habla.
    'meterse|caminar|entrar ..2 al|en ..1 mar|oceano|rio|lago & tiene|debe|dios|dice|dijo|quiere|mandan',
    'no ..2 ha ..1 dormido|duerme ..3 dias|noches && dios|jesus|voces|camaras|mision|destino|dijeron',
    'tele|television|noticias|radio ..6 hablando|habla|hablan ..3 mi|conmigo',
    // Sets bw-cb (lead, 2026-12-06): una voz que dice que me tire al tren.
    'diciendome|dice|dicen|decia|dijo|diciendo ..3 que ..1 me ..1 tire|mate|aviente|lance|corte|ahorque',
    // Sets bq y br (lead): alguien por las paredes que le dice que se mate; Dios le ordenó sacarse los ojos.
    'dice|dicen|decirme|diciendome|diciéndome|ordena|ordenan|ordeno|ordenó ..6 que ..1 me|se ..1 mate|muera|lastime',
    'que ..1 me ..1 mate|muera & escuch*|oigo|oyendo|voces|voz|paredes|vecino|dice|dicen|decirme',
    'sacarse|sacarme|arrancarse|arrancarme ..2 los|el|un ..1 ojos|ojo',
    'no ..1 he ..1 dormido ..4 dias|noches & invencible|intocable|carrera|autopista|120|mision|dios',
    'voces|voz ..4 dicen|dice|ordenan|ordena|mandan|manda|piden|pide ..4 mate|matar|lastim*|morir|salte|hacerle|hacerme',
    'voz|voces & matar|mate|lastimar|morir|saltar|tirarme|dano',
    'me ..1 dicen|ordenan|mandan ..3 que ..2 me ..1 mate|lastime|tire',
    '{voices} & ordena|ordenan|dice|dicen|manda|mandan|pide|piden & tire|tirarme|matar|mate|lastim*|morir|quemar|saltar|dano|castig*',
    'me ..1 dijeron|dicen|ordenan|mandan ..3 que ..2 deje ..2 de ..1 comer',
    // Set t: a voice from the radio or the television, the devil or god, that says one must do something with fire.
    'diablo|demonio|dios|voz|voces|radio|tele|television|televisión ..4 habla|hablan|dice|dicen|ordena|manda & tiene|tengo|debe|debo ..1 que & fuego|quemar|matar|limpiar|sangre|cuchillo',
    'con ..1 fuego & limpiar|purificar|quemar|tiene|debe|dice|dicen',
    // Set ah (recall9): the neighbours as the enemy.
    'vecinos|vecino|vecina ..3 son|es ..2 el|los|la ..1 enemigo|enemigos|enemiga & dice|dijo|voz|voces|oigo|escucho|hacer|listo|arma',
    // Set al (recall10): dice que es profeta y que tiene que ir.
    'es|soy|ser ..1 un|el ..1 profeta|mesias|mesías & tiene|tengo|debe|debo|ir|dios|mision|misión|duerme',
    'es|soy ..1 profeta|mesias|mesías',
    // Set ap (lead, Spanish): a voice telling one to throw oneself in the river; a baby called a demon, to be returned to
    // the water.
    'me ..1 dice|dicen ..3 que ..1 me ..1 tire|mate|lastime|corte|aviente',
    'bebe|bebé|niño|niña ..4 demonio',
    'regrese|regresarlo|devuelva ..2 al ..1 agua',
    // Parity with English (parity12, 2026-12-05): the devil in a child to be got out; proving one is real; an order
    // received; the television saying to deal with them; a voice to turn off a patient's oxygen; commands louder.
    'diablo|demonio|demonios|satanas|chamuco|maligno & {child}|bebe|nino|hijo & sacar|sacarle|sacarselo|sacarlo|matar|quemar|ahogar|limpiar|exorciz*',
    'demostrar|demuestre|probar|pruebe|comprobar ..3 que ..1 soy|estoy ..1 real|vivo|viva',
    'recibi|recibio|tengo|tiene|dieron|llego ..2 la ..1 orden|senal|mision & agente|agentes|dios|voces|voz|tele|radio|espiritu|senales|vecino|vecinos',
    'tele|television|radio|voz|voces|dios ..4 dijo|dice|dicen|ordena|manda ..4 encargar|encargarme|deshacerme|castigar|acabar|callar',
    'apague|apagar|apagarle|quitarle|desconecte|desconectar|desconectarle|cortarle ..3 oxigeno|respirador|suero & voz|voces|dice|dicen|algo|ganas',
    'ordenes|mandatos|voces|voz ..4 cada ..1 vez ..1 mas & aguantar|resistir|obedecer|cuanto|tiempo',
    // Set ar (recall11): a chip put in a tooth, to be pulled out with pliers today; told to punish someone.
    'chip|chips|rastreador|microfono|implante|dispositivo|camara|aparato ..4 muela|diente|dientes|cabeza|brazo|piel|cuerpo|oido|cerebro && sacar|sacarme|arrancar|arrancarme|cortar|cortarme|abrirme ..4 pinzas|cuchillo|navaja|tijeras|hoy|mismo|yo|solo|sola|ahora',
    'dicen|dijeron|dice|ordenan|ordenaron|mandan ..4 castigar|castigarlo|castigarla|lastimar|lastimarlo|lastimarla|matar|matarlo|matarla|atacar|atacarlo',
    // Parity, second round (parity12, 2026-12-05): voices that say jump or walk into the water; a hand into the fire; a fast
    // until pure; a chip to be cut out; a child to be sacrificed; messages in the numbers.
    'oigo|escucho|oyendo|escuchando ..5 que ..1 brinque|salte|brincara|saltara|muera|muriera|mate|matara|lastime|lastimara',
    'dice|dicen|ordena|ordenan|dijo|dijeron ..2 que ..1 me ..1 meta|metiera|tire|tirara|aviente|aventara ..2 al|el ..1 agua|lago|rio|mar|tren|trafico|fuego|lumbre & voz|voces|oigo|escucho|alguien|gente|dios|tele|radio|diablo',
    'metiera|meta|pusiera|ponga ..3 mano|manos|brazo ..2 al|en ..2 fuego|lumbre|estufa & voz|voces',
    'ayunara|ayunase|ayune|ayunar|ayunando ..4 hasta ..4 pura|puro|limpia|limpio|purificar* & dios|voz|voces|dia|senor',
    'chip & sacar|sacarlo|sacarse|sacarmelo|sacarselo & gobierno|diente|pinzas|cuchillo|cabeza|brazo',
    'sacrifique|sacrificar|sacrificara ..3 a ..2 mi|su ..1 hijo|hija|bebe|{child}|{family}|esposa|esposo',
    'mensajes ..2 en ..2 los|las ..1 numeros|placas|nubes|canciones|letreros',
    'dice|dicen|dijo ..3 que ..1 merezco ..2 castigo|morir|sufrir|dolor & oigo|escucho|oyendo|voz|voces|alguien',
    // Probed by kind (lead, 2026-12-05): instructions or orders received to go to a dangerous place or do harm.
    'recibo|recibiendo|recibi|recibí|llegan|llegando|oigo|escucho ..2 instrucciones|ordenes|órdenes & carretera|autopista|puente|techo|azotea|vias|vías|trafico|tráfico|rio|río|lastimar|matar|saltar|aventarme|tirarme|morir',
    // Probed by kind (recall11, 2026-12-05): food poisoned by the neighbours; cameras and a television that talks, and a
    // need to defend oneself; someone who controls one and gives orders; days without sleep, being God.
    'me ..1 estan|quieren|estaban ..1 envenenando|envenenar',
    'envenenando|envenenan|envenenaron ..3 comida|agua|cafe & vecinos|ellos|familia|gobierno|me',
    'tengo|debo ..1 que ..1 defenderme|protegerme|atacarlos|atacar & camaras|tele|television|vecinos|siguen|espian|vigilan|voces|chip|microfonos',
    'alguien|algo|ellos ..2 me ..1 controla|controlan|ordena|ordenan',
    'dormido|duerme|dormir ..3 dias|noches & dios|mision|salvar|elegido|poderes|profeta|mesias',
    // Probed by kind (recall13, 2026-12-05, gate av): a devil or a voice that tells one to hurt oneself.
    'diablo|demonio|demonios|voz|voces|espiritu|espiritus|satanas|chamuco|sombra & dice|dicen|manda|mandan|ordena|ordenan|pide|piden|exige|grita|susurra & saque|sacarme|arranque|arrancarme|corte|cortarme|mate|matarme|lastime|lastimarme|queme|quemarme|tire|tirarme|aviente|aventarme',
    // Probed by construction (recall18, 2026-12-05): a mission to give one's life on a day or at a river; a
    // sacrifice asked by God or a voice; a devil in a relative to be taken out.
    'tengo|tiene|debo ..3 entregar|entregarle|dar|darle|sacrificar|ofrecer ..2 mi ..1 vida & domingo|sabado|viernes|hoy|noche|rio|mision|sacrificio|puente|mar',
    'dios|voz|voces|senor|diablo ..3 pidio|pide|ordena|ordeno|manda|mando|exige ..3 sacrificio|sacrificar|sacrificarme',
    'diablo|demonio|demonios|satanas|espiritu ..4 metio|mete|adentro|dentro|tiene & {child}|{family}|{partner} & hacer|sacarlo|sacarselo|sacar|sacarle|matar|quemar|ahogar',
    // Across two sentences (recall18, second batch): a devil in a relative, then what one has to do to take it out.
    'diablo|demonio|demonios|satanas ..3 metio|mete|metido|adentro|dentro ..3 {child}|{family}|{partner} && sacarlo|sacarselo|sacarle|sacarla|matarlo|matarla|quemarlo|quemarla',
    // Las voces, los números o las señales que fijan el día en que uno se va (recall19, 2026-12-05).
    'voz|voces|numeros|senales|dios|universo|espiritus|angeles|estrellas|diablo|demonio ..3 escogieron|eligieron|fijaron|pusieron|decidieron|marcaron|escogio|eligio|fijo|puso|decidio|marco|dijeron|dijo ..2 el|la|mi ..1 dia|fecha|hora|noche',
    'voz|voces|numeros|senales|dios|universo|espiritus|angeles|estrellas|diablo|demonio & dice|dicen|dijo|dijeron|marcan|indican|muestran|escogieron|eligieron|fijaron & (me toca|me tengo que|me voy|le toca|se tiene que|se va|es mi dia|es mi hora|llego mi hora|es mi momento) & {future_time}|dia|fecha|hora|momento',
    // Set be (recall19, 2026-12-05): la tele que habla directo y pide un sacrificio; un demonio en el bebé y saber qué hacer.
    'tengo|tiene|debo ..2 que ..1 sacrificar & dice|dijo|tele|voz|voces|radio|noticias|dios|diablo|yo ..1 o',
    'demonio|diablo|demonios ..3 en|dentro ..2 mi|su|la|el ..1 bebe|hijo|hija|nino|nina && se ..1 lo ..1 que ..1 tengo|debo ..1 que|hacer',
    // Set bh (recall21): lo que me dijeron que haga, y yo obedezco.
    'obedezco|obedeci|obedecerles|obedecerle|obedecer & dijeron|dicen|dice|ordenan|ordenaron|voces|voz|mandan|mandaron|mando',
    // lead37 (set dw): the Virgin, a saint or a voice who tells her she has to throw herself, kill or hurt herself.
    // lead41 (set el): cosas que le hablan a uno a través del agua o las paredes y quieren algo.
    'hablan|habla|hablando|susurran|susurra ..2 a ..1 traves & agua|paredes|pared|tanque|tubos|tuberia|arboles|tierra|piso|techo|radio & quieren|quiere|dicen|dice|ordenan|ordena|piden|pide|mandan|manda ..1 que',
    'virgen|santo|santa|angel|ángel|dios|voz|voces|espiritu|espíritu|diablo & dice|dicen|habla|manda|ordena|pide ..4 tiene|tienes|tengo|debe|debo ..2 que ..1 tirarse|tirarme|aventarse|aventarme|lanzarse|matarse|matarme|morirse|lastimarse|sacrificarse|saltar',
  ],
};
