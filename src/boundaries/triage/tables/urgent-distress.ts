import type { TriageTable } from '../triage-category.js';

/**
 * Urgent distress named in words, after crisis-line practice: what someone says when they need a clinician now
 * even without a word of self-harm — not being safe, fear of oneself, not being able to go on, an emergency
 * named, fear for someone's safety, hiding or writing in secret. Crisis wherever it stands. (Urgent distress
 * the risk reader infers from everyday concepts raises only a message that is not administrative: see
 * risk-rules.ts.) A plea for help is not here: "please help me with the portal" is a request; the risk reader
 * reads a plea ("I need help now") and sentence-accounting.ts never lets one follow a request to staff.
 * [sources: samhsa-988, samhsa-tip-50]
 */
export const URGENT_DISTRESS: TriageTable = {
  label: 'urgent_distress',
  en: [
    // Sets ci, cj and ck (recall22, 2026-12-06): someone missing who is at risk: not back or not found, the phone off or
    // straight to voicemail, beside the last message they sent or a word of risk.
    'last ..1 thing|message|text|snap|post|words ..4 sent|said|texted|posted|wrote|was ..6 sorry|bye|goodbye|love|forgive|miss && voicemail|missing|find|reach|answering|seen|heard|back|home|disappeared',
    'hasnt|havent|hadnt|not|didnt|never ..2 come|came|been|gotten ..1 back|home ..6 days|night|nights|since|yesterday|hours && voicemail|missing|sorry|depressed|goodbye|bye|suicidal|pills|note|last',
    'straight|right|directly ..1 to ..1 voicemail && missing|sorry|depressed|goodbye|bye|suicidal|pills|note|last ..1 thing|cant|find',
    // The holdout ca (lead, 2026-12-06): the police searching, beside voices, the cold or no phone.
    'police|cops|sheriff ..3 looking|searching|search && voices|cold|barefoot|phone|left|fight|meds|medication',
    // Sets bw-cb (lead, 2026-12-06): someone nobody has heard from, who left their phone or medicines behind or said not to
    // look for them; thanks for everything from someone who then stops answering; not safe to be alone; wanting to go where
    // someone cannot find one.
    'nobody|noone|none ..3 heard ..2 from ..1 him|her|them ..4 hours|days|since|yesterday|night|morning|week|{weekday}',
    'no ..1 one ..2 heard ..2 from ..1 him|her|them ..4 hours|days|since|yesterday|night|morning|week|{weekday}',
    'bother ..1 looking|searching ..2 for ..1 me|him|her|them',
    'dont|{neg} ..1 look|search|come ..2 for ..1 me && gone|lake|voicemail|left|heard|answering|missing|meds|phone|police|bye|goodbye',
    'left ..2 phone|meds|medication|medicines|medicine|pills ..6 meds|phone|medication|medicine|medicines|pills|counter|here|behind && gone|heard|since|missing|answering|voicemail|bother|looking|look|police',
    'thank|thanks|thx ..2 for ..1 everything && isnt|wont|hasnt|havent|stopped|arent ..2 answering|responding|replying|picking',
    'i ..3 shouldnt|cant|cannot ..1 be ..1 alone|left ..2 tonight|today|now|right|anymore|lol',
    'i ..3 shouldnt|cant|cannot ..1 be ..1 by ..1 myself ..2 tonight|today|now|right|anymore|lol',
    'go|run|somewhere|someplace|place ..2 where ..3 cant|{neg}|wont|nobody|no ..2 find ..1 her|him|me|them',
    // The holdout bn, read at the round's end (lead, 2026-12-06): someone who will not pick up after crying or a goodbye;
    // not able to drive home safe.
    '{neg}|wont ..2 pick ..1 up|answer && crying|cried|hung|goodbye|late|gun|rifle|pills|done',
    'cant|{neg}|cannot ..2 drive ..2 home ..1 safe|safely',
    // Set bu (lead, 2026-12-06): someone with dementia who walked out in the cold, the police looking.
    'walked|wandered|wandering|walks ..1 out|off|away && police|alzheimer*|dementia|degrees|cold|slippers|pajamas|missing|looking|sheriff',
    // Set bv (lead, 2026-12-06): the crisis line's number asked for oneself.
    'asking ..1 for ..1 me|myself && crisis|hotline|988|suicide|line|lifeline',
    'crisis|suicide ..1 line|hotline|lifeline ..4 for ..1 me|myself',
    // Sets bs and bt (lead, 2026-12-06): someone locked in a bathroom or a room, not answering ("He won't come out of the
    // bathroom, door is locked and he's not answering" reached staff as a general question); not safe, asking for a call.
    'locked ..4 bathroom|door|room|garage|closet|himself|herself|themselves && {neg}|stopped ..1 answering|responding|opening|talking|responsive',
    '{neg}|wont|refuses ..2 come ..1 out ..2 of ..2 the|his|her|their ..1 bathroom|room|garage|closet|car & locked|answering|water|hear|hours|knocking',
    // Not out of the room for days, a smell beside it (lead26b: "my roommate hasn't come out of her room in 2 days and
    // there's a smell").
    '{neg}|hasnt|havent|wont ..2 come ..1 out ..2 of ..2 the|his|her|their ..1 room|bathroom|apartment|house|garage ..4 days|day & smell|smells|smelling|answering|locked|knocking',
    '{neg} ..1 safe && call|someone|help|please|anyone',
    // Sets bq and br (lead, 2026-12-06): someone at risk who left and has not come back or cannot be found (a father with
    // dementia, a resident who signed out for a walk, a son who left rehab against advice); the police told.
    '{neg}|hasnt|havent ..2 returned && police|sheriff|911|missing|alzheimer*|dementia|schizophreni*|psychosis|meds|medication|medicines|rehab|ama|wandered|walk|search*',
    '{neg}|hasnt|havent ..2 come ..1 back && police|sheriff|911|missing|alzheimer*|dementia|schizophreni*|psychosis|meds|medication|medicines|rehab|ama|wandered|walk|search*',
    '{neg}|hasnt|havent ..2 been ..1 found|seen && police|sheriff|911|missing|alzheimer*|dementia|schizophreni*|psychosis|meds|medication|medicines|rehab|ama|wandered|walk|search*',
    'cant|{neg}|cannot ..2 find ..1 him|her|them|my|our && police|sheriff|911|missing|alzheimer*|dementia|schizophreni*|meds|medication|medicine|wandered|walk|left',
    'left|walked|checked ..2 out ..1 of ..2 rehab|detox|treatment|hospital|facility ..2 ama|against',
    'left ..2 rehab|detox|treatment|hospital ..2 ama|against',
    // Admin15: not lasting the night, run on after a request ("any chance of a 6pm today, i won't last the night").
    'wont|{neg}|not|cant ..2 last|survive ..1 the|this|another ..1 night|week|weekend|day',
    // Not safe, where one is or with someone: "I don't feel safe", "not safe at home", "unsafe here".
    '{neg} ..2 feel|feeling|am|being ..1 safe',
    '{neg} ..1 safe ..2 here|home|house|tonight|now|anymore|with|around',
    'unsafe ..2 here|home|house|tonight|now|with|around',
    'feel|feeling|felt|am|im ..1 unsafe',
    // Fear of oneself: "I'm scared of myself", "afraid of what I might do", "don't trust myself".
    'scared|afraid|frightened|terrified ..2 of ..1 myself',
    'scared|afraid|frightened|terrified ..2 of ..1 what ..2 i ..3 do|might|could|will',
    '{neg} ..1 trust ..1 myself',
    // Not able to go on: "I can't do this anymore", "can't go on", "at my breaking point".
    'cant|cannot|{neg} ..2 do|take|handle|keep ..2 this|it|going ..1 anymore',
    'cant|cannot ..1 go ..1 on',
    'breaking ..1 point',
    'end ..1 of ..1 my ..1 rope',
    // An emergency named: 911, an ambulance, the emergency room.
    '911',
    'ambulance|paramedics',
    'emergency ..1 room',
    // Someone else's safety: "worried about her safety", "is he safe?", a welfare check.
    'worried|scared|afraid|concerned|fear|fearing ..3 for|about ..2 his|her|their|my|our ..1 safety|life|lives',
    'is|are ..1 she|he|they ..1 safe|alive',
    'wellness|welfare ..1 check',
    // Hiding or writing in secret: "hiding in the bathroom", "he doesn't know I'm texting".
    'hiding ..2 in|from|at ..2 the|my|a|him|her|them',
    '{neg} ..1 know ..2 im|i ..1 texting|writing|messaging|emailing|here',
    // 'sos' on its own is a call for help; having said one was safe, and that it was a lie.
    'sos',
    'said ..2 i ..1 was|am|were ..1 safe|okay|ok|fine & lied|lying|wasnt|not',
    // Set s: held on a psychiatric hold now.
    'held|hold ..2 for ..1 {big_number}|seventy ..1 hours|hrs & psych|er|hospital|being|ward',
    'psych ..1 er|ward|unit|hold|hospital & im|am|in|from|writing|being',
    // Set z (recall8): told to message if things got bad, now writing.
    'said|told|say ..4 to ..1 message|text|call|reach|write|contact ..4 if ..2 things|it|stuff ..1 got|get|ever ..2 bad|worse|dark',
    // Set t: needing to be somewhere safe now.
    'need|needs|needed|have ..4 somewhere|someplace|place ..1 safe ..3 tonight|now|today|right|asap|until',
    'need|needs|needed ..2 a ..1 safe ..1 place|space|spot ..3 tonight|now|today|stay|sleep|go|asap',
    'need|needs|needed ..4 somewhere|someplace ..1 safe & i|im|me|myself|think|please',
    // Set ab: someone who will not open the door of the room they have not left.
    'wont|{neg} ..1 answer|open|answering|opening ..2 the|her|his|their ..1 door & room|since|days|locked|hasnt|pills|trash|out',
    // Read across sentences: the practice's safety question quoted, answered no.
    'are|r ..1 you|u ..1 safe && no|nope|nah',
    // Set al (recall10): not safe right now, in texting shorthand.
    '{neg} ..1 safe ..1 rn|tn|tonite|atm|rite',
    // The other way round (parity12, 2026-12-05): a neighbour who has not left the house in days and does not answer.
    '{neg} ..2 left|come ..2 house|apartment|room|out ..4 days & {neg} ..2 answer|answering|answered|open|opening|picking',
    // Not ok, said twice as hard (lead24: "can you call me? I'm not ok. like really not ok.").
    'really|truly|seriously|so ..1 not ..1 ok|okay|alright',
    'not ..1 ok|okay|alright ..1 at ..1 all',
    'not ..1 ok|okay|alright ..1 rn|tonight|anymore',
  ],
  es: [
    // Sets ci, cj y ck (recall22, 2026-12-06): alguien desaparecido en riesgo: no ha vuelto, el celular apagado, y lo
    // último que mandó fue un perdón o un adiós.
    'ultimo|ultima|ultimas ..1 mensaje|cosa|palabras|texto ..4 mando|dijo|escribio|publico|puso|fue ..6 perdon|adios|sorry|quiero|siento && buzon|apagado|desaparecio|encontramos|encuentro|aparece|regresado|vuelto|contesta',
    'no ..2 ha ..1 regresado|vuelto|llegado ..6 dias|noche|ayer|horas && apagado|buzon|perdon|adios|deprimida|deprimido|pastillas|carta|ultimo|ultima',
    // La holdout ca (lead, 2026-12-06): la policia ya la busca, con voces, frio o sin celular.
    'policia ..3 buscando|busca|buscan && voces|frio|descalza|descalzo|celular|salio|pelea|medicina|medicinas',
    'buscando ..3 policia && voces|frio|descalza|descalzo|celular|salio|pelea|medicina|medicinas',
    // Sets bw-cb en espanol (lead, 2026-12-06): nadie sabe de el, no me busquen, dejo el celular o la medicina, gracias
    // por todo y ya no contesta, ir donde no la encuentren.
    'nadie ..3 sabe|sabido ..2 de ..1 el|ella|ellos ..3 desde|horas|dias|ayer|anoche',
    'no ..1 hemos|han ..1 sabido ..2 de ..1 el|ella ..3 desde|horas|dias|ayer|anoche',
    'no ..1 me ..1 busquen|busques|buscaran && gracias|adios|perdon|cuiden|todo|nunca',
    'dejo ..2 su ..1 celular|telefono|medicina|medicinas|pastillas && desde|contesta|sabemos|policia|busquen|ido',
    'gracias ..2 por ..1 todo && no ..2 contesta|responde|contestaba|contestado',
    'donde ..2 no ..2 la|lo|me ..1 encuentre|encuentren|encuentra|encontrara|encontraran',
    // Sets bw-cb (lead, 2026-12-06): no deber estar sola esta noche.
    'no ..1 deberia|debo|puedo ..1 estar|quedarme ..1 sola|solo ..2 esta|hoy|ahorita|ahora',
    // Sets bq y br (lead): alguien en riesgo que salió y no aparece; ya se llamó a la policía.
    'no ..2 sabemos|se|sé|sabe ..1 donde|dónde ..1 esta|está && policia|policía|esquizofrenia|alzheimer|demencia|medicina|medicinas|salio|salió|fue|caminando|persiguen|telefono|teléfono',
    'no ..1 lo|la ..1 encontramos|encuentro|encuentran|hallamos|localizamos && policia|policía|alzheimer|demencia|esquizofrenia|medicina|medicinas|salio|salió|casa',
    'no ..2 ha ..1 regresado|vuelto|aparecido && policia|policía|alzheimer|demencia|esquizofrenia|medicina|medicinas|salio|salió|caminando|desde',
    // "No me siento segura", "no estoy a salvo" (each its own pattern: `segura|seguro|a ..1 salvo` asked for
    // "salvo" after "segura" too). Not "no estoy segura": that is "I'm not sure".
    'no ..1 me ..1 siento ..1 segura|seguro',
    'no ..1 me ..1 siento ..1 a ..1 salvo',
    'no ..1 estoy ..1 a ..1 salvo',
    'miedo ..2 de ..1 mi ..1 misma|mismo',
    'miedo ..2 de ..2 lo ..1 que ..2 pueda|puedo|podria ..1 hacer',
    'ya ..1 no ..1 puedo ..1 mas',
    'no ..1 aguanto ..1 mas',
    'auxilio|socorro',
    'ambulancia|urgencias',
    'sala ..1 de ..1 emergencia|emergencias',
    'preocupada|preocupado|miedo ..3 por ..2 su|la|el ..1 seguridad|vida',
    'escondida|escondido|escondiendome',
    'no ..1 sabe ..2 que ..1 le|les ..1 escribo|estoy',
    // Set z (recall8): told to write if things got bad.
    'si ..1 las ..1 cosas ..2 se ..1 ponian|pusieran|ponen ..1 mal|feas|peor & dijeron|dijo|dijiste|escribir|llamar|avisar',
    // Set t: needing a safe place now.
    'necesito|necesita|necesitamos ..4 lugar|sitio ..1 seguro ..3 hoy|ahora|noche|dormir|quedarme|ya',
    // Read across sentences: '¿estás a salvo?' quoted, answered no.
    'estas|esta ..1 a ..1 salvo|segura|seguro && no',
    // Parity with English (parity12, 2026-12-05): a client not seen in days who does not open the door; signs of
    // ketoacidosis; not feeling safe ("a salvo"); in crisis; everything bought after researching; told to stop eating and
    // drinking to be pure; armed near a manager's car.
    'no ..1 abre|contesta ..2 la ..1 puerta & correo|carro|visto|gato|perro|policia',
    'aliento ..3 fruta|frutas|afrutado|acetona|dulce & insulina|diabet*|respira|vomit*',
    'respira ..1 rapido|rapida & insulina|diabet*|aliento',
    '{neg} ..3 sient*|siento|sentia|senti|estoy|estaba|estamos ..1 a ..1 salvo',
    'estoy|estamos|ando|estaba ..2 en ..1 crisis',
    'esta|anda ..1 en ..1 (crisis|una crisis) & {child}|{partner}|{family}',
    'compre|consegui|junte ..2 todo ..1 lo ..1 que ..1 necesito|necesitaba|ocupo & investigando|investigue|cajuela|escondido|escondi|listo',
    'diciendo|dicen|dice|ordenan|ordena|manda|mandan ..3 que ..1 deje ..2 de ..1 comer|beber|tomar & pura|puro|purificar|limpia|limpiarme|voces|voz|dios|ayuno',
    'bate|pistola|cuchillo|machete|arma|fierro && (mi gerente|mi jefe|mi jefa|mi supervisor|mi supervisora|mi exjefe|antiguo trabajo)',
    // Parity, second round (parity12, 2026-12-05): the messages in the numbers say when to go.
    'mensajes|numeros|senales ..4 dicen|dice ..4 cuando ..2 me ..1 tengo|toca ..1 que ..1 ir',
    // Parity, indirect kinds (parity12, 2026-12-05): a neighbour unseen for days who does not answer.
    '(desde hace|hace) ..1 dos|tres|cuatro|varios|cinco ..1 dias & no ..1 contesta|responde|abre|sale & vecino|vecina|casa|puerta',
  ],
};
